import Foundation
import PetrogradCore

/// Reads a scenario's `.story` files from disk: a folder (searched recursively) or a single file.
public enum ScenarioFiles {
    /// The extension of scenario files.
    public static let fileExtension = "story"

    /// What went wrong reading a scenario from disk.
    public struct ReadError: Error, CustomStringConvertible {
        public var path: String
        public var reason: String
        public var description: String { "\(path): error: \(reason)" }
    }

    /// The files of the scenario at `path`, with paths as the user would write them (relative to the
    /// current directory when under it), sorted by path.
    public static func read(_ path: String) throws(ReadError) -> [SourceFile] {
        let manager = FileManager.default
        var isDirectory: ObjCBool = false
        guard manager.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw ReadError(path: path, reason: "there is no file or folder here")
        }
        if !isDirectory.boolValue {
            return [try readFile(path)]
        }
        guard let enumerator = manager.enumerator(atPath: path) else {
            throw ReadError(path: path, reason: "this folder cannot be read")
        }
        var paths: [String] = []
        while let relative = enumerator.nextObject() as? String {
            if relative.hasSuffix("." + fileExtension) { paths.append(relative) }
        }
        let base = path.hasSuffix("/") ? String(path.dropLast()) : path
        var files: [SourceFile] = []
        for relative in paths.sorted() { files.append(try readFile(base + "/" + relative)) }
        return files
    }

    private static func readFile(_ path: String) throws(ReadError) -> SourceFile {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw ReadError(path: path, reason: "this file cannot be read")
        }
        return SourceFile(path: path, bytes: [UInt8](data))
    }
}
