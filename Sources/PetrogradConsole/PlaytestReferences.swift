import Foundation
import PetrogradCore

/// Finds the scenario and the branches a `.playtest` file names. Names in the file are read from the
/// file's folder, never from the current folder, so a test runs the same wherever it is started:
/// - a path (`..`, `../act`, `branches/mine`) is relative to the file's folder, or absolute;
/// - a bare scenario name is a folder of that name beside the file, else a bundled scenario's id;
/// - a bare branch name is a folder of that name beside the file or in a folder above it (the nearest
///   wins), else a bundled branch's id.
public struct PlaytestReferences: Sendable {
    /// A name in the file that names nothing, with where it is written.
    public struct Missing: Error, Sendable, Equatable, CustomStringConvertible {
        public var line: Int
        public var column: Int
        public var message: String
        public var description: String { "line \(line), column \(column): \(message)" }
    }

    /// Every name in the file that names nothing, in the file's order.
    public struct Unresolved: Error, Sendable {
        public var names: [Missing]
    }

    public let library: ScenarioLibrary
    /// The folder of the `.playtest` file, as its path gives it ("." for a bare file name).
    public let folder: String

    /// The references of the file at `path`.
    public init(library: ScenarioLibrary, file path: String) {
        self.library = library
        folder = FilePath.folder(of: path)
    }

    /// What the file names, found.
    public struct Found: Sendable {
        /// The scenario's folder; nil when the file names none, or when it was not looked for.
        public var scenario: String?
        /// The branches' folders, in the file's order.
        public var branches: [String]
    }

    /// The folders of the scenario (when `includingScenario`) and the branches the file names, or every
    /// name among them that names nothing, in the file's order.
    public func resolve(_ playtest: Playtest, includingScenario: Bool) -> Result<Found, Unresolved> {
        var found = Found(scenario: nil, branches: [])
        var missing: [Missing] = []
        if includingScenario, let name = playtest.scenario {
            switch locate(name, kind: "scenario", bundled: library.root.map { $0 + "/" }, ids: library.scenarioIDs, searchesAbove: false) {
            case .failure(let problem): missing.append(problem)
            case .success(let folder): found.scenario = folder
            }
        }
        for name in playtest.branches {
            switch locate(name, kind: "branch", bundled: library.root.map { $0 + "/branches/" }, ids: library.branchIDs, searchesAbove: true) {
            case .failure(let problem): missing.append(problem)
            case .success(let folder): found.branches.append(folder)
            }
        }
        return missing.isEmpty ? .success(found) : .failure(Unresolved(names: missing.sorted { ($0.line, $0.column) < ($1.line, $1.column) }))
    }

    /// Whether a name is a path rather than a bare name (an id, or a folder beside the file).
    static func isPath(_ name: String) -> Bool {
        name.contains("/") || name == "." || name == ".."
    }

    private func locate(_ name: Playtest.Name, kind: String, bundled: String?, ids: [String], searchesAbove: Bool) -> Result<String, Missing> {
        func missing(_ message: String) -> Result<String, Missing> {
            .failure(Missing(line: name.line, column: name.column, message: message))
        }
        let text = name.text
        if Self.isPath(text) {
            let path = text.hasPrefix("/") ? text : folder + "/" + text
            guard FileManager.default.fileExists(atPath: path) else {
                return missing("there is no \(kind) folder '\(text)' (looked for \(path); a path is relative to this file's folder)")
            }
            return .success(Self.shortPath(path))
        }
        for candidate in candidateFolders(searchesAbove: searchesAbove) {
            let path = candidate + "/" + text
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue { return .success(Self.shortPath(path)) }
        }
        if let bundled, ids.contains(text) { return .success(bundled + text) }
        let place = searchesAbove ? "beside this file or in a folder above it" : "beside this file"
        var message = "there is no \(kind) folder '\(text)' \(place), and no bundled \(kind) has this id"
        if let suggestion = Spelling.closest(to: text, among: ids) {
            message += "; did you mean '\(suggestion)'?"
        } else if !ids.isEmpty {
            message += " (bundled: \(ids.joined(separator: ", ")))"
        }
        return missing(message)
    }

    /// The file's folder, then (when `searchesAbove`) each folder above it up to the root. The folders
    /// above are reached through the real path of the file's folder, so that `..` means what the system
    /// means by it even across symbolic links.
    private func candidateFolders(searchesAbove: Bool) -> [String] {
        guard searchesAbove, let real = realpath(folder, nil) else { return [folder] }
        defer { free(real) }
        var above: [String] = []
        var current = URL(fileURLWithPath: String(cString: real))
        while current.path != "/" {
            current = current.deletingLastPathComponent()
            above.append(current.path)
        }
        return [folder] + above
    }

    /// How a replay file kept in `replayFolder` names a scenario or branch given on the command line as
    /// `reference`: a path that exists is written relative to that folder (so that the file works
    /// wherever it is run from), anything else (an id) as it is.
    public static func written(_ reference: String, inFileIn replayFolder: String) -> String {
        guard FileManager.default.fileExists(atPath: reference) else { return reference }
        return relativePath(from: replayFolder, to: reference) ?? reference
    }

    /// A folder that exists, named from the current folder without detours: `work/my-branch` rather
    /// than `work/my-branch/tests/../../my-branch`, so that messages about its files read well.
    static func shortPath(_ path: String) -> String {
        relativePath(from: ".", to: path) ?? path
    }

    /// The path from the folder `base` to `target` (both existing), through their real paths, so that
    /// each `..` in it means what the system means by it; nil when either cannot be resolved.
    static func relativePath(from base: String, to target: String) -> String? {
        guard let realTarget = realpath(target, nil) else { return nil }
        defer { free(realTarget) }
        guard let realBase = realpath(base, nil) else { return nil }
        defer { free(realBase) }
        let to = URL(fileURLWithPath: String(cString: realTarget)).pathComponents
        let from = URL(fileURLWithPath: String(cString: realBase)).pathComponents
        var common = 0
        while common < min(to.count, from.count), to[common] == from[common] { common += 1 }
        let parts = Array(repeating: "..", count: from.count - common) + to[common...]
        return parts.isEmpty ? "." : parts.joined(separator: "/")
    }
}
