import PetrogradCore

/// The words of a class game played with `petrograd join`: the teacher's messages, pauses, the decision
/// clock, a rewind, the connection, and the commands that do not exist at a class table.
extension Vocabulary {
    /// Shown once, above the first scene.
    public func tableWelcome(room: String, seat: Int, seats: Int) -> String {
        isHindi ? "कक्षा का खेल, कमरा \(room): तुम्हारी सीट \(seat) है (कुल \(seats) सीटें)। क्या-क्या कर सकते हो, यह जानने के लिए 'मदद' लिखो।"
            : "Class game, room \(room): you are seat \(seat) of \(seats). Type 'help' for what you can do."
    }

    /// `undo` at a class table.
    var tableUndo: String {
        isHindi ? "कक्षा के खेल में पीछे सिर्फ़ शिक्षक ले जा सकते हैं।" : "In a class game only the teacher can go back (rewind)."
    }

    /// `save`, `load` or `saves` at a class table.
    var tableNoSaves: String {
        isHindi ? "कक्षा का खेल शिक्षक की मशीन पर रखा जाता है: यहाँ सहेजने या खोलने को कुछ नहीं है। बाद में लौटना हो तो 'बाहर' लिखो और वही petrograd join आदेश फिर से चलाओ; तुम्हारी सीट तुम्हारा इंतज़ार करेगी।"
            : "A class game is kept on the teacher's machine: there is nothing to save or load here. To come back later, type 'quit' and run the same join command again; your seat waits for you."
    }

    /// `reload` at a class table.
    var tableNoReload: String {
        isHindi ? "कक्षा के खेल की कहानी शिक्षक के पास है: उसे यहाँ दोबारा नहीं खोला जा सकता।"
            : "In a class game the story is the teacher's: it cannot be reloaded here."
    }

    /// Under `help` at a class table.
    var tableHelpNote: String {
        isHindi ? "कक्षा के खेल में: वापस, सहेजो, खोलो, सूची और दोबारा नहीं चलते; कक्षा को पीछे सिर्फ़ शिक्षक ले जा सकते हैं। 'बाहर' लिखकर निकलो; वही petrograd join आदेश फिर चलाओगे तो अपनी सीट पर लौट आओगे।"
            : "In a class game: undo, save, load, saves and reload do not exist; only the teacher can take the class back. Type 'quit' to leave; the same join command brings you back to your seat."
    }

    /// Words from the teacher.
    public func teacherSays(_ text: String, toYou: Bool) -> String {
        if isHindi { return (toYou ? "शिक्षक तुमसे कहते हैं: " : "शिक्षक कहते हैं: ") + text }
        return (toYou ? "The teacher, to you: " : "The teacher says: ") + text
    }

    var tablePaused: String {
        isHindi ? "शिक्षक ने खेल रोक दिया है। तुम अब भी पढ़ सकते हो (स्थिति, डायरी, शब्दावली); चुनाव खेल फिर चलने पर होंगे।"
            : "The teacher has paused the game. You can still read (status, journal, glossary); choices wait until it goes on."
    }

    var tableResumed: String { isHindi ? "खेल फिर चल पड़ा है।" : "The game goes on." }

    /// A duration as the clock is read out: "2 minutes", "45 seconds".
    func duration(seconds: Int) -> String {
        if seconds >= 60, seconds % 60 == 0 {
            let minutes = seconds / 60
            return isHindi ? "\(minutes) मिनट" : "\(minutes) minute" + (minutes == 1 ? "" : "s")
        }
        return isHindi ? "\(seconds) सेकंड" : "\(seconds) second" + (seconds == 1 ? "" : "s")
    }

    func tableTimer(seconds: Int?) -> String {
        guard let seconds else { return isHindi ? "घड़ी हटा दी गई है: आराम से सोचो।" : "The clock is off: take your time." }
        return isHindi ? "शिक्षक ने घड़ी लगा दी है: हर चुनाव के लिए तुम्हारे पास \(duration(seconds: seconds)) है; समय ख़त्म होने पर तुम्हारे दृश्य का सामान्य चुनाव अपने-आप हो जाएगा।"
            : "The teacher set a clock: you have \(duration(seconds: seconds)) for each choice; when it runs out, your scene's usual choice is taken for you."
    }

    func timedOut(_ choice: String) -> String {
        isHindi ? "तुम्हारा समय ख़त्म हो गया; खेल ने तुम्हारी ओर से चुना: «\(choice)»।" : "Your time ran out; the game chose for you: «\(choice)»."
    }

    var tableRewound: String {
        isHindi ? "शिक्षक पूरी कक्षा को पहले के एक पल पर वापस ले गए हैं। अब तुम यहाँ हो:"
            : "The teacher took the class back to an earlier moment. Here is where you stand now:"
    }

    var tableEnded: String {
        isHindi ? "शिक्षक ने कक्षा का खेल समाप्त कर दिया है: हर कहानी अपने अंत तक पहुँचती है।"
            : "The teacher ended the class game: every story goes to its ending."
    }

    public var tableKicked: String {
        isHindi ? "शिक्षक ने तुम्हें कक्षा के खेल से बाहर कर दिया है। लौटना हो तो शिक्षक से पूछो।"
            : "The teacher took you out of the class game. Ask the teacher if you want to come back."
    }

    func seatPassed(to name: String) -> String {
        isHindi ? "शिक्षक ने यह सीट \(name) को दे दी है।" : "The teacher gave this seat to \(name)."
    }

    public var connectionLost: String {
        isHindi ? "कक्षा से संपर्क टूट गया है; फिर से जोड़ने की कोशिश जारी है… तुम पढ़ते रह सकते हो; संपर्क लौटते ही तुम्हारे चुनाव भेज दिए जाएँगे।"
            : "The connection to the class was lost; trying again… You can go on reading; your choices are sent when it is back."
    }

    var reconnected: String { isHindi ? "तुम फिर से कक्षा के खेल में हो।" : "Back in the class game." }

    var choicePending: String {
        isHindi ? "तुम्हारा चुनाव भेजा जा रहा है; संपर्क लौटते ही वह गिना जाएगा।" : "Your choice is on its way; it counts as soon as the connection is back."
    }

    var yourTurnAgain: String {
        isHindi ? "बाक़ी सब यहाँ तक पहुँच गए हैं: अब तुम्हारी बारी है।" : "The others have caught up: it is your turn."
    }

    /// Whom this seat waits for.
    func waitingFor(_ names: [String]) -> String {
        isHindi ? "किसका इंतज़ार है: " + names.joined(separator: ", ") + "।" : "Waiting for: " + names.joined(separator: ", ") + "."
    }

    /// A seat named in a list: its name, or its number.
    func seatName(_ number: Int, name: String?) -> String {
        name ?? (isHindi ? "सीट \(number)" : "seat \(number)")
    }

    /// A choice the server refused, by the protocol's reason.
    func tableRefusal(reason: String, message: String) -> String {
        switch reason {
        case "paused": isHindi ? "शिक्षक ने खेल रोका हुआ है; खेल फिर चलने पर चुनना।" : "The teacher has paused the game; choose again when it goes on."
        case "unavailable": isHindi ? "यह चुनाव अभी खुला नहीं है।" : "That choice is not open now."
        case "no-such-choice": isHindi ? "कक्षा का खेल यह चुनाव नहीं जानता।" : "The class game does not know that choice."
        case "finished": isHindi ? "तुम्हारी कहानी अपने अंत तक पहुँच चुकी है।" : "Your story has reached its end."
        case "absent": isHindi ? "तुम्हारी सीट ग़ैरहाज़िर दर्ज है; शिक्षक से पूछो।" : "Your seat is marked absent; ask the teacher."
        case "ended": isHindi ? "कक्षा का खेल समाप्त हो चुका है।" : "The class game has ended."
        default: isHindi ? "कक्षा के खेल ने यह चुनाव नहीं माना: \(message)" : "The class game refused that choice: \(message)"
        }
    }

    var tableGoodbye: String {
        isHindi ? "तुम कक्षा के खेल से निकल गए हो; सीट तुम्हारी ही रहेगी। लौटने के लिए वही petrograd join आदेश फिर से चलाओ।"
            : "You left the class game; your seat stays yours. To come back, run the same join command again."
    }

    /// A problem the server reported, with its own words (which are the server's, in English).
    public func tableProblem(code: String, message: String) -> String {
        let text: String = switch code {
        case "version": isHindi ? "शिक्षक का प्रोग्राम तुम्हारे प्रोग्राम से अलग संस्करण का है; शिक्षक वाला संस्करण लगाओ।" : "The teacher's petrograd is another version than this one; install the teacher's version."
        case "wrong-code": isHindi ? "इस कोड का कोई कमरा नहीं है; शिक्षक से कोड फिर पूछो।" : "There is no room with that code; ask the teacher for the code again."
        case "room-full": isHindi ? "कमरा भर चुका है।" : "The room is full."
        case "no-such-role": isHindi ? "इस कहानी में ऐसी कोई भूमिका नहीं है।" : "The story has no such role."
        case "bad-name": isHindi ? "यह नाम नहीं चलेगा: 1 से 40 अक्षर, बिना नियंत्रण-चिह्नों के।" : "That name cannot be used: 1 to 40 characters, no control characters."
        case "rate-limited": isHindi ? "बहुत सारी कोशिशें एक साथ हुईं; एक मिनट रुककर फिर कोशिश करो।" : "Too many attempts at once; wait a minute and try again."
        case "bad-token": isHindi ? "कमरे ने इस सीट को नहीं पहचाना।" : "The room did not recognise this seat."
        default: isHindi ? "कक्षा के सर्वर से समस्या।" : "A problem with the class server."
        }
        return problem(text + (message.isEmpty ? "" : " (\(message))"))
    }
}

/// The words for watching a class game (`join --watch`).
extension Vocabulary {
    public func watching(room: String, seats: Int) -> String {
        isHindi ? "तुम कमरा \(room) का खेल देख रहे हो (\(seats) सीटें)। शहर में जो होता है, यहाँ दिखेगा; 'बाहर' लिखकर निकलो।"
            : "You are watching room \(room) (\(seats) seats). What happens in the city shows here; type 'quit' to leave."
    }

    public func watchedChoice(_ who: String, _ choice: String) -> String {
        isHindi ? "\(who): «\(choice)»" : "\(who): «\(choice)»"
    }

    public func watchedJoin(_ who: String, role: String) -> String {
        isHindi ? "\(who) \(role) बनकर खेल में आए।" : "\(who) joined as \(role)."
    }

    public var watchHelp: String {
        isHindi ? "देखते हुए सिर्फ़ 'बाहर' चलता है; बाक़ी सब शहर की ख़बरें अपने-आप आती हैं।"
            : "While watching, only 'quit' works; the city's news comes by itself."
    }

    public var watchGoodbye: String { isHindi ? "तुमने देखना बंद किया।" : "You stopped watching." }

    /// A seat named for a watcher: its name, or its number.
    public func watchedSeat(_ number: Int, name: String?) -> String { seatName(number, name: name) }
}
