/// A fixed set of ASCII words, looked up by their bytes: a word is compared only with the few of its
/// length, and no hash is worked out. The parser asks on every line whether its first word is a keyword.
struct WordTable: Sendable {
    /// The words of each length, as bytes.
    private let byLength: [[[UInt8]]]

    init(_ words: some Sequence<String>) {
        var byLength: [[[UInt8]]] = []
        for word in words {
            let bytes = Array(word.utf8)
            while byLength.count <= bytes.count { byLength.append([]) }
            byLength[bytes.count].append(bytes)
        }
        self.byLength = byLength
    }

    func contains<Bytes: Collection<UInt8>>(_ bytes: Bytes) -> Bool {
        let count = bytes.count
        guard count < byLength.count else { return false }
        return byLength[count].contains { $0.elementsEqual(bytes) }
    }

    func contains(_ word: String) -> Bool { contains(word.utf8) }
}
