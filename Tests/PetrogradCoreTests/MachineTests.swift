import Foundation
@testable import PetrogradCore
import Testing

/// The machine (`Machine`, flat states, compiled conditions) takes exactly the reference's steps: after
/// every step its state, turned back into a `GameState`, equals `Simulation.advance`'s, and where the
/// reference fails it fails with the same error.
@Suite struct MachineTests {
    static let generatedSizes = [10, 100, 1000]

    static func generated(_ sceneCount: Int) throws -> Scenario {
        try #require(Compiler.compile([SourceFile(path: "generated.story", text: ScenarioGenerator.scenario(sceneCount: sceneCount))]).scenario)
    }

    static func folderFiles(_ folder: URL) throws -> [SourceFile] {
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".story") }.sorted()
        return try names.map { SourceFile(path: folder.appendingPathComponent($0).path, bytes: Array(try Data(contentsOf: folder.appendingPathComponent($0)))) }
    }

    /// The bundled acts (March, October after March) and March with its bundled branch.
    static func bundled() throws -> [(name: String, scenario: Scenario)] {
        let march = try CarriedMarchEndingsTests.march()
        let october = try CarriedOctoberTests.october(after: march)
        let branch = try folderFiles(CarriedMarchEndingsTests.repository.appendingPathComponent("Scenarios/branches/volynsky-obeys"))
        let branched = try #require(Compiler.compile(try folderFiles(CarriedMarchEndingsTests.marchFolder), branches: [branch]).scenario)
        return [("march-1917", march), ("october-1917", october), ("march-1917 with volynsky-obeys", branched)]
    }

    static func small() throws -> Scenario {
        try checkedScenario(String(contentsOf: Fixtures.root.appendingPathComponent("machine/small.story"), encoding: .utf8))
    }

    /// What an availability test gives, error included.
    static func availability(_ body: () throws(RuntimeError) -> Bool) -> Result<Bool, RuntimeError> {
        do throws(RuntimeError) { return .success(try body()) } catch { return .failure(error) }
    }

    /// What a step gives: nil, or its error.
    static func failure(_ body: () throws(RuntimeError) -> Void) -> RuntimeError? {
        do throws(RuntimeError) { try body() } catch { return error }
        return nil
    }

    /// Takes `choice` from `state` on both and checks they agree; returns the error, if any.
    @discardableResult
    static func step(_ state: inout GameState, choice: Int, outcome: Int?, simulation: Simulation, program: MachineProgram, machine: Machine,
                     sourceLocation: Testing.SourceLocation = #_sourceLocation) throws -> RuntimeError? {
        var slots = try #require(program.slots(of: state), sourceLocation: sourceLocation)
        let expected = failure { () throws(RuntimeError) in try simulation.advance(&state, player: 0, choice: choice, outcome: outcome) }
        let actual = failure { () throws(RuntimeError) in try machine.take(choice, outcome: outcome, in: &slots) }
        #expect(actual == expected, "choice \(program.scenario.choices[choice].id)", sourceLocation: sourceLocation)
        #expect(program.gameState(of: slots, role: machine.role) == state, "after \(program.scenario.choices[choice].id)", sourceLocation: sourceLocation)
        if expected == nil {
            // The event cursor the machine keeps is exactly the one derived from the statuses.
            #expect(program.slots(of: state) == slots, sourceLocation: sourceLocation)
        }
        return expected
    }

    /// Plays seeded games of a role on both, picking among the available choices (and now and then forcing
    /// a chance outcome, as exhaustive search does). Returns the errors met.
    static func playBoth(_ scenario: Scenario, role: Int, games: Int, steps: Int, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws -> [RuntimeError] {
        let simulation = Simulation(scenario: scenario)
        let program = MachineProgram(scenario)
        let machine = Machine(program: program, role: role)
        var errors: [RuntimeError] = []
        for game in 0..<games {
            guard case .success(let started) = simulation.start(roles: [role], seed: UInt64(game)) else { continue }
            var state = started.state
            let slots = try #require(program.slots(of: state), sourceLocation: sourceLocation)
            #expect(program.gameState(of: slots, role: role) == state, "the start, there and back", sourceLocation: sourceLocation)
            var picker = RandomSource(seed: UInt64(game) &+ 99)
            for _ in 0..<steps {
                guard case .scene(let scene) = state.players[0].position else { break }
                var slotsNow = try #require(program.slots(of: state), sourceLocation: sourceLocation)
                var available: [Int] = []
                for choice in scenario.scenes[scene].choices {
                    let expected = availability { () throws(RuntimeError) in try simulation.isAvailable(choice, player: 0, in: state) }
                    let actual = availability { () throws(RuntimeError) in try machine.isAvailable(choice, in: &slotsNow) }
                    #expect(actual == expected, "availability of \(scenario.choices[choice].id)", sourceLocation: sourceLocation)
                    if case .success(true) = expected { available.append(choice) }
                }
                guard !available.isEmpty else { break }
                let choice = available[Int(picker.next() % UInt64(available.count))]
                var forced: Int?
                if scenario.choices[choice].hasChance, picker.next() % 3 == 0 {
                    forced = Int(picker.next() % UInt64(scenario.choices[choice].outcomes.count + 1))
                }
                if let error = try step(&state, choice: choice, outcome: forced, simulation: simulation, program: program, machine: machine,
                                        sourceLocation: sourceLocation) {
                    errors.append(error)
                    break
                }
            }
        }
        return errors
    }

    @Test(arguments: generatedSizes)
    func generatedScenariosStepAsTheReferenceDoes(_ size: Int) throws {
        let scenario = try Self.generated(size)
        for role in scenario.roles.indices { _ = try Self.playBoth(scenario, role: role, games: 12, steps: 400) }
    }

    @Test func bundledActsAndTheirBranchStepAsTheReferenceDoes() throws {
        for (name, scenario) in try Self.bundled() {
            for role in scenario.roles.indices {
                let errors = try Self.playBoth(scenario, role: role, games: 15, steps: 300)
                #expect(errors.isEmpty, "\(name), role \(scenario.roles[role].id): \(errors)")
            }
        }
    }

    @Test func aSmallScenarioWithEveryKindOfStepFailsWhereTheReferenceFails() throws {
        let scenario = try Self.small()
        var kinds = Set<String>()
        for role in scenario.roles.indices {
            for error in try Self.playBoth(scenario, role: role, games: 150, steps: 200) {
                kinds.insert(String(describing: error.kind).prefix { $0 != "(" }.description)
            }
        }
        #expect(kinds.isSuperset(of: ["divisionByZero", "endlessLoop"]), "\(kinds)")
    }

    /// States no random game is likely to reach, built by hand: a clock near the last day, calls nested
    /// as deep as they go, a `return` with no call.
    @Test func rareErrorsAreTheReferenceErrors() throws {
        let scenario = try Self.small()
        let simulation = Simulation(scenario: scenario)
        let program = MachineProgram(scenario)
        let machine = Machine(program: program, role: 0)
        let start = try success(simulation.start(roles: [0], seed: 7)).state
        func choice(_ scene: String, _ id: String) throws -> Int {
            let sceneIndex = try #require(scenario.sceneIndex(scene))
            return try #require(scenario.choiceIndex(id, inScene: sceneIndex))
        }
        let strike = try #require(scenario.worldVariables.firstIndex { $0.id == "strike" })

        var late = start
        late.players[0].time = Moment(minutes: Moment.supportedRange.upperBound.minutes - 10 * 1440)
        late.world.values[strike] = 95
        let lateError = try Self.step(&late, choice: try choice("gate", "sleep"), outcome: nil, simulation: simulation, program: program, machine: machine)
        #expect(lateError?.kind == .clockOutOfRange)

        var deep = start
        for slot in scenario.returnSlots { deep.players[0].values[slot] = 1 }
        let deepError = try Self.step(&deep, choice: try choice("gate", "read"), outcome: nil, simulation: simulation, program: program, machine: machine)
        #expect(deepError?.kind == .callsTooDeep)

        var lost = start
        let leaflet = try #require(scenario.sceneIndex("leaflet"))
        lost.players[0].position = .scene(leaflet)
        let lostError = try Self.step(&lost, choice: try choice("leaflet", "fold"), outcome: nil, simulation: simulation, program: program, machine: machine)
        #expect(lostError?.kind == .nothingToReturnTo)

        var nowhere = start
        nowhere.players[0].position = .scene(leaflet)
        let firstSlot = try #require(scenario.returnSlots.first)
        nowhere.players[0].values[firstSlot] = scenario.scenes.count + 5
        let nowhereError = try Self.step(&nowhere, choice: try choice("leaflet", "fold"), outcome: nil, simulation: simulation, program: program, machine: machine)
        #expect(nowhereError?.kind == .nothingToReturnTo)

        var lostInTheMaze = start
        let courage = try #require(scenario.playerVariables.firstIndex { $0.id == "courage" })
        lostInTheMaze.players[0].values[courage] = 0
        let mazeError = try Self.step(&lostInTheMaze, choice: try choice("gate", "maze"), outcome: nil, simulation: simulation, program: program, machine: machine)
        guard case .endlessLoop(let scenes) = mazeError?.kind else {
            Issue.record("expected an endless loop, got \(String(describing: mazeError))")
            return
        }
        #expect(Set(scenes) == ["left", "right"])

        var called = start
        #expect(try Self.step(&called, choice: try choice("gate", "read"), outcome: nil, simulation: simulation, program: program, machine: machine) == nil)
        #expect(try Self.step(&called, choice: try choice("leaflet", "back"), outcome: nil, simulation: simulation, program: program, machine: machine) == nil)
        #expect(try Self.step(&called, choice: try choice("back-page", "done"), outcome: nil, simulation: simulation, program: program, machine: machine) == nil)
        let square = try #require(scenario.sceneIndex("square"))
        #expect(called.players[0].position == .scene(square), "back from both calls, at the first call's target")
    }

    @Test func forcedOutcomesIncludingTheRemainderAreTheReferenceOnes() throws {
        let scenario = try Self.small()
        let simulation = Simulation(scenario: scenario)
        let program = MachineProgram(scenario)
        let machine = Machine(program: program, role: 0)
        let gate = try #require(scenario.sceneIndex("gate"))
        let gamble = try #require(scenario.choiceIndex("gamble", inScene: gate))
        for outcome in [nil, 0, 1, 2, 3] as [Int?] {
            var state = try success(simulation.start(roles: [0], seed: 3)).state
            #expect(try Self.step(&state, choice: gamble, outcome: outcome, simulation: simulation, program: program, machine: machine) == nil)
        }
    }

    @Test func aScenarioWithoutEventsOrOnceChoices() throws {
        let scenario = try checkedScenario("""
            format 2
            scenario bare en: Bare
              languages en
            world number wealth 0 to 100 = 5
              en: Wealth
            role worker en: Worker
              start gate
            scene gate en: Gate.
              choice earn en: Earn.
                add 10 to wealth
              choice leave en: Leave.
                only if wealth > 30
                go out
            ending out en: Out.
            """)
        #expect(try Self.playBoth(scenario, role: 0, games: 5, steps: 20).isEmpty)
        MachineRandomPlayTests.expectSameReports(scenario, name: "bare", runs: 10)
    }

    @Test func aStateOfSeveralPlayersIsNotTheMachines() throws {
        let scenario = try Self.small()
        let state = try success(Simulation(scenario: scenario).start(roles: [0, 1], seed: 1)).state
        #expect(MachineProgram(scenario).slots(of: state) == nil)
    }
}

/// `Explorer.random` on the machine reports exactly what the reference random play reports.
@Suite struct MachineRandomPlayTests {
    static func expectSameReports(_ scenario: Scenario, name: String, runs: Int, setup: Simulation.Setup = .init(),
                                  sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        let explorer = Explorer(scenario: scenario, setup: setup)
        for role in scenario.roles.indices {
            for strategy in Explorer.Strategy.allCases {
                let fast = explorer.random(role: role, runs: runs, seed: 1917, strategy: strategy, maximumChoices: 300)
                let reference = explorer.randomReference(role: role, runs: runs, seed: 1917, strategy: strategy, maximumChoices: 300)
                #expect(String(describing: fast) == String(describing: reference), "\(name), role \(scenario.roles[role].id), \(strategy)",
                        sourceLocation: sourceLocation)
                #expect(fast.choicesMade > 0, sourceLocation: sourceLocation)
            }
        }
    }

    @Test(arguments: [10, 100, 1000])
    func generatedScenarios(_ size: Int) throws {
        Self.expectSameReports(try MachineTests.generated(size), name: "generated \(size)", runs: 60)
    }

    @Test func bundledActsAndTheirBranch() throws {
        for (name, scenario) in try MachineTests.bundled() {
            Self.expectSameReports(scenario, name: name, runs: 40)
        }
    }

    @Test func aSmallScenarioWithErrorsTrapsAndEvents() throws {
        let scenario = try MachineTests.small()
        Self.expectSameReports(scenario, name: "small", runs: 300)
        let report = Explorer(scenario: scenario).random(role: 0, runs: 300, seed: 1917, strategy: .uniform, maximumChoices: 300)
        #expect(report.findings.contains { if case .runtimeError = $0.kind { true } else { false } })
    }

    @Test func aGameStartedAtAnEntryPoint() throws {
        let march = try CarriedMarchEndingsTests.march()
        let entry = try #require(march.entries.indices.first)
        Self.expectSameReports(march, name: "march at \(march.entries[entry].id)", runs: 30, setup: Simulation.Setup(entry: entry))
    }
}
