import ArgumentParser
import Foundation
import PetrogradConsole
import PetrogradCore

/// `petrograd list`: the bundled scenarios, their roles, and the saves that can be continued.
package struct ListCommand: ParsableCommand {
    package static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List the bundled scenarios, their roles, each player's saved and finished games, and transcripts.")

    package init() {}

    package func run() throws {
        var output = HarmlessOutput(StandardOutput())
        let transcripts = TranscriptFolder.resolve(flag: "", setting: Settings.load(from: Settings.path()).transcripts, standard: TranscriptFolder.standard())
        execute(library: .bundled(), saves: { (try? SaveStore.standard(scenario: $0).get()) ?? SaveStore(directory: "/nonexistent") },
                transcripts: transcripts, output: &output)
    }

    /// Lists; `saves` gives each scenario's folder of saves (which holds a folder per player), and
    /// `transcripts` the folder of automatic transcripts.
    package func execute(library: ScenarioLibrary, saves: (String) -> SaveStore, transcripts: String? = nil, output: inout some TextOutputStream) {
        defer {
            listBranches(library: library, output: &output)
            listTranscripts(in: transcripts, output: &output)
            listDocumentation(library: library, output: &output)
        }
        let ids = library.scenarioIDs
        if ids.isEmpty {
            print("No bundled scenarios were found. Set PETROGRAD_SCENARIOS to the folder that holds them.", to: &output)
            return
        }
        for id in ids {
            guard case .success(let path) = library.locate(id) else { continue }
            guard let files = try? ScenarioFiles.read(path) else {
                print("\(id)  (cannot be read: petrograd check \(id))", to: &output)
                continue
            }
            let compilation = Compiler.compile(files, earlier: ScenarioLoader(library: library).earlierAct(of: files, at: path))
            guard let scenario = compilation.scenario else {
                print("\(id)  (has errors: petrograd check \(id))", to: &output)
                continue
            }
            let title = scenario.languages.map { TextRendering.text(scenario.title, language: $0).text }.joined(separator: " / ")
            print("\(scenario.id)  \(title)", to: &output)
            print("  languages: \(scenario.languages.joined(separator: ", "))", to: &output)
            for role in scenario.roles {
                let names = scenario.languages.map { TextRendering.text(role.name, language: $0).text }.joined(separator: " / ")
                print("  role \(role.id): \(names)", to: &output)
            }
            for entry in scenario.entries {
                let titles = scenario.languages.map { TextRendering.text(entry.title, language: $0).text }.joined(separator: " / ")
                print("  entry \(entry.id): \(titles) (petrograd play \(scenario.id) --at \(entry.id))", to: &output)
            }
            listSaves(in: saves(scenario.id), of: scenario, output: &output)
        }
    }

    /// The bundled branches, each with the scenario it extends: `petrograd play SCENARIO --with ID`.
    private func listBranches(library: ScenarioLibrary, output: inout some TextOutputStream) {
        let ids = library.branchIDs
        guard !ids.isEmpty else { return }
        print("branches (play one with: petrograd play SCENARIO --with ID):", to: &output)
        for id in ids {
            guard case .success(let path) = library.locateBranch(id), let files = try? ScenarioFiles.read(path),
                  let header = Compiler.branchHeader(of: files) else { continue }
            print("  \(id)  extends \(header.extends ?? "?")", to: &output)
        }
    }
}
