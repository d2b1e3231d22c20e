import Testing
@testable import PetrogradCore

/// Exhaustive search stepping with the compiled machine finds exactly what it finds with the reference
/// step: the same states in the same order, the same transitions, findings and paths, endings and counts.
@Suite struct MachineExhaustiveTests {
    static func expectSameSearch(_ scenario: Scenario, name: String, limit: Int = 60_000, setup: Simulation.Setup = .init(),
                                 sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        let explorer = Explorer(scenario: scenario, setup: setup)
        for role in scenario.roles.indices {
            for reduces in [true, false] {
                let machine = explorer.exhaustive(role: role, limit: limit, threads: 2, reducesDeadValues: reduces, usesMachine: true, progress: nil)
                let reference = explorer.exhaustive(role: role, limit: limit, threads: 1, reducesDeadValues: reduces, usesMachine: false, progress: nil)
                let context = "\(name), role \(scenario.roles[role].id), reduction \(reduces)"
                #expect(machine.states == reference.states && machine.transitions == reference.transitions, "\(context)", sourceLocation: sourceLocation)
                #expect(machine.isComplete == reference.isComplete && machine.depth == reference.depth, "\(context)", sourceLocation: sourceLocation)
                #expect(machine.endings == reference.endings, "\(context)", sourceLocation: sourceLocation)
                #expect(machine.scenesReached == reference.scenesReached && machine.choicesTaken == reference.choicesTaken, "\(context)",
                        sourceLocation: sourceLocation)
                #expect(machine.findings.map { "\($0.kind) \($0.path)" } == reference.findings.map { "\($0.kind) \($0.path)" }, "\(context)",
                        sourceLocation: sourceLocation)
                #expect(machine.fewestDecisions.map { [$0.decisions, $0.days] } == reference.fewestDecisions.map { [$0.decisions, $0.days] },
                        "\(context)", sourceLocation: sourceLocation)
                #expect("\(machine.replacedEvents)" == "\(reference.replacedEvents)", "\(context)", sourceLocation: sourceLocation)
            }
        }
    }

    @Test(arguments: [20, 300])
    func generatedScenarios(_ size: Int) throws {
        Self.expectSameSearch(try MachineTests.generated(size), name: "generated \(size)")
    }

    @Test func theFlagsStressShape() throws {
        let text = ScenarioGenerator.flags(flagCount: 10, delay: 2, lateCount: 2)
        Self.expectSameSearch(try #require(Compiler.compile([SourceFile(path: "flags.story", text: text)]).scenario), name: "flags")
    }

    @Test func bundledActsAndTheirBranch() throws {
        for (name, scenario) in try MachineTests.bundled() {
            Self.expectSameSearch(scenario, name: name, limit: 15_000)
        }
    }

    @Test func aSmallScenarioWithErrorsTrapsAndEvents() throws {
        Self.expectSameSearch(try MachineTests.small(), name: "small")
    }
}
