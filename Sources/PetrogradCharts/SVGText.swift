import Foundation

/// Text made safe for SVG and HTML: in element content and in double-quoted attributes alike. Every label a
/// chart draws passes through here, since labels can carry what a student typed (a seat's name).
public enum SVGText {
    public static func escaped(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for character in text {
            switch character {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&#39;"
            default: result.append(character)
            }
        }
        return result
    }

    /// A number as SVG writes it: at most two decimals, no trailing zeros, never "-0".
    public static func number(_ value: Double) -> String {
        guard value.isFinite else { return "0" }
        let rounded = (value * 100).rounded() / 100
        if rounded == 0 { return "0" }
        if rounded == rounded.rounded() { return String(Int(rounded)) }
        var text = String(format: "%.2f", rounded)
        while text.hasSuffix("0") { text.removeLast() }
        return text
    }

    /// Roughly how wide `text` is drawn at `fontSize`, in the same units: enough to size a label column so
    /// that neither Latin nor Devanagari labels are cut. Marks that sit on a letter (Devanagari vowel signs,
    /// virama, nukta) take little or no room of their own.
    public static func estimatedWidth(_ text: String, fontSize: Double) -> Double {
        var ems = 0.0
        for scalar in text.unicodeScalars {
            switch scalar.properties.generalCategory {
            case .nonspacingMark, .enclosingMark, .format: continue
            case .spacingMark: ems += 0.3
            case .spaceSeparator: ems += 0.28
            case .uppercaseLetter: ems += 0.66
            case .decimalNumber: ems += 0.56
            case .lowercaseLetter: ems += 0.52
            default: ems += (0x0900...0x097F).contains(scalar.value) ? 0.62 : 0.55
            }
        }
        return ems * fontSize
    }

    /// `text` cut to fit `width` at `fontSize`, ending in "…" when it was cut; the caller keeps the whole text
    /// in a `<title>` so it can still be read.
    public static func fitted(_ text: String, width: Double, fontSize: Double) -> String {
        guard estimatedWidth(text, fontSize: fontSize) > width else { return text }
        var kept = ""
        for character in text {
            if estimatedWidth(kept + String(character) + "…", fontSize: fontSize) > width { break }
            kept.append(character)
        }
        return kept.trimmingCharacters(in: .whitespaces) + "…"
    }

    /// The width of a column of labels: the widest label's, within `range`.
    public static func labelColumn(_ labels: [String], fontSize: Double, range: ClosedRange<Double>) -> Double {
        let widest = labels.map { estimatedWidth($0, fontSize: fontSize) }.max() ?? 0
        return min(max(widest + 12, range.lowerBound), range.upperBound)
    }
}
