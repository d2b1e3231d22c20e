#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A NUL-terminated `wchar_t` copy of a string, at an address that stays fixed until the object
/// is released: for the strings libedit keeps pointers to (the prompt, command names).
final class WideCString {
    /// The text, for comparing before replacing it.
    let text: String

    /// The first wide character; valid for the object's lifetime.
    let pointer: UnsafeMutablePointer<wchar_t>

    /// Copies `text`, one `wchar_t` per Unicode scalar.
    init(_ text: String) {
        self.text = text
        let scalars = Array(text.unicodeScalars)
        pointer = .allocate(capacity: scalars.count + 1)
        for (index, scalar) in scalars.enumerated() {
            pointer[index] = wchar_t(bitPattern: scalar.value)
        }
        pointer[scalars.count] = 0
    }

    deinit {
        pointer.deallocate()
    }
}

/// Calls `body` with a temporary NUL-terminated `wchar_t` copy of `text`, for libedit calls that
/// copy their argument.
func withWideCString<Result>(_ text: String, _ body: (UnsafePointer<wchar_t>) -> Result) -> Result {
    var characters = text.unicodeScalars.map { wchar_t(bitPattern: $0.value) }
    characters.append(0)
    return characters.withUnsafeBufferPointer { body($0.baseAddress!) }
}

extension String {
    /// Decodes wide characters from libedit, one Unicode scalar each; values that are not scalars
    /// (which a well-formed UTF-8 locale never produces) become U+FFFD.
    init(wideCharacters: UnsafeBufferPointer<wchar_t>) {
        var scalars = String.UnicodeScalarView()
        for character in wideCharacters {
            scalars.append(Unicode.Scalar(UInt32(bitPattern: character)) ?? "\u{FFFD}")
        }
        self.init(scalars)
    }
}
