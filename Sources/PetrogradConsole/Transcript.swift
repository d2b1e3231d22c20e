import Glibc
import PetrogradCore

/// A file that keeps everything the game shows and everything the player types, as plain text, for a
/// teacher to keep. Lines are appended as they happen, so nothing is lost if the game stops.
///
/// Only a regular file can be a transcript: a FIFO with no reader would block the game, and a device or
/// a pipe cannot be appended to. A write that fails (a full disk) stops the transcript, never the game.
final class Transcript {
    let path: String
    private let descriptor: Int32
    private let fileSystem: any FileSystem

    private init(path: String, descriptor: Int32, fileSystem: any FileSystem) {
        self.path = path
        self.descriptor = descriptor
        self.fileSystem = fileSystem
    }

    deinit {
        fileSystem.close(descriptor)
    }

    /// Opens (or creates) the file for appending.
    static func open(_ path: String, fileSystem: any FileSystem = POSIXFileSystem()) -> Result<Transcript, TranscriptError> {
        let shown = ControlCharacters.escaped(path)
        // Without blocking: opening a FIFO for writing would otherwise wait for a reader for ever.
        let descriptor: Int32
        switch fileSystem.open(path, flags: O_WRONLY | O_APPEND | O_CREAT | O_NONBLOCK, mode: 0o644) {
        case .failure(let error):
            let reason = error.code == ENXIO ? "it is a pipe that nothing reads" : error.description
            return .failure(TranscriptError(description: "the transcript file \(shown) cannot be written: \(reason)"))
        case .success(let opened):
            descriptor = opened
        }
        var information = stat()
        guard fstat(descriptor, &information) == 0, information.st_mode & S_IFMT == S_IFREG else {
            fileSystem.close(descriptor)
            return .failure(TranscriptError(description: "\(shown) is \(AtomicFile.kind(of: information.st_mode)), not a regular file; a transcript must be an ordinary file"))
        }
        let flags = fcntl(descriptor, F_GETFL)
        if flags >= 0 { _ = fcntl(descriptor, F_SETFL, flags & ~O_NONBLOCK) }
        return .success(Transcript(path: path, descriptor: descriptor, fileSystem: fileSystem))
    }

    /// Appends a line; on failure says why, and the caller stops the transcript.
    func append(_ text: String) -> Result<Void, TranscriptError> {
        fileSystem.writeAll(descriptor, Array((text + "\n").utf8)).mapError { error in
            TranscriptError(description: "the transcript \(ControlCharacters.escaped(path)) stopped: \(error)")
        }
    }
}

/// Why a transcript could not be kept.
struct TranscriptError: Error, CustomStringConvertible {
    var description: String
}
