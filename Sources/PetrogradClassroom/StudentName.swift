import Foundation

/// A student's name as a seat carries it: 1–40 characters after trimming, no control characters, spaces
/// inside kept (it goes into the action log as `p3 name Meena Devi`, so line breaks are never allowed).
public enum StudentName {
    public static let limit = 40

    /// The name trimmed, or nil when it cannot be a name.
    public static func checked(_ raw: String) -> String? {
        let trimmed = raw.trimmingCharacters(in: .whitespacesAndNewlines)
        guard (1...limit).contains(trimmed.count),
              !trimmed.unicodeScalars.contains(where: { $0.properties.generalCategory == .control || $0.properties.generalCategory == .format && $0.value != 0x200C && $0.value != 0x200D || $0 == "\u{2028}" || $0 == "\u{2029}" })
        else { return nil }
        // Runs of spaces become one, so the log line reads back as the same name.
        return trimmed.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
}
