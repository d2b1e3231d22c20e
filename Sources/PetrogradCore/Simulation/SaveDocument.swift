import Foundation

/// A saved game: a versioned JSON document of ids and values, never positions in a file, so a save
/// still loads after the scenario's text is edited.
///
/// Encoding is deterministic (sorted keys, arrays in a fixed order, no floating point), so the same game
/// always gives byte-identical saves. On load the **stored values win**: the state is rebuilt from the
/// ids and values; the action log is kept for replays, transcripts and undo history but is not re-run.
/// Variables added to the scenario since the save start at their initial values; variables that no longer
/// exist (removed or renamed) are dropped and reported; a position in a scene or ending that no longer
/// exists is an error that names it.
public struct SaveDocument: Codable, Hashable, Sendable {
    /// The save format this version writes and reads.
    public static let currentFormat = 1

    public struct ScenarioReference: Codable, Hashable, Sendable {
        public var id: String
        public var hash: String
    }

    public struct PlayerRecord: Codable, Hashable, Sendable {
        public var role: String
        /// The scene or ending id where the player stands.
        public var at: String
        public var finished: Bool
        public var time: String
        public var variables: [String: Int]
        public var visited: [String]
        public var usedChoices: [String]
    }

    public struct JournalRecord: Codable, Hashable, Sendable {
        /// 1-based player number, or nil for everyone.
        public var player: Int?
        public var time: String
        /// The text in each language, with its values as they were when the line was written and
        /// `{date}` where the date goes.
        public var text: [String: String]
    }

    public var format: Int
    public var program: String
    public var scenario: ScenarioReference
    public var branches: [String]
    public var seed: UInt64
    public var draws: UInt64
    public var clock: String
    public var world: [String: Int]
    public var events: [String: String]
    public var players: [PlayerRecord]
    public var log: [String]
    public var journal: [JournalRecord]

    /// The document for a game.
    public init(game: Game, program: String) {
        let scenario = game.scenario
        format = Self.currentFormat
        self.program = program
        self.scenario = ScenarioReference(id: scenario.id, hash: scenario.contentHash)
        branches = scenario.branches
        seed = game.state.random.seed
        draws = game.state.random.draws
        clock = DateFormatting.iso(game.state.world.clock)
        world = Dictionary(uniqueKeysWithValues: zip(scenario.worldVariables.map(\.id), game.state.world.values))
        events = Dictionary(uniqueKeysWithValues: zip(scenario.events.map(\.id), game.state.world.events.map { "\($0)" }))
        players = game.state.players.map { player in
            let at: String, finished: Bool
            switch player.position {
            case .scene(let scene): at = scenario.scenes[scene].id; finished = false
            case .ending(let ending): at = scenario.endings[ending].id; finished = true
            }
            return PlayerRecord(
                role: scenario.roles[player.role].id, at: at, finished: finished, time: DateFormatting.iso(player.time),
                variables: Dictionary(uniqueKeysWithValues: zip(scenario.playerVariables.map(\.id), player.values)),
                visited: player.visited.members.map { scenario.scenes[$0].id },
                usedChoices: player.usedChoices.members.map { choice in
                    "\(scenario.scenes[scenario.choices[choice].scene].id).\(scenario.choices[choice].id)"
                })
        }
        log = game.log.map(\.description)
        journal = game.journal.map { entry in
            JournalRecord(player: entry.player.map { $0 + 1 }, time: DateFormatting.iso(entry.moment),
                          text: Dictionary(uniqueKeysWithValues: entry.text.entries.map { ($0.language, TextRendering.storageText($0.template)) }))
        }
    }

    /// The JSON bytes: pretty-printed with sorted keys, ending in a newline.
    public func encoded() -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        // Encoding plain values and dictionaries of them cannot fail.
        var data = (try? encoder.encode(self)) ?? Data()
        data.append(0x0A)
        return data
    }

    /// Reads a save; a document that is not a save of a format this version knows is a clear error.
    public static func decode(_ data: Data) -> Result<SaveDocument, SaveError> {
        struct Probe: Decodable { var format: Int? }
        guard let probe = try? JSONDecoder().decode(Probe.self, from: data) else {
            return .failure(.unreadable("it is not a Petrograd save (not JSON, or damaged)"))
        }
        guard let format = probe.format else { return .failure(.unreadable("it has no 'format' field, so it is not a Petrograd save")) }
        guard format == currentFormat else {
            return .failure(.incompatible("it is save format \(format), but this version of Petrograd reads format \(currentFormat)"))
        }
        do {
            return .success(try JSONDecoder().decode(SaveDocument.self, from: data))
        } catch {
            return .failure(.unreadable("it is damaged: \(Self.describe(error))"))
        }
    }

    private static func describe(_ error: any Error) -> String {
        guard let error = error as? DecodingError else { return "\(error)" }
        switch error {
        case .keyNotFound(let key, _): return "the field '\(key.stringValue)' is missing"
        case .typeMismatch(_, let context), .valueNotFound(_, let context), .dataCorrupted(let context):
            let path = context.codingPath.map(\.stringValue).joined(separator: ".")
            return path.isEmpty ? context.debugDescription : "the field '\(path)' is wrong"
        @unknown default: return "\(error)"
        }
    }

    /// Rebuilds the game in the given scenario. `notices` says what changed since the save was made.
    public func restore(in scenario: Scenario) -> Result<(game: Game, notices: [String]), SaveError> {
        guard scenario.id == self.scenario.id else {
            return .failure(.incompatible("it is a save of scenario '\(self.scenario.id)', not '\(scenario.id)'"))
        }
        let missing = branches.filter { !scenario.branches.contains($0) }
        guard missing.isEmpty else {
            return .failure(.incompatible("it was played with the branch\(missing.count == 1 ? "" : "es") \(missing.joined(separator: ", ")); play with --with \(missing.joined(separator: " --with ")) to continue it"))
        }
        var notices: [String] = []
        if scenario.contentHash != self.scenario.hash {
            notices.append("the scenario has changed since this game was saved; your progress is kept where it still fits")
        }
        func values(_ stored: [String: Int], _ variables: [Variable], _ what: String) -> [Int] {
            for name in stored.keys.sorted() where !variables.contains(where: { $0.id == name }) {
                notices.append("\(what) variable '\(name)' no longer exists, so its value (\(stored[name]!)) is dropped")
            }
            return variables.map { variable in
                guard let value = stored[variable.id] else {
                    notices.append("\(what) variable '\(variable.id)' is new, so it starts at \(variable.initial)")
                    return variable.initial
                }
                return variable.clamped(value)
            }
        }
        guard let clock = DateFormatting.parseISO(self.clock) else { return .failure(.unreadable("its clock '\(self.clock)' is not a date")) }
        let worldValues = values(world, scenario.worldVariables, "world")
        let eventStatuses = scenario.events.map { event -> EventStatus in
            switch events[event.id] {
            case "fired": .fired
            case "otherwise": .otherwise
            case "lapsed": .lapsed
            default: .pending
            }
        }
        var playerStates: [PlayerState] = []
        var roles: [Int] = []
        for (number, record) in players.enumerated() {
            guard let role = scenario.roleIndex(record.role) else {
                return .failure(.incompatible("player \(number + 1) plays role '\(record.role)', which the scenario no longer has"))
            }
            let position: Position
            if record.finished, let ending = scenario.endingIndex(record.at) {
                position = .ending(ending)
            } else if !record.finished, let scene = scenario.sceneIndex(record.at) {
                position = .scene(scene)
            } else {
                return .failure(.incompatible("player \(number + 1) stands in '\(record.at)', which the scenario no longer has; start a new game, or put the \(record.finished ? "ending" : "scene") back"))
            }
            guard let time = DateFormatting.parseISO(record.time) else { return .failure(.unreadable("the time '\(record.time)' is not a date")) }
            var visited = BitSet(capacity: scenario.scenes.count)
            for id in record.visited { if let scene = scenario.sceneIndex(id) { visited.insert(scene) } }
            var used = BitSet(capacity: 0)
            for key in record.usedChoices {
                let parts = key.split(separator: ".", maxSplits: 1).map(String.init)
                if parts.count == 2, let scene = scenario.sceneIndex(parts[0]), let choice = scenario.choiceIndex(parts[1], inScene: scene) {
                    used.insert(choice)
                }
            }
            roles.append(role)
            playerStates.append(PlayerState(role: role, position: position, time: time,
                                            values: values(record.variables, scenario.playerVariables, "player"),
                                            visited: visited, usedChoices: used))
        }
        var log: [Action] = []
        for line in self.log {
            guard let action = Action(logLine: line) else { return .failure(.unreadable("its action log has a line that is not an action: '\(line)'")) }
            log.append(action)
        }
        let journal = self.journal.compactMap { record -> Game.JournalEntry? in
            guard let moment = DateFormatting.parseISO(record.time) else { return nil }
            let entries = record.text.keys.sorted().map { language in
                LocalizedText.Entry(language: language, template: TextRendering.template(storageText: record.text[language]!),
                                    location: SourceLocation(file: "(save)", line: 1, column: 1))
            }
            return Game.JournalEntry(player: record.player.map { $0 - 1 }, moment: moment,
                                     text: LocalizedText(entries: entries, location: SourceLocation(file: "(save)", line: 1, column: 1)))
        }
        let state = GameState(world: WorldState(values: worldValues, clock: clock, events: eventStatuses),
                              players: playerStates, random: RandomSource(seed: seed, draws: draws))
        return .success((Game.restored(scenario, state: state, log: log, journal: journal, seed: seed, roles: roles), notices))
    }
}

/// Why a save could not be used. The file is never changed by a failed load.
public enum SaveError: Error, Hashable, Sendable, CustomStringConvertible {
    case unreadable(String)
    case incompatible(String)

    public var description: String {
        switch self {
        case .unreadable(let why), .incompatible(let why): why
        }
    }
}
