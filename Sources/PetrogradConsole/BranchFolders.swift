import Foundation
import PetrogradCore

/// Where the branches of a game were loaded from, by id, as absolute paths: a save remembers them, so
/// that `petrograd` can continue a game played with a branch from any folder.
public enum BranchFolders {
    /// The folder of each branch among `references` (branch folders, or ids of bundled branches; a
    /// reference that names no branch is passed over).
    public static func of(_ references: [String], library: ScenarioLibrary,
                          currentFolder: String = FileManager.default.currentDirectoryPath) -> [String: String] {
        var folders: [String: String] = [:]
        for reference in references {
            guard case .success(let path) = library.locateBranch(reference),
                  let files = try? ScenarioFiles.read(path), ScenarioLoader.mention("branch", in: files),
                  let header = Compiler.branchHeader(of: files) else { continue }
            let absolute = path.hasPrefix("/") ? path : currentFolder + "/" + path
            folders[header.id] = URL(fileURLWithPath: absolute).standardizedFileURL.path
        }
        return folders
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
