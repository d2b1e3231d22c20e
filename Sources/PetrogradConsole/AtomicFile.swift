import Foundation
import Glibc
import PetrogradCore

/// Writes a whole file so that a crash, a kill -9 or a full disk leaves either the old file or the new
/// one, never half of either: a temporary file beside it, written and fsynced, renamed over the old
/// one, and the folder fsynced so the rename itself survives a power cut.
///
/// It never replaces what is not a regular file: a device such as `/dev/null`, a FIFO, a folder. A
/// symbolic link is refused or followed, as the caller says; it is never replaced by a file.
public struct AtomicFile: Sendable {
    /// What may stand at the path already.
    public enum Target: Sendable {
        /// A regular file or nothing; anything else (a link, a device, a FIFO, a folder) is refused.
        /// For saves, which must stay inside their folder.
        case regularFileOnly
        /// A file the person named: a link is followed to its target, and a device, FIFO or terminal is
        /// written in place (so `--output /dev/null` discards instead of replacing `/dev/null`).
        case anyFile
    }

    /// The suffix of temporary files, so stale ones can be recognised and removed.
    static let temporarySuffix = ".tmp"

    public var fileSystem: any FileSystem

    public init(fileSystem: any FileSystem = POSIXFileSystem()) {
        self.fileSystem = fileSystem
    }

    /// Writes `bytes` to `path`; on failure the file that was there is unchanged and no temporary file
    /// is left behind (unless removing it failed too, in which case ``removeStaleTemporaryFiles(in:)``
    /// removes it later).
    public func write(_ bytes: [UInt8], to path: String, target: Target) -> Result<Void, FileWriteError> {
        switch fileSystem.status(path) {
        case .failure(let error) where error.code == ENOENT:
            return replace(path, with: bytes, mode: 0o644)
        case .failure(let error):
            return .failure(FileWriteError(path: path, reason: error.description))
        case .success(let information):
            switch information.st_mode & S_IFMT {
            case S_IFREG:
                return replace(path, with: bytes, mode: information.st_mode & 0o777)
            case S_IFLNK:
                guard target == .anyFile else {
                    return .failure(FileWriteError(path: path, reason: "it is a link to another place, so it was not replaced"))
                }
                guard let resolved = Self.resolvedPath(path) else {
                    return .failure(FileWriteError(path: path, reason: "it is a link to a place that does not exist"))
                }
                return write(bytes, to: resolved, target: target)
            case S_IFDIR:
                return .failure(FileWriteError(path: path, reason: "it is a folder, not a file"))
            default:
                guard target == .anyFile else {
                    return .failure(FileWriteError(path: path, reason: "it is \(Self.kind(of: information.st_mode)), not a regular file, so it was not replaced"))
                }
                return writeInPlace(path, bytes)
            }
        }
    }

    /// The temporary-file dance for a regular file or a new one.
    private func replace(_ path: String, with bytes: [UInt8], mode: mode_t) -> Result<Void, FileWriteError> {
        let folder = FilePath.folder(of: path)
        let temporary = folder + "/." + FilePath.name(of: path) + ".\(getpid()).\(UInt32.random(in: 0...UInt32.max))" + Self.temporarySuffix
        func failure(_ error: SystemError, removing: Bool = true) -> Result<Void, FileWriteError> {
            if removing { _ = fileSystem.remove(temporary) }
            return .failure(FileWriteError(path: path, reason: error.description))
        }
        let descriptor: Int32
        switch fileSystem.open(temporary, flags: O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW, mode: mode) {
        case .failure(let error): return failure(error, removing: false)
        case .success(let opened): descriptor = opened
        }
        if case .failure(let error) = fileSystem.writeAll(descriptor, bytes) {
            fileSystem.close(descriptor)
            return failure(error)
        }
        if case .failure(let error) = fileSystem.synchronize(descriptor) {
            fileSystem.close(descriptor)
            return failure(error)
        }
        fileSystem.close(descriptor)
        if case .failure(let error) = fileSystem.rename(temporary, to: path) { return failure(error) }
        // The new file is in place; syncing the folder makes the rename itself durable.
        switch fileSystem.open(folder, flags: O_RDONLY | O_DIRECTORY, mode: 0) {
        case .failure(let error):
            return .failure(FileWriteError(path: path, reason: "it was written, but its folder could not be synchronised: \(error)"))
        case .success(let folderDescriptor):
            defer { fileSystem.close(folderDescriptor) }
            if case .failure(let error) = fileSystem.synchronize(folderDescriptor) {
                return .failure(FileWriteError(path: path, reason: "it was written, but its folder could not be synchronised: \(error)"))
            }
        }
        return .success(())
    }

    /// Writes to a device, FIFO or terminal as it is, without waiting for a reader that is not there.
    private func writeInPlace(_ path: String, _ bytes: [UInt8]) -> Result<Void, FileWriteError> {
        switch fileSystem.open(path, flags: O_WRONLY | O_NONBLOCK, mode: 0) {
        case .failure(let error):
            let reason = error.code == ENXIO ? "nothing is reading from it" : error.description
            return .failure(FileWriteError(path: path, reason: reason))
        case .success(let descriptor):
            defer { fileSystem.close(descriptor) }
            // Opened without blocking so a FIFO with no reader fails at once; now write normally.
            let flags = fcntl(descriptor, F_GETFL)
            if flags >= 0 { _ = fcntl(descriptor, F_SETFL, flags & ~O_NONBLOCK) }
            return fileSystem.writeAll(descriptor, bytes).mapError { FileWriteError(path: path, reason: $0.description) }
        }
    }

    /// Removes temporary files that a killed process left in a folder: ours whose process has ended, and
    /// any older than ten minutes (a save takes milliseconds), including Foundation's `.dat.nosync…`.
    public func removeStaleTemporaryFiles(in folder: String, now: Date = Date()) {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else { return }
        for name in names where name.hasPrefix(".") {
            let path = folder + "/" + name
            let isOurs = name.hasSuffix(Self.temporarySuffix)
            guard isOurs || name.hasPrefix(".dat.nosync") else { continue }
            guard case .success(let information) = fileSystem.status(path), information.st_mode & S_IFMT == S_IFREG else { continue }
            let age = now.timeIntervalSince1970 - Double(information.st_mtim.tv_sec)
            var isStale = age > 600
            if isOurs, !isStale {
                // ".NAME.PID.RANDOM.tmp": the writer's process id is the second field from the end.
                let fields = name.dropLast(Self.temporarySuffix.count).split(separator: ".")
                if fields.count >= 3, let pid = Int32(fields[fields.count - 2]), pid != getpid() {
                    isStale = kill(pid, 0) != 0 && errno == ESRCH
                }
            }
            if isStale { _ = fileSystem.remove(path) }
        }
    }

    /// Where a link finally points, or nil when it points nowhere.
    static func resolvedPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    /// "a character device", "a FIFO"…, for messages.
    static func kind(of mode: mode_t) -> String {
        switch mode & S_IFMT {
        case S_IFCHR: "a device"
        case S_IFBLK: "a disk device"
        case S_IFIFO: "a FIFO (named pipe)"
        case S_IFSOCK: "a socket"
        case S_IFDIR: "a folder"
        case S_IFLNK: "a link"
        default: "not a regular file"
        }
    }
}

/// Why a file could not be written; the file that was there is unchanged.
public struct FileWriteError: Error, Hashable, Sendable, CustomStringConvertible {
    public var path: String
    public var reason: String

    public var description: String { "\(ControlCharacters.escaped(path)) could not be written: \(reason)" }
}
