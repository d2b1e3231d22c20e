/// What one request for a line of input produced.
public enum LineReadResult: Equatable, Sendable {
    /// A line the person accepted with Return, without its line terminator.
    case line(String)

    /// Ctrl-C: the person abandoned the line being typed; the caller should prompt again.
    case interrupted

    /// Ctrl-D on an empty line, or the end of piped input: the caller should finish.
    case endOfInput

    /// SIGHUP or SIGTERM arrived (see ``TerminationSignals``): the caller should save what it must and
    /// end at once. Every prompt has to handle it, which the compiler checks.
    case terminated
}
