import Testing
@testable import PetrogradCore

/// Branches: added in their own files, never silently redefining the scenario, in an order that does not
/// depend on how they were named.
@Suite struct BranchTests {
    static let base = SourceFile(path: "base/base.story", text: """
        format 1
        scenario town
          en: Town
          languages en
        role r
          en: Role
          start square
        world number crowd 0 to 100 = 10
        scene square
          en: The square.
          choice home
            en: Go home.
            go home
        ending home
          en: Home.
        event rally
          on 1 Mar
          if crowd > 50
          en: A rally.
          add 1 to crowd
        """)

    static func branch(_ id: String, choice: String, condition: String = "crowd > 5") -> [SourceFile] {
        [SourceFile(path: "\(id)/\(id).story", text: """
            format 1
            branch \(id)
              en: Branch \(id)
              extends town
            in scene square
              when crowd < 90
              choice \(choice)
                en: Take \(choice).
                go \(id)-end
            ending \(id)-end
              en: The end of \(id).
            in event rally
              if \(condition)
              en: The rally, as \(id) tells it.
              add 5 to crowd
            """)]
    }

    @Test func choicesFromSeveralBranchesComeAfterTheScenariosInTheOrderOfTheirIdsWhateverOrderTheyAreNamedIn() throws {
        let first = Compiler.compile([Self.base], branches: [Self.branch("beta", choice: "b-choice"), Self.branch("alpha", choice: "a-choice")])
        let second = Compiler.compile([Self.base], branches: [Self.branch("alpha", choice: "a-choice"), Self.branch("beta", choice: "b-choice")])
        let one = try #require(first.scenario), two = try #require(second.scenario)
        let square = try #require(one.sceneIndex("square"))
        #expect(one.scenes[square].choices.map { one.choices[$0].id } == ["home", "a-choice", "b-choice"])
        #expect(two.scenes[square].choices.map { two.choices[$0].id } == ["home", "a-choice", "b-choice"])
        #expect(one.branches == ["alpha", "beta"])
        #expect(one.contentHash == two.contentHash)
        // Both replace the rally: the checker says so, and names the one that wins.
        #expect(first.diagnostics.contains { $0.code == "PG055" && $0.text.contains("'alpha' wins") })
    }

    @Test func aBranchThatRedeclaresAnIdOfTheScenarioIsAnErrorPointingAtBoth() throws {
        let clash = [SourceFile(path: "clash/clash.story", text: """
            format 1
            branch clash
              en: Clash
              extends town
            scene square
              en: Another square.
              go home
            """)]
        let compilation = Compiler.compile([Self.base], branches: [clash])
        let duplicate = try #require(compilation.diagnostics.first { $0.code == "PG021" })
        #expect(duplicate.location.file == "clash/clash.story")
        #expect(duplicate.notes.first?.location.file == "base/base.story")
        #expect(compilation.scenario == nil)
    }

    @Test func aReplacedEventHappensAsTheBranchTellsItOnlyWhileItsConditionHolds() throws {
        let scenario = try #require(Compiler.compile([Self.base], branches: [Self.branch("alpha", choice: "a-choice", condition: "crowd < 20")]).scenario)
        let simulation = Simulation(scenario: scenario)
        guard case .success(let start) = simulation.start(roles: [0], seed: 1) else { Issue.record("no start"); return }
        // The clock reaches 1 Mar only when the player moves on; the square has no date, so move the world
        // by hand to check the event itself.
        var state = start.state
        state.world.clock = try #require(Moment(CalendarDate(year: 1917, month: 3, day: 1), calendar: .old))
        var step = Step(storage: ScenarioStorage(scenario), state: state)
        try step.settle()
        #expect(step.events.contains(.worldEventReplaced(event: 0, replacement: 0)))
        #expect(step.state.world.values[0] == 15)
    }

    @Test func aBranchMustExtendTheScenarioItIsCompiledWith() {
        let stranger = [SourceFile(path: "s/s.story", text: "format 1\nbranch s\n  en: S\n  extends elsewhere\n")]
        let compilation = Compiler.compile([Self.base], branches: [stranger])
        #expect(compilation.diagnostics.contains { $0.code == "PG022" && $0.text.contains("extends 'elsewhere', not 'town'") })
    }
}

/// Formats mix: a format-1 branch extends a format-2 scenario, and each file keeps its own format's rules.
@Suite struct MixedFormatTests {
    @Test func aFormatOneBranchExtendsAFormatTwoScenario() throws {
        let base = SourceFile(path: "base/base.story", text: """
            format 2
            scenario town en: Town
              languages en
            role r en: Role
              start square
            world number crowd 0 to 100 = 10
            scene square en: The square.{if crowd > 5} A crowd.{end}
              choice home en: Go home.
                reply en: You turn for home.
                go home
            ending home en: Home.
            """)
        let branchText = """
            format 1
            branch b
              en: B
              extends town
            in scene square
              choice stay
                en: Stay {crowd}.
                go home
            """
        let compilation = Compiler.compile([base], branches: [[SourceFile(path: "b/b.story", text: branchText)]])
        #expect(compilation.diagnostics.isEmpty, "\(compilation.diagnostics.map(\.text))")
        let scenario = try #require(compilation.scenario)
        #expect(scenario.choices.map(\.id) == ["home", "stay"])
        let wrong = SourceFile(path: "b/b.story", text: branchText.replacingOccurrences(of: "Stay {crowd}.", with: "Stay.{if crowd > 5} Now.{end}"))
        let messages = Compiler.compile([base], branches: [[wrong]]).diagnostics.map(\.text)
        #expect(messages.contains("'{if}' is new in format 2; make the file's first line 'format 2' to use it"), "\(messages)")
    }
}
