import Foundation

/// Matches completion candidates against the word before the cursor and decides what Tab does.
///
/// Everything is compared by Unicode scalars of NFC-normalised text, never by `Character`: the cursor
/// can sit inside a grapheme cluster ("मज" is a scalar prefix of "मज़दूर" but not a `Character`
/// prefix, because ज and the nukta ़ form one cluster, so `"मज़दूर".hasPrefix("मज")` is false), and
/// input methods may send the precomposed ज़ (U+095B), which NFC spells as ज + nukta.
package struct WordCompletion: Equatable, Sendable {
    /// The word before the cursor as typed: the scalars after the last whitespace.
    package let word: String

    /// The distinct candidates (NFC) that extend the word, in the order they were offered.
    package let matches: [String]

    /// The longest run of scalars that every match starts with; empty when nothing matches.
    package let commonPrefix: String

    /// Finds the word that ends at the cursor and the candidates that extend it.
    package init(lineBeforeCursor: String, candidates: [String]) {
        word = Self.lastWord(of: lineBeforeCursor)
        var seen = Set<String>()
        var matches: [String] = []
        for candidate in candidates {
            let normalized = candidate.precomposedStringWithCanonicalMapping
            if Self.isScalarPrefix(word, of: normalized, ignoringCase: false), seen.insert(normalized).inserted {
                matches.append(normalized)
            }
        }
        self.matches = matches
        commonPrefix = Self.longestCommonPrefix(of: matches)
    }

    /// Whether `typed` starts `text`, comparing Unicode scalars of NFC text (and, unless told otherwise,
    /// ignoring case), so a typed prefix that ends inside a grapheme cluster still matches. An empty
    /// `typed` matches when `ignoringCase` is false (Tab on an empty word lists everything), never when
    /// it is true (typed input that says nothing chooses nothing).
    package static func isScalarPrefix(_ typed: String, of text: String, ignoringCase: Bool = true) -> Bool {
        var typed = typed.precomposedStringWithCanonicalMapping, text = text.precomposedStringWithCanonicalMapping
        if ignoringCase {
            guard !typed.isEmpty else { return false }
            typed = typed.lowercased()
            text = text.lowercased()
        }
        return text.unicodeScalars.starts(with: typed.unicodeScalars)
    }

    /// What Tab should do: complete a unique match and add a space; otherwise extend the word to the
    /// common prefix; when that adds nothing, list the matches; when nothing matches, beep.
    package var action: CompletionAction {
        switch matches.count {
        case 0:
            return .beep
        case 1:
            return edit(replacingWordWith: matches[0] + " ")
        default:
            let normalizedWord = word.precomposedStringWithCanonicalMapping
            if commonPrefix.unicodeScalars.count > normalizedWord.unicodeScalars.count {
                return edit(replacingWordWith: commonPrefix)
            }
            return .list(matches)
        }
    }

    /// The smallest edit that turns the typed word into `completion`: append the rest when the word is
    /// already a scalar prefix of it, otherwise replace the whole word (it was typed in another
    /// normal form).
    private func edit(replacingWordWith completion: String) -> CompletionAction {
        let typed = Array(word.unicodeScalars)
        let wanted = Array(completion.unicodeScalars)
        if wanted.starts(with: typed) {
            return .edit(deletingScalars: 0, inserting: Self.string(from: wanted[typed.count...]))
        }
        return .edit(deletingScalars: typed.count, inserting: completion)
    }

    /// The scalars after the last whitespace scalar.
    static func lastWord(of line: String) -> String {
        let scalars = line.unicodeScalars
        let start = scalars.lastIndex(where: \.properties.isWhitespace).map(scalars.index(after:))
        return string(from: scalars[(start ?? scalars.startIndex)...])
    }

    /// The longest scalar sequence that starts every string; empty for no strings.
    static func longestCommonPrefix(of strings: [String]) -> String {
        guard let first = strings.first else {
            return ""
        }
        var prefix = Array(first.unicodeScalars)
        for string in strings.dropFirst() {
            let shared = zip(prefix, string.unicodeScalars).prefix { $0 == $1 }.count
            prefix.removeSubrange(shared...)
        }
        return Self.string(from: prefix[...])
    }

    /// A string made of exactly these scalars.
    private static func string<Scalars: Sequence<Unicode.Scalar>>(from scalars: Scalars) -> String {
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars)
        return String(view)
    }
}

/// What a Tab press does to the line being edited.
package enum CompletionAction: Equatable, Sendable {
    /// Nothing matches: ring the bell.
    case beep

    /// Delete this many scalars before the cursor, then insert the text.
    case edit(deletingScalars: Int, inserting: String)

    /// Several words match and none is longer than what was typed: show them.
    case list([String])
}
