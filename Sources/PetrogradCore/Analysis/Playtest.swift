import Foundation

/// A golden playthrough: a header (scenario, branches, players, seed), then actions in the action-log form
/// and expectations about what they led to. The same lines as a save's log, plus `expect`.
///
///     scenario march-1917
///     with volynsky-obeys
///     players worker
///     seed 1
///     p1 choose walk-out
///     p1 choose cross-ice outcome 1
///     expect p1 at znamenskaya-meeting
///     expect world strike >= 40
///     expect p1 courage = 5
///     expect event volynsky-mutiny fired
///     expect p1 ending w-delegate
///     expect text en The soldiers have come over
public struct Playtest: Sendable {
    /// One instruction, with its 1-based line.
    public struct Step: Sendable {
        public var line: Int
        public var instruction: Instruction
    }

    /// What a line asks for.
    public enum Instruction: Sendable {
        case act(Action)
        case expectAt(player: Int, scene: String)
        case expectEnding(player: Int, ending: String)
        case expectValue(player: Int?, variable: String, comparison: Expression.Comparison, value: Int, written: String)
        case expectEvent(event: String, status: EventStatus)
        case expectText(language: String, text: String)
    }

    /// A line that could not be read.
    public struct Problem: Error, Sendable, CustomStringConvertible {
        public var line: Int
        public var message: String
        public var description: String { "line \(line): \(message)" }
    }

    public var scenario: String?
    public var branches: [String] = []
    public var players: [String] = []
    public var seed: UInt64 = 1
    public var steps: [Step] = []

    /// Reads a playtest; every line that cannot be read is a problem.
    public static func parse(_ text: String) -> (Playtest, [Problem]) {
        var playtest = Playtest()
        var problems: [Problem] = []
        for (offset, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = offset + 1
            let trimmed = raw.trimmingCharacters(in: .whitespaces)
            if trimmed.isEmpty || trimmed.hasPrefix("#") { continue }
            let words = trimmed.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
            switch words[0] {
            case "scenario" where words.count == 2:
                playtest.scenario = words[1]
            case "with" where words.count >= 2:
                playtest.branches += words.dropFirst()
            case "players" where words.count >= 2:
                playtest.players = Array(words.dropFirst())
            case "seed" where words.count == 2:
                guard let seed = UInt64(words[1]) else {
                    problems.append(Problem(line: line, message: "the seed must be a whole number"))
                    continue
                }
                playtest.seed = seed
            case "expect":
                switch expectation(Array(words.dropFirst()), trimmed) {
                case .success(let instruction): playtest.steps.append(Step(line: line, instruction: instruction))
                case .failure(let problem): problems.append(Problem(line: line, message: problem.message))
                }
            default:
                guard let action = Action(logLine: trimmed) else {
                    problems.append(Problem(line: line, message: "'\(trimmed.prefix(60))' is not a header, an action (pN choose ID [outcome K]) or an expectation"))
                    continue
                }
                playtest.steps.append(Step(line: line, instruction: .act(action)))
            }
        }
        if playtest.players.isEmpty { problems.append(Problem(line: 1, message: "a playtest needs 'players ROLE…'")) }
        return (playtest, problems)
    }

    private static func player(_ word: String) -> Int? {
        guard word.hasPrefix("p"), let number = Int(word.dropFirst()), number >= 1 else { return nil }
        return number
    }

    private static func expectation(_ words: [String], _ line: String) -> Result<Instruction, Problem> {
        let usage = "write 'expect pN at SCENE', 'expect pN ending ENDING', 'expect world VAR OP N', 'expect pN VAR OP N', 'expect event EVENT STATUS' or 'expect text LANG TEXT'"
        guard let first = words.first else { return .failure(Problem(line: 0, message: usage)) }
        if first == "text", words.count >= 3 {
            let prefix = "expect text \(words[1]) "
            let text = line.hasPrefix(prefix) ? String(line.dropFirst(prefix.count)) : words.dropFirst(2).joined(separator: " ")
            return .success(.expectText(language: words[1], text: text))
        }
        if first == "event", words.count == 3 {
            guard let status = EventStatus(name: words[2]) else { return .failure(Problem(line: 0, message: "an event is fired, otherwise, pending or lapsed")) }
            return .success(.expectEvent(event: words[1], status: status))
        }
        var owner: Int?
        if first != "world" {
            guard let number = player(first) else { return .failure(Problem(line: 0, message: usage)) }
            owner = number
            if words.count == 3, words[1] == "at" { return .success(.expectAt(player: number, scene: words[2])) }
            if words.count == 3, words[1] == "ending" { return .success(.expectEnding(player: number, ending: words[2])) }
        }
        guard words.count == 4 else { return .failure(Problem(line: 0, message: usage)) }
        guard let comparison = Expression.Comparison(symbol: words[2]) else {
            return .failure(Problem(line: 0, message: "compare with =, !=, <, <=, > or >="))
        }
        let value: Int
        switch words[3] {
        case "yes": value = 1
        case "no": value = 0
        default:
            guard let number = Int(words[3]) else { return .failure(Problem(line: 0, message: "expected a number, yes or no after '\(words[2])'")) }
            value = number
        }
        return .success(.expectValue(player: owner, variable: words[1], comparison: comparison, value: value, written: words[3]))
    }
}

extension EventStatus {
    /// The status named in test files and saves.
    public init?(name: String) {
        switch name {
        case "pending": self = .pending
        case "fired": self = .fired
        case "otherwise": self = .otherwise
        case "lapsed": self = .lapsed
        default: return nil
        }
    }

    public var name: String {
        switch self {
        case .pending: "pending"
        case .fired: "fired"
        case .otherwise: "otherwise"
        case .lapsed: "lapsed"
        }
    }
}
