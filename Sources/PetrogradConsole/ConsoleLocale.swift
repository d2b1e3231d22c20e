#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
internal import CEditLine

/// The process locale, which libedit uses to decode keys and to write the history file.
///
/// In a locale whose codeset is not UTF-8 libedit silently drops every non-ASCII key and rewrites the
/// history file without its Hindi entries, so the console insists on UTF-8 character handling.
public enum ConsoleLocale {
    /// Adopts the user's locale from the environment and, when its codeset is not UTF-8, switches only
    /// the character handling (`LC_CTYPE`) to C.UTF-8; returns whether the codeset is now UTF-8.
    ///
    /// Call it once at start, before other threads run: `setlocale` changes the whole process.
    @discardableResult
    public static func adoptUserLocale() -> Bool {
        setlocale(LC_ALL, "")
        return ensureUTF8Codeset()
    }

    /// Whether the current character handling decodes UTF-8.
    public static var isCodesetUTF8: Bool {
        isUTF8(codeset: String(cString: cedit_codeset()))
    }

    /// Switches `LC_CTYPE` to a UTF-8 locale when the current one is not; returns whether the codeset
    /// is UTF-8 afterwards (false only on a system with no UTF-8 locale installed).
    @discardableResult
    static func ensureUTF8Codeset() -> Bool {
        if isCodesetUTF8 {
            return true
        }
        // C.UTF-8 is always present on glibc systems; macOS has only the language-specific names.
        for name in ["C.UTF-8", "C.utf8", "en_US.UTF-8"] where setlocale(LC_CTYPE, name) != nil {
            if isCodesetUTF8 {
                return true
            }
        }
        return false
    }

    /// Whether a codeset name from `nl_langinfo(CODESET)` means UTF-8 ("UTF-8", "utf8", …).
    static func isUTF8(codeset: String) -> Bool {
        codeset.uppercased().filter { $0 != "-" && $0 != "_" } == "UTF8"
    }
}
