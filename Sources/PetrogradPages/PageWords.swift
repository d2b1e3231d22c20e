import Foundation

/// The fixed words of a page in one language (headings, labels, buttons, questions), read from
/// `Pages/words/NAME.LANG.txt` so that a teacher's technician can change them without touching Swift:
/// one `key = text` a line (the first `=` separates); blank lines and lines starting with `#` are ignored. A template reaches them as
/// `{{words.key}}`.
public enum PageWords {
    /// The words of `name` in `language`. A missing file, a line without ` = `, an empty key or a key given
    /// twice is an error naming the file and line.
    public static func load(pages: PageLibrary, name: String, language: String) throws(PageLibrary.LoadError) -> [String: String] {
        let relative = "words/\(name).\(language).txt"
        let path = pages.root + "/" + relative
        guard let data = pages.file(relative) else { throw PageLibrary.LoadError(description: "\(path): the page's words are not there") }
        guard let text = String(data: data, encoding: .utf8) else { throw PageLibrary.LoadError(description: "\(path): cannot be read as UTF-8 text") }
        return try parse(text, path: path)
    }

    /// The words in `text`, read as `load` reads a file (`path` names it in errors).
    public static func parse(_ text: String, path: String) throws(PageLibrary.LoadError) -> [String: String] {
        var words: [String: String] = [:]
        for (index, rawLine) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = rawLine.trimmingCharacters(in: .whitespacesAndNewlines)
            if line.isEmpty || line.hasPrefix("#") { continue }
            // The first '=' separates: the text may itself contain '='.
            guard let separator = line.range(of: "=") else {
                throw PageLibrary.LoadError(description: "\(path):\(index + 1): expected 'key = text', found '\(line)'")
            }
            let key = line[..<separator.lowerBound].trimmingCharacters(in: .whitespaces)
            let value = line[separator.upperBound...].trimmingCharacters(in: .whitespaces)
            guard !key.isEmpty, !key.contains(" ") else {
                throw PageLibrary.LoadError(description: "\(path):\(index + 1): a key is one word before ' = ', such as 'title = ...'")
            }
            guard words[key] == nil else {
                throw PageLibrary.LoadError(description: "\(path):\(index + 1): '\(key)' is given twice")
            }
            words[key] = value
        }
        return words
    }

    /// Checks that every language has the same keys, so no page shows a blank where another language has a
    /// word; returns one message per difference, naming the file that lacks the key.
    public static func differences(pages: PageLibrary, name: String, languages: [String]) throws(PageLibrary.LoadError) -> [String] {
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
