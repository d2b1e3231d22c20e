import Foundation

/// Keeps one copy of each piece of prose a story repeats ("Go on.", "आगे बढ़ो।"), so that a checked
/// scenario holds each once, however many choices show it.
///
/// Only texts too long to sit inside a `String` are kept: shorter ones take no memory of their own. The
/// table is the compiler's, used on its thread while scenes are built, and given up once they are.
/// Texts are equal here when their bytes are, not as `Set<String>` compares them (canonically, so that
/// a composed and a decomposed nukta would be one text): a story keeps exactly the bytes its author wrote,
/// and a text with insertions is looked up before any `String` is made of its prose.
struct TextInterner {
    /// The texts kept, each with its hash.
    private var texts: [(hash: Int, text: String)] = []
    /// Open addressing: each slot holds an index into `texts`, or -1. Never more than half full; 4 bytes a
    /// slot, because a big story's unique texts fill it too and it is kept while its scenes are built.
    private var slots: [Int32] = []

    /// Longest UTF-8 text that a `String` keeps in place, without memory of its own (on 64-bit platforms).
    static let inlineLimit = 15

    /// The kept copy of `text`, keeping `text` when it is the first.
    mutating func intern(_ text: String) -> String {
        guard text.utf8.count > Self.inlineLimit else { return text }
        var copy = text
        return copy.withUTF8 { bytes in intern(bytes) { text } }
    }

    /// The kept copy of the text in `bytes`, made from them when it is the first.
    mutating func intern(_ bytes: [UInt8]) -> String {
        guard bytes.count > Self.inlineLimit else { return String(decoding: bytes, as: UTF8.self) }
        return bytes.withUnsafeBufferPointer { buffer in intern(buffer) { String(decoding: buffer, as: UTF8.self) } }
    }

    private mutating func intern(_ bytes: UnsafeBufferPointer<UInt8>, make: () -> String) -> String {
        if slots.isEmpty { slots = Array(repeating: -1, count: 1024) }
        let hash = Self.hash(bytes)
        var slot = hash & (slots.count - 1)
        while slots[slot] >= 0 {
            let kept = texts[Int(slots[slot])]
            if kept.hash == hash, Self.equal(kept.text, bytes) { return kept.text }
            slot = (slot + 1) & (slots.count - 1)
        }
        let text = make()
        // A story with two billion texts is not read anyway: past that, texts are simply not shared.
        guard texts.count < Int32.max else { return text }
        slots[slot] = Int32(texts.count)
        texts.append((hash, text))
        if texts.count * 2 > slots.count { grow() }
        return text
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

    private static func equal(_ text: String, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var text = text
        return text.withUTF8 { stored in
            stored.count == bytes.count && (stored.isEmpty || memcmp(stored.baseAddress!, bytes.baseAddress!, bytes.count) == 0)
        }
    }
}
