import Testing
@testable import PetrogradCommands

@Suite struct BenchmarkTargetTests {
    @Test func ratesMustReachTheirTarget() {
        let target = BenchmarkTarget.atLeast(2_000_000, "2 M states/s")
        #expect(target.verdict(2_310_000) == "(target ≥ 2 M states/s: met)")
        #expect(target.verdict(1_999_999) == "(target ≥ 2 M states/s: not met)")
    }

    @Test func timesMustStayUnderTheirTarget() {
        let target = BenchmarkTarget.atMost(0.100, "100 ms")
        #expect(target.verdict(0.100) == "(target ≤ 100 ms: met)")
        #expect(target.verdict(0.101) == "(target ≤ 100 ms: not met)")
    }
}
