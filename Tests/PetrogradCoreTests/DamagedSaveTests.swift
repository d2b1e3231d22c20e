import Foundation
import PetrogradCore
import Testing

/// Hand-edited and damaged saves (the reliability report's F5 and F26): each is refused with a message
/// that names what is wrong, and none reaches the game.
struct DamagedSaveTests {
    /// The played game's save with one change made to its JSON.
    static func restoring(_ edit: (inout [String: Any]) -> Void) throws -> Result<(game: Game, notices: [String]), SaveError> {
        let game = try SaveTests.playedGame()
        var json = try SaveTests.json(game)
        edit(&json)
        return SaveDocument.decode(try SaveTests.data(json)).flatMap { $0.restore(in: game.scenario) }
    }

    static func firstPlayer(_ json: inout [String: Any], _ edit: (inout [String: Any]) -> Void) {
        var players = json["players"] as! [[String: Any]]
        edit(&players[0])
        json["players"] = players
    }

    static func firstJournalLine(_ json: inout [String: Any], _ edit: (inout [String: Any]) -> Void) {
        var journal = json["journal"] as! [[String: Any]]
        edit(&journal[0])
        json["journal"] = journal
    }

    @Test func aSaveWithNoPlayersIsRefused() throws {
        #expect(try failure(Self.restoring { $0["players"] = [] }) == .unreadable("it has no players"))
    }

    @Test func hoursTooLargeForAnyClockAreRefusedWherever() throws {
        let huge = "1917-03-07T9223372036854775807:00"
        #expect(try failure(Self.restoring { $0["clock"] = huge })
            == .unreadable("the field 'clock' ('\(huge)') is not a date and time this version can use"))
        #expect(try failure(Self.restoring { Self.firstPlayer(&$0) { $0["time"] = huge } })
            == .unreadable("the field 'players.0.time' ('\(huge)') is not a date and time this version can use"))
        #expect(try failure(Self.restoring { Self.firstJournalLine(&$0) { $0["time"] = huge } })
            == .unreadable("the field 'journal.0.time' ('\(huge)') is not a date and time this version can use"))
    }

    @Test func aJournalLineOfAPlayerTheSaveDoesNotHaveIsRefused() throws {
        #expect(try failure(Self.restoring { Self.firstJournalLine(&$0) { $0["player"] = Int.min } })
            == .unreadable("the field 'journal.0.player' is \(Int.min), but the save has 1 player"))
        #expect(try failure(Self.restoring { Self.firstJournalLine(&$0) { $0["player"] = 2 } })
            == .unreadable("the field 'journal.0.player' is 2, but the save has 1 player"))
    }

    @Test func anActionOfAPlayerTheSaveDoesNotHaveIsRefused() throws {
        #expect(try failure(Self.restoring { $0["log"] = ["p1 choose shout", "p7 choose cross"] })
            == .unreadable("line 2 of its action log names player 7, but the save has 1"))
    }

    @Test func anEndingStoredAsNotFinishedSaysTheSaveContradictsItself() throws {
        #expect(try failure(Self.restoring { Self.firstPlayer(&$0) { $0["at"] = "home" } })
            == .unreadable("player 1 stands at the ending 'home', but the save says the game is not finished; the save contradicts itself"))
        #expect(try failure(Self.restoring { Self.firstPlayer(&$0) { $0["finished"] = true } })
            == .unreadable("player 1 stands in the scene 'gate', but the save says the game is finished; the save contradicts itself"))
    }

    @Test func anEventStatusThatIsNotOneOfTheFourIsRefused() throws {
        #expect(try failure(Self.restoring { $0["events"] = ["rally": "exploded"] })
            == .unreadable("the event 'rally' has the status 'exploded'; a save says fired, otherwise, lapsed or pending"))
    }

    @Test func aValueOutsideItsRangeIsLimitedAndSaidSo() throws {
        let restored = try success(Self.restoring { $0["world"] = ["strike": 5000] })
        #expect(restored.game.state.world.values == [100])
        #expect(restored.notices == ["world variable 'strike' was 5000, outside its range 0 to 100, so it is now 100"])
    }

    @Test(arguments: [("seed", "-5"), ("draws", "-1"), ("seed", "1e30")])
    func aNumberThatDoesNotFitNamesItsField(field: String, number: String) throws {
        let game = try SaveTests.playedGame()
        let text = String(decoding: SaveDocument(game: game, program: "test").encoded(), as: UTF8.self)
        let line = try #require(text.split(separator: "\n").first { $0.contains("\"\(field)\" :") })
        let damaged = text.replacingOccurrences(of: String(line), with: "  \"\(field)\" : \(number),")
        let error = try failure(SaveDocument.decode(Data(damaged.utf8)))
        #expect(error.description.contains("'\(field)'"), "\(error)")
    }

    @Test func controlCharactersInAHandEditedSaveAreNotRepeatedRaw() throws {
        let error = try failure(Self.restoring { Self.firstPlayer(&$0) { $0["at"] = "\u{1B}]0;pwned\u{07}" } })
        #expect(!error.description.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x07 })
        #expect(error.description.contains("^[]0;pwned^G"))
    }

    @Test(arguments: ["{\u{301} x", "}\u{301}", "a {{\u{94D} b", "{date\u{301}}", "{date} {", "}}}{{{"])
    func journalTextWithBracesBeforeCombiningMarksSurvivesEverySaveAndLoad(text: String) throws {
        let template = TextRendering.template(storageText: text)
        let stored = TextRendering.storageText(template)
        #expect(TextRendering.template(storageText: stored) == template, "\(text.unicodeScalars.map(\.value))")
        #expect(TextRendering.storageText(TextRendering.template(storageText: stored)) == stored)
    }
}
