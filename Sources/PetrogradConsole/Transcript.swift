import Foundation

/// A file that keeps everything the game shows and everything the player types, as plain text, for a
/// teacher to keep. Lines are appended as they happen, so nothing is lost if the game stops.
final class Transcript {
    let path: String
    private let handle: FileHandle

    private init(path: String, handle: FileHandle) {
        self.path = path
        self.handle = handle
    }

    deinit {
        try? handle.close()
    }

    /// Opens (or creates) the file for appending.
    static func open(_ path: String) -> Result<Transcript, TranscriptError> {
        let manager = FileManager.default
        if !manager.fileExists(atPath: path) {
            guard manager.createFile(atPath: path, contents: nil) else {
                return .failure(TranscriptError(description: "the transcript file \(path) cannot be created"))
            }
        }
        guard let handle = FileHandle(forWritingAtPath: path) else {
            return .failure(TranscriptError(description: "the transcript file \(path) cannot be written"))
        }
        handle.seekToEndOfFile()
        return .success(Transcript(path: path, handle: handle))
    }

    func append(_ text: String) {
        handle.write(Data((text + "\n").utf8))
    }
}

/// Why a transcript could not be kept.
struct TranscriptError: Error, CustomStringConvertible {
    var description: String
}
