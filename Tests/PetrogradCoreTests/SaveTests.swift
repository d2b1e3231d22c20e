import Foundation
import PetrogradCore
import Testing

/// Saves: a versioned JSON document of ids and values that survives edits to the scenario text, and
/// that fails with a clear message, never a crash, when it cannot be used.
struct SaveTests {
    /// The scenario, with the parts that the edits change.
    static func text(extraVariable: String = "", withCrossed: Bool = true, gateText: String = "The gate.",
                     withGate: Bool = true) -> String {
        """
        format 1
        scenario saving
          en: Saving
          languages en
          dates 23 Feb to 28 Feb

        world number strike 0 to 100 = 20
        player number courage 0 to 10 = 5
        \(withCrossed ? "player flag crossed" : "")
        \(extraVariable)

        role worker
          en: Worker
          start \(withGate ? "gate" : "square")

        \(withGate ? """
        scene gate
          on 23 Feb, morning
          en: \(gateText)
          choice shout
            en: Shout.
            once
            add 2 to courage
            journal
              en: I shouted.
          choice cross
            en: Cross.
            \(withCrossed ? "set crossed" : "")
            chance 50
              add 10 to strike
            otherwise
              add 20 to strike
          choice wait
            en: Wait.
            advance 1 days
          choice march
            en: March.
            go square
        """ : "")

        scene square
          on 25 Feb
          en: The square.
          choice rest
            en: Rest.
            \(withCrossed ? "only if crossed" : "")
            go home
          choice leave
            en: Leave.
            go home

        ending home
          en: Home.

        event rally
          on 24 Feb
          if strike >= 30
          en: A rally.
          add 5 to strike
          journal
            en: There was a rally.
        """
    }

    static let actions: [Action] = [.choose(player: 1, choice: "shout"), .choose(player: 1, choice: "cross"),
                                    .choose(player: 1, choice: "wait")]

    /// A game with a used `once` choice, a roll, journal lines, a fired event and moved clocks.
    static func playedGame(seed: UInt64 = 1917) throws -> Game {
        let scenario = try checkedScenario(text())
        var game = try success(Game.start(scenario, roles: [0], seed: seed)).0
        for action in actions { _ = try success(game.perform(action)) }
        return game
    }

    static func roundTrip(_ game: Game, in scenario: Scenario) throws -> (game: Game, notices: [String]) {
        let data = SaveDocument(game: game, program: "petrograd test").encoded()
        let document = try success(SaveDocument.decode(data))
        return try success(document.restore(in: scenario))
    }

    /// The saved JSON of a game as a dictionary, to damage on purpose.
    static func json(_ game: Game) throws -> [String: Any] {
        let data = SaveDocument(game: game, program: "petrograd test").encoded()
        return try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    }

    static func data(_ json: [String: Any]) throws -> Data {
        try JSONSerialization.data(withJSONObject: json)
    }

    // MARK: Round trips

    @Test func encodingDecodingAndRestoringGivesTheSameState() throws {
        let game = try Self.playedGame()
        #expect(game.state.world.events == [.fired])
        #expect(game.state.random.draws == 1)
        let restored = try Self.roundTrip(game, in: game.scenario)
        #expect(restored.notices.isEmpty)
        #expect(restored.game.state == game.state)
        #expect(restored.game.log == game.log)
        #expect(restored.game.seed == game.seed)
        #expect(restored.game.roles == game.roles)
        #expect(restored.game.journal.map(\.moment) == game.journal.map(\.moment))
        #expect(restored.game.journal.map(\.player) == game.journal.map(\.player))
        #expect(restored.game.journal.map { TextRendering.text($0.text, language: "en").text } == ["I shouted.", "There was a rally."])
    }

    /// A journal line in a language the scenario does not have could never be shown: it is left out, and
    /// the scenario's languages are kept.
    @Test func journalLinesKeepOnlyTheScenariosLanguages() throws {
        let game = try Self.playedGame()
        var document = SaveDocument(game: game, program: "petrograd test")
        for index in document.journal.indices { document.journal[index].text["made-up-language"] = "?" }
        let restored = try success(document.restore(in: game.scenario))
        #expect(restored.game.journal.count == game.journal.count)
        for (line, original) in zip(restored.game.journal, game.journal) {
            #expect(line.text.entries.map(\.language) == original.text.entries.map(\.language))
            #expect(line.text.entries.map(\.language).allSatisfy(game.scenario.languages.contains))
        }
    }

    @Test func aRestoredGamePlaysOnExactlyAsTheOriginal() throws {
        var original = try Self.playedGame()
        var restored = try Self.roundTrip(original, in: original.scenario).game
        for action: Action in [.choose(player: 1, choice: "cross"), .choose(player: 1, choice: "march")] {
            #expect(try success(original.perform(action)) == (try success(restored.perform(action))))
        }
        #expect(restored.state == original.state)
        #expect(try failure(restored.perform(.choose(player: 1, choice: "shout"))) == .noSuchChoice("shout"))
    }

    @Test func theSameGameAlwaysGivesByteIdenticalSaves() throws {
        let first = SaveDocument(game: try Self.playedGame(), program: "petrograd test").encoded()
        let second = SaveDocument(game: try Self.playedGame(), program: "petrograd test").encoded()
        #expect(first == second)
        #expect(first.last == 0x0A)
        let document = try success(SaveDocument.decode(first))
        #expect(document.encoded() == first, "decoding and encoding again changes nothing")
        #expect(document.format == SaveDocument.currentFormat)
        #expect(document.log == ["p1 choose shout", "p1 choose cross", "p1 choose wait"])
        #expect(document.players.first?.usedChoices == ["gate.shout"])
        #expect(document.events == ["rally": "fired"])
    }

    @Test func differentSeedsGiveDifferentSaves() throws {
        let first = SaveDocument(game: try Self.playedGame(seed: 1), program: "petrograd test").encoded()
        let second = SaveDocument(game: try Self.playedGame(seed: 2), program: "petrograd test").encoded()
        #expect(first != second)
    }

    @Test func aSaveOfAScenarioWithoutDatesRestoresTheSameClock() throws {
        // No `dates` and no `on`: the clock starts at the engine's default moment.
        let scenario = try checkedScenario("""
            format 1
            scenario timeless
              en: Timeless
              languages en
            role worker
              en: Worker
              start gate
            scene gate
              en: The gate.
              choice leave
                en: Leave.
                go home
            ending home
              en: Home.
            """)
        let game = try success(Game.start(scenario, roles: [0], seed: 1)).0
        let restored = try Self.roundTrip(game, in: scenario)
        #expect(restored.game.state.world.clock == game.state.world.clock)
        #expect(restored.game.state == game.state)
    }

    @Test func aJournalLineKeepsItsInsertedValueThroughASave() throws {
        let scenario = try checkedScenario("""
            format 1
            scenario journal
              en: Journal
              languages en
              dates 23 Feb to 28 Feb
            world number strike 0 to 100 = 20
            role worker
              en: Worker
              start gate
            scene gate
              on 23 Feb
              en: The gate.
              choice note
                en: Take note.
                journal
                  en: The strike stood at {strike}.
                go home
            ending home
              en: Home.
            """)
        var game = try success(Game.start(scenario, roles: [0], seed: 1)).0
        _ = try success(game.perform(.choose(player: 1, choice: "note")))
        let restored = try Self.roundTrip(game, in: scenario)
        let entry = try #require(restored.game.journal.first)
        #expect(TextRendering.text(entry.text, language: "en").text == "The strike stood at 20.")
    }

    // MARK: Loading after the scenario was edited

    @Test func changedProseLoadsWithANoticeThatTheScenarioChanged() throws {
        let game = try Self.playedGame()
        let edited = try checkedScenario(Self.text(gateText: "The factory gate, in the snow."))
        #expect(edited.contentHash != game.scenario.contentHash)
        let restored = try Self.roundTrip(game, in: edited)
        #expect(restored.notices == ["the scenario has changed since this game was saved; your progress is kept where it still fits"])
        #expect(restored.game.state == game.state)
    }

    @Test func addedAndRemovedVariablesAreNamedInTheNotices() throws {
        let game = try Self.playedGame()
        let edited = try checkedScenario(Self.text(extraVariable: "world number bread 0 to 10 = 3", withCrossed: false))
        let restored = try Self.roundTrip(game, in: edited)
        #expect(restored.notices.contains { $0.contains("changed") })
        #expect(restored.notices.contains("world variable 'bread' is new, so it starts at 3"))
        #expect(restored.notices.contains("player variable 'crossed' no longer exists, so its value (1) is dropped"))
        #expect(restored.notices.count == 3)

        let state = restored.game.state
        let bread = try #require(edited.worldVariables.firstIndex { $0.id == "bread" })
        let strike = try #require(edited.worldVariables.firstIndex { $0.id == "strike" })
        #expect(state.world.values[bread] == 3)
        #expect(state.world.values[strike] == game.state.world.values[0])
        #expect(state.players[0].values == [7], "courage kept; crossed dropped")
        #expect(state.players[0].position == .scene(try #require(edited.sceneIndex("gate"))))
        #expect(state.players[0].time == game.state.players[0].time)
        #expect(state.world.events == [.fired])

        var playing = restored.game
        _ = try success(playing.perform(.choose(player: 1, choice: "march")))
    }

    @Test func aSaveWhoseSceneWasRemovedIsIncompatibleAndNamesTheScene() throws {
        let game = try Self.playedGame()
        let edited = try checkedScenario(Self.text(withGate: false))
        let document = try success(SaveDocument.decode(SaveDocument(game: game, program: "test").encoded()))
        let error = try failure(document.restore(in: edited))
        guard case .incompatible(let message) = error else {
            Issue.record("expected .incompatible, got \(error)")
            return
        }
        #expect(message.contains("'gate'"))
        #expect(message.contains("player 1"))
    }

    @Test func aSaveOfAnotherScenarioIsIncompatible() throws {
        let game = try Self.playedGame()
        let other = try checkedScenario(Self.text().replacingOccurrences(of: "scenario saving", with: "scenario other"))
        let document = try success(SaveDocument.decode(SaveDocument(game: game, program: "test").encoded()))
        #expect(try failure(document.restore(in: other)) == .incompatible("it is a save of scenario 'saving', not 'other'"))
    }

    // MARK: Damaged saves

    @Test("Bytes that are not a save are unreadable", arguments: [
        Data(), Data([0xFF, 0xFE, 0x00, 0x13]), Data("not json at all".utf8), Data("[1, 2, 3]".utf8),
        Data("{}".utf8), Data("{\"format\": \"one\"}".utf8), Data("null".utf8), Data(#"{"format": 1"#.utf8),
    ])
    func bytesThatAreNotASaveAreUnreadable(data: Data) throws {
        guard case .unreadable = try failure(SaveDocument.decode(data)) else {
            Issue.record("expected .unreadable")
            return
        }
    }

    @Test("Another save format is incompatible", arguments: [0, 2, 99])
    func anotherFormatIsIncompatible(format: Int) throws {
        var json = try Self.json(try Self.playedGame())
        json["format"] = format
        let error = try failure(SaveDocument.decode(try Self.data(json)))
        #expect(error == .incompatible("it is save format \(format), but this version of Petrograd reads format 1"))
    }

    @Test("A save missing a field is unreadable and names the field", arguments: [
        "program", "scenario", "seed", "draws", "clock", "world", "events", "players", "log", "journal",
    ])
    func aMissingFieldIsNamed(field: String) throws {
        var json = try Self.json(try Self.playedGame())
        json[field] = nil
        let error = try failure(SaveDocument.decode(try Self.data(json)))
        #expect(error == .unreadable("it is damaged: the field '\(field)' is missing"))
    }

    @Test func aFieldOfTheWrongTypeIsUnreadable() throws {
        var json = try Self.json(try Self.playedGame())
        json["seed"] = "nineteen-seventeen"
        guard case .unreadable(let message) = try failure(SaveDocument.decode(try Self.data(json))) else {
            Issue.record("expected .unreadable")
            return
        }
        #expect(message.contains("seed"))
    }

    @Test func aClockThatIsNotADateIsUnreadableOnRestore() throws {
        let game = try Self.playedGame()
        var json = try Self.json(game)
        json["clock"] = "the day after tomorrow"
        let document = try success(SaveDocument.decode(try Self.data(json)))
        #expect(try failure(document.restore(in: game.scenario)) == .unreadable("the field 'clock' ('the day after tomorrow') is not a date and time this version can use"))
    }

    @Test func aLogLineThatIsNotAnActionIsUnreadableOnRestore() throws {
        let game = try Self.playedGame()
        var json = try Self.json(game)
        json["log"] = ["p1 choose shout", "p1 dance"]
        let document = try success(SaveDocument.decode(try Self.data(json)))
        #expect(try failure(document.restore(in: game.scenario)) == .unreadable("line 2 of its action log is not an action: 'p1 dance'"))
    }

    @Test func aRoleTheScenarioNoLongerHasIsIncompatible() throws {
        let game = try Self.playedGame()
        var json = try Self.json(game)
        var players = try #require(json["players"] as? [[String: Any]])
        players[0]["role"] = "sailor"
        json["players"] = players
        let document = try success(SaveDocument.decode(try Self.data(json)))
        #expect(try failure(document.restore(in: game.scenario)) == .incompatible("player 1 plays role 'sailor', which the scenario no longer has"))
    }

    @Test func everyTruncationOfASaveFailsCleanly() throws {
        let game = try Self.playedGame()
        let data = SaveDocument(game: game, program: "petrograd test").encoded()
        // Every prefix short of the closing brace is broken JSON.
        for length in 0..<(data.count - 2) {
            let result = SaveDocument.decode(data.prefix(length))
            guard case .failure(.unreadable) = result else {
                Issue.record("a save cut to \(length) bytes gave \(result)")
                return
            }
        }
    }

    @Test func randomlyDamagedSavesNeverCrash() throws {
        let game = try Self.playedGame()
        let data = Array(SaveDocument(game: game, program: "petrograd test").encoded())
        var random = TestRandom(seed: 1917)
        for _ in 0..<300 {
            var damaged = data
            for _ in 0..<(1 + random.below(4)) {
                damaged[random.below(damaged.count)] = UInt8(truncatingIfNeeded: random.next())
            }
            if case .success(let document) = SaveDocument.decode(Data(damaged)) {
                _ = document.restore(in: game.scenario)
            }
        }
    }
}
