import Foundation
// `@testable` for `CalendarDate`, which has no public initializer.
@testable import PetrogradCore
import Testing

/// Dates at the edges of what Petrograd can count: the checker refuses years outside 1–9999, `advance`
/// stops at the end of the supported range, and every moment a game can reach survives a save and a load.
struct DateRangeTests {
    static func header(calendar: String = "old", year: Int = 1917) -> String {
        """
        format 1
        scenario edges
          en: Edges
          languages en
          calendar \(calendar)
          year \(year)

        role worker
          en: Worker
          start gate

        """
    }

    static func roundTrip(_ game: Game) throws -> Game {
        let data = SaveDocument(game: game, program: "petrograd test").encoded()
        let document = try success(SaveDocument.decode(data))
        return try success(document.restore(in: game.scenario)).game
    }

    // MARK: The checker

    @Test func aYearOutsideOneToNineThousandNineHundredAndNinetyNineIsRefusedWhereItIsWritten() {
        let scene = "scene gate\n  en: Gate.\n  choice leave\n    en: Leave.\n    go out\nending out\n  en: Out.\n"
        for year in [0, 10_000] {
            let errors = compile(Self.header(year: year) + scene).diagnostics.filter { $0.severity == .error }
            #expect(errors.map(\.text) == ["the year \(year) is outside the years Petrograd can count; write a year from 1 to 9999"])
            #expect(errors.map(\.code) == ["PG034"])
            #expect(errors.map(\.location) == [SourceLocation(file: "test.story", line: 6, column: 8)], "at the number on the 'year' line")
        }
    }

    @Test func sceneEventAndScenarioDatesInYearsPetrogradCannotCountAreRefused() {
        let text = """
            format 1
            scenario edges
              en: Edges
              languages en
              dates 1 Jan 0 to 2 Jan 1917

            role worker
              en: Worker
              start gate

            scene gate
              on 31 Dec 10000
              en: Gate.
              choice leave
                en: Leave.
                go out

            ending out
              en: Out.

            event late
              on 1 Mar 12345 new
              en: Late.
            """
        let errors = compile(text).diagnostics.filter { $0.severity == .error }
        #expect(errors.map { "\($0.location.line):\($0.location.column) \($0.text)" } == [
            "5:9 the year 0 is outside the years Petrograd can count; write a year from 1 to 9999",
            "12:6 the year 10000 is outside the years Petrograd can count; write a year from 1 to 9999",
            "22:6 the year 12345 is outside the years Petrograd can count; write a year from 1 to 9999",
        ])
    }

    @Test func theFirstAndLastDaysOfTheCountableYearsCheckInBothCalendars() throws {
        for calendar in ["old", "new"] {
            _ = try checkedScenario(Self.header(calendar: calendar, year: 1) + """
                scene gate
                  on 1 Jan 1
                  en: Gate.
                  choice on
                    en: On.
                    go last
                scene last
                  on 31 Dec 9999, 23:59
                  en: Last.
                  choice leave
                    en: Leave.
                    go out
                ending out
                  en: Out.
                """)
        }
    }

    // MARK: Saves at the edges (the reproductions of F4)

    @Test func aGameThatPassesNewYearOfTheYear9999NewStyleSavesAndLoads() throws {
        let scenario = try checkedScenario(Self.header(calendar: "new", year: 9999) + """
            scene gate
              on 31 Dec, night
              en: Gate.
              choice wait
                en: Wait.
                advance 4 hours
              choice leave
                en: Leave.
                go out
            ending out
              en: Out.
            """)
        var game = try success(Game.start(scenario, roles: [0], seed: 1)).0
        _ = try success(game.perform(.choose(player: 1, choice: "wait")))
        #expect(DateFormatting.iso(game.state.world.clock) == "10000-01-01T01:00")
        let restored = try Self.roundTrip(game)
        #expect(restored.state == game.state)
    }

    @Test func aGameOnTheFirstDayOfTheYear1OldStyleSavesAndLoads() throws {
        let scenario = try checkedScenario(Self.header(calendar: "old", year: 1) + """
            scene gate
              en: Gate.
              choice wait
                en: Wait.
                advance 1 hours
              choice leave
                en: Leave.
                go out
            ending out
              en: Out.
            """)
        var game = try success(Game.start(scenario, roles: [0], seed: 1)).0
        #expect(DateFormatting.iso(game.state.world.clock) == "0000-12-30T00:00", "1 Jan 1 Old Style is 30 Dec of the year 0 New Style")
        #expect(try Self.roundTrip(game).state == game.state)
        _ = try success(game.perform(.choose(player: 1, choice: "wait")))
        #expect(try Self.roundTrip(game).state == game.state)
    }

    @Test func advancingPastTheLastDayIsARuntimeErrorAtTheAdvanceAndTheGameStillSaves() throws {
        let scenario = try checkedScenario(Self.header() + """
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
        var game = try success(Game.start(scenario, roles: [0], seed: 1)).0
        var refusal: Refusal?
        var steps = 0
        while refusal == nil, steps < 200 {
            if case .failure(let error) = game.perform(.choose(player: 1, choice: "sleep")) { refusal = error }
            steps += 1
        }
        guard case .runtime(let error) = try #require(refusal) else {
            Issue.record("expected a runtime error, got \(String(describing: refusal))")
            return
        }
        #expect(steps == 81, "1 Jan 1917 plus 80 centuries of 36,600 days is in the year 9934; one more passes the end")
        #expect(error.kind == .clockOutOfRange)
        #expect(error.location == SourceLocation(file: "test.story", line: 15, column: 5), "the 'advance' line")
        #expect(error.description == "test.story:15:5: this 'advance' would move the clock past 31 Dec 9999 (Old Style), the last day Petrograd can count; advance less, or lead to an ending before")
        #expect(game.state.world.clock.isSupported)
        #expect(try Self.roundTrip(game).state == game.state, "the last good state is saved and loaded")
    }

    @Test func exploringFindsTheAdvancePastTheLastDay() throws {
        let scenario = try checkedScenario(Self.header() + """
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
        let report = Explorer(scenario: scenario).exhaustive(role: 0)
        #expect(report.isComplete)
        let errors = report.findings.compactMap { finding -> RuntimeError? in
            if case .runtimeError(let error) = finding.kind { return error }
            return nil
        }
        #expect(errors.map(\.kind) == [.clockOutOfRange])
        #expect(report.findings.first?.path.count == 81)
    }

    // MARK: The save format

    /// Every minute of the first and last three days, and a minute of every 997th day in between.
    static func momentsAcrossTheRange() -> [Moment] {
        let range = Moment.supportedRange
        let threeDays = 3 * 1440
        var moments = (0..<threeDays).map { range.lowerBound.advanced(byMinutes: $0) }
        moments += (0..<threeDays).map { Moment(minutes: range.upperBound.minutes - $0) }
        var minutes = range.lowerBound.minutes
        var offset = 0
        while minutes <= range.upperBound.minutes {
            moments.append(Moment(minutes: minutes + offset % 1440))
            minutes += 997 * 1440
            offset += 7
        }
        return moments.filter(\.isSupported)
    }

    @Test func everyMomentInTheSupportedRangeSurvivesTheSaveFormat() {
        let moments = Self.momentsAcrossTheRange()
        #expect(moments.count > 12_000)
        let failures = moments.filter { DateFormatting.parseISO(DateFormatting.iso($0)) != $0 }
        #expect(failures.isEmpty, "\(failures.prefix(5).map { DateFormatting.iso($0) })")
    }

    @Test func theEndsOfTheSupportedRangeAreTheOldStyleEndsOfTheYears1And9999() throws {
        let range = Moment.supportedRange
        #expect(range.lowerBound == Moment(CalendarDate(year: 1, month: 1, day: 1), calendar: .old))
        #expect(range.upperBound == Moment(CalendarDate(year: 9999, month: 12, day: 31), calendar: .old, minuteOfDay: 1439))
        #expect(DateFormatting.iso(range.lowerBound) == "0000-12-30T00:00")
        #expect(DateFormatting.iso(range.upperBound) == "10000-03-13T23:59")
        // Both calendars' first and last days lie inside.
        for calendar in [CalendarKind.old, .new] {
            #expect(try #require(Moment(CalendarDate(year: 1, month: 1, day: 1), calendar: calendar)).isSupported)
            #expect(try #require(Moment(CalendarDate(year: 9999, month: 12, day: 31), calendar: calendar, minuteOfDay: 1439)).isSupported)
        }
        // One minute outside either end is not read back.
        #expect(DateFormatting.parseISO(DateFormatting.iso(Moment(minutes: range.lowerBound.minutes - 1))) == nil)
        #expect(DateFormatting.parseISO(DateFormatting.iso(range.upperBound.advanced(byMinutes: 1))) == nil)
    }

    @Test("A damaged clock is not a date, and never a crash", arguments: [
        "1917-03-07T9223372036854775807:00", "9223372036854775807-03-07T09:00", "1917-9223372036854775807-07T09:00",
        "99999999999999999999999-01-01T00:00", "-1917-03-08T09:30", "1917--03-08T09:30", "1917-03-08T09:30 ",
        "1917-03-08T09:30\n", "1917-03-08 09:30", "1917-03-08T-9:30", "１９１７-03-08T09:30", "1917-03-08T24:00",
        "1917-03-08T09:60", "0000-12-29T23:59", "10000-03-14T00:00", "99999-01-01T00:00", "1917-03-08T09:30:00", "T:--",
    ])
    func damagedClocksAreNotRead(text: String) {
        #expect(DateFormatting.parseISO(text) == nil)
    }

    @Test func aSaveWithAnOverflowingClockIsRefusedWithAMessage() throws {
        let scenario = try checkedScenario(Self.header() + """
            scene gate
              en: Gate.
              choice leave
                en: Leave.
                go out
            ending out
              en: Out.
            """)
        let game = try success(Game.start(scenario, roles: [0], seed: 1)).0
        let data = SaveDocument(game: game, program: "petrograd test").encoded()
        var json = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        json["clock"] = "1917-03-07T9223372036854775807:00"
        let document = try success(SaveDocument.decode(try JSONSerialization.data(withJSONObject: json)))
        let error = try failure(document.restore(in: scenario))
        #expect("\(error)" == "the field 'clock' ('1917-03-07T9223372036854775807:00') is not a date and time this version can use")
    }
}
