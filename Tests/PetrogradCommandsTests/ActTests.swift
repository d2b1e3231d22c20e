import Foundation
import PetrogradConsole
import PetrogradCore
import Testing
@testable import PetrogradCommands

/// The bundled acts (March and October) and the March act's branches, held to what an act promises: golden
/// playthroughs for every ending of every role, a sources table whose ids exist, and branches that check, play
/// and explore clean.
@Suite struct ActTests {
    static let acts = ["march-1917", "october-1917"]
    static let act = Support.root.appendingPathComponent("Scenarios/march-1917").path
    static let tests = act + "/tests"

    static func tests(of act: String) -> String {
        Support.root.appendingPathComponent("Scenarios/\(act)/tests").path
    }

    static func scenario(_ act: String = "march-1917", with branches: [String] = []) throws -> Scenario {
        guard case .success(let loaded) = ScenarioLoader(library: Support.library).load(act, with: branches) else {
            throw CancellationError()
        }
        return try #require(loaded.compilation.scenario)
    }

    /// The golden playthroughs of a whole act: the one-period microgames (`period-` and `-period-` files) have a
    /// bar of their own.
    static func fullPlaythroughs(of act: String) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: tests(of: act)).sorted().filter {
            $0.hasSuffix(".playtest") && !$0.hasPrefix("period-") && !$0.contains("-period-")
        }
    }

    @Test(arguments: acts)
    func everyGoldenPlaythroughOfTheActPasses(act: String) throws {
        var output = StringOutput()
        let status = try TestCommand.parse([Self.tests(of: act)]).execute(library: Support.library, output: &output)
        #expect(status == 0, "\(output.text)")
        #expect(output.text.contains(" 0 failed"))
    }

    /// The story a player reads on a golden playthrough (scenes, passages, replies, outcomes, world events,
    /// the ending, its debrief and the historians' section its screen offers; not the menus) stays between
    /// 1,500 and 4,000 words in each language.
    @Test(arguments: acts)
    func everyGoldenPlaythroughReadsBetween1500And4000WordsInEachLanguage(act: String) throws {
        let scenario = try Self.scenario(act)
        for name in try Self.fullPlaythroughs(of: act) {
            let (playtest, _) = Playtest.parse(try String(contentsOfFile: Self.tests(of: act) + "/" + name, encoding: .utf8))
            for language in scenario.languages {
                let reading = try PlaythroughReading(playtest, named: name, in: scenario, language: language)
                var words = reading.words
                if case .ending(let ending) = reading.game.state.players[0].position, let historians = scenario.endings[ending].historians {
                    words += TextRendering.text(historians, language: language).text.split(whereSeparator: \.isWhitespace).count
                }
                #expect((1_500...4_000).contains(words), "\(name) in \(language): \(words) words")
            }
        }
    }

    @Test(arguments: acts)
    func everyEndingOfEveryRoleHasAGoldenPlaythroughThatReachesIt(act: String) throws {
        let scenario = try Self.scenario(act)
        var reached: [String: Set<String>] = [:]
        for name in try FileManager.default.contentsOfDirectory(atPath: Self.tests(of: act)) where name.hasSuffix(".playtest") {
            let (playtest, problems) = Playtest.parse(try String(contentsOfFile: Self.tests(of: act) + "/" + name, encoding: .utf8))
            #expect(problems.isEmpty, "\(name): \(problems)")
            for step in playtest.steps {
                if case .expectEnding(let player, let ending) = step.instruction {
                    reached[playtest.players[player - 1].text, default: []].insert(ending)
                }
            }
        }
        for role in scenario.roles {
            let index = try #require(scenario.roleIndex(role.id))
            let endings = scenario.endings.filter { $0.roles.isEmpty || $0.roles.contains(index) }.map(\.id)
            #expect(endings.count >= 4, "\(role.id) has at least four endings")
            for ending in endings {
                #expect(reached[role.id]?.contains(ending) == true, "no golden playthrough takes \(role.id) to \(ending)")
            }
        }
    }

    @Test func everyIdInTheSourcesTableExistsInOneOfTheActs() throws {
        var known: Set<String> = []
        for act in Self.acts {
            let scenario = try Self.scenario(act)
            known.formUnion(scenario.scenes.map(\.id) + scenario.endings.map(\.id) + scenario.events.map(\.id) + scenario.glossary.map(\.id))
            known.formUnion(scenario.choices.map(\.id))
        }
        let table = try String(contentsOf: Support.root.appendingPathComponent("docs/sources.md"), encoding: .utf8)
        var ids: [String] = []
        for line in table.split(separator: "\n") where line.hasPrefix("|") {
            let parts = line.split(separator: "`", omittingEmptySubsequences: false)
            ids += stride(from: 1, to: parts.count, by: 2).map { String(parts[$0]) }
        }
        #expect(ids.count >= 20, "the table maps the source's claims to ids")
        for id in ids where !id.contains(" ") {
            #expect(known.contains(id), "docs/sources.md names '\(id)', which neither act has")
        }
    }

    @Test(arguments: Support.library.branchIDs)
    func everyBundledBranchChecksPassesItsTestsAndLeavesTheActsTestsPassing(branch: String) throws {
        var check = StringOutput()
        #expect(try CheckCommand.parse(["--strict", "march-1917", "--with", branch]).execute(library: Support.library, output: &check, colour: false) == 0, "\(check.text)")
        let own = Support.root.appendingPathComponent("Scenarios/branches/\(branch)/tests").path
        var output = StringOutput()
        #expect(try TestCommand.parse([own]).execute(library: Support.library, output: &output) == 0, "\(output.text)")
        var base = StringOutput()
        #expect(try TestCommand.parse([Self.tests, "--with", branch]).execute(library: Support.library, output: &base) == 0, "\(base.text)")
    }

    @Test(arguments: Support.library.branchIDs)
    func everyBundledBranchExploresCompletelyWithNoDeadEnd(branch: String) throws {
        var command = try ExploreCommand.parse(["march-1917", "--with", branch, "--mode", "exhaustive", "--format", "json"])
        command.failures = try Support.temporaryFolder().path
        var output = StringOutput()
        #expect(command.execute(library: Support.library, output: &output) == 0, "\(output.text.prefix(1500))")
        let document = try #require(try JSONSerialization.jsonObject(with: Data(output.text.utf8)) as? [String: Any])
        let roles = try #require(document["roles"] as? [[String: Any]])
        for role in roles {
            let exhaustive = try #require(role["exhaustive"] as? [String: Any])
            #expect(exhaustive["complete"] as? Bool == true)
            let endings = try #require(exhaustive["endings"] as? [String: Int])
            let scenario = try Self.scenario(with: [branch])
            let index = try #require(scenario.roleIndex(role["role"] as? String ?? ""))
            // The endings of the game in one period are reached from its entry point (OnePeriodTests).
            for ending in scenario.endings where ending.roles.contains(index) && !ending.id.contains("-period-") {
                #expect((endings[ending.id] ?? 0) > 0, "\(ending.id) is reached by \(role["role"] ?? "")")
            }
        }
    }
}
