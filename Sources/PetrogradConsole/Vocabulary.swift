import PetrogradCore

/// The words the console itself says, in English and Hindi. Scenario text comes from the scenario;
/// these are only the frame around it. A player who reads the story in another language gets the
/// English words.
public struct Vocabulary: Sendable {
    /// The language of these words: `hi` or `en`.
    public let language: String
    /// The calendar the story is written in, which decides how its dates are shown.
    public let storyCalendar: CalendarKind
    /// The languages the story promises, for the `lang` command's help.
    public let storyLanguages: [String]

    /// The languages the program's own words come in.
    public static let languages = ["hi", "en"]

    /// The words for a player reading, in `language`, a story written in `storyCalendar` and promising
    /// `storyLanguages`.
    public init(language: String, storyCalendar: CalendarKind, storyLanguages: [String]) {
        self.language = language == "hi" ? "hi" : "en"
        self.storyCalendar = storyCalendar
        self.storyLanguages = storyLanguages
    }

    /// The words for a player reading `scenario` in `language`.
    public init(language: String, for scenario: Scenario) {
        self.init(language: language, storyCalendar: scenario.calendar, storyLanguages: scenario.languages)
    }

    var isHindi: Bool { language == "hi" }

    static let englishMonths = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
    static let hindiMonths = ["जनवरी", "फ़रवरी", "मार्च", "अप्रैल", "मई", "जून", "जुलाई", "अगस्त", "सितंबर", "अक्टूबर", "नवंबर", "दिसंबर"]

    /// A moment as the player reads it, with the time when it is not midnight. While Russia kept the Old
    /// Style and the story is written in it, both calendars: "23 February (Old Style) / 8 March 1917 (New
    /// Style), 09:00"; otherwise one date in the story's calendar: "22 June 1942" (marked "(Old Style)"
    /// in an Old Style story, whose dates after January 1918 are no longer the civil ones).
    public func date(_ moment: Moment) -> String {
        let months = isHindi ? Self.hindiMonths : Self.englishMonths
        let oldLabel = isHindi ? "पुरानी शैली" : "Old Style"
        let newLabel = isHindi ? "नई शैली" : "New Style"
        var text: String
        if DateFormatting.showsBothCalendars(moment, storyCalendar: storyCalendar) {
            let old = moment.date(in: .old), new = moment.date(in: .new)
            text = "\(old.day) \(months[old.month - 1]) (\(oldLabel)) / \(new.day) \(months[new.month - 1]) \(new.year) (\(newLabel))"
        } else {
            let date = moment.date(in: storyCalendar)
            text = "\(date.day) \(months[date.month - 1]) \(date.year)" + (storyCalendar == .old ? " (\(oldLabel))" : "")
        }
        if moment.minuteOfDay != 0 { text += ", " + DateFormatting.clock(moment) }
        return text
    }

    /// Where a number stands in its range: 0 low, 1 middling, 2 high.
    public func band(_ third: Int) -> String {
        isHindi ? ["कम", "मध्यम", "ऊँचा"][third] : ["low", "middling", "high"][third]
    }

    public func yesNo(_ value: Bool) -> String { isHindi ? (value ? "हाँ" : "नहीं") : (value ? "yes" : "no") }

    public var fallbackMarker: String { isHindi ? "[अनुवाद उपलब्ध नहीं] " : "[not translated] " }
    public var choicesHeading: String { isHindi ? "तुम क्या करोगे?" : "What will you do?" }
    public var lockedMarker: String { isHindi ? "(अभी संभव नहीं)" : "(not possible now)" }
    public var endingHeading: String { isHindi ? "अंत" : "The end" }
    public var debriefHeading: String { isHindi ? "इतिहास में क्या हुआ" : "What happened in history" }
    public var noteHeading: String { isHindi ? "इतिहासकार की टिप्पणी" : "Historian's note" }
    public var sourceLabel: String { isHindi ? "स्रोत" : "Source" }
    public var noNote: String { isHindi ? "इस क्षण के लिए कोई टिप्पणी नहीं है।" : "There is no historian's note for this moment." }
    public var journalHeading: String { isHindi ? "डायरी" : "Journal" }
    public var journalEmpty: String { isHindi ? "डायरी अभी खाली है।" : "The journal is empty so far." }
    public var statusHeading: String { isHindi ? "स्थिति" : "Status" }
    public var worldHeading: String { isHindi ? "शहर" : "The city" }
    public var yourHeading: String { isHindi ? "तुम" : "You" }
    public var glossaryHeading: String { isHindi ? "शब्दावली" : "Glossary" }
    public var nothingToUndo: String { isHindi ? "वापस लेने के लिए कुछ नहीं है।" : "There is nothing to undo." }
    public var undone: String { isHindi ? "पिछला कदम वापस लिया गया।" : "The last step was undone." }
    public var goodbye: String { isHindi ? "खेल सहेजा गया। फिर मिलेंगे।" : "Game saved. Goodbye." }
    public var goodbyeUnsaved: String { isHindi ? "फिर मिलेंगे।" : "Goodbye." }
    public var finished: String {
        isHindi ? "तुम्हारी कहानी पूरी हुई। 'अंत' लिखकर अंत और तुलना फिर देखो, 'डायरी' लिखकर डायरी पढ़ो, या 'बाहर' लिखकर खेल से निकलो।"
            : "Your story is over. Type 'ending' to see the ending again, 'journal' to read your journal, or 'quit' to leave."
    }
    public var waiting: String { isHindi ? "अब दूसरों के इस समय तक पहुँचने की प्रतीक्षा है:" : "You wait for the others to reach" }

    public var continueQuestion: String { isHindi ? "तुम्हारा पिछला खेल सहेजा हुआ है।" : "You have a saved game." }
    public var continueSaved: String { isHindi ? "वहीं से आगे खेलो" : "Continue it" }
    public var newGame: String { isHindi ? "नया खेल शुरू करो" : "Start a new game" }
    public var reloadFailed: String { isHindi ? "नया संस्करण लोड नहीं हुआ; खेल पहले जैसा चलता रहेगा।" : "The new version was not loaded; the game goes on as it was." }
    public func reloaded(actions: Int) -> String { isHindi ? "परिदृश्य दोबारा पढ़ा गया; तुम्हारे \(actions) कदम नए संस्करण पर दोहराए गए।" : "Scenario reloaded; your \(actions) action\(actions == 1 ? " was" : "s were") replayed on the new version." }
    public func reloadedByValues(_ why: String) -> String { isHindi ? "परिदृश्य दोबारा पढ़ा गया; कदम दोहराए नहीं जा सके (\(why)), इसलिए तुम्हारी सहेजी स्थिति रखी गई।" : "Scenario reloaded; your actions could not be replayed (\(why)), so your saved position was kept." }
    public var transcriptUsage: String { isHindi ? "प्रतिलिपि फ़ाइल-का-नाम (जो कुछ दिखे, उस फ़ाइल में लिखना शुरू करो) या प्रतिलिपि बंद (लिखना रोको)" : "transcript FILE to start keeping a transcript, transcript off to stop" }
    public func transcriptStarted(_ path: String) -> String { isHindi ? "प्रतिलिपि यहाँ लिखी जा रही है: \(path)" : "Keeping a transcript in \(path)" }
    public func transcriptStopped(_ path: String) -> String { isHindi ? "प्रतिलिपि बंद: \(path)" : "Transcript stopped: \(path)" }

    public func keptUnfinished(_ name: String) -> String {
        isHindi ? "तुम्हारा अधूरा खेल '\(name)' नाम से रखा गया है; उसे फिर खोलने के लिए खेल में 'खोलो \(name)' लिखो, या petrograd play --load \(name) चलाओ।"
            : "Your unfinished game was kept as '\(name)'; to go back to it, type 'load \(name)' in the game, or run petrograd play --load \(name)."
    }
    public func anotherWindow(name: String, next: String) -> String {
        isHindi ? "इस परिदृश्य का खेल '\(name)' किसी दूसरी विंडो में चल रहा है; यह खेल '\(next)' नाम से सहेजा जाएगा।"
            : "Another window is playing this scenario's game '\(name)'; this game will be saved as '\(next)'."
    }
    public func savingElsewhere(_ name: String) -> String {
        isHindi ? "यह खेल '\(name)' नाम से सहेजा जाएगा।" : "This game will be saved as '\(name)'."
    }
    public func saved(_ path: String) -> String { isHindi ? "सहेजा गया: \(path)" : "Saved: \(path)" }
    public func loaded(_ path: String) -> String { isHindi ? "खोला गया: \(path)" : "Loaded: \(path)" }
    public func unknownInput(_ input: String) -> String {
        isHindi ? "'\(input)' समझ में नहीं आया। विकल्प की संख्या लिखो, या 'मदद'।" : "'\(input)' is not a choice or a command. Type a choice's number, or 'help'."
    }
    public func didYouMean(_ word: String) -> String { isHindi ? "क्या तुम्हारा मतलब '\(word)' था?" : "Did you mean '\(word)'?" }
    public func ambiguous(_ matches: [String]) -> String {
        (isHindi ? "कई विकल्प मेल खाते हैं: " : "Several choices match: ") + matches.joined(separator: ", ")
    }
    public func noGlossaryEntry(_ word: String) -> String { isHindi ? "शब्दावली में '\(word)' नहीं मिला।" : "'\(word)' is not in the glossary." }
    public func problem(_ text: String) -> String { (isHindi ? "समस्या: " : "Problem: ") + text }

    /// The help text, listing every command in both languages: in English as "look / देखो", in Hindi
    /// as "देखो (look)", with what each takes in the player's words.
    public var help: String { help(atTable: false) }

    /// The help text; at a table (`play --players`) with the row of `players`.
    public func help(atTable: Bool) -> String {
        let hindiLanguages = storyLanguages.map { LanguageNames.name(of: $0, in: "hi") }.joined(separator: "|")
        var rows: [(english: String, hindi: String, hindiUsage: String, meaning: String)] = [
            ("1, 2, …", "", "१, २, … या 1, 2, …", isHindi ? "उस संख्या का विकल्प चुनो (या विकल्प के पहले शब्द लिखो)" : "take the choice with that number (or type the start of its text)"),
            ("look", "देखो", "देखो", isHindi ? "दृश्य फिर से दिखाओ" : "show the scene again"),
            ("status", "स्थिति", "स्थिति", isHindi ? "तुम्हारी और शहर की स्थिति" : "your situation and the city's"),
            ("journal [file]", "डायरी", "डायरी [फ़ाइल]", isHindi ? "अब तक क्या हुआ, तारीख़ के साथ (या फ़ाइल में लिखो, छापने के लिए)" : "what has happened so far, dated (or write it to a file, to print)"),
            ("ending", "अंत", "अंत", endingHelp.2),
            ("historians", "इतिहासकार", "इतिहासकार", historiansHelp),
            ("news", "ख़बर", "ख़बर", newsHelp),
            ("history", "इतिहास", "इतिहास", isHindi ? "इस क्षण पर इतिहासकार की टिप्पणी" : "the historian's note for this moment"),
            ("glossary [word]", "शब्दावली", "शब्दावली [शब्द]", isHindi ? "कठिन शब्दों के अर्थ (किसी भी शब्द से खोजो)" : "what the terms mean (look one up by any word)"),
            ("undo", "वापस", "वापस", isHindi ? "पिछला कदम वापस लो" : "take back the last step"),
            ("save [file]", "सहेजो", "सहेजो [नाम]", isHindi ? "खेल सहेजो" : "save the game"),
            ("load [file]", "खोलो", "खोलो [नाम]", isHindi ? "सहेजा हुआ खेल खोलो" : "load a saved game"),
            ("saves", "सूची", "सूची", isHindi ? "सहेजे गए खेलों की सूची" : "list the saved games"),
            ("transcript FILE|off", "प्रतिलिपि", "प्रतिलिपि फ़ाइल|बंद", isHindi ? "जो कुछ दिखे, उसे फ़ाइल में लिखो (या बंद करो)" : "keep everything shown in a file (or stop)"),
            ("reload", "दोबारा", "दोबारा", isHindi ? "परिदृश्य की फ़ाइलें फिर से पढ़ो (लेखकों के लिए)" : "re-read the scenario's files (for authors)"),
            ("lang " + storyLanguages.joined(separator: "|"), "भाषा", "भाषा " + hindiLanguages, isHindi ? "भाषा बदलो" : "switch language"),
            ("more on|off", "रुको", "रुको चालू|बंद", pauseHelpRow.2),
            ("help", "मदद", "मदद", isHindi ? "यह सूची" : "this list"),
            ("quit", "बाहर", "बाहर", isHindi ? "सहेजो और बाहर निकलो" : "save and leave"),
        ]
        if atTable { rows.insert(("players", "खिलाड़ी", "खिलाड़ी", playersHelp), at: 3) }
        var lines = [isHindi ? "आदेश (हिंदी या अंग्रेज़ी में):" : "Commands (English or Hindi):"]
        for row in rows {
            let words: String
            if isHindi {
                let englishWord = row.english.split(separator: " ").first.map(String.init) ?? row.english
                words = row.hindi.isEmpty ? row.hindiUsage : "\(row.hindiUsage) (\(englishWord))"
            } else {
                words = row.hindi.isEmpty ? row.english : "\(row.english) / \(row.hindi)"
            }
            lines.append("  \(words) — \(row.meaning)")
        }
        lines.append(isHindi
            ? "संख्या हमेशा विकल्प चुनती है। आदेश के शब्द हमेशा आदेश हैं; जो विकल्प किसी आदेश-शब्द से शुरू होता है, उसे उसकी संख्या से चुनो।"
            : "A number always takes a choice. Command words are always commands; a choice whose text starts with a command word is taken by its number.")
        return lines.joined(separator: "\n")
    }
}
