import PetrogradCore

/// The words that orient a player: the role menu, the first turn's hint, the answers to commands that
/// take a name or a language, and the save and transcript problems, told in the player's language
/// (the English descriptions of `SaveError` stay what `SaveStore` says; Hindi gets its own sentences).
extension Vocabulary {
    public var roleQuestion: String { isHindi ? "तुम कौन-सी भूमिका निभाओगे?" : "Which role will you play?" }
    public var roleRetry: String { isHindi ? "भूमिका की संख्या लिखो।" : "Type the number of a role." }

    /// How long a game in a role lasts, for the role menu: "about 15–20 choices, 30–40 minutes"; nil
    /// when the scenario does not say.
    public func playLength(_ length: PlayLength?) -> String? {
        guard let length else { return nil }
        var parts: [String] = []
        if let choices = length.choices {
            let count = Self.range(choices)
            parts.append(isHindi ? "\(count) \(choices.upperBound == 1 ? "फ़ैसला" : "फ़ैसले")" : "\(count) choice\(choices.upperBound == 1 ? "" : "s")")
        }
        if let minutes = length.minutes {
            let count = Self.range(minutes)
            parts.append(isHindi ? "\(count) मिनट" : "\(count) minute\(minutes.upperBound == 1 ? "" : "s")")
        }
        guard !parts.isEmpty else { return nil }
        return (isHindi ? "लगभग " : "about ") + parts.joined(separator: ", ")
    }

    /// "15–20", or "15" for a range of one number.
    private static func range(_ range: ClosedRange<Int>) -> String {
        range.lowerBound == range.upperBound ? "\(range.lowerBound)" : "\(range.lowerBound)–\(range.upperBound)"
    }

    /// Shown once, under the first menu of a new game.
    public var firstTurnHint: String {
        isHindi ? "संकेत: विकल्प की संख्या (जैसे 1 या १) लिखो और एंटर दबाओ। सारे आदेश देखने के लिए 'मदद' लिखो।"
            : "Hint: type a choice's number and press Enter. Type 'help' to see the commands."
    }

    /// The answer to a number whose choice was taken earlier in this scene (its number is not reused).
    public func choiceGone(_ number: Int) -> String {
        isHindi ? "विकल्प \(number) अब नहीं है: वह लिया जा चुका है। बचे हुए विकल्प नीचे हैं।"
            : "Choice \(number) is no longer there: it has been taken. The choices left are below."
    }

    public var noSaves: String { isHindi ? "अभी कोई सहेजा हुआ खेल नहीं है।" : "There are no saved games yet." }

    /// The answer to `lang`/`भाषा` without a language the story is written in.
    public func languageUsage(_ languages: [String]) -> String {
        isHindi ? languages.map { "भाषा " + LanguageNames.name(of: $0, in: "hi") }.joined(separator: " | ")
            : languages.map { "lang \($0)" }.joined(separator: " | ")
    }

    /// The argument of `transcript`/`प्रतिलिपि` that stops the transcript.
    public static let transcriptOffWords: Set<String> = ["off", "बंद"]

    public var reloadUnavailable: String {
        isHindi ? "दोबारा पढ़ना यहाँ संभव नहीं है।" : "reload is not available here"
    }

    /// A save that could not be read or written, for the save `name` (its file at `path` when known). In
    /// English, `SaveStore`'s own description; in Hindi, a sentence for each kind of problem.
    public func saveProblem(_ error: SaveError, name: String, path: String? = nil) -> String {
        guard isHindi else { return error.description }
        let file = path.map { " (\(ControlCharacters.quoted($0)))" } ?? ""
        let shown = ControlCharacters.escaped(name)
        switch error {
        case .missing:
            return "'\(shown)' नाम का कोई सहेजा हुआ खेल नहीं मिला\(file); 'सूची' लिखकर सहेजे गए खेल देखो।"
        case .unreadable:
            return "'\(shown)'\(file) पेत्रोग्राद का सहेजा हुआ खेल नहीं है, या ख़राब हो गया है; फ़ाइल जैसी थी, वैसी छोड़ दी गई।"
        case .incompatible:
            return "'\(shown)'\(file) इस परिदृश्य (या उसकी इस शाखा, या प्रोग्राम के इस संस्करण) में आगे नहीं खेला जा सकता; फ़ाइल जैसी थी, वैसी छोड़ दी गई।"
        case .unusableName:
            return "'\(shown)' सहेजे खेल का नाम नहीं बन सकता; अक्षर, अंक और '-' से नाम बनाओ, जो '.' से शुरू न हो।"
        case .unwritable:
            return "खेल '\(shown)' नाम से सहेजा नहीं जा सका\(file); वहाँ जो पहले था, वह वैसा ही है।"
        }
    }

    /// A transcript file that could not be opened (or written, when `stopped`).
    public func transcriptProblem(_ path: String, englishDescription: String, stopped: Bool) -> String {
        guard isHindi else { return englishDescription }
        let shown = ControlCharacters.escaped(path)
        return stopped ? "प्रतिलिपि \(shown) रुक गई: फ़ाइल में लिखा नहीं जा सका। खेल चलता रहेगा।"
            : "प्रतिलिपि की फ़ाइल \(shown) में लिखा नहीं जा सकता; कोई साधारण फ़ाइल चुनो जिसमें लिखा जा सके।"
    }

    /// What changed in the scenario since a save was made, told when the save is opened: each change in
    /// English (for the author), one sentence in Hindi.
    public func restoreNotices(_ notices: [String]) -> [String] {
        guard isHindi else { return notices.map { "(\($0))" } }
        return notices.isEmpty ? [] : ["(खेल सहेजे जाने के बाद परिदृश्य बदल गया है; तुम्हारी प्रगति जहाँ तक नए संस्करण में बैठती है, रखी गई है।)"]
    }
}
