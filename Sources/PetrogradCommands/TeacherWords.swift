/// What the teacher's console (the `host` prompt) says, in English and Hindi. It speaks to the teacher as
/// आप in Hindi (as `host` does; the game speaks to a student as तुम) and understands the commands of both
/// languages.
package struct TeacherWords: Sendable {
    /// `hi` or `en`.
    package let language: String

    package init(language: String) {
        self.language = language == "hi" ? "hi" : "en"
    }

    var isHindi: Bool { language == "hi" }

    func word(_ english: String) -> String { TeacherCommand.word(for: english, in: language) }

    /// How a command is written, in the console's language: `kick SEAT`, `निकालो सीट`.
    package func usage(_ command: String) -> String {
        let hindi: [String: String] = [
            "say": "कहो संदेश  या  कहो सीट संदेश", "timer": "घड़ी 2m | 90s | बंद", "kick": "निकालो सीट",
            "move": "सौंपो सीट नाम", "rewind": "पीछे [क़दम]", "save": "सहेजो फ़ाइल", "room": "कमरा कोड",
        ]
        let english: [String: String] = [
            "say": "say TEXT  or  say SEAT TEXT", "timer": "timer 2m | 90s | off", "kick": "kick SEAT",
            "move": "move SEAT NAME", "rewind": "rewind [STEPS]", "save": "save FILE", "room": "room CODE",
        ]
        return (isHindi ? hindi[command] : english[command]) ?? word(command)
    }

    /// The answer to a line that could not be read: what is wrong and what to write instead.
    package func problem(_ problem: TeacherInputProblem) -> String {
        switch problem {
        case .unknown(let typed, let suggestion):
            let hint = suggestion.map { isHindi ? " क्या आपका मतलब '\(word($0))' था?" : " Did you mean '\(word($0))'?" } ?? ""
            return (isHindi ? "'\(typed)' कोई आदेश नहीं है। आदेशों की सूची के लिए 'मदद' लिखें।" : "'\(typed)' is not a command. Type 'help' for the list.") + hint
        case .usage(let command):
            return isHindi ? "ऐसे लिखें: \(usage(command))" : "Write it as: \(usage(command))"
        case .badSeat(let typed):
            return isHindi ? "'\(typed)' सीट की संख्या नहीं है; सीट उसकी संख्या से बताएँ, जैसे 3 या p3 ('सीटें' सब दिखाता है)।"
                : "'\(typed)' is not a seat number; name a seat by its number, as in 3 or p3 ('seats' lists them)."
        case .badDuration(let typed):
            return isHindi ? "'\(typed)' समय नहीं है; ऐसे लिखें: घड़ी 2m, घड़ी 90s, घड़ी 2 मिनट, या घड़ी बंद।"
                : "'\(typed)' is not a length of time; write timer 2m, timer 90s, timer 1m30s, or timer off."
        case .durationOutOfRange(let seconds):
            let low = TeacherCommand.timerRange.lowerBound, high = TeacherCommand.timerRange.upperBound / 60
            let shown = seconds == Int.max ? (isHindi ? "इतना लंबा समय" : "that") : "\(seconds) s"
            return isHindi ? "\(shown) नहीं चलेगा: घड़ी \(low) सेकंड से \(high) मिनट तक की हो सकती है।"
                : "\(shown) will not do: the timer runs from \(low) seconds to \(high) minutes."
        case .badSteps(let typed):
            return isHindi ? "'\(typed)' क़दमों की संख्या नहीं है; ऐसे लिखें: पीछे, या पीछे 3 (1 से \(TeacherCommand.rewindLimit) तक)।"
                : "'\(typed)' is not a number of steps; write rewind, or rewind 3 (1 to \(TeacherCommand.rewindLimit))."
        case .badName(let typed):
            return isHindi ? "'\(typed)' नाम नहीं हो सकता: नाम में 1 से \(TeacherCommand.nameLimit) अक्षर हों, बिना नियंत्रण-चिह्नों के।"
                : "'\(typed)' cannot be a name: a name has 1 to \(TeacherCommand.nameLimit) characters and no control characters."
        }
    }

    /// The answer to `report`: the report is made by its own command, which reads the room from the
    /// database while the class goes on.
    package func reportIsNext(code: String) -> String {
        isHindi ? "कक्षा की रिपोर्ट दूसरे टर्मिनल में बनाइए: petrograd report --room \(code) --lang hi (यह डेटाबेस से कमरा पढ़कर एक फ़ाइल लिखता है जिसे खोलकर छापा जा सकता है)।"
            : "Make the class report in another terminal: petrograd report --room \(code) (it reads the room from the database and writes one file to open or print)."
    }

    /// The list of commands, each in both languages, with what it does.
    package var help: String {
        let rows: [(command: String, meaning: String)] = [
            ("seats", isHindi ? "हर सीट: नाम, भूमिका, जुड़ी है या नहीं, कहानी में कहाँ है" : "every seat: name, role, connected or not, where it is in the story"),
            ("waiting", isHindi ? "कौन दुनिया की घड़ी रोके हुए है, और कौन उनका इंतज़ार कर रहा है" : "who holds the world's clock back, and who waits for them"),
            ("pause", isHindi ? "कमरा रोकें: कोई विकल्प नहीं चुन सकता" : "pause the room: no one can choose"),
            ("resume", isHindi ? "कमरा फिर चलाएँ" : "let the room go on"),
            ("say", isHindi ? "सबको संदेश भेजें, या एक सीट को (कहो 3 संदेश)" : "send a message to everyone, or to one seat (say 3 TEXT)"),
            ("timer", isHindi ? "निर्णय की घड़ी: समय बीतने पर सीट अपना तय विकल्प लेती है (घड़ी बंद से हटाएँ)" : "a decision clock: when it runs out, the seat takes its default choice (timer off to stop)"),
            ("kick", isHindi ? "सीट से विद्यार्थी को हटाएँ; सीट किसी और के लिए खाली रहती है" : "send the student on a seat away; the seat stays free for another"),
            ("move", isHindi ? "सीट किसी दूसरे विद्यार्थी को सौंपें" : "hand a seat to another student"),
            ("rewind", isHindi ? "कमरे के खेल के आख़िरी क़दम (या कई क़दम) वापस लें; सबको बताया जाता है" : "take back the room's last step (or several); everyone is told"),
            ("end", isHindi ? "हर सीट अपने अंत और इतिहास की तुलना तक जाती है" : "every seat goes on to its ending and debrief"),
            ("save", isHindi ? "कमरे का पूरा खेल फ़ाइल में सहेजें" : "save the room's whole game to a file"),
            ("rooms", isHindi ? "इस सर्वर के सब कमरे" : "the rooms this server holds"),
            ("room", isHindi ? "आगे के आदेश इस कोड वाले कमरे पर चलें" : "make the room with this code the one commands act on"),
            ("open", isHindi ? "इसी परिदृश्य का नया कमरा खोलें" : "open a new room of the same scenario"),
            ("report", isHindi ? "कक्षा की रिपोर्ट कैसे बनाएँ" : "how to make the class report"),
            ("help", isHindi ? "यह सूची" : "this list"),
            ("quit", isHindi ? "सर्वर बंद करें; कमरे सहेजे रहते हैं (host --resume से फिर खोलें)" : "stop the server; the rooms are kept (host --resume opens them again)"),
        ]
        var lines = [isHindi ? "शिक्षक के आदेश (हिंदी या अंग्रेज़ी में):" : "The teacher's commands (English or Hindi):"]
        for row in rows {
            let hindi = TeacherCommand.word(for: row.command, in: "hi")
            let shown = isHindi ? "\(usage(row.command)) (\(row.command))" : "\(usage(row.command)) / \(hindi)"
            lines.append("  \(shown) — \(row.meaning)")
        }
        lines.append(isHindi ? "सीट उसकी संख्या से बताएँ: 3 या p3। Tab दबाने से आदेश पूरे होते हैं।"
            : "Name a seat by its number: 3 or p3. Tab completes the commands.")
        return lines.joined(separator: "\n")
    }
}
