import ArgumentParser
import Foundation
import PetrogradClassroom
import PetrogradConsole
import PetrogradCore
import PetrogradPages

/// `petrograd host SCENARIO`: the teacher's command. Opens a room of the scenario on a classroom server
/// (or, with `--resume`, every room kept in the database) and prints the room's code, the machine's
/// addresses, the join command and the teacher's key; then the teacher's console runs until the teacher
/// closes it.
package struct HostCommand: ParsableCommand {
    package static let configuration = CommandConfiguration(
        commandName: "host",
        abstract: "Host a classroom: one city for a whole class, over the local network.",
        discussion: """
            Prints a room code, this machine's addresses and the command students type to join. Every room \
            is kept in an SQLite database (by default in ~/.local/state/petrograd/classroom.sqlite); \
            --resume opens every room kept there again, exactly as it was.
            """)

    @Argument(help: "The scenario (a bundled id such as march-1917, or a folder). Not needed with --resume.")
    package var scenario: String?

    @Option(help: "The port to listen on.")
    package var port: Int = 1917

    @Option(help: "The address to listen on: 0.0.0.0 (every network this machine is on) or 127.0.0.1 (this machine only).")
    package var bind: String = "0.0.0.0"

    @Option(help: "The classroom's database file.")
    package var database: String?

    @Option(name: .customLong("with"), help: "A branch (id or folder) to play with the scenario (repeatable).")
    package var branches: [String] = []

    @Flag(help: "Open again every room kept in the database (after a crash, a power cut or a closed laptop).")
    package var resume = false

    @Option(help: "The seed of the new room's game (default: random).")
    package var seed: UInt64?

    @Option(help: "The language of the teacher's screen: hi or en.")
    package var lang: String?

    package init() {}

    package func run() throws {
        var output = StandardOutput()
        let language = lang ?? Settings.load(from: Settings.path()).language ?? "en"
        guard let hosting = open(library: .bundled(), language: language, output: &output) else { throw ExitCode(1) }
        runTeacherConsole(hosting, output: &output)
        try? runBlocking { await hosting.server.stop() }
        print(HostWords.closed(language: language), to: &output)
    }

    /// The database's path: `--database`, or the user's state folder.
    func databasePath() -> String? {
        if let database { return database }
        guard case .success(let folder) = UserDirectories.stateFolder() else { return nil }
        return folder + "/classroom.sqlite"
    }

    /// Opens the database, the rooms and the server, and prints what the teacher reads out; nil (having
    /// said why) when it cannot.
    package func open(library: ScenarioLibrary, language: String, output: inout some TextOutputStream) -> Hosting? {
        let loader = ScenarioLoader(library: library)
        guard let path = databasePath() else {
            print(HostWords.databaseFailed("classroom.sqlite", reason: "no state folder (set HOME or --database)", language: language), to: &output)
            return nil
        }
        let store: RoomStore
        do {
            store = try RoomStore(path: path)
        } catch {
            print(HostWords.databaseFailed(path, reason: String(describing: error), language: language), to: &output)
            return nil
        }
        let classroom = Classroom(store: store, program: PetrogradCommand.version)
        var rooms: [(room: Room, key: Secret, scenario: String)] = []
        if resume {
            guard let reopened = reopen(classroom, store: store, loader: loader, language: language, output: &output) else { return nil }
            rooms = reopened
            if rooms.isEmpty, scenario == nil {
                print(HostWords.noRooms(language: language), to: &output)
                return nil
            }
        }
        if !resume || (scenario != nil && rooms.isEmpty) {
            guard let scenario else {
                print(HostWords.needsScenario(language: language), to: &output)
                return nil
            }
            guard let found = loader.compiled(scenario, with: branches, reportingTo: &output) else { return nil }
            let (compiled, loaded) = found
            let seed = seed
            do {
                let opened = try runBlocking {
                    try await classroom.openRoom(scenario: compiled, files: loaded.baseFiles, branches: loaded.branchFiles, seed: seed)
                }
                rooms.append((opened.room, opened.teacherKey, loaded.name))
            } catch {
                print(HostWords.databaseFailed(path, reason: String(describing: error), language: language), to: &output)
                return nil
            }
        }
        // Without the page templates the terminal classroom still works; the web pages say why they are missing.
        let pages: PageLibrary?
        do {
            pages = try PageLibrary.beside(scenarios: library.root)
        } catch {
            pages = nil
            print(HostWords.pagesMissing(error.description, language: language), to: &output)
        }
        let server = ClassroomServer(classroom: classroom, bindAddress: bind, port: port, pages: pages)
        let running: ClassroomServer.Running
        do {
            running = try runBlocking { try await server.start() }
        } catch {
            print(HostWords.portInUse(port, reason: String(describing: error), language: language), to: &output)
            return nil
        }
        let local = bind == "127.0.0.1" || bind == "localhost"
        let addresses = local ? [bind] : (bind == "0.0.0.0" ? LocalAddresses.lan() : [bind])
        for (room, key, name) in rooms {
            let roles = room.scenario.roles.map(\.id)
            print("", to: &output)
            print(HostWords.opened(ControlCharacters.escaped(name), code: room.code.value, language: language), to: &output)
            print(HostWords.roomCode(room.code.value, language: language), to: &output)
            print(HostWords.joinWith(language: language), to: &output)
            for address in addresses.isEmpty ? ["127.0.0.1"] : addresses {
                let target = running.port == 1917 ? address : "\(address):\(running.port)"
                print("  petrograd join \(target) --code \(room.code.value) --name NAME --role ROLE", to: &output)
            }
            print(HostWords.roles(roles, language: language), to: &output)
            if pages != nil {
                print(HostWords.browserWith(language: language), to: &output)
                for address in addresses.isEmpty ? ["127.0.0.1"] : addresses {
                    let shown = address.contains(":") ? "[\(address)]" : address
                    print("  http://\(shown):\(running.port)/", to: &output)
                }
            }
            print(HostWords.teacherKey(key.value, language: language), to: &output)
            if pages != nil {
                print(HostWords.dashboardAt(language: language), to: &output)
                for address in addresses.isEmpty ? ["127.0.0.1"] : addresses {
                    let shown = address.contains(":") ? "[\(address)]" : address
                    print("  http://\(shown):\(running.port)/teacher", to: &output)
                }
            }
        }
        print("", to: &output)
        print(HostWords.listening(bind, port: running.port, language: language), to: &output)
        print(HostWords.database(path, language: language), to: &output)
        return Hosting(classroom: classroom, rooms: rooms.map { ($0.room, $0.key) }, server: running, bindAddress: bind,
                       addresses: addresses, databasePath: path, language: language)
    }

    /// `--resume`: every stored room, each replayed on the files kept with it. When the scenario's files on
    /// disk differ from those, the teacher is told first that the room goes on with its own version.
    private func reopen(_ classroom: Classroom, store: RoomStore, loader: ScenarioLoader, language: String,
                        output: inout some TextOutputStream) -> [(room: Room, key: Secret, scenario: String)]? {
        let codes: [String]
        do { codes = try store.roomCodes() } catch {
            print(HostWords.databaseFailed(store.path, reason: String(describing: error), language: language), to: &output)
            return nil
        }
        for code in codes {
            guard let stored = try? store.room(code) else { continue }
            let branchIDs = stored.branches.compactMap { Compiler.branchHeader(of: $0.map(\.sourceFile))?.id }
            let onDisk = try? loader.load(scenario ?? stored.scenarioID, with: branchIDs).get()
            if onDisk?.compilation.scenario?.contentHash != stored.scenarioHash || onDisk?.compilation.scenario?.id != stored.scenarioID {
                print(HostWords.filesChanged(code, scenario: ControlCharacters.escaped(stored.scenarioID), language: language), to: &output)
            }
        }
        let root = loader.library.root
        let reopened: [Classroom.Reopened]
        do {
            reopened = try runBlocking {
                try await classroom.reopenStoredRooms { stored in
                    let files = stored.files.map(\.sourceFile)
                    let earlier = loader.earlierAct(of: files, at: (root ?? ".") + "/" + stored.scenarioID)
                    let compilation = Compiler.compile(files, branches: stored.branches.map { $0.map(\.sourceFile) }, earlier: earlier)
                    guard let scenario = compilation.scenario else {
                        return .failure(Classroom.ReopenError(description: "its stored files have \(DiagnosticRenderer.summary(compilation.diagnostics))"))
                    }
                    return .success(scenario)
                }
            }
        } catch {
            print(HostWords.databaseFailed(store.path, reason: String(describing: error), language: language), to: &output)
            return nil
        }
        var rooms: [(room: Room, key: Secret, scenario: String)] = []
        for item in reopened {
            switch item.result {
            case .failure(let error):
                print(HostWords.notResumed(item.code, reason: error.description, language: language), to: &output)
            case .success(let room):
                guard let key = try? runBlocking({ try await room.renewTeacherKey() }) else { continue }
                let (seats, lines) = (try? runBlocking { await (room.game.state.players.count, room.game.log.count) }) ?? (0, 0)
                print(HostWords.resumed(item.code, scenario: ControlCharacters.escaped(item.scenarioID), seats: seats, lines: lines, language: language), to: &output)
                rooms.append((room, key, item.scenarioID))
            }
        }
        return rooms
    }
}

/// What `host` hands the teacher's console: the classroom and its rooms (with their teachers' keys), the
/// running server, and where it can be reached.
package struct Hosting: Sendable {
    package var classroom: Classroom
    package var rooms: [(room: Room, key: Secret)]
    package var server: ClassroomServer.Running
    package var bindAddress: String
    package var addresses: [String]
    package var databasePath: String
    package var language: String
}
