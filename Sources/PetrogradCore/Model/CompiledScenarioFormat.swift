/// The binary form in which a checked scenario and its diagnostics are cached, so that a large story
/// starts without being compiled again.
///
/// Layout (integers little-endian; "varint" is LEB128, signed values zigzag-encoded):
/// - a 16-byte header: the magic `PGCS`, the format version (UInt32), and a checksum (UInt64: the two
///   lanes of `SourceHasher`, folded) of everything after the header;
/// - the key (16 bytes) the file was written for: a file kept for other sources never loads;
/// - the string table: a count, then each string as a length and UTF-8 bytes; every text, id and path is
///   written once and referred to by its index;
/// - the sizes of the tables that indices point into (roles, places, variables, scenes, choices,
///   endings, events), so the reader validates each index as it reads it;
/// - the scenario's fields, then the diagnostics.
///
/// The reader trusts nothing: lengths are checked against the bytes left, every index against its
/// table, every enum tag, every range and moment, nesting against a depth limit. A damaged or hostile
/// file reads as nil, never a trap, and the caller compiles the sources again.
public enum CompiledScenarioFormat {
    static let magic: [UInt8] = Array("PGCS".utf8)
    /// Raised whenever the layout, or the meaning of a model field, changes.
    public static let version: UInt32 = 3
    static let headerSize = 16
    /// Deeper than any expression, text or effect the compiler accepts; bounds the reader's recursion.
    static let maximumNesting = 512

    /// What a cached form is valid for: a 128-bit hash of the program, the format and the source files.
    public struct Key: Hashable, Sendable {
        public var high: UInt64
        public var low: UInt64

        public init(high: UInt64, low: UInt64) {
            self.high = high
            self.low = low
        }

        /// 32 hexadecimal digits, for the cache file's name.
        public var hex: String {
            func digits(_ value: UInt64) -> String {
                let text = String(value, radix: 16)
                return String(repeating: "0", count: 16 - text.count) + text
            }
            return digits(high) + digits(low)
        }
    }

    /// Whether the reader checks the checksum. Only a fuzzer skips it, to reach the structural checks
    /// behind it with inputs it mutates.
    public enum ChecksumPolicy: Sendable {
        case verified
        case ignored
    }

    /// The cached form of a compilation without errors.
    public static func encode(_ scenario: Scenario, diagnostics: [Diagnostic], key: Key) -> [UInt8] {
        var writer = CompiledScenarioWriter()
        writer.write(scenario, diagnostics: diagnostics)
        var payload: [UInt8] = []
        payload.reserveCapacity(writer.body.count + 64 * writer.strings.count)
        appendFixed(key.high, to: &payload)
        appendFixed(key.low, to: &payload)
        writer.appendStringTable(to: &payload)
        payload += writer.body
        var file = magic
        appendFixed(UInt64(version), to: &file, width: 4)
        appendFixed(checksum(payload[...]), to: &file)
        return file + payload
    }

    /// The scenario and diagnostics in `bytes`, or nil when they are not a valid cached form for `key`
    /// (nil key: for any key).
    public static func decode(_ bytes: [UInt8], key: Key?, checksum policy: ChecksumPolicy = .verified) -> (scenario: Scenario, diagnostics: [Diagnostic])? {
        guard bytes.count >= headerSize, Array(bytes[0..<4]) == magic else { return nil }
        var header = CompiledScenarioReader(bytes[4..<headerSize])
        guard let version = header.fixed(width: 4), version == UInt64(self.version), let sum = header.fixed(width: 8) else { return nil }
        let payload = bytes[headerSize...]
        if policy == .verified, checksum(payload) != sum { return nil }
        var reader = CompiledScenarioReader(payload)
        guard let high = reader.fixed(width: 8), let low = reader.fixed(width: 8) else { return nil }
        if let key, key != Key(high: high, low: low) { return nil }
        return reader.readCompilation()
    }

    static func appendFixed(_ value: UInt64, to bytes: inout [UInt8], width: Int = 8) {
        for shift in stride(from: 0, to: width * 8, by: 8) { bytes.append(UInt8(truncatingIfNeeded: value >> UInt64(shift))) }
    }

    static func checksum(_ bytes: ArraySlice<UInt8>) -> UInt64 {
        var hasher = SourceHasher()
        bytes.withUnsafeBytes { hasher.add($0) }
        let key = hasher.key
        return key.high ^ key.low
    }
}

extension Compilation {
    /// A compilation read back from its cached form, beside the files it was compiled from (for showing
    /// source lines under its diagnostics); nil when the bytes are not a valid cached form for `key`.
    public init?(cached bytes: [UInt8], key: CompiledScenarioFormat.Key, files: [SourceFile]) {
        guard let (scenario, diagnostics) = CompiledScenarioFormat.decode(bytes, key: key) else { return nil }
        self.init(scenario: scenario, diagnostics: diagnostics, files: files)
    }
}
