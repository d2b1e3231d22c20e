/// A logical line of a scenario file, as the lexer hands it to the parser.
///
/// Text lines already include their continuation lines; blank lines and comments are dropped.
struct Line: Sendable {
    /// What a line holds.
    enum Content: Sendable {
        /// `en: prose…`: a text in one language.
        case text(TextEntrySyntax)

        var languageLocation: SourceLocation {
            switch self {
            case .text(let entry): entry.languageLocation
            case .statement(let tokens, _): tokens[0].location
            }
        }
        /// A statement: tokens, and the raw text after the first token for statements that take prose
        /// (`source`).
        case statement(tokens: [Token], rest: String)
    }

    var number: Int
    var indent: Int
    var content: Content
    var location: SourceLocation
    /// A text written at the end of a statement (`reply en: "Nothing," she says.`), always `.text`; kept
    /// in a box, so that the many lines without one stay small and cost no allocation.
    var inlineText: Content? {
        get { inlineTextBox?.content }
        set { inlineTextBox = newValue.map(InlineTextBox.init) }
    }
    private var inlineTextBox: InlineTextBox?

    init(number: Int, indent: Int, content: Content, location: SourceLocation, inlineText: Content? = nil) {
        self.number = number
        self.indent = indent
        self.content = content
        self.location = location
        self.inlineText = inlineText
    }
}

/// The box that holds a line's text at the end of a statement.
private final class InlineTextBox: Sendable {
    let content: Line.Content

    init(_ content: Line.Content) {
        self.content = content
    }
}
