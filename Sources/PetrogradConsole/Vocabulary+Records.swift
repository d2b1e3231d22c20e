import PetrogradCore

/// The words about the player's records: the name asked at the start, where saves and finished games
/// are kept, and transcripts.
extension Vocabulary {
    /// The question asked at the start; `previous` is offered as the answer to an empty line.
    public func nameQuestion(previous: String?) -> String {
        guard let previous else {
            return isHindi ? "तुम्हारा नाम क्या है? (तुम्हारे खेल इसी नाम से रखे जाएँगे)" : "What is your name? (Your games are kept under it.)"
        }
        return isHindi ? "तुम्हारा नाम क्या है? (एंटर दबाने पर '\(previous)' ही रहेगा)" : "What is your name? (Press Enter to keep '\(previous)'.)"
    }

    /// Why a name was refused, and what to write instead.
    public func nameProblem(_ problem: PlayerName.Problem) -> String {
        switch problem {
        case .empty: isHindi ? "नाम लिखो।" : "Type a name."
        case .tooLong: isHindi ? "नाम में ज़्यादा से ज़्यादा \(PlayerName.longest) अक्षर हो सकते हैं।" : "A name can have at most \(PlayerName.longest) characters."
        case .slash: isHindi ? "नाम में '/' नहीं हो सकता; अक्षर, अंक और '-' लिखो।" : "A name cannot contain '/'; use letters, digits and '-'."
        case .controlCharacter: isHindi ? "नाम में नियंत्रण-वर्ण नहीं हो सकते; अक्षर, अंक और '-' लिखो।" : "A name cannot contain control characters; use letters, digits and '-'."
        case .leadingDot: isHindi ? "नाम '.' से शुरू नहीं हो सकता।" : "A name cannot start with '.'."
        }
    }

    /// Said when the player gave no name and none was known: the standard one is used.
    public func nameStandard(_ name: PlayerName) -> String {
        isHindi ? "कोई नाम नहीं दिया; तुम्हारे खेल '\(name)' नाम से रखे जाएँगे।" : "No name given; your games are kept under '\(name)'."
    }

    /// The question when the player's autosave holds an unfinished game: which role, and how far it got.
    public func savedGameQuestion(role: String, reached: String?) -> String {
        guard let reached else { return isHindi ? "तुम्हारा पिछला खेल सहेजा हुआ है: \(role)।" : "You have a saved game: \(role)." }
        return isHindi ? "तुम्हारा पिछला खेल सहेजा हुआ है: \(role), \(reached) तक।" : "You have a saved game: \(role), reached \(reached)."
    }

    /// An autosave that cannot be read: what is wrong, that the file is left alone, and where this game
    /// is saved instead. In Hindi without the technical detail, which is in English.
    public func unreadableAutosave(_ error: SaveError, path: String, next: String) -> String {
        if isHindi {
            let why = if case .incompatible = error { "यह इस खेल के किसी नए संस्करण की फ़ाइल है, या किसी और परिदृश्य की" } else { "फ़ाइल ख़राब है" }
            return "समस्या: तुम्हारा सहेजा हुआ खेल \(path) पढ़ा नहीं जा सका: \(why)। फ़ाइल को वैसे ही छोड़ दिया गया है।\n" + savingElsewhere(next)
        }
        return "Problem: your saved game cannot be continued: \(error.description).\n" + savingElsewhere(next)
    }

    /// A finished game kept under its dated name.
    public func finishedGameKept(_ path: String) -> String {
        isHindi ? "तुम्हारा पूरा हुआ खेल रख लिया गया है: \(path)" : "Your finished game is kept as \(path)"
    }

    /// Told once, when the saves of the layout before player names are moved into a player's folder.
    public func savesMoved(count: Int, to folder: String, name: PlayerName) -> String {
        isHindi ? "पहले के \(count) सहेजे खेल अब खिलाड़ी '\(name)' के फ़ोल्डर में हैं: \(folder)। उन्हें आगे खेलने के लिए नाम '\(name)' दो।"
            : "\(count) earlier save\(count == 1 ? " was" : "s were") moved to the folder of the player '\(name)': \(folder). Give the name '\(name)' to continue \(count == 1 ? "it" : "them")."
    }

    /// A save that could not be moved into a player's folder; it stays where it was.
    public func saveNotMoved(_ path: String, why: String) -> String {
        isHindi ? "सहेजा खेल \(path) अपनी जगह पर ही छोड़ा गया।" : "The save \(path) was left where it is (\(why))."
    }

    /// The labels of a transcript's header, in order: name, scenario, role, language, seed, started, program.
    var transcriptHeaderLabels: (title: String, name: String, scenario: String, role: String, language: String, seed: String, started: String, program: String) {
        isHindi
            ? ("प्रतिलिपि", "नाम", "परिदृश्य", "भूमिका", "भाषा", "बीज", "शुरू", "प्रोग्राम")
            : ("Transcript", "Name", "Scenario", "Role", "Language", "Seed", "Started", "Program")
    }

    /// The line a transcript gets when the game it records is continued after a restart.
    public func transcriptContinued(at time: String) -> String {
        isHindi ? "--- \(time) पर खेल आगे चला ---" : "--- continued at \(time) ---"
    }
}
