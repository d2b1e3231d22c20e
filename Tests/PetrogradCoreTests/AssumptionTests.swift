@testable import PetrogradCore
import Testing

/// `assumes`: what an event's text may take for granted. The prover behind `check`, its message, and
/// the check `explore` makes where the texts show.
@Suite struct AssumptionTests {
    // MARK: The prover

    static let garrison = Expression.variable(VariableReference(scope: .world, index: 0))
    static let mutiny = Expression.variable(VariableReference(scope: .world, index: 1))
    static let committee = Expression.variable(VariableReference(scope: .world, index: 2))
    static let government = Expression.variable(VariableReference(scope: .world, index: 3))
    /// garrison 0..100; the flags 0..1.
    static let prover = Implication(range: { $0.index == 0 ? 0...100 : 0...1 })

    static func at(_ comparison: Expression.Comparison, _ number: Int) -> Expression {
        .compare(comparison, garrison, .constant(number))
    }

    @Test func aConditionImpliesEachOfItsConjuncts() {
        let condition = Expression.and(Self.committee, .and(Self.mutiny, Self.at(.lessOrEqual, 30)))
        #expect(Self.prover.proves(Self.mutiny, from: [condition]))
        #expect(Self.prover.proves(.and(Self.committee, Self.mutiny), from: [condition]))
        #expect(Self.prover.proves(Self.at(.lessOrEqual, 30), from: [condition]))
    }

    @Test func aConditionDoesNotImplyWhatItDoesNotSay() {
        #expect(!Self.prover.proves(Self.committee, from: [Self.government]))
        #expect(!Self.prover.proves(.and(Self.government, Self.committee), from: [Self.government]))
        #expect(!Self.prover.proves(Self.mutiny, from: [.or(Self.mutiny, Self.committee)]))
        #expect(!Self.prover.proves(Self.mutiny, from: []))
        #expect(Self.prover.unproven(.and(Self.government, Self.committee), from: [Self.government]) == [Self.committee])
    }

    @Test func aBoundImpliesEveryWiderBoundOnTheSameVariable() {
        #expect(Self.prover.proves(Self.at(.lessOrEqual, 40), from: [Self.at(.lessOrEqual, 30)]))
        #expect(Self.prover.proves(Self.at(.less, 31), from: [Self.at(.lessOrEqual, 30)]))
        #expect(Self.prover.proves(Self.at(.notEqual, 50), from: [Self.at(.lessOrEqual, 30)]))
        #expect(Self.prover.proves(Self.at(.equal, 7), from: [Self.at(.greaterOrEqual, 7), Self.at(.lessOrEqual, 7)]))
        // The declared range counts: garrison never goes below 0.
        #expect(Self.prover.proves(Self.at(.greaterOrEqual, 0), from: []))
        #expect(Self.prover.proves(.compare(.greaterOrEqual, .constant(40), Self.garrison), from: [Self.at(.less, 40)]))
    }

    @Test func aBoundDoesNotImplyANarrowerOneOrAnotherVariable() {
        #expect(!Self.prover.proves(Self.at(.lessOrEqual, 30), from: [Self.at(.lessOrEqual, 40)]))
        #expect(!Self.prover.proves(Self.at(.less, 30), from: [Self.at(.lessOrEqual, 30)]))
        #expect(!Self.prover.proves(Self.at(.notEqual, 20), from: [Self.at(.lessOrEqual, 30)]))
        let other = Expression.variable(VariableReference(scope: .world, index: 4))
        #expect(!Self.prover.proves(.compare(.equal, other, .constant(0)), from: [Self.at(.lessOrEqual, 30)]))
        // Within its declared range (0 to 1) another variable is always at most 30, whatever is known.
        #expect(Self.prover.proves(.compare(.lessOrEqual, other, .constant(30)), from: []))
    }

    @Test func flagsAndTheirNegationsAreBoundsOnZeroAndOne() {
        #expect(Self.prover.proves(.compare(.equal, Self.mutiny, .constant(1)), from: [Self.mutiny]))
        #expect(Self.prover.proves(.not(Self.mutiny), from: [.compare(.equal, Self.mutiny, .constant(0))]))
        #expect(!Self.prover.proves(.not(Self.mutiny), from: [Self.mutiny]))
        #expect(!Self.prover.proves(Self.mutiny, from: [.not(Self.mutiny)]))
    }

    @Test func notIsPushedInwardsSoAnOtherwiseKnowsTheNegatedCondition() {
        // `otherwise` of `if committee and soviet` knows `not committee or not soviet`: nothing about either.
        let condition = Expression.and(Self.committee, Self.government)
        #expect(Self.prover.proves(.or(.not(Self.committee), .not(Self.government)), from: [.not(condition)]))
        #expect(!Self.prover.proves(.not(Self.committee), from: [.not(condition)]))
        #expect(Self.prover.proves(.not(Self.government), from: [.not(Self.government)]))
        #expect(Self.prover.proves(Self.at(.greater, 30), from: [.not(Self.at(.lessOrEqual, 30))]))
        #expect(Self.prover.proves(Self.mutiny, from: [.not(.or(.not(Self.mutiny), Self.committee))]))
    }

    @Test func aDisjunctionAmongTheFactsIsProvedCaseByCase() {
        // Either case gives garrison <= 40.
        let either = Expression.or(.and(Self.mutiny, Self.at(.lessOrEqual, 30)), Self.at(.lessOrEqual, 20))
        #expect(Self.prover.proves(Self.at(.lessOrEqual, 40), from: [either]))
        #expect(!Self.prover.proves(Self.mutiny, from: [either]))
        #expect(Self.prover.proves(.or(Self.mutiny, Self.committee), from: [.or(Self.committee, Self.mutiny)]))
        #expect(Self.prover.proves(.or(Self.mutiny, Self.committee), from: [Self.committee]))
    }

    @Test func contradictoryFactsProveAnythingAndConstantsAreDecided() {
        #expect(Self.prover.proves(Self.committee, from: [Self.mutiny, .not(Self.mutiny)]))
        #expect(Self.prover.proves(Self.committee, from: [.constant(0)]))
        #expect(Self.prover.proves(.constant(1), from: []))
        #expect(!Self.prover.proves(.constant(0), from: [Self.mutiny]))
    }

    @Test func partsTheProverCannotReadAreProvedOnlyByThemselves() {
        let sum = Expression.compare(.greater, .arithmetic(.plus, Self.garrison, Self.garrison), .constant(10))
        #expect(Self.prover.proves(sum, from: [.and(Self.mutiny, sum)]))
        #expect(!Self.prover.proves(sum, from: [Self.at(.greater, 10)]))
        #expect(!Self.prover.proves(.not(sum), from: [sum]))
    }

    @Test func datesAreBoundsOnTheClock() {
        let noon = Moment(minutes: 1_000), evening = Moment(minutes: 2_000)
        #expect(Self.prover.proves(.before(evening), from: [.before(noon)]))
        #expect(!Self.prover.proves(.before(noon), from: [.before(evening)]))
        #expect(Self.prover.proves(.notBefore(noon), from: [.not(.before(evening))]))
    }

    // MARK: The language and `check`

    static func story(event: String) -> String {
        """
        format 2

        scenario sample en: A sample
          languages en
          dates 26 Feb to 3 Mar

        role worker en: Worker
          start street

        world flag mutiny
          en: The mutiny
        world flag committee
          en: The Duma committee
        world flag government
          en: A Provisional Government
        world number garrison 0 to 100 = 50
          en: The garrison's loyalty

        scene street en: The street.
          on 27 Feb, morning
          choice rise en: Rise.
            set mutiny
            subtract 30 from garrison
            go square
          choice wait en: Wait.
            go square

        scene square en: The square.
          on 2 Mar, noon
          choice on en: Go on.
            go end

        ending end en: The end.

        \(event)
        """
    }

    @Test func assumptionsTheConditionGuaranteesAreAccepted() throws {
        let scenario = try checkedScenario(Self.story(event: """
            event government-formed
              on 1 Mar, noon
              if mutiny and committee and garrison <= 30
              assumes mutiny and committee
              assumes garrison <= 40
              en: The mutineers and the committee form a government.
              set government
              otherwise
                assumes not (mutiny and committee and garrison <= 30)
                en: {if mutiny}The mutiny found no committee.{else}No mutiny, no government.{end}
            """))
        let event = try #require(scenario.events.first)
        #expect(event.fired.assumptions.count == 2)
        #expect(event.otherwise?.assumptions.count == 1)
        #expect(event.fired.assumptions[0].location.line == 38)
    }

    @Test func anAssumptionTheConditionDoesNotGuaranteeIsAnErrorAtItsLineNamingTheMissingPart() throws {
        let compilation = compile(Self.story(event: """
            event abdication
              on 2 Mar, noon
              if government
              assumes committee and government
              en: The Duma's envoys bring the abdication.
            """))
        let errors = compilation.diagnostics.filter { $0.code == "PG070" }
        try #require(errors.count == 1)
        #expect(errors[0].severity == .error)
        #expect(errors[0].location == SourceLocation(file: "test.story", line: 38, column: 3))
        #expect(errors[0].text == "the texts of event 'abdication' assume “The Duma committee: yes”, but the event's condition (“A Provisional Government: yes”) does not guarantee it; add what is missing to the event's 'if' line, or write each world's words as '{if …}…{else}…{end}' in the text and drop this 'assumes'")
        #expect(compilation.scenario == nil)
    }

    @Test func anEventWithoutAConditionMayAssumeNothing() {
        let compilation = compile(Self.story(event: """
            event rumour
              on 1 Mar, noon
              assumes garrison <= 30
              en: Everyone knows the garrison has gone over.
            """))
        let errors = compilation.diagnostics.filter { $0.code == "PG070" }
        #expect(errors.count == 1)
        #expect(errors.first?.text.contains("“The garrison's loyalty at most 30”") == true)
        #expect(errors.first?.text.contains("has no 'if' line") == true)
    }

    @Test func anOtherwiseMayAssumeOnlyTheNegatedConditionNotWhichPartFailed() throws {
        let compilation = compile(Self.story(event: """
            event government-formed
              on 1 Mar, noon
              if mutiny and committee
              assumes mutiny
              en: A government is formed.
              otherwise
                assumes not committee
                en: The deputies went home.
            """))
        let errors = compilation.diagnostics.filter { $0.code == "PG070" }
        try #require(errors.count == 1)
        #expect(errors[0].location.line == 41)
        #expect(errors[0].text.hasPrefix("the 'otherwise' texts of event 'government-formed' assume “The Duma committee: no”, but its 'otherwise', which shows when the condition was false as the window closed (“The mutiny: no or The Duma committee: no”), does not guarantee it"))
    }

    @Test func assumesIsFormatTwoAndBelongsToEvents() {
        let formatOne = compile("""
            format 1
            scenario sample
              en: A sample
              languages en
              dates 26 Feb to 3 Mar
            role worker
              en: Worker
              start street
            world flag mutiny
            scene street
              en: The street.
              choice wait
                en: Wait.
                go end
            ending end
              en: The end.
            event rising
              on 27 Feb, noon
              if mutiny
              assumes mutiny
              en: The rising.
            """)
        #expect(formatOne.diagnostics.contains { $0.text.contains("'assumes' is new in format 2") && $0.location.line == 20 })
        let inChoice = compile(Self.story(event: "").replacingOccurrences(of: "  choice on en: Go on.\n", with: "  choice on en: Go on.\n    assumes mutiny\n"))
        #expect(inChoice.diagnostics.contains { $0.text == "'assumes' does not belong in a choice; 'assumes' says what a world event's text takes for granted; elsewhere, guard the text itself with '{if …}…{end}'" })
    }

    @Test func aBranchOutcomeForAnEventMayAssumeWhatItsOwnConditionGuarantees() throws {
        let branch = { (assumes: String) in
            [SourceFile(path: "b/b.story", text: """
                format 2
                branch b en: B
                  extends sample
                in event abdication
                  if government and garrison <= 20
                  assumes \(assumes)
                  en: The garrison is with the government.
                """)]
        }
        let base = SourceFile(path: "test.story", text: Self.story(event: """
            event abdication
              on 2 Mar, noon
              if government
              en: The Tsar abdicates.
            """))
        let good = Compiler.compile([base], branches: [branch("government and garrison < 30")])
        #expect(!good.diagnostics.contains { $0.code == "PG070" }, "\(good.diagnostics.map(\.text))")
        let replacement = try #require(good.scenario?.events.first?.replacements.first)
        #expect(replacement.outcome.assumptions.count == 1)
        let bad = Compiler.compile([base], branches: [branch("mutiny")])
        let errors = bad.diagnostics.filter { $0.code == "PG070" }
        #expect(errors.count == 1)
        #expect(errors.first?.location == SourceLocation(file: "b/b.story", line: 6, column: 3))
        #expect(errors.first?.text.hasPrefix("the texts of branch 'b' for event 'abdication' assume “The mutiny: yes”, but the branch's condition (“A Provisional Government: yes and The garrison's loyalty at most 20”) does not guarantee it") == true)
    }

    // MARK: `explore`

    /// An assumption the condition guarantees when the event is decided, undone in the same step by the
    /// event's own effect before the text shows.
    static let undone = story(event: """
        event order-restored
          on 2 Mar, noon
          if mutiny
          assumes mutiny
          en: The mutineers hold the city.
          clear mutiny
        """)

    @Test func exhaustiveExploreReportsAnAssumptionFalseWhereTheTextShowsWithItsShortestPath() throws {
        let scenario = try checkedScenario(Self.undone)
        let report = Explorer(scenario: scenario).exhaustive(role: 0)
        let broken = report.findings.compactMap { finding -> (Int, Assumption, [Action])? in
            guard case .brokenAssumption(let event, .fired, let assumption) = finding.kind else { return nil }
            return (event, assumption, finding.path)
        }
        try #require(broken.count == 1)
        #expect(scenario.events[broken[0].0].id == "order-restored")
        #expect(broken[0].1.location == SourceLocation(file: "test.story", line: 38, column: 3))
        #expect(broken[0].2 == [.choose(player: 1, choice: "rise")])
    }

    @Test func randomExploreReportsItToo() throws {
        let scenario = try checkedScenario(Self.undone)
        let report = Explorer(scenario: scenario).random(role: 0, runs: 20, seed: 3, strategy: .leastUsed)
        #expect(report.findings.contains { if case .brokenAssumption = $0.kind { true } else { false } })
    }

    @Test func exploreFindsNothingWhereEveryAssumptionHolds() throws {
        let scenario = try checkedScenario(Self.story(event: """
            event order-restored
              on 2 Mar, noon
              if mutiny
              assumes mutiny
              en: The mutineers hold the city.
              otherwise
                assumes not mutiny
                en: Nothing happened.
            """))
        let findings = Explorer(scenario: scenario).exhaustive(role: 0).findings
        #expect(!findings.contains { if case .brokenAssumption = $0.kind { true } else { false } })
    }
}
