import Foundation
@testable import PetrogradCore
import Testing

/// Format 2's text that varies: conditions and sequences inside texts, decided in the step.
@Suite struct VaryingTextTests {
    static let story = """
        format 2

        scenario sample en: A sample
          hi: एक नमूना
          languages en hi
          dates 23 Feb to 24 Feb

        role worker en: Worker
          hi: मज़दूर
          start mill

        world number bread 0 to 10 = 3
        player flag ate

        scene mill en: {stopping}Cold.{or}Still cold.{or}Colder.{end} {if bread > 2}Bread: {bread}.{else}No bread.{end}
          hi: {stopping}ठंड।{or}अब भी ठंड।{or}और ठंड।{end} {if bread > 2}रोटी: {bread}।{else}रोटी नहीं।{end}
          on 23 Feb, morning
          choice wait en: Wait.
            hi: रुको।
            reply en: {cycle}You wait.{or}You wait again.{end}
              hi: {cycle}तुम रुकती हो।{or}तुम फिर रुकती हो।{end}
            journal en: {stopping}I waited.{or}I waited again.{end}
              hi: {stopping}मैं रुकी।{or}मैं फिर रुकी।{end}
          choice eat en: Eat.
            hi: खाओ।
            only if bread > 0
            subtract 1 from bread
            set ate
          choice shuffle en: Look around.
            hi: चारों ओर देखो।
            reply en: {shuffle}A.{or}B.{or}C.{or}D.{end}
              hi: {shuffle}क।{or}ख।{or}ग।{or}घ।{end}
          choice leave en: Leave.
            hi: जाओ।
            go home

        ending home en: {if ate}You ate.{else}You went hungry.{end}
          hi: {if ate}तुमने खाया।{else}तुम भूखी रहीं।{end}
        """

    static func render(_ text: LocalizedText, _ game: Game, _ language: String = "en") -> String {
        TextRendering.render(text.template(in: language)!, scenario: game.scenario, state: game.state, player: 0, language: language,
                             formatDate: { _ in "" })
    }

    static func sceneText(_ game: Game, _ language: String = "en") -> String {
        render(game.scenario.scenes[0].text, game, language)
    }

    @Test func aStoppingSequenceMovesOnEachTimeTheSceneIsEnteredAndStopsAtItsLast() throws {
        let scenario = try checkedScenario(Self.story)
        var (game, _) = try success(Game.start(scenario, roles: [0], seed: 1))
        #expect(Self.sceneText(game) == "Cold. Bread: 3.")
        // Staying in the scene does not enter it again: the text stands.
        _ = try success(game.perform(.choose(player: 1, choice: "wait")))
        #expect(Self.sceneText(game) == "Cold. Bread: 3.")
        _ = try success(game.perform(.choose(player: 1, choice: "eat")))
        #expect(Self.sceneText(game) == "Cold. No bread.", "a condition is decided in the state shown")
    }

    @Test func renderingInAnotherLanguageOrAgainNeverMovesASequenceOn() throws {
        let scenario = try checkedScenario(Self.story)
        var (game, _) = try success(Game.start(scenario, roles: [0], seed: 1))
        _ = try success(game.perform(.choose(player: 1, choice: "wait")))
        let reply = try #require(scenario.choices[0].reply)
        #expect(Self.render(reply, game) == "You wait.")
        #expect(Self.render(reply, game, "hi") == "तुम रुकती हो।")
        #expect(Self.render(reply, game) == "You wait.")
        _ = try success(game.perform(.choose(player: 1, choice: "wait")))
        #expect(Self.render(reply, game) == "You wait again.")
        #expect(Self.render(reply, game, "hi") == "तुम फिर रुकती हो।")
        _ = try success(game.perform(.choose(player: 1, choice: "wait")))
        #expect(Self.render(reply, game) == "You wait.", "a cycle starts again")
    }

    @Test func aJournalLineIsFixedWithTheVariantOfItsMomentInEveryLanguage() throws {
        let scenario = try checkedScenario(Self.story)
        var (game, _) = try success(Game.start(scenario, roles: [0], seed: 1))
        for _ in 0..<3 { _ = try success(game.perform(.choose(player: 1, choice: "wait"))) }
        let lines = game.journal.map { TextRendering.text($0.text, language: "en").text }
        #expect(lines == ["I waited.", "I waited again.", "I waited again."])
        #expect(TextRendering.text(game.journal[1].text, language: "hi").text == "मैं फिर रुकी।")
    }

    @Test func aShuffleDrawsFromTheSeededGeneratorSoAReplayShowsTheSame() throws {
        let scenario = try checkedScenario(Self.story)
        var (game, _) = try success(Game.start(scenario, roles: [0], seed: 42))
        var shown: [String] = []
        for _ in 0..<12 {
            _ = try success(game.perform(.choose(player: 1, choice: "shuffle")))
            shown.append(Self.render(scenario.choices[2].reply!, game))
        }
        #expect(Set(shown).count > 1, "a shuffle varies: \(shown)")
        let replayed = try success(Game.replay(scenario, roles: [0], seed: 42, log: game.log))
        #expect(replayed.state == game.state)
        let other = try success(Game.replay(scenario, roles: [0], seed: 43, log: game.log))
        #expect(other.state != game.state, "another seed draws otherwise")
    }

    @Test func anEndingsTextChoosesByTheState() throws {
        let scenario = try checkedScenario(Self.story)
        var (game, _) = try success(Game.start(scenario, roles: [0], seed: 1))
        _ = try success(game.perform(.choose(player: 1, choice: "eat")))
        _ = try success(game.perform(.choose(player: 1, choice: "leave")))
        #expect(Self.render(scenario.endings[0].text, game) == "You ate.")
        #expect(Self.render(scenario.endings[0].text, game, "hi") == "तुमने खाया।")
    }

    @Test func theCountersAreSavedAndRestored() throws {
        let scenario = try checkedScenario(Self.story)
        var (game, _) = try success(Game.start(scenario, roles: [0], seed: 1))
        _ = try success(game.perform(.choose(player: 1, choice: "wait")))
        let document = SaveDocument(game: game, program: "test")
        let restored = try success(document.restore(in: scenario))
        #expect(restored.game.state == game.state)
        #expect(Self.render(scenario.choices[0].reply!, restored.game) == "You wait.")
    }

    @Test func languagesThatVaryDifferentlyAreAnErrorAtTheLanguage() {
        let text = Self.story.replacingOccurrences(of: "hi: {cycle}तुम रुकती हो।{or}तुम फिर रुकती हो।{end}", with: "hi: तुम रुकती हो।")
        let compilation = compile(text)
        #expect(compilation.diagnostics.map(\.text).contains("the 'hi' text varies differently from the 'en' text; every language needs the same {if}s with the same conditions and the same sequences, in the same order"))
        #expect(compilation.diagnostics.first { $0.text.contains("varies differently") }?.location == SourceLocation(file: "test.story", line: 21, column: 7))
    }

    /// A division keeps where it is written, and the two languages write theirs on different lines: that is
    /// still the same condition.
    @Test func aDivisionInEveryLanguageIsTheSameCondition() throws {
        let text = Self.story.replacingOccurrences(of: "{if bread > 2}", with: "{if bread / 2 > 1}")
        #expect(text.components(separatedBy: "{if bread / 2 > 1}").count == 3)
        _ = try checkedScenario(text)
    }

    @Test func theDifferenceIsPointedAtInTheLaterLanguage() {
        let text = Self.story.replacingOccurrences(of: "{if bread > 2}रोटी: {bread}।", with: "{if bread > 3}रोटी: {bread}।")
        let found = compile(text).diagnostics.first { $0.text.contains("varies differently") }
        // Line 16, at the `if` after the sequence; columns count characters, as an editor shows them.
        let line = text.components(separatedBy: "\n")[15]
        let column = line[..<line.range(of: "{if bread > 3}")!.lowerBound].count + 2
        #expect(found?.location == SourceLocation(file: "test.story", line: 16, column: column), "\(String(describing: found?.location))")
    }

    @Test(arguments: [
        ("{if brad > 2}x{end}", 11, "there is no variable called 'brad'; did you mean 'bread'?"),
        ("{if bread}x{end}", 11, "this is a number, but a condition must be true or false; compare it, as in 'bread > 50'"),
        ("{ate}", 8, "'ate' is a flag and cannot be inserted into text; write {if ate}…{else}…{end}, or show a passage with 'if ate'"),
        ("{if bread > 2}x", 8, "this '{if}' has no '{end}'; write '{end}' where its text stops"),
        ("x{else}y", 9, "'{else}' without an '{if}' before it; write {if CONDITION}…{else}…{end}"),
        ("x{or}y", 9, "'{or}' separates the parts of a sequence such as {stopping}…{or}…{end}; there is none open here"),
        ("{if ate}x{else}y{else}z{end}", 24, "this '{if}' already has its '{else}'; '{else}' comes last"),
        ("{cycle}x{or}y{end}{end}", 26, "'{end}' without an '{if}' or a sequence to end"),
        ("{if ate}दाल{end} {रोटी}", 24, "'रोटी' cannot be written inside braces: they hold names such as {hunger} or code such as {if hunger > 50}; prose goes outside them"),
    ])
    func aMistakeInsideATextIsReportedAtItsColumn(text: String, column: Int, message: String) {
        let story = """
            format 2
            scenario s
              en: S
              languages en
            role r
              en: R
              start a
            world number bread 0 to 10
            player flag ate
            scene a
              en: \(text)
              go e
            ending e
              en: E
            """
        let compilation = compile(story)
        let found = compilation.diagnostics.first { $0.text == message }
        #expect(found?.location == SourceLocation(file: "test.story", line: 11, column: column), "\(compilation.diagnostics.map { "\($0.location): \($0.text)" })")
    }

    @Test func inFormatOneTheNewBracesAreAnErrorThatNamesFormatTwoAndOldInsertionsStillWork() {
        let story = """
            format 1
            scenario s
              en: S
              languages en
            role r
              en: R
              start a
            world number once 0 to 10
            scene a
              en: {once} {if once > 1}x{end}
              go e
            ending e
              en: E
            """
        let messages = compile(story).diagnostics.map { "\($0.location.line):\($0.location.column) \($0.text)" }
        #expect(messages == ["10:15 '{if}' is new in format 2; make the file's first line 'format 2' to use it",
                             "10:29 '{end}' is new in format 2; make the file's first line 'format 2' to use it"])
    }
}
