import Foundation
import PetrogradCore

/// Where the branches of a game were loaded from, by id, as absolute paths: a save remembers them, so
/// that `petrograd` can continue a game played with a branch from any folder. `ScenarioLoader` finds
/// them as it reads each branch (`Loaded.branchFolders`).
public enum BranchFolders {
    /// `path` made absolute against `currentFolder` and tidied (`.` and `..` taken out), as a save keeps it.
    public static func absolute(_ path: String, currentFolder: String = FileManager.default.currentDirectoryPath) -> String {
        let absolute = path.hasPrefix("/") ? path : currentFolder + "/" + path
        return URL(fileURLWithPath: absolute).standardizedFileURL.path
    }

    /// How to load the branches a save was played with that `scenario` lacks: the folder the save
    /// remembers, while it exists, else the id of a bundled branch. Nil when the save needs no branch
    /// it lacks, or when one of them cannot be found either way.
    public static func references(missingFrom scenario: Scenario, for save: SaveDocument, library: ScenarioLibrary) -> [String]? {
        let missing = save.branches.filter { !scenario.branches.contains($0) }
        guard !missing.isEmpty else { return nil }
        var references: [String] = []
        for id in missing {
            var isFolder: ObjCBool = false
            if let folder = save.branchFolders?[id], FileManager.default.fileExists(atPath: folder, isDirectory: &isFolder), isFolder.boolValue {
                references.append(folder)
            } else if library.branchIDs.contains(id) {
                references.append(id)
            } else {
                return nil
            }
        }
        return references
    }
}
