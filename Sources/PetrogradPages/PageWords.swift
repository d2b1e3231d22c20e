import Foundation

/// The fixed words of a page (its headings, labels, month names), in one language, read from
/// `words/NAME.LANGUAGE.txt` in the page library, so that a translator edits a text file, not Swift.
///
/// Each line is `key = text`; a line starting with `#` and an empty line are skipped; the text is kept as
/// written (spaces around it trimmed). A malformed line, a key given twice or a missing file is an error
/// that names the file and the line, so a technician can fix it.
public enum PageWords {
    /// Why a words file could not be read: the page library's own error, so one `catch` serves a page.
    public typealias LoadError = PageLibrary.LoadError

    /// The words of page `name` in `language`, from `pages`' `words/` folder.
    public static func load(pages: PageLibrary, name: String, language: String) throws(LoadError) -> [String: String] {
        let relative = "words/\(name).\(language).txt"
        let path = pages.root + "/" + relative
        // A language code is letters (and a hyphen, as in pt-BR): anything else could name another file.
        guard !language.isEmpty, language.allSatisfy({ $0.isASCII && ($0.isLetter || $0 == "-") }),
              !name.isEmpty, name.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-") }) else {
            throw LoadError(description: "\(path): '\(language)' is not a language code such as 'hi' or 'en'")
        }
        guard let data = pages.file(relative) else {
            throw LoadError(description: "\(path): the page's words in '\(language)' are not there; write them as 'key = text' lines")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw LoadError(description: "\(path): cannot be read as UTF-8 text")
        }
        return try parse(text, path: path)
    }

    /// The words in `text`, read as a words file at `path` (named in errors).
    public static func parse(_ text: String, path: String) throws(LoadError) -> [String: String] {
        var words: [String: String] = [:]
        var firstLine: [String: Int] = [:]
        // Split on line ends only: a text may hold any other character.
        let lines = text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" })
        for (index, raw) in lines.enumerated() {
            let number = index + 1
            let line = raw.trimmingCharacters(in: .whitespaces)
            if line.isEmpty || line.hasPrefix("#") { continue }
            guard let equals = line.firstIndex(of: "=") else {
                throw LoadError(description: "\(path):\(number): this line has no '='; write 'key = text', or start a comment with '#'")
            }
            let key = line[..<equals].trimmingCharacters(in: .whitespaces)
            let value = line[line.index(after: equals)...].trimmingCharacters(in: .whitespaces)
            guard !key.isEmpty, key.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_" || $0 == "-") }) else {
                throw LoadError(description: "\(path):\(number): '\(key)' is not a key; a key is letters, digits, '_' and '-', as in 'keep_secret = …'")
            }
            guard !value.isEmpty else {
                throw LoadError(description: "\(path):\(number): '\(key)' has no text after '='")
            }
            if let first = firstLine[key] {
                throw LoadError(description: "\(path):\(number): '\(key)' is given twice (first on line \(first)); keep one")
            }
            firstLine[key] = number
            words[key] = value
        }
        return words
    }

    /// Checks that every language has the same keys, so no page shows a blank where another language has a
    /// word; returns one message per difference, naming the file that lacks the key.
    public static func differences(pages: PageLibrary, name: String, languages: [String]) throws(LoadError) -> [String] {
        var byLanguage: [(String, [String: String])] = []
        for language in languages { byLanguage.append((language, try load(pages: pages, name: name, language: language))) }
        let allKeys = Set(byLanguage.flatMap { $0.1.keys })
        var messages: [String] = []
        for (language, words) in byLanguage {
            for key in allKeys.subtracting(words.keys).sorted() {
                messages.append("\(pages.root)/words/\(name).\(language).txt: '\(key)' is missing")
            }
        }
        return messages
    }
}
