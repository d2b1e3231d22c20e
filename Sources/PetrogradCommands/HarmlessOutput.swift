import Foundation
import PetrogradCore

/// An output stream that makes every control character visible before it reaches `base` (`^[` for ESC,
/// `<U+202E>` for a bidi override; see `ControlCharacters`), so that nothing a scenario, a branch or a file
/// name carries can drive the terminal. For commands whose output has no colours of their own.
package struct HarmlessOutput<Base: TextOutputStream>: TextOutputStream {
    package var base: Base

    package init(_ base: Base) {
        self.base = base
    }

    package mutating func write(_ string: String) {
        base.write(ControlCharacters.escaped(string))
    }
}

/// JSON text for a report: pretty-printed, keys sorted, and with every control character written as a
/// `\u001b`-style escape (four hexadecimal digits), so that the text is still valid JSON, loses nothing, and is harmless on a terminal.
enum JSONText {
    static func of(_ object: Any) -> String {
        let data = (try? JSONSerialization.data(withJSONObject: object, options: [.prettyPrinted, .sortedKeys])) ?? Data()
        return escapingControls(String(decoding: data, as: UTF8.self))
    }

    /// Control characters can only occur inside JSON strings (the structure is printable ASCII, spaces
    /// and line ends), where such an escape means the same character.
    static func escapingControls(_ text: String) -> String {
        guard ControlCharacters.contains(in: text) else { return text }
        var result = ""
        for scalar in text.unicodeScalars {
            if ControlCharacters.isForbidden(scalar) {
                let hex = String(scalar.value, radix: 16)
                result += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            } else {
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }
}
