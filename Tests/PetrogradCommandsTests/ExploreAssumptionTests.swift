import Foundation
import Testing
@testable import PetrogradCommands

/// `explore` reports an event's text shown where one of its `assumes` lines is false, like a runtime error:
/// the line's place, the shortest path, and a replay file that plays to it.
@Suite struct ExploreAssumptionTests {
    /// The order is restored in the same breath as its text says the mutineers hold the city: `check` proves
    /// the line from the condition, but the event's own effect undoes it before the text shows.
    static let story = """
        format 2
        scenario trial en: Trial
          languages en
          dates 26 Feb to 3 Mar
        role r en: Role
          start street
        world flag mutiny
          en: The mutiny
        scene street en: The street.
          on 27 Feb, morning
          choice rise en: Rise.
            set mutiny
            go square
          choice wait en: Wait.
            go square
        scene square en: The square.
          on 2 Mar, noon
          choice on en: Go on.
            go out
        ending out en: Out.
        event order-restored
          on 2 Mar, noon
          if mutiny
          assumes mutiny
          en: The mutineers hold the city.
          clear mutiny

        """

    @Test func aBrokenAssumptionIsAProblemWithItsLineTheShortestPathAndAReplayFile() throws {
        let folder = try Support.temporaryFolder()
        try Self.story.write(to: folder.appendingPathComponent("test.story"), atomically: true, encoding: .utf8)
        for mode in ["exhaustive", "random"] {
            var command = try ExploreCommand.parse([folder.path, "--mode", mode, "--runs", "30"])
            let failures = try Support.temporaryFolder()
            command.failures = failures.path
            var output = StringOutput()
            #expect(command.execute(library: Support.library, output: &output) == 1, "\(mode)")
            #expect(output.text.contains("PROBLEM: event 'order-restored' showed its text where its line 'assumes' at \(folder.path)/test.story:24:3 was false (“The mutiny: yes” did not hold) after 1 actions"),
                    "\(mode): \(output.text)")
            let replay = try #require(try FileManager.default.contentsOfDirectory(atPath: failures.path).first)
            let text = try String(contentsOfFile: failures.path + "/" + replay, encoding: .utf8)
            #expect(text.hasSuffix("p1 choose rise\n"), "\(mode): the path to it: \(text)")
        }
    }
}
