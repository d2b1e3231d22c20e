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
                hasher.add(file.bytes)
            }
        }
        return hasher.key
    }
}

/// Two independent 64-bit lanes over 8-byte words: fast on megabytes of story, and, unlike a checksum of
/// one lane, 128 bits make an accidental match between two versions of a story out of the question.
private struct SourceHasher {
    var first: UInt64 = 0x9e37_79b9_7f4a_7c15
    var second: UInt64 = 0xcbf2_9ce4_8422_2325

    mutating func add(_ word: UInt64) {
        first = (first ^ word) &* 0xff51_afd7_ed55_8ccd
        first ^= first >> 32
        second = (second &+ word) &* 0xc4ce_b9fe_1a85_ec53
        second ^= second >> 29
    }

    /// The length first, so that where one run of bytes ends and the next begins is part of the hash.
    mutating func add(_ bytes: [UInt8]) {
        add(UInt64(bytes.count))
        bytes.withUnsafeBytes { raw in
            var offset = 0
            while offset + 8 <= raw.count {
                add(raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
                offset += 8
            }
            var tail: UInt64 = 0
            for index in offset..<raw.count { tail |= UInt64(raw[index]) << UInt64(8 * (index - offset)) }
            add(tail)
        }
    }

    var key: CompiledScenarioFormat.Key {
        var finished = self
        finished.add(0x5bd1_e995)
        return CompiledScenarioFormat.Key(high: finished.first, low: finished.second)
    }
}
