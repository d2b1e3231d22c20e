/// What `report` prints, in the teacher's language (hi or en).
enum ReportWords {
    static func noInput(language: String) -> String {
        language == "hi" ? "त्रुटि: --room कमरे का कोड, या सहेजे खेलों की फ़ाइलें या फ़ोल्डर दीजिए (petrograd report --help)"
            : "error: give --room CODE, or save files or a folder of saves (see petrograd report --help)"
    }

    static func roomAndSaves(language: String) -> String {
        language == "hi" ? "त्रुटि: --room के साथ सहेजी फ़ाइलें नहीं दी जा सकतीं; एक बार में एक ही दीजिए"
            : "error: --room and save files cannot be given together; give one or the other"
    }

    static func badLanguage(_ given: String, language: String) -> String {
        language == "hi" ? "त्रुटि: --lang '\(given)' नहीं चलेगा; hi या en दीजिए" : "error: --lang '\(given)' is not a language of the report; use hi or en"
    }

    static func skipped(_ path: String, reason: String, language: String) -> String {
        language == "hi" ? "चेतावनी: \(path) छोड़ दी गई: \(reason)" : "warning: skipped \(path): \(reason)"
    }

    static func nothingLeft(language: String) -> String {
        language == "hi" ? "त्रुटि: पढ़ने लायक़ कोई सहेजा खेल नहीं मिला, इसलिए रिपोर्ट नहीं बनी"
            : "error: no readable saved game was found, so no report was made"
    }

    static func missing(_ path: String, language: String) -> String {
        language == "hi" ? "त्रुटि: \(path) नहीं मिला" : "error: \(path) does not exist"
    }

    static func noSuchRoom(_ code: String, database: String, language: String) -> String {
        language == "hi" ? "त्रुटि: \(database) में \(code) नाम का कोई कमरा नहीं है" : "error: there is no room \(code) in \(database)"
    }

    static func databaseFailed(_ path: String, reason: String, language: String) -> String {
        language == "hi" ? "त्रुटि: कक्षा का डेटाबेस \(path) नहीं पढ़ा जा सका: \(reason)" : "error: the classroom's database \(path) cannot be read: \(reason)"
    }

    static func roomFailed(_ code: String, reason: String, language: String) -> String {
        language == "hi" ? "त्रुटि: कमरा \(code) फिर से नहीं बन सका: \(reason)" : "error: room \(code) cannot be rebuilt: \(reason)"
    }

    static func pagesMissing(_ reason: String, language: String) -> String {
        language == "hi" ? "त्रुटि: रिपोर्ट के साँचे नहीं मिले: \(reason)" : "error: the report's templates cannot be read: \(reason)"
    }

    static func cannotWrite(_ path: String, reason: String, language: String) -> String {
        language == "hi" ? "त्रुटि: \(path) में नहीं लिखा जा सका: \(reason)" : "error: cannot write \(path): \(reason)"
    }

    static func written(_ path: String, games: Int, language: String) -> String {
        language == "hi" ? "रिपोर्ट (\(games) खेल) यहाँ लिखी गई: \(path)" : "The report (\(games) game\(games == 1 ? "" : "s")) is in \(path)"
    }
}
