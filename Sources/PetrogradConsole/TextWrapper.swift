/// Wraps text into lines that fit a terminal, measuring by display columns.
///
/// Lines break at spaces; a word longer than a line is split between grapheme clusters, never inside
/// one, so a Devanagari conjunct or a letter with its nukta stays whole. Single line breaks inside a
/// paragraph are reflowed like spaces; each blank line is kept, so paragraphs stay apart. Every line
/// starts with the indent, which counts towards the width. A single cluster wider than the room
/// left by the indent (a wide CJK character in one column) still gets a line of its own.
public struct TextWrapper: Equatable, Sendable {
    /// The most display columns a line may take, indent included.
    public var width: Int

    /// Put before every non-blank line.
    public var indent: String

    /// Put before the first line of each paragraph instead of ``indent``, when set: a hanging indent
    /// is a narrower first-line indent.
    public var firstLineIndent: String?

    /// A wrapper for lines of at most `width` columns, each starting with `indent` (the first line of
    /// each paragraph with `firstLineIndent`, when given).
    public init(width: Int, indent: String = "", firstLineIndent: String? = nil) {
        self.width = width
        self.indent = indent
        self.firstLineIndent = firstLineIndent
    }

    /// The wrapped text as one string, lines separated by `\n`, without a final `\n`.
    public func wrap(_ text: String) -> String {
        lines(wrapping: text).joined(separator: "\n")
    }

    /// The wrapped lines, without line terminators; blank lines carry no indent.
    public func lines(wrapping text: String) -> [String] {
        var lines: [String] = []
        var paragraph: [Substring] = []
        var sourceLines = text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline)
        // A final line terminator ends the last line; it does not start a blank one.
        if sourceLines.last?.isEmpty == true {
            sourceLines.removeLast()
        }
        for sourceLine in sourceLines {
            if sourceLine.allSatisfy(\.isWhitespace) {
                lines += wrapParagraph(paragraph)
                paragraph = []
                lines.append("")
            } else {
                paragraph.append(sourceLine)
            }
        }
        lines += wrapParagraph(paragraph)
        return lines
    }

    /// Room for text on each line once the indent is written; at least one column, so every word
    /// makes progress.
    private func textWidth(after indent: String) -> Int {
        max(1, width - DisplayWidth.columns(of: indent))
    }

    /// Fills lines greedily with the words of one paragraph (its source lines joined).
    private func wrapParagraph(_ sourceLines: [Substring]) -> [String] {
        let firstIndent = firstLineIndent ?? indent
        // Lines are gathered without their indents, which are put on at the end.
        var lines: [String] = []
        var current = ""
        var currentWidth = 0
        func room(ofLine index: Int) -> Int { textWidth(after: index == 0 ? firstIndent : indent) }
        for word in sourceLines.flatMap({ $0.split(whereSeparator: Self.isBreakableSpace) }) {
            let wordWidth = DisplayWidth.columns(of: word)
            if !current.isEmpty && currentWidth + 1 + wordWidth <= room(ofLine: lines.count) {
                current += " " + word
                currentWidth += 1 + wordWidth
                continue
            }
            if !current.isEmpty {
                lines.append(current)
            }
            var pieces = hardBreak(word, firstRoom: room(ofLine: lines.count), room: room(ofLine: 1))
            let last = pieces.removeLast()
            lines += pieces
            current = last
            currentWidth = DisplayWidth.columns(of: last)
        }
        if !current.isEmpty {
            lines.append(current)
        }
        return lines.enumerated().map { ($0.offset == 0 ? firstIndent : indent) + $0.element }
    }

    /// The word cut between grapheme clusters into pieces of at most `room` columns (`firstRoom` for
    /// the first); one piece when it fits already.
    private func hardBreak(_ word: Substring, firstRoom: Int, room: Int) -> [String] {
        var pieces: [String] = []
        var piece = ""
        var pieceWidth = 0
        for character in word {
            let characterWidth = DisplayWidth.columns(of: character)
            if !piece.isEmpty && pieceWidth + characterWidth > (pieces.isEmpty ? firstRoom : room) {
                pieces.append(piece)
                piece = ""
                pieceWidth = 0
            }
            piece.append(character)
            pieceWidth += characterWidth
        }
        pieces.append(piece)
        return pieces
    }

    /// Whitespace a line may break at: not the no-break spaces, which bind their neighbours.
    private static func isBreakableSpace(_ character: Character) -> Bool {
        character.isWhitespace && !["\u{00A0}", "\u{2007}", "\u{202F}"].contains(character)
    }
}
