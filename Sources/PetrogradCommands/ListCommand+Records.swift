import Foundation
import PetrogradConsole
import PetrogradCore

/// `list`'s account of the players' records: per scenario, each player's saves and finished games, and
/// the transcripts kept.
extension ListCommand {
    /// Each player's saves, named saves and finished games (with role and ending), and any saves of the
    /// layout before names, which the next game moves into the folder of the player `player`.
    func listSaves(in store: SaveStore, of scenario: Scenario, output: inout some TextOutputStream) {
        let players = PlayerSaves(folder: store.directory, fileSystem: store.fileSystem)
        let names = players.playerNames()
        let older = store.list()
        guard !names.isEmpty || !older.isEmpty else {
            print("  saves: none", to: &output)
            return
        }
        print("  saves (in \(store.directory)):", to: &output)
        let vocabulary = Vocabulary(language: "en", for: scenario)
        for name in names {
            let playerStore = players.store(for: name)
            let saves = playerStore.list().map { save in
                guard case .success(let (document, _)) = playerStore.read(save) else { return "\(save) (cannot be read)" }
                return "\(save) (\(Self.summary(of: document, player: name, vocabulary: vocabulary)))"
            }
            print("    \(name): " + (saves.isEmpty ? "no saves" : saves.joined(separator: ", ")), to: &output)
            for finished in players.finishedGames(of: name).list() {
                let file = ControlCharacters.escaped(String(finished.path.split(separator: "/").last ?? ""))
                let summary = finished.document.map { Self.summary(of: $0, player: name, vocabulary: vocabulary) } ?? "cannot be read"
                print("      finished: \(file) (\(summary))", to: &output)
            }
        }
        if !older.isEmpty {
            print("    from before player names (the next game moves them to '\(PlayerName.standard)'): \(older.joined(separator: ", "))", to: &output)
        }
    }

    /// "worker, ended: w-delegate" or "soldier, in progress at 27 February …", and the name in the save
    /// when it is not the folder's (a save copied from another player).
    static func summary(of document: SaveDocument, player folderName: PlayerName, vocabulary: Vocabulary) -> String {
        guard let player = document.players.first else { return "no players" }
        let state = player.finished
            ? "ended: \(player.at)"
            : "in progress at " + (DateFormatting.parseISO(player.time).map(vocabulary.date) ?? player.time)
        return ControlCharacters.escaped(player.role + ", " + state + (document.name.flatMap { $0 == folderName.text ? nil : ", played by \($0)" } ?? ""))
    }

    /// The transcripts in the folder automatic transcripts go to.
    func listTranscripts(in folder: String?, output: inout some TextOutputStream) {
        guard let folder else { return }
        let files = ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).filter { $0.hasSuffix(".txt") && !$0.hasPrefix(".") }.sorted()
        guard !files.isEmpty else { return }
        print("transcripts (in \(folder)):", to: &output)
        for file in files { print("  \(ControlCharacters.escaped(file))", to: &output) }
    }
}
