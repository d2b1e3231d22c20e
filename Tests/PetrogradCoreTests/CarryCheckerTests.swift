import PetrogradCore
import Testing

/// Small acts for carrying a game on: an earlier act, and later acts that follow it.
enum CarryFixtures {
    /// The earlier act: two roles, world and player variables of each kind, three endings.
    static let spring = """
    format 2
    scenario spring
      en: Spring. A test act.
      languages en
      calendar old
      year 1917
      dates 1 Mar to 3 Mar

    role worker
      en: Worker
      start square

    role soldier
      en: Soldier
      start square

    world number garrison 0 to 100 = 80
      en: The garrison's obedience
    world flag soviet
      en: A Soviet
    player flag elected
    player number courage 0 to 10 = 5

    scene square
      on 1 Mar, morning
      en: A crowd fills the square.
      choice stand
        en: Stand for the Soviet.
        set elected
        set soviet
        subtract 30 from garrison
        add 2 to courage
        go delegate
      choice home
        en: Go home.
        subtract 1 from courage
        go went-home
      choice wait
        en: Wait and see.
        go waited

    ending delegate
      en: You became a delegate. The hall cheered.
    ending went-home
      en: You went home. Nobody noticed.
    ending waited
      en: You waited. The city did not.
    """

    /// A later act that follows `spring`; `variables` are added to its declarations, `header` to its
    /// scenario block.
    static func autumn(variables: String = "", header: String = "  follows spring", format: Int = 2, roles: [String] = ["worker", "soldier"]) -> String {
        """
        format \(format)
        scenario autumn
          en: Autumn
          languages en
          calendar old
          year 1917
          dates 1 Sep to 3 Sep
        \(header)

        \(roles.map { "role \($0)\n  en: \($0)\n  start yard\n" }.joined(separator: "\n"))
        \(variables)

        scene yard
          on 1 Sep, morning
          en: Autumn comes.
          choice on
            en: Go on.
            go end

        ending end
          en: The end.
        """
    }

    /// The earlier act, checked.
    static func springScenario() throws -> Scenario {
        try checkedScenario(spring)
    }

    /// Compiles a later act with the earlier act handed in.
    static func compileAutumn(_ text: String) throws -> Compilation {
        Compiler.compile([SourceFile(path: "autumn.story", text: text)], earlier: .found(try springScenario()))
    }

    /// The messages as `line:column: text`.
    static func messages(_ compilation: Compilation) -> [String] {
        compilation.diagnostics.filter { $0.severity == .error }.map { "\($0.location.line):\($0.location.column): \($0.text)" }
    }
}

@Suite struct CarryCheckerTests {
    @Test func anActThatFollowsAnotherKnowsItsEarlierActAndEachVariablesSource() throws {
        let text = CarryFixtures.autumn(variables: """
        world number garrison 0 to 100 = 30
          en: Garrison
          carried from garrison
        world flag soviet
          en: Soviet
          carried from soviet
        player flag was-delegate
          carried from ending delegate, waited
        player number nerve 0 to 20 = 3
          carried from courage
        """)
        let compilation = try CarryFixtures.compileAutumn(text)
        #expect(CarryFixtures.messages(compilation) == [])
        let scenario = try #require(compilation.scenario)
        #expect(scenario.follows?.id == "spring")
        #expect(scenario.follows?.roles == ["worker", "soldier"])
        #expect(scenario.follows?.endings.keys.sorted() == ["delegate", "waited", "went-home"])
        #expect(scenario.worldVariables.map(\.carried) == [.variable("garrison"), .variable("soviet")])
        #expect(scenario.playerVariables.filter { !$0.isInternal }.map(\.carried) == [.endings(["delegate", "waited"]), .variable("courage")])
        // The fresh player's values stay the declared ones.
        #expect(scenario.worldVariables.map(\.initial) == [30, 0])
    }

    @Test func theEarlierActThatCannotBeFoundIsReportedAtTheFollowsLine() {
        let compilation = Compiler.compile([SourceFile(path: "autumn.story", text: CarryFixtures.autumn())])
        #expect(CarryFixtures.messages(compilation) == [
            "8:11: this act follows 'spring', which cannot be found: the earlier act is a bundled scenario of that id, or a folder of that name beside this scenario's folder",
        ])
        #expect(compilation.diagnostics.first?.code == "PG060")
    }

    @Test func anEarlierActTheLoaderCouldNotUseIsReportedWithItsReason() {
        let compilation = Compiler.compile([SourceFile(path: "autumn.story", text: CarryFixtures.autumn())],
                                           earlier: .unavailable("it has 2 errors"))
        #expect(CarryFixtures.messages(compilation) == ["8:11: this act follows 'spring', which cannot be used: it has 2 errors"])
    }

    @Test func anUnknownVariableIsReportedWithASuggestion() throws {
        let compilation = try CarryFixtures.compileAutumn(CarryFixtures.autumn(variables: """
        world number garrison 0 to 100 = 30
          carried from garison
        """))
        #expect(CarryFixtures.messages(compilation) == ["19:16: 'spring' has no variable called 'garison'; did you mean 'garrison'?"])
    }

    @Test func anUnknownEndingIsReportedAtItsName() throws {
        let compilation = try CarryFixtures.compileAutumn(CarryFixtures.autumn(variables: """
        player flag was-delegate
          carried from ending delegate, went-hme
        """))
        #expect(CarryFixtures.messages(compilation) == ["19:33: 'spring' has no ending called 'went-hme'; did you mean 'went-home'?"])
    }

    @Test func aWorldVariableCannotCarryFromAPlayerVariable() throws {
        let compilation = try CarryFixtures.compileAutumn(CarryFixtures.autumn(variables: """
        world number courage 0 to 10 = 5
          carried from courage
        """))
        #expect(CarryFixtures.messages(compilation) == [
            "19:16: 'courage' is a player variable in 'spring', but 'courage' is a world variable here; a world variable carries from a world variable",
        ])
    }

    @Test func aFlagCannotCarryFromANumber() throws {
        let compilation = try CarryFixtures.compileAutumn(CarryFixtures.autumn(variables: """
        world flag garrison
          carried from garrison
        """))
        #expect(CarryFixtures.messages(compilation) == [
            "19:16: 'garrison' is a number in 'spring', but 'garrison' is a flag here; carry a flag from a flag, or make it yes by endings with 'carried from ending …'",
        ])
    }

    @Test func aNumberCannotBeMadeByEndings() throws {
        let compilation = try CarryFixtures.compileAutumn(CarryFixtures.autumn(variables: """
        player number standing 0 to 10 = 0
          carried from ending delegate
        """))
        #expect(CarryFixtures.messages(compilation) == [
            "19:3: 'carried from ending' makes a flag yes or no, but 'standing' is a number; declare it as a flag, or carry it from a number of 'spring'",
        ])
    }

    @Test func aRangeThatDoesNotFitSaysBothRanges() throws {
        let compilation = try CarryFixtures.compileAutumn(CarryFixtures.autumn(variables: """
        world number garrison 0 to 50 = 30
          carried from garrison
        """))
        #expect(CarryFixtures.messages(compilation) == [
            "19:16: 'garrison' runs 0 to 100 in 'spring', wider than 0 to 50 here; make this range at least 0 to 100",
        ])
    }

    @Test func aRoleOfTheEarlierActMissingHereIsReported() throws {
        let compilation = try CarryFixtures.compileAutumn(CarryFixtures.autumn(roles: ["worker"]))
        #expect(CarryFixtures.messages(compilation) == [
            "8:11: 'spring' has the role 'soldier', which this act lacks; each role of the earlier act goes on as the role of the same id here: add 'role soldier'",
        ])
    }

    @Test func carriedFromWithoutFollowsIsReported() throws {
        let compilation = try CarryFixtures.compileAutumn(CarryFixtures.autumn(variables: """
        world number garrison 0 to 100 = 30
          carried from garrison
        """, header: ""))
        #expect(CarryFixtures.messages(compilation) == [
            "19:3: 'garrison' is carried from an earlier act, but the scenario does not say which act it follows; add 'follows ACT' (such as 'follows march-1917') to the scenario block",
        ])
    }

    @Test func anActCannotFollowItself() throws {
        let compilation = try CarryFixtures.compileAutumn(CarryFixtures.autumn(header: "  follows autumn"))
        #expect(CarryFixtures.messages(compilation) == ["8:11: an act cannot follow itself; 'follows' names the earlier act, such as 'follows march-1917'"])
    }

    @Test func aFormatOneFileGetsTheFormatTwoErrorForBothLines() throws {
        let compilation = try CarryFixtures.compileAutumn(CarryFixtures.autumn(variables: """
        world number garrison 0 to 100 = 30
          carried from garrison
        """, format: 1))
        #expect(CarryFixtures.messages(compilation) == [
            "8:3: 'follows' is new in format 2; make the file's first line 'format 2' to use it",
            "19:3: 'carried' is new in format 2; make the file's first line 'format 2' to use it",
        ])
    }

    @Test func aSecondFollowsAndASecondCarriedFromAreReported() throws {
        let compilation = try CarryFixtures.compileAutumn(CarryFixtures.autumn(variables: """
        world number garrison 0 to 100 = 30
          carried from garrison
          carried from garrison
        """, header: "  follows spring\n  follows spring"))
        #expect(CarryFixtures.messages(compilation) == [
            "9:3: this scenario already follows 'spring'; an act carries on from one earlier act",
            "21:3: this variable is already carried; a variable takes its value from one place",
        ])
    }
}
