extension ControlCharacters {
    /// The C0 controls' short names, by value.
    private static let c0Names = ["NUL", "SOH", "STX", "ETX", "EOT", "ENQ", "ACK", "BEL", "BS", "HT", "LF", "VT", "FF", "CR",
                                  "SO", "SI", "DLE", "DC1", "DC2", "DC3", "DC4", "NAK", "SYN", "ETB", "CAN", "EM", "SUB",
                                  "ESC", "FS", "GS", "RS", "US"]
    /// The C1 controls' short names, from U+0080.
    private static let c1Names = ["PAD", "HOP", "BPH", "NBH", "IND", "NEL", "SSA", "ESA", "HTS", "HTJ", "VTS", "PLD", "PLU",
                                  "RI", "SS2", "SS3", "DCS", "PU1", "PU2", "STS", "CCH", "MW", "SPA", "EPA", "SOS", "SGCI",
                                  "SCI", "CSI", "ST", "OSC", "PM", "APC"]
    /// The bidi embedding, override and isolate characters' names.
    private static let bidiNames: [UInt32: String] = [
        0x202A: "LEFT-TO-RIGHT EMBEDDING", 0x202B: "RIGHT-TO-LEFT EMBEDDING", 0x202C: "POP DIRECTIONAL FORMATTING",
        0x202D: "LEFT-TO-RIGHT OVERRIDE", 0x202E: "RIGHT-TO-LEFT OVERRIDE", 0x2066: "LEFT-TO-RIGHT ISOLATE",
        0x2067: "RIGHT-TO-LEFT ISOLATE", 0x2068: "FIRST STRONG ISOLATE", 0x2069: "POP DIRECTIONAL ISOLATE",
    ]

    /// A scalar named so that a reader can see what it is, with its code point: `ESC (U+001B)`,
    /// `RIGHT-TO-LEFT OVERRIDE (U+202E)`.
    public static func name(of scalar: Unicode.Scalar) -> String {
        let value = scalar.value
        let hex = String(value, radix: 16, uppercase: true)
        let code = "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
        let name: String? = switch value {
        case 0x00...0x1F: c0Names[Int(value)]
        case 0x7F: "DEL"
        case 0x80...0x9F: c1Names[Int(value - 0x80)]
        default: bidiNames[value]
        }
        return name.map { "\($0) (\(code))" } ?? code
    }

    /// Whether the scalar is one of the bidi characters that reorder how text is shown.
    public static func isBidiControl(_ scalar: Unicode.Scalar) -> Bool {
        (0x202A...0x202E).contains(scalar.value) || (0x2066...0x2069).contains(scalar.value)
    }
}
