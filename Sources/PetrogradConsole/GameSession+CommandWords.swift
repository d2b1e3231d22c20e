import PetrogradCore

/// The command words by language: every command has an English and a Hindi word (the table is
/// `GameSession.commands`), and a player is answered, completed and corrected with the words of the
/// language they play in.
extension GameSession {
    /// Whether a command word is a Hindi one (written in Devanagari).
    static func isHindiWord(_ word: String) -> Bool {
        word.unicodeScalars.contains { (0x0900...0x097F).contains($0.value) }
    }

    /// The command words of `language` (`hi`, or English for every other language), sorted.
    static func commandWords(in language: String) -> [String] {
        commands.keys.filter { isHindiWord($0) == (language == "hi") }.sorted()
    }

    /// The word for a command (`look`) in `language`: `देखो` in Hindi, `look` otherwise.
    static func word(for command: String, in language: String) -> String {
        guard language == "hi" else { return command }
        return commands.filter { $0.value == command && isHindiWord($0.key) }.keys.sorted().first ?? command
    }

    /// The command closest to a mistyped word, among the words of both languages (a student may type
    /// either), given in the words of `language`.
    static func closestCommand(to typed: String, in language: String) -> String? {
        Spelling.closest(to: typed, among: commands.keys.sorted()).map { commands[$0]! }.map { word(for: $0, in: language) }
    }
}
