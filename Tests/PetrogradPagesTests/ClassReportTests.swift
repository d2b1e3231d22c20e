import Foundation
import PetrogradCore
import PetrogradPages
import Testing

/// The debrief report: its sections in each language, what a student typed kept harmless, and the
/// parts a class's games fill in.
@Suite struct ClassReportTests {
    static let hostile = "<script>alert('x')</script>"

    /// A room of two seats: the worker marched (the strike at 60, so the Cossacks hold back as in history),
    /// the soldier mutinied and is free.
    static func room() throws -> Game {
        try ReportFixtures.game(roles: [0, 1], names: ["Asha", hostile], actions: [
            .choose(player: 1, choice: "march"), .choose(player: 2, choice: "mutiny"), .choose(player: 1, choice: "home"),
        ])
    }

    static func html(_ games: [ClassReport.Played], language: String) throws -> String {
        let pages = try ReportFixtures.pages()
        return try ClassReport(games: games, language: language, pages: pages).html(pages: pages)
    }

    /// The levels of the page's headings, in order.
    static func headingLevels(_ html: String) -> [Int] {
        let regex = try! NSRegularExpression(pattern: "<h([1-6])[ >]")
        return regex.matches(in: html, range: NSRange(html.startIndex..., in: html)).compactMap { match in
            Range(match.range(at: 1), in: html).flatMap { Int(html[$0]) }
        }
    }

    @Test func aRoomsReportHasEverySectionInOrderAndIsSelfContained() throws {
        let page = try Self.html([ClassReport.Played(game: try Self.room(), label: "K7P3QD")], language: "en")
        #expect(page.hasPrefix("<!DOCTYPE html>\n<html lang=\"en\">"))
        for heading in ["Debrief report", "The city&#39;s course against history", "Which events went otherwise, and why", "Endings by role",
                        "Each seat&#39;s path", "Choices beside what real people did", "The journals", "Questions for reflection"] {
            #expect(page.contains(heading), "missing: \(heading)")
        }
        let levels = Self.headingLevels(page)
        #expect(levels.first == 1 && levels.filter { $0 == 1 }.count == 1)
        #expect(zip(levels, levels.dropFirst()).allSatisfy { $1 <= $0 + 1 }, "no heading level is skipped: \(levels)")
        #expect(page.contains("@page { size: A4"))
        #expect(page.contains("break-inside: avoid"))
        #expect(page.contains("src: url(data:font/ttf;base64,AAEAAA"), "the Devanagari font is inside the page")
        #expect(!page.contains("<script"), "no script, and nothing a student typed becomes one")
        #expect(page.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;") || page.contains("&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;"))
        #expect(page.contains("<svg"), "charts are inline SVG")
        #expect(!page.contains("src=\"http") && !page.contains("href=\"http") && !page.contains("url(http"), "nothing is fetched")
        #expect(page.contains("Strike strength"))
        #expect(page.contains("The Cossacks would not charge."), "the event, named")
        #expect(page.contains("Every event went as in history."))
        #expect(page.contains("23 Feb / 8 Mar 1917"), "dates in both calendars")
        #expect(page.contains("In fact the women walked out of the mills."), "the historian's note beside the choice")
        #expect(page.contains("Asha: March."))
        #expect(page.contains("How did your character&#39;s choice differ"))
        #expect(!page.contains("{{") && !page.contains("question1"))
    }

    @Test func theHindiReportIsInHindi() throws {
        let page = try Self.html([ClassReport.Played(game: try Self.room(), label: "K7P3QD")], language: "hi")
        #expect(page.contains("<html lang=\"hi\">"))
        for text in ["चर्चा की रिपोर्ट", "सोचने के लिए प्रश्न", "हड़ताल का ज़ोर", "कोसैकों ने हमला नहीं किया।", "23 फ़रवरी / 8 मार्च 1917",
                     "आपके पात्र का निर्णय असली इतिहास से कैसे अलग था"] {
            #expect(page.contains(text), "missing: \(text)")
        }
        for english in ["Debrief report", "Strike strength", "Questions for reflection", "Stay at work."] {
            #expect(!page.contains(english), "English in the Hindi report: \(english)")
        }
    }

    @Test func anEventThatWentOtherwiseSaysWhatHappenedAndWhy() throws {
        let stayed = try ReportFixtures.game(roles: [0], names: ["Ravi"], actions: [.choose(player: 1, choice: "stay")])
        let page = try Self.html([ClassReport.Played(game: stayed, label: "Ravi")], language: "en")
        #expect(page.contains("(Went otherwise)"))
        #expect(page.contains("<blockquote>The Cossacks charge.</blockquote>"))
        #expect(page.contains("It needed: Strike strength at least 50 (it was 20)"))
        #expect(!page.contains("Every event went as in history."))
    }

    @Test func endingsAreCountedBySeatForEachRole() throws {
        let pages = try ReportFixtures.pages()
        let report = try ClassReport(games: [ClassReport.Played(game: try Self.room(), label: "K7P3QD")], language: "en", pages: pages)
        let act = try #require((report.context()["acts"] as? [[String: Any]])?.first)
        let chart = try #require(act["endingsChart"] as? String)
        #expect(chart.contains(">Worker<") && chart.contains(">Soldier<"))
        #expect(chart.contains("<title>Home.: 1</title>"), "the worker went home")
        #expect(chart.contains("<title>Free.: 1</title>"), "the soldier is free")
        // Both endings are open to both roles, so each role shows both, the one no seat reached with 0.
        #expect(chart.contains("<title>Free.: 0</title>") && chart.contains("<title>Home.: 0</title>"))
        let seats = try #require(act["seats"] as? [[String: Any]])
        #expect(seats.map { $0["name"] as? String } == ["Asha", Self.hostile])
        let steps = try #require(seats[0]["steps"] as? [[String: Any]])
        #expect(steps.map { $0["choice"] as? String } == ["March.", "Go home."])
        #expect(steps.first?["date"] as? String == "23 Feb / 8 Mar 1917, 09:00")
        #expect(seats[1]["ending"] as? String == "Free.")
    }

    @Test func soloGamesAreOneCityEachNamedByTheStudent() throws {
        let asha = try ReportFixtures.game(roles: [0], names: ["Asha"], actions: [.choose(player: 1, choice: "march")])
        let ravi = try ReportFixtures.game(roles: [0], names: ["Ravi"], actions: [.choose(player: 1, choice: "stay")])
        let pages = try ReportFixtures.pages()
        let report = try ClassReport(games: [ClassReport.Played(game: asha, label: "Asha"), ClassReport.Played(game: ravi, label: "Ravi")],
                                     language: "en", pages: pages)
        let act = try #require((report.context()["acts"] as? [[String: Any]])?.first)
        #expect(act["summary"] as? String == "Seats: 2 · Cities: 2")
        #expect((act["cities"] as? [[String: Any]])?.map { $0["label"] as? String } == ["Asha", "Ravi"])
        let chart = try #require((act["charts"] as? [[String: Any]])?.first?["svg"] as? String)
        #expect(chart.contains("<title>Asha</title>") && chart.contains("<title>Ravi</title>"))
        // The table of events: in Ravi's city the Cossacks charged (the strike stayed weak), in Asha's they held back.
        let row = try #require((act["eventTable"] as? [[String: Any]])?.first)
        #expect(row["asHistory"] as? Int == 1 && row["otherwiseCount"] as? Int == 1 && row["otherwise"] as? String == "Ravi")
        let page = try Self.html([ClassReport.Played(game: asha, label: "Asha"), ClassReport.Played(game: ravi, label: "Ravi")], language: "en")
        #expect(page.contains("<td>1 (Ravi)</td>"))
    }

    @Test func aLargeClassGetsTheTableOfEventsInsteadOfATimelineForEachCity() throws {
        let games = try (1...5).map { number in
            ClassReport.Played(game: try ReportFixtures.game(roles: [0], names: ["S\(number)"], actions: [.choose(player: 1, choice: "stay")]),
                               label: "S\(number)")
        }
        let page = try Self.html(games, language: "en")
        #expect(page.contains("<td>5 (S1, S2, S3, S4, S5)</td>"))
        #expect(!page.contains("class=\"chart timeline\""), "no timeline for each of five cities")
        #expect(page.components(separatedBy: "<blockquote>The Cossacks charge.</blockquote>").count == 6, "what went otherwise, city by city")
        #expect(!page.contains("What everyone in the city heard"))
    }

    @Test func aStudentWhoPlayedBothActsGetsFebruaryBesideOctober() throws {
        let march = try ReportFixtures.game(roles: [0], names: ["Asha"], actions: [.choose(player: 1, choice: "march"), .choose(player: 1, choice: "home")])
        let october = try ReportFixtures.laterGame(names: [" asha "], earlier: march.scenario)
        let other = try ReportFixtures.laterGame(names: ["Meena"], earlier: march.scenario)
        // Given October first: the report still puts the earlier act first.
        let games = [ClassReport.Played(game: october, label: "asha"), ClassReport.Played(game: other, label: "Meena"),
                     ClassReport.Played(game: march, label: "Asha")]
        let page = try Self.html(games, language: "en")
        #expect(page.contains("<h2>February and October</h2>"))
        let february = try #require(page.range(of: "<h4>February</h4>")), octoberColumn = try #require(page.range(of: "<h4>October</h4>"))
        let pair = page[february.lowerBound..<page.range(of: "</div>\n</div>", range: octoberColumn.upperBound..<page.endIndex)!.upperBound]
        #expect(pair.contains("March.") && pair.contains("Home."))
        #expect(pair.contains("Storm the palace.") && pair.contains("It is over."))
        #expect(!page.contains("<h3>Meena</h3>"), "Meena played only October")
        let first = try #require(page.range(of: "<h2>A small town</h2>")), second = try #require(page.range(of: "<h2>The town later</h2>"))
        #expect(first.lowerBound < second.lowerBound)
    }

    @Test func theWordsAreTheSameInBothLanguagesAndTheHindiHasNoEnglish() throws {
        let pages = try ReportFixtures.pages()
        #expect(try PageWords.differences(pages: pages, name: "report", languages: ["en", "hi"]) == [])
        for (key, text) in try PageWords.load(pages: pages, name: "report", language: "hi") {
            let withoutPlaceholders = text.replacingOccurrences(of: #"\{[a-z]+\}"#, with: "", options: .regularExpression)
                .replacingOccurrences(of: "NCERT", with: "")
            #expect(!withoutPlaceholders.contains { $0.isASCII && $0.isLetter }, "report.hi.txt: \(key) = \(text)")
        }
        #expect(try PageWords.load(pages: pages, name: "report", language: "en").keys.filter { $0.wholeMatch(of: /question[0-9]+/) != nil }.count == 8, "the eight questions of the teacher's guide")
    }
}
