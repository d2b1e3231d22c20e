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
        // Most prose inserts nothing: skip the character-by-character walk when there is no brace.
        if !entry.body.utf8.contains(where: { $0 == UInt8(ascii: "{") || $0 == UInt8(ascii: "}") }) {
            return TextTemplate(literal: entry.body)
        }
        var segments: [TextTemplate.Segment] = []
        var literal = ""
        var characters = Array(entry.body)
        var index = 0
        func location(at offset: Int) -> SourceLocation { entry.location(at: offset) }
        while index < characters.count {
            let character = characters[index]
            if character == "{" {
                if index + 1 < characters.count, characters[index + 1] == "{" {
                    literal.append("{")
                    index += 2
                    continue
                }
                guard let close = characters[(index + 1)...].firstIndex(of: "}") else {
                    diagnostics.append(Diagnostic(.syntax("this '{' is never closed; write '{{' for a brace, or '{hunger}' to insert a value"), at: location(at: index)))
                    literal.append(contentsOf: characters[index...])
                    break
                }
                let name = String(characters[(index + 1)..<close]).trimmingCharacters(in: .whitespaces)
                if !literal.isEmpty {
                    segments.append(.literal(literal))
                    literal = ""
                }
                if let segment = insertion(name, at: location(at: index + 1)) { segments.append(segment) }
                index = close + 1
                continue
            }
            if character == "}" {
                if index + 1 < characters.count, characters[index + 1] == "}" { index += 1 }
                literal.append("}")
                index += 1
                continue
            }
            literal.append(character)
            index += 1
        }
        characters.removeAll()
        if !literal.isEmpty { segments.append(.literal(literal)) }
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
