import Foundation
import PetrogradConsole
@testable import PetrogradCommands
import PetrogradCore
import Testing

/// `play LATER-ACT --from FINISHED-GAME`, `explore --from`, and the offer to go on after an ending.
@Suite struct CarriedGameTests {
    /// The small act that follows the bundled March act (a fixture of the core's tests).
    static let afterMarch = Support.root.appendingPathComponent("Tests/PetrogradCoreTests/Fixtures/carry/after-march-1917").path

    /// The March act, compiled.
    static func march() throws -> Scenario {
        try #require(try ScenarioLoader(library: Support.library).load("march-1917").get().compilation.scenario)
    }

    /// A March game played by one of its golden playthroughs, written to a file in `folder`; `finishing`
    /// false stops it one action short of its ending.
    static func marchGame(_ playthrough: String, in folder: URL, finishing: Bool = true) throws -> String {
        let march = try march()
        let text = try String(contentsOf: Support.root.appendingPathComponent("Scenarios/march-1917/tests/\(playthrough).playtest"), encoding: .utf8)
        let playtest = Playtest.parse(text).0
        let roles = try PlaytestRunner.roles(of: playtest, in: march).get()
        var game = try Game.start(march, roles: roles, seed: playtest.seed).get().0
        var actions: [Action] = playtest.steps.compactMap { step in
            if case .act(let action) = step.instruction { return action }
            return nil
        }
        if !finishing { actions.removeLast() }
        for action in actions { _ = try game.perform(action).get() }
        var document = SaveDocument(game: game, program: "test")
        document.name = "anna"
        let path = folder.appendingPathComponent("\(playthrough).json").path
        try document.encoded().write(to: URL(fileURLWithPath: path))
        return path
    }

    static func play(_ arguments: [String], lines: [String], state: URL, asksToGoOn: Bool = false, library: ScenarioLibrary = Support.library) throws -> (status: Int32, output: String) {
        let command = try PlayCommand.parse(arguments)
        var reader = ScriptedLineReader(lines: lines)
        var shown: [String] = []
        let status = command.execute(library: library, reader: &reader, saves: SaveStore(directory: state.appendingPathComponent("saves/\(arguments[0].split(separator: "/").last!)").path),
                                     settingsPath: state.appendingPathComponent("settings").path, output: { shown.append($0) }, width: 200,
                                     asksToGoOn: asksToGoOn)
        return (status, shown.joined(separator: "\n"))
    }

    @Test func aFinishedMarchGameCarriesOnWithItsRoleValuesAndAFirstJournalLine() throws {
        let state = try Support.temporaryFolder()
        let file = try Self.marchGame("soldier-s-village", in: state)
        let march = try Self.march()
        let document = try SaveDocument.decode(Data(contentsOf: URL(fileURLWithPath: file))).get()
        let (status, output) = try Self.play([Self.afterMarch, "--from", file, "--lang", "en", "--name", "anna", "--seed", "1"],
                                             lines: ["journal", "quit"], state: state)
        #expect(status == 0, "\(output)")
        #expect(output.contains("Carried on from the finished game in \(file)"), "\(output)")
        #expect(output.contains("The garrison's obedience stands at \(document.world["garrison"]!), hunger at \(document.world["hunger"]!), courage at \(document.players[0].variables["courage"]!)."), "\(output)")
        let ending = try #require(march.endings.first { $0.id == "s-village" })
        let firstSentence = TextRendering.text(ending.text, language: "en").text.components(separatedBy: ". ")[0]
        #expect(output.contains("Earlier, in Petrograd, February–March 1917: \(firstSentence)."), "\(output)")
        // The save of the carried game records what was carried, so that loading it starts the same.
        let saved = try SaveStore(directory: state.appendingPathComponent("saves/after-march-1917/anna").path).read("autosave").get().0
        #expect(saved.carried?.act == "march-1917")
        #expect(saved.carried?.seats.map(\.role) == ["soldier"])
        #expect(saved.carried?.seats.first?.values["ended-s-village"] == 1)
        #expect(saved.players.map(\.role) == ["soldier"])
    }

    @Test func aNameFromTheFinishedGamesFolderIsFoundAsListShowsIt() throws {
        let state = try Support.temporaryFolder()
        let finished = state.appendingPathComponent("saves/march-1917/anna/finished")
        try FileManager.default.createDirectory(at: finished, withIntermediateDirectories: true)
        let file = try Self.marchGame("worker-w-delegate", in: finished)
        let name = URL(fileURLWithPath: file).lastPathComponent
        let (status, output) = try Self.play([Self.afterMarch, "--from", name, "--lang", "en", "--name", "anna", "--seed", "1"], lines: ["quit"], state: state)
        #expect(status == 0, "\(output)")
        #expect(output.contains("Carried on from the finished game in \(file)"), "\(output)")
    }

    @Test func aGameThatHasNotEndedIsRefusedInBothLanguages() throws {
        let state = try Support.temporaryFolder()
        let file = try Self.marchGame("worker-w-delegate", in: state, finishing: false)
        let english = try Self.play([Self.afterMarch, "--from", file, "--lang", "en", "--name", "anna"], lines: [], state: state)
        #expect(english.status == 1)
        #expect(english.output.contains("Problem: '\(file)' cannot be carried on: player 1 (worker) has not reached an ending yet: finish that game first."), "\(english.output)")
        let hindi = try Self.play([Self.afterMarch, "--from", file, "--lang", "hi", "--name", "anna"], lines: [], state: state)
        #expect(hindi.status == 1)
        #expect(hindi.output.contains("समस्या: '\(file)' का खेल (खिलाड़ी 1, worker) अभी अंत तक नहीं पहुँचा; पहले उसे पूरा करो।"), "\(hindi.output)")
    }

    @Test func aGameOfAnotherActIsRefused() throws {
        let state = try Support.temporaryFolder()
        // A finished game of the later act itself is not a game of the act it follows.
        let carried = try Self.marchGame("duma-crown", in: state)
        let first = try Self.play([Self.afterMarch, "--from", carried, "--lang", "en", "--name", "anna", "--seed", "1"], lines: ["1", "quit"], state: state)
        #expect(first.status == 0, "\(first.output)")
        let finished = state.appendingPathComponent("saves/after-march-1917/anna/finished")
        let kept = try #require(try FileManager.default.contentsOfDirectory(atPath: finished.path).first)
        let path = finished.appendingPathComponent(kept).path
        let (status, output) = try Self.play([Self.afterMarch, "--from", path, "--lang", "en", "--name", "anna"], lines: [], state: state)
        #expect(status == 1)
        #expect(output.contains("cannot be carried on: it is a game of 'after-march-1917', but this act follows 'march-1917'."), "\(output)")
        let hindi = try Self.play([Self.afterMarch, "--from", path, "--lang", "hi", "--name", "anna"], lines: [], state: state)
        #expect(hindi.output.contains("'after-march-1917' का खेल है, पर यह कहानी 'march-1917' से आगे चलती है"), "\(hindi.output)")
    }

    @Test func aDamagedFileOrAMissingOneIsRefused() throws {
        let state = try Support.temporaryFolder()
        let damaged = state.appendingPathComponent("damaged.json")
        try Data("{ not a save".utf8).write(to: damaged)
        let (status, output) = try Self.play([Self.afterMarch, "--from", damaged.path, "--lang", "en", "--name", "anna"], lines: [], state: state)
        #expect(status == 1)
        #expect(output.contains("Problem: '\(damaged.path)' is not a Petrograd save, or it is damaged ("), "\(output)")
        let hindi = try Self.play([Self.afterMarch, "--from", damaged.path, "--lang", "hi", "--name", "anna"], lines: [], state: state)
        #expect(hindi.output.contains("समस्या: '\(damaged.path)' पेत्रोग्राद का सहेजा हुआ खेल नहीं है, या ख़राब हो गया है ("), "\(hindi.output)")
        let missing = try Self.play([Self.afterMarch, "--from", "no-such-game", "--lang", "en", "--name", "anna"], lines: [], state: state)
        #expect(missing.output.contains("there is no finished game 'no-such-game'. Give a finished game of 'march-1917'"), "\(missing.output)")
    }

    @Test func aGameOfSeveralPlayersCarriesOnTheSeatThatRoleNames() throws {
        let state = try Support.temporaryFolder()
        let march = try Self.march()
        var game = try Game.start(march, roles: [march.roleIndex("worker")!, march.roleIndex("duma")!], seed: 1).get().0
        // Each player's own playthrough; a player ahead of the other waits, so they take turns as the clock allows.
        var queues: [[Action]] = try ["worker-w-delegate", "duma-crown"].enumerated().map { index, playthrough in
            let text = try String(contentsOf: Support.root.appendingPathComponent("Scenarios/march-1917/tests/\(playthrough).playtest"), encoding: .utf8)
            return Playtest.parse(text).0.steps.compactMap { step in
                guard case .act(.choose(_, let choice, let outcome)) = step.instruction else { return nil }
                return .choose(player: index + 1, choice: choice, outcome: outcome)
            }
        }
        var moved = true
        while moved {
            moved = false
            for index in queues.indices where !queues[index].isEmpty {
                if case .success = game.perform(queues[index][0]) {
                    queues[index].removeFirst()
                    moved = true
                }
            }
        }
        let file = state.appendingPathComponent("class.json")
        try SaveDocument(game: game, program: "test").encoded().write(to: file)
        try #require(game.state.players.allSatisfy { !$0.isActive })
        let refused = try Self.play([Self.afterMarch, "--from", file.path, "--lang", "en", "--name", "anna"], lines: [], state: state)
        #expect(refused.status == 1)
        #expect(refused.output.contains("holds a game of 2 players (worker, duma). This console plays one player at a time: say whose part to carry on with --role"), "\(refused.output)")
        let chosen = try Self.play([Self.afterMarch, "--from", file.path, "--role", "duma", "--lang", "en", "--name", "anna"], lines: ["quit"], state: state)
        #expect(chosen.status == 0, "\(chosen.output)")
        let saved = try SaveStore(directory: state.appendingPathComponent("saves/after-march-1917/anna").path).read("autosave").get().0
        #expect(saved.carried?.seats.map(\.role) == ["duma"])
    }

    /// A March soldier's game one choice from its ending, saved as 'nearly' among anna's March saves;
    /// the number the console gives that last choice.
    static func nearlyFinishedMarch(in state: URL) throws -> (saves: URL, number: Int) {
        let file = try marchGame("soldier-s-village", in: state, finishing: false)
        let saves = state.appendingPathComponent("saves/march-1917/anna")
        try FileManager.default.createDirectory(at: saves, withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: file, toPath: saves.appendingPathComponent("nearly.json").path)
        let march = try march()
        let text = try String(contentsOf: Support.root.appendingPathComponent("Scenarios/march-1917/tests/soldier-s-village.playtest"), encoding: .utf8)
        let last = try #require(Playtest.parse(text).0.steps.compactMap { step -> String? in
            if case .act(.choose(_, let choice, _)) = step.instruction { return choice }
            return nil
        }.last)
        let game = try SaveDocument.decode(Data(contentsOf: URL(fileURLWithPath: file))).get().restore(in: march).get().game
        let options = game.simulation.options(for: 0, in: game.state)
        return (saves, try #require(options.firstIndex { march.choices[$0.choice].id == last }) + 1)
    }

    @Test func afterAnEndingTheNextActIsOfferedAndYesStartsItCarriedOn() throws {
        let library = try Self.libraryWithAfterMarch()
        let state = try Support.temporaryFolder()
        let (saves, number) = try Self.nearlyFinishedMarch(in: state)
        let (status, output) = try Self.play(["march-1917", "--load", "nearly", "--lang", "en", "--name", "anna"], lines: ["\(number)", "yes", "quit"],
                                             state: state, asksToGoOn: true, library: library)
        #expect(status == 0, "\(output)")
        #expect(output.contains("The story goes on: After March: a small act. To carry this game on there, type:"), "\(output)")
        let finished = try FileManager.default.contentsOfDirectory(atPath: saves.appendingPathComponent("finished").path)
        let kept = saves.appendingPathComponent("finished/\(try #require(finished.first))").path
        #expect(output.contains("  petrograd play after-march-1917 --from \(kept) --lang en --name anna"), "\(output)")
        #expect(output.contains("Go on now? (yes/no)"), "\(output)")
        #expect(output.contains("Carried on from the finished game in \(kept)"), "\(output)")
        #expect(output.contains("It is an April morning."), "\(output)")
    }

    @Test func afterAnEndingAtAPipeTheCommandIsPrintedInHindiAndNothingIsAsked() throws {
        let library = try Self.libraryWithAfterMarch()
        let state = try Support.temporaryFolder()
        let (_, number) = try Self.nearlyFinishedMarch(in: state)
        let (status, output) = try Self.play(["march-1917", "--load", "nearly", "--lang", "hi", "--name", "anna"], lines: ["\(number)", "हाँ", "quit"],
                                             state: state, library: library)
        #expect(status == 0, "\(output)")
        #expect(output.contains("कहानी आगे चलती है: मार्च के बाद: एक छोटा अंक। इस खेल को वहाँ ले जाने के लिए लिखो:"), "\(output)")
        #expect(output.contains("  petrograd play after-march-1917 --from "), "\(output)")
        #expect(!output.contains("क्या अभी आगे बढ़ें?"), "\(output)")
        #expect(!output.contains("अप्रैल की सुबह"), "\(output)")
    }

    @Test func exploreFromAFinishedGameExploresTheCarriedStart() throws {
        let state = try Support.temporaryFolder()
        let file = try Self.marchGame("worker-w-delegate", in: state)
        var command = try ExploreCommand.parse([Self.afterMarch, "--from", file, "--mode", "exhaustive"])
        command.scenario = Self.afterMarch
        var output = StringOutput()
        let status = command.execute(library: Support.library, output: &output)
        #expect(status == 0, "\(output.text)")
        #expect(output.text.contains("worker"), "\(output.text)")
        #expect(!output.text.contains("soldier:"), "\(output.text)")
        var refused = StringOutput()
        let missing = try ExploreCommand.parse([Self.afterMarch, "--from", state.appendingPathComponent("none.json").path]).execute(library: Support.library, output: &refused)
        #expect(missing == 1)
        #expect(refused.text.contains("error: there is no finished game"), "\(refused.text)")
    }

    @Test func exploreFromAGoldenPlaythroughOfTheEarlierActExploresFromItsEnding() throws {
        let playthrough = Support.root.appendingPathComponent("Scenarios/march-1917/tests/duma-crown.playtest").path
        var output = StringOutput()
        let status = try ExploreCommand.parse([Self.afterMarch, "--from", playthrough, "--mode", "exhaustive"]).execute(library: Support.library, output: &output)
        #expect(status == 0, "\(output.text)")
        #expect(output.text.contains("duma"), "\(output.text)")
        #expect(!output.text.contains("worker:"), "\(output.text)")
        // A playthrough of another act is refused at its first step.
        let wrong = Support.root.appendingPathComponent("Tests/PetrogradCommandsTests/Fixtures/none.playtest").path
        var refused = StringOutput()
        #expect(try ExploreCommand.parse([Self.afterMarch, "--from", wrong]).execute(library: Support.library, output: &refused) == 1)
        #expect(refused.text.contains("error: \(wrong) cannot be read as UTF-8 text"), "\(refused.text)")
    }

    @Test func theRealBinaryPlaysACarriedGameWithPipedInput() throws {
        let state = try Support.temporaryFolder()
        let file = try Self.marchGame("worker-w-delegate", in: state)
        let (status, output) = try Support.run(["play", Self.afterMarch, "--from", file, "--lang", "en", "--seed", "1"], input: "journal\n1\nquit\n",
                                               environment: ["XDG_STATE_HOME": state.path, "XDG_CONFIG_HOME": state.path])
        #expect(status == 0, "\(output)")
        // Lines are wrapped at 80 columns when piped.
        #expect(output.contains("(Carried on from the finished game in\n\(file)\n"), "\(output)")
        #expect(output.contains("Earlier, in Petrograd,\nFebruary–March 1917: Your mill sent you to the Soviet"), "\(output)")
        #expect(output.contains("The act ends here."), "\(output)")
    }

    /// A library of the bundled March act and the small act that follows it.
    static func libraryWithAfterMarch() throws -> ScenarioLibrary {
        let root = try Support.temporaryFolder()
        try FileManager.default.createSymbolicLink(atPath: root.appendingPathComponent("march-1917").path,
                                                   withDestinationPath: Support.root.appendingPathComponent("Scenarios/march-1917").path)
        try FileManager.default.createSymbolicLink(atPath: root.appendingPathComponent("after-march-1917").path, withDestinationPath: afterMarch)
        return ScenarioLibrary(root: root.path)
    }
}
