/// Something a player does. Actions are recorded by id, so a log survives edits to the scenario text.
public enum Action: Hashable, Sendable, CustomStringConvertible {
    /// Player `player` (counting from 1) takes the choice with this id in their current scene. `outcome`
    /// (1-based, in the order the choice's `chance`/`otherwise` sections are written) forces a chance
    /// outcome instead of rolling: exploration and test files use it so a path never depends on the seed.
    case choose(player: Int, choice: String, outcome: Int? = nil)

    /// The action-log line: `p1 choose walk-out`, or `p1 choose cross-ice outcome 2`. The same line format
    /// serves saves, replays, transcripts and test files.
    public var description: String {
        switch self {
        case .choose(let player, let choice, let outcome):
            "p\(player) choose \(choice)" + (outcome.map { " outcome \($0)" } ?? "")
        }
    }

    /// Reads an action-log line; nil when it is not one.
    public init?(logLine: String) {
        let words = logLine.split(separator: " ", omittingEmptySubsequences: true)
        guard words.count == 3 || words.count == 5, words[0].hasPrefix("p"), let player = Int(words[0].dropFirst()), player >= 1,
              words[1] == "choose" else { return nil }
        var outcome: Int?
        if words.count == 5 {
            guard words[3] == "outcome", let value = Int(words[4]), value >= 1 else { return nil }
            outcome = value
        }
        self = .choose(player: player, choice: String(words[2]), outcome: outcome)
    }
}
