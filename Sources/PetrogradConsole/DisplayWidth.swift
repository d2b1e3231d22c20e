/// The number of terminal columns text occupies, as terminals on this machine draw it.
///
/// Each Unicode scalar counts on its own, as glibc's `wcwidth` (used by libedit and by terminals)
/// counts it:
/// - 0 for combining marks (Mn, Me), format characters (Cf), Hangul medial vowels and final
///   consonants, and control characters. Devanagari virama ्, nukta ़ and the vowel signs drawn above
///   or below (ु ू े ै ं) are Mn and count 0;
/// - 2 for East Asian wide and fullwidth characters (漢字, ｶ) and emoji drawn as pictures;
/// - 1 for everything else, including the Devanagari spacing vowel signs ा ि ी ो (Mc), which take a
///   column of their own in the terminal. So "मज़दूर" is 4 columns and "क्रांति" is 5.
///
/// It is computed from Unicode properties and a table rather than by calling `wcwidth`, so it does
/// not depend on the process locale (in the C locale `wcwidth` rejects every non-ASCII scalar).
public enum DisplayWidth {
    /// The columns `text` occupies on one terminal line.
    public static func columns(of text: String) -> Int {
        text.unicodeScalars.reduce(0) { $0 + columns(of: $1) }
    }

    /// The columns a part of a string occupies on one terminal line.
    public static func columns(of text: Substring) -> Int {
        text.unicodeScalars.reduce(0) { $0 + columns(of: $1) }
    }

    /// The columns one grapheme cluster occupies: the sum over its scalars.
    public static func columns(of character: Character) -> Int {
        character.unicodeScalars.reduce(0) { $0 + columns(of: $1) }
    }

    /// The columns one scalar occupies: 0, 1 or 2.
    public static func columns(of scalar: Unicode.Scalar) -> Int {
        let value = scalar.value
        if value < 0x20 || (0x7F..<0xA0).contains(value) {
            return 0
        }
        if value < 0x7F {
            return 1
        }
        if isZeroWidth(scalar) {
            return 0
        }
        return isWide(value) ? 2 : 1
    }

    /// Whether the scalar is drawn over the previous one instead of taking a column.
    static func isZeroWidth(_ scalar: Unicode.Scalar) -> Bool {
        // Hangul medial vowels and final consonants join the syllable begun by the previous jamo.
        if (0x1160...0x11FF).contains(scalar.value) || (0xD7B0...0xD7FF).contains(scalar.value) {
            return true
        }
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .enclosingMark:
            return true
        case .format:
            return !visibleFormatScalars.contains(scalar.value)
        default:
            return false
        }
    }

    /// Format characters that terminals draw anyway: the soft hyphen, and the prepended
    /// concatenation marks (Arabic number signs and the like) that carry a visible glyph.
    static let visibleFormatScalars: Set<UInt32> = [
        0x00AD, 0x0600, 0x0601, 0x0602, 0x0603, 0x0604, 0x0605, 0x06DD, 0x070F, 0x0890, 0x0891,
        0x08E2, 0x110BD, 0x110CD,
    ]

    /// Whether the scalar value lies in one of ``wideRanges``.
    static func isWide(_ value: UInt32) -> Bool {
        guard value >= wideRanges[0].lowerBound else {
            return false
        }
        var low = 0
        var high = wideRanges.count - 1
        while low <= high {
            let middle = (low + high) / 2
            let range = wideRanges[middle]
            if value < range.lowerBound {
                high = middle - 1
            } else if value > range.upperBound {
                low = middle + 1
            } else {
                return true
            }
        }
        return false
    }
}
