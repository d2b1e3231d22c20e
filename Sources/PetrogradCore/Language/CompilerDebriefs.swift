/// A debrief short enough to read at the end of a school period.
extension Compiler {
    /// The most words a debrief may have in each language.
    public static let debriefWordLimit = 120

    /// Warns about each language of `debrief` that can run past the limit, saying its count.
    mutating func checkDebriefLength(_ debrief: LocalizedText) {
        for entry in debrief.entries {
            let words = entry.template.mostWords
            if words > Self.debriefWordLimit {
                diagnostics.append(Diagnostic(.debriefTooLong(language: entry.language, words: words, limit: Self.debriefWordLimit), at: entry.location))
            }
        }
    }
}
