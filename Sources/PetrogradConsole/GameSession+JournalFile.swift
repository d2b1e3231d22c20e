import PetrogradCore

/// `journal FILE` (`डायरी फ़ाइल`): the journal written to a plain-text file, for a teacher to print or
/// collect (the users' report, section 3: "a printable journal").
extension GameSession {
    /// Writes the player's journal, under the story's title and whose it is, to `path` (replacing a file
    /// there: the player named it), and says where it went or why it could not be written.
    func writeJournal(to path: String) {
        let entries = game.journal.filter { $0.player == nil || $0.player == player }
        let role = scenario.roles[game.roles[player]]
        var lines = [render(scenario.title), vocabulary.journalOwner(name: records.name?.text, role: render(role.name)), ""]
        lines += entries.isEmpty ? [vocabulary.journalEmpty] : entries.map(journalLine)
        let bytes = Array((lines.map(ControlCharacters.escaped).joined(separator: "\n") + "\n").utf8)
        switch AtomicFile().write(bytes, to: path, target: .anyFile) {
        case .success: write(vocabulary.journalWritten(path))
        case .failure(let error): write(vocabulary.problem(vocabulary.journalNotWritten(path, englishDescription: error.description)))
        }
    }
}
