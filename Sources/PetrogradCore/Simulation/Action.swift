/// Something a player does, or something done to the table of players. Actions are recorded by id, so a
/// log survives edits to the scenario text. The seat actions (join, leave, back, name, timeout, rewind, end)
/// are what a table around one screen and a classroom need; their rules are in `docs/simulation.md`.
public enum Action: Hashable, Sendable, CustomStringConvertible {
    /// Player `player` (counting from 1) takes the choice with this id in their current scene. `outcome`
    /// (1-based, in the order the choice's `chance`/`otherwise` sections are written) forces a chance
    /// outcome instead of rolling: exploration and test files use it so a path never depends on the seed.
    case choose(player: Int, choice: String, outcome: Int? = nil)
    /// A new player joins the game in this role (by id), numbered after the others.
    case join(role: String, name: String? = nil)
    /// The player leaves: their seat stays, but holds no one back and takes no turn.
    case leave(player: Int)
    /// A player who left is back, at the world's clock if the world has gone on.
    case comeBack(player: Int)
    /// The seat passes to another person, by name.
    case rename(player: Int, name: String)
    /// The player's time to decide ran out: the scene's default choice is taken (or the first available).
    case timeOut(player: Int)
    /// The game as it was after the first `to` lines of the log, with every seat change made since.
    case rewind(to: Int)
    /// Every seat plays on by its default choices until it reaches an ending.
    case end

    /// The player the action is by or about (counting from 1); nil for the table's own actions.
    public var player: Int? {
        switch self {
        case .choose(let player, _, _), .leave(let player), .comeBack(let player), .rename(let player, _), .timeOut(let player): player
        case .join, .rewind, .end: nil
        }
    }

    /// Whether the action changes who sits at the table rather than what happens in the story: a rewind
    /// makes these again, so that no one loses a seat.
    public var changesSeats: Bool {
        switch self {
        case .join, .leave, .comeBack, .rename: true
        case .choose, .timeOut, .rewind, .end: false
        }
    }

    /// The action-log line: `p1 choose walk-out`, `p1 choose cross-ice outcome 2`, `join soldier Ravi`,
    /// `p2 leave`, `p2 back`, `p2 name Meena Devi`, `p3 timeout`, `rewind 12`, `end`. The same line format
    /// serves saves, replays, transcripts, test files and the classroom's database.
    public var description: String {
        switch self {
        case .choose(let player, let choice, let outcome):
            "p\(player) choose \(choice)" + (outcome.map { " outcome \($0)" } ?? "")
        case .join(let role, let name): "join \(role)" + (name.map { " \($0)" } ?? "")
        case .leave(let player): "p\(player) leave"
        case .comeBack(let player): "p\(player) back"
        case .rename(let player, let name): "p\(player) name \(name)"
        case .timeOut(let player): "p\(player) timeout"
        case .rewind(let count): "rewind \(count)"
        case .end: "end"
        }
    }

    /// Reads an action-log line; nil when it is not one.
    public init?(logLine: String) {
        let words = logLine.split(separator: " ", omittingEmptySubsequences: true)
        guard let first = words.first else { return nil }
        switch first {
        case "join":
            guard words.count >= 2 else { return nil }
            self = .join(role: String(words[1]), name: words.count > 2 ? words[2...].joined(separator: " ") : nil)
            return
        case "rewind":
            guard words.count == 2, let count = Int(words[1]), count >= 0 else { return nil }
            self = .rewind(to: count)
            return
        case "end":
            guard words.count == 1 else { return nil }
            self = .end
            return
        default:
            break
        }
        guard words.count >= 2, first.hasPrefix("p"), let player = Int(first.dropFirst()), player >= 1 else { return nil }
        switch words[1] {
        case "choose":
            guard words.count == 3 || words.count == 5 else { return nil }
            var outcome: Int?
            if words.count == 5 {
                guard words[3] == "outcome", let value = Int(words[4]), value >= 1 else { return nil }
                outcome = value
            }
            self = .choose(player: player, choice: String(words[2]), outcome: outcome)
        case "leave" where words.count == 2: self = .leave(player: player)
        case "back" where words.count == 2: self = .comeBack(player: player)
        case "timeout" where words.count == 2: self = .timeOut(player: player)
        case "name" where words.count >= 3: self = .rename(player: player, name: words[2...].joined(separator: " "))
        default: return nil
        }
    }
}
