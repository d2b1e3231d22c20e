import Foundation
import PetrogradCore
import Testing

/// Broken input of every kind: the checker never crashes or hangs, and always says something is wrong.
struct RobustnessTests {
    /// A valid one-role skeleton with the word `CONDITION` where one guard goes.
    static let skeleton = """
        format 1
        scenario robust
          en: Robust
          languages en
        world number hunger 0 to 100 = 50
        role worker
          en: Worker
          start gate
        scene gate
          en: The gate at hunger {hunger}.
          choice guarded
            en: Guarded.
            only if CONDITION
            go home
          choice free
            en: Free.
            go home
        ending home
          en: Home.
        """

    static func withCondition(_ condition: String) -> SourceFile {
        SourceFile(path: "robust.story", text: skeleton.replacingOccurrences(of: "CONDITION", with: condition))
    }

    /// Compiles broken input and checks what must hold for any input: errors reported, no model, and every
    /// diagnostic sorted and pointing at a real place in its file.
    @discardableResult
    static func expectErrors(_ files: [SourceFile], sourceLocation: Testing.SourceLocation = #_sourceLocation) -> Compilation {
        let compilation = Compiler.compile(files)
        #expect(compilation.hasErrors, "broken input must give at least one error", sourceLocation: sourceLocation)
        #expect(compilation.scenario == nil, sourceLocation: sourceLocation)
        expectSaneLocations(compilation, sourceLocation: sourceLocation)
        return compilation
    }

    static func expectSaneLocations(_ compilation: Compilation, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        let locations = compilation.diagnostics.map(\.location)
        #expect(locations == locations.sorted(), sourceLocation: sourceLocation)
        // Each file's lines, split once: the corpus has files of 50,000 lines and as many diagnostics.
        var lines: [String: [ArraySlice<UInt8>]] = [:]
        for file in compilation.files {
            lines[file.path] = file.bytes.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
        }
        for diagnostic in compilation.diagnostics {
            let location = diagnostic.location
            guard let fileLines = lines[location.file] else { continue }
            let described = "\(location): \(diagnostic.text.prefix(100))"
            #expect((1...max(1, fileLines.count)).contains(location.line), "\(described)", sourceLocation: sourceLocation)
            #expect(location.column >= 1, "\(described)", sourceLocation: sourceLocation)
            guard fileLines.indices.contains(location.line - 1) else { continue }
            var bytes = fileLines[location.line - 1]
            if bytes.last == UInt8(ascii: "\r") { bytes = bytes.dropLast() }
            if let line = String(validating: bytes, as: UTF8.self) {
                #expect(location.column <= line.count + 1, "\(described) is past the end of the line '\(line.prefix(60))'",
                    sourceLocation: sourceLocation)
            }
        }
    }

    // MARK: Files that are not scenario text

    @Test func anEmptyFileIsAnError() {
        let compilation = Self.expectErrors([SourceFile(path: "empty.story", bytes: [])])
        #expect(compilation.diagnostics.first?.location == SourceLocation(file: "empty.story", line: 1, column: 1))
    }

    @Test("Files with nothing but comments or blanks are errors", arguments: [
        "# only a comment\n", "# one\n   # two, indented\n#three", "\n\n   \t\n", "   ",
    ])
    func filesWithNothingInThemAreErrors(text: String) {
        Self.expectErrors([SourceFile(path: "nothing.story", text: text)])
    }

    @Test func invalidUTF8IsReportedWhereItIs() throws {
        var bytes = Array("format 1\nscenario x\n  en: caf".utf8)
        bytes += [0xE9, 0x0A]
        let compilation = Self.expectErrors([SourceFile(path: "latin1.story", bytes: bytes)])
        let diagnostic = try #require(compilation.diagnostics.first { $0.code == "PG001" })
        #expect(diagnostic.location == SourceLocation(file: "latin1.story", line: 3, column: 10))
    }

    @Test("Malformed UTF-8 sequences are errors", arguments: [
        [0xC0, 0xAF], [0x80], [0xE2, 0x82], [0xF8, 0x88, 0x80, 0x80, 0x80], [0xED, 0xA0, 0x80], [0xFF],
    ] as [[UInt8]])
    func malformedUTF8IsAnError(sequence: [UInt8]) {
        let bytes = Array("format 1\nscene gate\n  en: ".utf8) + sequence + Array(" end\n".utf8)
        let compilation = Self.expectErrors([SourceFile(path: "bad.story", bytes: bytes)])
        #expect(compilation.diagnostics.contains { $0.code == "PG001" && $0.location.line == 3 })
    }

    @Test func aNulByteMakesAFileBinary() throws {
        let bytes = Array("format 1\nscenario x".utf8) + [0] + Array("\n".utf8)
        let compilation = Self.expectErrors([SourceFile(path: "nul.story", bytes: bytes)])
        let diagnostic = try #require(compilation.diagnostics.first { $0.code == "PG001" })
        #expect(diagnostic.location == SourceLocation(file: "nul.story", line: 2, column: 11))
    }

    @Test func randomBytesNeverCrashTheChecker() {
        var random = TestRandom(seed: 1917)
        for index in 0..<200 {
            let count = random.below(4097)
            let bytes = (0..<count).map { _ in UInt8(truncatingIfNeeded: random.next()) }
            Self.expectErrors([SourceFile(path: "random-\(index).story", bytes: bytes)])
        }
    }

    /// Lines built from the language's own words, symbols and texts, in random order: they reach the
    /// parser and the checker, not just the UTF-8 check.
    @Test func randomStatementsNeverCrashTheChecker() {
        let keywords = ["format", "scenario", "role", "place", "world", "player", "scene", "choice", "event", "ending",
                        "glossary", "languages", "calendar", "year", "dates", "start", "for", "on", "between", "at", "if",
                        "only", "once", "show", "note", "source", "go", "set", "clear", "add", "subtract", "advance",
                        "journal", "chance", "otherwise", "move", "debrief", "explain"]
        let words = keywords + ["gate", "home", "hunger", "worker", "yes", "no", "not", "and", "or", "to",
                                                 "from", "visited", "before", "after", "Feb", "dawn", "new", "old", "locked",
                                                 "if", "number", "flag", "everyone", "days", "hours"]
        let pieces = words + ["(", ")", "+", "-", "*", "/", "<", "<=", "=", "!=", ">", ",", ":", "0", "1", "23", "100",
                              "-5", "99999999999999999999", "{hunger}", "{", "}", "é", "हड़ताल"]
        var random = TestRandom(seed: 23)
        for index in 0..<200 {
            var lines: [String] = random.below(4) == 0 ? [] : ["format 1"]
            for _ in 0..<(1 + random.below(60)) {
                let indent = String(repeating: " ", count: random.below(7))
                if random.below(4) == 0 {
                    lines.append(indent + random.element(of: ["en: ", "hi: ", "fr: ", "# "]) + random.element(of: pieces) + " " + random.element(of: pieces))
                } else {
                    lines.append(indent + (0..<(1 + random.below(8))).map { _ in random.element(of: pieces) }.joined(separator: " "))
                }
            }
            let file = SourceFile(path: "soup-\(index).story", text: lines.joined(separator: "\n"))
            Self.expectErrors([file])
        }
    }

    // MARK: Sizes and depths

    @Test func aMegabyteOfProseAloneIsAnErrorButNotAProblem() {
        let text = "en: " + String(repeating: "Bread! Peace! Land! ", count: 52_500)
        #expect(text.utf8.count > 1_000_000)
        let compilation = Self.expectErrors([SourceFile(path: "prose.story", text: text)])
        #expect(compilation.diagnostics.allSatisfy { $0.location.line == 1 })
    }

    @Test func aMegabyteOfProseInAValidSceneIsAccepted() throws {
        let prose = String(repeating: "Bread! Peace! Land! ", count: 52_500)
        let text = Self.skeleton.replacingOccurrences(of: "CONDITION", with: "hunger > 10")
            .replacingOccurrences(of: "The gate at hunger {hunger}.", with: prose + "{hunger}")
        let scenario = try checkedScenario(text)
        #expect(scenario.scenes[0].text.entries[0].template.segments.count == 2)
    }

    @Test func aMegabyteStatementLineIsReportedAsTooLong() throws {
        let text = "format 1\nscene " + String(repeating: "a ", count: 500_000) + "\n"
        let compilation = Self.expectErrors([SourceFile(path: "long.story", text: text)])
        let diagnostic = try #require(compilation.diagnostics.first { $0.code == "PG012" })
        #expect(diagnostic.location.line == 2)
    }

    @Test("Deep nesting is reported, never recursed into", arguments: [10_000, 3_000, 65])
    func deepParenthesesAreReported(depth: Int) {
        let condition = String(repeating: "(", count: depth) + "hunger > 1" + String(repeating: ")", count: depth)
        let compilation = Self.expectErrors([Self.withCondition(condition)])
        #expect(compilation.diagnostics.contains { $0.code == "PG012" && $0.location.line == 13 })
    }

    @Test func nestingWithinTheLimitIsAccepted() throws {
        let condition = String(repeating: "(", count: 20) + "hunger > 1" + String(repeating: ")", count: 20)
        let compilation = Compiler.compile([Self.withCondition(condition)])
        #expect(!compilation.hasErrors)
    }

    @Test("A long chain of 'not' is reported", arguments: [100_000, 2_000])
    func aLongChainOfNotIsReported(count: Int) {
        let condition = String(repeating: "not ", count: count) + "hunger > 1"
        let compilation = Self.expectErrors([Self.withCondition(condition)])
        #expect(compilation.diagnostics.contains { $0.code == "PG012" })
    }

    @Test func fiftyThousandLinesOfNonsenseAreAllReported() {
        var random = TestRandom(seed: 50_000)
        let nonsense = ["florp", "wibble 12 ) (", "scene", "choice -", "= = =", "en", "only if if", "go go go", "1917",
                        "@@@", "set to", "chance chance", "between and", "move to", "add to from"]
        var lines = ["format 1"]
        for _ in 0..<50_000 { lines.append(String(repeating: " ", count: random.below(5)) + random.element(of: nonsense)) }
        let compilation = Self.expectErrors([SourceFile(path: "nonsense.story", text: lines.joined(separator: "\n"))])
        #expect(compilation.diagnostics.count > 10_000)
    }

    // MARK: Mutations of a valid scenario

    @Test func mutationsOfTheBridgeScenarioNeverCrashTheChecker() throws {
        let original = try #require(try Fixtures.bridge().first)
        let lines = String(decoding: original.bytes, as: UTF8.self).components(separatedBy: "\n")
        var random = TestRandom(seed: 1917_02_23)
        var failing = 0
        for index in 0..<300 {
            var mutated = lines
            for _ in 0..<(1 + random.below(4)) {
                let a = random.below(mutated.count), b = random.below(mutated.count)
                switch random.below(3) {
                case 0: mutated.remove(at: a)
                case 1: mutated.insert(mutated[a], at: b)
                default: mutated.swapAt(a, b)
                }
                if mutated.isEmpty { mutated = [""] }
            }
            let compilation = Compiler.compile([SourceFile(path: "mutant-\(index).story", text: mutated.joined(separator: "\n"))])
            Self.expectSaneLocations(compilation)
            #expect(compilation.hasErrors == (compilation.scenario == nil))
            if compilation.hasErrors { failing += 1 }
        }
        #expect(failing > 100, "most mutations break the scenario")
    }

    // MARK: Inputs that crash the checker (run in a child process)

    /// A number whose range ends at the largest whole number, compared with a constant.
    static func storyWithLargestRange() -> String {
        skeleton.replacingOccurrences(of: "0 to 100 = 50", with: "0 to 9223372036854775807 = 50")
            .replacingOccurrences(of: "CONDITION", with: "hunger > 5")
    }

    @Test func aRangeEndingAtTheLargestNumberDoesNotCrashTheChecker() async {
        await #expect(processExitsWith: .success) {
            _ = Compiler.compile([SourceFile(path: "big.story", text: RobustnessTests.storyWithLargestRange())])
        }
    }

    @Test func comparingWithTheLargestNumberDoesNotCrashTheDeadEndAnalysis() async {
        await #expect(processExitsWith: .success) {
            let text = RobustnessTests.skeleton
                .replacingOccurrences(of: "CONDITION", with: "hunger > 9223372036854775807 - 1")
                .replacingOccurrences(of: "  choice free\n    en: Free.\n    go home\n", with: "")
            _ = Compiler.compile([SourceFile(path: "big.story", text: text)])
        }
    }

    @Test func aLongFlatChainOfArithmeticDoesNotCrashTheChecker() async {
        await #expect(processExitsWith: .success) {
            let chain = Array(repeating: "1", count: 4_900).joined(separator: "+")
            _ = Compiler.compile([RobustnessTests.withCondition("hunger > " + chain)])
        }
    }

    @Test func chancesOfTheLargestNumberAreReportedWithoutCrashingTheChecker() async throws {
        await #expect(processExitsWith: .success) {
            let text = RobustnessTests.skeleton.replacingOccurrences(
                of: "    go home\n  choice free",
                with: "    go home\n    chance 9223372036854775807\n      go home\n    chance 9223372036854775807\n      go home\n  choice free")
            _ = Compiler.compile([SourceFile(path: "big.story", text: text)])
        }
        let text = RobustnessTests.skeleton.replacingOccurrences(
            of: "    go home\n  choice free",
            with: "    go home\n    chance 9223372036854775807\n      go home\n    chance 9223372036854775807\n      go home\n  choice free")
        let messages = Compiler.compile([SourceFile(path: "big.story", text: text)]).diagnostics.map(\.text)
        #expect(messages.contains("a chance is between 0 and 100, not 9223372036854775807"), "\(messages)")
        #expect(messages.contains("the chances in this choice add up to 9223372036854775807; they must add up to 100 or less"), "\(messages)")
    }
}
