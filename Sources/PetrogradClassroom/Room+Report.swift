import PetrogradCore
import PetrogradPages

/// The debrief report of a room as it stands: its one shared city, with every seat by the name it has now.
extension Room {
    public func reportHTML(pages: PageLibrary, language: String) throws -> String {
        let report = try ClassReport(games: [ClassReport.Played(game: game, label: code.value)], language: language, pages: pages)
        return try report.html(pages: pages)
    }
}
