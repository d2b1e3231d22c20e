import PetrogradConsole
import PetrogradCore

/// `explore LATER-ACT --from FINISHED-GAME`: exploring from the start a finished game carries on into.
extension ExploreCommand {
    /// The carried start `--from` names and the role of its seat (the one `--role` names, for a game of
    /// several players), or why there is none. A name is looked for among every player's saves and
    /// finished games of the earlier act.
    static func carriedStart(_ reference: String, into scenario: Scenario, role: String?) -> Result<(start: CarriedStart, role: Int), CarryRefusal> {
        let english = Vocabulary(language: "en", for: scenario)
        guard let follows = scenario.follows else {
            return .failure(CarryRefusal(english.carryRefusal(.followsNothing(scenario: scenario.id), file: reference)))
        }
        let actFolder = (try? SaveStore.standard(scenario: follows.id).get())?.directory ?? ""
        let players = PlayerSaves(folder: actFolder).playerNames()
        guard let path = FinishedGameFile.locate(reference, actFolder: actFolder, players: players.isEmpty ? [.standard] : players) else {
            return .failure(CarryRefusal(english.finishedGameMissing(reference, act: follows.id)))
        }
        let finished: FinishedAct
        switch FinishedGameFile.read(path).mapError({ CarryRefusal(english.finishedGameUnreadable(path, why: $0.description)) })
            .flatMap({ FinishedAct.reading($0).mapError { CarryRefusal(english.carryRefusal($0, file: path)) } }) {
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
}
