import Foundation

/// The turns a game has taken since its save was last written in full, kept in a small file beside the
/// save (its *sidecar*) so that an autosave after each turn appends a few hundred bytes instead of
/// rewriting the whole game.
///
/// The sidecar is text, one line per record, UTF-8:
///
///     petrograd-turns 1 LENGTH HASH
///     {"document":{…},"from":41,"journalFrom":17} CHECKSUM
///
/// The first line names the save it continues: the save's length in bytes and the FNV-1a hash (64 bits,
/// 16 hexadecimal digits) of its bytes. A sidecar whose first line does not name the save beside it
/// (left over from an earlier save, or cut short) is ignored. Each record is a save document (compact
/// JSON, sorted keys) whose `log` and `journal` hold only what the turn added, after the `from` log lines
/// and `journalFrom` journal lines before it, followed by the FNV-1a hash of the JSON. Reading stops at the
/// first record that is cut short (no newline), damaged (its hash differs) or does not follow on from the
/// ones before: a kill during a write loses that record and nothing earlier.
///
/// Folding every record into the save gives exactly the document that a full save of the same game writes.
public enum SaveSidecar {
    /// The words that start the first line; the number is the sidecar's format.
    static let magic = "petrograd-turns 1"

    /// A record: the document of a turn, holding only what the turn added to the log and journal.
    struct Record: Codable {
        var from: Int
        var journalFrom: Int
        var document: SaveDocument
    }

    /// The first line of a sidecar that continues the save with these bytes.
    public static func header(continuing save: some Collection<UInt8>) -> [UInt8] {
        Array("\(magic) \(save.count) \(hash(save))\n".utf8)
    }

    /// One record line: the game as it stands, with only the log lines from `logFrom` on and the journal
    /// lines from `journalFrom` on.
    public static func record(_ game: Game, program: String, logFrom: Int, journalFrom: Int) -> [UInt8] {
        record(game, document: { SaveDocument(game: $0, program: program) }, logFrom: logFrom, journalFrom: journalFrom)
    }

    /// One record line, its document made by `document` (which adds what the game itself does not hold,
    /// such as the player's name), as the full save is made.
    public static func record(_ game: Game, document makeDocument: (Game) -> SaveDocument, logFrom: Int, journalFrom: Int) -> [UInt8] {
        let document = makeDocument(game.suffix(logFrom: logFrom, journalFrom: journalFrom))
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        // Encoding plain values cannot fail; the encoder escapes line breaks inside strings, so the JSON is one line.
        let json = (try? encoder.encode(Record(from: logFrom, journalFrom: journalFrom, document: document))) ?? Data()
        return Array(json) + Array(" \(hash(json))\n".utf8)
    }

    /// The save with every good record of `sidecar` folded in, and how many records that was. `bytes` are
    /// the save's own bytes, which the sidecar must name.
    public static func fold(_ document: SaveDocument, bytes: some Collection<UInt8>, sidecar: [UInt8]) -> (document: SaveDocument, records: Int) {
        var lines = sidecar.split(separator: 0x0A, omittingEmptySubsequences: false)
        // What follows the last newline is a record cut short, or nothing.
        lines.removeLast()
        guard let first = lines.first, Array(first) + [0x0A] == header(continuing: bytes) else { return (document, 0) }
        var folded = document
        var log = document.log
        var journal = document.journal
        var records = 0
        let decoder = JSONDecoder()
        for line in lines.dropFirst() {
            guard let space = line.lastIndex(of: 0x20), line.endIndex - space == 17,
                  String(decoding: line[(space + 1)...], as: UTF8.self) == hash(line[..<space]),
                  let record = try? decoder.decode(Record.self, from: Data(line[..<space])),
                  record.from == log.count, record.journalFrom == journal.count,
                  record.document.format == document.format, record.document.scenario == document.scenario,
                  record.document.branches == document.branches, record.document.seed == document.seed
            else { break }
            log += record.document.log
            journal += record.document.journal
            folded = record.document
            records += 1
        }
        folded.log = log
        folded.journal = journal
        return (folded, records)
    }

    /// FNV-1a, 64 bits, as 16 hexadecimal digits.
    static func hash(_ bytes: some Sequence<UInt8>) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01b3
        }
        let digits = String(hash, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }
}

extension Game {
    /// The same game with only the log lines from `logFrom` on and the journal lines from `journalFrom` on.
    /// What became of the world events is kept whole: it grows with the events, not the turns.
    func suffix(logFrom: Int, journalFrom: Int) -> Game {
        var game = Game(simulation: simulation, state: state, log: Array(log[min(logFrom, log.count)...]),
                        journal: Array(journal[min(journalFrom, journal.count)...]), seed: seed, roles: roles, setup: setup)
        game.worldEvents = worldEvents
        return game
    }
}
