import Foundation
@testable import PetrogradCommands
import PetrogradConsole
import Testing

/// `.playtest` files name their scenario and branches from their own folder, whatever the current folder
/// is; CRLF files work; and every error points at the line and column it comes from.
@Suite struct PlaytestFileTests {
    static let scenario = """
        format 1
        scenario gate-act
          en: The Gate
          languages en

        role r
          en: Role
          start gate

        scene gate
          en: The gate.
          choice leave
            en: Leave.
            go out

        ending out
          en: Out.

        """

    static let branch = """
        format 1
        branch side-door
          en: A side door
          extends gate-act

        in scene gate
          choice side
            en: Try the side door.
            go side-end

        ending side-end
          en: Through the side door.

        """

    static let playtest = """
        # The side door, from the act's own tests folder.
        scenario ..
        with side-door
        players r
        seed 1
        p1 choose side
        expect p1 ending side-end
        expect text en Through the side door.

        """

    /// `work/gate-act/` (the scenario, with `tests/side.playtest`), `work/side-door/` (the branch), and
    /// an empty folder `elsewhere/` to run from.
    static func layout(playtest text: String = playtest) throws -> (root: URL, playtest: URL) {
        let root = try Support.temporaryFolder()
        let act = root.appendingPathComponent("work/gate-act")
        let side = root.appendingPathComponent("work/side-door")
        for folder in [act.appendingPathComponent("tests"), side, root.appendingPathComponent("elsewhere")] {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        }
        try scenario.write(to: act.appendingPathComponent("main.story"), atomically: true, encoding: .utf8)
        try branch.write(to: side.appendingPathComponent("branch.story"), atomically: true, encoding: .utf8)
        let file = act.appendingPathComponent("tests/side.playtest")
        try text.write(to: file, atomically: true, encoding: .utf8)
        return (root, file)
    }

    static func test(_ arguments: [String]) throws -> (status: Int32, output: String) {
        var output = StringOutput()
        let status = try TestCommand.parse(arguments).execute(library: Support.library, output: &output)
        return (status, output.text)
    }

    @Test func aPlaytestFindsItsScenarioAndBareBranchFromItsOwnFolderWhereverItIsRun() throws {
        let (root, _) = try Self.layout()
        let elsewhere = root.appendingPathComponent("elsewhere")
        // A decoy beside the current folder: a bare name is never looked for there.
        try FileManager.default.createDirectory(at: elsewhere.appendingPathComponent("side-door"), withIntermediateDirectories: true)
        let result = try Support.run(["test", "../work/gate-act/tests/side.playtest"], in: elsewhere)
        #expect(result.status == 0, "\(result.output)")
        #expect(result.output == "PASS ../work/gate-act/tests/side.playtest (1 actions, 2 checks)\n1 passed, 0 failed\n")
        let fromTheAct = try Support.run(["test", "tests"], in: root.appendingPathComponent("work/gate-act"))
        #expect(fromTheAct.output.hasSuffix("1 passed, 0 failed\n"), "\(fromTheAct.output)")
    }

    @Test func aReplayFindsItsScenarioAndBranchFromItsOwnFolderToo() throws {
        let (root, _) = try Self.layout(playtest: "scenario ..\nwith side-door\nplayers r\nseed 1\np1 choose side\n")
        let elsewhere = root.appendingPathComponent("elsewhere")
        let result = try Support.run(["play", "--replay", "../work/gate-act/tests/side.playtest", "--lang", "en"],
                                     environment: ["XDG_STATE_HOME": elsewhere.path, "XDG_CONFIG_HOME": elsewhere.path], in: elsewhere)
        #expect(result.status == 0, "\(result.output)")
        #expect(result.output.contains("(1 actions replayed from ../work/gate-act/tests/side.playtest)"))
        #expect(result.output.contains("Your story is over."), "the branch's choice led to its ending")
    }

    @Test func aPlaytestWithCRLFLineEndsAndAByteOrderMarkRuns() throws {
        let windows = "\u{FEFF}" + Self.playtest.replacingOccurrences(of: "\n", with: "\r\n")
        let (_, file) = try Self.layout(playtest: windows)
        #expect(try Data(contentsOf: file).starts(with: [0xEF, 0xBB, 0xBF, 0x23]))
        let result = try Self.test([file.path])
        #expect(result.status == 0, "\(result.output)")
        #expect(result.output.hasSuffix("(1 actions, 2 checks)\n1 passed, 0 failed\n"), "\(result.output)")
    }

    @Test func linesThatCannotBeReadAreReportedAtTheWordAtFault() throws {
        let (_, file) = try Self.layout(playtest: """
            scenario .. again
            with
            players r
            players r
            seed many
            expect world strike >> 3
            expect event revolt maybe
            expect p1 courage = lots
              p1 walk away

            """)
        let result = try Self.test([file.path])
        #expect(result.status == 1)
        let path = file.path
        #expect(result.output == """
            \(path):1:1: error: write one scenario after 'scenario': a bundled scenario's id or a folder's path (relative to this file)
            \(path):2:1: error: write the branches after 'with': bundled ids or folders' paths (relative to this file)
            \(path):4:1: error: the players are already named on line 3
            \(path):5:6: error: the seed must be one whole number from 0 to 18446744073709551615, as in 'seed 1'
            \(path):6:21: error: compare with =, !=, <, <=, > or >=
            \(path):7:21: error: an event is fired, otherwise, pending or lapsed
            \(path):8:21: error: expected a number, yes or no after '='
            \(path):9:3: error: 'p1 walk away' is not a header (scenario, with, players, seed, at), an action (pN choose ID [outcome K]) or an expectation (expect …)
            0 passed, 1 failed

            """, "\(result.output)")
        let noPlayers = try Self.layout(playtest: "scenario ..\n").playtest
        #expect(try Self.test([noPlayers.path]).output.hasPrefix("\(noPlayers.path):1:1: error: a playtest needs a line 'players ROLE…' naming the role of each player\n"))
    }

    @Test func aMissingScenarioOrBranchIsReportedAtTheLineThatNamesIt() throws {
        let (_, file) = try Self.layout(playtest: "players r\nscenario  gate-akt\n")
        #expect(try Self.test([file.path]).output.hasPrefix(
            "\(file.path):2:11: error: there is no scenario folder 'gate-akt' beside this file, and no bundled scenario has this id (bundled: march-1917, october-1917)\n"))
        try "scenario ../missing\nplayers r\n".write(to: file, atomically: true, encoding: .utf8)
        let folder = file.deletingLastPathComponent().path
        #expect(try Self.test([file.path]).output.hasPrefix(
            "\(file.path):1:10: error: there is no scenario folder '../missing' (looked for \(folder)/../missing; a path is relative to this file's folder)\n"))
        try "scenario ..\nwith side-door volynsky-obeys\nwith side-dor\nplayers r\n".write(to: file, atomically: true, encoding: .utf8)
        #expect(try Self.test([file.path]).output.hasPrefix(
            "\(file.path):3:6: error: there is no branch folder 'side-dor' beside this file or in a folder above it, and no bundled branch has this id (bundled: volynsky-obeys)\n"))
        try "with side-dor\nscenario gate-akt\nplayers r\n".write(to: file, atomically: true, encoding: .utf8)
        #expect(try Self.test([file.path]).output == """
            \(file.path):1:6: error: there is no branch folder 'side-dor' beside this file or in a folder above it, and no bundled branch has this id (bundled: volynsky-obeys)
            \(file.path):2:10: error: there is no scenario folder 'gate-akt' beside this file, and no bundled scenario has this id (bundled: march-1917, october-1917)
            0 passed, 1 failed

            """, "every name that names nothing, in the file's order")
        try "scenario march-1917\nwith volynsky-obey\nplayers worker\n".write(to: file, atomically: true, encoding: .utf8)
        #expect(try Self.test([file.path]).output.hasPrefix(
            "\(file.path):2:6: error: there is no branch folder 'volynsky-obey' beside this file or in a folder above it, and no bundled branch has this id; did you mean 'volynsky-obeys'?\n"))
    }

    @Test func aScenarioWithErrorsShowsThemAndPointsAtTheLineThatNamesIt() throws {
        let (root, file) = try Self.layout(playtest: "players r\nscenario ..\n")
        let story = root.appendingPathComponent("work/gate-act/main.story")
        try Self.scenario.replacingOccurrences(of: "go out", with: "go outside").write(to: story, atomically: true, encoding: .utf8)
        let output = try Self.test([file.path]).output
        #expect(output.contains("main.story:14:8: error: "), "\(output)")
        #expect(output.contains("\(file.path):2:10: error: the scenario has errors, so this file cannot be played\n"), "\(output)")
    }

    @Test func failedExpectationsPointAtTheNameTheyAreAboutAndRefusedActionsAtTheirLine() throws {
        let (_, file) = try Self.layout(playtest: """
            scenario ..
            with side-door
            players r
            expect p1 at gaet
              expect p2 at gate
            expect world strike = 1
            expect p1 courage = 1
            expect event revolt fired
            expect text ru Ворота.
            expect p1 ending side-end
            p1 choose sidee

            """)
        let result = try Self.test([file.path])
        let path = file.path
        #expect(result.output == """
            \(path):4:14: error: there is no scene 'gaet'; did you mean 'gate'?
            \(path):5:10: error: there is no player p2
            \(path):6:14: error: there is no world variable 'strike'
            \(path):7:11: error: there is no player variable 'courage'
            \(path):8:14: error: there is no event 'revolt'
            \(path):9:13: error: the scenario has no language 'ru'; it is written in en
            \(path):10:1: error: expected p1 at ending 'side-end', but p1 is in scene 'gate'
            \(path):11:1: error: 'p1 choose sidee' was refused: there is no choice 'sidee' here (p1 is in scene 'gate')
            FAIL \(path)
            0 passed, 1 failed

            """, "\(result.output)")
        try "scenario ..\nplayers r  rr\n".write(to: file, atomically: true, encoding: .utf8)
        #expect(try Self.test([file.path]).output.hasPrefix("\(path):2:12: error: there is no role 'rr'; did you mean 'r'? (roles: r)\n"))
    }

    @Test func exploresReplayFilesNameTheScenarioFromTheirOwnFolder() throws {
        let (root, _) = try Self.layout()
        let work = root.appendingPathComponent("work")
        // A choice whose condition divides by zero: a runtime error, which explore writes a replay file for.
        let risky = "  choice risky\n    en: Risky.\n    only if 10 / zero > 1\n    go out\n"
        let failing = Self.scenario.replacingOccurrences(of: "  choice leave\n", with: risky + "  choice leave\n")
            + "world number zero 0 to 10 = 0\n"
        try failing.write(to: work.appendingPathComponent("gate-act/main.story"), atomically: true, encoding: .utf8)
        let explored = try Support.run(["explore", "gate-act", "--with", "side-door", "--mode", "exhaustive"], in: work)
        #expect(explored.status == 1, "\(explored.output)")
        let failures = work.appendingPathComponent("explore-failures")
        let replay = try #require(try FileManager.default.contentsOfDirectory(atPath: failures.path).first { $0.hasSuffix(".playtest") })
        let text = try String(contentsOf: failures.appendingPathComponent(replay), encoding: .utf8)
        #expect(text.contains("\nscenario ../gate-act\nwith ../side-door\n"), "\(text)")
        let result = try Support.run(["test", "../work/explore-failures/" + replay], in: root.appendingPathComponent("elsewhere"))
        #expect(result.status == 0, "\(result.output)")
    }
}
