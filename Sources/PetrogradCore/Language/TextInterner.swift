import Foundation

/// Keeps one copy of each piece of prose a story repeats ("Go on.", "आगे बढ़ो।"), and of each text of
/// literals and plain insertions it repeats (kept packed, `PackedSegments`), so that a checked scenario
/// holds each once, however many choices show it.
///
/// Only prose too long to sit inside a `String` is kept: shorter prose takes no memory of its own. The
/// tables are the compiler's, used on its thread while scenes are built, and given up once they are.
/// Texts are equal here when their bytes are, not as `Set<String>` compares them (canonically, so that
/// a composed and a decomposed nukta would be one text): a story keeps exactly the bytes its author wrote,
/// and a text with insertions is looked up before any `String` is made of its prose.
struct TextInterner {
    private var prose = Table<String>()
    private var packedTexts = Table<[UInt8]>()

    /// Longest UTF-8 text that a `String` keeps in place, without memory of its own (on 64-bit platforms).
    static let inlineLimit = 15

    /// The kept copy of `text`, keeping `text` when it is the first.
    mutating func intern(_ text: String) -> String {
        guard text.utf8.count > Self.inlineLimit else { return text }
        var copy = text
        return copy.withUTF8 { bytes in prose.intern(bytes) { text } }
    }

    /// The kept copy of the text in `bytes`, made from them when it is the first.
    mutating func intern(_ bytes: [UInt8]) -> String {
        guard bytes.count > Self.inlineLimit else { return String(decoding: bytes, as: UTF8.self) }
        return bytes.withUnsafeBufferPointer { buffer in prose.intern(buffer) { String(decoding: buffer, as: UTF8.self) } }
    }

    /// The kept copy of a packed template's bytes, keeping `packed` when it is the first.
    mutating func intern(packed: [UInt8]) -> [UInt8] {
        packed.withUnsafeBufferPointer { buffer in packedTexts.intern(buffer) { packed } }
    }

    /// One kind of text kept once, found by its bytes.
    private struct Table<Kept: KeptBytes> {
        /// The texts kept, each with its hash.
        private var texts: [(hash: Int, kept: Kept)] = []
        /// Open addressing: each slot holds an index into `texts`, or -1. Never more than half full; 4 bytes
        /// a slot, because a big story's unique texts fill it too and it is kept while its scenes are built.
        private var slots: [Int32] = []

        mutating func intern(_ bytes: UnsafeBufferPointer<UInt8>, make: () -> Kept) -> Kept {
            if slots.isEmpty { slots = Array(repeating: -1, count: 1024) }
            let hash = Self.hash(bytes)
            var slot = hash & (slots.count - 1)
            while slots[slot] >= 0 {
                let kept = texts[Int(slots[slot])]
                if kept.hash == hash, Self.equal(kept.kept, bytes) { return kept.kept }
                slot = (slot + 1) & (slots.count - 1)
            }
            let made = make()
            // A story with two billion texts is not read anyway: past that, texts are simply not shared.
            guard texts.count < Int32.max else { return made }
            slots[slot] = Int32(texts.count)
            texts.append((hash, made))
            if texts.count * 2 > slots.count { grow() }
            return made
        }

        private mutating func grow() {
            slots = Array(repeating: -1, count: slots.count * 2)
            for (index, kept) in texts.enumerated() {
                var slot = kept.hash & (slots.count - 1)
                while slots[slot] >= 0 { slot = (slot + 1) & (slots.count - 1) }
                slots[slot] = Int32(index)
            }
        }

        /// Swift's own hash, seeded anew in each process, so that no file can be written to make the texts
        /// collide and the check slow.
        private static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
            var hasher = Hasher()
            hasher.combine(bytes: UnsafeRawBufferPointer(bytes))
            return hasher.finalize()
        }

        private static func equal(_ kept: Kept, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
            kept.withKeptBytes { stored in
                stored.count == bytes.count && (stored.isEmpty || memcmp(stored.baseAddress!, bytes.baseAddress!, bytes.count) == 0)
            }
        }
    }
}

/// What `TextInterner` keeps: a value whose bytes say which text it is.
private protocol KeptBytes {
    func withKeptBytes<Result>(_ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result
}

extension String: KeptBytes {
    fileprivate func withKeptBytes<Result>(_ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        var text = self
        return text.withUTF8(body)
    }
}

extension Array: KeptBytes where Element == UInt8 {
    fileprivate func withKeptBytes<Result>(_ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        withUnsafeBufferPointer(body)
    }
}
