/// Something a player does. Actions are recorded by id, so a log survives edits to the scenario text.
public enum Action: Hashable, Sendable, CustomStringConvertible {
    /// Player `player` (counting from 1) takes the choice with this id in their current scene.
    case choose(player: Int, choice: String)

    /// The action-log line: `p1 choose walk-out`. The same line format serves saves, replays,
    /// transcripts and test files.
    public var description: String {
        switch self {
        case .choose(let player, let choice): "p\(player) choose \(choice)"
        }
    }

    /// Reads an action-log line; nil when it is not one.
    public init?(logLine: String) {
        let words = logLine.split(separator: " ", omittingEmptySubsequences: true)
        guard words.count == 3, words[0].hasPrefix("p"), let player = Int(words[0].dropFirst()), player >= 1,
              words[1] == "choose" else { return nil }
        self = .choose(player: player, choice: String(words[2]))
    }
}
