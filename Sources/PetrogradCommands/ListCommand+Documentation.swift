import PetrogradConsole

extension ListCommand {
    /// Where the documentation installed with the program is, and the page a teacher looks for first.
    func listDocumentation(library: ScenarioLibrary, output: inout some TextOutputStream) {
        guard let folder = library.documentation else { return }
        print("documentation: \(folder)", to: &output)
        print("  sources.md: the works the historian's notes cite, and the school history text the act grew from", to: &output)
    }
}
