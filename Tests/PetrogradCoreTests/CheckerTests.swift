import Foundation
import PetrogradCore
import Testing

/// The checker as a whole: clean input stays clean, and reports are ordered, specific and helpful.
struct CheckerTests {
    /// A small scenario skeleton; `body` follows the role's declaration.
    static func story(_ body: String) -> String {
        """
        format 1
        scenario checker
          en: Checker
          languages en

        role worker
          en: Worker
          start gate

        \(body)
        """
    }

    @Test func theBridgeFixtureCompilesWithNoDiagnosticsAtAll() throws {
        let compilation = Compiler.compile(try Fixtures.bridge())
        #expect(compilation.diagnostics.isEmpty, "\(compilation.diagnostics.map { "\($0.location) \($0.text)" })")
        let scenario = try #require(compilation.scenario)
        #expect(scenario.id == "bridge")
        #expect(scenario.languages == ["hi", "en"])
        #expect(scenario.roles.map(\.id) == ["worker"])
        #expect(scenario.scenes.map(\.id) == ["at-the-bridge", "nevsky"])
        #expect(scenario.endings.map(\.id) == ["crossed-over", "home"])
        #expect(scenario.events.map(\.id) == ["rumour"])
    }

    @Test func diagnosticsComeSortedByFileLineAndColumn() {
        // Problems found by different passes (parser, resolution, analysis) in two files, written so that
        // the order in which they are found is not the order in the files.
        let first = SourceFile(path: "a.story", text: Self.story("""
            scene gate
              en: Gate {nothing}.
              choice leave
                en: Leave.
                only if hungr > 1
                go hom
            chioce
            """))
        let second = SourceFile(path: "b.story", text: """
            format 1
            scene gate
              en: A second gate.
              go nowhere
            """)
        let compilation = Compiler.compile([second, first])
        let locations = compilation.diagnostics.map(\.location)
        #expect(locations.count >= 5)
        #expect(locations == locations.sorted())
        #expect(Set(locations.map(\.file)) == ["a.story", "b.story"])
    }

    @Test("Every fixture's diagnostics are sorted", arguments: Fixtures.names(under: "invalid"))
    func everyFixturesDiagnosticsAreSorted(name: String) throws {
        let locations = Compiler.compile(try Fixtures.files(name, under: "invalid")).diagnostics.map(\.location)
        #expect(locations == locations.sorted())
    }

    @Test func anUnknownVariableSuggestsTheClosestDeclaredOne() throws {
        let compilation = compile(Self.story("""
            world number hunger 0 to 100 = 60
            scene gate
              en: Gate.
              choice leave
                en: Leave.
                only if hungr > 50
                go gate
              choice stay
                en: Stay.
            """))
        let diagnostic = try #require(compilation.diagnostics.first { $0.code == "PG020" })
        #expect(diagnostic.message == .unknownName(kind: "variable", name: "hungr", suggestion: "hunger"))
        #expect(diagnostic.text == "there is no variable called 'hungr'; did you mean 'hunger'?")
        #expect(diagnostic.location == SourceLocation(file: "test.story", line: 15, column: 13))
    }

    @Test func anUnknownStatementSuggestsTheClosestKeyword() throws {
        let compilation = compile(Self.story("""
            scene gate
              en: Gate.
              choice leave
                en: Leave.
                got gate
            """))
        let diagnostic = try #require(compilation.diagnostics.first { $0.code == "PG010" })
        #expect(diagnostic.text.hasPrefix("'got' is not a statement this format knows; did you mean 'go'?"))
    }

    @Test func nothingIsSuggestedWhenNoNameIsClose() throws {
        let compilation = compile(Self.story("""
            scene gate
              en: Gate.
              choice leave
                en: Leave.
                go winter-palace
            """))
        let diagnostic = try #require(compilation.diagnostics.first { $0.code == "PG020" })
        #expect(diagnostic.message == .unknownName(kind: "scene or ending", name: "winter-palace", suggestion: nil))
        #expect(!diagnostic.text.contains("did you mean"))
    }

    @Test func aDuplicateAcrossFilesHasANotePointingAtTheFirstDeclaration() throws {
        let compilation = Compiler.compile(try Fixtures.files("duplicates", under: "invalid"))
        let duplicates = compilation.diagnostics.filter { $0.code == "PG021" }
        let firstLines = ["hunger": 8, "worker": 10, "gate": 14, "home": 20]
        #expect(duplicates.count == firstLines.count)
        for diagnostic in duplicates {
            guard case .duplicateDeclaration(_, let name) = diagnostic.message else {
                Issue.record("unexpected message \(diagnostic.message)")
                continue
            }
            #expect(diagnostic.location.file == "duplicates/b.story")
            let note = try #require(diagnostic.notes.first)
            #expect(diagnostic.notes.count == 1)
            #expect(note.location.file == "duplicates/a.story")
            #expect(note.location.line == firstLines[name])
            #expect(note.message == "'\(name)' is first declared here")
        }
    }

    @Test func aSceneAndAnEndingWithOneIdAreReportedAtTheSecond() throws {
        let compilation = compile(Self.story("""
            scene gate
              en: Gate.
              choice leave
                en: Leave.
                go gate
            scene home
              en: A scene called home.
              go gate
            ending home
              en: An ending called home.
            """))
        let diagnostic = try #require(compilation.diagnostics.first { $0.code == "PG021" })
        #expect(diagnostic.location.line == 18)
        #expect(diagnostic.notes.map(\.location.line) == [15])
    }

    @Test func anEndingDeclaredBeforeASceneWithTheSameIdIsTheFirstDeclaration() throws {
        // The same clash written the other way round: the ending comes first in the file, so the scene is
        // the second declaration and the note should point at the ending.
        let compilation = compile(Self.story("""
            scene gate
              en: Gate.
              choice leave
                en: Leave.
                go gate
            ending home
              en: An ending called home.
            scene home
              en: A scene called home.
              go gate
            """))
        let diagnostic = try #require(compilation.diagnostics.first { $0.code == "PG021" })
        #expect(diagnostic.location.line == 17)
        #expect(diagnostic.notes.map(\.location.line) == [15])
    }

    @Test func anUnclosedBraceOnAContinuationLineIsReportedInsideTheFile() throws {
        // Line 12 holds the text `  en: The strike` and line 13 continues it with `    is at {strike`.
        let compilation = compile(Self.story("""
            world number strike 0 to 100
            scene gate
              en: The strike
                is at {strike
              choice leave
                en: Leave at {strike}.
                go gate
            """))
        let diagnostic = try #require(compilation.diagnostics.first { $0.code == "PG010" })
        let file = try #require(compilation.files.first)
        let line = try #require(file.line(diagnostic.location.line))
        // Either the brace itself (13:11) or, as the compiler documents for continued text, the start of
        // the text on its first line (12:7); never a column past the end of the line.
        #expect(diagnostic.location.column <= line.count + 1)
        #expect([SourceLocation(file: "test.story", line: 13, column: 11), SourceLocation(file: "test.story", line: 12, column: 7)]
            .contains(diagnostic.location))
    }

    @Test func aScenarioWithOnlyWarningsStillCompiles() throws {
        let compilation = Compiler.compile(try Fixtures.files("unused-variable.story", under: "invalid"))
        #expect(!compilation.diagnostics.isEmpty)
        #expect(compilation.diagnostics.allSatisfy { $0.severity == .warning })
        #expect(!compilation.hasErrors)
        #expect(compilation.scenario != nil)
    }

    @Test func aScenarioWithErrorsGivesNoModel() throws {
        let compilation = Compiler.compile(try Fixtures.files("type-errors.story", under: "invalid"))
        #expect(compilation.hasErrors)
        #expect(compilation.scenario == nil)
    }

    @Test func noFilesAtAllIsAScenarioBlockError() {
        let compilation = Compiler.compile([])
        #expect(compilation.diagnostics.map(\.code) == ["PG022"])
    }

    @Test func aSecondScenarioBlockIsReportedWithANoteAtTheFirst() throws {
        let extra = SourceFile(path: "z.story", text: """
            format 1
            scenario again
              en: Again
              languages en
            """)
        let compilation = Compiler.compile(try Fixtures.bridge() + [extra])
        let diagnostic = try #require(compilation.diagnostics.first { $0.code == "PG022" })
        #expect(diagnostic.location == SourceLocation(file: "z.story", line: 2, column: 1))
        #expect(diagnostic.notes.map(\.location) == [SourceLocation(file: "bridge/bridge.story", line: 4, column: 1)])
    }

    @Test func aDeadEndNamesTheValuesThatLeaveThePlayerStuck() throws {
        let compilation = Compiler.compile(try Fixtures.files("dead-ends.story", under: "invalid"))
        let messages = compilation.diagnostics.filter { $0.code == "PG040" }.map(\.message)
        #expect(messages.contains(.deadEnd(scene: "bakery", reason: "when hunger = 0 and strike = 0, none of its choices is available")))
        #expect(messages.contains(.deadEnd(scene: "bridge", reason: "it has no choices and no 'go' line")))
        #expect(!messages.contains { if case .deadEnd("square", _) = $0 { true } else { false } })
    }

    @Test func aOnceChoiceThatLeavesCanStrandAPlayerWhoComesBack() throws {
        // gate's only choice is 'once'; the square leads back to the gate, where nothing is left.
        let text = Self.story("""
            scene gate
              en: Gate.
              choice out
                en: Out to the square.
                once
                go square
            scene square
              en: Square.
              choice back
                en: Back to the gate.
                go gate
              choice leave
                en: Leave.
                go home
            ending home
              en: Home.
            """)
        let compilation = compile(text)
        let deadEnd = try #require(compilation.diagnostics.first { $0.code == "PG040" })
        #expect(deadEnd.text.contains("scene 'gate'"))
        #expect(compilation.scenario == nil, "a dead end is an error")
    }

    @Test func anEmptyFileIsReportedWithTheCodeTheFormatDocumentsForIt() throws {
        // docs/scenario-format.md: "PG002 error: the `format` line is missing (an empty file has none)".
        let compilation = Compiler.compile([SourceFile(path: "empty.story", bytes: [])])
        let first = try #require(compilation.diagnostics.first)
        #expect(first.location == SourceLocation(file: "empty.story", line: 1, column: 1))
        #expect(first.code == "PG002")
    }

    @Test func sourceLinesAreAvailableForShowingUnderADiagnostic() throws {
        let file = SourceFile(path: "x.story", text: "format 1\r\nscene gate\n  en: हड़ताल\n")
        #expect(file.line(1) == "format 1")
        #expect(file.line(2) == "scene gate")
        #expect(file.line(3) == "  en: हड़ताल")
        #expect(file.line(0) == nil)
        #expect(file.line(5) == nil)
    }
}
