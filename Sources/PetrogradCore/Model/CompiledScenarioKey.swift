/// The key of a cached compilation: what the compilation depends on, hashed without being parsed.
extension CompiledScenarioFormat.Key {
    /// The key for the program `program` (its version and build) compiling `groups` of files: the
    /// scenario's, each branch's, each earlier act's. Each group's label, each file's path and every byte
    /// count, so a change anywhere (a file added, renamed, edited, a branch added) gives another key.
    public static func of(program: String, groups: [(label: String, files: [SourceFile])]) -> Self {
        var hasher = SourceHasher()
        hasher.add(Array("petrograd compiled scenario \(CompiledScenarioFormat.version) \(program)".utf8))
        for group in groups {
            hasher.add(Array(group.label.utf8))
            hasher.add(UInt64(group.files.count))
            for file in group.files {
                hasher.add(Array(file.path.utf8))
                hasher.add(UInt64(file.byteCount))
                file.forEachPiece { hasher.add($0) }
            }
        }
        return hasher.key
    }
}
