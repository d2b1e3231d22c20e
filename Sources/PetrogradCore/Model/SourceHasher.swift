/// Two independent 64-bit lanes over 8-byte words: fast on megabytes of story, and 128 bits make an
/// accidental match between two versions of a story out of the question. The cache's key hashes the
/// sources with it, and its checksum the cached bytes.
struct SourceHasher {
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
        bytes.withUnsafeBytes { add($0) }
    }

    mutating func add(_ raw: UnsafeRawBufferPointer) {
        add(UInt64(raw.count))
        var offset = 0
        while offset + 8 <= raw.count {
            add(raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
            offset += 8
        }
        var tail: UInt64 = 0
        for index in offset..<raw.count { tail |= UInt64(raw[index]) << UInt64(8 * (index - offset)) }
        add(tail)
    }

    var key: CompiledScenarioFormat.Key {
        var finished = self
        finished.add(0x5bd1_e995)
        return CompiledScenarioFormat.Key(high: finished.first, low: finished.second)
    }
}
