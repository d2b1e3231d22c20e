import Foundation

/// The language codes texts are written in ("en", "hi"), each kept once for the whole process, so that a
/// text's entry holds a 2-byte number instead of a 16-byte string: a checked story holds an entry for
/// each language of each of its texts, and the number keeps an entry at 32 bytes instead of 48.
///
/// The table only grows. It holds the distinct codes a process has met: a handful, since scenarios,
/// caches and saves are written in a few languages. A damaged save or cache could name many; past the
/// table's 65,535 codes every further code reads as `overflow`, so such a file loses the languages
/// it made up, and nothing else.
final class LanguageCodes: @unchecked Sendable {
    static let shared = LanguageCodes()

    /// What every code past the table's last reads as: not a code any scenario can declare.
    static let overflow = "?"

    private let lock = NSLock()
    private var codes: [String] = []
    private var numbers: [String: UInt16] = [:]
    /// How many codes the table holds at most: the last number stands for `overflow`.
    private let capacity: Int

    /// A table of its own, for tests: `shared` is the one texts use.
    init(capacity: Int = Int(UInt16.max)) {
        self.capacity = min(max(capacity, 0), Int(UInt16.max))
    }

    /// The number that stands for `code`: the same for equal codes, different for different ones while
    /// the table has room.
    func number(of code: String) -> UInt16 {
        lock.lock()
        defer { lock.unlock() }
        if let number = numbers[code] { return number }
        if codes.count == capacity { return UInt16.max }
        let number = UInt16(codes.count)
        codes.append(code)
        numbers[code] = number
        return number
    }

    /// The number of a code met before; nil for one no text has, which needs no room in the table.
    func existingNumber(of code: String) -> UInt16? {
        lock.lock()
        defer { lock.unlock() }
        return numbers[code]
    }

    /// The code a number stands for.
    func code(_ number: UInt16) -> String {
        lock.lock()
        defer { lock.unlock() }
        return number == UInt16.max ? Self.overflow : codes[Int(number)]
    }
}

/// The numbers of the codes one reader has met, looked up without the shared table's lock: the compiler
/// and the compiled scenario's reader make an entry for each language of each text, a hundred thousand in
/// a big story, and taking the lock for each cost reading the cached 10,000-scene story 4 ms of its 36. A
/// story has a few languages, so a short list beats a hash table.
struct LanguageNumbers {
    private var known: [(code: String, number: UInt16)] = []

    mutating func number(of code: String) -> UInt16 {
        if let found = known.first(where: { $0.code == code }) { return found.number }
        let number = LanguageCodes.shared.number(of: code)
        // A damaged file could name thousands; only the first few are worth a place in the list.
        if known.count < 8 { known.append((code, number)) }
        return number
    }
}
