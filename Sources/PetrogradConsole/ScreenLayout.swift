/// Fits lines the program writes to the window's width: every line that is too long is wrapped by
/// display width at spaces (inside a word only between grapheme clusters, so a Devanagari conjunct
/// with its signs is never split), and its continuation lines hang under its text.
///
/// Unlike ``TextWrapper/wrap(_:)``, which reflows a paragraph, this keeps every line break it is
/// given: a help list stays a list. A continuation is indented by the line's leading spaces plus its
/// list marker, if it has one (`1. `, `* `, `• `, `- `, `== `), so a wrapped item reads as one item;
/// an indented line without a marker hangs two columns further in.
public struct ScreenLayout: Equatable, Sendable {
    /// The most display columns a line may take.
    public var width: Int

    /// A layout for lines of at most `width` columns.
    public init(width: Int) {
        self.width = max(1, width)
    }

    /// The lines of `text`, each at most ``width`` columns (unless a single cluster is wider).
    public func lines(_ text: String) -> [String] {
        text.split(separator: "\n", omittingEmptySubsequences: false).flatMap { line -> [String] in
            guard DisplayWidth.columns(of: line) > width else { return [String(line)] }
            guard !line.allSatisfy(\.isWhitespace) else { return [""] }
            let ownIndent = line.prefix { $0 == " " }
            let hanging = String(repeating: " ", count: min(Self.hangingIndent(of: line), width / 2))
            // The first line starts at the line's own indent, never wider than the hanging one.
            let first = String(ownIndent.prefix(hanging.count))
            return TextWrapper(width: width, indent: hanging, firstLineIndent: first).lines(wrapping: String(line.dropFirst(ownIndent.count)))
        }
    }

    /// The rows `line` takes on the screen: at least one, more if it is wider than the window.
    public func rows(of line: String) -> Int {
        max(1, (DisplayWidth.columns(of: line) + width - 1) / width)
    }

    /// The columns a wrapped continuation of `line` is indented by: its leading spaces, plus its list
    /// marker and the space after it (or 2 when it is indented and has none). (``lines(_:)`` uses at most half the width, so text keeps room.)
    static func hangingIndent(of line: Substring) -> Int {
        let spaces = line.prefix { $0 == " " }.count
        let rest = line.dropFirst(spaces)
        var marker = 0
        if let space = rest.firstIndex(of: " ") {
            let word = rest[..<space]
            let isNumber = word.count >= 2 && word.last == "." && word.dropLast().allSatisfy(\.isASCII) && Int(word.dropLast()) != nil
            if isNumber || ["*", "•", "-", "=="].contains(word) { marker = word.count + 1 }
        }
        // An indented line with no marker (a help entry, a status value) hangs two further in.
        if marker == 0 && spaces > 0 { marker = 2 }
        return spaces + marker
    }
}
