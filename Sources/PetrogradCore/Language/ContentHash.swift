/// The scenario content hash recorded in saves: FNV-1a (64 bits) over each file's path and bytes, in
/// path order, written as 16 hexadecimal digits. Simple, documented, and the same on every platform.
enum ContentHash {
    static func of(_ files: [SourceFile]) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        func mix(_ byte: UInt8) {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01b3
        }
        for file in files.sorted(by: { $0.path < $1.path }) {
            let name = file.path.split(separator: "/").last.map(String.init) ?? file.path
            for byte in name.utf8 { mix(byte) }
            mix(0)
            file.forEachPiece { piece in for byte in piece { mix(byte) } }
            mix(0)
        }
        let digits = String(hash, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }
}
