import Foundation
import Glibc
import PetrogradCore

/// Compiled scenarios kept between runs, so that a large story starts without being compiled again:
/// `$XDG_CACHE_HOME/petrograd/compiled/KEY.pgcs` (else `~/.cache/petrograd/compiled`), one file per key.
///
/// The key hashes the program's version and build, the format version and every source file (the
/// scenario's, each branch's, each earlier act's), so an edit, a branch or a new build never meets an old
/// file. A file that does not read back whole and valid is compiled again and replaced; the cache is a
/// convenience, so failing to write it is silent. `PETROGRAD_NO_CACHE=1` turns it off.
public struct CompiledScenarioCache: Sendable {
    /// The folder of cached files.
    public var folder: String
    /// What identifies the program that writes and reads the files: its version and build.
    public var program: String
    /// The most files kept: the oldest go first when a new one is written (each edit of a story makes one).
    public var capacity = 64

    static let fileExtension = "pgcs"

    public init(folder: String, program: String) {
        self.folder = folder
        self.program = program
    }

    /// The user's cache for this program, or nil when `PETROGRAD_NO_CACHE` is set (to anything but `0` or
    /// empty) or there is no folder for it. `version` is the program's version; the running executable's
    /// size and modification time are added, so a rebuild of the same version never reads an older
    /// build's files.
    public static func standard(version: String, environment: [String: String] = ProcessInfo.processInfo.environment) -> Self? {
        if let off = environment["PETROGRAD_NO_CACHE"], !off.isEmpty, off != "0" { return nil }
        guard case .success(let base) = UserDirectories.cacheFolder(environment: environment) else { return nil }
        var build = ""
        var information = stat()
        if stat(ExecutableLocation.current().path, &information) == 0 {
            build = " \(information.st_size) \(information.st_mtim.tv_sec).\(information.st_mtim.tv_nsec)"
        }
        return Self(folder: base + "/compiled", program: version + build)
    }

    /// The file for a key.
    public func path(for key: CompiledScenarioFormat.Key) -> String {
        folder + "/" + key.hex + "." + Self.fileExtension
    }

    /// The cached compilation for `key`, with `files` (the sources it was compiled from) beside it; nil
    /// when there is none or it is damaged.
    public func compilation(for key: CompiledScenarioFormat.Key, files: [SourceFile]) -> Compilation? {
        guard case .success(let bytes) = RegularFile.contents(of: path(for: key), limit: 1 << 30) else { return nil }
        return Compilation(cached: bytes, key: key, files: files)
    }

    /// Keeps a compilation without errors for `key`, replacing a damaged file; then trims the folder to
    /// `capacity` files.
    public func keep(_ scenario: Scenario, diagnostics: [Diagnostic], for key: CompiledScenarioFormat.Key) {
        let fileSystem = POSIXFileSystem()
        guard case .success = fileSystem.makeFolders(folder) else { return }
        let bytes = CompiledScenarioFormat.encode(scenario, diagnostics: diagnostics, key: key)
        guard case .success = AtomicFile(fileSystem: fileSystem).write(bytes, to: path(for: key), target: .regularFileOnly) else { return }
        trim()
    }

    /// Removes the least recently written files beyond `capacity`, and temporary files a killed run left.
    private func trim() {
        AtomicFile().removeStaleTemporaryFiles(in: folder)
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else { return }
        var kept: [(path: String, written: Int)] = []
        for name in names where name.hasSuffix("." + Self.fileExtension) {
            var information = stat()
            let path = folder + "/" + name
            guard lstat(path, &information) == 0, information.st_mode & S_IFMT == S_IFREG else { continue }
            kept.append((path, information.st_mtim.tv_sec))
        }
        guard kept.count > capacity else { return }
        for (path, _) in kept.sorted(by: { $0.written < $1.written }).prefix(kept.count - capacity) { unlink(path) }
    }
}
