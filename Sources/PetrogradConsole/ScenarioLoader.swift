import Glibc
import PetrogradCore

/// Reads and compiles what a command names: a scenario (by id or path) with any branches (by id or path),
/// or a branch folder on its own, which brings in the scenario it extends.
public struct ScenarioLoader: Sendable {
    public var library: ScenarioLibrary
    /// Where compilations are kept between runs; nil to compile every time (`check`, which must report
    /// fresh diagnostics).
    public var cache: CompiledScenarioCache?

    /// Whether a big file is read a piece at a time (`ScenarioFiles.read`): when every load compiles, as
    /// `check` does, so that a big story is never all in memory; with a cache, a start usually only needs
    /// the files' key, which one reading of each whole file gives sooner.
    var readsBigFilesInPieces: Bool { cache == nil }

    public init(library: ScenarioLibrary, cache: CompiledScenarioCache? = nil) {
        self.library = library
        self.cache = cache
    }

    /// What was loaded: the compilation, and names for messages.
    public struct Loaded: Sendable {
        public var compilation: Compilation
        /// The scenario reference and branches, as a reader would name them.
        public var name: String
        /// The scenario's own files and each branch's, as read (a classroom stores them with its room).
        public var baseFiles: [SourceFile] = []
        public var branchFiles: [[SourceFile]] = []
        /// The folder each branch was read from, by branch id, as an absolute path (a save remembers
        /// them), found from the files already read rather than by reading them again.
        public var branchFolders: [String: String] = [:]
    }

    /// Compiles `reference` with the branches in `with`. When `reference` is itself a branch folder, the
    /// scenario it extends is compiled with it.
    public func load(_ reference: String, with branchReferences: [String] = []) -> Result<Loaded, ScenarioFiles.ReadError> {
        var baseFiles: [SourceFile]
        var branchFiles: [[SourceFile]] = []
        var name = reference
        var basePath = reference
        var branchFolders: [String: String] = [:]
        let location = library.locate(reference)
        switch read(location) {
        case .failure(let error): return .failure(error)
        case .success(let files): baseFiles = files
        }
        if case .success(let path) = location { basePath = path }
        if Self.mention("branch", in: baseFiles), let header = Compiler.branchHeader(of: baseFiles) {
            branchFolders[header.id] = BranchFolders.absolute(basePath)
            guard let extends = header.extends else {
                return .success(Loaded(compilation: Compiler.compile([], branches: [baseFiles]), name: reference,
                                       branchFolders: branchFolders))
            }
            branchFiles.append(baseFiles)
            let extended = library.locate(extends)
            switch read(extended) {
            case .failure(let error):
                let reason = "this branch extends '\(extends)', which cannot be found: \(error.reason)"
                return .failure(ScenarioFiles.ReadError(path: reference, reason: reason, others: error.others))
            case .success(let files): baseFiles = files
            }
            if case .success(let path) = extended { basePath = path }
            name = "\(extends) with \(header.id)"
        }
        // A branch named twice (on the command line and in a replay file, say) is loaded once.
        var seen = Set(branchFiles.map { $0.map(\.path) })
        for branch in branchReferences {
            let location = library.locateBranch(branch)
            switch read(location) {
            case .failure(let error): return .failure(error)
            case .success(let files):
                if seen.insert(files.map(\.path)).inserted { branchFiles.append(files) }
                if case .success(let path) = location, Self.mention("branch", in: files), let header = Compiler.branchHeader(of: files) {
                    branchFolders[header.id] = BranchFolders.absolute(path)
                }
            }
        }
        if !branchReferences.isEmpty { name += " with " + branchReferences.joined(separator: ", ") }
        return .success(Loaded(compilation: compile(baseFiles, branches: branchFiles, at: basePath),
                               name: name, baseFiles: baseFiles, branchFiles: branchFiles, branchFolders: branchFolders))
    }

    /// The compilation from the cache when it holds one for exactly these files (and the earlier act's),
    /// else compiled and, when it has no errors, kept for next time.
    private func compile(_ baseFiles: [SourceFile], branches branchFiles: [[SourceFile]], at basePath: String) -> Compilation {
        guard let cache else { return Compiler.compile(baseFiles, branches: branchFiles, earlier: earlierAct(of: baseFiles, at: basePath)) }
        var groups: [(label: String, files: [SourceFile])] = [("scenario", baseFiles)]
        groups += branchFiles.map { ("branch", $0) }
        groups += earlierActSources(of: baseFiles, at: basePath)
        let key = CompiledScenarioFormat.Key.of(program: cache.program, groups: groups)
        let files = baseFiles + branchFiles.flatMap { $0 }
        if let cached = cache.compilation(for: key, files: files) { return cached }
        let compilation = Compiler.compile(baseFiles, branches: branchFiles, earlier: earlierAct(of: baseFiles, at: basePath))
        if let scenario = compilation.scenario { cache.keep(scenario, diagnostics: compilation.diagnostics, for: key) }
        return compilation
    }

    /// Whether any file holds `keyword`'s bytes at all. Finding a branch header or a `follows` line parses
    /// the whole file, which for a story of 10,000 scenes takes as long as a cached start; a file that does
    /// not even contain the word has neither, and is not parsed.
    static func mention(_ keyword: String, in files: [SourceFile]) -> Bool {
        let word = Array(keyword.utf8)
        return files.contains { file in
            // A file read in pieces is cut at line ends, and a keyword never spans a line end.
            var found = false
            file.forEachPiece { piece in
                if !found { found = contains(word, in: piece) }
            }
            return found
        }
    }

    /// Whether `bytes` hold `word`. Its first byte is found with the C library's `memchr`, which looks
    /// at many bytes at once.
    private static func contains(_ word: [UInt8], in bytes: [UInt8]) -> Bool {
        bytes.withUnsafeBytes { bytes in
            word.withUnsafeBytes { word in
                guard let base = bytes.baseAddress, let first = word.first, bytes.count >= word.count else { return false }
                var offset = 0
                while offset <= bytes.count - word.count {
                    guard let found = memchr(base + offset, Int32(first), bytes.count - word.count + 1 - offset) else { return false }
                    offset = base.distance(to: UnsafeRawPointer(found))
                    if memcmp(base + offset, word.baseAddress!, word.count) == 0 { return true }
                    offset += 1
                }
                return false
            }
        }
    }

    private func read(_ location: Result<String, ScenarioFiles.ReadError>) -> Result<[SourceFile], ScenarioFiles.ReadError> {
        location.flatMap { path in
            Result { () throws(ScenarioFiles.ReadError) in try ScenarioFiles.read(path, bigFilesInPieces: readsBigFilesInPieces) }
        }
    }
}
