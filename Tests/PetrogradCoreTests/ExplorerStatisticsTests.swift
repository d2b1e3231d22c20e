import PetrogradCore
import Testing

/// Random play's statistics over numbers at the limits of `Int`.
struct ExplorerSummaryTests {
    @Test func theMeanOfNumbersAtTheLimitsIsExactAndNeverOverflows() {
        var summary = Explorer.Summary()
        #expect(summary.mean == nil)
        for _ in 0..<1000 { summary.add(Int.max) }
        #expect(summary.sum == Int128(Int.max) * 1000)
        #expect(summary.mean == Double(Int.max))
        for _ in 0..<1000 { summary.add(Int.min) }
        #expect(summary.count == 2000)
        #expect(summary.minimum == Int.min)
        #expect(summary.maximum == Int.max)
        #expect(summary.mean == -0.5)
    }

    @Test func randomPlayWithNoRunsReportsNothingRatherThanTrapping() throws {
        let scenario = try checkedScenario("""
            format 1
            scenario none
              en: None
              languages en
            role r
              en: Role
              start gate
            world number wealth 0 to 9223372036854775807 = 9223372036854775807
            scene gate
              en: Gate.
              choice spend
                en: Spend.
                only if wealth > 10
                go out
              choice leave
                en: Leave.
                go out
            ending out
              en: Out.
            """)
        let report = Explorer(scenario: scenario).random(role: 0, runs: -3, seed: 1, strategy: .uniform)
        #expect(report.worldValues.map(\.count) == [0])
        #expect(report.turns.mean == nil)
        let two = Explorer(scenario: scenario).random(role: 0, runs: 2, seed: 1, strategy: .uniform)
        #expect(two.worldValues.map(\.mean) == [Double(Int.max)])
        #expect(two.turns.mean == 1)
    }
}
