import Foundation
import PetrogradConsole
import PetrogradCore
import Testing
@testable import PetrogradCommands

/// The bundled March act and its branches, held to what the act promises: golden playthroughs for every
/// ending of every role, a sources table whose ids exist, and branches that check, play and explore clean.
@Suite struct ActTests {
    static let act = Support.root.appendingPathComponent("Scenarios/march-1917").path
    static let tests = act + "/tests"

    static func scenario(with branches: [String] = []) throws -> Scenario {
        guard case .success(let loaded) = ScenarioLoader(library: Support.library).load("march-1917", with: branches) else {
            throw CancellationError()
        }
        return try #require(loaded.compilation.scenario)
    }

    @Test func everyGoldenPlaythroughOfTheActPasses() throws {
        var output = StringOutput()
        let status = try TestCommand.parse([Self.tests]).execute(library: Support.library, output: &output)
        #expect(status == 0, "\(output.text)")
        #expect(output.text.contains(" 0 failed"))
    }

    /// The story a player reads on a golden playthrough (scenes, passages, replies, outcomes, world events,
    /// the ending and its debrief; not the menus) stays between 1,500 and 4,000 words in each language.
    /// The games in one period (`period-*`) have their own bar (OnePeriodTests).
    @Test func everyGoldenPlaythroughReadsBetween1500And4000WordsInEachLanguage() throws {
        let scenario = try Self.scenario()
        for name in try FileManager.default.contentsOfDirectory(atPath: Self.tests).sorted()
        where name.hasSuffix(".playtest") && !name.hasPrefix("period-") {
            let (playtest, _) = Playtest.parse(try String(contentsOfFile: Self.tests + "/" + name, encoding: .utf8))
            guard case .success(let roles) = PlaytestRunner.roles(of: playtest, in: scenario) else {
                Issue.record("\(name): its roles are not the act's")
                continue
            }
            for language in scenario.languages {
                var (game, events) = try #require(try? Game.start(scenario, roles: roles, seed: playtest.seed).get())
                var words = 0
                func count(_ events: [GameEvent]) {
                    for text in Narration.texts(for: events, player: 0, game: game, language: language) {
                        words += text.split(whereSeparator: \.isWhitespace).count
                    }
                }
                count(events)
                for step in playtest.steps {
                    guard case .act(let action) = step.instruction else { continue }
                    events = try #require(try? game.perform(action).get(), "\(name): \(action) was refused")
                    count(events)
                }
                #expect((1_500...4_000).contains(words), "\(name) in \(language): \(words) words")
            }
        }
    }

    @Test func everyEndingOfEveryRoleHasAGoldenPlaythroughThatReachesIt() throws {
        let scenario = try Self.scenario()
        var reached: [String: Set<String>] = [:]
        for name in try FileManager.default.contentsOfDirectory(atPath: Self.tests) where name.hasSuffix(".playtest") {
            let (playtest, problems) = Playtest.parse(try String(contentsOfFile: Self.tests + "/" + name, encoding: .utf8))
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

    @Test func everyIdInTheSourcesTableExistsInTheAct() throws {
        let scenario = try Self.scenario()
        var known = Set(scenario.scenes.map(\.id) + scenario.endings.map(\.id) + scenario.events.map(\.id) + scenario.glossary.map(\.id))
        known.formUnion(scenario.choices.map(\.id))
        let table = try String(contentsOf: Support.root.appendingPathComponent("docs/sources.md"), encoding: .utf8)
        var ids: [String] = []
        for line in table.split(separator: "\n") where line.hasPrefix("|") {
            let parts = line.split(separator: "`", omittingEmptySubsequences: false)
            ids += stride(from: 1, to: parts.count, by: 2).map { String(parts[$0]) }
        }
        #expect(ids.count >= 20, "the table maps the source's claims to ids")
        for id in ids where !id.contains(" ") {
            #expect(known.contains(id), "docs/sources.md names '\(id)', which the act does not have")
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
