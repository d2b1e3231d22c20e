import ArgumentParser
import Foundation
import PetrogradClassroom
import PetrogradConsole
import PetrogradCore

/// `petrograd join HOST[:PORT] --code CODE --name NAME`: a student's seat in a class game that a teacher
/// hosts (`petrograd host`). The same game prompt as `play`, against the teacher's server.
package struct JoinCommand: ParsableCommand {
    package static let configuration = CommandConfiguration(
        commandName: "join",
        abstract: "Join a class game that a teacher hosts (petrograd host prints this command).")

    /// The port `host` listens on unless told otherwise.
    package static let defaultPort = 1917

    @Argument(help: "The teacher's machine, as 'petrograd host' printed it: HOST or HOST:PORT (port 1917 when left out).")
    package var address: String

    @Option(help: "The room's code, as the teacher's screen shows it (six letters and digits).")
    package var code: String

    @Option(help: "Your name in the class (1 to 40 characters). Join again with the same name to come back to your seat.")
    package var name: String?

    @Option(help: "The role you would like (its id, as 'petrograd show' lists them); the room gives a free seat of it, or a new one.")
    package var role: String?

    @Option(help: "Language for this game: hi or en (students of one class may read in different languages).")
    package var lang: String?

    @Flag(help: "Watch the city without a seat.")
    package var watch = false

    @Flag(help: "Plain output for screen readers: no colour, no decoration, each choice echoed in words, no line editing.")
    package var plain = false

    package init() {}

    package func run() throws {
        _ = ConsoleLocale.adoptUserLocale()
        TerminationSignals.install()
        var reader = LineReaderFactory.makeReader(historyPath: PlayCommand.historyPath(), plain: plain)
        if let editing = reader as? EditLineReader, let table = preparedTable() {
            editing.wakeDescriptor = table.wakeDescriptor
            let code = execute(table: table, reader: &reader, output: { print($0) }, errorOutput: { var errors = StandardError(); errors.write($0 + "\n") },
                               style: TerminalStyle(isColourEnabled: !plain && Terminal.allowsColour(), isDecorated: !plain),
                               screen: .standardOutput(), width: Terminal.width(), waitsForTurnBeforeReading: false)
            if code != 0 { throw ExitCode(code) }
            return
        }
        let code = execute(reader: &reader, output: { print($0) }, errorOutput: { var errors = StandardError(); errors.write($0 + "\n") },
                           style: TerminalStyle(isColourEnabled: !plain && Terminal.allowsColour(), isDecorated: !plain),
                           screen: .standardOutput(), width: Terminal.width(), waitsForTurnBeforeReading: !Terminal.isTerminal(STDIN_FILENO))
        if code != 0 { throw ExitCode(code) }
    }

    /// The words said before the room's story is known, in the language asked for.
    private var frameVocabulary: Vocabulary {
        let language = lang ?? Settings.load(from: Settings.path()).language ?? "en"
        return Vocabulary(language: language, storyCalendar: .old, storyLanguages: Vocabulary.languages)
    }

    /// The request this command makes, or why it cannot be made.
    package func request() -> Result<ClassroomClient.Request, JoinProblem> {
        guard let (host, port) = Self.hostAndPort(address) else {
            return .failure(JoinProblem("'\(address)' is not an address: write the teacher's machine as 'petrograd host' printed it, HOST or HOST:PORT (for example 192.168.1.20:1917)"))
        }
        guard let room = RoomCode(typed: code) else {
            return .failure(JoinProblem("'\(code)' is not a room code: a code is \(RoomCode.length) letters and digits, as the teacher's screen shows it"))
        }
        let trimmed = name?.trimmingCharacters(in: .whitespaces)
        if !watch {
            guard let trimmed, (1...40).contains(trimmed.count), !trimmed.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) else {
                return .failure(JoinProblem("give your name with --name (1 to 40 characters): the teacher sees it, and the same name brings you back to your seat"))
            }
        }
        var request = ClassroomClient.Request(host: host, port: port, code: room, name: trimmed, role: role, watch: watch, language: lang,
                                              program: PetrogradCommand.version)
        // The earlier act comes from the bundled scenarios only (the room's id, under their folder), never
        // from a folder the server could name.
        let loader = ScenarioLoader(library: .bundled())
        let root = loader.library.root ?? "."
        request.earlierAct = { files in loader.earlierAct(of: files, at: root + "/room") }
        return .success(request)
    }

    /// A table for this command's request with the seat kept in the user's state folder, or nil when the
    /// request cannot be made (``execute`` says why).
    private func preparedTable(seatFolder: String? = nil) -> ClassroomTable? {
        guard case .success(let request) = request() else { return nil }
        let seatFile = Self.seatFile(for: request, folder: seatFolder)
        return ClassroomTable(request: request, credentials: seatFile?.read(), keep: { seatFile?.write($0) })
    }

    private static func seatFile(for request: ClassroomClient.Request, folder: String?) -> ClassroomSeatFile? {
        guard !request.watch, let name = request.name else { return nil }
        if let folder { return ClassroomSeatFile(folder: folder, host: request.host, port: request.port, code: request.code, name: name) }
        return ClassroomSeatFile(host: request.host, port: request.port, code: request.code, name: name)
    }

    /// Joins and plays until the input ends, the student quits or the teacher takes the seat out; returns
    /// the exit status. Tests pass their own reader, output and seat folder.
    package func execute(reader: inout some LineReader, output: @escaping (String) -> Void, errorOutput: ((String) -> Void)? = nil,
                         style: TerminalStyle = .plain, screen: Screen? = nil, width: Int, seatFolder: String? = nil,
                         waitsForTurnBeforeReading: Bool, welcomeTimeout: Double = 15) -> Int32 {
        guard let table = preparedTable(seatFolder: seatFolder) else {
            if case .failure(let problem) = request() { (errorOutput ?? output)("error: " + problem.message) }
            return 1
        }
        return execute(table: table, reader: &reader, output: output, errorOutput: errorOutput, style: style, screen: screen, width: width,
                       waitsForTurnBeforeReading: waitsForTurnBeforeReading, welcomeTimeout: welcomeTimeout)
    }

    private func execute(table: ClassroomTable, reader: inout some LineReader, output: @escaping (String) -> Void, errorOutput: ((String) -> Void)?,
                         style: TerminalStyle, screen: Screen?, width: Int, waitsForTurnBeforeReading: Bool, welcomeTimeout: Double = 15) -> Int32 {
        let error = errorOutput ?? output
        let vocabulary = frameVocabulary
        let request = table.client.request
        table.start()
        defer { table.close() }
        let first = table.firstWelcome(waitingUpTo: welcomeTimeout)
        guard case .game(let game, let seat, let paused, let timerSeconds)? = first else {
            switch first {
            case .problem(let code, let message, _)?: error(vocabulary.tableProblem(code: code, message: message))
            case .kicked?: error(vocabulary.tableKicked)
            default:
                var reason = ""
                if case .problem(_, let message, _)? = table.lastTrouble() { reason = " (\(message))" }
                error("error: could not reach the class at \(request.host):\(request.port)\(reason). Is the teacher's 'petrograd host' running, and is this machine on the same network?")
            }
            return 1
        }
        guard let seat else {
            var watch = ClassroomWatch(table: table, game: game, language: language(for: game.scenario), width: width, output: output)
            return watch.run(reader: &reader)
        }
        let session = GameSession(game: game, language: language(for: game.scenario), width: width,
                                  saves: SaveStore(directory: NSTemporaryDirectory() + "petrograd-join-\(getpid())"),
                                  program: PetrogradCommand.version, style: style, screen: screen, pager: .never,
                                  echoesChoices: plain || waitsForTurnBeforeReading, shouldTerminate: TerminationSignals.received, output: output)
        session.sit(at: table, seat: seat, paused: paused, timerSeconds: timerSeconds, waitsForTurnBeforeReading: waitsForTurnBeforeReading)
        session.announceTable(room: request.code.value)
        session.run(reader: &reader, openingEvents: [])
        return 0
    }

    /// The language asked for, or remembered, if the story has it; else the story's first.
    private func language(for scenario: Scenario) -> String {
        let wanted = lang ?? Settings.load(from: Settings.path()).language ?? "en"
        return scenario.languages.contains(wanted) ? wanted : scenario.languages.first ?? "en"
    }

    /// `HOST`, `HOST:PORT`, `[IPv6]:PORT` or a bare IPv6 address; nil when it is none of these.
    package static func hostAndPort(_ address: String) -> (host: String, port: Int)? {
        let trimmed = address.trimmingCharacters(in: .whitespaces)
        guard !trimmed.isEmpty, !trimmed.contains("/"), !trimmed.contains(where: \.isWhitespace) else { return nil }
        if trimmed.hasPrefix("[") {
            guard let close = trimmed.firstIndex(of: "]") else { return nil }
            let host = String(trimmed[trimmed.index(after: trimmed.startIndex)..<close])
            let rest = trimmed[trimmed.index(after: close)...]
            if rest.isEmpty { return host.isEmpty ? nil : (host, defaultPort) }
            guard rest.hasPrefix(":"), let port = Int(rest.dropFirst()), (1...65535).contains(port), !host.isEmpty else { return nil }
            return (host, port)
        }
        let parts = trimmed.split(separator: ":", omittingEmptySubsequences: false)
        if parts.count == 1 { return (trimmed, defaultPort) }
        if parts.count == 2 {
            guard !parts[0].isEmpty, let port = Int(parts[1]), (1...65535).contains(port) else { return nil }
            return (String(parts[0]), port)
        }
        // More than one colon and no brackets: an IPv6 address without a port.
        return (trimmed, defaultPort)
    }
}

/// Why a `join` command cannot be made, in words for the student.
package struct JoinProblem: Error, Equatable {
    package var message: String
    init(_ message: String) { self.message = message }
}
