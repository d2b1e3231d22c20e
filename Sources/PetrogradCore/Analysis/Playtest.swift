import Foundation

/// A golden playthrough: a header (scenario, branches, players, seed), then actions in the action-log form
/// and expectations about what they led to. The same lines as a save's log, plus `expect`.
///
///     scenario march-1917
///     with volynsky-obeys
///     players worker
///     seed 1
///     at one-period                (optional: start at an entry point)
///     p1 choose walk-out
///     p1 choose cross-ice outcome 1
///     expect p1 at znamenskaya-meeting
///     expect world strike >= 40
///     expect p1 courage = 5
///     expect event volynsky-mutiny fired
///     expect p1 ending w-delegate
///     expect text en The soldiers have come over
public struct Playtest: Sendable {
    /// One instruction, with its 1-based line and the column where each of its words starts, so that a
    /// message can point at the word it is about (`expect p1 at gaet`: the scene, the fourth word).
    public struct Step: Sendable {
        public var line: Int
        public var wordColumns: [Int]
        public var instruction: Instruction

        /// The column where the line's first word starts.
        public var column: Int { wordColumns.first ?? 1 }

        /// The column where the word at `index` (from 0) starts, or the line's first column when there
        /// is no such word.
        public func column(ofWord index: Int) -> Int {
            wordColumns.indices.contains(index) ? wordColumns[index] : column
        }
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

    /// A name in the header (the scenario, a branch, a role), with where it is written.
    public struct Name: Sendable, Equatable {
        public var text: String
        public var line: Int
        public var column: Int
    }

    /// A line that could not be read, with the line and the column of the word at fault.
    public struct Problem: Error, Sendable, Equatable, CustomStringConvertible {
        public var line: Int
        public var column: Int
        public var message: String
        public var description: String { "line \(line), column \(column): \(message)" }
    }

    public var scenario: Name?
    public var branches: [Name] = []
    public var players: [Name] = []
    /// Where the `players` line starts (its line and column), or nil when there is none.
    public var playersLine: (line: Int, column: Int)?
    public var seed: UInt64 = 1
    /// `at ENTRY`: the entry point the game starts at (nil: the roles' own starts).
    public var entry: Name?
    public var steps: [Step] = []

    /// A word of a line and the column (in characters, from 1) where it starts.
    struct Word {
        var text: String
        var column: Int
    }

    /// The lines of a file: LF or CRLF line ends, and a UTF-8 byte-order mark at the start ignored, as
    /// in scenario files.
    static func lines(of text: String) -> [Substring] {
        let body = text.unicodeScalars.first == "\u{FEFF}" ? String(text.unicodeScalars.dropFirst()) : text
        return body.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false).map { scalars in
            Substring(scalars.last == "\r" ? scalars.dropLast() : scalars)
        }
    }

    /// The words of a line, split at spaces and tabs.
    private static func words(of line: Substring) -> [Word] {
        var words: [Word] = []
        var current = ""
        var start = 0
        for (offset, character) in line.enumerated() {
            if character == " " || character == "\t" {
                if !current.isEmpty { words.append(Word(text: current, column: start + 1)) }
                current = ""
            } else {
                if current.isEmpty { start = offset }
                current.append(character)
            }
        }
        if !current.isEmpty { words.append(Word(text: current, column: start + 1)) }
        return words
    }

    /// Reads a playtest; every line that cannot be read is a problem.
    public static func parse(_ text: String) -> (Playtest, [Problem]) {
        var playtest = Playtest()
        var problems: [Problem] = []
        var namesPlayers = false
        for (offset, raw) in lines(of: text).enumerated() {
            let line = offset + 1
            let words = words(of: raw)
            guard let first = words.first, !first.text.hasPrefix("#") else { continue }
            func problem(_ message: String, at word: Word) { problems.append(Problem(line: line, column: word.column, message: message)) }
            func names(_ words: ArraySlice<Word>) -> [Name] { words.map { Name(text: $0.text, line: line, column: $0.column) } }
            switch first.text {
            case "scenario":
                guard words.count == 2 else {
                    problem("write one scenario after 'scenario': a bundled scenario's id or a folder's path (relative to this file)", at: first)
                    continue
                }
                if let earlier = playtest.scenario {
                    problem("the scenario is already named on line \(earlier.line); a playtest plays one scenario", at: first)
                    continue
                }
                playtest.scenario = names(words[1...]).first
            case "at":
                guard words.count == 2 else {
                    problem("write one entry point after 'at', as in 'at one-period'", at: first)
                    continue
                }
                if let earlier = playtest.entry {
                    problem("the entry point is already named on line \(earlier.line); a playtest starts once", at: first)
                    continue
                }
                playtest.entry = names(words[1...]).first
            case "with":
                guard words.count >= 2 else {
                    problem("write the branches after 'with': bundled ids or folders' paths (relative to this file)", at: first)
                    continue
                }
                playtest.branches += names(words[1...])
            case "players":
                namesPlayers = true
                guard words.count >= 2 else {
                    problem("write the role of each player after 'players', as in 'players worker soldier'", at: first)
                    continue
                }
                if let earlier = playtest.playersLine {
                    problem("the players are already named on line \(earlier.line)", at: first)
                    continue
                }
                playtest.players = names(words[1...])
                playtest.playersLine = (line, first.column)
            case "seed":
                guard words.count == 2, let seed = UInt64(words[1].text) else {
                    problem("the seed must be one whole number from 0 to \(UInt64.max), as in 'seed 1'", at: words.count == 2 ? words[1] : first)
                    continue
                }
                playtest.seed = seed
            case "expect":
                switch expectation(words, line: raw) {
                case .success(let instruction): playtest.steps.append(Step(line: line, wordColumns: words.map(\.column), instruction: instruction))
                case .failure(let failure): problem(failure.message, at: failure.word)
                }
            default:
                guard let action = Action(logLine: words.map(\.text).joined(separator: " ")) else {
                    let unreadable = unreadable(words, line: raw)
                    problem(unreadable.message, at: unreadable.word)
                    continue
                }
                playtest.steps.append(Step(line: line, wordColumns: words.map(\.column), instruction: .act(action)))
            }
        }
        if !namesPlayers {
            problems.append(Problem(line: 1, column: 1, message: "a playtest needs a line 'players ROLE…' naming the role of each player"))
        }
        return (playtest, problems)
    }

    static func player(_ word: String) -> Int? {
        guard word.hasPrefix("p"), let number = Int(word.dropFirst()), number >= 1 else { return nil }
        return number
    }

    /// An expectation that cannot be read: what is wrong, and the word it is wrong at.
    private struct Failure: Error {
        var message: String
        var word: Word
    }

    /// Reads `expect …`; `words` starts with `expect`, and `line` is the whole line (for the text of `expect text`).
    private static func expectation(_ words: [Word], line: Substring) -> Result<Instruction, Failure> {
        let usage = "write 'expect pN at SCENE', 'expect pN ending ENDING', 'expect world VAR OP N', 'expect pN VAR OP N', 'expect event EVENT STATUS' or 'expect text LANG TEXT'"
        guard words.count >= 2 else { return .failure(Failure(message: usage, word: words[0])) }
        let first = words[1].text
        if first == "text", words.count >= 4 {
            // The text as written, from its first word to the end of the line (spaces inside kept).
            let text = line.dropFirst(words[3].column - 1)
            var end = text.endIndex
            while end > text.startIndex, [" ", "\t"].contains(text[text.index(before: end)]) { end = text.index(before: end) }
            return .success(.expectText(language: words[2].text, text: String(text[..<end])))
        }
        if first == "event", words.count == 4 {
            guard let status = EventStatus(name: words[3].text) else {
                return .failure(Failure(message: "an event is fired, otherwise, pending or lapsed", word: words[3]))
            }
            return .success(.expectEvent(event: words[2].text, status: status))
        }
        var owner: Int?
        if first != "world" {
            guard let number = player(first) else { return .failure(Failure(message: misspelt(words[1], among: ["text", "event", "world"], usage), word: words[1])) }
            owner = number
            if words.count == 4, words[2].text == "at" { return .success(.expectAt(player: number, scene: words[3].text)) }
            if words.count == 4, words[2].text == "ending" { return .success(.expectEnding(player: number, ending: words[3].text)) }
            if words.count == 4 { return .failure(Failure(message: misspelt(words[2], among: ["at", "ending"], usage), word: words[2])) }
        }
        guard words.count == 5 else { return .failure(Failure(message: usage, word: words[0])) }
        guard let comparison = Expression.Comparison(symbol: words[3].text) else {
            return .failure(Failure(message: "compare with =, !=, <, <=, > or >=", word: words[3]))
        }
        let value: Int
        switch words[4].text {
        case "yes": value = 1
        case "no": value = 0
        default:
            guard let number = Int(words[4].text) else {
                return .failure(Failure(message: "expected a number, yes or no after '\(words[3].text)'", word: words[4]))
            }
            value = number
        }
        return .success(.expectValue(player: owner, variable: words[2].text, comparison: comparison, value: value, written: words[4].text))
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
