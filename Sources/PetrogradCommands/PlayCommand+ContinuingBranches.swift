import PetrogradConsole
import PetrogradCore

extension PlayCommand {
    /// The scenario with the branches an unfinished game was played with and this run was not given
    /// (found by the folders its save remembers, or as bundled branches), and how they were named; nil
    /// when the game needs no other branch, or when they cannot all be found and compiled. `folders` are
    /// where the branches were read from, by id.
    static func scenario(continuing save: SaveDocument, in current: Scenario, reference: String, with given: [String],
                         library: ScenarioLibrary) -> (scenario: Scenario, branches: [String], folders: [String: String])? {
        guard let missing = BranchFolders.references(missingFrom: current, for: save, library: library),
              case .success(let resumed) = ScenarioLoader(library: library).load(reference, with: given + missing),
              let scenario = resumed.compilation.scenario else { return nil }
        return (scenario, missing, resumed.branchFolders)
    }
}
