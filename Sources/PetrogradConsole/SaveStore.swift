import Foundation
import PetrogradCore

/// Where saves live: a folder of JSON files, by default `$XDG_STATE_HOME/petrograd/saves` (or
/// `~/.local/state/petrograd/saves`). A name with a `/` or ending in `.json` is a path instead.
/// Writes are atomic: a temporary file, then a rename, so a crash never leaves half a save.
public struct SaveStore: Sendable {
    /// The save written after every turn and on the way out.
    public static let autosaveName = "autosave"

    public var directory: String

    public init(directory: String) {
        self.directory = directory
    }

    /// The default store for a scenario (saves of different scenarios are kept apart).
    public static func standard(scenario: String, environment: [String: String] = ProcessInfo.processInfo.environment) -> SaveStore {
        SaveStore(directory: UserDirectories.state(environment: environment) + "/saves/" + scenario)
    }

    /// The file a name refers to.
    public func path(for name: String) -> String {
        name.contains("/") || name.hasSuffix(".json") ? name : directory + "/" + name + ".json"
    }

    /// Writes a save atomically; returns the path written.
    public func write(_ document: SaveDocument, name: String) -> Result<String, SaveError> {
        let path = path(for: name)
        let folder = URL(fileURLWithPath: path).deletingLastPathComponent()
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try document.encoded().write(to: URL(fileURLWithPath: path), options: .atomic)
            return .success(path)
        } catch {
            return .failure(.unreadable("the save could not be written to \(path): \(error.localizedDescription)"))
        }
    }

    /// Reads a save without changing the file, whatever is in it.
    public func read(_ name: String) -> Result<(SaveDocument, String), SaveError> {
        let path = path(for: name)
        guard let data = FileManager.default.contents(atPath: path) else {
            return .failure(.unreadable("there is no save at \(path)"))
        }
        return SaveDocument.decode(data).map { ($0, path) }.mapError { error in
            switch error {
            case .unreadable(let why): .unreadable("\(path): \(why); the file was left as it is")
            case .incompatible(let why): .incompatible("\(path): \(why); the file was left as it is")
            }
        }
    }

    /// The names of the saves in the folder, sorted.
    public func list() -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []
        return names.filter { $0.hasSuffix(".json") }.map { String($0.dropLast(5)) }.sorted()
    }
}
