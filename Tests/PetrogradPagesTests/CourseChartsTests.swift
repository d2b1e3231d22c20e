import PetrogradCharts
import PetrogradCore
import PetrogradPages
import Testing

/// The city's course and the events as charts, and the dates a page prints.
@Suite struct CourseChartsTests {
    static func oldStyle(_ day: Int, _ month: Int, hour: Int = 0) -> Moment {
        Moment(CalendarDate(year: 1917, month: month, day: day), calendar: .old, minuteOfDay: hour * 60)!
    }

    @Test func datesInBothCalendarsAndBothLanguages() {
        let english = PageDates(language: "en"), hindi = PageDates(language: "hi")
        let womensDay = Self.oldStyle(23, 2)
        #expect(english.bothCalendars(womensDay) == "23 Feb / 8 Mar 1917")
        #expect(hindi.bothCalendars(womensDay) == "23 फ़रवरी / 8 मार्च 1917")
        #expect(english.day(womensDay, calendar: .new) == "8 March 1917")
        #expect(hindi.day(womensDay, calendar: .old) == "23 फ़रवरी 1917")
        #expect(english.short(womensDay, storyCalendar: .old) == "23 Feb / 8 Mar")
        #expect(english.short(womensDay, storyCalendar: .new) == "8 Mar")
        #expect(english.moment(Self.oldStyle(23, 2, hour: 9), storyCalendar: .old) == "23 Feb / 8 Mar 1917, 09:00")
        // New Year's Eve Old Style is already 1918 New Style: both years are written.
        #expect(english.bothCalendars(Self.oldStyle(31, 12)) == "31 Dec 1917 / 13 Jan 1918")
        #expect(PageDates(language: "fr").language == "en")
    }

    @Test func oneChartForEachLabelledNumberWithALineForEachCity() throws {
        let marched = try ReportFixtures.game(roles: [0], names: ["Asha"], actions: [.choose(player: 1, choice: "march")])
        let stayed = try ReportFixtures.game(roles: [0], names: ["<b>Ravi</b>"], actions: [.choose(player: 1, choice: "stay")])
        let charts = CourseCharts.lines(scenario: marched.scenario, cities: [("Asha", CityCourse(game: marched)), ("<b>Ravi</b>", CityCourse(game: stayed))],
                                        language: "hi", dates: PageDates(language: "hi"))
        let chart = try #require(charts.first)
        #expect(charts.count == 1)
        #expect(chart.title == "हड़ताल का ज़ोर")
        #expect(chart.series.map(\.name) == ["Asha", "<b>Ravi</b>"])
        #expect(chart.yRange == 0...100)
        #expect(chart.series[0].points.first?.y == 20)
        #expect(chart.series[0].points.last?.y == 60, "the march added 40")
        #expect(chart.series[1].points.allSatisfy { $0.y == 20 })
        // The axis starts with the span (23 Feb) and ticks once a day, in both calendars, in Hindi.
        #expect(chart.xRange.lowerBound == 0)
        #expect(chart.xTicks.first?.label == "23 फ़रवरी / 8 मार्च")
        #expect(chart.xTicks.count == 4)
        #expect(chart.xTicks.map(\.x) == [0, 1440, 2880, 4320])
        // History's date of the Cossacks: 24 Feb, morning.
        let mark = try #require(chart.marks.first)
        #expect(mark.label == "कोसैकों ने हमला नहीं किया।")
        #expect(mark.x > 1440 && mark.x < 2880)
        let svg = chart.svg()
        #expect(svg.contains("&lt;b&gt;Ravi&lt;/b&gt;") && !svg.contains("<b>"))
    }

    @Test func theTimelinePutsEachEventBesideHistory() throws {
        let legend = (asHistory: "as in history", otherwise: "otherwise", didNotHappen: "did not happen", history: "history")
        let weak = try ReportFixtures.game(roles: [0], names: ["Asha"], actions: [.choose(player: 1, choice: "stay")])
        let strong = try ReportFixtures.game(roles: [0], names: ["Asha"], actions: [.choose(player: 1, choice: "march")])
        let justStarted = try ReportFixtures.game(roles: [0], names: ["Asha"], actions: [])
        let english = PageDates(language: "en")
        let otherwise = CourseCharts.timeline(game: weak, language: "en", dates: english, legend: legend)
        #expect(otherwise.items.map(\.label) == ["The Cossacks would not charge."])
        #expect(otherwise.items.first?.outcome == .otherwise)
        #expect(otherwise.items.first?.gameX != nil)
        #expect(CourseCharts.timeline(game: strong, language: "en", dates: english, legend: legend).items.first?.outcome == .asHistory)
        let notYet = CourseCharts.timeline(game: justStarted, language: "en", dates: english, legend: legend).items.first
        #expect(notYet?.outcome == .didNotHappen)
        #expect(notYet?.gameX == nil)
        #expect(otherwise.title == "The events: in this game and in history")
        #expect(CourseCharts.timeline(game: weak, language: "hi", dates: PageDates(language: "hi"), legend: legend).title.contains("घटनाएँ"))
    }
}
