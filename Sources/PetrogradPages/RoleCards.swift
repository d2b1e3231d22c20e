import Foundation
import PetrogradCore

/// The printable role cards of a scenario (`petrograd cards`): one card per role, with who the person is
/// (`about`), the goal they state in public, the worry they keep to themselves and the act's dates; two
/// cards to an A4 sheet with a cut line between them. The page is `templates/cards.mustache` with its fixed
/// words from `words/cards.LANGUAGE.txt`, and the Devanagari font embedded, so the one file prints anywhere.
public struct RoleCards {
    public let scenario: Scenario
    public let language: String

    public init(scenario: Scenario, language: String) {
        self.scenario = scenario
        self.language = language
    }

    /// Why the cards could not be made.
    public struct MakeError: Error, CustomStringConvertible, Sendable {
        public var description: String
    }

    /// The words the page needs from `words/cards.LANGUAGE.txt`.
    public static let requiredWords = ["title", "instructions", "who", "goal", "goal_hint", "worry", "keep_secret", "dates", "old_style",
                                       "new_style", "cut", "play", "branches"]

    /// The whole page, rendered from `pages`.
    public func page(pages: PageLibrary) throws(MakeError) -> String {
        let words: [String: String]
        do {
            words = try PageWords.load(pages: pages, name: "cards", language: language)
        } catch {
            throw MakeError(description: error.description)
        }
        if let missing = Self.requiredWords.first(where: { words[$0] == nil }) {
            throw MakeError(description: "\(pages.root)/words/cards.\(language).txt: '\(missing)' is missing; add a line '\(missing) = …'")
        }
        do {
            let fonts = try pages.embeddedFonts()
            return try pages.render("cards", context(words: words, regularFont: fonts.regular, boldFont: fonts.bold))
        } catch {
            throw MakeError(description: error.description)
        }
    }

    /// What the template reads: the page's words, the scenario's title and dates, and the cards in sheets
    /// of two (`sheets[].cards[]`, each with `name`, `id`, and `about`, `goal`, `worry` when written).
    public func context(words: [String: String], regularFont: Data, boldFont: Data) -> [String: Any] {
        let cards: [[String: Any]] = scenario.roles.map(card)
        var sheets: [[String: Any]] = []
        var index = 0
        while index < cards.count {
            let pair = Array(cards[index..<min(index + 2, cards.count)])
            var sheet: [String: Any] = ["first": pair[0]]
            if pair.count == 2 { sheet["second"] = pair[1] }
            sheets.append(sheet)
            index += 2
        }
        var context: [String: Any] = [
            "lang": language,
            "words": words,
            "scenarioTitle": text(scenario.title),
            "scenarioId": scenario.id,
            "sheets": sheets,
            "roleCount": cards.count,
            "regularFont": regularFont.base64EncodedString(),
            "boldFont": boldFont.base64EncodedString(),
        ]
        if let dates = dates(words: words) { context["dates"] = dates }
        if !scenario.branches.isEmpty { context["branches"] = scenario.branches.joined(separator: ", ") }
        return context
    }

    private func card(_ role: Role) -> [String: Any] {
        var card: [String: Any] = ["id": role.id, "name": text(role.name), "scenarioId": scenario.id]
        if let about = role.about { card["about"] = text(about) }
        if let goal = role.goal { card["goal"] = text(goal) }
        if let worry = role.worry { card["worry"] = text(worry) }
        return card
    }

    private func text(_ localized: LocalizedText) -> String {
        TextRendering.text(localized, language: language, fallback: scenario.languages.first).text
    }

    /// The act's span as a reader of `language` reads it: "22 February – 3 March 1917 (Old Style) / 7 March
    /// – 16 March 1917 (New Style)" for an Old Style story while Russia kept it, else one range. Month names
    /// and the calendars' names come from the words file (`month_1` … `month_12`, `old_style`, `new_style`).
    func dates(words: [String: String]) -> String? {
        guard let span = scenario.span else { return nil }
        // Months are named as every page names them (PageDates), so the cards and the report agree.
        let dates = PageDates(language: language)
        func month(_ number: Int) -> String { dates.monthName(number) }
        func range(_ calendar: CalendarKind) -> String {
            let start = span.lowerBound.date(in: calendar), end = span.upperBound.date(in: calendar)
            let startYear = start.year == end.year ? "" : " \(start.year)"
            return "\(start.day) \(month(start.month))\(startYear) – \(end.day) \(month(end.month)) \(end.year)"
        }
        let showsBoth = DateFormatting.showsBothCalendars(span.lowerBound, storyCalendar: scenario.calendar)
            && DateFormatting.showsBothCalendars(span.upperBound, storyCalendar: scenario.calendar)
        guard showsBoth else { return range(scenario.calendar) }
        return "\(range(.old)) (\(words["old_style", default: "O.S."])) / \(range(.new)) (\(words["new_style", default: "N.S."]))"
    }
}
