@testable import PetrogradCore
import Testing

/// A misspelt word in a `.playtest` file gets a "did you mean" at that word, and a failed `expect text`
/// shows what was shown (the authors' report, A11).
@Suite struct PlaytestMisspellingTests {
    static let general = "is not a header (scenario, with, players, seed, at), an action (pN choose ID [outcome K]) or an expectation (expect …)"

    static func problems(_ line: String) -> [String] {
        Playtest.parse("players r\n" + line + "\n").1.map { "\($0.line):\($0.column): \($0.message)" }
    }

    @Test func aMisspeltVerbOfAnActionIsNamedAtItsWord() {
        #expect(Self.problems("p1 chose walk-out") == ["2:4: 'p1 chose walk-out' \(Self.general); did you mean 'choose' instead of 'chose'?"])
    }

    @Test func aMisspeltHeaderOrExpectIsNamedAtItsWord() {
        #expect(Self.problems("plyers r") == ["2:1: 'plyers r' \(Self.general); did you mean 'players' instead of 'plyers'?"])
        #expect(Self.problems("expcet p1 at gate") == ["2:1: 'expcet p1 at gate' \(Self.general); did you mean 'expect' instead of 'expcet'?"])
    }

    @Test func aMisspeltOutcomeIsNamedAtItsWord() {
        #expect(Self.problems("p1 choose cross-ice outcme 1") == ["2:21: 'p1 choose cross-ice outcme 1' \(Self.general); did you mean 'outcome' instead of 'outcme'?"])
    }

    @Test func aMisspeltWordOfAnExpectationIsNamedAtItsWord() {
        let usage = "write 'expect pN at SCENE', 'expect pN ending ENDING', 'expect world VAR OP N', 'expect pN VAR OP N', 'expect event EVENT STATUS' or 'expect text LANG TEXT'"
        #expect(Self.problems("expect txt en Hello") == ["2:8: \(usage); did you mean 'text' instead of 'txt'?"])
        #expect(Self.problems("expect p1 ta gate") == ["2:11: \(usage); did you mean 'at' instead of 'ta'?"])
        #expect(Self.problems("expect p1 endng e") == ["2:11: \(usage); did you mean 'ending' instead of 'endng'?"])
    }

    @Test func aLineFarFromEveryWordKeepsTheGeneralMessage() {
        #expect(Self.problems("hello there") == ["2:1: 'hello there' \(Self.general)"])
    }

    @Test func aFailedExpectTextShowsWhatTheStepShowed() throws {
        let scenario = try checkedScenario(FormatTwoTests.story)
        let (playtest, problems) = Playtest.parse("players worker\np1 choose ask\nexpect text en She nods.\n")
        #expect(problems.isEmpty)
        let failure = try #require(PlaytestRunner.run(playtest, in: scenario).failures.first)
        #expect(failure.line == 3)
        #expect(failure.message.hasPrefix("expected the last step to show 'She nods.' in 'en', but it did not; it showed:\n    "))
        #expect(failure.message.contains("She shakes her head."))
    }

    @Test func aLongShownTextIsShortened() {
        let long = String(repeating: "word ", count: 100)
        let described = PlaytestRunner.describe(shown: [long, "Short."])
        #expect(described.hasPrefix("it showed:\n    word word"))
        #expect(described.hasSuffix("…\n    Short."))
        #expect(PlaytestRunner.describe(shown: []) == "it showed no text")
    }
}
