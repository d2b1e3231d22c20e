import PetrogradCore

/// The words for carrying a finished game on into the act that follows it (`play … --from`), and for the
/// offer after an ending.
extension Vocabulary {
    /// Why the finished game cannot be carried on, for `--from FILE`.
    public func carryRefusal(_ error: CarryError, file: String) -> String {
        let file = ControlCharacters.quoted(file)
        guard isHindi else { return "'\(file)' cannot be carried on: \(error)." }
        switch error {
        case .followsNothing(let scenario):
            return "'\(scenario)' किसी पिछली कहानी से आगे नहीं चलती, इसलिए इसमें किसी पिछले खेल को आगे नहीं ले जाया जा सकता।"
        case .anotherAct(let expected, let found):
            return "'\(file)' '\(ControlCharacters.quoted(found))' का खेल है, पर यह कहानी '\(expected)' से आगे चलती है; '\(expected)' का पूरा हुआ खेल दो।"
        case .notFinished(let seat, let role):
            return "'\(file)' का खेल (खिलाड़ी \(seat), \(ControlCharacters.quoted(role))) अभी अंत तक नहीं पहुँचा; पहले उसे पूरा करो।"
        case .missingRole(let role):
            return "'\(file)' का खेल '\(ControlCharacters.quoted(role))' की भूमिका में खेला गया था, जो इस कहानी में नहीं है।"
        case .unknownEnding(let ending):
            return "'\(file)' का खेल '\(ControlCharacters.quoted(ending))' पर ख़त्म हुआ था, और वह अंत पिछली कहानी में अब नहीं है।"
        case .unreadable(let why):
            return "'\(file)' पढ़ा नहीं जा सका (\(why)); फ़ाइल जैसी थी, वैसी छोड़ दी गई।"
        case .cannotStart(let runtime):
            return "खेल शुरू नहीं हो सका: \(runtime)"
        }
    }

    /// `--from` names nothing that can be found.
    public func finishedGameMissing(_ reference: String, act: String) -> String {
        let shown = ControlCharacters.quoted(reference)
        return isHindi
            ? "'\(shown)' नाम का कोई पूरा हुआ खेल नहीं मिला। '\(act)' का पूरा हुआ खेल दो: 'petrograd list' में पूरे हुए खेलों के नीचे दिखी फ़ाइल, किसी सहेजे हुए खेल का नाम, या फ़ाइल का रास्ता।"
            : "there is no finished game '\(shown)'. Give a finished game of '\(act)': a file 'petrograd list' shows under 'finished', a save's name, or a path to the file."
    }

    /// The file `--from` names is not a save, or is damaged.
    public func finishedGameUnreadable(_ path: String, why: String) -> String {
        let shown = ControlCharacters.quoted(path)
        return isHindi
            ? "'\(shown)' पेत्रोग्राद का सहेजा हुआ खेल नहीं है, या ख़राब हो गया है (\(why)); फ़ाइल जैसी थी, वैसी छोड़ दी गई।"
            : "'\(shown)' is not a Petrograd save, or it is damaged (\(why)); the file was left as it is."
    }

    /// A finished game of several players, carried on without saying which.
    public func severalSeatsToCarry(_ path: String, roles: [String]) -> String {
        let shown = ControlCharacters.quoted(path)
        let list = roles.map(ControlCharacters.quoted).joined(separator: ", ")
        return isHindi
            ? "'\(shown)' में \(roles.count) खिलाड़ियों का खेल है (\(list))। यहाँ एक समय में एक ही खिलाड़ी खेलता है: जिसका हिस्सा आगे ले जाना है, उसकी भूमिका --role से बताओ (जैसे --role \(ControlCharacters.quoted(roles[0])))।"
            : "'\(shown)' holds a game of \(roles.count) players (\(list)). This console plays one player at a time: say whose part to carry on with --role (such as --role \(ControlCharacters.quoted(roles[0])))."
    }

    /// `--role` names a role no seat of the finished game played.
    public func roleNotInFinishedGame(_ role: String, path: String, roles: [String]) -> String {
        let list = roles.map(ControlCharacters.quoted).joined(separator: ", ")
        return isHindi
            ? "'\(ControlCharacters.quoted(path))' का खेल '\(role)' की भूमिका में नहीं खेला गया था (भूमिकाएँ: \(list)); --role छोड़ दो या इनमें से कोई एक दो।"
            : "the game in '\(ControlCharacters.quoted(path))' was not played as '\(role)' (roles: \(list)); leave out --role, or give one of these."
    }

    /// Said when a carried game starts.
    public func carriedOn(from path: String) -> String {
        isHindi
            ? "(\(ControlCharacters.quoted(path)) के पूरे हुए खेल से आगे: तुम्हारी भूमिका, तुम्हारा अंत और शहर का हाल साथ आए हैं।)"
            : "(Carried on from the finished game in \(ControlCharacters.quoted(path)): your role, your ending and the state of the city come with you.)"
    }

    /// After an ending of an act that another act follows: where the story goes on, and the command.
    public func storyGoesOn(title: String, command: String) -> String {
        isHindi
            ? "कहानी आगे चलती है: \(title)। इस खेल को वहाँ ले जाने के लिए लिखो:\n  \(command)"
            : "The story goes on: \(title). To carry this game on there, type:\n  \(command)"
    }

    /// The question that follows, at a terminal.
    public var goOnNowQuestion: String {
        isHindi ? "क्या अभी आगे बढ़ें? (हाँ/नहीं)" : "Go on now? (yes/no)"
    }

    /// After "no": the game stays, and the command works later.
    public var goOnLater: String {
        isHindi ? "ठीक है। ऊपर दिया आदेश बाद में भी काम करेगा।" : "All right. The command above works later too."
    }

    /// Whether an answer to ``goOnNowQuestion`` is yes (in either language).
    public static func isYes(_ answer: String) -> Bool {
        ["yes", "y", "हाँ", "हां", "haan", "ha"].contains(answer.trimmingCharacters(in: .whitespaces).lowercased())
    }

    /// Whether an answer to ``goOnNowQuestion`` is no (in either language).
    public static func isNo(_ answer: String) -> Bool {
        ["no", "n", "नहीं", "nahin", "nahi"].contains(answer.trimmingCharacters(in: .whitespaces).lowercased())
    }
}
