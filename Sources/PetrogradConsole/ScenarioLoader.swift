import PetrogradCore

/// Reads and compiles what a command names: a scenario (by id or path) with any branches (by id or path),
/// or a branch folder on its own, which brings in the scenario it extends.
public struct ScenarioLoader: Sendable {
    public var library: ScenarioLibrary

    public init(library: ScenarioLibrary) {
        self.library = library
    }

    /// What was loaded: the compilation, and names for messages.
    public struct Loaded: Sendable {
        public var compilation: Compilation
        /// The scenario reference and branches, as a reader would name them.
        public var name: String
        /// The scenario's own files and each branch's, as read (a classroom stores them with its room).
        public var baseFiles: [SourceFile] = []
        public var branchFiles: [[SourceFile]] = []
    }

    /// Compiles `reference` with the branches in `with`. When `reference` is itself a branch folder, the
    /// scenario it extends is compiled with it.
    public func load(_ reference: String, with branchReferences: [String] = []) -> Result<Loaded, ScenarioFiles.ReadError> {
        var baseFiles: [SourceFile]
        var branchFiles: [[SourceFile]] = []
        var name = reference
        var basePath = reference
        switch read(library.locate(reference)) {
        case .failure(let error): return .failure(error)
        case .success(let files): baseFiles = files
        }
        if case .success(let path) = library.locate(reference) { basePath = path }
        if let header = Compiler.branchHeader(of: baseFiles) {
            guard let extends = header.extends else {
                return .success(Loaded(compilation: Compiler.compile([], branches: [baseFiles]), name: reference))
            }
            branchFiles.append(baseFiles)
            switch read(library.locate(extends)) {
            case .failure(let error):
                let reason = "this branch extends '\(extends)', which cannot be found: \(error.reason)"
                return .failure(ScenarioFiles.ReadError(path: reference, reason: reason, others: error.others))
            case .success(let files): baseFiles = files
            }
            if case .success(let path) = library.locate(extends) { basePath = path }
            name = "\(extends) with \(header.id)"
        }
        // A branch named twice (on the command line and in a replay file, say) is loaded once.
        var seen = Set(branchFiles.map { $0.map(\.path) })
        for branch in branchReferences {
            switch read(library.locateBranch(branch)) {
            case .failure(let error): return .failure(error)
            case .success(let files):
                if seen.insert(files.map(\.path)).inserted { branchFiles.append(files) }
            }
        }
        if !branchReferences.isEmpty { name += " with " + branchReferences.joined(separator: ", ") }
        return .success(Loaded(compilation: Compiler.compile(baseFiles, branches: branchFiles, earlier: earlierAct(of: baseFiles, at: basePath)),
                               name: name, baseFiles: baseFiles, branchFiles: branchFiles))
    }

    private func read(_ location: Result<String, ScenarioFiles.ReadError>) -> Result<[SourceFile], ScenarioFiles.ReadError> {
        location.flatMap { path in
            Result { () throws(ScenarioFiles.ReadError) in try ScenarioFiles.read(path) }
        }
    }
}
