import Foundation
import Glibc
import PetrogradCore

/// Moves the saves of the layout before player names (`saves/SCENARIO/autosave.json` and the other
/// saves beside it) into the standard player's folder (`saves/SCENARIO/player/`), where `load`, `--load`
/// and the autosave find them.
///
/// Each file is moved whole under a name that is free (never over another file), by a hard link made
/// before the old name is removed, so a crash at any moment leaves the save under one name or both,
/// never none. A save that a game of an older version still holds locked is left until that game ends.
/// Two processes never migrate at once: the folder's migration lock is taken first.
public enum SaveLayoutMigration {
    /// What a migration did.
    public struct Outcome: Equatable, Sendable {
        /// The saves moved: their old and new paths.
        public var moved: [Move] = []
        /// The saves left where they were, with why.
        public var left: [Move] = []

        public struct Move: Equatable, Sendable {
            public var from: String
            public var to: String
        }
    }

    /// Moves every save in the scenario's folder into `name`'s folder.
    public static func migrate(_ saves: PlayerSaves, into name: PlayerName = .standard) -> Outcome {
        let files = oldSaves(in: saves)
        guard !files.isEmpty else { return Outcome() }
        guard case .taken(let migrationLock) = SaveLock.take(saves.folder + "/.layout.lock") else { return Outcome() }
        var outcome = Outcome()
        let destination = saves.store(for: name).directory
        withExtendedLifetime(migrationLock) {
            if case .failure(let error) = saves.fileSystem.makeFolders(destination) {
                outcome.left = files.map { .init(from: saves.folder + "/" + $0, to: error.description) }
                return
            }
            for file in files {
                let base = String(file.dropLast(5))
                let source = saves.folder + "/" + file
                // A game of an older version playing this save holds its lock: moving the file now would
                // make that game write a new one here.
                let oldLock = SaveLock.take(saves.folder + "/." + base + ".lock")
                if case .heldElsewhere = oldLock {
                    outcome.left.append(.init(from: source, to: "a game is playing it"))
                    continue
                }
                let candidates = [destination + "/" + file] + FilePlacement.numbered(base + "-earlier", in: destination)
                switch FilePlacement.move(source, toFirstFreeOf: candidates, fileSystem: saves.fileSystem) {
                case .success(let moved): outcome.moved.append(.init(from: source, to: moved))
                case .failure(let error): outcome.left.append(.init(from: source, to: error.description))
                }
                withExtendedLifetime(oldLock) {}
            }
        }
        return outcome
    }

    /// The saves of the old layout: regular files named `*.json` directly in the scenario's folder.
    static func oldSaves(in saves: PlayerSaves) -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: saves.folder)) ?? []
        return names.filter { name in
            guard name.hasSuffix(".json"), !name.hasPrefix("."), name.count > 5,
                  case .success(let information) = saves.fileSystem.status(saves.folder + "/" + name) else { return false }
            return information.st_mode & S_IFMT == S_IFREG
        }.sorted()
    }
}
