/// The console's words for fitting the screen: the "more" pause, the echo of a choice, the list of
/// events that happen together.
extension Vocabulary {
    /// The pause's prompt, with its dashes when decorated; shortened when it would not fit on one row
    /// of a window `width` columns wide (the prompt is taken away again, which works only on one row).
    public func morePrompt(decorated: Bool, width: Int) -> String {
        let long = isHindi ? "आगे: एंटर दबाओ; बाक़ी सब एक साथ: q" : "more: press Enter; all the rest at once: q"
        let short = isHindi ? "आगे: एंटर" : "more: Enter"
        let dashed = { (words: String) in decorated ? "-- \(words) --" : words }
        return DisplayWidth.columns(of: dashed(long)) < width ? dashed(long) : dashed(short)
    }

    /// The echo of a choice taken, for pipes and screen readers: "You chose: 2. Go home."
    public func youChose(_ number: Int, _ text: String) -> String {
        Self.youChose(number, text, language: language)
    }

    /// The echo of a choice taken, in `language`, for menus asked before the game's words exist.
    public static func youChose(_ number: Int, _ text: String, language: String) -> String {
        (language == "hi" ? "तुमने चुना: " : "You chose: ") + "\(number). \(text)"
    }

    /// The line before events that happen at the same time, listed one item each.
    public func simultaneousEvents(_ count: Int) -> String {
        isHindi ? "इस बीच शहर में (\(count) घटनाएँ):" : "Meanwhile in the city (\(count) events):"
    }

    /// Under the glossary's list of terms: how to read one.
    public var glossaryHint: String {
        isHindi ? "किसी शब्द का अर्थ पढ़ने के लिए 'शब्दावली' के बाद वह शब्द लिखो, जैसे: शब्दावली कैलेंडर"
            : "To read what a term means, type 'glossary' and a word of it, for example: glossary calendar"
    }

    /// Under a list of events: where their full reports are.
    public var newsHint: String {
        isHindi ? "पूरी ख़बरें पढ़ने के लिए 'ख़बर' लिखो।" : "To read these reports in full, type 'news'."
    }

    /// The heading of `news`.
    public var newsHeading: String { isHindi ? "पूरी ख़बरें" : "The news in full" }

    /// `news` when no events have come together yet.
    public var noNews: String {
        isHindi ? "अभी एक साथ कई ख़बरें नहीं आई हैं; हर ख़बर पूरी दिखाई गई है।" : "No events have come together yet; each was shown in full."
    }

    /// The help row of `news`.
    var newsHelp: String {
        isHindi ? "एक साथ आई घटनाओं की पूरी ख़बरें" : "the full reports of the events that came together last"
    }

    /// Whether the pause at a full screen is now on, and where it works.
    public func pause(isOn: Bool, inTerminal: Bool) -> String {
        let state = isHindi ? (isOn ? "भरी स्क्रीन पर रुकना चालू है।" : "भरी स्क्रीन पर रुकना बंद है।")
            : (isOn ? "The pause when a turn fills the screen is on." : "The pause when a turn fills the screen is off.")
        guard isOn, !inTerminal else { return state }
        return state + (isHindi ? " (यह सिर्फ़ टर्मिनल में खेलते समय रुकता है।)" : " (It pauses only when you play in a terminal.)")
    }

    /// How to use `more`.
    public var pauseUsage: String {
        isHindi ? "रुको चालू या रुको बंद" : "more on or more off"
    }

    /// `more`'s argument read as on (true) or off (false), in either language; nil for anything else.
    public static func pauseSwitch(_ word: String) -> Bool? {
        switch word.lowercased() {
        case "on", "yes", "चालू", "हाँ", "हां": true
        case "off", "no", "बंद", "नहीं": false
        default: nil
        }
    }

    /// The help line for `more`.
    var pauseHelpRow: (String, String, String) {
        ("more on|off", "रुको", isHindi ? "भरी स्क्रीन पर रुकना चालू या बंद करो" : "pause when a turn fills the screen, or not")
    }
}
