import Foundation
import PetrogradClassroom
import PetrogradConsole
import PetrogradCore

/// A line the teacher typed at the `host` prompt, read: a command of the teacher's console with what it
/// takes. Every command has an English and a Hindi word and both work whatever the console's language
/// (``TeacherCommand/words``), as in the game.
package enum TeacherCommand: Equatable, Sendable {
    /// Every seat of the room: number, name, role, connected or not, where it stands.
    case seats
    /// Who holds the world's clock back, and who waits for them.
    case waiting
    case pause
    case resume
    /// A message to everyone in the room, or to one seat.
    case say(text: String, seat: Int?)
    /// A decision clock of this many seconds for each seat whose turn it is; nil turns it off.
    case timer(seconds: Int?)
    /// Sends the student on this seat away; the seat stays, absent, for another student.
    case kick(seat: Int)
    /// Moves this seat to another student, by name.
    case move(seat: Int, name: String)
    /// Takes back this many steps (choices and timeouts) of the room's game.
    case rewind(steps: Int)
    /// Every seat goes on by its default choices to its ending and debrief.
    case end
    /// Writes the room's whole game to a save file (to load with `petrograd play --load`).
    case save(path: String)
    /// The rooms this server holds.
    case rooms
    /// Makes the room with this code the one the commands act on.
    case room(code: String)
    /// Opens a new room of the same scenario and makes it the current one.
    case open
    /// The class report (which comes in a later version).
    case report
    case help
    case quit

    /// The command words: each English word with its Hindi word.
    package static let words: [(english: String, hindi: String)] = [
        ("seats", "सीटें"), ("waiting", "इंतज़ार"), ("pause", "ठहरो"), ("resume", "जारी"), ("say", "कहो"),
        ("timer", "घड़ी"), ("kick", "निकालो"), ("move", "सौंपो"), ("rewind", "पीछे"), ("end", "समाप्त"),
        ("save", "सहेजो"), ("rooms", "कमरे"), ("room", "कमरा"), ("open", "खोलो"), ("report", "रिपोर्ट"),
        ("help", "मदद"), ("quit", "बाहर"),
    ]

    /// The word that turns the timer off, in English and Hindi.
    package static let offWords = ["off", "बंद"]

    /// The shortest and longest decision clock, in seconds: ten seconds to an hour.
    package static let timerRange = 10...3600

    /// The most steps one `rewind` takes back.
    package static let rewindLimit = 10_000

    /// The English command word for a typed word of either language (case and Unicode form ignored).
    package static func command(for typed: String) -> String? {
        let word = typed.precomposedStringWithCanonicalMapping.lowercased()
        return words.first { $0.english == word || $0.hindi.precomposedStringWithCanonicalMapping == word }?.english
    }

    /// The word for an English command word in `language` (`hi`, or English for any other language).
    package static func word(for english: String, in language: String) -> String {
        guard language == "hi" else { return english }
        return words.first { $0.english == english }?.hindi ?? english
    }

    /// Reads one line; nil for an empty line.
    package static func parse(_ line: String) -> Result<TeacherCommand, TeacherInputProblem>? {
        let trimmed = line.trimmingCharacters(in: .whitespacesAndNewlines)
        guard let first = trimmed.split(whereSeparator: \.isWhitespace).first.map(String.init) else { return nil }
        let rest = trimmed.dropFirst(first.count).trimmingCharacters(in: .whitespaces)
        let arguments = rest.split(whereSeparator: \.isWhitespace).map(String.init)
        guard let command = command(for: first) else {
            let candidates = words.flatMap { [$0.english, $0.hindi] }
            return .failure(.unknown(first, suggestion: Spelling.closest(to: first, among: candidates).flatMap(Self.command(for:))))
        }
        func none(_ value: TeacherCommand) -> Result<TeacherCommand, TeacherInputProblem> {
            arguments.isEmpty ? .success(value) : .failure(.usage(command))
        }
        switch command {
        case "seats": return none(.seats)
        case "waiting": return none(.waiting)
        case "pause": return none(.pause)
        case "resume": return none(.resume)
        case "end": return none(.end)
        case "rooms": return none(.rooms)
        case "open": return none(.open)
        case "report": return .success(.report)
        case "help": return .success(.help)
        case "quit": return none(.quit)
        case "say":
            guard let word = arguments.first else { return .failure(.usage(command)) }
            if let seat = seatNumber(word) {
                let text = rest.dropFirst(word.count).trimmingCharacters(in: .whitespaces)
                return text.isEmpty ? .failure(.usage(command)) : .success(.say(text: text, seat: seat))
            }
            return .success(.say(text: rest, seat: nil))
        case "timer":
            guard !arguments.isEmpty else { return .failure(.usage(command)) }
            if arguments.count == 1, offWords.contains(arguments[0].lowercased()) { return .success(.timer(seconds: nil)) }
            guard let seconds = duration(arguments.joined()) else { return .failure(.badDuration(rest)) }
            guard timerRange.contains(seconds) else { return .failure(.durationOutOfRange(seconds)) }
            return .success(.timer(seconds: seconds))
        case "kick":
            guard arguments.count == 1 else { return .failure(.usage(command)) }
            guard let seat = seatNumber(arguments[0]) else { return .failure(.badSeat(arguments[0])) }
            return .success(.kick(seat: seat))
        case "move":
            guard arguments.count >= 2 else { return .failure(.usage(command)) }
            guard let seat = seatNumber(arguments[0]) else { return .failure(.badSeat(arguments[0])) }
            let name = rest.dropFirst(arguments[0].count).trimmingCharacters(in: .whitespaces)
            guard let checked = StudentName.checked(name) else { return .failure(.badName(name)) }
            return .success(.move(seat: seat, name: checked))
        case "rewind":
            guard arguments.count <= 1 else { return .failure(.usage(command)) }
            guard let word = arguments.first else { return .success(.rewind(steps: 1)) }
            guard let steps = TypedNumber.value(of: word), (1...rewindLimit).contains(steps) else { return .failure(.badSteps(word)) }
            return .success(.rewind(steps: steps))
        case "save":
            guard !rest.isEmpty else { return .failure(.usage(command)) }
            return .success(.save(path: rest))
        case "room":
            guard arguments.count == 1 else { return .failure(.usage(command)) }
            return .success(.room(code: arguments[0]))
        default:
            return .failure(.unknown(first, suggestion: nil))
        }
    }

    /// The longest name, in characters (the classroom's rule, ``StudentName``).
    package static var nameLimit: Int { StudentName.limit }

    /// A seat as the teacher types it: `3`, `p3` or `३`; nil when it is not a seat number.
    package static func seatNumber(_ text: String) -> Int? {
        var digits = Substring(text)
        if let first = digits.first, first == "p" || first == "P" { digits = digits.dropFirst() }
        guard let value = TypedNumber.value(of: String(digits)), value >= 1, !digits.hasPrefix("+") else { return nil }
        return value
    }

    /// A duration as the teacher types it, in seconds: `2m`, `90s`, `1m30s`, `2 मिनट`, `९० सेकंड`; a bare
    /// number is minutes. Nil when it is not one.
    package static func duration(_ text: String) -> Int? {
        let units: [(word: String, seconds: Int)] = [
            ("मिनट", 60), ("सेकंड", 1), ("minutes", 60), ("minute", 60), ("min", 60), ("m", 60),
            ("seconds", 1), ("second", 1), ("sec", 1), ("s", 1),
        ]
        var remaining = Substring(text.lowercased().filter { !$0.isWhitespace })
        guard !remaining.isEmpty else { return nil }
        if let minutes = TypedNumber.value(of: String(remaining)) {
            return minutes > 24 * 60 ? Int.max : minutes * 60
        }
        var total = 0
        while !remaining.isEmpty {
            let digits = remaining.prefix { TypedNumber.value(of: String($0)) != nil }
            guard !digits.isEmpty, let value = TypedNumber.value(of: String(digits)) else { return nil }
            remaining = remaining.dropFirst(digits.count)
            guard let unit = units.first(where: { remaining.hasPrefix($0.word) }) else { return nil }
            remaining = remaining.dropFirst(unit.word.count)
            let (product, overflow) = value.multipliedReportingOverflow(by: unit.seconds)
            guard !overflow, total <= Int.max - product else { return Int.max }
            total += product
        }
        return total
    }
}

/// Why a line at the `host` prompt could not be read, in words the console gives the teacher
/// (``TeacherWords/problem(_:)``).
package enum TeacherInputProblem: Error, Equatable, Sendable {
    /// Not a command word; with the closest command (its English word) when there is one.
    case unknown(String, suggestion: String?)
    /// The command (its English word) was given the wrong things: show how it is used.
    case usage(String)
    case badSeat(String)
    case badDuration(String)
    case durationOutOfRange(Int)
    case badSteps(String)
    case badName(String)
}
