@testable import PetrogradCore
import Testing

/// Reading `.playtest` files: line ends, where each name and problem is, and the text of `expect text`.
@Suite struct PlaytestParserTests {
    static let text = """
        # a comment
        scenario ..
        with  side-door\tvolynsky-obeys
        players r
        seed 7
          p1 choose side outcome 2
        expect text en Through  the side door.\t

        """

    @Test func crlfAndLFFilesReadTheSameAndAByteOrderMarkIsIgnored() {
        let (unix, unixProblems) = Playtest.parse(Self.text)
        let (windows, windowsProblems) = Playtest.parse("\u{FEFF}" + Self.text.replacingOccurrences(of: "\n", with: "\r\n"))
        #expect(unixProblems.isEmpty)
        #expect(windowsProblems.isEmpty)
        for playtest in [unix, windows] {
            #expect(playtest.scenario == Playtest.Name(text: "..", line: 2, column: 10))
            #expect(playtest.branches == [Playtest.Name(text: "side-door", line: 3, column: 7), Playtest.Name(text: "volynsky-obeys", line: 3, column: 17)])
            #expect(playtest.players == [Playtest.Name(text: "r", line: 4, column: 9)])
            #expect(playtest.seed == 7)
            #expect(playtest.steps.map { "\($0.line):\($0.column)" } == ["6:3", "7:1"])
            guard case .expectText(let language, let text) = playtest.steps.last?.instruction else {
                Issue.record("the last step is an expect text")
                continue
            }
            #expect(language == "en")
            #expect(text == "Through  the side door.")
        }
    }

    @Test func aCarriageReturnInsideALineIsNotALineEnd() {
        let (_, problems) = Playtest.parse("players r\np1 choose a\rp1 choose b\n")
        #expect(problems == [Playtest.Problem(line: 2, column: 1, message: "'p1 choose a\rp1 choose b' is not a header (scenario, with, players, seed, at), an action (pN choose ID [outcome K]) or an expectation (expect …)")])
    }

    /// `भूख` is two characters (and nine bytes), as an editor counts them.
    @Test func columnsCountCharactersNotBytes() {
        let (_, problems) = Playtest.parse("players r\nexpect world भूख >> 3\n")
        #expect(problems == [Playtest.Problem(line: 2, column: 17, message: "compare with =, !=, <, <=, > or >=")])
    }
}
