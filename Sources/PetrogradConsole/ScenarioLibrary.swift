import Foundation
import PetrogradCore

/// Finds scenarios: the bundled ones by id, or any folder by path.
///
/// The bundled scenarios are looked for, in order, in `$PETROGRAD_SCENARIOS`, in `Scenarios/` beside the
/// executable, in `../share/petrograd/Scenarios` above it (an installed copy, such as the release archive's
/// `bin/petrograd` with `share/petrograd/Scenarios`), and in the source checkout the program was built from.
/// The executable is the running program's real file (`ExecutableLocation`), however it was started. Add-on branches live in `Scenarios/branches/` and are not scenarios of their own.
public struct ScenarioLibrary: Sendable {
    /// The folder that holds the bundled scenarios, if one was found.
    public var root: String?

    public init(root: String?) {
        self.root = root
    }

    /// The library found by the search order above. A `PETROGRAD_SCENARIOS` that is not a folder is a
    /// mistake worth a word (a typo would otherwise go unnoticed behind the installed scenarios): `warn`
    /// gets one line about it, on standard error unless told otherwise.
    public static func bundled(
        environment: [String: String] = ProcessInfo.processInfo.environment,
        warn: (String) -> Void = ScenarioLibrary.warnOnStandardError
    ) -> ScenarioLibrary {
        var candidates: [String] = []
        if let override = environment["PETROGRAD_SCENARIOS"], !override.isEmpty {
            if let problem = notAFolder(override) {
                warn("petrograd: warning: PETROGRAD_SCENARIOS is '\(ControlCharacters.escaped(override))', \(problem); using the scenarios installed with the program")
            } else {
                candidates.append(override)
            }
        }
        let executable = ExecutableLocation.current().deletingLastPathComponent()
        candidates.append(executable.appendingPathComponent("Scenarios").path)
        candidates.append(executable.deletingLastPathComponent().appendingPathComponent("share/petrograd/Scenarios").path)
        // The checkout this file was compiled in: Sources/PetrogradConsole/ScenarioLibrary.swift → Scenarios/.
        let checkout = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        candidates.append(checkout.appendingPathComponent("Scenarios").path)
        let found = candidates.first { path in
            var isDirectory: ObjCBool = false
            return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && isDirectory.boolValue
        }
        return ScenarioLibrary(root: found)
    }

    /// Writes a warning as one line on standard error; a failure to write it is ignored.
    public static func warnOnStandardError(_ message: String) {
        let bytes = Array((message + "\n").utf8)
        var offset = 0
        while offset < bytes.count {
            let written = bytes[offset...].withUnsafeBytes { write(STDERR_FILENO, $0.baseAddress, $0.count) }
            if written < 0 && errno == EINTR { continue }
            if written <= 0 { return }
            offset += written
        }
    }

    /// Why `path` is not a folder of scenarios, or nil when it is a folder.
    private static func notAFolder(_ path: String) -> String? {
        var status = stat()
        guard stat(path, &status) == 0 else {
            let error = errno
            return error == ENOENT ? "and there is nothing there" : "which cannot be read (\(String(cString: strerror(error))))"
        }
        return status.st_mode & S_IFMT == S_IFDIR ? nil : "which is a file, not a folder"
    }

    /// The program's documentation, installed beside the scenarios: `docs/` next to the scenarios' folder
    /// (`share/petrograd/docs` in the release archive, `docs/` in a checkout), if it is there.
    public var documentation: String? {
        guard let root else { return nil }
        let docs = URL(fileURLWithPath: root).deletingLastPathComponent().appendingPathComponent("docs").path
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: docs, isDirectory: &isDirectory) && isDirectory.boolValue ? docs : nil
    }

    /// The ids (folder names) of the bundled scenarios, sorted.
    public var scenarioIDs: [String] {
        guard let root, let names = try? FileManager.default.contentsOfDirectory(atPath: root) else { return [] }
        return names.filter { name in
            var isDirectory: ObjCBool = false
            return name != "branches" && !name.hasPrefix(".")
                && FileManager.default.fileExists(atPath: root + "/" + name, isDirectory: &isDirectory) && isDirectory.boolValue
        }.sorted()
    }

    /// The ids of the bundled branches (folders in `branches/`), sorted.
    public var branchIDs: [String] {
        guard let root, let names = try? FileManager.default.contentsOfDirectory(atPath: root + "/branches") else { return [] }
        return names.filter { !$0.hasPrefix(".") }.sorted()
    }

    /// Where a branch named by the user lives: an existing path, or a bundled branch's id.
    public func locateBranch(_ reference: String) -> Result<String, ScenarioFiles.ReadError> {
        if FileManager.default.fileExists(atPath: reference) { return .success(reference) }
        if !reference.contains("/"), let root, branchIDs.contains(reference) { return .success(root + "/branches/" + reference) }
        var reason = "there is no branch folder here, and no bundled branch has this id"
        if !branchIDs.isEmpty { reason += " (bundled: \(branchIDs.joined(separator: ", ")))" }
        return .failure(ScenarioFiles.ReadError(path: reference, reason: reason))
    }

    /// Where the scenario named by the user lives: an existing path is taken as it is; otherwise the
    /// name is a bundled scenario's id.
    public func locate(_ reference: String) -> Result<String, ScenarioFiles.ReadError> {
        if FileManager.default.fileExists(atPath: reference) { return .success(reference) }
        if !reference.contains("/"), let root, scenarioIDs.contains(reference) { return .success(root + "/" + reference) }
        var reason = "there is no scenario folder here, and no bundled scenario has this id"
        let ids = scenarioIDs
        if !ids.isEmpty { reason += " (bundled: \(ids.joined(separator: ", ")))" }
        return .failure(ScenarioFiles.ReadError(path: reference, reason: reason))
    }
}
