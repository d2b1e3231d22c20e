#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
internal import CEditLine

/// The "more" pause at a terminal: shows the prompt, waits for one key, and answers the ``Pager``.
///
/// The key is read straight from the terminal with line mode and echo off, so Enter alone continues and
/// nothing typed ends up in the line editor's history. `q` (or the Hindi keyboard's key in its place,
/// ौ), Escape, Ctrl-C and Ctrl-D show the rest of the turn; any other key shows the next page. Ctrl-C
/// here is a key, not a signal: the game is mid-turn, and the turn should finish.
public enum MoreKey {
    /// Shows `prompt` on standard output, waits for a key on standard input, then takes the prompt
    /// away again (`erasesPrompt`) or leaves it on its own line (for screen readers, which read what
    /// was written and are confused by a line that changes).
    public static func ask(_ prompt: String, erasesPrompt: Bool) -> Pager.Answer {
        let output = cedit_standard_output()
        fputs(prompt, output)
        fflush(output)
        let key = readKey(from: STDIN_FILENO)
        fputs(erasesPrompt ? "\r\u{1B}[K" : "\n", output)
        fflush(output)
        return answer(to: key)
    }

    /// What a key (its bytes; empty when the input ended or a signal came) means at the pause.
    static func answer(to key: [UInt8]) -> Pager.Answer {
        let restKeys: Set<[UInt8]> = [[UInt8(ascii: "q")], [UInt8(ascii: "Q")], [0x1B], [0x03], [0x04], Array("ौ".utf8)]
        return key.isEmpty || restKeys.contains(key) ? .rest : .nextPage
    }

    /// One key's bytes, read with the terminal out of line mode; empty on end of input or an error.
    private static func readKey(from descriptor: Int32) -> [UInt8] {
        var saved = termios()
        let isTerminal = tcgetattr(descriptor, &saved) == 0
        if isTerminal {
            var raw = saved
            raw.c_lflag &= ~tcflag_t(ICANON | ECHO | ISIG)
            withUnsafeMutableBytes(of: &raw.c_cc) { cells in
                cells[Int(VMIN)] = 1
                cells[Int(VTIME)] = 0
            }
            tcsetattr(descriptor, TCSANOW, &raw)
        }
        defer { if isTerminal { tcsetattr(descriptor, TCSANOW, &saved) } }
        var bytes = [UInt8](repeating: 0, count: 16)
        let count = read(descriptor, &bytes, bytes.count)
        return count > 0 ? Array(bytes[..<count]) : []
    }
}
