import PetrogradConsole
import PetrogradCore

/// `explore LATER-ACT --from FINISHED-GAME`: exploring from the start a finished game carries on into.
extension ExploreCommand {
    /// The carried start `--from` names and the role of its seat (the one `--role` names, for a game of
    /// several players), or why there is none. A name is looked for among every player's saves and
    /// finished games of the earlier act.
    static func carriedStart(_ reference: String, into scenario: Scenario, role: String?, library: ScenarioLibrary) -> Result<(start: CarriedStart, role: Int), CarryRefusal> {
        let english = Vocabulary(language: "en", for: scenario)
        guard let follows = scenario.follows else {
            return .failure(CarryRefusal(english.carryRefusal(.followsNothing(scenario: scenario.id), file: reference)))
        }
        let path: String
        let document: Result<SaveDocument, CarryRefusal>
        if reference.hasSuffix(".playtest") {
            path = reference
            document = finishedGame(playing: reference, act: follows.id, library: library).map { SaveDocument(game: $0, program: PetrogradCommand.version) }
        } else {
            let actFolder = (try? SaveStore.standard(scenario: follows.id).get())?.directory ?? ""
            let players = PlayerSaves(folder: actFolder).playerNames()
            guard let found = FinishedGameFile.locate(reference, actFolder: actFolder, players: players.isEmpty ? [.standard] : players) else {
                return .failure(CarryRefusal(english.finishedGameMissing(reference, act: follows.id)))
            }
            path = found
            document = FinishedGameFile.read(found).mapError { CarryRefusal(english.finishedGameUnreadable(found, why: $0.description)) }
        }
        let finished: FinishedAct
        switch document.flatMap({ FinishedAct.reading($0).mapError { CarryRefusal(english.carryRefusal($0, file: path)) } }) {
        case .failure(let refusal): return .failure(refusal)
        case .success(let read): finished = read
        }
        let seats = finished.seats.filter { role == nil || $0.role == role }
        guard !seats.isEmpty else { return .failure(CarryRefusal(english.roleNotInFinishedGame(role ?? "", path: path, roles: finished.seats.map(\.role)))) }
        guard seats.count == 1 else { return .failure(CarryRefusal(english.severalSeatsToCarry(path, roles: seats.map(\.role)))) }
        var one = finished
        one.seats = seats
        switch CarriedStart.make(for: scenario, from: one) {
        case .failure(let error): return .failure(CarryRefusal(english.carryRefusal(error, file: path)))
        case .success(let start): return .success((start, scenario.roleIndex(seats[0].role)!))
        }
    }

    /// The game a golden playthrough of the earlier act plays (`--from FILE.playtest`), played through
    /// with every player: so an author explores the later act from each ending without playing it.
    static func finishedGame(playing file: String, act: String, library: ScenarioLibrary) -> Result<Game, CarryRefusal> {
        guard case .success(let bytes) = RegularFile.contents(of: file, limit: 64 << 20), let text = String(validating: bytes, as: UTF8.self) else {
            return .failure(CarryRefusal("\(file) cannot be read as UTF-8 text"))
        }
        let (playtest, problems) = Playtest.parse(text)
        if let problem = problems.first { return .failure(CarryRefusal("\(file):\(problem.line):\(problem.column): \(problem.message)")) }
        guard case .success(let loaded) = ScenarioLoader(library: library).load(act), let earlier = loaded.compilation.scenario else {
            return .failure(CarryRefusal("the earlier act '\(act)' cannot be loaded; check it with 'petrograd check \(act)'"))
        }
        let roles: [Int]
        switch PlaytestRunner.roles(of: playtest, in: earlier) {
        case .failure(let failure): return .failure(CarryRefusal("\(file):\(failure.line):\(failure.column): \(failure.message)"))
        case .success(let found): roles = found
        }
        guard case .success(var (game, _)) = Game.start(earlier, roles: roles, seed: playtest.seed) else {
            return .failure(CarryRefusal("\(file): the game of '\(act)' cannot start"))
        }
        for step in playtest.steps {
            guard case .act(let action) = step.instruction else { continue }
            if case .failure(let refusal) = game.perform(action) {
                return .failure(CarryRefusal("\(file):\(step.line):\(step.column): '\(action)' was refused: \(refusal.description(storyCalendar: earlier.calendar))"))
            }
        }
        return .success(game)
    }
}
