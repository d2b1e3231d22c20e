import PetrogradCore

/// The client's side of a welcome: the files to compile, and the room's game replayed from its log.
extension ServerFrame.Welcome {
    /// The scenario's own files, ready for `Compiler.compile`.
    public var sourceFiles: [SourceFile] { files.map(\.sourceFile) }

    /// Each branch's files.
    public var branchFiles: [[SourceFile]] { branches.map { $0.map(\.sourceFile) } }

    /// The room's game as its log makes it, on `scenario` compiled from the welcome's files. Fails when the
    /// scenario is not the one the room plays (its hash differs) or the log does not replay.
    public func game(on scenario: Scenario) -> Result<Game, Classroom.ReopenError> {
        guard scenario.contentHash == scenarioHash, scenario.id == scenarioID else {
            return .failure(Classroom.ReopenError(description: "the welcome is for another scenario: this is '\(scenario.id)' \(scenario.contentHash), but the room plays '\(scenarioID)' \(scenarioHash)"))
        }
        var setup = Simulation.Setup()
        if let entry {
            guard let index = scenario.entryIndex(entry) else {
                return .failure(Classroom.ReopenError(description: "the scenario has no entry '\(entry)'"))
            }
            setup.entry = index
        }
        var roleIndices: [Int] = []
        for role in roles {
            guard let index = scenario.roleIndex(role) else { return .failure(Classroom.ReopenError(description: "the scenario has no role '\(role)'")) }
            roleIndices.append(index)
        }
        var actions: [Action] = []
        for (number, line) in log.enumerated() {
            guard let action = Action(logLine: line) else {
                return .failure(Classroom.ReopenError(description: "line \(number + 1) of the log cannot be read: '\(line)'"))
            }
            actions.append(action)
        }
        return Game.replay(scenario, roles: roleIndices, seed: seed, log: actions, setup: setup).mapError { Classroom.ReopenError(description: $0.description) }
    }
}
