@testable import PetrogradCore
import Testing

/// Conditions that can never be true (PG057) and traps, scenes a player can enter but never leave for an
/// ending (PG042): found where the checker can prove them, and never guessed.
struct NeverTrueAndTrapTests {
    static let header = "format 1\nscenario x\n  en: X\n  languages en\nrole r\n  en: R\n  start a\n"

    /// Every diagnostic as `line:column: severity: text [code]`.
    static func report(_ text: String) -> [String] {
        compile(header + text).diagnostics.map {
            "\($0.location.line):\($0.location.column): \($0.severity.rawValue): \($0.text) [\($0.code)]"
        }
    }

    // MARK: Never true

    @Test func aGuardOutsideTheVariablesRangeIsAWarningAtTheCondition() {
        let text = "world number hunger 0 to 100 = 60\nscene a\n  en: A\n  choice feast\n    en: Feast.\n    only if hunger > 100\n    go e\n  choice leave\n    en: Leave.\n    go e\nending e\n  en: E\n"
        #expect(Self.report(text) == [
            "13:13: warning: this condition is never true, whatever the value of hunger (0 to 100), so choice 'feast' is never offered; check its numbers and names against the declarations [PG057]",
        ])
    }

    @Test func aPassageThatContradictsItselfIsAWarning() {
        let text = "player flag marched\nscene a\n  en: A\n  if marched and not marched\n    en: Never.\n  choice march\n    en: March.\n    set marched\n    go e\nending e\n  en: E\n"
        #expect(Self.report(text) == [
            "11:6: warning: this condition is never true, whatever the value of marched (yes or no), so this passage is never shown; check its numbers and names against the declarations [PG057]",
        ])
    }

    @Test func visitsAndTimesAreJudgedAsThePlayerLivesThem() {
        // A player in a scene has visited it, and its date has come: 'before' that date is over.
        let text = "scene a\n  on 25 Feb 1917\n  en: A\n  if not visited a\n    en: Never.\n  choice early\n    en: Early.\n    only if before 24 Feb 1917 or visited e2\n    go e\n  choice leave\n    en: Leave.\n    go e2\nscene e2\n  en: E2\n  go e\nending e\n  en: E\n"
        #expect(Self.report(text) == [
            "11:6: warning: this condition is never true, whatever the value of visited a (always yes in that scene itself), so this passage is never shown; check its numbers and names against the declarations [PG057]",
        ])
        #expect(Self.report("scene a\n  on 25 Feb 1917\n  en: A\n  choice early\n    en: Early.\n    only if before 24 Feb 1917\n    go e\n  choice leave\n    en: Leave.\n    go e\nending e\n  en: E\n") == [
            "13:13: warning: this condition is never true, whatever the value of the time (never before the scene's own date, 25 Feb 1917), so choice 'early' is never offered; check its numbers and names against the declarations [PG057]",
        ])
    }

    @Test func aWhenConditionOfABranchThatIsNeverTrueIsAWarning() {
        let scenario = SourceFile(path: "x.story", text: Self.header + "world number crowd 0 to 10\nscene a\n  en: A\n  go e\n  choice leave\n    en: Leave.\n    only if crowd < 5\n    go e\nending e\n  en: E\n")
        let branch = [SourceFile(path: "b/b.story", text: "format 1\nbranch b\n  en: B\n  extends x\nin scene a\n  when crowd >= 11\n  choice join\n    en: Join.\n    go e\n")]
        let diagnostics = Compiler.compile([scenario], branches: [branch]).diagnostics
        #expect(diagnostics.map { "\($0.location): \($0.text)" } == [
            "b/b.story:6:8: this condition is never true, whatever the value of crowd (0 to 10), so the choices of this 'in scene' block are never offered; check its numbers and names against the declarations",
        ])
    }

    @Test func conditionsThatCanHoldOrCannotBeJudgedExactlyGiveNoWarning() {
        var lines = ["world number hunger 0 to 100 = 60", "world number strike 0 to 100 = 0"]
        lines += (1...17).map { "world flag f\($0)" }
        lines += ["scene a", "  en: A", "  go e"]
        // Each can hold; arithmetic of two variables is not judged at all (the critical values could miss
        // 37); a contradiction over 17 flags has more combinations than the checker tries.
        let conditions = ["hunger = 100", "hunger > 50 and hunger <= 51", "hunger + strike = 37", "not (hunger < 0)",
                          (1...17).map { "f\($0)" }.joined(separator: " and ") + " and not f1"]
        for (number, condition) in conditions.enumerated() {
            lines += ["  choice c\(number)", "    en: C.", "    only if \(condition)", "    go e"]
        }
        lines += ["ending e", "  en: E"]
        #expect(Self.report(lines.joined(separator: "\n") + "\n") == [])
    }

    @Test func aSearchThatDoesNotFitInTheWorkLimitDecidesNothing() throws {
        let scenario = try checkedScenario(Self.header + "world number hunger 0 to 100\nscene a\n  en: A\n  go e\nending e\n  en: E\n")
        let never = Expression.compare(.greater, .variable(VariableReference(scope: .world, index: 0)), .constant(100))
        let search = try #require(DeadEndAnalysis.Search(scene: 0, conditions: [never], goal: .someConditionTrue, in: scenario))
        var budget = search.estimatedWork - 1
        #expect(DeadEndAnalysis.run([search], in: scenario, budget: &budget) == [.notRun])
        #expect(budget == search.estimatedWork - 1)
        budget = search.estimatedWork
        #expect(DeadEndAnalysis.run([search], in: scenario, budget: &budget) == [.notFound])
    }

    // MARK: Traps

    @Test func scenesWhoseChoicesOnlyLeadAmongThemselvesAreATrap() {
        let text = "scene a\n  en: A\n  choice in\n    en: In.\n    go b\n  choice out\n    en: Out.\n    go e\nscene b\n  en: B\n  choice on\n    en: On.\n    go c\nscene c\n  en: C\n  choice back\n    en: Back.\n    go b\n  choice wait\n    en: Wait.\nending e\n  en: E\n"
        #expect(Self.report(text) == [
            "16:7: error: scenes 'b' and 'c' are a trap: every choice and 'go' in them leads to one of them, so a player who enters can never reach an ending; give one of these scenes a choice or 'go' that leads out [PG042]",
        ])
    }

    @Test func aCycleWhoseWayOutNeedsAFlagNothingSetsIsATrap() {
        let text = "player flag has-key\nscene a\n  en: A\n  choice in\n    en: In.\n    clear has-key\n    go cell\n  choice out\n    en: Out.\n    go e\nscene cell\n  en: Cell\n  choice yard\n    en: Yard.\n    go yard\nscene yard\n  en: Yard\n  choice back\n    en: Back.\n    go cell\n  choice escape\n    en: Escape.\n    only if has-key\n    go e\nending e\n  en: E\n"
        #expect(Self.report(text) == [
            "18:7: error: scenes 'cell' and 'yard' are a trap: the only ways out (choice 'escape' in scene 'yard') can never be taken: their conditions are false whenever a player arrives, and nothing in these scenes changes what they read, so a player who enters can never reach an ending; give one of these scenes a choice or 'go' that leads out [PG042]",
        ])
    }

    @Test func aWayOutThatCanOpenIsNoTrap() {
        let cycle = "scene cell\n  en: Cell\n  choice yard\n    en: Yard.\n    go yard\nscene yard\n  en: Yard\n  choice back\n    en: Back.\n    go cell\n  choice escape\n    en: Escape.\n    only if has-key\n    go e\nending e\n  en: E\n"
        // The key is set before the cycle…
        #expect(Self.report("player flag has-key\nscene a\n  en: A\n  choice in\n    en: In.\n    set has-key\n    go cell\n  choice out\n    en: Out.\n    go e\n" + cycle) == [])
        // … or inside it …
        #expect(Self.report("player flag has-key\nscene a\n  en: A\n  choice in\n    en: In.\n    go cell\n  choice out\n    en: Out.\n    go e\n"
            + cycle.replacingOccurrences(of: "    go yard\n", with: "    set has-key\n    go yard\n")) == [])
        // … or it is a world flag that an event can set.
        #expect(Self.report("world flag has-key\nscene a\n  en: A\n  choice in\n    en: In.\n    go cell\n  choice out\n    en: Out.\n    go e\n" + cycle
            + "event amnesty\n  on 23 Feb 1917\n  en: Amnesty.\n  set has-key\n") == [])
    }

    @Test func aGoOnlyCircleIsReportedOnceAsADeadEndNotAlsoAsATrap() {
        let codes = compile(Self.header + "scene a\n  en: A\n  go b\nscene b\n  en: B\n  go c\nscene c\n  en: C\n  go b\n").diagnostics.map(\.code)
        #expect(codes == ["PG040", "PG040", "PG040"])
    }

    @Test func anEventThatMovesTheRoleOutIsAWayOut() {
        let text = "scene a\n  en: A\n  choice wait\n    en: Wait.\n    advance 1 days\nscene free\n  en: Free\n  go e\nending e\n  en: E\nevent release\n  on 24 Feb 1917\n  en: Released.\n  move r to free\n"
        #expect(Self.report(text) == [])
    }
}
