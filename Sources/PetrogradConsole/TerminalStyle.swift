/// Styles text with ANSI escape codes when colour is allowed, and returns it unchanged when not; and
/// says whether headings, bullets and brackets are drawn at all (`--plain` draws none).
///
/// Each style ends with the code that undoes that attribute rather than a full reset, so styles
/// nest: `style.bold("a " + style.coloured("b", .red) + " c")` keeps "c" bold. (Bold and dim share
/// their undo code, so do not nest one inside the other.)
public struct TerminalStyle: Equatable, Sendable {
    /// Whether escape codes are written at all.
    public var isColourEnabled: Bool

    /// Whether the program's own decoration is drawn: `== headings ==`, `* ` bullets and the
    /// `[date · place]` brackets. Without it (`--plain`, for screen readers) a heading is a plain line
    /// followed by a blank one, and a screen reader never says "equals equals".
    public var isDecorated: Bool

    /// Never writes escape codes: for files, pipes and snapshot tests. Still decorated.
    public static let plain = TerminalStyle(isColourEnabled: false)

    /// No escape codes and no decoration: `--plain`.
    public static let undecorated = TerminalStyle(isColourEnabled: false, isDecorated: false)

    /// A style that colours only when ``Terminal/allowsColour(environment:outputIsTerminal:)`` says
    /// so, unless told otherwise.
    public init(isColourEnabled: Bool = Terminal.allowsColour(), isDecorated: Bool = true) {
        self.isColourEnabled = isColourEnabled
        self.isDecorated = isDecorated
    }

    /// A list item: `* text` when decorated, the text alone when not.
    public func bulleted(_ text: String) -> String {
        isDecorated ? "* " + text : text
    }

    /// An aside such as the date line: `[text]` when decorated, the text alone when not.
    public func bracketed(_ text: String) -> String {
        isDecorated ? "[" + text + "]" : text
    }

    /// Bold (or bright) text.
    public func bold(_ text: String) -> String {
        wrap(text, on: 1, off: 22)
    }

    /// Faint text, for secondary information.
    public func dim(_ text: String) -> String {
        wrap(text, on: 2, off: 22)
    }

    /// Italic text, where the terminal has it.
    public func italic(_ text: String) -> String {
        wrap(text, on: 3, off: 23)
    }

    /// Underlined text.
    public func underlined(_ text: String) -> String {
        wrap(text, on: 4, off: 24)
    }

    /// Text in one of the standard colours.
    public func coloured(_ text: String, _ colour: TerminalColour) -> String {
        wrap(text, on: colour.foregroundCode, off: 39)
    }

    /// The text between the escape codes that select and undo one attribute.
    private func wrap(_ text: String, on: Int, off: Int) -> String {
        guard isColourEnabled else {
            return text
        }
        return "\u{1B}[\(on)m\(text)\u{1B}[\(off)m"
    }
}
