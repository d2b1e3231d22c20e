import Foundation
import PetrogradCore

/// The finished game of an earlier act that `--from` names: a path, a save's name among a player's saves
/// of that act, or the name of a file among the player's finished games (as `petrograd list` shows it).
public enum FinishedGameFile {
    /// The file `reference` names, looked for as a path, then among each player's saves and finished
    /// games of the earlier act (whose saves live in `actFolder`), in the order the players are given.
    public static func locate(_ reference: String, actFolder: String, players: [PlayerName]) -> String? {
        if isRegularFile(reference) { return reference }
        guard !reference.contains("/") else { return nil }
        let saves = PlayerSaves(folder: actFolder)
        let file = reference.hasSuffix(".json") ? reference : reference + ".json"
        for player in players {
            let candidates = [saves.store(for: player).directory + "/" + file, saves.finishedGames(of: player).folder + "/" + file]
            if let found = candidates.first(where: isRegularFile) { return found }
        }
        return nil
    }

    /// The save in the file, without changing it.
    public static func read(_ path: String) -> Result<SaveDocument, SaveError> {
        switch RegularFile.contents(of: path, limit: SaveStore.largestSave) {
        case .failure(.missing): return .failure(.missing("there is no file at \(ControlCharacters.quoted(path))"))
        case .failure(let problem): return .failure(.unreadable("\(ControlCharacters.quoted(path)) \(problem)"))
        case .success(let bytes): return SaveDocument.decode(Data(bytes))
        }
    }

    /// The folder that holds the saves of scenario `act`, beside the folder of the saves of another
    /// scenario (`…/saves/october-1917` → `…/saves/march-1917`).
    public static func savesFolder(of act: String, besides folder: String) -> String {
        URL(fileURLWithPath: folder).deletingLastPathComponent().appendingPathComponent(act).path
    }

    private static func isRegularFile(_ path: String) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && !isDirectory.boolValue
    }
}
