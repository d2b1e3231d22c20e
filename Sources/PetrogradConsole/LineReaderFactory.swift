#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Chooses how to read this process's standard input.
public enum LineReaderFactory {
    /// An ``EditLineReader`` when standard input and output are both terminals (and no other editor
    /// is alive); otherwise a ``PlainLineReader``, which shows prompts on standard error when a person
    /// types at a terminal whose output is redirected, and none for piped input.
    ///
    /// libedit's own signal handling is off: it re-sends every signal it catches to the whole process
    /// group, which would kill the shell or lab script that started the game. The reader handles Ctrl-C,
    /// SIGTERM and SIGHUP through ``TerminationSignals``, and Ctrl-Z and resizes itself.
    ///
    /// With `plain` (`--plain`, for screen readers) there is no line editing at all, even at a
    /// terminal: no redraws of the line, which a screen reader reads again, and no Tab listings. The
    /// prompt then goes to standard output when that is the terminal.
    ///
    /// Call ``ConsoleLocale/adoptUserLocale()`` once before this.
    public static func makeReader(historyPath: String? = nil, plain: Bool = false) -> any LineReader {
        let inputIsTerminal = Terminal.isTerminal(STDIN_FILENO)
        let outputIsTerminal = Terminal.isTerminal(STDOUT_FILENO)
        if !plain, inputIsTerminal && outputIsTerminal,
           let editing = EditLineReader(historyPath: historyPath, handlesSignals: false) {
            return editing
        }
        guard inputIsTerminal else { return PlainLineReader(prompt: .hidden) }
        return PlainLineReader(prompt: outputIsTerminal ? .standardOutput : .standardError)
    }
}
