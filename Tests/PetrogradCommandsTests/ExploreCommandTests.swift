import Foundation
import Testing
@testable import PetrogradCommands

/// Automated play-testing through the command, on the bundled act and on small scenarios with known faults.
@Suite struct ExploreCommandTests {
    static func write(_ story: String) throws -> URL {
        let folder = try Support.temporaryFolder()
        try story.write(to: folder.appendingPathComponent("test.story"), atomically: true, encoding: .utf8)
        return folder
    }

    static let header = """
        format 1
        scenario trial
          en: Trial
          languages en
        role r
          en: Role
          start gate
        world number tries 0 to 5 = 0

        """

    @Test(arguments: ["march-1917", "october-1917"])
    func aBundledActIsExploredCompletelyWithNoProblemsAndEveryEndingOfEveryRole(act: String) throws {
        var command = try ExploreCommand.parse([act, "--mode", "exhaustive", "--format", "json"])
        command.failures = try Support.temporaryFolder().path
        var output = StringOutput()
        #expect(command.execute(library: Support.library, output: &output) == 0, "\(output.text.prefix(2000))")
        let document = try #require(try JSONSerialization.jsonObject(with: Data(output.text.utf8)) as? [String: Any])
        let roles = try #require(document["roles"] as? [[String: Any]])
        #expect(roles.count == 3)
        for role in roles {
            let exhaustive = try #require(role["exhaustive"] as? [String: Any])
            #expect(exhaustive["complete"] as? Bool == true)
            #expect((exhaustive["problems"] as? [Any])?.isEmpty == true)
            let endings = try #require(exhaustive["endings"] as? [String: Int])
            // Each act's endings are named by role: w-, s-, d- in March; ow-, os-, od- in October.
            let initial = act == "october-1917" ? "o" : ""
            let prefix = initial + (["worker": "w-", "soldier": "s-", "duma": "d-"][role["role"] as? String ?? ""] ?? "?")
            // The one-period microgames' own endings are reached from their entry point, not from a role's start.
            let own = endings.filter { $0.key.hasPrefix(prefix) && !$0.key.contains("period") }
            #expect(own.count >= 4, "at least four endings for \(role["role"] ?? "")")
            #expect(own.values.allSatisfy { $0 > 0 }, "every ending of \(role["role"] ?? "") is reached: \(own)")
            // The act's promise: every full playthrough has at least 12 real decisions on at least 6 days.
            let fewest = try #require(exhaustive["fewestDecisions"] as? [String: Int])
            #expect((fewest["decisions"] ?? 0) >= 12, "\(role["role"] ?? ""): \(fewest)")
            #expect((fewest["days"] ?? 0) >= 6, "\(role["role"] ?? ""): \(fewest)")
        }
    }

    @Test func aDeadEndIsFoundWithTheShortestPathAndAReplayFileThatPlaysToIt() throws {
        // Seventeen flags in one guard are more combinations than the checker tries (it gives such scenes
        // the benefit of the doubt), so only playing finds that the second knock strands the player.
        let flags = (1...17).map { "world flag f\($0)\n" }.joined()
        let sets = (1...17).map { "    set f\($0)\n" }.joined()
        let all = (1...17).map { "f\($0)" }.joined(separator: " and ")
        let hall = "scene hall\n  en: Hall.\n  choice back\n    en: Back.\n    only if tries < 2\n" + sets + "    go gate\n"
            + "  choice wait\n    en: Wait.\n    only if not (\(all))\n    go gate\n"
        let folder = try Self.write(Self.header + flags + """
            scene gate
              en: Gate.
              choice knock
                en: Knock.
                add 1 to tries
                go hall
              choice leave
                en: Leave.
                go out
            ending out
              en: Out.

            """ + hall)
        var command = try ExploreCommand.parse([folder.path, "--mode", "exhaustive"])
        let failures = try Support.temporaryFolder()
        command.failures = failures.path
        var output = StringOutput()
        #expect(command.execute(library: Support.library, output: &output) == 1)
        #expect(output.text.contains("dead end in scene 'hall'"), "\(output.text)")
        let replay = try #require(try FileManager.default.contentsOfDirectory(atPath: failures.path).first)
        let text = try String(contentsOfFile: failures.path + "/" + replay, encoding: .utf8)
        #expect(text.hasSuffix("p1 choose knock\np1 choose back\np1 choose knock\n"), "the shortest path: \(text)")
        // The replay file is also a playtest: it plays to the dead end.
        var test = try TestCommand.parse([failures.path + "/" + replay, "--scenario", folder.path])
        test.branches = []
        var testOutput = StringOutput()
        #expect(test.execute(library: Support.library, output: &testOutput) == 0, "\(testOutput.text)")
    }

    /// A cell and a yard whose way out needs a key that a player who goes in never has; the key is set
    /// on another path, so `check` cannot prove the trap and only playing finds it.
    static let cell = header + """
        player flag has-key
        scene gate
          en: Gate.
          choice take-key
            en: Take the key and leave.
            set has-key
            go out
          choice in
            en: Go in.
            go cell
        scene cell
          en: Cell.
          choice yard
            en: Yard.
            go yard
        scene yard
          en: Yard.
          choice back
            en: Back.
            go cell
          choice escape
            en: Escape.
            only if has-key
            go out
        ending out
          en: Out.
        """

    @Test func exhaustiveSearchReportsATrapWithTheShortestPathIntoIt() throws {
        let folder = try Self.write(Self.cell)
        var command = try ExploreCommand.parse([folder.path, "--mode", "exhaustive"])
        let failures = try Support.temporaryFolder()
        command.failures = failures.path
        var output = StringOutput()
        #expect(command.execute(library: Support.library, output: &output) == 1)
        #expect(output.text.contains("    PROBLEM: trap in scene 'cell' (from here no choices lead to any ending) after 1 actions; replay: petrograd play --replay \(failures.path)/trial-r-exhaustive-1.playtest"),
                "\(output.text)")
        #expect(!output.text.contains("trap in scene 'yard'"), "one trap, reported once: \(output.text)")
        let replay = try String(contentsOfFile: failures.path + "/trial-r-exhaustive-1.playtest", encoding: .utf8)
        #expect(replay.hasSuffix("seed 1\np1 choose in\n"), "\(replay)")
    }

    @Test func aRandomGameThatHitsTheChoiceCapIsAProblemWithAReplayFile() throws {
        let folder = try Self.write(Self.cell)
        var command = try ExploreCommand.parse([folder.path, "--mode", "random", "--runs", "20", "--max-choices", "30", "--format", "json"])
        let failures = try Support.temporaryFolder()
        command.failures = failures.path
        var output = StringOutput()
        #expect(command.execute(library: Support.library, output: &output) == 1)
        let document = try #require(try JSONSerialization.jsonObject(with: Data(output.text.utf8)) as? [String: Any])
        let random = try #require((document["roles"] as? [[String: Any]])?.first?["random"] as? [[String: Any]])
        for report in random {
            let cutShort = try #require(report["cutShort"] as? Int)
            #expect(cutShort > 0 && cutShort == report["unfinished"] as? Int, "\(report)")
            let problems = try #require(report["problems"] as? [[String: Any]])
            #expect(problems.count == 1)
            let problem = try #require(problems.first?["problem"] as? String)
            #expect(problem.hasPrefix("a game made 30 choices without reaching an ending (it was in scene '"), "\(problem)")
            #expect((problems.first?["path"] as? [String])?.count == 30)
            #expect(problems.first?["replay"] is String)
        }
        var text = try ExploreCommand.parse([folder.path, "--mode", "random", "--runs", "20", "--max-choices", "30"])
        text.failures = failures.path
        var textOutput = StringOutput()
        #expect(text.execute(library: Support.library, output: &textOutput) == 1)
        #expect(textOutput.text.contains("    games cut short by --max-choices 30: "), "\(textOutput.text)")
        #expect(throws: (any Error).self) { try ExploreCommand.parse(["march-1917", "--max-choices", "0"]) }
    }

    @Test func aSearchCutShortByTheLimitExitsTwoUnlessPartialIsAllowed() throws {
        var command = try ExploreCommand.parse(["march-1917", "--role", "worker", "--mode", "exhaustive", "--limit", "50"])
        command.failures = try Support.temporaryFolder().path
        var output = StringOutput()
        #expect(command.execute(library: Support.library, output: &output) == 2)
        #expect(output.text.contains("CUT SHORT"))
        command.allowPartial = true
        var again = StringOutput()
        #expect(command.execute(library: Support.library, output: &again) == 0)
    }

    @Test func randomPlayCountsEndingsScenesAndVariablesForBothStrategies() throws {
        var command = try ExploreCommand.parse(["march-1917", "--role", "soldier", "--mode", "random", "--runs", "50", "--format", "json"])
        command.failures = try Support.temporaryFolder().path
        var output = StringOutput()
        #expect(command.execute(library: Support.library, output: &output) == 0)
        let document = try #require(try JSONSerialization.jsonObject(with: Data(output.text.utf8)) as? [String: Any])
        let role = try #require((document["roles"] as? [[String: Any]])?.first)
        let random = try #require(role["random"] as? [[String: Any]])
        #expect(random.map { $0["strategy"] as? String } == ["uniform", "least-used"])
        for report in random {
            let endings = try #require(report["endings"] as? [String: Int])
            #expect(endings.values.reduce(0, +) == 50)
            let world = try #require(report["world"] as? [String: [String: Any]])
            #expect(world["garrison"]?["min"] != nil)
        }
    }

    @Test func aRuntimeErrorIsReportedWithItsPath() throws {
        let folder = try Self.write(Self.header + """
            scene gate
              en: Gate.
              choice divide
                en: Divide.
                set tries to 5 / tries
                go out
            ending out
              en: Out.
            """)
        var command = try ExploreCommand.parse([folder.path, "--mode", "both", "--runs", "5"])
        command.failures = try Support.temporaryFolder().path
        var output = StringOutput()
        #expect(command.execute(library: Support.library, output: &output) == 1)
        #expect(output.text.contains("runtime error"))
        #expect(output.text.contains("divides by zero"))
    }

    @Test func replayFilesThatCannotBeWrittenAreReportedAndNeverOffered() throws {
        let folder = try Self.write(Self.header + """
            scene gate
              en: Gate.
              choice divide
                en: Divide.
                set tries to 5 / tries
                go out
            ending out
              en: Out.
            """)
        // A folder under a regular file cannot be made, not even by root.
        let file = try Support.temporaryFolder().appendingPathComponent("file")
        try Data().write(to: file)
        for format in ["text", "json"] {
            var command = try ExploreCommand.parse([folder.path, "--mode", "both", "--runs", "5", "--format", format])
            command.failures = file.path + "/sub"
            var output = StringOutput()
            var warnings: [String] = []
            #expect(command.execute(library: Support.library, output: &output, warn: { warnings.append($0) }) == 1)
            #expect(warnings == ["petrograd: error: the replay files cannot be written in the folder '\(file.path)/sub': Not a directory; choose another folder with --failures"])
            #expect(!output.text.contains("--replay"), "\(output.text)")
            if format == "text" {
                #expect(output.text.contains("runtime error"))
                #expect(output.text.contains("its replay file could not be written"), "\(output.text)")
            } else {
                let document = try #require(try JSONSerialization.jsonObject(with: Data(output.text.utf8)) as? [String: Any])
                let role = try #require((document["roles"] as? [[String: Any]])?.first)
                let problems = try #require((role["exhaustive"] as? [String: Any])?["problems"] as? [[String: Any]])
                #expect(!problems.isEmpty)
                #expect(problems.allSatisfy { $0["replay"] is NSNull }, "\(problems)")
            }
        }
    }

    @Test func randomPlayOverNumbersAtTheLimitsOfIntReportsExactMeansInsteadOfOverflowing() throws {
        let folder = try Self.write("""
            format 1
            scenario big
              en: Big
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
        var json = try ExploreCommand.parse([folder.path, "--mode", "random", "--runs", "2", "--format", "json"])
        json.failures = try Support.temporaryFolder().path
        var output = StringOutput()
        #expect(json.execute(library: Support.library, output: &output) == 0, "\(output.text)")
        let document = try #require(try JSONSerialization.jsonObject(with: Data(output.text.utf8)) as? [String: Any])
        let random = try #require((document["roles"] as? [[String: Any]])?.first?["random"] as? [[String: Any]])
        #expect(random.count == 2)
        for report in random {
            let wealth = try #require((report["world"] as? [String: [String: Any]])?["wealth"])
            #expect(wealth["min"] as? Int == Int.max)
            #expect(wealth["max"] as? Int == Int.max)
            #expect(wealth["mean"] as? Double == Double(Int.max))
        }
        var text = try ExploreCommand.parse([folder.path, "--runs", "2"])
        text.failures = try Support.temporaryFolder().path
        var textOutput = StringOutput()
        #expect(text.execute(library: Support.library, output: &textOutput) == 0, "\(textOutput.text)")
        #expect(textOutput.text.contains("at the end (min/mean/max): wealth 9223372036854775807/9223372036854775808.0/9223372036854775807\n"), "\(textOutput.text)")
    }

    @Test func aNegativeNumberOfRunsIsRefusedBeforeAnythingRuns() {
        #expect(throws: (any Error).self) { try ExploreCommand.parse(["march-1917", "--runs", "-1"]) }
        #expect(throws: (any Error).self) { try ExploreCommand.parse(["march-1917", "--limit", "0"]) }
    }

    @Test func anAdvancePastTheLastDayIsReportedAsARuntimeErrorAtTheAdvance() throws {
        let folder = try Self.write(Self.header + """
            scene gate
              en: Gate.
              choice sleep
                en: Sleep for a century.
                advance 36600 days
              choice leave
                en: Leave.
                go out
            ending out
              en: Out.
            """)
        var command = try ExploreCommand.parse([folder.path, "--mode", "exhaustive"])
        command.failures = try Support.temporaryFolder().path
        var output = StringOutput()
        #expect(command.execute(library: Support.library, output: &output) == 1)
        #expect(output.text.contains("PROBLEM: runtime error: \(folder.path)/test.story:13:5: this 'advance' would move the clock past 31 Dec 9999 (Old Style), the last day Petrograd can count; advance less, or lead to an ending before after 81 actions"), "\(output.text)")
    }
}
