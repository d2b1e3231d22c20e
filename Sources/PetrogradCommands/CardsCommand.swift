import ArgumentParser
import Foundation
import PetrogradConsole
import PetrogradCore
import PetrogradPages

/// `petrograd cards SCENARIO`: the printable role cards of a scenario, one HTML page.
package struct CardsCommand: LibraryCommand {
    package static let configuration = CommandConfiguration(
        commandName: "cards",
        abstract: "Make a scenario's role cards: a printable page with each role's public goal and private worry.",
        discussion: """
            One card per role, two to an A4 sheet with a cut line between them: the role's name, who they \
            are ('about'), the goal they state in public, the worry they keep to themselves (marked 'keep this \
            to yourself') and the act's dates in both calendars. One self-contained HTML file (its styles and \
            the Devanagari font inside it): open it in a browser and print it. Without --lang, the cards are \
            in the scenario's first language (Hindi for the bundled acts). Exit status 1 when the scenario \
            has errors (printed as 'petrograd check' prints them) or the page cannot be made.
            """)

    @Argument(help: "A scenario folder, or the id of a bundled scenario.")
    package var scenario: String

    @Option(help: "The cards' language: any the scenario promises (hi or en for the bundled acts).")
    package var lang: String?

    @Option(name: .customLong("output"), help: ArgumentHelp("Write the page to this file instead of standard output.", valueName: "file"))
    package var outputFile: String?

    @Option(name: .customLong("with"), help: ArgumentHelp("A branch (id or folder) to compile with the scenario (repeatable).", valueName: "branch"))
    package var branches: [String] = []

    package init() {}

    package func execute(library: ScenarioLibrary, output: inout some TextOutputStream) -> Int32 {
        guard let (model, loaded) = ScenarioLoader(library: library).compiled(scenario, with: branches, reportingTo: &output) else { return 1 }
        let language = lang ?? model.languages.first ?? "en"
        guard model.languages.contains(language) else {
            print("error: unknown language '\(language)'; \(loaded.name) is written in \(model.languages.joined(separator: ", ")): choose one of them with --lang", to: &output)
            return 1
        }
        let page: String
        do {
            let pages = try PageLibrary.beside(scenarios: library.root)
            page = try RoleCards(scenario: model, language: language).page(pages: pages)
        } catch {
            // Both errors name the file (and line) that is wrong.
            print("error: \(error)", to: &output)
            return 1
        }
        guard let outputFile else {
            output.write(page)
            return 0
        }
        // A device such as /dev/null is written in place, never replaced by a file.
        if case .failure(let error) = AtomicFile().write(Array(page.utf8), to: outputFile, target: .anyFile) {
            print("error: the cards \(error)", to: &output)
            return 1
        }
        let sheets = (model.roles.count + 1) / 2
        // The teacher reads this line in the language of the cards they asked for.
        if language == "hi" {
            print("\(outputFile): \(model.roles.count) भूमिका कार्ड, A4 के \(sheets) पन्नों पर (हिंदी)", to: &output)
        } else {
            print("\(outputFile): \(model.roles.count) role card\(model.roles.count == 1 ? "" : "s") on \(sheets) A4 sheet\(sheets == 1 ? "" : "s") (\(language))", to: &output)
        }
        return 0
    }
}
