import PetrogradConsole
import PetrogradCore

/// `play --players "Asha:worker,Ravi:soldier,Meena:duma"`: a table around one screen. Each entry is a
/// role, by id or by its name in any of the scenario's languages (as `--role` and the role menu take
/// it), with a name before a ':' if the player gives one. A role may come more than once.
extension PlayCommand {
    /// One seat of the list: its role (an index into the scenario's roles) and the player's name, if given.
    struct TableSeat: Equatable {
        var role: Int
        var name: String?
    }

    /// What is wrong with a `--players` list, in a compiler's one-line form.
    struct TableListProblem: Error, Equatable {
        var message: String
    }

    /// The most seats a table around one screen takes.
    static let tableLimit = 60

    /// The seats of a `--players` list, or a message that says what is wrong with it and what to write.
    static func tableSeats(_ list: String, in scenario: Scenario) -> Result<[TableSeat], TableListProblem> {
        let example = "write --players \"Asha:worker,Ravi:soldier\" (names are optional: --players \"worker,soldier\")"
        let roles = scenario.roles.map(\.id).joined(separator: ", ")
        let entries = list.split(separator: ",", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
        guard entries.contains(where: { !$0.isEmpty }) else { return .failure(TableListProblem(message: "error: --players is empty; \(example)")) }
        guard entries.count <= tableLimit else {
            return .failure(TableListProblem(message: "error: --players lists \(entries.count) players; one screen takes at most \(tableLimit)"))
        }
        var seats: [TableSeat] = []
        for (number, entry) in entries.enumerated() {
            let at = "--players, player \(number + 1)"
            guard !entry.isEmpty else { return .failure(TableListProblem(message: "error: \(at) is empty (two commas in a row, or one at an end); \(example)")) }
            let parts = entry.split(separator: ":", maxSplits: 1, omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
            let roleText = parts.count == 2 ? parts[1] : parts[0]
            var name: String?
            if parts.count == 2 {
                switch PlayerName.validated(parts[0]) {
                case .failure(.empty): return .failure(TableListProblem(message: "error: \(at) has no name before ':'; write NAME:ROLE, or the role alone"))
                case .failure(let problem): return .failure(TableListProblem(message: "error: \(at): \(Vocabulary(language: "en", for: scenario).nameProblem(problem))"))
                case .success(let valid): name = valid.text
                }
                if let name, seats.contains(where: { $0.name == name }) {
                    return .failure(TableListProblem(message: "error: \(at): the name '\(name)' is already at the table; give each player their own name"))
                }
            }
            guard !roleText.isEmpty else { return .failure(TableListProblem(message: "error: \(at) has no role after ':'; roles: \(roles)")) }
            guard let role = scenario.roleIndex(roleText) ?? RoleMenu.role(named: roleText, in: scenario) else {
                let suggestion = Spelling.closest(to: roleText, among: scenario.roles.map(\.id))
                return .failure(TableListProblem(message: "error: \(at): there is no role '\(roleText)'" + (suggestion.map { "; did you mean '\($0)'?" } ?? "") + "; roles: \(roles)"))
            }
            seats.append(TableSeat(role: role, name: name))
        }
        return .success(seats)
    }

    /// The folder a table's saves are kept in: the players' names joined ("Asha-Ravi-Meena") when every
    /// seat has one and together they make a name that can be used, else "table".
    static func tableFolderName(_ seats: [TableSeat]) -> PlayerName {
        let names = seats.compactMap(\.name)
        if names.count == seats.count, case .success(let joined) = PlayerName.validated(names.joined(separator: "-")) { return joined }
        return (try? PlayerName.validated("table").get()) ?? .standard
    }

    /// The transcript's header for a table: every seat's name and role.
    static func tableHeader(_ game: Game, name: PlayerName, language: String, program: String) -> TranscriptHeader {
        var header = TranscriptHeader(game: game, name: name, language: language, program: program)
        let scenario = game.scenario
        header.role = game.state.players.map { scenario.roles[$0.role].id }.joined(separator: "-")
        header.roleName = game.state.players.indices.map { seat in
            let role = TextRendering.text(scenario.roles[game.state.players[seat].role].name, language: language, fallback: scenario.languages.first).text
            return (game.names[seat].map { $0 + ": " } ?? "") + role
        }.joined(separator: ", ")
        return header
    }
}
