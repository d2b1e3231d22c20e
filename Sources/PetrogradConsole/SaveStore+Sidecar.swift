import Foundation
import Glibc
import PetrogradCore

/// The sidecar of turns beside a save (``SaveSidecar``): `.NAME.json.turns` in the save's folder.
extension SaveStore {
    /// Where the sidecar of the save at `path` is kept.
    static func sidecarPath(ofSaveAt path: String) -> String {
        FilePath.folder(of: path) + "/." + FilePath.name(of: path) + ".turns"
    }

    /// The save with the turns of its sidecar folded in (the save as it is when there is no good sidecar).
    func foldingSidecar(into document: SaveDocument, bytes: [UInt8], path: String) -> SaveDocument {
        guard case .success(let sidecar) = RegularFile.contents(of: Self.sidecarPath(ofSaveAt: path), limit: Self.largestSave) else {
            return document
        }
        return SaveSidecar.fold(document, bytes: bytes, sidecar: sidecar).document
    }

    /// Removes the sidecar of the save at `path`, if there is one: the save it continued has been replaced.
    func removeSidecar(ofSaveAt path: String) {
        let sidecar = Self.sidecarPath(ofSaveAt: path)
        if case .success = fileSystem.status(sidecar) { _ = fileSystem.remove(sidecar) }
    }

    /// Writes a save in full with the turns of its sidecar folded in, and removes the sidecar, so the save
    /// is one file again (to be kept under another name, say). A save that cannot be read is left as it is.
    /// Called only by the process that holds the save's lock.
    public func foldSidecar(intoSave name: String) {
        guard case .success(let path) = self.path(for: name), case .success = fileSystem.status(Self.sidecarPath(ofSaveAt: path)) else { return }
        guard case .success(let bytes) = RegularFile.contents(of: path, limit: Self.largestSave),
              case .success(let document) = SaveDocument.decode(Data(bytes)),
              case .success(let sidecar) = RegularFile.contents(of: Self.sidecarPath(ofSaveAt: path), limit: Self.largestSave) else { return }
        let (folded, records) = SaveSidecar.fold(document, bytes: bytes, sidecar: sidecar)
        if records == 0 {
            removeSidecar(ofSaveAt: path)
        } else {
            // The full write removes the sidecar once the save holds its turns.
            _ = write(folded, name: name, replacingOwnSave: true)
        }
    }
}
