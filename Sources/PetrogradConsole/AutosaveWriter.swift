import Glibc
import PetrogradCore

/// Writes a game's autosave after every turn at a cost that does not grow with the game: a turn is
/// appended to the save's sidecar (``SaveSidecar``) and fsynced; the save is written in full only now and
/// then — first, when the sidecar has grown as large as the save itself (so the writing a turn costs stays
/// the same however long the game), when the game ends, and after anything but a turn (undo, load,
/// reload, or a `save`). Reading the save folds the sidecar in, so what is read is always the whole game.
///
/// A kill at any moment leaves the last save plus every turn fully appended since: a record cut short is
/// ignored when the save is read, and a sidecar left from an earlier save names that save, not the new one.
final class AutosaveWriter {
    /// The sidecar is not rewritten into the save before it holds this many bytes, however small the save.
    static let smallestSidecarToFold = 64 << 10

    private let saves: SaveStore
    private let name: String
    /// How much of the game the save and its sidecar hold together; nil when the next write must be full.
    private var written: (logCount: Int, journalCount: Int)?
    /// The first line of a sidecar continuing the save last written in full, and that save's size.
    private var header: [UInt8] = []
    private var saveSize = 0
    /// The open sidecar, and how many bytes it holds.
    private var sidecar: Int32?
    private var sidecarSize = 0

    init(saves: SaveStore, name: String) {
        self.saves = saves
        self.name = name
    }

    deinit {
        if let sidecar { saves.fileSystem.close(sidecar) }
    }

    /// Saves the game, as `document` makes it a save. `afterTurn` says the game only moved on by turns
    /// since the last save, so they may be
    /// appended; `replacingOwnSave` as for ``SaveStore/write(_:name:replacingOwnSave:)``.
    func save(_ game: Game, document: (Game) -> SaveDocument, afterTurn: Bool, replacingOwnSave: Bool) -> Result<Void, SaveError> {
        if afterTurn, let written, game.log.count >= written.logCount, game.journal.count >= written.journalCount,
           game.state.players.contains(where: \.isActive), sidecarSize < max(Self.smallestSidecarToFold, saveSize),
           case .success = append(SaveSidecar.record(game, document: document, logFrom: written.logCount, journalFrom: written.journalCount)) {
            self.written = (game.log.count, game.journal.count)
            return .success(())
        }
        return saveInFull(document(game), replacingOwnSave: replacingOwnSave)
    }

    /// The next save is written in full (the save was written by other means).
    func forgetWhatWasWritten() {
        closeSidecar()
        written = nil
    }

    private func saveInFull(_ document: SaveDocument, replacingOwnSave: Bool) -> Result<Void, SaveError> {
        closeSidecar()
        written = nil
        let bytes = Array(document.encoded())
        // The store removes the old sidecar once the new save is in place.
        switch saves.write(encoded: bytes, name: name, replacingOwnSave: replacingOwnSave) {
        case .failure(let error):
            return .failure(error)
        case .success:
            written = (document.log.count, document.journal.count)
            header = SaveSidecar.header(continuing: bytes)
            saveSize = bytes.count
            return .success(())
        }
    }

    /// Appends a record to the sidecar, starting the sidecar when there is none, and fsyncs it.
    private func append(_ record: [UInt8]) -> Result<Void, SystemError> {
        let fileSystem = saves.fileSystem
        var bytes = record
        if sidecar == nil {
            guard case .success(let savePath) = saves.path(for: name) else { return .failure(SystemError(code: EINVAL)) }
            let path = SaveStore.sidecarPath(ofSaveAt: savePath)
            switch fileSystem.open(path, flags: O_WRONLY | O_CREAT | O_TRUNC | O_APPEND | O_NOFOLLOW, mode: 0o644) {
            case .failure(let error): return .failure(error)
            case .success(let descriptor): sidecar = descriptor
            }
            // The new file's name is made durable too, as the store does for a save.
            if case .success(let folder) = fileSystem.open(FilePath.folder(of: path), flags: O_RDONLY | O_DIRECTORY, mode: 0) {
                _ = fileSystem.synchronize(folder)
                fileSystem.close(folder)
            }
            bytes = header + record
            sidecarSize = 0
        }
        guard let sidecar else { return .failure(SystemError(code: EBADF)) }
        let result = fileSystem.writeAll(sidecar, bytes).flatMap { fileSystem.synchronize(sidecar) }
        switch result {
        case .success: sidecarSize += bytes.count
        // What the failed write left is ignored when the save is read: the save is written in full instead.
        case .failure: closeSidecar()
        }
        return result
    }

    private func closeSidecar() {
        if let sidecar { saves.fileSystem.close(sidecar) }
        sidecar = nil
        sidecarSize = 0
    }
}
