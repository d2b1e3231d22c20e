import Foundation
import Testing
@testable import PetrogradCommands

@Suite struct CheckCommandTests {
    @Test func everyBundledScenarioChecksCleanEvenWhenStrict() throws {
        var command = try CheckCommand.parse(["--strict"])
        command.scenarios = []
        var output = StringOutput()
        let status = command.execute(library: Support.library, output: &output, colour: false)
        #expect(status == 0, "\(output.text)")
        #expect(output.text.contains("march-1917: no problems"))
    }

    @Test func aScenarioIsNamedByIdOrByPathTheSameWay() throws {
        for reference in ["march-1917", Support.root.appendingPathComponent("Scenarios/march-1917").path] {
            let command = try CheckCommand.parse([reference])
            var output = StringOutput()
            #expect(command.execute(library: Support.library, output: &output, colour: false) == 0, "\(output.text)")
        }
    }

    @Test func anUnknownScenarioIsAnErrorThatListsTheBundledOnes() throws {
        let command = try CheckCommand.parse(["no-such-scenario"])
        var output = StringOutput()
        #expect(command.execute(library: Support.library, output: &output, colour: false) == 1)
        #expect(output.text.contains("march-1917"))
    }

    @Test func problemsArePrintedCompilerStyleWithTheLineAndACaret() throws {
        let folder = try Support.temporaryFolder()
        let text = "format 1\nscenario x\n  en: X\n  languages en\nrole r\n  en: R\n  start s\nscene s\n  en: S\n  go nowhere\n"
        try text.write(to: folder.appendingPathComponent("x.story"), atomically: true, encoding: .utf8)
        let command = try CheckCommand.parse([folder.path])
        var output = StringOutput()
        #expect(command.execute(library: Support.library, output: &output, colour: false) == 1)
        #expect(output.text.contains("x.story:10:6: error: there is no scene or ending called 'nowhere' [PG020]"))
        #expect(output.text.contains("      go nowhere\n         ^"))
    }

    @Test func warningsFailOnlyWhenStrict() throws {
        let folder = try Support.temporaryFolder()
        let text = "format 1\nscenario x\n  en: X\n  languages en hi\nrole r\n  en: R\n  hi: आर\n  start s\nscene s\n  en: S\n  go done\nending done\n  en: Done\n  hi: समाप्त\n"
        try text.write(to: folder.appendingPathComponent("x.story"), atomically: true, encoding: .utf8)
        var output = StringOutput()
        #expect(try CheckCommand.parse([folder.path]).execute(library: Support.library, output: &output, colour: false) == 0)
        #expect(output.text.contains("warning: Scene 's' has no 'hi' text"))
        #expect(try CheckCommand.parse([folder.path, "--strict"]).execute(library: Support.library, output: &output, colour: false) == 1)
    }

    @Test func aStrictCheckThatFailsOnlyOnWarningsSaysThatStrictIsWhy() throws {
        let folder = try Support.temporaryFolder()
        let text = "format 1\nscenario x\n  en: X\n  languages en hi\nrole r\n  en: R\n  hi: आर\n  start s\nscene s\n  en: S\n  go done\nending done\n  en: Done\n  hi: समाप्त\n"
        try text.write(to: folder.appendingPathComponent("x.story"), atomically: true, encoding: .utf8)
        var lenient = StringOutput(), strict = StringOutput()
        #expect(try CheckCommand.parse([folder.path]).execute(library: Support.library, output: &lenient, colour: false) == 0)
        #expect(lenient.text.hasSuffix(": 0 errors and 2 warnings\n"))
        #expect(try CheckCommand.parse([folder.path, "--strict"]).execute(library: Support.library, output: &strict, colour: false) == 1)
        #expect(strict.text.hasSuffix(": 0 errors and 2 warnings (failing because of --strict)\n"))
    }

    @Test func aBundledBranchIsCheckedByItsIdWithItsScenario() throws {
        var output = StringOutput()
        #expect(try CheckCommand.parse(["volynsky-obeys"]).execute(library: Support.library, output: &output, colour: false) == 0, "\(output.text)")
        #expect(output.text.hasPrefix("march-1917 with volynsky-obeys: no problems"))
    }

    @Test func anUnknownBareNameSaysHowABranchIsNamed() throws {
        var output = StringOutput()
        #expect(try CheckCommand.parse(["cossack-wife"]).execute(library: Support.library, output: &output, colour: false) == 1)
        #expect(output.text.contains("there is no scenario folder here, and no bundled scenario has this id"))
        #expect(output.text.contains("(a branch is named by its folder's path, as in 'petrograd check ./cossack-wife', or, when it is bundled, by its id: 'petrograd list' shows the bundled branches)"))
    }

    @Test func aStrictCheckWithErrorsDoesNotBlameStrict() throws {
        let folder = try Support.temporaryFolder()
        try "format 1\nscenario x\n  en: X\n  languages en\nrole r\n  en: R\n  start s\nscene s\n  en: S\n  go nowhere\n"
            .write(to: folder.appendingPathComponent("x.story"), atomically: true, encoding: .utf8)
        var output = StringOutput()
        #expect(try CheckCommand.parse([folder.path, "--strict"]).execute(library: Support.library, output: &output, colour: false) == 1)
        #expect(output.text.hasSuffix(": 1 error and 0 warnings\n"))
    }

    @Test func jsonOutputListsEveryDiagnosticForTools() throws {
        let folder = try Support.temporaryFolder()
        try "format 1\nscenario x\n  en: X\n  languages en\nrole r\n  en: R\n  start s\nscene s\n  en: S\n  go elsewhere\n"
            .write(to: folder.appendingPathComponent("x.story"), atomically: true, encoding: .utf8)
        var output = StringOutput()
        #expect(try CheckCommand.parse([folder.path, "--format", "json"]).execute(library: Support.library, output: &output, colour: false) == 1)
        let document = try #require(try JSONSerialization.jsonObject(with: Data(output.text.utf8)) as? [String: Any])
        #expect(document["ok"] as? Bool == false)
        let scenarios = try #require(document["scenarios"] as? [[String: Any]])
        let diagnostics = try #require(scenarios.first?["diagnostics"] as? [[String: Any]])
        #expect(diagnostics.contains { $0["code"] as? String == "PG020" && $0["line"] as? Int == 10 && $0["column"] as? Int == 6 })
    }

    @Test func theRealBinaryChecksEveryBundledScenarioAndExitsZero() throws {
        let result = try Support.run(["check"])
        #expect(result.status == 0, "\(result.output)")
        let broken = try Support.temporaryFolder()
        try Data([0xFF, 0xFE, 0x00, 0x41]).write(to: broken.appendingPathComponent("bad.story"))
        let failed = try Support.run(["check", broken.path])
        #expect(failed.status == 1)
        #expect(failed.output.contains("PG001"))
    }

    @Test func aBranchWithoutExtendsIsReportedAtItsBranchLine() throws {
        let folder = try Support.temporaryFolder()
        try "format 1\n\nbranch lonely\n  en: Lonely\nin scene gate\n  choice wait\n    en: Wait.\n"
            .write(to: folder.appendingPathComponent("b.story"), atomically: true, encoding: .utf8)
        var output = StringOutput()
        #expect(try CheckCommand.parse([folder.path]).execute(library: Support.library, output: &output, colour: false) == 1)
        #expect(output.text.contains("b.story:3:1: error: branch 'lonely' must say which scenario it extends; add a line such as 'extends march-1917' under it [PG022]"),
                "\(output.text)")
        #expect(!output.text.contains("(none)"))
    }

    @Test func aStrayBranchBlockInAScenarioFolderIsReportedWhereItStands() throws {
        let folder = try Support.temporaryFolder()
        let scenario = "format 1\nscenario x\n  en: X\n  languages en\nrole r\n  en: R\n  start s\nscene s\n  en: S\n  go done\nending done\n  en: Done\n"
        try scenario.write(to: folder.appendingPathComponent("x.story"), atomically: true, encoding: .utf8)
        try "format 1\nbranch stray\n  en: Stray\n  extends x\n".write(to: folder.appendingPathComponent("y.story"), atomically: true, encoding: .utf8)
        var output = StringOutput()
        #expect(try CheckCommand.parse([folder.path]).execute(library: Support.library, output: &output, colour: false) == 1)
        // The folder is read as the scenario it declares, once: no id is reported as declared twice.
        #expect(output.text.contains("y.story:2:1: error: 'branch' belongs in a branch's own folder, not in the scenario it extends; check a branch with 'petrograd check SCENARIO --with BRANCH' [PG022]"),
                "\(output.text)")
        #expect(!output.text.contains("PG021"))
    }
}
