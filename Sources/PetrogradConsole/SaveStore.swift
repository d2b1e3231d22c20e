import Foundation
import Glibc
import PetrogradCore

/// Where saves live: a folder of JSON files, by default `$XDG_STATE_HOME/petrograd/saves/SCENARIO` (or
/// `~/.local/state/petrograd/saves/SCENARIO`).
///
/// A save is named by a plain name (kept in the folder as NAME.json) or by a path ending in `.json`.
/// Writes are atomic (``AtomicFile``): a crash leaves the old save or the new one. A save never
/// replaces a file that is not a Petrograd save, a link, a device or a folder. A game in progress
/// holds a lock on its autosave (``SaveLock``), so two windows never write one file.
public struct SaveStore: Sendable {
    /// The save written after every turn and on the way out.
    public static let autosaveName = "autosave"

    /// The longest plain name a save may have.
    static let longestName = 100
    /// Larger files are not saves; reading them whole would only waste memory.
    static let largestSave = 256 << 20

    public var directory: String
    /// The calls that write, so tests can make them fail.
    public var fileSystem: any FileSystem

    public init(directory: String, fileSystem: any FileSystem = POSIXFileSystem()) {
        self.directory = directory
        self.fileSystem = fileSystem
    }

    /// The default store for a scenario (saves of different scenarios are kept apart), or why there is
    /// none (no home folder).
    public static func standard(scenario: String, environment: [String: String] = ProcessInfo.processInfo.environment)
        -> Result<SaveStore, UserDirectories.Unavailable> {
        UserDirectories.stateFolder(environment: environment).map { SaveStore(directory: $0 + "/saves/" + scenario) }
    }

    /// The file a name refers to, or why the name cannot be a save's.
    public func path(for name: String) -> Result<String, SaveError> {
        let shown = ControlCharacters.quoted(name)
        if name.isEmpty { return .failure(.unusableName("a save needs a name")) }
        if name.unicodeScalars.contains(where: { ControlCharacters.isForbidden($0) || $0 == "\0" }) {
            return .failure(.unusableName("the name '\(shown)' contains control characters; use letters, digits and '-'"))
        }
        if name.contains("/") || name.hasSuffix(".json") {
            let file = FilePath.name(of: name)
            guard !file.hasPrefix(".") else {
                return .failure(.unusableName("'\(shown)' would be a hidden file; give the save a name that does not start with '.'"))
            }
            guard file.hasSuffix(".json"), file.count > 5 else {
                return .failure(.unusableName("'\(shown)' is a path, and a save file's name ends in .json (as in my-game.json)"))
            }
            return .success(name)
        }
        guard name.count <= Self.longestName else {
            return .failure(.unusableName("the name '\(ControlCharacters.escaped(String(name.prefix(40))))…' is longer than \(Self.longestName) characters"))
        }
        guard !name.hasPrefix(".") else {
            return .failure(.unusableName("'\(shown)' would be a hidden file; give the save a name that does not start with '.'"))
        }
        return .success(directory + "/" + name + ".json")
    }

    /// Writes a save atomically; returns the path written. An existing file that is not a Petrograd save
    /// is never replaced. `replacingOwnSave` skips reading what is there, for a game writing over the
    /// save it wrote itself a turn ago (so a long game does not read its whole save back every turn).
    public func write(_ document: SaveDocument, name: String, replacingOwnSave: Bool = false) -> Result<String, SaveError> {
        write(encoded: Array(document.encoded()), name: name, replacingOwnSave: replacingOwnSave)
    }

    /// Writes a save's encoded bytes, as ``write(_:name:replacingOwnSave:)`` does; a sidecar of turns
    /// left beside the old save is removed, since the new save holds the whole game.
    func write(encoded bytes: [UInt8], name: String, replacingOwnSave: Bool = false) -> Result<String, SaveError> {
        let path: String
        switch self.path(for: name) {
        case .failure(let error): return .failure(error)
        case .success(let found): path = found
        }
        if !replacingOwnSave, case .success(let information) = fileSystem.status(path), information.st_mode & S_IFMT == S_IFREG,
           case .success(let bytes) = RegularFile.contents(of: path, limit: Self.largestSave), case .failure = SaveDocument.probe(Data(bytes)) {
            return .failure(.unwritable("\(ControlCharacters.quoted(path)) is not a Petrograd save, so it was not replaced; choose another name"))
        }
        if case .failure(let error) = fileSystem.makeFolders(FilePath.folder(of: path)) {
            return .failure(.unwritable("the folder for \(ControlCharacters.quoted(path)) cannot be made: \(error)"))
        }
        return AtomicFile(fileSystem: fileSystem).write(bytes, to: path, target: .regularFileOnly)
            .map { removeSidecar(ofSaveAt: path); return path }
            .mapError { .unwritable("the save \($0)") }
    }

    /// Reads a save without changing the file, whatever is in it.
    public func read(_ name: String) -> Result<(SaveDocument, String), SaveError> {
        let path: String
        switch self.path(for: name) {
        case .failure(let error): return .failure(error)
        case .success(let found): path = found
        }
        let bytes: [UInt8]
        switch RegularFile.contents(of: path, limit: Self.largestSave) {
        case .failure(.missing): return .failure(.missing("there is no save at \(ControlCharacters.quoted(path))"))
        case .failure(let problem): return .failure(.unreadable("\(ControlCharacters.quoted(path)) \(problem); the file was left as it is"))
        case .success(let read): bytes = read
        }
        // The turns an autosave appended since it was last written in full are folded in.
        return SaveDocument.decode(Data(bytes)).map { (foldingSidecar(into: $0, bytes: bytes, path: path), path) }.mapError { error in
            switch error {
            case .incompatible(let why): .incompatible("\(ControlCharacters.quoted(path)): \(why); the file was left as it is")
            default: .unreadable("\(ControlCharacters.quoted(path)): \(error); the file was left as it is")
            }
        }
    }

    /// Whether a save exists under this name (readable or not).
    public func exists(_ name: String) -> Bool {
        guard case .success(let path) = path(for: name) else { return false }
        if case .success = fileSystem.status(path) { return true }
        return false
    }

    /// The names of the saves in the folder, sorted (hidden files and temporary files left out).
    public func list() -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []
        return names.filter { name in
            guard name.hasSuffix(".json"), !name.hasPrefix("."), name.count > 5,
                  case .success(let information) = fileSystem.status(directory + "/" + name) else { return false }
            return information.st_mode & S_IFMT == S_IFREG
        }.map { String($0.dropLast(5)) }.sorted()
    }

    /// Moves a save aside under a new name that no save has yet, built from `base`; returns that name.
    /// Used to keep an unfinished game instead of replacing it.
    public func keep(_ name: String, asNameStartingWith base: String) -> Result<String, SaveError> {
        guard case .success(let from) = path(for: name) else { return .failure(.missing("there is no save '\(name)'")) }
        var candidate = base
        var number = 2
        while exists(candidate) {
            candidate = "\(base)-\(number)"
            number += 1
        }
        guard case .success(let to) = path(for: candidate) else { return .failure(.unusableName(candidate)) }
        switch fileSystem.rename(from, to: to) {
        case .success: return .success(candidate)
        case .failure(let error): return .failure(.unwritable("\(ControlCharacters.quoted(from)) could not be kept as \(candidate): \(error)"))
        }
    }

    /// Takes the lock on a save, so no other process writes it while this one plays.
    public func lock(_ name: String) -> SaveLock.Outcome {
        if case .failure(let error) = fileSystem.makeFolders(directory) { return .unavailable(error.description) }
        return SaveLock.take(directory + "/." + name + ".lock")
    }

    /// Removes what killed processes left behind in the folder.
    public func removeStaleTemporaryFiles() {
        AtomicFile(fileSystem: fileSystem).removeStaleTemporaryFiles(in: directory)
    }
}

/// An exclusive lock on one save (`flock` on a hidden lock file beside it), held while a game plays.
/// The system lets it go when the process ends, even by kill -9, so it is never left stale.
public final class SaveLock: Sendable {
    /// What trying to take a lock gave.
    public enum Outcome: Sendable {
        case taken(SaveLock)
        /// Another process holds it: another window is playing this save.
        case heldElsewhere
        /// Locks cannot be taken here (a read-only folder, say); the game can still be played.
        case unavailable(String)
    }

    private let descriptor: Int32

    private init(descriptor: Int32) {
        self.descriptor = descriptor
    }

    deinit {
        close(descriptor)
    }

    static func take(_ path: String) -> Outcome {
        let descriptor = open(path, O_RDWR | O_CREAT | O_CLOEXEC | O_NOFOLLOW, 0o644)
        guard descriptor >= 0 else { return .unavailable(SystemError.current.description) }
        while flock(descriptor, LOCK_EX | LOCK_NB) != 0 {
            if errno == EINTR { continue }
            let error = errno
            close(descriptor)
            return error == EWOULDBLOCK ? .heldElsewhere : .unavailable(SystemError(code: error).description)
        }
        return .taken(SaveLock(descriptor: descriptor))
    }
}
