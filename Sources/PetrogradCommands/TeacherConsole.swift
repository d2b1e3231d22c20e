import Foundation
import PetrogradClassroom
import PetrogradConsole
import PetrogradCore

/// The teacher's console: the `host` prompt, where the teacher watches and steers the rooms while the
/// server runs. It reads lines from any ``LineReader`` (libedit with Tab completion at a terminal, plain
/// lines from a pipe or a test), reads them as ``TeacherCommand``s in either language, and calls the
/// rooms' controls (``Room``), each of which returns once its change is committed.
struct TeacherConsole {
    /// What `host` opened: the classroom, its rooms and keys, the server.
    var hosting: Hosting
    /// The room the commands act on (an index into `hosting.rooms`).
    var current = 0
    let words: TeacherWords

    init(hosting: Hosting) {
        self.hosting = hosting
        words = TeacherWords(language: hosting.language)
    }

    var room: Room { hosting.rooms[current].room }

    /// Reads and carries out commands until `quit`, the end of input or a termination signal.
    mutating func run(reader: inout some LineReader, output: inout some TextOutputStream,
                      shouldTerminate: () -> Bool = { false }) {
        print(words.ready, to: &output)
        while true {
            let codes = hosting.rooms.map(\.room.code.value), language = hosting.language
            let seatCount = (try? runBlocking { [room] in await room.game.state.players.count }) ?? 0
            reader.completionProvider = { line in Self.completions(for: line, language: language, seats: seatCount, codes: codes) }
            let result = reader.readLine(prompt: words.prompt(code: room.code.value))
            if shouldTerminate() { return }
            switch result {
            case .interrupted:
                continue
            case .endOfInput, .terminated:
                return
            case .line(let line):
                guard let parsed = TeacherCommand.parse(line) else { continue }
                reader.addHistory(line.trimmingCharacters(in: .whitespaces))
                switch parsed {
                case .failure(let problem):
                    print(words.problem(problem), to: &output)
                case .success(.quit):
                    return
                case .success(let command):
                    for answer in perform(command) { print(answer, to: &output) }
                }
            }
        }
    }

    /// Carries out one command on the current room; returns what to show.
    mutating func perform(_ command: TeacherCommand) -> [String] {
        let room = room
        let code = room.code.value
        do {
            switch command {
            case .seats:
                return words.seatLines(try runBlocking { await room.seats() })
            case .waiting:
                let (seats, holding) = try runBlocking { await (room.seats(), room.waiting()) }
                let holders = seats.filter { holding.contains($0.number) }
                return [words.waiting(holding: holders, waiters: holding.isEmpty ? 0 : seats.filter(\.isWaiting).count)]
            case .pause:
                try runBlocking { try await room.pause() }
                return [words.paused(code)]
            case .resume:
                try runBlocking { try await room.resume() }
                return [words.resumed(code)]
            case .say(let text, let seat):
                try runBlocking { try await room.say(text, to: seat) }
                return [words.said(to: seat)]
            case .timer(let seconds):
                try runBlocking { try await room.setTimer(seconds: seconds) }
                return [words.timer(seconds: seconds)]
            case .kick(let seat):
                let role = try runBlocking { () async throws -> String? in
                    let role = await room.seats().first { $0.number == seat }?.role
                    try await room.kick(seat: seat)
                    return role
                }
                return [words.kicked(seat, role: role)]
            case .move(let seat, let name):
                _ = try runBlocking { try await room.move(seat: seat, to: name) }
                return [words.moved(seat, to: name, joinCommand: joinCommand(code: code, name: name))]
            case .rewind(let steps):
                let line = try runBlocking { try await room.rewind(steps: steps) }
                return [words.rewound(steps: steps, toLine: line)]
            case .end:
                try runBlocking { try await room.end() }
                return [words.ended]
            case .save(let path):
                let expanded = (path as NSString).expandingTildeInPath
                try runBlocking { try await room.save(to: expanded) }
                return [words.saved(expanded)]
            case .rooms:
                return try hosting.rooms.enumerated().map { index, entry in
                    let room = entry.room
                    let (seats, lines, paused, ended) = try runBlocking { await (room.game.state.players.count, room.game.log.count, room.isPaused, room.isEnded) }
                    return words.roomLine(code: room.code.value, scenario: room.scenario.id, seats: seats, lines: lines, paused: paused, ended: ended,
                                          isCurrent: index == current)
                }
            case .room(let typed):
                let codes = hosting.rooms.map(\.room.code.value)
                guard let wanted = RoomCode(typed: typed), let index = codes.firstIndex(of: wanted.value) else {
                    return [words.noSuchRoom(typed, codes: codes)]
                }
                current = index
                return [words.nowIn(wanted.value)]
            case .open:
                return openRoom()
            case .report:
                return [words.reportIsNext(code: code)]
            case .help:
                return [words.help]
            case .quit:
                return []
            }
        } catch let error as RoomError {
            return [words.roomError(error)]
        } catch {
            return [words.roomError(.storage(String(describing: error)))]
        }
    }

    /// `open`: a new room of the current room's scenario, from the files its room keeps in the database;
    /// prints what `host` prints for a room (code, join command, key) and makes it the current one.
    mutating func openRoom() -> [String] {
        let classroom = hosting.classroom
        let room = room
        do {
            guard let stored = try classroom.store.room(room.code.value) else { return [words.openFailed("the room is not in the database")] }
            let opened = try runBlocking {
                try await classroom.openRoom(scenario: room.scenario, files: stored.files.map(\.sourceFile),
                                             branches: stored.branches.map { $0.map(\.sourceFile) }, entry: stored.entry)
            }
            hosting.rooms.append((opened.room, opened.teacherKey))
            current = hosting.rooms.count - 1
            let language = hosting.language
            let code = opened.room.code.value
            return [
                HostWords.opened(ControlCharacters.escaped(room.scenario.id), code: code, language: language),
                HostWords.roomCode(code, language: language),
                HostWords.joinWith(language: language),
                "  " + joinCommand(code: code, name: nil),
                HostWords.teacherKey(opened.teacherKey.value, language: language),
            ]
        } catch {
            return [words.openFailed(String(describing: error))]
        }
    }

    /// The command a student types to join room `code` (with `name`, or NAME to fill in).
    func joinCommand(code: String, name: String?) -> String {
        let address = hosting.addresses.first ?? "127.0.0.1"
        let port = hosting.server.port
        let target = port == 1917 ? address : "\(address):\(port)"
        let shownName = name.map { $0.contains(" ") ? "'\($0)'" : $0 } ?? "NAME"
        let roles = room.scenario.roles.map(\.id).joined(separator: "|")
        return "petrograd join \(target) --code \(code) --name \(shownName)" + (name == nil ? " --role \(roles)" : "")
    }

    /// Tab's candidates: the command words (both languages once a word is begun; the console's language
    /// on an empty word); after a command, what it takes: seat numbers, timer lengths, room codes.
    static func completions(for lineBeforeCursor: String, language: String, seats: Int, codes: [String]) -> [String] {
        let words = lineBeforeCursor.split(whereSeparator: \.isWhitespace).map(String.init)
        let startsNewWord = lineBeforeCursor.last.map(\.isWhitespace) ?? true
        let position = startsNewWord ? words.count : words.count - 1
        if position == 0 {
            let typed = startsNewWord ? "" : words[0]
            let own = TeacherCommand.words.map { language == "hi" ? $0.hindi : $0.english }
            let other = TeacherCommand.words.map { language == "hi" ? $0.english : $0.hindi }
            return typed.isEmpty ? own : own + other
        }
        guard position == 1, let command = TeacherCommand.command(for: words[0]) else { return [] }
        let seatNumbers = seats > 0 ? (1...seats).map(String.init) : []
        switch command {
        case "say", "kick", "move": return seatNumbers
        case "timer": return ["1m", "2m", "3m", "5m", "90s", language == "hi" ? "बंद" : "off"]
        case "room": return codes
        case "rewind": return ["1", "2", "3"]
        default: return []
        }
    }
}
