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

@Suite struct BenchmarkPlayTests {
    @Test func playIsMeasuredAtItsOwnSizesUnlessToldOtherwise() throws {
        #expect(try BenchmarkCommand.parse(["play"]).playSizes() == [1000, 10000])
        #expect(try BenchmarkCommand.parse(["play", "--scenes", "50,200"]).playSizes() == [50, 200])
        #expect(throws: (any Error).self) { try BenchmarkCommand.parse(["play", "--scenes", "many"]).playSizes() }
    }

    @Test func playPrintsEachFigureBesideItsTarget() throws {
        let (status, output) = try Support.run(["benchmark", "play", "--scenes", "40"])
        #expect(status == 0, "\(output)")
        #expect(output.contains("generated, 40 scenes"))
        #expect(output.contains("(target ≥ 10 M choices/s: "))
        #expect(output.contains("bundled march-1917"))
    }
}
