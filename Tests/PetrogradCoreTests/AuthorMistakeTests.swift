import PetrogradCore
import Testing

/// Mistakes an author and a fuzzer made that `check` used to miss or report misleadingly (issue 9, item
/// 7): a start scene for another role, a tab in the indentation, a `go` after the choices, a second `go`.
struct AuthorMistakeTests {
    static let header = "format 1\nscenario x\n  en: X\n  languages en\nrole r\n  en: R\n  start a\n"

    /// Every diagnostic as `line:column: severity: text`, with its notes indented under it.
    static func report(_ text: String) -> [String] {
        compile(header + text).diagnostics.flatMap { diagnostic in
            ["\(diagnostic.location.line):\(diagnostic.location.column): \(diagnostic.severity.rawValue): \(diagnostic.text)"]
                + diagnostic.notes.map { "  \($0.location.line):\($0.location.column): note: \($0.message)" }
        }
    }

    @Test func aRoleWhoseStartSceneIsForAnotherRoleIsAnError() {
        let text = "role s\n  en: S\n  start a\nscene a\n  for r\n  en: A\n  go e\nending e\n  en: E\n"
        #expect(Self.report(text) == [
            "10:9: error: role 's' starts in scene 'a', which is only for 'r'; add 's' to the scene's 'for' line, or start the role in one of its own scenes",
            "  11:7: note: scene 'a' is declared here",
        ])
        #expect(compile(Self.header + text).diagnostics.map(\.code) == ["PG041"])
        // A scene without 'for' is for every role.
        #expect(Self.report("role s\n  en: S\n  start a\nscene a\n  en: A\n  go e\nending e\n  en: E\n").isEmpty)
    }

    @Test func aTabInTheIndentationIsAnErrorAtTheTab() {
        let text = "scene a\n  en: A\n \tchoice c\n    en: C\n    go e\n\t  go e\nending e\n  en: E\n"
        let tab = "tab found: indent with spaces (editors show a tab as different widths, so Petrograd cannot tell how far a tab indents)"
        #expect(Self.report(text).filter { $0.contains("tab") } == ["10:2: error: \(tab)", "13:1: error: \(tab)"])
        // A text's continuation line is indentation too.
        #expect(Self.report("scene a\n  en: A long\n\t  text.\n  go e\nending e\n  en: E\n") == ["10:1: error: \(tab)"])
    }

    @Test func aTabInsideATextOrBetweenWordsIsFine() {
        #expect(Self.report("scene a\n  en: A\ttabbed\ttext.\n  go\te\nending e\n  en: E\n").isEmpty)
    }

    @Test func aGoWrittenAfterTheChoicesAtTheChoicesIndentationIsTheScenesAndAnError() {
        let text = "scene a\n  en: A\n  choice c\n    en: C\n    only if no\n    go e\n  go e\nending e\n  en: E\n"
        #expect(Self.report(text) == [
            "14:3: error: 'go' does not belong after the choices; a 'go' written as far left as 'choice' is the scene's, so move it above the first choice; or, if choice 'c' should lead there, indent it under that choice",
            "  10:3: note: the last choice starts here",
        ])
        // Further left than the choice, too.
        #expect(Self.report("scene a\n  en: A\n  choice c\n    en: C\n    go e\ngo e\nending e\n  en: E\n").first?.hasPrefix("13:1: error: 'go' does not belong after the choices;") == true)
    }

    @Test func aFileWrittenWithoutIndentationKeepsItsMeaning() {
        // Indentation cannot tell the choice's `go` from the scene's when the choice's lines are not indented.
        #expect(Self.report("scene a\nen: A\nchoice c\nen: C\ngo e\nending e\nen: E\n").isEmpty)
    }

    @Test func aSecondGoInAChoiceAnOutcomeOrASceneIsAnErrorWithANoteAtTheFirst() {
        #expect(Self.report("scene a\n  en: A\n  choice c\n    en: C\n    go e\n    go f\nending e\n  en: E\nending f\n  en: F\n") == [
            "13:5: error: this choice already has a 'go' line; it leads to one place (to lead to several, give the choice 'chance' sections, each with its own 'go')",
            "  12:8: note: the first 'go' leads to 'e' here",
        ])
        #expect(Self.report("scene a\n  en: A\n  choice c\n    en: C\n    chance 50\n      go e\n      go f\n    otherwise\n      go f\nending e\n  en: E\nending f\n  en: F\n") == [
            "14:7: error: this 'chance' section already has a 'go' line; it leads to one place (to lead to several, give the choice 'chance' sections, each with its own 'go')",
            "  13:10: note: the first 'go' leads to 'e' here",
        ])
        #expect(Self.report("scene a\n  en: A\n  go e\n  go f\nending e\n  en: E\nending f\n  en: F\n") == [
            "11:3: error: this scene already has a 'go' line; a scene has one place to send the player when no choice is available",
            "  10:6: note: the first 'go' leads to 'e' here",
        ])
    }
}
