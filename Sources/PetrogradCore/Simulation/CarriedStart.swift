/// A finished game of an earlier act, as a later act needs it: each seat's name, role, ending, values and
/// when it ended, and the world's values. Ids and numbers only, so it can come from any save.
public struct FinishedAct: Hashable, Sendable {
    /// One player of the finished game.
    public struct Seat: Hashable, Sendable {
        public var name: String?
        public var role: String
        public var ending: String
        /// When the seat reached its ending.
        public var ended: Moment
        public var values: [String: Int]

        public init(name: String?, role: String, ending: String, ended: Moment, values: [String: Int]) {
            self.name = name
            self.role = role
            self.ending = ending
            self.ended = ended
            self.values = values
        }
    }

    /// The earlier act's id.
    public var act: String
    public var world: [String: Int]
    public var seats: [Seat]

    public init(act: String, world: [String: Int], seats: [Seat]) {
        self.act = act
        self.world = world
        self.seats = seats
    }

    /// The finished game a save holds; fails when a seat has not reached an ending. The save's name goes
    /// with its only seat (a save names one player).
    public static func reading(_ save: SaveDocument) -> Result<FinishedAct, CarryError> {
        guard !save.players.isEmpty else { return .failure(.unreadable("it has no players")) }
        var seats: [Seat] = []
        for (number, player) in zip(1..., save.players) {
            guard player.finished else { return .failure(.notFinished(seat: number, role: player.role)) }
            guard let ended = DateFormatting.parseISO(player.time) else {
                return .failure(.unreadable("the time of player \(number) ('\(ControlCharacters.quoted(player.time))') is not a date and time this version can use"))
            }
            seats.append(Seat(name: save.players.count == 1 ? save.name : nil, role: player.role, ending: player.at, ended: ended,
                              values: player.variables))
        }
        return .success(FinishedAct(act: save.scenario.id, world: save.world, seats: seats))
    }
}

/// Why a finished game cannot be carried on into a later act. The console words each in the player's
/// language; `description` is the English.
public enum CarryError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The later scenario follows no act.
    case followsNothing(scenario: String)
    /// The game is of another act than the one the later scenario follows.
    case anotherAct(expected: String, found: String)
    /// A seat has not reached an ending (1-based).
    case notFinished(seat: Int, role: String)
    /// A seat plays a role the later act lacks.
    case missingRole(String)
    /// A seat ended in an ending the earlier act no longer has.
    case unknownEnding(String)
    /// The save cannot be read as a finished game.
    case unreadable(String)
    /// The later act cannot start (a problem in the scenario).
    case cannotStart(RuntimeError)

    public var description: String {
        switch self {
        case .followsNothing(let scenario): "'\(scenario)' does not follow an earlier act, so no game carries on into it"
        case .anotherAct(let expected, let found): "it is a game of '\(ControlCharacters.quoted(found))', but this act follows '\(expected)'"
        case .notFinished(let seat, let role): "player \(seat) (\(ControlCharacters.quoted(role))) has not reached an ending yet: finish that game first"
        case .missingRole(let role): "it was played as '\(ControlCharacters.quoted(role))', a role this act does not have"
        case .unknownEnding(let ending): "it ended at '\(ControlCharacters.quoted(ending))', an ending the earlier act no longer has"
        case .unreadable(let why): why
        case .cannotStart(let error): "the game cannot start: \(error)"
        }
    }
}

/// What a game of a later act took from a finished game of the act it `follows`: for the world and each
/// seat, the starting values of the carried variables (by this act's ids), and each seat's first journal
/// line. Kept in the game's setup and in its saves, so that a load, a replay or an undo starts the same.
public struct CarriedStart: Codable, Hashable, Sendable {
    /// One seat carried on.
    public struct Seat: Codable, Hashable, Sendable {
        public var role: String
        public var name: String?
        /// The earlier act's ending it came from.
        public var ending: String
        /// When the earlier game ended for this seat (ISO, as saves write times).
        public var ended: String
        /// The carried player variables' starting values, by id.
        public var values: [String: Int]
        /// The first journal line, by language (as saves store texts).
        public var journal: [String: String]
    }

    /// The earlier act's id.
    public var act: String
    /// The carried world variables' starting values, by id.
    public var world: [String: Int]
    public var seats: [Seat]

    /// The carried start of `scenario` from a finished game of the act it follows: the carried values
    /// brought into their ranges, every other variable at its declared value. Deterministic: the same
    /// finished game gives the same start.
    public static func make(for scenario: Scenario, from finished: FinishedAct) -> Result<CarriedStart, CarryError> {
        guard let follows = scenario.follows else { return .failure(.followsNothing(scenario: scenario.id)) }
        guard finished.act == follows.id else { return .failure(.anotherAct(expected: follows.id, found: finished.act)) }
        guard !finished.seats.isEmpty else { return .failure(.unreadable("it has no players")) }
        for seat in finished.seats {
            guard scenario.roleIndex(seat.role) != nil else { return .failure(.missingRole(seat.role)) }
            guard follows.endings[seat.ending] != nil else { return .failure(.unknownEnding(seat.ending)) }
        }
        let endings = Set(finished.seats.map(\.ending))
        func value(of variable: Variable, values: [String: Int], endedIn seatEndings: Set<String>) -> Int? {
            switch variable.carried {
            case nil: nil
            case .variable(let source)?: values[source].map(variable.clamped)
            case .endings(let listed)?: listed.contains(where: seatEndings.contains) ? 1 : 0
            }
        }
        var world: [String: Int] = [:]
        for variable in scenario.worldVariables {
            if let carried = value(of: variable, values: finished.world, endedIn: endings) { world[variable.id] = carried }
        }
        let seats = finished.seats.map { seat in
            var values: [String: Int] = [:]
            for variable in scenario.playerVariables {
                if let carried = value(of: variable, values: seat.values, endedIn: [seat.ending]) { values[variable.id] = carried }
            }
            return Seat(role: seat.role, name: seat.name, ending: seat.ending, ended: DateFormatting.iso(seat.ended), values: values,
                        journal: journalLine(for: seat.ending, follows: follows, languages: scenario.languages))
        }
        return .success(CarriedStart(act: follows.id, world: world, seats: seats))
    }

    /// The roles of the seats in `scenario`, in seat order; nil when it lacks one.
    public func roles(in scenario: Scenario) -> [Int]? {
        var roles: [Int] = []
        for seat in seats {
            guard let role = scenario.roleIndex(seat.role) else { return nil }
            roles.append(role)
        }
        return roles
    }

    /// "Earlier, in Petrograd, February–March 1917: Michael has declined the crown, …": the earlier act's
    /// title (up to its colon) and the first sentence of the ending, in each of the later act's languages.
    static func journalLine(for ending: String, follows: FollowedAct, languages: [String]) -> [String: String] {
        var lines: [String: String] = [:]
        for language in languages {
            var title = TextRendering.text(follows.title, language: language).text
            if let colon = title.firstIndex(of: ":") { title = String(title[..<colon]) }
            let text = follows.endings[ending].map { TextRendering.text($0, language: language).text } ?? ""
            let line = language == "hi" ? "पहले, \(title) में: \(firstSentence(of: text))" : "Earlier, in \(title): \(firstSentence(of: text))"
            lines[language] = TextRendering.storageText(TextTemplate(literal: line))
        }
        return lines
    }

    /// The text up to the end of its first sentence (a full stop, danda, question or exclamation mark
    /// followed by a space), or the whole text.
    static func firstSentence(of text: String) -> String {
        var end = text.endIndex
        for stop in [". ", "। ", "? ", "! "] {
            if let range = text.range(of: stop), range.lowerBound < end { end = range.lowerBound }
        }
        return end == text.endIndex ? text : String(text[...end])
    }

    /// Puts the carried values into a new game's world and players (seat by seat, in order).
    func apply(to world: inout WorldState, _ players: inout [PlayerState], in scenario: Scenario) {
        for (index, variable) in scenario.worldVariables.enumerated() {
            if let value = self.world[variable.id] { world.values[index] = variable.clamped(value) }
        }
        for (player, seat) in zip(players.indices, seats) {
            for (index, variable) in scenario.playerVariables.enumerated() {
                if let value = seat.values[variable.id] { players[player].values[index] = variable.clamped(value) }
            }
        }
    }

    /// Each seat's first journal line, dated when its earlier game ended.
    func journalEvents(for players: [PlayerState]) -> [GameEvent] {
        zip(players.indices, seats).map { player, seat in
            let location = SourceLocation(file: "(carried from \(act))", line: 1, column: 1)
            let entries = seat.journal.keys.sorted().map { language in
                LocalizedText.Entry(language: language, template: TextRendering.template(storageText: seat.journal[language]!), location: location)
            }
            return .journal(player: player, text: LocalizedText(entries: entries, location: location),
                            at: DateFormatting.parseISO(seat.ended) ?? players[player].time)
        }
    }
}

extension Game {
    /// Starts a later act carried on from a finished game of the act it follows: one player per seat, in
    /// the seats' roles, with the carried values.
    public static func start(_ scenario: Scenario, carrying carried: CarriedStart, seed: UInt64) -> Result<(Game, [GameEvent]), CarryError> {
        guard let roles = carried.roles(in: scenario) else {
            return .failure(.missingRole(carried.seats.first { scenario.roleIndex($0.role) == nil }?.role ?? ""))
        }
        return start(scenario, roles: roles, seed: seed, setup: Simulation.Setup(carried: carried)).mapError(CarryError.cannotStart)
    }
}
