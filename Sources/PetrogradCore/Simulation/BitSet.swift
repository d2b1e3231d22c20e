/// A compact set of small non-negative integers (visited scenes, used choices).
public struct BitSet: Hashable, Sendable {
    private var words: [UInt64]

    public init(capacity: Int) {
        words = Array(repeating: 0, count: (capacity + 63) / 64)
    }

    public func contains(_ member: Int) -> Bool {
        let word = member >> 6
        return word < words.count && words[word] & (1 << UInt64(member & 63)) != 0
    }

    public mutating func insert(_ member: Int) {
        let word = member >> 6
        while word >= words.count { words.append(0) }
        words[word] |= 1 << UInt64(member & 63)
    }

    /// The members that are also in `mask` (word by word, with no trailing empty words, so that equal
    /// sets compare equal).
    func intersection(_ mask: BitSet) -> BitSet {
        var result = BitSet(capacity: 0)
        let count = min(words.count, mask.words.count)
        var last = 0
        var combined = [UInt64](repeating: 0, count: count)
        for index in 0..<count {
            combined[index] = words[index] & mask.words[index]
            if combined[index] != 0 { last = index + 1 }
        }
        combined.removeLast(count - last)
        result.words = combined
        return result
    }

    /// The members in increasing order.
    public var members: [Int] {
        var result: [Int] = []
        for (index, word) in words.enumerated() where word != 0 {
            for bit in 0..<64 where word & (1 << UInt64(bit)) != 0 { result.append(index * 64 + bit) }
        }
        return result
    }
}
