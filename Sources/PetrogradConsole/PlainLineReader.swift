#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
internal import CEditLine

/// Reads lines from a stream without editing: for piped input, redirected files and tests.
///
/// It is fast (buffered `getline`, not libedit's byte-at-a-time reads) and never writes escape
/// codes. It shows no prompt unless asked: in a transcript of piped commands a prompt before every
/// line is noise. ``LineReaderFactory`` asks for prompts on standard error when a person types at a
/// terminal while standard output goes to a file.
public final class PlainLineReader: LineReader {
    /// Where a plain reader writes its prompt, if anywhere.
    public enum PromptDestination {
        /// No prompt: the right choice for piped input.
        case hidden
        /// The process's standard output, shared with `print`.
        case standardOutput
        /// The process's standard error, which keeps redirected output free of prompts.
        case standardError
        /// A stream the caller owns.
        case stream(UnsafeMutablePointer<FILE>)
    }

    /// Ignored: a plain reader cannot complete.
    public var completionProvider: CompletionProvider?

    private let input: UnsafeMutablePointer<FILE>
    /// Whether a person types the input at a terminal, where Ctrl-C should cancel the line.
    private let isInteractive: Bool
    private let promptOutput: UnsafeMutablePointer<FILE>?
    /// `getline`'s buffer, reused from line to line and grown by `getline` itself.
    private var lineBuffer: UnsafeMutablePointer<CChar>?
    private var lineBufferCapacity = 0

    /// Reads from `input`, or standard input when it is nil; the caller keeps ownership of the stream.
    public init(input: UnsafeMutablePointer<FILE>? = nil, prompt: PromptDestination = .hidden) {
        self.input = input ?? cedit_standard_input()
        isInteractive = isatty(fileno(self.input)) == 1
        switch prompt {
        case .hidden: promptOutput = nil
        case .standardOutput: promptOutput = cedit_standard_output()
        case .standardError: promptOutput = cedit_standard_error()
        case .stream(let stream): promptOutput = stream
        }
    }

    deinit {
        free(lineBuffer)
    }

    /// Reads the next line, without its `\n` or `\r\n`; bytes that are not UTF-8 become U+FFFD.
    ///
    /// When the input is a terminal, Ctrl-C cancels the line (`.interrupted`) instead of ending the
    /// process, as it does in ``EditLineReader``. SIGHUP or SIGTERM gives `.terminated`.
    public func readLine(prompt: String) -> LineReadResult {
        if TerminationSignals.received() { return .terminated }
        // What the game has printed reaches whoever reads the other end of a pipe before the game waits for
        // them: a script or a program that answers what it sees would otherwise see nothing until the end.
        fflush(cedit_standard_output())
        if let promptOutput {
            fputs(prompt, promptOutput)
            fflush(promptOutput)
        }
        var previousInterruptHandler = sigaction()
        var previousSignalMask = sigset_t()
        if isInteractive {
            cedit_install_interrupt_handler(&previousInterruptHandler, &previousSignalMask)
        }
        defer {
            if isInteractive {
                cedit_restore_interrupt_handler(&previousInterruptHandler, &previousSignalMask)
            }
        }
        errno = 0
        let length = getline(&lineBuffer, &lineBufferCapacity, input)
        guard length >= 0, let lineBuffer else {
            let isInterrupted = ferror(input) != 0 && errno == EINTR
            if isInterrupted {
                // The stream remembers the error; forget it so the next read waits for input again.
                clearerr(input)
            }
            if isInteractive, let promptOutput {
                // The cursor is still after the prompt (and the terminal's "^C"): end that line.
                fputs("\n", promptOutput)
                fflush(promptOutput)
            }
            if isInterrupted, TerminationSignals.received() { return .terminated }
            return isInterrupted ? .interrupted : .endOfInput
        }
        return .line(Self.decodeLine(UnsafeRawBufferPointer(start: lineBuffer, count: length)))
    }

    /// Does nothing: piped input has no history to recall.
    public func addHistory(_ line: String) {}

    /// The text of one line read by `getline`, without its line terminator.
    static func decodeLine(_ bytes: UnsafeRawBufferPointer) -> String {
        var end = bytes.count
        if end > 0 && bytes[end - 1] == UInt8(ascii: "\n") {
            end -= 1
            if end > 0 && bytes[end - 1] == UInt8(ascii: "\r") {
                end -= 1
            }
        }
        return String(decoding: bytes[..<end], as: UTF8.self)
    }
}
