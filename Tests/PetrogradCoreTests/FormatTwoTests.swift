import Foundation
@testable import PetrogradCore
import Testing

/// Format 2's statements: replies, text on a statement's line, counts, effects on entering, conditional
/// effects, constants and named texts.
@Suite struct FormatTwoTests {
    static let story = """
        format 2

        scenario sample en: A sample
          languages en
          dates 23 Feb to 24 Feb

        role worker en: Worker
          start mill

        constant ration = 2
        constant double-ration = ration * 2
        world number bread 0 to 10 = 3
        player number hunger 0 to 100 = 50
        player number fed 0 to 10

        text queue en: The queue {if visits mill > 1}again {end}stretches to the corner.

        scene mill en: {queue} Bread: {bread}, ration {double-ration}.
          on 23 Feb, morning
          add 5 to hunger
          if hunger > 60
            journal en: I was faint with hunger.
          end
          choice ask only if times taken ask < 2 en: Ask Dunya.
            reply en: She shakes her head.
          choice eat en: Eat a ration.
            reply
              en: You eat.
            if bread >= ration
              subtract ration from bread
              add 1 to fed
            else if bread > 0
              set bread to 0
            else
              add 10 to hunger
            end
            go loom
          choice leave en: Leave.
            only if taken ask
            go home

        scene loom en: The loom clatters.
          continues
          on 23 Feb, morning
          go mill

        ending home en: You went home, {visits mill} times at the mill.
        """

    @Test func aReplyAndTextsOnStatementLinesAreRead() throws {
        let scenario = try checkedScenario(Self.story)
        #expect(TextRendering.text(scenario.title, language: "en").text == "A sample")
        #expect(TextRendering.text(scenario.choices[0].text, language: "en").text == "Ask Dunya.")
        #expect(TextRendering.text(scenario.choices[0].reply!, language: "en").text == "She shakes her head.")
        #expect(TextRendering.text(scenario.choices[1].reply!, language: "en").text == "You eat.")
        #expect(scenario.scenes[1].continues)
        #expect(scenario.choices[0].guardCondition != nil, "'only if' on the choice's line")
    }

    @Test func countsAreHiddenPlayerVariablesThatExistOnlyWhenRead() throws {
        let scenario = try checkedScenario(Self.story)
        let ids = scenario.playerVariables.filter(\.isInternal).map(\.id).sorted()
        #expect(ids == ["taken:mill.ask", "visits:mill"])
        // `times taken ask < 2` and `taken ask` need to count to one past 2 only; `{visits mill}` in text counts on.
        #expect(scenario.playerVariables.first { $0.id == "taken:mill.ask" }?.maximum == 3)
        #expect(scenario.playerVariables.first { $0.id == "visits:mill" }?.maximum == Compiler.countCeiling)
        let plain = try checkedScenario(try String(contentsOf: Fixtures.root.appendingPathComponent("valid/bridge/bridge.story"), encoding: .utf8))
        #expect(plain.playerVariables.allSatisfy { !$0.isInternal }, "a scenario that never reads counts has none")
    }

    @Test func choicesTakenAndVisitsAreCountedAndGuardsReadThem() throws {
        let scenario = try checkedScenario(Self.story)
        var (game, _) = try success(Game.start(scenario, roles: [0], seed: 1))
        let options = { game.simulation.options(for: 0, in: game.state).map { scenario.choices[$0.choice].id } }
        #expect(options() == ["ask", "eat"])
        _ = try success(game.perform(.choose(player: 1, choice: "ask")))
        #expect(options() == ["ask", "eat", "leave"])
        _ = try success(game.perform(.choose(player: 1, choice: "ask")))
        #expect(options() == ["eat", "leave"], "asked twice: 'times taken ask < 2' no longer holds")
        _ = try success(game.perform(.choose(player: 1, choice: "eat")))
        let visits = scenario.playerVariables.firstIndex { $0.id == "visits:mill" }!
        #expect(game.state.players[0].values[visits] == 2, "back through the loom: two visits")
    }

    @Test func effectsOnEnteringAndConditionalEffectsHappenInOrder() throws {
        let scenario = try checkedScenario(Self.story)
        var (game, _) = try success(Game.start(scenario, roles: [0], seed: 1))
        let hunger = scenario.playerVariables.firstIndex { $0.id == "hunger" }!
        let fed = scenario.playerVariables.firstIndex { $0.id == "fed" }!
        #expect(game.state.players[0].values[hunger] == 55, "entering the mill added 5")
        #expect(game.journal.isEmpty)
        _ = try success(game.perform(.choose(player: 1, choice: "eat")))
        // 3 loaves, ration 2: the first branch; then the mill again adds 5, and now hunger > 60 writes a line.
        #expect(game.state.world.values[0] == 1)
        #expect(game.state.players[0].values[fed] == 1)
        #expect(game.state.players[0].values[hunger] == 60)
        _ = try success(game.perform(.choose(player: 1, choice: "eat")))
        #expect(game.state.world.values[0] == 0, "1 loaf left: 'else if bread > 0' set it to 0")
        #expect(game.state.players[0].values[fed] == 1)
        #expect(game.journal.count == 1)
        _ = try success(game.perform(.choose(player: 1, choice: "eat")))
        #expect(game.state.players[0].values[hunger] == 80, "no bread: 'else' added 10, and entering added 5")
    }

    @Test func constantsAndNamedTextsAreInserted() throws {
        let scenario = try checkedScenario(Self.story)
        var (game, _) = try success(Game.start(scenario, roles: [0], seed: 1))
        func scene() -> String {
            TextRendering.render(scenario.scenes[0].text.template(in: "en")!, scenario: scenario, state: game.state, player: 0,
                                 language: "en", formatDate: { _ in "" })
        }
        #expect(scene() == "The queue stretches to the corner. Bread: 3, ration 4.")
        _ = try success(game.perform(.choose(player: 1, choice: "eat")))
        #expect(scene() == "The queue again stretches to the corner. Bread: 1, ration 4.")
    }

    @Test(arguments: [
        ("reply en: Hi.", "'reply' is new in format 2; make the file's first line 'format 2' to use it"),
        ("if hunger > 1", "'if' does not belong inside a choice; a guard on a choice is written 'only if CONDITION'; in format 2, 'if' starts effects that happen only when it holds"),
    ])
    func formatOneRefusesTheNewStatementsAndSaysWhy(line: String, message: String) {
        let story = """
            format 1
            scenario s
              en: S
              languages en
            role r
              en: R
              start a
            player number hunger 0 to 100
            scene a
              en: A.
              choice c
                en: C.
                \(line)
                go e
            ending e
              en: E
            """
        let messages = compile(story).diagnostics.map(\.text)
        #expect(messages.contains(message), "\(messages)")
    }

    @Test(arguments: [
        ("    if hunger > 1\n      add 1 to hunger\n", 14, 5, "this 'if' has no 'end'; write 'end' after its effects"),
        ("    else\n", 14, 5, "'else' does not belong without an 'if' before it; 'else' follows 'if CONDITION' and its effects; for text that varies, write {if …}…{else}…{end} inside the text"),
        ("    end\n", 14, 5, "'end' does not belong without an 'if' to end; 'end' closes 'if CONDITION' and its effects"),
        ("    if hunger > 1\n      go e\n    end\n", 15, 7, "'go' does not belong inside 'if'; 'if' holds effects; where a choice leads is its own 'go' line. To lead on by a condition, go to a scene whose 'go' lines say 'go SCENE if CONDITION'"),
        ("    set hunger to 1 en: Hungry.\n", 14, 21, "'set' takes no text; put 'en:' on its own line under the statement it belongs to"),
    ])
    func conditionalEffectMistakesAreLocated(lines: String, line: Int, column: Int, message: String) {
        let full = """
            format 2
            scenario s en: S
              languages en
            role r en: R
              start a
            player number hunger 0 to 100
            ending e en: E
            scene a en: A.
              choice d en: D.
                go e
              choice c en: C.
                add 1 to hunger
                add 1 to hunger

            """ + lines
        let diagnostics = compile(full).diagnostics
        let found = diagnostics.first { $0.text == message }
        #expect(found?.location == SourceLocation(file: "test.story", line: line, column: column), "\(diagnostics.map { "\($0.location): \($0.text)" })")
    }

    @Test func aConstantMustBeWorkedOutFromNumbers() {
        let story = """
            format 2
            scenario s en: S
              languages en
            role r en: R
              start a
            world number bread 0 to 10
            constant a = bread + 1
            constant b = 1 / 0
            scene a en: A {bread}.
              go e
            ending e en: E
            """
        let messages = compile(story).diagnostics.map { "\($0.location.line):\($0.location.column) \($0.text)" }
        #expect(messages.contains("7:20 a constant's value is a number, worked out from numbers and other constants, as in 'constant a = 200'"), "\(messages)")
        #expect(messages.contains("8:18 this divides by zero"), "\(messages)")
    }

    @Test func aNamedTextThatContainsItselfIsAnError() {
        let story = """
            format 2
            scenario s en: S
              languages en
            role r en: R
              start a
            text loop en: again {loop}
            scene a en: {loop}
              go e
            ending e en: E
            """
        let messages = compile(story).diagnostics.map { "\($0.location.line):\($0.location.column) \($0.text)" }
        #expect(messages.contains("6:22 the text 'loop' is inserted into itself (through the texts it inserts); a text cannot contain itself"), "\(messages)")
    }
}

/// Golden playthroughs see what the screen shows, replies included.
@Suite struct ReplyPlaytestTests {
    @Test func expectTextSeesAReplyInTheChosenVariant() throws {
        let scenario = try checkedScenario(FormatTwoTests.story)
        let (playtest, problems) = Playtest.parse("""
            players worker
            p1 choose ask
            expect text en She shakes her head.
            p1 choose eat
            expect text en You eat.
            """)
        #expect(problems.isEmpty)
        let report = PlaytestRunner.run(playtest, in: scenario)
        #expect(report.failures.isEmpty, "\(report.failures)")
        #expect(report.checks == 2)
    }
}
