import Foundation
import Testing
@testable import PetrogradCommands

/// A branch's replacement of a world event shows in the tools (the authors' report, A8): `explore` counts
/// how often it happens, `graph` marks the replaced event, and a role's graph keeps the events that
/// concern the role, the branch's outcome included.
@Suite struct ReplacedEventToolsTests {
    /// A branch whose outcome for `rumour` raises the strike, which the worker's choice `march` reads.
    static let strikeBranch = """
        format 1
        branch strike-rumour
          en: Strike rumour
          extends tiny-graph

        in event rumour
          if strike >= 10
          add 40 to strike

        """

    @Test func theWholeGraphMarksAReplacedEventInDotAndMermaid() throws {
        let tests = GraphCommandTests()
        let folders = try tests.smallScenarioFolders()
        let (status, text) = try tests.graph([folders.scenario, "--with", folders.branch])
        #expect(status == 0, "\(text)")
        let rumour = try #require(try DotStructure(text).nodes["event:rumour"])
        #expect(rumour.contains("label=\"rumour\\n24 Feb / 9 Mar 1917\\nreplaced by branch obeys\""), "\(rumour)")
        #expect(rumour.contains("penwidth=3"))
        #expect(try DotStructure(text).nodes["event:mutiny"]?.contains("replaced") == false)
        try tests.expectGraphvizDraws(text)

        let (_, mermaidText) = try tests.graph([folders.scenario, "--with", folders.branch, "--format", "mermaid"])
        let mermaid = try MermaidStructure(mermaidText)
        let replaced = try #require(mermaid.classes["replaced"])
        #expect(replaced.map { mermaid.labels[$0] } == ["rumour<br/>24 Feb / 9 Mar 1917<br/>replaced by branch obeys"])
    }

    @Test func aRolesGraphKeepsAnEventWhoseReplacementChangesWhatTheRoleReads() throws {
        let tests = GraphCommandTests()
        let folders = try tests.smallScenarioFolders()
        let branch = try Support.temporaryFolder()
        try Self.strikeBranch.write(to: branch.appendingPathComponent("strike.story"), atomically: true, encoding: .utf8)
        let (_, plain) = try tests.graph([folders.scenario, "--role", "worker"])
        #expect(try DotStructure(plain).nodes["event:rumour"] == nil, "the act's own rumour neither moves, addresses nor changes anything of the worker's")
        let (status, text) = try tests.graph([folders.scenario, "--with", branch.path, "--role", "worker"])
        #expect(status == 0, "\(text)")
        let nodes = try DotStructure(text).nodes
        #expect(nodes["event:rumour"]?.contains("replaced by branch strike-rumour") == true, "\(nodes.keys.sorted())")
        #expect(nodes["event:mutiny"] == nil, "the mutiny moves only soldiers")

        var output = StringOutput()
        let command = try GraphCommand.parse([folders.scenario, "--with", branch.path, "--role", "worker", "--output", branch.appendingPathComponent("w.dot").path])
        #expect(command.execute(library: Support.library, output: &output) == 0)
        #expect(output.text.hasSuffix(": 2 scenes, 1 ending, 1 event, 5 arrows\n"), "\(output.text)")
    }

    @Test func theBundledBranchsReplacementIsInTheWorkersGraph() throws {
        var output = StringOutput()
        let folder = try Support.temporaryFolder()
        let command = try GraphCommand.parse(["march-1917", "--with", "volynsky-obeys", "--role", "worker", "--output", folder.appendingPathComponent("w.dot").path])
        #expect(command.execute(library: Support.library, output: &output) == 0)
        let text = try String(contentsOf: folder.appendingPathComponent("w.dot"), encoding: .utf8)
        #expect(try DotStructure(text).nodes["event:volynsky-mutiny"]?.contains("replaced by branch volynsky-obeys") == true)
    }

    @Test func exploreCountsHowOftenABranchsReplacementHappensInTextAndJSON() throws {
        var text = try ExploreCommand.parse(["march-1917", "--with", "volynsky-obeys", "--role", "soldier", "--runs", "50"])
        text.failures = try Support.temporaryFolder().path
        var output = StringOutput()
        #expect(text.execute(library: Support.library, output: &output) == 0, "\(output.text)")
        let lines = output.text.split(separator: "\n").map(String.init)
        let exhaustive = try #require(lines.first { $0.hasPrefix("  replaced events (transitions): volynsky-mutiny: branch volynsky-obeys ") })
        #expect(!exhaustive.hasPrefix("  replaced events (transitions): volynsky-mutiny: branch volynsky-obeys 0,"))
        #expect(lines.contains("  replacements never used: none"))
        #expect(lines.filter { $0.hasPrefix("    replaced events (games): volynsky-mutiny: branch volynsky-obeys ") }.count == 2)

        var json = try ExploreCommand.parse(["march-1917", "--with", "volynsky-obeys", "--role", "soldier", "--runs", "50", "--format", "json"])
        json.failures = try Support.temporaryFolder().path
        var jsonOutput = StringOutput()
        #expect(json.execute(library: Support.library, output: &jsonOutput) == 0)
        let document = try #require(try JSONSerialization.jsonObject(with: Data(jsonOutput.text.utf8)) as? [String: Any])
        let role = try #require((document["roles"] as? [[String: Any]])?.first)
        let counted = try #require((role["exhaustive"] as? [String: Any])?["replacedEvents"] as? [[String: Any]])
        #expect(counted.map { $0["event"] as? String } == ["volynsky-mutiny"])
        let replacements = try #require(counted.first?["replacements"] as? [[String: Any]])
        #expect(replacements.first?["branch"] as? String == "volynsky-obeys")
        #expect((replacements.first?["count"] as? Int ?? 0) > 0)
        #expect((counted.first?["own"] as? Int ?? 0) > 0)
        let games = try #require((role["random"] as? [[String: Any]])?.first?["replacedEvents"] as? [[String: Any]])
        let inGames = (games.first?["replacements"] as? [[String: Any]])?.first?["count"] as? Int ?? 0
        #expect(inGames > 0 && inGames <= 50)
    }

    @Test func aReplacementThatNeverHappensIsListedAsNeverUsed() throws {
        let branch = try Support.temporaryFolder()
        try """
            format 1
            branch never
              en: Never
              hi: कभी नहीं
              extends march-1917
            in event volynsky-mutiny
              if garrison >= 100
              en: The garrison is wholly loyal.
              hi: फ़ौज पूरी तरह वफ़ादार है।

            """.write(to: branch.appendingPathComponent("never.story"), atomically: true, encoding: .utf8)
        var command = try ExploreCommand.parse(["march-1917", "--with", branch.path, "--role", "soldier", "--mode", "exhaustive"])
        command.failures = try Support.temporaryFolder().path
        var output = StringOutput()
        _ = command.execute(library: Support.library, output: &output)
        #expect(output.text.contains("\n  replaced events (transitions): volynsky-mutiny: branch never 0, own outcome "), "\(output.text)")
        #expect(output.text.contains("\n  replacements never used: volynsky-mutiny by never\n"))
    }

    @Test func aScenarioWithoutReplacementsPrintsNoReplacementLines() throws {
        var command = try ExploreCommand.parse(["march-1917", "--role", "duma", "--runs", "10"])
        command.failures = try Support.temporaryFolder().path
        var output = StringOutput()
        #expect(command.execute(library: Support.library, output: &output) == 0)
        #expect(!output.text.contains("replace"))
    }
}
