import Foundation
import Testing
@testable import PetrogradCommands
import PetrogradConsole
import PetrogradCore

@Suite struct NewBranchCommandTests {
    /// Runs `petrograd new branch ARGUMENTS`.
    static func newBranch(_ arguments: [String]) throws -> (status: Int32, text: String) {
        var output = StringOutput()
        let status = try NewBranchCommand.parse(arguments).execute(library: Support.library, output: &output)
        return (status, output.text)
    }

    /// Writes the branch `name` at `scene` into a new temporary folder; returns the branch folder.
    static func written(_ name: String = "second-thoughts", at scene: String = "bread-queue") throws -> URL {
        let folder = try Support.temporaryFolder().appendingPathComponent(name)
        let (status, text) = try newBranch([name, "--from", "march-1917", "--at", scene, "--output", folder.path])
        try #require(status == 0, "\(text)")
        return folder
    }

    /// The bundled scenario compiled with the branch folder.
    static func compiled(with folder: URL) throws -> Compilation {
        let base = try ScenarioFiles.read(Support.root.appendingPathComponent("Scenarios/march-1917").path)
        return Compiler.compile(base, branches: [try ScenarioFiles.read(folder.path)])
    }

    @Test func newBranchWritesOneFileThatChecksCleanWithItsScenario() throws {
        let folder = try Self.written()
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["second-thoughts.story"])
        let compilation = try Self.compiled(with: folder)
        #expect(compilation.diagnostics.isEmpty, "\(compilation.diagnostics.map { "\($0.location): \($0.text)" })")
        let scenario = try #require(compilation.scenario)
        #expect(scenario.branches == ["second-thoughts"])

        var output = StringOutput()
        let check = try CheckCommand.parse(["march-1917", "--with", folder.path, "--strict"])
        #expect(check.execute(library: Support.library, output: &output, colour: false) == 0, "\(output.text)")
        #expect(output.text.contains("march-1917 with \(folder.path): no problems"))
    }

    @Test func theNewChoiceIsOfferedInTheSceneAfterTheScenariosOwn() throws {
        let scenario = try #require(try Self.compiled(with: Self.written()).scenario)
        let scene = try #require(scenario.sceneIndex("bread-queue"))
        let ids = scenario.scenes[scene].choices.map { scenario.choices[$0].id }
        #expect(ids == ["wait-longer", "ask-neighbour", "spread-word", "sleep", "second-thoughts"])
        let own = try #require(scenario.sceneIndex("second-thoughts"))
        #expect(scenario.scenes[own].moment == scenario.scenes[scene].moment, "the new scene is dated like the scene it branches from")
        #expect(scenario.scenes[own].roles == scenario.scenes[scene].roles)
        #expect(scenario.scenes[own].choices.map { scenario.choices[$0].id } == ["carry-on", "step-aside"])
    }

    @Test func aGameCanBePlayedThroughTheNewChoiceToTheNewEnding() throws {
        let scenario = try #require(try Self.compiled(with: Self.written()).scenario)
        let worker = try #require(scenario.roleIndex("worker"))
        var game = try #require(try? Game.start(scenario, roles: [worker], seed: 1917).get().0)
        #expect(game.state.players[0].position == .scene(try #require(scenario.sceneIndex("bread-queue"))))
        _ = try game.perform(.choose(player: 1, choice: "second-thoughts")).get()
        #expect(game.state.players[0].position == .scene(try #require(scenario.sceneIndex("second-thoughts"))))
        let events = try game.perform(.choose(player: 1, choice: "step-aside")).get()
        let ending = try #require(scenario.endingIndex("second-thoughts-ending"))
        #expect(game.state.players[0].position == .ending(ending))
        #expect(events.contains(.endingReached(player: 0, ending: ending)))
    }

    @Test func theWayBackLeadsOnIntoTheStoryAndTheChoiceIsNotOfferedAgain() throws {
        let scenario = try #require(try Self.compiled(with: Self.written(at: "mill-gate")).scenario)
        let worker = try #require(scenario.roleIndex("worker"))
        let millGate = try #require(scenario.sceneIndex("mill-gate"))
        var game = try #require(try? Game.start(scenario, roles: [worker], seed: 1, setup: .init(startScene: millGate)).get().0)
        _ = try game.perform(.choose(player: 1, choice: "second-thoughts")).get()
        _ = try game.perform(.choose(player: 1, choice: "carry-on")).get()
        // mill-gate's first choice that is always offered, walk-out, leads to liteiny.
        #expect(game.state.players[0].position == .scene(try #require(scenario.sceneIndex("liteiny"))))
    }

    @Test func theFileExplainsEachPartAndHowToCheckPlayAndExploreIt() throws {
        let folder = try Self.written()
        let text = try String(contentsOf: folder.appendingPathComponent("second-thoughts.story"), encoding: .utf8)
        #expect(text.hasPrefix("format 2\n"))
        let path = folder.path
        for line in [
            "branch second-thoughts", "  extends march-1917", "in scene bread-queue", "  when not visited second-thoughts",
            "  choice second-thoughts", "    en: Stop for a moment and think it over.", "    hi: एक पल रुककर सोच-विचार करो।", "    reply",
            "      en: Stepping aside from the crowd, you have a moment to think.",
            "scene second-thoughts", "  for worker", "  on 22 Feb 1917, evening", "  at vyborg", "  note", "  choice carry-on",
            "    go mill-gate", "  choice step-aside", "    go second-thoughts-ending", "ending second-thoughts-ending", "  debrief",
            "#   petrograd check march-1917 --with \(path)",
            "#   petrograd play march-1917 --with \(path) --role worker --at bread-queue",
            "#   petrograd explore march-1917 --with \(path)",
        ] {
            #expect(text.contains("\n\(line)\n"), "missing line: \(line)")
        }
        #expect(text.contains("\n  source "))
        for keyword in ["'branch ID'", "'extends'", "'in scene SCENE'", "'when CONDITION'", "'reply'", "branch's own scene", "new ending", "'debrief'"] {
            #expect(text.contains(keyword), "no comment explains \(keyword)")
        }
        #expect(!text.uppercased().contains("TODO"))
        #expect(!text.contains("FIXME") && !text.contains("XXX"))
    }

    @Test func branchIsASubcommandOfNew() throws {
        let parsed = try NewCommand.parseAsRoot(["branch", "aside", "--from", "march-1917", "--at", "bread-queue"])
        let command = try #require(parsed as? NewBranchCommand)
        #expect(command.name == "aside" && command.from == "march-1917" && command.at == "bread-queue" && command.output == nil)
    }

    @Test func theCommandSaysWhatItWroteAndWhatToRunNext() throws {
        let folder = try Support.temporaryFolder().appendingPathComponent("aside")
        let (status, text) = try Self.newBranch(["aside", "--from", "march-1917", "--at", "barracks-bunks", "--output", folder.path])
        #expect(status == 0, "\(text)")
        #expect(text.contains("Wrote \(folder.path)/aside.story: branch 'aside' of march-1917"))
        #expect(text.contains("It checks clean with march-1917. Next:\n"))
        #expect(text.contains("  petrograd play march-1917 --with \(folder.path) --role soldier --at barracks-bunks\n"))
    }

    @Test func idsThatClashWithTheScenariosGetANumber() throws {
        // 'sleep' is a choice of bread-queue and 'liteiny' a scene: the branch's ids step aside.
        for (name, scene) in [("sleep", "bread-queue"), ("liteiny", "mill-gate")] {
            let folder = try Self.written(name, at: scene)
            let compilation = try Self.compiled(with: folder)
            #expect(compilation.diagnostics.isEmpty, "\(name): \(compilation.diagnostics.map { "\($0.location): \($0.text)" })")
        }
        let text = try String(contentsOf: try Self.written("liteiny", at: "mill-gate").appendingPathComponent("liteiny.story"), encoding: .utf8)
        #expect(text.contains("\nscene liteiny-2\n"))
        #expect(text.contains("\n  choice liteiny\n"))
    }

    @Test func aBranchAtEveryKindOfSceneOfTheBundledScenarioChecksCleanAndPlays() throws {
        let base = try ScenarioFiles.read(Support.root.appendingPathComponent("Scenarios/march-1917").path)
        let scenario = try #require(Compiler.compile(base).scenario)
        // One scene of each shape the template handles differently (compiling the act takes a while).
        var shapes = Set<[Bool]>()
        var tried = 0
        for scene in scenario.scenes.indices {
            let id = scenario.scenes[scene].id
            let template = BranchTemplate(id: "try-\(id)", scenario: scenario, scene: scene,
                                          commands: .init(scenario: "march-1917", folder: "./try-\(id)"))
            let model = scenario.scenes[scene]
            let shape = [model.roles.count == 1, model.moment != nil, model.place != nil, model.source != nil,
                         model.fallback != nil, model.choices.isEmpty, template.returnVia == nil,
                         scenario.roles.contains { $0.start == scene }]
            guard shapes.insert(shape).inserted else { continue }
            tried += 1
            let compilation = Compiler.compile(base, branches: [[SourceFile(path: "try/try.story", text: template.text)]])
            #expect(compilation.diagnostics.isEmpty, "at \(id): \(compilation.diagnostics.map { "\($0.location): \($0.text)" })")
            guard let withBranch = compilation.scenario else { continue }
            #expect(template.problemPlaying(withBranch) == nil, "at \(id)")
        }
        #expect(tried >= 3)
    }

    @Test func aBranchIsWrittenInTheScenariosLanguagesAndWorksAtAPassageWithNoDateOrPlace() throws {
        let folder = try Support.temporaryFolder()
        let scenarioFolder = folder.appendingPathComponent("tiny")
        try FileManager.default.createDirectory(at: scenarioFolder, withIntermediateDirectories: true)
        try "format 1\nscenario tiny\n  en: Tiny\n  languages en\nrole r\n  en: R\n  start s\nscene s\n  en: S\n  go done\nending done\n  en: Done\n"
            .write(to: scenarioFolder.appendingPathComponent("tiny.story"), atomically: true, encoding: .utf8)
        let branch = folder.appendingPathComponent("pause")
        let (status, output) = try Self.newBranch(["pause", "--from", scenarioFolder.path, "--at", "s", "--output", branch.path])
        #expect(status == 0, "\(output)")
        #expect(output.contains("  petrograd play \(scenarioFolder.path) --with \(branch.path) --at s\n"), "no --role: the scene is for every role")
        let text = try String(contentsOf: branch.appendingPathComponent("pause.story"), encoding: .utf8)
        #expect(!text.contains("hi:"))
        #expect(!text.contains("\n  for ") && !text.contains("\n  on ") && !text.contains("\n  at "))
        #expect(text.contains("\n    go s\n"), "a scene with no choices of its own is returned to, and its 'go' carries the player on")

        let compilation = Compiler.compile(try ScenarioFiles.read(scenarioFolder.path), branches: [try ScenarioFiles.read(branch.path)])
        #expect(compilation.diagnostics.isEmpty, "\(compilation.diagnostics.map { "\($0.location): \($0.text)" })")
        let scenario = try #require(compilation.scenario)
        var game = try #require(try? Game.start(scenario, roles: [0], seed: 1).get().0)
        _ = try game.perform(.choose(player: 1, choice: "pause")).get()
        _ = try game.perform(.choose(player: 1, choice: "carry-on")).get()
        #expect(game.state.players[0].position == .ending(try #require(scenario.endingIndex("done"))))
    }

    @Test("A name that is not an id is refused", arguments: ["2nd-thoughts", "second thoughts", "-second", "सोच", "second/thoughts", ""])
    func aNameThatIsNotAnIdIsRefused(name: String) throws {
        let folder = try Support.temporaryFolder()
        // After '--', a name that starts with '-' is still the name.
        let (status, text) = try Self.newBranch(["--from", "march-1917", "--at", "bread-queue", "--output", folder.appendingPathComponent("b").path, "--", name])
        #expect(status == 1)
        #expect(text.contains("cannot be a branch's id"))
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("b").path))
    }

    @Test func anUnknownSceneIsRefusedWithASuggestion() throws {
        let folder = try Support.temporaryFolder().appendingPathComponent("b")
        let (status, text) = try Self.newBranch(["b", "--from", "march-1917", "--at", "bread-queu", "--output", folder.path])
        #expect(status == 1)
        #expect(text.contains("error: march-1917 has no scene 'bread-queu'; did you mean 'bread-queue'?"))
        #expect(!FileManager.default.fileExists(atPath: folder.path))
        let ending = try Self.newBranch(["b", "--from", "march-1917", "--at", "d-committee", "--output", folder.path])
        #expect(ending.status == 1)
        #expect(ending.text.contains("'d-committee' is an ending"))
    }

    @Test func anUnknownScenarioIsRefused() throws {
        let folder = try Support.temporaryFolder().appendingPathComponent("b")
        let (status, text) = try Self.newBranch(["b", "--from", "march-1971", "--at", "bread-queue", "--output", folder.path])
        #expect(status == 1)
        #expect(text.contains("march-1971: error:"))
        #expect(!FileManager.default.fileExists(atPath: folder.path))
    }

    @Test func anExistingFolderIsNeverWrittenInto() throws {
        let folder = try Support.temporaryFolder()
        let (status, text) = try Self.newBranch(["b", "--from", "march-1917", "--at", "bread-queue", "--output", folder.path])
        #expect(status == 1)
        #expect(text.contains("\(folder.path): error: this already exists"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty)
    }
}

/// A branch written inside the folder of the scenario it extends would be read as part of the scenario.
@Suite struct NewBranchPlacementTests {
    @Test func aBranchInsideTheScenariosFolderIsRefusedWithWhereToPutItInstead() throws {
        let copy = try Support.temporaryFolder().appendingPathComponent("m17")
        try FileManager.default.copyItem(atPath: Support.smallScenario, toPath: copy.path)
        let link = copy.deletingLastPathComponent().appendingPathComponent("m17link")
        try FileManager.default.createSymbolicLink(at: link, withDestinationURL: copy)
        let parent = URL(fileURLWithPath: RealPath.of(copy.deletingLastPathComponent().path)).path
        for (from, output) in [(copy.path, copy.path + "/my-branch"), (copy.path, link.path + "/deeper/my-branch"), (link.path, copy.path + "/my-branch")] {
            var result = StringOutput()
            let command = try NewBranchCommand.parse(["my-branch", "--from", from, "--at", "dawn-roll-call", "--output", output])
            #expect(command.execute(library: Support.library, output: &result) == 1, "\(output): \(result.text)")
            #expect(result.text.contains("\(output): error: this is inside the folder of the scenario \(from)"), "\(result.text)")
            #expect(result.text.contains("for example --output \(parent)/my-branch"), "\(result.text)")
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: copy.path).sorted() == FileManager.default.contentsOfDirectory(atPath: Support.smallScenario).sorted())
    }

    @Test func runInsideTheScenarioWithTheDefaultFolderNothingIsWrittenAndTheScenarioStillChecks() throws {
        let copy = try Support.temporaryFolder().appendingPathComponent("m17")
        try FileManager.default.copyItem(atPath: Support.smallScenario, toPath: copy.path)
        let result = try Support.run(["new", "branch", "my-branch", "--from", ".", "--at", "dawn-roll-call"], in: copy)
        #expect(result.status == 1, "\(result.output)")
        #expect(result.output.contains("my-branch: error: this is inside the folder of the scenario ."), "\(result.output)")
        #expect(!FileManager.default.fileExists(atPath: copy.appendingPathComponent("my-branch").path))
        let check = try Support.run(["check", "."], in: copy)
        #expect(check.status == 0, "\(check.output)")
    }

    @Test func aBranchInsideABundledScenarioIsRefused() throws {
        let inside = Support.root.appendingPathComponent("Scenarios/march-1917/drafts/my-branch").path
        var result = StringOutput()
        let command = try NewBranchCommand.parse(["my-branch", "--from", Support.smallScenario, "--at", "dawn-roll-call", "--output", inside])
        #expect(command.execute(library: Support.library, output: &result) == 1)
        #expect(result.text.contains("inside the folder of the bundled scenario"), "\(result.text)")
        #expect(result.text.contains("for example --output ~/my-branch"), "\(result.text)")
        #expect(!FileManager.default.fileExists(atPath: Support.root.appendingPathComponent("Scenarios/march-1917/drafts").path))
    }

    @Test func aBranchBesideTheScenarioIsWritten() throws {
        let folder = try Support.temporaryFolder()
        let copy = folder.appendingPathComponent("m17")
        try FileManager.default.copyItem(atPath: Support.smallScenario, toPath: copy.path)
        var result = StringOutput()
        let command = try NewBranchCommand.parse(["my-branch", "--from", copy.path, "--at", "dawn-roll-call", "--output", folder.path + "/m17-branch"])
        #expect(command.execute(library: Support.library, output: &result) == 0, "\(result.text)")
    }
}
