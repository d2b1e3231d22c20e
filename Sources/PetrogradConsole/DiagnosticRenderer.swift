import PetrogradCore

/// Renders diagnostics the way compilers do, which editors understand:
/// `file:line:column: error: message [PG020]`, then the source line and a caret under the column.
///
/// The file's name, the message and the source line can all carry text from the scenario, and the
/// diagnostic may be the very one that reports a control character in it: their control characters are
/// made visible (`^[`, `<U+202E>`) so that only the renderer's own colours reach the terminal.
public struct DiagnosticRenderer {
    public var files: [SourceFile]
    public var usesColour: Bool
    /// The files' lines, found only for files a diagnostic points into.
    let lineIndex: SourceLineIndex

    public init(files: [SourceFile], usesColour: Bool) {
        self.files = files
        self.usesColour = usesColour
        lineIndex = SourceLineIndex(files: files)
    }

    /// One diagnostic with its source line, caret and notes.
    public func render(_ diagnostic: Diagnostic) -> String {
        var lines = [header(diagnostic.location, severity: diagnostic.severity, message: diagnostic.text + " [\(diagnostic.code)]")]
        lines += excerpt(diagnostic.location)
        for note in diagnostic.notes {
            lines.append(header(note.location, severity: .note, message: note.message))
            lines += excerpt(note.location)
        }
        return lines.joined(separator: "\n")
    }

    /// A one-line summary: "2 errors and 1 warning".
    public static func summary(_ diagnostics: [Diagnostic]) -> String {
        let errors = diagnostics.filter { $0.severity == .error }.count
        let warnings = diagnostics.filter { $0.severity == .warning }.count
        func count(_ n: Int, _ word: String) -> String { "\(n) \(word)\(n == 1 ? "" : "s")" }
        return "\(count(errors, "error")) and \(count(warnings, "warning"))"
    }

    private func header(_ location: SourceLocation, severity: Severity, message: String) -> String {
        let label: String
        switch severity {
        case .error: label = style.bold(style.coloured("error:", .red))
        case .warning: label = style.bold(style.coloured("warning:", .magenta))
        case .note: label = style.bold(style.coloured("note:", .cyan))
        }
        return style.bold(ControlCharacters.escaped("\(location):")) + " \(label) \(ControlCharacters.escaped(message))"
    }

    private func excerpt(_ location: SourceLocation) -> [String] {
        guard let line = lineIndex.line(location.line, of: location.file) else { return [] }
        // Very long lines are cut around the column so the excerpt stays readable.
        let characters = Array(line)
        let column = max(1, min(location.column, characters.count + 1))
        let start = max(0, column - 1 - 60)
        let end = min(characters.count, column - 1 + 60)
        let prefix = start > 0 ? "…" : ""
        let suffix = end < characters.count ? "…" : ""
        let shown = Self.visible(prefix + String(characters[start..<end]) + suffix)
        let beforeCaret = Self.visible(prefix + String(characters[start..<(column - 1)]))
        let padding = beforeCaret.map { $0 == "\t" ? "\t" : String(repeating: " ", count: DisplayWidth.columns(of: $0)) }.joined()
        return ["    " + shown, "    " + padding + style.bold(style.coloured("^", .green))]
    }

    /// A source line as it is shown: tabs stay tabs, so that the caret lines up under them, and every
    /// other control character is made visible; the caret's padding is measured on this text.
    private static func visible(_ text: String) -> String {
        text.split(separator: "\t", omittingEmptySubsequences: false).map { ControlCharacters.escaped(String($0)) }.joined(separator: "\t")
    }

    private var style: TerminalStyle { TerminalStyle(isColourEnabled: usesColour) }
}
