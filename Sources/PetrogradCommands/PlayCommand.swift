import ArgumentParser
import Foundation
import PetrogradConsole
import PetrogradCore

/// `petrograd play`: play a scenario at the prompt (also what `petrograd` alone does).
package struct PlayCommand: ParsableCommand {
    package static let configuration = CommandConfiguration(
        commandName: "play",
        abstract: "Play a scenario (by bundled id or folder path).")

    /// The bundled scenario played when none is named.
    package static let defaultScenario = "march-1917"

    @Argument(help: "A bundled scenario's id or a scenario folder.")
    package var scenario: String = PlayCommand.defaultScenario

    @Option(help: "The role to play (its id); asked when left out.")
    package var role: String?

    @Option(help: "Language: hi or en.")
    package var lang: String?

    @Option(help: "Seed for the random generator (the same seed and choices give the same game).")
    package var seed: UInt64?

    @Option(help: "Continue a saved game: a save's name or a path to its file.")
    package var load: String?

    package init() {}

    package func run() throws {
        _ = ConsoleLocale.adoptUserLocale()
        var reader = LineReaderFactory.makeReader(historyPath: Self.historyPath())
        let code = execute(library: .bundled(), reader: &reader, saves: nil, output: { print($0) }, width: Terminal.width())
        if code != 0 { throw ExitCode(code) }
    }

    /// Plays; returns the exit status. Tests pass their own reader, save folder and output.
    package func execute(library: ScenarioLibrary, reader: inout some LineReader, saves: SaveStore?, output: @escaping (String) -> Void, width: Int) -> Int32 {
        let files: [SourceFile]
        switch library.locate(scenario) {
        case .failure(let error):
            output(error.description)
            return 1
        case .success(let path):
            do throws(ScenarioFiles.ReadError) { files = try ScenarioFiles.read(path) } catch {
                output(error.description)
                return 1
            }
        }
        let compilation = Compiler.compile(files)
        guard let scenario = compilation.scenario else {
            let renderer = DiagnosticRenderer(files: compilation.files, usesColour: false)
            for diagnostic in compilation.diagnostics where diagnostic.severity == .error { output(renderer.render(diagnostic)) }
            output("This scenario has errors, so it cannot be played; 'petrograd check' lists them.")
            return 1
        }
        let language = lang ?? scenario.languages.first ?? "en"
        guard scenario.languages.contains(language) || ["hi", "en"].contains(language) else {
            output("error: unknown language '\(language)'; this scenario has \(scenario.languages.joined(separator: ", "))")
            return 1
        }
        let store = saves ?? SaveStore.standard(scenario: scenario.id)
        let vocabulary = Vocabulary(language: language)

        var game: Game
        var opening: [GameEvent] = []
        if let load {
            switch store.read(load).flatMap({ document, _ in document.restore(in: scenario) }) {
            case .failure(let error):
                output(vocabulary.problem(error.description))
                return 1
            case .success(let restored):
                game = restored.game
                restored.notices.forEach { output("(\($0))") }
            }
        } else {
            guard let roleIndex = chooseRole(scenario, vocabulary: vocabulary, reader: &reader, output: output) else { return 0 }
            let gameSeed = seed ?? UInt64(Date().timeIntervalSince1970 * 1000)
            switch Game.start(scenario, roles: [roleIndex], seed: gameSeed) {
            case .failure(let error):
                output(vocabulary.problem(error.description))
                return 1
            case .success(let started):
                game = started.0
                opening = started.1
            }
        }
        output("== " + TextRendering.text(scenario.title, language: language, fallback: scenario.languages.first).text + " ==")
        let session = GameSession(game: game, language: language, width: width, saves: store, program: PetrogradCommand.version, output: output)
        session.run(reader: &reader, openingEvents: opening)
        return 0
    }

    private func chooseRole(_ scenario: Scenario, vocabulary: Vocabulary, reader: inout some LineReader, output: (String) -> Void) -> Int? {
        if let role {
            if let index = scenario.roleIndex(role) { return index }
            output("error: there is no role '\(role)'; roles: \(scenario.roles.map(\.id).joined(separator: ", "))")
            return nil
        }
        let language = vocabulary.language
        output(language == "hi" ? "आप कौन-सी भूमिका निभाएँगे?" : "Which role will you play?")
        for (number, role) in scenario.roles.enumerated() {
            output("  \(number + 1). " + TextRendering.text(role.name, language: language, fallback: scenario.languages.first).text + " (\(role.id))")
        }
        while true {
            switch reader.readLine(prompt: "> ") {
            case .endOfInput: return nil
            case .interrupted: continue
            case .line(let line):
                let answer = line.trimmingCharacters(in: .whitespaces)
                if let number = Int(answer), scenario.roles.indices.contains(number - 1) { return number - 1 }
                if let index = scenario.roleIndex(answer) { return index }
                output(language == "hi" ? "भूमिका की संख्या लिखें।" : "Type the number of a role.")
            }
        }
    }

    static func historyPath(environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        let base = environment["XDG_STATE_HOME"].flatMap { $0.isEmpty ? nil : $0 }
            ?? ((environment["HOME"] ?? NSHomeDirectory()) + "/.local/state")
        return base + "/petrograd/history"
    }
}
