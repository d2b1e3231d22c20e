import Foundation
import PetrogradCore

/// Finds glossary entries by what a player types after `glossary`/`शब्दावली`: the entry's id, or words.
///
/// Every typed word must start some word of the entry (so `calendar` finds `calendars`, and `old st`
/// finds "Old Style / New Style"), compared case-insensitively on NFC text, in every language the entry
/// is written in, whatever language is being played: a student reading Hindi may type the English word
/// they know. Entries whose term matches come first; only when no term matches are the explanations
/// searched, so `soviet` shows the Soviet's entry, not every entry that mentions the Soviet.
struct GlossarySearch {
    let entries: [GlossaryEntry]

    /// The entries that match `query`, in the scenario's order; every entry for an empty query.
    func entries(matching query: String) -> [GlossaryEntry] {
        let typed = Self.words(of: query)
        guard !typed.isEmpty else { return entries }
        let byTerm = entries.filter { entry in
            entry.id == query.lowercased() || Self.matches(typed, in: Self.words(of: entry.term))
        }
        if !byTerm.isEmpty { return byTerm }
        return entries.filter { Self.matches(typed, in: Self.words(of: $0.term) + Self.words(of: $0.explanation)) }
    }

    /// Whether each typed word starts one of `words`.
    private static func matches(_ typed: [String], in words: [String]) -> Bool {
        typed.allSatisfy { query in words.contains { $0.unicodeScalars.starts(with: query.unicodeScalars) } }
    }

    /// The words of a text in every language it is written in.
    private static func words(of text: LocalizedText) -> [String] {
        text.entries.flatMap { words(of: TextRendering.plain($0.template)) }
    }

    /// The words of a string, lowercased NFC: runs of letters, digits and combining marks (a Devanagari
    /// word keeps its vowel signs, virama and nukta).
    static func words(of text: String) -> [String] {
        var words: [String] = []
        var current = String.UnicodeScalarView()
        for scalar in text.precomposedStringWithCanonicalMapping.lowercased().unicodeScalars {
            if isWordScalar(scalar) {
                current.append(scalar)
            } else if !current.isEmpty {
                words.append(String(current))
                current = String.UnicodeScalarView()
            }
        }
        if !current.isEmpty { words.append(String(current)) }
        return words
    }

    private static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        let properties = scalar.properties
        if properties.isAlphabetic || properties.numericType != nil { return true }
        switch properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark: return true
        default: return false
        }
    }
}
