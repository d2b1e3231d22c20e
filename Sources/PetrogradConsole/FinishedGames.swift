import Foundation
import Glibc
import PetrogradCore

/// A player's finished games, each kept under a dated name that is never reused:
/// `finished/2026-12-03-1530-worker-w-delegate.json` (when it ended, the role, the ending).
///
/// A game is kept here when it reaches its ending, and again (if it is not here yet) when the autosave
/// slot that holds it is claimed for a new game, so the next game never overwrites a finished one.
public struct FinishedGames: Sendable {
    public let folder: String
    public let fileSystem: any FileSystem

    public init(folder: String, fileSystem: any FileSystem = POSIXFileSystem()) {
        self.folder = folder
        self.fileSystem = fileSystem
    }

    /// A finished game found in the folder.
    public struct Entry: Sendable {
        public var path: String
        /// Nil when the file cannot be read as a save.
        public var document: SaveDocument?
    }

    /// Keeps a finished game under a new dated name; returns the path it took.
    public func keep(_ document: SaveDocument, finishedAt date: Date = Date()) -> Result<String, FileWriteError> {
        if case .failure(let error) = fileSystem.makeFolders(folder) {
            return .failure(FileWriteError(path: folder, reason: error.description))
        }
        return FilePlacement.create(Array(document.encoded()), atFirstFreeOf: FilePlacement.numbered(Self.baseName(for: document, at: date), in: folder),
                                    fileSystem: fileSystem)
    }

    /// Whether a game with exactly these bytes is kept here already.
    public func holds(_ document: SaveDocument) -> Bool {
        let bytes = Array(document.encoded())
        return files().contains { path in
            guard case .success(let information) = fileSystem.status(path), Int(information.st_size) == bytes.count,
                  case .success(let stored) = RegularFile.contents(of: path, limit: SaveStore.largestSave) else { return false }
            return stored == bytes
        }
    }

    /// The finished games kept here, oldest first (their names start with the date).
    public func list() -> [Entry] {
        files().map { path in
            let document = (try? RegularFile.contents(of: path, limit: SaveStore.largestSave).get()).flatMap { try? SaveDocument.decode(Data($0)).get() }
            return Entry(path: path, document: document)
        }
    }

    private func files() -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        return names.filter { $0.hasSuffix(".json") && !$0.hasPrefix(".") }.sorted().map { folder + "/" + $0 }
    }

    /// `2026-12-03-1530-worker-w-delegate`: the local date and time, the role and the ending, each id
    /// cut to letters, digits and '-' so the name is safe in any folder.
    static func baseName(for document: SaveDocument, at date: Date) -> String {
        let parts = Calendar(identifier: .gregorian).dateComponents([.year, .month, .day, .hour, .minute], from: date)
        func pad(_ value: Int?) -> String { String(format: "%02d", value ?? 0) }
        func safe(_ id: String?) -> String {
            String((id ?? "").filter { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-") }.prefix(30))
        }
        let player = document.players.first
        return (["\(parts.year ?? 0)-\(pad(parts.month))-\(pad(parts.day))-\(pad(parts.hour))\(pad(parts.minute))", safe(player?.role), safe(player?.at)])
            .filter { !$0.isEmpty }.joined(separator: "-")
    }
}
