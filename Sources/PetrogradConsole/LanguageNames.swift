/// The names a player may use for a language: its code, its English name and its own name (both Hindi
/// spellings), compared without regard to case. Shared by the language question at the start and the
/// in-game `lang`/`भाषा` command, so both understand the same answers.
public enum LanguageNames {
    /// The words that name each of the program's languages.
    static let words: [String: [String]] = [
        "hi": ["hi", "hindi", "हिन्दी", "हिंदी"],
        "en": ["en", "english", "अंग्रेज़ी", "अंग्रेजी", "इंग्लिश"],
    ]

    /// Which of `languages` the answer names, or nil. Swift compares strings by canonical equivalence, so
    /// a precomposed ज़ (U+095B) and ज followed by a nukta are the same answer.
    public static func code(for answer: String, among languages: [String]) -> String? {
        let typed = answer.trimmingWhitespace.lowercased()
        guard !typed.isEmpty else { return nil }
        return languages.first { code in code.lowercased() == typed || (words[code] ?? []).contains(typed) }
    }

    /// A language as it names itself in a list of languages: "हिन्दी", "English", or its code.
    public static func ownName(of code: String) -> String {
        switch code {
        case "hi": "हिन्दी"
        case "en": "English"
        default: code
        }
    }

    /// A language's name in the program's words for `language` (`hi` or anything else, read as English):
    /// "अंग्रेज़ी" in Hindi, "English" in English; a language the program does not know by its code.
    public static func name(of code: String, in language: String) -> String {
        switch (code, language == "hi") {
        case ("hi", true): "हिन्दी"
        case ("en", true): "अंग्रेज़ी"
        case ("hi", false): "Hindi"
        case ("en", false): "English"
        default: code
        }
    }
}

extension String {
    /// The text without leading and trailing whitespace (spaces, tabs, no-break spaces).
    fileprivate var trimmingWhitespace: String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
              let last = scalars.lastIndex(where: { !$0.properties.isWhitespace }) else { return "" }
        return String(scalars[first...last])
    }
}
