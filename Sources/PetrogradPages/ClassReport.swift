import Foundation
import PetrogradCharts
import PetrogradCore

/// The debrief report of a class: one or more games of one scenario (a classroom room is one shared city
/// with many seats; a class that played alone brings one game a student), each with a label and its
/// seats' names, turned into the context of `Pages/templates/report.mustache`. Every text here is plain:
/// the template escapes it. Only the charts' SVG goes in raw, and PetrogradCharts escapes every label in it.
public struct ClassReport {
    /// One game of the class.
    public struct Played {
        public var game: Game
        /// The city's name on the charts: the room's code, or the student's name for a solo game.
        public var label: String
        /// Each seat's name (player order); a seat without one is called by its number.
        public var seatNames: [String]

        public init(game: Game, label: String, seatNames: [String]? = nil) {
            self.game = game
            self.label = label
            self.seatNames = seatNames ?? game.names.map { $0 ?? "" }
        }
    }

    public var games: [Played]
    public var language: String
    /// The page's fixed words (`Pages/words/report.LANG.txt`).
    public var words: [String: String]
    let dates: PageDates

    /// A report of `games` in `language` (`hi` or `en`), with the words from `pages`.
    public init(games: [Played], language: String, pages: PageLibrary) throws(PageLibrary.LoadError) {
        self.language = language == "hi" ? "hi" : "en"
        self.games = games
        words = try PageWords.load(pages: pages, name: "report", language: self.language)
        dates = PageDates(language: self.language)
    }

    /// A word of the page; the key itself when the words file lacks it (a test checks none is missing).
    func word(_ key: String) -> String { words[key] ?? key }

    /// A scenario text in the page's language (falling back as the game does).
    func text(_ localized: LocalizedText?, in scenario: Scenario) -> String {
        guard let localized else { return "" }
        return TextRendering.text(localized, language: language, fallback: scenario.languages.first).text
    }

    /// A seat's name, or "Seat 3" when it has none.
    func seatName(_ played: Played, _ player: Int) -> String {
        let name = played.seatNames.indices.contains(player) ? played.seatNames[player].trimmingCharacters(in: .whitespaces) : ""
        return name.isEmpty ? word("seat").replacingOccurrences(of: "{n}", with: String(player + 1)) : name
    }

    /// A scene named by the first sentence of its text, as it reads for `player` of `game` standing there
    /// (its place named; numbers as they are at the end).
    func sceneName(_ scene: Int, game: Game, player: Int?) -> String {
        let scenario = game.scenario
        guard scenario.scenes.indices.contains(scene),
              let template = TextRendering.template(scenario.scenes[scene].text, language: language, fallback: scenario.languages.first)?.template
        else { return "" }
        var state = game.state
        if let player, state.players.indices.contains(player) { state.players[player].position = .scene(scene) }
        let rendered = TextRendering.render(template, scenario: scenario, state: state, player: player, language: language,
                                            formatDate: { dates.moment($0, storyCalendar: scenario.calendar) })
        return HistoryComparison.firstSentence(rendered, fullStop: language == "hi" ? "।" : ".")
    }

    /// A label short enough for a chart's margin; the full text stands in the report's lists. Devanagari
    /// letters (a conjunct counts as one) are wider than Latin ones, so Hindi gets fewer.
    static func chartLabel(_ text: String, language: String) -> String {
        let limit = language == "hi" ? 28 : 38
        guard text.count > limit else { return text }
        let cut = text.prefix(limit - 1)
        return String(cut[..<(cut.lastIndex(of: " ") ?? cut.endIndex)]).trimmingCharacters(in: .punctuationCharacters) + "…"
    }

    /// The whole page, rendered.
    public func html(pages: PageLibrary) throws(PageLibrary.LoadError) -> String {
        let fonts = try pages.embeddedFonts()
        var page = context()
        page["fontRegular"] = fonts.regular.base64EncodedString()
        page["fontBold"] = fonts.bold.base64EncodedString()
        return try pages.render("report", page)
    }
}
