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
        /// The player's name at a table of several (`--players`, a classroom); absent when none was given.
        public var name: String? = nil
        /// True when the player has left the table; absent otherwise.
        public var absent: Bool? = nil
    }

    public struct JournalRecord: Codable, Hashable, Sendable {
        /// 1-based player number, or nil for everyone.
        public var player: Int?
        public var time: String
        /// The text in each language, with its values as they were when the line was written and
        /// `{date}` where the date goes.
        public var text: [String: String]
        /// When the players learned of it, if later than `time` (a world event's line); absent in saves
        /// made before it was kept.
        public var heard: String?
    }

    /// What became of a world event (`Game.worldEvents`).
    public struct WorldEventEntry: Codable, Hashable, Sendable {
        public var event: String
        /// fired, otherwise, replaced or lapsed.
        public var outcome: String
        /// For `replaced`: the branch whose outcome happened, and which of the event's replacements it was
        /// (counting from 0).
        public var branch: String?
        public var replacement: Int?
        public var happened: String
        public var heard: String
        /// The world's values when it was decided.
        public var world: [String: Int]
    }

    public var format: Int
    public var program: String
    public var scenario: ScenarioReference
    public var branches: [String]
    /// The folder each branch was loaded from (absolute), by id, so that the game can be continued from
    /// any folder; nil in older saves.
    @LenientSaveField public var branchFolders: [String: String]? = nil
    public var seed: UInt64
    public var draws: UInt64
    public var clock: String
    public var world: [String: Int]
    public var events: [String: String]
    public var players: [PlayerRecord]
    public var log: [String]
    public var journal: [JournalRecord]
    /// What became of the world events so far; absent in saves made before it was kept (such a save gets
    /// it by replaying its log, when the log still leads to the saved state).
    public var worldEvents: [WorldEventEntry]?
    /// The player's name (`--name`), so a teacher knows whose game it is; absent in older saves and in
    /// games played without one.
    public var name: String?
    /// What the game took from a finished game of the act its scenario follows; absent for a game
    /// started fresh (and in older saves).
    public var carried: CarriedStart?
    /// The entry point the game started at (`play --at ENTRY`); absent for a game from the roles' starts.
    public var entry: String?
    /// The names the players had when the game started, when a seat has since passed to someone else (a
    /// rewind replays the game from them); absent otherwise.
    public var startNames: [String]?

    /// The document for a game.
    public init(game: Game, program: String) {
        let scenario = game.scenario
        format = Self.currentFormat
        self.program = program
        self.scenario = ScenarioReference(id: scenario.id, hash: scenario.contentHash)
        branches = scenario.branches
        entry = game.setup.entry.map { scenario.entries[$0].id }
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
                }, absent: player.isAbsent ? true : nil)
        }
        for (index, name) in game.names.enumerated() where players.indices.contains(index) { players[index].name = name }
        if game.startNames != Array(game.names.prefix(game.startNames.count)) { startNames = game.startNames.map { $0 ?? "" } }
        log = game.log.map(\.description)
        carried = game.setup.carried
        journal = game.journal.map { entry in
            JournalRecord(player: entry.player.map { $0 + 1 }, time: DateFormatting.iso(entry.moment),
                          text: Dictionary(uniqueKeysWithValues: entry.text.entries.map { ($0.language, TextRendering.storageText($0.template)) }),
                          heard: entry.heard.map(DateFormatting.iso))
        }
        worldEvents = game.worldEvents.map { record in
            let event = scenario.events[record.event]
            var entry = WorldEventEntry(event: event.id, outcome: "fired", happened: DateFormatting.iso(record.happened),
                                        heard: DateFormatting.iso(record.heard),
                                        world: Dictionary(uniqueKeysWithValues: zip(scenario.worldVariables.map(\.id), record.world)))
            switch record.outcome {
            case .fired: break
            case .otherwise: entry.outcome = "otherwise"
            case .lapsed: entry.outcome = "lapsed"
            case .replaced(let number):
                entry.outcome = "replaced"
                entry.branch = event.replacements[number].branch
                entry.replacement = number
            }
            return entry
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

    /// Reads just the `format` field: whether the bytes are a Petrograd save of some format.
    public static func probe(_ data: Data) -> Result<Int, SaveError> {
        struct Probe: Decodable { var format: Int? }
        guard let probe = try? JSONDecoder().decode(Probe.self, from: data) else {
            return .failure(.unreadable("it is not a Petrograd save (not JSON, or damaged)"))
        }
        guard let format = probe.format else { return .failure(.unreadable("it has no 'format' field, so it is not a Petrograd save")) }
        return .success(format)
    }

    /// Reads a save; a document that is not a save of a format this version knows is a clear error.
    public static func decode(_ data: Data) -> Result<SaveDocument, SaveError> {
        let format: Int
        switch probe(data) {
        case .failure(let error): return .failure(error)
        case .success(let found): format = found
        }
        guard format == currentFormat else {
            return .failure(.incompatible("it is save format \(format), but this version of Petrograd reads format \(currentFormat)"))
        }
        do {
            return .success(try JSONDecoder().decode(SaveDocument.self, from: data))
        } catch {
            return .failure(.unreadable("it is damaged: \(Self.describe(error, in: data))"))
        }
    }

    private static func describe(_ error: any Error, in data: Data) -> String {
        guard let error = error as? DecodingError else { return "\(error)" }
        switch error {
        case .keyNotFound(let key, let context):
            let path = (context.codingPath + [key]).map(\.stringValue).joined(separator: ".")
            return "the field '\(path)' is missing"
        case .typeMismatch(_, let context), .valueNotFound(_, let context), .dataCorrupted(let context):
            let path = context.codingPath.map(\.stringValue).joined(separator: ".")
            if !path.isEmpty { return "the field '\(path)' is wrong" }
            // Some decoders report a number that does not fit its field without saying which field.
            if let field = fieldWithUnfittingNumber(in: data) { return "the number in the field '\(field)' does not fit" }
            return context.debugDescription
        @unknown default: return "\(error)"
        }
    }

    /// The first top-level field whose number is not a whole number the save can hold.
    private static func fieldWithUnfittingNumber(in data: Data) -> String? {
        guard let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any] else { return nil }
        func fits(_ value: Any, unsigned: Bool) -> Bool {
            guard let number = value as? NSNumber else { return true }
            let text = number.stringValue
            return unsigned ? UInt64(text) != nil : Int(text) != nil
        }
        for key in object.keys.sorted() {
            let value = object[key]!
            switch key {
            case "seed", "draws", "format":
                if !fits(value, unsigned: key != "format") { return key }
            case "world":
                for (name, number) in (value as? [String: Any] ?? [:]) where !fits(number, unsigned: false) { return "world.\(name)" }
            case "players":
                for (index, player) in (value as? [[String: Any]] ?? []).enumerated() {
                    for (name, number) in (player["variables"] as? [String: Any] ?? [:]) where !fits(number, unsigned: false) {
                        return "players.\(index).variables.\(name)"
                    }
                }
            case "journal":
                for (index, line) in (value as? [[String: Any]] ?? []).enumerated() {
                    if let number = line["player"], !fits(number, unsigned: false) { return "journal.\(index).player" }
                }
            default: break
            }
        }
        return nil
    }

    /// The most players a save may hold: far more than any class, few enough to check quickly.
    static let mostPlayers = 1_000

    /// Rebuilds the game in the given scenario. `notices` says what changed since the save was made.
    ///
    /// Every field is checked against the scenario before anything is rebuilt, so a damaged or
    /// hand-edited save is refused with a message that names the field, and never reaches the game.
    public func restore(in scenario: Scenario) -> Result<(game: Game, notices: [String]), SaveError> {
        guard scenario.id == self.scenario.id else {
            return .failure(.incompatible("it is a save of scenario '\(ControlCharacters.quoted(self.scenario.id))', not '\(scenario.id)'"))
        }
        let missingBranches = branches.filter { !scenario.branches.contains($0) }
        let missing = missingBranches.map(ControlCharacters.quoted)
        guard missing.isEmpty else {
            // A branch's folder, when the save remembers it, is what --with needs wherever the player is.
            let folders = missingBranches.compactMap { branchFolders?[$0] }.map(ControlCharacters.quoted)
            let plural = missing.count == 1 ? "" : "es"
            guard folders.count == missing.count else {
                return .failure(.incompatible("it was played with the branch\(plural) \(missing.joined(separator: ", ")); play with --with \(missing.joined(separator: " --with ")) to continue it"))
            }
            return .failure(.incompatible("it was played with the branch\(plural) \(missing.joined(separator: ", ")) from \(folders.joined(separator: ", ")); to continue it, play with --with and the branch's folder (--with \(folders.joined(separator: " --with ")), unless it has moved)"))
        }
        var setup = Simulation.Setup()
        if let entry {
            guard let index = scenario.entryIndex(entry) else {
                return .failure(.incompatible("it started at the entry '\(ControlCharacters.quoted(entry))', which the scenario no longer has"))
            }
            setup.entry = index
        }
        setup.carried = carried
        guard !players.isEmpty else { return .failure(.unreadable("it has no players")) }
        guard players.count <= Self.mostPlayers else { return .failure(.unreadable("it has \(players.count) players, more than a game can have")) }
        var notices: [String] = []
        if scenario.contentHash != self.scenario.hash {
            notices.append("the scenario has changed since this game was saved; your progress is kept where it still fits")
        }
        func values(_ stored: [String: Int], _ variables: [Variable], _ what: String) -> [Int] {
            for name in stored.keys.sorted() where !variables.contains(where: { $0.id == name }) {
                notices.append("\(what) variable '\(ControlCharacters.quoted(name))' no longer exists, so its value (\(stored[name]!)) is dropped")
            }
            return variables.map { variable in
                guard let value = stored[variable.id] else {
                    notices.append("\(what) variable '\(variable.id)' is new, so it starts at \(variable.initial)")
                    return variable.initial
                }
                let limited = variable.clamped(value)
                if limited != value {
                    notices.append("\(what) variable '\(variable.id)' was \(value), outside its range \(variable.minimum) to \(variable.maximum), so it is now \(limited)")
                }
                return limited
            }
        }
        guard let clock = DateFormatting.parseISO(self.clock) else {
            return .failure(.unreadable("the field 'clock' ('\(ControlCharacters.quoted(self.clock))') is not a date and time this version can use"))
        }
        let worldValues = values(world, scenario.worldVariables, "world")
        for id in events.keys.sorted() where !scenario.events.contains(where: { $0.id == id }) {
            notices.append("the event '\(ControlCharacters.quoted(id))' no longer exists, so what happened to it is dropped")
        }
        var eventStatuses: [EventStatus] = []
        for event in scenario.events {
            switch events[event.id] {
            case "fired": eventStatuses.append(.fired)
            case "otherwise": eventStatuses.append(.otherwise)
            case "lapsed": eventStatuses.append(.lapsed)
            case "pending", nil: eventStatuses.append(.pending)
            case let other?:
                return .failure(.unreadable("the event '\(event.id)' has the status '\(ControlCharacters.quoted(other))'; a save says fired, otherwise, lapsed or pending"))
            }
        }
        var playerStates: [PlayerState] = []
        var roles: [Int] = []
        for (number, record) in zip(1..., players) {
            guard let role = scenario.roleIndex(record.role) else {
                return .failure(.incompatible("player \(number) plays role '\(ControlCharacters.quoted(record.role))', which the scenario no longer has"))
            }
            let position: Position
            switch (scenario.sceneIndex(record.at), scenario.endingIndex(record.at), record.finished) {
            case (let scene?, _, false):
                let roles = scenario.scenes[scene].roles
                guard roles.isEmpty || roles.contains(role) else {
                    return .failure(.incompatible("player \(number) (\(record.role)) stands in the scene '\(record.at)', which is not for that role"))
                }
                position = .scene(scene)
            case (_, let ending?, true):
                position = .ending(ending)
            case (_?, nil, true):
                return .failure(.unreadable("player \(number) stands in the scene '\(record.at)', but the save says the game is finished; the save contradicts itself"))
            case (nil, _?, false):
                return .failure(.unreadable("player \(number) stands at the ending '\(record.at)', but the save says the game is not finished; the save contradicts itself"))
            default:
                return .failure(.incompatible("player \(number) stands in '\(ControlCharacters.quoted(record.at))', which the scenario no longer has; start a new game, or put the \(record.finished ? "ending" : "scene") back"))
            }
            guard let time = DateFormatting.parseISO(record.time) else {
                return .failure(.unreadable("the field 'players.\(number - 1).time' ('\(ControlCharacters.quoted(record.time))') is not a date and time this version can use"))
            }
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
                                            visited: visited, usedChoices: used, isAbsent: record.absent == true))
        }
        var log: [Action] = []
        for (index, line) in self.log.enumerated() {
            guard let action = Action(logLine: line) else {
                return .failure(.unreadable("line \(index + 1) of its action log is not an action: '\(ControlCharacters.quoted(line))'"))
            }
            if let player = action.player, player > players.count {
                return .failure(.unreadable("line \(index + 1) of its action log names player \(player), but the save has \(players.count)"))
            }
            log.append(action)
        }
        // Players who joined during the game are the last ones; the game started with the others.
        let joined = log.filter { if case .join = $0 { true } else { false } }.count
        guard joined <= players.count else {
            return .failure(.unreadable("its action log has \(joined) players joining, but the save has \(players.count) player\(players.count == 1 ? "" : "s")"))
        }
        let currentNames = players.map(\.name)
        let startNames: [String?] = self.startNames.map { $0.map { $0.isEmpty ? nil : $0 } } ?? Array(currentNames.prefix(players.count - joined))
        roles.removeLast(joined)
        var journal: [Game.JournalEntry] = []
        for (index, record) in self.journal.enumerated() {
            guard let moment = DateFormatting.parseISO(record.time) else {
                return .failure(.unreadable("the field 'journal.\(index).time' ('\(ControlCharacters.quoted(record.time))') is not a date and time this version can use"))
            }
            var player: Int?
            if let number = record.player {
                guard (1...players.count).contains(number) else {
                    return .failure(.unreadable("the field 'journal.\(index).player' is \(number), but the save has \(players.count) player\(players.count == 1 ? "" : "s")"))
                }
                player = number - 1
            }
            let location = SourceLocation(file: "(save)", line: 1, column: 1)
            // Only the scenario's languages can be shown; others are not kept (nor added to `LanguageCodes`).
            let entries = record.text.keys.filter(scenario.languages.contains).sorted().map { language in
                LocalizedText.Entry(language: language, template: TextRendering.template(storageText: record.text[language]!), location: location)
            }
            var heard: Moment?
            if let text = record.heard {
                guard let moment = DateFormatting.parseISO(text) else {
                    return .failure(.unreadable("the field 'journal.\(index).heard' ('\(ControlCharacters.quoted(text))') is not a date and time this version can use"))
                }
                heard = moment
            }
            journal.append(Game.JournalEntry(player: player, moment: moment, text: LocalizedText(entries: entries, location: location), heard: heard))
        }
        let state = GameState(world: WorldState(values: worldValues, clock: clock, events: eventStatuses),
                              players: playerStates, random: RandomSource(seed: seed, draws: draws))
        guard let worldEvents else {
            // A save made before these were kept: its log, replayed, says what became of the events (and
            // dates the journal truly), if it still leads to the saved state in the same scenario.
            var game = Game.restored(scenario, state: state, log: log, journal: journal, seed: seed, roles: roles, setup: setup,
                                     startNames: startNames, names: currentNames)
            if scenario.contentHash == self.scenario.hash,
               case .success(let replayed) = Game.replay(scenario, roles: roles, seed: seed, log: log, setup: setup, names: startNames),
               replayed.state == state {
                game = Game.restored(scenario, state: state, log: log, journal: replayed.journal, seed: seed, roles: roles,
                                     worldEvents: replayed.worldEvents, setup: setup, startNames: startNames, names: currentNames)
            }
            return .success((game, notices))
        }
        var records: [WorldEventRecord] = []
        for (index, entry) in worldEvents.enumerated() {
            // An event the scenario no longer has is dropped, as its status is.
            guard let event = scenario.events.firstIndex(where: { $0.id == entry.event }) else { continue }
            guard let happened = DateFormatting.parseISO(entry.happened), let heard = DateFormatting.parseISO(entry.heard) else {
                return .failure(.unreadable("the field 'worldEvents.\(index)' has a time that is not a date and time this version can use"))
            }
            let outcome: WorldEventRecord.Outcome
            switch entry.outcome {
            case "fired": outcome = .fired
            case "otherwise": outcome = .otherwise
            case "lapsed": outcome = .lapsed
            case "replaced":
                let replacements = scenario.events[event].replacements
                if let number = entry.replacement, replacements.indices.contains(number), replacements[number].branch == entry.branch {
                    outcome = .replaced(number)
                } else if let number = replacements.firstIndex(where: { $0.branch == entry.branch }) {
                    outcome = .replaced(number)
                } else {
                    continue
                }
            default:
                return .failure(.unreadable("the field 'worldEvents.\(index).outcome' is '\(ControlCharacters.quoted(entry.outcome))'; a save says fired, otherwise, replaced or lapsed"))
            }
            let values = scenario.worldVariables.map { entry.world[$0.id].map($0.clamped) ?? $0.initial }
            records.append(WorldEventRecord(event: event, outcome: outcome, happened: happened, heard: heard, world: values))
        }
        return .success((Game.restored(scenario, state: state, log: log, journal: journal, seed: seed, roles: roles, worldEvents: records,
                                       setup: setup, startNames: startNames, names: currentNames), notices))
    }
}

/// Why a save could not be used. The file is never changed by a failed load.
public enum SaveError: Error, Hashable, Sendable, CustomStringConvertible {
    /// There is no save there.
    case missing(String)
    /// The file is damaged, is not a save, or contradicts itself.
    case unreadable(String)
    /// A good save that this version or this scenario cannot continue.
    case incompatible(String)
    /// The name given cannot be a save's name.
    case unusableName(String)
    /// The save could not be written; whatever was there is unchanged.
    case unwritable(String)

    public var description: String {
        switch self {
        case .missing(let why), .unreadable(let why), .incompatible(let why), .unusableName(let why), .unwritable(let why): why
        }
    }
}
