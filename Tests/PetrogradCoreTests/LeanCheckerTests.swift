@testable import PetrogradCore
import Testing

/// The checker reads a file's lines one at a time and gives up each scene's syntax once its model is
/// built: what it finds must be exactly what reading everything first would find.
struct LeanCheckerTests {
    @Test func physicalLinesAreNumberedAndLoseTheirLineEnds() {
        var lines = PhysicalLines(bytes: Array("a\r\n\nb c\nlast".utf8))
        var read: [String] = []
        while let (number, bytes) = lines.next() { read.append("\(number):\(String(decoding: bytes, as: UTF8.self))") }
        #expect(read == ["1:a", "2:", "3:b c", "4:last"])
    }

    @Test func aFinalLineEndMakesNoEmptyLine() {
        var lines = PhysicalLines(bytes: Array("x\n".utf8))
        #expect(lines.next()?.number == 1)
        #expect(lines.next() == nil)
    }

    @Test func aCopyReadsAheadWithoutMovingTheOriginal() {
        var lines = PhysicalLines(bytes: Array("one\ntwo\n".utf8))
        var ahead = lines
        _ = ahead.next()
        #expect(lines.next().map { String(decoding: $0.bytes, as: UTF8.self) } == "one")
    }

    @Test func aGeneratedScenarioKeepsEveryScenesTextsChoicesAndGuards() throws {
        let compilation = Compiler.compile([SourceFile(path: "g.story", text: ScenarioGenerator.scenario(sceneCount: 30))])
        let scenario = try #require(compilation.scenario)
        #expect(compilation.diagnostics.isEmpty)
        #expect(scenario.scenes.count == 30)
        #expect(scenario.choices.count == 90)
        #expect(scenario.scenes[7].text.template(in: "hi") != nil)
        #expect(scenario.choices.allSatisfy { $0.text.entries.map(\.language) == ["en", "hi"] })
        #expect(scenario.choices.filter { $0.guardCondition != nil }.count == 60)
        // A `taken SCENE.CHOICE` written after that scene's syntax was given up still finds the choice.
        let taken = "format 1\nscenario x\n  en: X\n  languages en\nrole r\n  en: R\n  start s\nscene s\n  en: S\n  choice a\n    en: A\n    go t\n"
            + "scene t\n  en: T\n  choice b\n    en: B\n    only if taken s.a\n    go e\n  choice c\n    en: C\n    only if taken s.z\n    go e\nending e\n  en: E.\n"
        let errors = Compiler.compile([SourceFile(path: "t.story", text: taken)]).diagnostics.filter { $0.severity == .error }
        #expect(errors.count == 1)
        #expect(errors.first?.text.contains("'z'") == true)
        #expect(errors.first?.location.line == 21)
    }

    @Test func locationsInTwoFilesAreOrderedByPathWhicheverWasReadFirst() {
        // Each location keeps its file as a number, given in the order paths are first seen: the order
        // must still be the paths'.
        let later = SourceLocation(file: "zz-\(#line).story", line: 1, column: 1)
        let earlier = SourceLocation(file: "aa-\(#line).story", line: 9, column: 9)
        #expect(earlier < later)
        #expect(!(later < earlier))
        #expect(later.file.hasPrefix("zz-") && earlier.file.hasPrefix("aa-"))
        #expect(SourceLocation(file: "same.story", line: 3, column: 4) == SourceLocation(file: "same.story", line: 3, column: 4))
        #expect(Set([SourceLocation(file: "one.story", line: 1, column: 1), SourceLocation(file: "two.story", line: 1, column: 1)]).count == 2)
        var moved = later
        moved.file = "elsewhere.story"
        #expect(moved.file == "elsewhere.story" && moved.line == 1)
    }

    @Test func aSceneDeclaredTwiceInOneFileLeavesTheOthersFoundAtTheirPlaces() {
        // The first file's scenes become the scenario's list as they are: a second `s` is left out, and
        // `u`, after it, must still be found as itself.
        let story = """
            format 1
            scenario twice
              en: Twice
              languages en
            role r1
              en: R1
              start u
            role r2
              en: R2
              start s
            scene s
              en: S
              choice a
                en: A
                go e
            scene s
              en: S again
              choice b
                en: B
                go e
            scene u
              for r2
              en: U
              choice c
                en: C
                go e
            ending e
              en: E.
            """
        let diagnostics = Compiler.compile([SourceFile(path: "twice.story", text: story)]).diagnostics.filter { $0.severity == .error }
        #expect(diagnostics.map(\.code) == ["PG041", "PG021"], "\(diagnostics.map { "\($0.location) \($0.text)" })")
        let duplicate = diagnostics.first { $0.code == "PG021" }
        #expect(duplicate?.location.line == 16)
        #expect(duplicate?.notes.first?.location.line == 11)
        // Role r1 starts in `u`, which is only for r2: said of `u`, and pointing at its own line.
        let start = diagnostics.first { $0.code == "PG041" }
        #expect(start?.location.line == 7)
        #expect(start?.text.contains("'u', which is only for 'r2'") == true)
        #expect(start?.notes.first?.location.line == 21)
    }

    @Test func textsLoseTheSpacesAtTheirEndBeforeTheyAreDecoded() {
        func trimmed(_ text: String) -> String {
            String(decoding: Lexer.trimmingTrailingSpaces(ArraySlice(text.utf8)), as: UTF8.self)
        }
        #expect(trimmed("रोटी \t ") == "रोटी")
        #expect(trimmed("   ") == "")
        #expect(trimmed("a b") == "a b")
        // A space that carries a combining mark ends in the mark, not in a space: it stays.
        #expect(trimmed("e \u{301}") == "e \u{301}")
        let story = "format 1\nscenario t\n  en: Title \t\n    goes on  \n  languages en\nrole r\n  en: R\n  start s\n"
            + "scene s\n  en: S\n  choice a  \n    en: A   \n    go e\nending e\n  en: E.\n"
        let compilation = Compiler.compile([SourceFile(path: "t.story", text: story)])
        #expect(compilation.diagnostics.isEmpty, "\(compilation.diagnostics.map(\.text))")
        #expect(compilation.scenario?.title.template(in: "en")?.segments == [.literal("Title goes on")])
        #expect(compilation.scenario?.choices.first?.text.template(in: "en")?.segments == [.literal("A")])
    }

    @Test func locationsKeepLargeLinesAndColumns() {
        let location = SourceLocation(file: "f", line: 2_000_000, column: 123_456)
        #expect(location.description == "f:2000000:123456")
        #expect(SourceLocation(file: "f", line: 1, column: 9) < SourceLocation(file: "f", line: 2, column: 1))
    }
}
