/// Styles text with ANSI escape codes when colour is allowed, and returns it unchanged when not.
///
/// Each style ends with the code that undoes that attribute rather than a full reset, so styles
/// nest: `style.bold("a " + style.coloured("b", .red) + " c")` keeps "c" bold. (Bold and dim share
/// their undo code, so do not nest one inside the other.)
public struct TerminalStyle: Equatable, Sendable {
    /// Whether escape codes are written at all.
    public var isColourEnabled: Bool

    /// Never writes escape codes: for files, pipes and snapshot tests.
    public static let plain = TerminalStyle(isColourEnabled: false)

    /// A style that colours only when ``Terminal/allowsColour(environment:outputIsTerminal:)`` says
    /// so, unless told otherwise.
    public init(isColourEnabled: Bool = Terminal.allowsColour()) {
        self.isColourEnabled = isColourEnabled
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
