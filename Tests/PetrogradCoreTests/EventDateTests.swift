import Foundation
import PetrogradCore
import Testing

/// A world event is dated when it happened in the world, not when the clock jumped past it; the record
/// of what became of it (and when the players heard) is kept, saved and restored.
struct EventDateTests {
    /// A worker at a gate on 23 Feb (morning) who can stir the strike, wait a day, or march to a square two
    /// days on whose entering stirs the strike further; and the events given.
    static func scenario(events: String) -> String {
        SimulationTests.header.replacingOccurrences(of: "format 1", with: "format 2") + """
            world number strike 0 to 100 = 20
              en: Strike strength

            role worker
              en: Worker
              start gate

            scene gate
              on 23 Feb, morning
              en: The gate.
              choice agitate
                en: Agitate.
                add 30 to strike
              choice wait
                en: Wait a day.
                advance 1 days
              choice march
                en: March.
                add 30 to strike
                go square

            scene square
              on 25 Feb, noon
              en: The square.
              add 10 to strike
              choice leave
                en: Leave.
                go out

            ending out
              en: Out.

            \(events)
            """
    }

    static func play(_ events: String, _ choices: [String]) throws -> Game {
        var game = try SimulationTests.start(scenario(events: events))
        for choice in choices { _ = try success(game.perform(.choose(player: 1, choice: choice))) }
        return game
    }

    static func record(_ game: Game, _ id: String) throws -> WorldEventRecord {
        let index = try #require(game.scenario.events.firstIndex { $0.id == id })
        return try #require(game.worldEvents.first { $0.event == index })
    }

    @Test func anEventOnADateIsJournaledOnThatDateAndHeardWhenTheClockGotThere() throws {
        let game = try Self.play("""
            event lockout
              on 23 Feb, noon
              journal
                en: Lockout.
            """, ["wait"])
        let line = try #require(game.journal.last)
        #expect(line.moment == oldStyle(23, 2, 12))
        #expect(line.heard == oldStyle(24, 2, 9))
        let record = try Self.record(game, "lockout")
        #expect(record.outcome == .fired)
        #expect(record.happened == oldStyle(23, 2, 12))
        #expect(record.heard == oldStyle(24, 2, 9))
        #expect(record.world == [20])
    }

    @Test func anEventInAWindowWhoseCityWasReadyHappenedWhenTheWindowOpened() throws {
        let game = try Self.play("""
            event rally
              between 23 Feb, noon and 23 Feb, evening
              if strike >= 50
              journal
                en: A rally.
            """, ["agitate", "wait"])
        let record = try Self.record(game, "rally")
        #expect(record.happened == oldStyle(23, 2, 12))
        #expect(record.world == [50], "the values when it was decided, before its effects")
        #expect(game.journal.last?.moment == oldStyle(23, 2, 12))
        #expect(game.journal.last?.heard == oldStyle(24, 2, 9))
    }

    @Test func anEventInAWindowHappenedWhenThePlayerMadeTheCityReadyAndIsHeardAtOnce() throws {
        let game = try Self.play("""
            event rally
              between 23 Feb, 10:00 and 25 Feb, evening
              if strike >= 50
              journal
                en: A rally.
            """, ["wait", "agitate"])
        #expect(try Self.record(game, "rally").happened == oldStyle(24, 2, 9))
        #expect(game.journal.last?.moment == oldStyle(24, 2, 9))
        #expect(game.journal.last?.heard == nil, "heard as it happened")
    }

    @Test func aLaterChangeInTheSameStepDoesNotMakeAnEarlierReadyEventLater() throws {
        // The march stirs the strike at once (23 Feb); entering the square on 25 Feb stirs it again before
        // the engine looks at the event. It happened when its window opened on 24 Feb.
        let game = try Self.play("""
            event rally
              between 24 Feb, morning and 26 Feb, evening
              if strike >= 50
            """, ["march"])
        let record = try Self.record(game, "rally")
        #expect(record.happened == oldStyle(24, 2, 9))
        #expect(record.heard == oldStyle(25, 2, 12))
    }

    @Test func anEventIsNeverDatedAfterItsWindowCloses() throws {
        // The window closes on 24 Feb; the city becomes ready only on entering the square on 25 Feb, and
        // the engine, looking then, fires it: it is dated at the close of its window, never later.
        let game = try Self.play("""
            event rally
              between 23 Feb, noon and 24 Feb, evening
              if strike >= 60
            """, ["march"])
        let record = try Self.record(game, "rally")
        #expect(record.outcome == .fired)
        #expect(record.happened == oldStyle(24, 2, 18))
    }

    @Test func anOtherwiseAndALapseHappenWhenTheWindowCloses() throws {
        let game = try Self.play("""
            event rally
              between 23 Feb, noon and 23 Feb, evening
              if strike >= 50
              otherwise
                journal
                  en: No rally.
            event meeting
              between 23 Feb, noon and 23 Feb, 20:00
              if strike >= 50
            """, ["wait"])
        let rally = try Self.record(game, "rally"), meeting = try Self.record(game, "meeting")
        #expect(rally.outcome == .otherwise)
        #expect(rally.happened == oldStyle(23, 2, 18))
        #expect(meeting.outcome == .lapsed)
        #expect(meeting.happened == oldStyle(23, 2, 20))
        #expect(game.journal.last?.moment == oldStyle(23, 2, 18))
        #expect(game.journal.last?.heard == oldStyle(24, 2, 9))
    }

    @Test func anEventCarriesTheDateItsConditionNamesWhenThatComesLater() throws {
        let game = try Self.play("""
            event rally
              between 23 Feb, noon and 25 Feb, evening
              if strike >= 50 and after 24 Feb, 06:00
            """, ["agitate", "wait"])
        #expect(try Self.record(game, "rally").happened == oldStyle(24, 2, 6))
    }

    // MARK: Saves

    static let lateNews = """
        event lockout
          on 23 Feb, noon
          journal
            en: Lockout.
        event rally
          between 23 Feb, noon and 23 Feb, evening
          if strike >= 50
          otherwise
            journal
              en: No rally.
        """

    @Test func aSaveKeepsWhenEachLineWasHeardAndWhatBecameOfEachEvent() throws {
        let game = try Self.play(Self.lateNews, ["wait"])
        let document = SaveDocument(game: game, program: "test")
        let decoded = try success(SaveDocument.decode(document.encoded()))
        let restored = try success(decoded.restore(in: game.scenario)).game
        #expect(restored.journal.map(\.moment) == game.journal.map(\.moment))
        #expect(restored.journal.map(\.heard) == game.journal.map(\.heard))
        #expect(restored.worldEvents == game.worldEvents)
        #expect(SaveDocument(game: restored, program: "test").encoded() == document.encoded(), "same game, same bytes")
    }

    @Test func aSaveMadeBeforeTheseWereKeptStillLoadsAndGetsThemFromItsLog() throws {
        let game = try Self.play(Self.lateNews, ["wait"])
        var json = try #require(try JSONSerialization.jsonObject(with: SaveDocument(game: game, program: "test").encoded()) as? [String: Any])
        json["worldEvents"] = nil
        json["journal"] = (json["journal"] as! [[String: Any]]).map { line in
            var old = line
            old["heard"] = nil
            return old
        }
        let data = try JSONSerialization.data(withJSONObject: json)
        let restored = try success(try success(SaveDocument.decode(data)).restore(in: game.scenario)).game
        #expect(restored.worldEvents == game.worldEvents)
        #expect(restored.journal == game.journal)
    }

    @Test func anOldSaveWhoseLogNoLongerLeadsThereLoadsWithoutTheRecords() throws {
        let game = try Self.play(Self.lateNews, ["wait"])
        var json = try #require(try JSONSerialization.jsonObject(with: SaveDocument(game: game, program: "test").encoded()) as? [String: Any])
        json["worldEvents"] = nil
        json["log"] = [String]()
        let data = try JSONSerialization.data(withJSONObject: json)
        let restored = try success(try success(SaveDocument.decode(data)).restore(in: game.scenario)).game
        #expect(restored.worldEvents.isEmpty)
        #expect(restored.state == game.state, "the stored values win")
        #expect(HistoryComparison(game: restored).entries.map(\.outcome) == [.fired, .otherwise], "the statuses still say how they went")
    }
}
