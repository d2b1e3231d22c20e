import Foundation
import PetrogradCore

/// A player's name (`--name`, or asked at the start): it names the folder the player's saves are kept
/// in and goes into saves and transcripts, so two students on one account never mix their games.
///
/// Any script may be used (Devanagari as well as Latin letters), and spaces inside a name; a name is
/// trimmed of spaces at its ends. It may not be empty, be longer than ``longest`` characters, start with
/// a '.', or hold a '/' or a control character: each would make it a path, a hidden folder, or text
/// that changes the screen.
public struct PlayerName: Hashable, Sendable, CustomStringConvertible {
    /// The name used when none is given and none can be asked: piped play, a script, a test.
    public static let standard = PlayerName(checked: "player")
    /// The longest name, in characters (grapheme clusters).
    public static let longest = 40
    /// The longest name in UTF-8 bytes: 40 Devanagari letters with their marks can take 400.
    static let longestInBytes = 200

    /// The name as the player wrote it, trimmed.
    public let text: String

    public var description: String { text }

    private init(checked text: String) {
        self.text = text
    }

    /// Why a name cannot be used.
    public enum Problem: Error, Hashable, Sendable {
        case empty
        case tooLong
        case slash
        case controlCharacter
        case leadingDot
    }

    /// The name for `text`, or why it cannot be one.
    public static func validated(_ text: String) -> Result<PlayerName, Problem> {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        if trimmed.isEmpty { return .failure(.empty) }
        if trimmed.unicodeScalars.contains(where: { ControlCharacters.isForbidden($0) || $0 == "\0" || $0.properties.generalCategory == .control }) {
            return .failure(.controlCharacter)
        }
        if trimmed.contains("/") { return .failure(.slash) }
        if trimmed.hasPrefix(".") { return .failure(.leadingDot) }
        // A folder's name holds at most 255 bytes; a transcript's file name adds a date and a role.
        if trimmed.count > longest || trimmed.utf8.count > longestInBytes { return .failure(.tooLong) }
        return .success(PlayerName(checked: trimmed))
    }
}
