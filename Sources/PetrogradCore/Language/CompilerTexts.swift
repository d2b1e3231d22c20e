import Foundation

extension Compiler {
    /// Checks a text's languages and resolves the values inserted into it.
    ///
    /// A `required` text that is missing altogether is reported once per promised language; an optional
    /// one (a variable's label) may be left out entirely, but not given in only some languages.
    mutating func text(_ syntax: TextSyntax, what: String, required: Bool) -> LocalizedText {
        var entries: [LocalizedText.Entry] = []
        for entry in syntax.entries {
            if !languages.isEmpty, !languages.contains(entry.language) {
                diagnostics.append(Diagnostic(.unknownLanguage(code: entry.language, known: languages), at: entry.languageLocation))
            }
            entries.append(LocalizedText.Entry(language: entry.language, template: template(entry), location: entry.languageLocation))
        }
        if required || !syntax.entries.isEmpty {
            for language in languages where !syntax.entries.contains(where: { $0.language == language }) {
                diagnostics.append(Diagnostic(.missingTranslation(language: language, what: what.prefix(1).uppercased() + what.dropFirst()), at: syntax.location))
            }
        }
        return LocalizedText(entries: entries, location: syntax.location)
    }

    /// Splits `{name}` insertions out of prose; `{{` and `}}` are literal braces.
    private mutating func template(_ entry: TextEntrySyntax) -> TextTemplate {
        // Braces are ASCII, so the walk goes over bytes; characters are counted only to locate a problem.
        let bytes = Array(entry.body.utf8)
        let open = UInt8(ascii: "{"), close = UInt8(ascii: "}")
        // Most prose inserts nothing.
        if !bytes.contains(where: { $0 == open || $0 == close }) { return TextTemplate(literal: entry.body) }
        func location(atByte offset: Int) -> SourceLocation { entry.location(atByte: offset) }
        var segments: [TextTemplate.Segment] = []
        var literal: [UInt8] = []
        func flush() {
            if !literal.isEmpty { segments.append(.literal(String(decoding: literal, as: UTF8.self))) }
            literal.removeAll()
        }
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte == open {
                if index + 1 < bytes.count, bytes[index + 1] == open {
                    literal.append(open)
                    index += 2
                    continue
                }
                guard let end = bytes[(index + 1)...].firstIndex(of: close) else {
                    diagnostics.append(Diagnostic(.syntax("this '{' is never closed; write '{{' for a brace, or '{hunger}' to insert a value"), at: location(atByte: index)))
                    literal += bytes[index...]
                    break
                }
                let name = String(decoding: bytes[(index + 1)..<end], as: UTF8.self).trimmingCharacters(in: .whitespaces)
                flush()
                if let segment = insertion(name, at: location(atByte: index + 1)) { segments.append(segment) }
                index = end + 1
                continue
            }
            if byte == close, index + 1 < bytes.count, bytes[index + 1] == close { index += 1 }
            literal.append(byte)
            index += 1
        }
        flush()
        return TextTemplate(segments: segments)
    }

    private mutating func insertion(_ name: String, at location: SourceLocation) -> TextTemplate.Segment? {
        switch name {
        case "role": return .roleName
        case "place": return .placeName
        case "date": return .date
        default:
            guard let reference = variableIndex[name] else {
                let candidates = Array(variableIndex.keys) + ["role", "place", "date"]
                unknown(Name(text: name, location: location), kind: "value to insert", candidates: candidates)
                return nil
            }
            usedVariables.insert(reference)
            let variable = reference.scope == .world ? worldVariables[reference.index] : playerVariables[reference.index]
            guard variable.type == .number else {
                diagnostics.append(Diagnostic(.typeMismatch("'\(name)' is a flag and cannot be inserted into text; show a passage with 'if \(name)' instead"), at: location))
                return nil
            }
            return .variable(reference)
        }
    }
}
