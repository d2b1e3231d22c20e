import PetrogradCore
import Testing

/// Control and bidi characters in scenario files (F12): a student's branch must not be able to drive the
/// teacher's terminal, so `check` refuses them wherever they stand, located and named visibly.
struct ControlCharacterTests {
    /// A valid scenario with `TITLE`, `COMMENT`, `SCENE` and `TEXT` where the tests put characters.
    static let skeleton = """
        format 1
        scenario controls
          en: TITLE
          hi: शीर्षक
          languages en hi
        # COMMENT
        role worker
          en: Worker
          hi: मज़दूर
          start SCENE
        scene SCENE
          en: TEXT
          hi: फाटक।
          choice leave
            en: Leave.
            hi: जाओ।
            go out
        ending out
          en: Out.
          hi: बाहर।
        """

    static func text(title: String = "Controls", comment: String = "a comment", scene: String = "gate", text: String = "The gate.") -> String {
        skeleton.replacingOccurrences(of: "TITLE", with: title).replacingOccurrences(of: "COMMENT", with: comment)
            .replacingOccurrences(of: "SCENE", with: scene).replacingOccurrences(of: "TEXT", with: text)
    }

    static func controlDiagnostics(_ text: String) -> [String] {
        compile(text).diagnostics.filter { $0.code == "PG003" }.map { "\($0.location.line):\($0.location.column) \($0.severity) \($0.text)" }
    }

    static let controlMessage = "is a control character, which a terminal obeys instead of showing (it can clear the screen, change the window's title or hide text); delete it, as scenario files hold plain text only"
    static let bidiMessage = "is an invisible character that changes the order in which the rest of the line is shown, so it can read differently from what it says; delete it (scenario files hold plain text; the joiners ZWJ and ZWNJ are allowed)"

    @Test func theCleanSkeletonChecksClean() {
        #expect(compile(Self.text()).diagnostics.map(\.text) == [])
    }

    @Test func escapeSequencesAreErrorsInTextsCommentsAndIds() {
        let text = Self.text(title: "Controls \u{1B}]0;pwned\u{07}", comment: "wipe \u{1B}[2J", scene: "ga\u{1B}[8mte",
                             text: "The gate \u{1B}]52;c;aGVsbG8=\u{07}.")
        #expect(Self.controlDiagnostics(text) == [
            "3:16 error ESC (U+001B) \(Self.controlMessage) (this line has 1 more)",
            "6:8 error ESC (U+001B) \(Self.controlMessage)",
            "10:11 error ESC (U+001B) \(Self.controlMessage)",
            "11:9 error ESC (U+001B) \(Self.controlMessage)",
            "12:16 error ESC (U+001B) \(Self.controlMessage) (this line has 1 more)",
        ])
        #expect(compile(text).diagnostics.first?.code == "PG003")
    }

    @Test("Each forbidden character is named visibly", arguments: [
        ("\u{07}", "BEL (U+0007)", controlMessage),
        ("\u{08}", "BS (U+0008)", controlMessage),
        ("\u{0B}", "VT (U+000B)", controlMessage),
        ("\u{7F}", "DEL (U+007F)", controlMessage),
        ("\u{85}", "NEL (U+0085)", controlMessage),
        ("\u{9B}", "CSI (U+009B)", controlMessage),
        ("\u{9D}", "OSC (U+009D)", controlMessage),
        ("\u{202A}", "LEFT-TO-RIGHT EMBEDDING (U+202A)", bidiMessage),
        ("\u{202E}", "RIGHT-TO-LEFT OVERRIDE (U+202E)", bidiMessage),
        ("\u{2066}", "LEFT-TO-RIGHT ISOLATE (U+2066)", bidiMessage),
        ("\u{2069}", "POP DIRECTIONAL ISOLATE (U+2069)", bidiMessage),
    ])
    func eachForbiddenCharacterIsNamed(character: String, name: String, message: String) {
        #expect(Self.controlDiagnostics(Self.text(text: "The ग\(character)ate.")) == ["12:12 error \(name) \(message)"])
    }

    @Test func aCarriageReturnInsideALineIsAnErrorButCRLFLineEndsAreNot() {
        let crlf = Self.text().replacingOccurrences(of: "\n", with: "\r\n")
        #expect(compile(crlf).diagnostics.map(\.text) == [])
        #expect(compile(crlf + "\r\n").diagnostics.map(\.text) == [])
        #expect(compile(crlf + "\r").diagnostics.map(\.text) == [], "a CR at the very end, as today")
        #expect(Self.controlDiagnostics(Self.text(text: "The gate.\rOverwritten")) == [
            "12:16 error CR (U+000D) is a carriage return that does not end a line, so a terminal would write over the start of the line; delete it, or save the file with LF or CRLF line ends",
        ])
    }

    @Test func tabsBehaveAsBefore() {
        let text = Self.text(text: "The\tgate.").replacingOccurrences(of: "    go out", with: "\tgo out")
        #expect(Self.controlDiagnostics(text) == [])
        let tabBetweenTokens = Self.text().replacingOccurrences(of: "go out", with: "go\tout")
        #expect(compile(tabBetweenTokens).diagnostics.map(\.text) == [])
    }

    @Test func hindiWithZeroWidthJoinersIsOrdinaryText() {
        // क्‍ष (with ZWJ) and क्‌ष (with ZWNJ): the joiners choose how the conjunct is drawn.
        let text = Self.text().replacingOccurrences(of: "hi: फाटक।", with: "hi: फाटक क्\u{200D}ष और क्\u{200C}ष।")
        #expect(text.unicodeScalars.contains("\u{200D}"))
        #expect(compile(text).diagnostics.map(\.text) == [])
    }

    @Test func noMessageCarriesARawControlCharacter() {
        let text = Self.text(title: "\u{1B}]0;x\u{07}", comment: "\u{202E}", scene: "ga\u{1B}te\u{9B}",
                             text: "insert {\u{1B}[2J} and {hun\u{202E}ger}")
            + "\nscene é\u{1B}x\u{7F}\n  source \u{1B}]8;;http://x\u{07}\n"
        let diagnostics = compile(text).diagnostics
        #expect(diagnostics.contains { $0.code == "PG003" })
        let texts = diagnostics.map(\.text) + diagnostics.flatMap { $0.notes.map(\.message) }
        let raw = texts.filter { ControlCharacters.contains(in: $0) }
        #expect(raw.isEmpty, "\(raw.map(ControlCharacters.escaped))")
    }

    @Test func aBranchIsCheckedTheSameWay() {
        let branch = """
            format 1
            branch evil
              en: Evil \u{1B}]52;c;cm0gLXJmIH4=\u{07}
              hi: बुरा
              extends controls
            """
        let diagnostics = Compiler.compile([SourceFile(path: "main.story", text: Self.text())],
                                           branches: [[SourceFile(path: "evil/evil.story", text: branch)]]).diagnostics
        #expect(diagnostics.filter { $0.code == "PG003" }.map { "\($0.location)" } == ["evil/evil.story:3:12"])
    }
}
