/// What `host` prints, in the teacher's language (hi or en).
enum HostWords {
    static func opened(_ scenario: String, code: String, language: String) -> String {
        language == "hi" ? "कक्षा खुल गई: \(scenario), कमरा \(code)" : "The classroom is open: \(scenario), room \(code)"
    }

    static func roomCode(_ code: String, language: String) -> String {
        language == "hi" ? "कमरे का कोड: \(code)" : "Room code: \(code)"
    }

    static func joinWith(language: String) -> String {
        language == "hi" ? "विद्यार्थी इसी नेटवर्क से ऐसे जुड़ें (NAME की जगह अपना नाम):" : "Students on this network join with (their own name for NAME):"
    }

    static func roles(_ roles: [String], language: String) -> String {
        language == "hi" ? "ROLE की जगह इनमें से एक: \(roles.joined(separator: ", "))" : "ROLE is one of: \(roles.joined(separator: ", "))"
    }

    static func browserWith(language: String) -> String {
        language == "hi" ? "जिनके पास केवल ब्राउज़र है, वे यह पता खोलें और वही कोड लिखें:"
            : "Students with only a browser open this address and type the same code:"
    }

    static func teacherKey(_ key: String, language: String) -> String {
        language == "hi" ? "शिक्षक की कुंजी (किसी को न बताएँ): \(key)" : "Teacher's key (keep it to yourself): \(key)"
    }

    static func dashboardAt(language: String) -> String {
        language == "hi" ? "शिक्षक का डैशबोर्ड, ब्राउज़र में (ऊपर की कुंजी से प्रवेश करें):"
            : "The teacher's dashboard, in a browser (log in with the key above):"
    }

    static func listening(_ address: String, port: Int, language: String) -> String {
        let local = address == "127.0.0.1" || address == "localhost" || address == "::1"
        if language == "hi" {
            return local ? "सर्वर \(address):\(port) पर है: केवल यही मशीन जुड़ सकती है।"
                : "सर्वर \(address):\(port) पर है: इस मशीन के हर नेटवर्क से कोई भी कोड के साथ जुड़ सकता है। केवल इसी मशीन के लिए: --bind 127.0.0.1"
        }
        return local ? "Listening on \(address):\(port): only this machine can join."
            : "Listening on \(address):\(port): anyone on this machine's networks can join with the code. For this machine only: --bind 127.0.0.1"
    }

    static func database(_ path: String, language: String) -> String {
        language == "hi" ? "हर कमरा और उसकी हर चाल यहाँ रखी जाती है: \(path)" : "Every room and every move is kept in \(path)"
    }

    static func closeWith(language: String) -> String {
        language == "hi" ? "कक्षा बंद करने के लिए Ctrl-D दबाएँ; फिर खोलने के लिए: petrograd host --resume"
            : "Press Ctrl-D to close the classroom; open it again with: petrograd host --resume"
    }

    static func closed(language: String) -> String {
        language == "hi" ? "कक्षा बंद हुई। सब कुछ सहेजा गया है।" : "The classroom is closed. Everything is kept."
    }

    static func resumed(_ code: String, scenario: String, seats: Int, lines: Int, language: String) -> String {
        language == "hi" ? "कमरा \(code) (\(scenario)) फिर खुला: \(seats) सीटें, \(lines) चालें"
            : "Room \(code) (\(scenario)) is open again: \(seats) seats, \(lines) moves"
    }

    static func notResumed(_ code: String, reason: String, language: String) -> String {
        language == "hi" ? "कमरा \(code) फिर नहीं खुल सका: \(reason)" : "Room \(code) could not be opened again: \(reason)"
    }

    static func filesChanged(_ code: String, scenario: String, language: String) -> String {
        language == "hi"
            ? "कमरा \(code): \(scenario) की फ़ाइलें डिस्क पर बदल गई हैं। कमरा उसी संस्करण से आगे चलेगा जिससे शुरू हुआ था, जो डेटाबेस में रखा है।"
            : "Room \(code): the files of \(scenario) on disk have changed since it started. The room goes on with the version it started with, kept in the database."
    }

    static func noRooms(language: String) -> String {
        language == "hi" ? "डेटाबेस में कोई कमरा नहीं है। नया कमरा: petrograd host SCENARIO" : "There are no rooms in the database. A new room: petrograd host SCENARIO"
    }

    static func portInUse(_ port: Int, reason: String, language: String) -> String {
        language == "hi" ? "समस्या: पोर्ट \(port) पर सर्वर शुरू नहीं हो सका (\(reason)); कोई और पोर्ट चुनें: --port 1918"
            : "error: the server could not start on port \(port) (\(reason)); choose another with --port 1918"
    }

    static func databaseFailed(_ path: String, reason: String, language: String) -> String {
        language == "hi" ? "समस्या: डेटाबेस \(path) नहीं खुल सका: \(reason)" : "error: cannot open the database \(path): \(reason)"
    }

    static func pagesMissing(_ reason: String, language: String) -> String {
        language == "hi" ? "चेतावनी: वेब पन्ने नहीं मिले, इसलिए ब्राउज़र से खेलना और शिक्षक का डैशबोर्ड बंद हैं; टर्मिनल से जुड़ना चलता है। कारण: \(reason)"
            : "warning: the web pages were not found, so browser seats and the teacher's dashboard are off; joining from a terminal works. Why: \(reason)"
    }

    static func needsScenario(language: String) -> String {
        language == "hi" ? "समस्या: कौन-सा परिदृश्य? जैसे: petrograd host march-1917 (या पुराने कमरे: petrograd host --resume)"
            : "error: which scenario? For example: petrograd host march-1917 (or the rooms kept before: petrograd host --resume)"
    }
}
