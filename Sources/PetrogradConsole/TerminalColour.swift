/// The eight standard terminal colours, which every terminal and theme maps to something legible.
public enum TerminalColour: Int, CaseIterable, Sendable {
    case black, red, green, yellow, blue, magenta, cyan, white

    /// The SGR parameter that selects this colour for text.
    var foregroundCode: Int {
        30 + rawValue
    }
}
