/// The words of `journal FILE`.
extension Vocabulary {
    /// The journal file's second line: whose journal it is.
    func journalOwner(name: String?, role: String) -> String {
        switch (isHindi, name) {
        case (true, let name?): "\(name) की डायरी (\(role))"
        case (true, nil): "डायरी (\(role))"
        case (false, let name?): "The journal of \(name) (\(role))"
        case (false, nil): "Journal (\(role))"
        }
    }

    func journalWritten(_ path: String) -> String {
        isHindi ? "डायरी यहाँ लिखी गई: \(path)" : "The journal was written to \(path)"
    }

    /// A journal that could not be written: the system's reason in English, a plain sentence in Hindi.
    func journalNotWritten(_ path: String, englishDescription: String) -> String {
        isHindi ? "डायरी \(path) में नहीं लिखी जा सकी; फ़ाइल का नाम और फ़ोल्डर जाँचो।" : englishDescription
    }
}
