/// Characters that must never reach a terminal or a transcript from a scenario or from typed input.
///
/// A student's branch is read by a teacher's terminal: an ESC in it could retitle the window, clear the
/// screen or write the clipboard (OSC 52), and a bidi override could make a line read differently from
/// what it says. So the C0 and C1 controls (all but the line end), DEL, and the bidi embedding, override
/// and isolate characters are refused by the checker and made visible wherever text is shown. The joiners
/// Hindi needs (ZWJ U+200D, ZWNJ U+200C) are ordinary text.
public enum ControlCharacters {
    /// Whether a scalar is a control that text may not carry (the line end `\n` is allowed).
    public static func isForbidden(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x0A: false
        case 0x00...0x1F, 0x7F...0x9F: true
        case 0x202A...0x202E, 0x2066...0x2069: true
        default: false
        }
    }

    /// Whether a string carries any forbidden scalar.
    public static func contains(in string: String) -> Bool {
        string.unicodeScalars.contains(where: isForbidden)
    }

    /// The string with every forbidden scalar made visible and harmless: a tab becomes a space, the other
    /// C0 controls and DEL caret notation (`^[` for ESC), and the rest `<U+202E>`.
    public static func escaped(_ string: String) -> String {
        guard contains(in: string) else { return string }
        var result = String.UnicodeScalarView()
        for scalar in string.unicodeScalars {
            guard isForbidden(scalar) else {
                result.append(scalar)
                continue
            }
            result.append(contentsOf: visibleForm(of: scalar).unicodeScalars)
        }
        return String(result)
    }

    /// A value from a file or from typed input as a message may quote it: escaped, and cut short when it
    /// is longer than any real name or path (a 10 KB name is not repeated whole).
    public static func quoted(_ string: String) -> String {
        let visible = escaped(string)
        return visible.count > 1_000 ? String(visible.prefix(200)) + "…" : visible
    }

    /// How a forbidden scalar is shown.
    public static func visibleForm(of scalar: Unicode.Scalar) -> String {
        switch scalar.value {
        case 0x09: return " "
        case 0x00...0x1F: return "^" + String(Unicode.Scalar(UInt8(scalar.value) + 0x40))
        case 0x7F: return "^?"
        default:
            let hex = String(scalar.value, radix: 16, uppercase: true)
            return "<U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex + ">"
        }
    }
}
