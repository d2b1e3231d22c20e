import PetrogradConsole
import PetrogradCore

extension ScenarioLoader {
    /// Loads a scenario (with branches) for a command that needs it compiled: prints why it could not be
    /// read, or every diagnostic and a summary when it has errors, and then returns nil.
    func compiled(_ reference: String, with branches: [String], reportingTo output: inout some TextOutputStream) -> (scenario: Scenario, loaded: Loaded)? {
        let loaded: Loaded
        switch load(reference, with: branches) {
        case .failure(let error):
            print(error.description, to: &output)
            return nil
        case .success(let result):
            loaded = result
        }
        guard let scenario = loaded.compilation.scenario else {
            let renderer = DiagnosticRenderer(files: loaded.compilation.files, usesColour: false)
            for diagnostic in loaded.compilation.diagnostics { print(renderer.render(diagnostic), to: &output) }
            print("\(loaded.name): \(DiagnosticRenderer.summary(loaded.compilation.diagnostics)); 'petrograd check' lists them", to: &output)
            return nil
        }
        return (scenario, loaded)
    }
}
