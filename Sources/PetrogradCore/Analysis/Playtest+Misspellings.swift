extension Playtest {
    /// The headers a playtest line may start with, besides actions (`pN choose …`).
    static let headerWords = ["scenario", "with", "players", "seed", "expect"]

    /// Why a line that is no header, action or expectation cannot be read, and the word at fault: a
    /// misspelt word gets a "did you mean", as a scenario's misspelt keyword does in `check`.
    static func unreadable(_ words: [Word], line: Substring) -> (message: String, word: Word) {
        let shown = line.drop { $0 == " " || $0 == "\t" }.prefix(60)
        let general = "'\(shown)' is not a header (scenario, with, players, seed, at), an action (pN choose ID [outcome K]) or an expectation (expect …)"
        // The word that is likely misspelt, and what it may have meant: the first word of a header, the
        // verb of an action, or the word 'outcome' of one.
        let candidates: (index: Int, words: [String])
        if player(words[0].text) == nil {
            candidates = (0, headerWords)
        } else if words.count >= 2, words[1].text != "choose" {
            candidates = (1, ["choose"])
        } else if words.count == 5 {
            candidates = (3, ["outcome"])
        } else {
            return (general, words[0])
        }
        let word = words[candidates.index]
        guard let suggestion = Spelling.closest(to: word.text, among: candidates.words), suggestion != word.text else {
            return (general, words[0])
        }
        return ("\(general); did you mean '\(suggestion)' instead of '\(word.text)'?", word)
    }

    /// `message`, with "did you mean" when `word` is close to one of `candidates`.
    static func misspelt(_ word: Word, among candidates: [String], _ message: String) -> String {
        guard let suggestion = Spelling.closest(to: word.text, among: candidates) else { return message }
        return "\(message); did you mean '\(suggestion)' instead of '\(word.text)'?"
    }
}
