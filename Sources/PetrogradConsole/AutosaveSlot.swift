import Foundation
import PetrogradCore

/// The autosave a game writes after every turn, chosen so that nothing is ever overwritten by mistake:
/// `autosave` when this process can lock it and read it; otherwise `autosave-2`, `autosave-3`…
///
/// Another window playing the same scenario holds its slot's lock, so this one moves on (two games never
/// write one file). A slot whose file cannot be read (damaged, or written by a newer Petrograd) is left
/// exactly as it is, and the game goes on in the next slot. The player is told in both cases.
public final class AutosaveSlot: Sendable {
    /// The save name this game writes.
    public let name: String
    /// The unfinished game already in the slot, if any: the caller offers to continue it or keeps it
    /// aside before a new game may replace it.
    public let unfinished: SaveDocument?
    /// Held while the game plays; nil when locks cannot be taken here (a read-only folder).
    private let lock: SaveLock?

    /// How many slots are tried before giving up on locks and reading.
    static let slotCount = 99

    private init(name: String, unfinished: SaveDocument?, lock: SaveLock?) {
        self.name = name
        self.unfinished = unfinished
        self.lock = lock
    }

    /// Finds and locks the slot for a new session; says in the player's language why it is not the
    /// first one, when it is not.
    public static func claim(in store: SaveStore, vocabulary: Vocabulary, output: (String) -> Void) -> AutosaveSlot {
        var number = 1
        while true {
            let name = number == 1 ? SaveStore.autosaveName : "\(SaveStore.autosaveName)-\(number)"
            let next = "\(SaveStore.autosaveName)-\(number + 1)"
            let isLast = number >= slotCount
            var lock: SaveLock?
            switch store.lock(name) {
            case .taken(let taken):
                lock = taken
            case .heldElsewhere where !isLast:
                output(vocabulary.anotherWindow(name: name, next: next))
                number += 1
                continue
            case .heldElsewhere, .unavailable:
                break
            }
            switch store.read(name) {
            case .success(let (document, _)):
                let isUnfinished = document.players.contains { !$0.finished }
                return AutosaveSlot(name: name, unfinished: isUnfinished ? document : nil, lock: lock)
            case .failure(.missing):
                return AutosaveSlot(name: name, unfinished: nil, lock: lock)
            case .failure(let problem) where !isLast:
                output(vocabulary.problem(vocabulary.saveProblem(problem, name: name)))
                output(vocabulary.savingElsewhere(next))
                number += 1
            case .failure:
                return AutosaveSlot(name: name, unfinished: nil, lock: lock)
            }
        }
    }

    /// The name under which an unfinished game is kept aside: its role and today's date.
    public static func keptName(for document: SaveDocument, now: Date = Date()) -> String {
        let parts = Calendar(identifier: .gregorian).dateComponents([.year, .month, .day, .hour, .minute], from: now)
        func pad(_ value: Int?) -> String { String(format: "%02d", value ?? 0) }
        let role = document.players.first?.role.filter { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-") } ?? ""
        return "unfinished-" + (role.isEmpty ? "" : String(role.prefix(30)) + "-")
            + "\(parts.year ?? 0)-\(pad(parts.month))-\(pad(parts.day))-\(pad(parts.hour))\(pad(parts.minute))"
    }
}
