import Foundation
internal import CEditLine

/// Reads lines at a terminal through libedit: emacs keys, history recalled with the arrow keys and
/// kept in a file, and Tab completion, with Hindi typed, returned and stored intact.
///
/// Use it only when standard input and output are both terminals (``LineReaderFactory`` decides):
/// on a pipe libedit reads one byte per system call and prints no prompt.
///
/// Not thread-safe, and libedit keeps process-wide state (terminal capabilities, signal handlers),
/// so at most one may exist in a process at a time: while one is alive, the initialiser returns nil.
/// Read on the main thread: the kernel hands the terminal's Ctrl-C to the main thread, so only a
/// read waiting there is interrupted by it.
///
/// Known libedit limitation: every redraw of the line (history recall, completion, Backspace in the
/// middle) drops zero-width combining marks from the *screen*, so मज़दूर shows as मजदर until the
/// line is accepted; the line itself, and what ``readLine(prompt:)`` returns, stay right. Editing
/// also moves by code point: one Backspace after ज़ removes only the nukta.
public final class EditLineReader: LineReader {
    /// Completions offered on Tab; without one, Tab rings the bell.
    public var completionProvider: CompletionProvider?

    /// The editor (`EditLine *`), ended in `deinit`.
    let editor: OpaquePointer
    /// The wide-character history (`HistoryW *`), ended in `deinit`.
    private let history: OpaquePointer
    /// Where the editor draws, also used to list completions so output stays in order.
    private let output: UnsafeMutablePointer<FILE>
    /// The file the history is saved to after each entry; nil when there is none, or when saving
    /// would lose entries (no UTF-8 locale, or the folder could not be made).
    private let historyPath: String?
    /// The prompt that libedit's prompt callback hands out; replaced only between reads.
    private var prompt = WideCString("")
    /// libedit keeps pointers to a command's name and help, so they live as long as the editor.
    private let completionCommandName = WideCString("petrograd-complete")
    private let completionCommandHelp = WideCString("Complete the word before the cursor")

    /// The terminal's descriptor, which ``wakeDescriptor`` reads poll beside.
    let inputDescriptor: Int32
    /// A descriptor that becomes readable when something other than a key needs the screen (a class
    /// game's news): the read is then interrupted, and what was typed is typed again on the next read.
    /// Nil: a read waits only for keys (libedit reads them itself).
    public var wakeDescriptor: Int32? {
        didSet { if wakeDescriptor != nil { installWakingRead() } }
    }
    /// What was typed when a read was woken, put back on the next read.
    var interruptedLine: String?
    /// Whether the last read ended because ``wakeDescriptor`` became readable.
    var wasWoken = false

    /// Held by the one live reader; see the type's documentation.
    private static let liveInstance = ExclusiveClaim()

    /// Creates the reader, or returns nil when another one is alive or libedit cannot start.
    ///
    /// - Parameters:
    ///   - input: The terminal to read keys from; standard input when nil.
    ///   - output: The terminal to draw on; standard output when nil.
    ///   - errorOutput: Where libedit reports problems; standard error when nil.
    ///   - historyPath: A file to load the history from and save it to after each entry; its folder
    ///     is created when missing. No file when nil.
    ///   - historySize: How many entries the history keeps.
    ///   - handlesSignals: Whether libedit handles signals while reading (it restores the terminal on
    ///     Ctrl-Z and follows window resizes). It re-sends each signal it catches to the whole process
    ///     group, so turn it off when the process shares its group with one that must not get them, as
    ///     a test run does.
    ///
    /// If the locale's codeset is not UTF-8, this switches `LC_CTYPE` to C.UTF-8 first (call
    /// ``ConsoleLocale/adoptUserLocale()`` at start to do it deliberately): otherwise libedit drops
    /// every non-ASCII key.
    public init?(
        input: UnsafeMutablePointer<FILE>? = nil,
        output: UnsafeMutablePointer<FILE>? = nil,
        errorOutput: UnsafeMutablePointer<FILE>? = nil,
        historyPath: String? = nil,
        historySize: Int = 1000,
        handlesSignals: Bool = true
    ) {
        guard Self.liveInstance.claim() else {
            return nil
        }
        // libedit reads the codeset once, in el_init.
        let isUTF8 = ConsoleLocale.ensureUTF8Codeset()
        let output = output ?? cedit_standard_output()
        if !handlesSignals {
            // Ctrl-Z must still hand the shell a usable terminal (libedit does it only with EL_SIGNAL).
            TerminalStop.install(descriptor: fileno(input ?? cedit_standard_input()))
        }
        guard let editor = el_init(
            "petrograd",
            input ?? cedit_standard_input(),
            output,
            errorOutput ?? cedit_standard_error()
        ) else {
            Self.liveInstance.release()
            return nil
        }
        guard let history = history_winit() else {
            el_end(editor)
            Self.liveInstance.release()
            return nil
        }
        self.editor = editor
        self.history = history
        self.output = output
        inputDescriptor = fileno(input ?? cedit_standard_input())
        // Saving in a locale that is not UTF-8 would rewrite the file without its Hindi entries.
        self.historyPath = isUTF8 ? historyPath.flatMap(Self.preparedHistoryPath) : nil

        cedit_history_set_size(history, Int32(clamping: historySize))
        cedit_history_set_unique(history, 1)
        if let historyPath {
            // A missing file is the normal first run, so the result does not matter.
            cedit_history_load(history, historyPath)
        }
        configureEditor(handlesSignals: handlesSignals)
    }

    deinit {
        el_end(editor)
        history_wend(history)
        Self.liveInstance.release()
    }

    /// Reads one line, showing `prompt` (short, plain text: libedit measures it by code points).
    ///
    /// Returns `.interrupted` on Ctrl-C, `.terminated` on SIGHUP or SIGTERM, and `.endOfInput` on
    /// Ctrl-D on an empty line or when the terminal goes away; in both cases it moves to a new line so the next prompt starts clean.
    public func readLine(prompt: String) -> LineReadResult {
        if TerminationSignals.received() { return .terminated }
        if prompt != self.prompt.text {
            self.prompt = WideCString(prompt)
        }
        // The window may have been resized since the last line.
        cedit_resize(editor)
        // Raw mode before the prompt is drawn, so a key typed the moment it appears is not lost.
        cedit_prepare_terminal(editor, 1)
        var previousInterruptHandler = sigaction()
        var previousSignalMask = sigset_t()
        cedit_install_interrupt_handler(&previousInterruptHandler, &previousSignalMask)
        defer { cedit_restore_interrupt_handler(&previousInterruptHandler, &previousSignalMask) }

        var count: Int32 = 0
        if let typed = interruptedLine {
            interruptedLine = nil
            withWideCString(typed) { el_wpush(editor, $0) }
        }
        errno = 0
        guard let characters = el_wgets(editor, &count) else {
            let readError = errno
            if wasWoken {
                wasWoken = false
                // The prompt's line is cleared: the news is written there, and the prompt comes back under it.
                writeToTerminal("\r\u{1B}[K")
                return .interrupted
            }
            // Ctrl-C leaves the cursor after the abandoned text, and Ctrl-D after the "^D" libedit
            // echoes.
            writeToTerminal("\n")
            if TerminationSignals.received() { return .terminated }
            return count == -1 && readError == EINTR ? .interrupted : .endOfInput
        }
        // libedit reuses its buffer on the next call, so copy the line now.
        var line = String(wideCharacters: UnsafeBufferPointer(start: characters, count: Int(count)))
        if line.hasSuffix("\n") {
            line.removeLast()
        }
        return .line(line)
    }

    /// Adds a line to the history and, when there is a history file, saves the whole history there
    /// (a few milliseconds: fine at typing speed). Blank lines are not recorded.
    public func addHistory(_ line: String) {
        guard !line.allSatisfy(\.isWhitespace) else {
            return
        }
        withWideCString(line) { _ = cedit_history_enter(history, $0) }
        if let historyPath {
            cedit_history_save(history, historyPath)
        }
    }

    /// Sets the key map, the callbacks and the history on a new editor.
    private func configureEditor(handlesSignals: Bool) {
        // Callbacks cannot capture, so they find this object through the client data.
        cedit_set_client_data(editor, Unmanaged.passUnretained(self).toOpaque())
        cedit_set_prompt(editor) { editor in
            EditLineReader.owner(of: editor).prompt.pointer
        }
        withWideCString("emacs") { _ = cedit_set_editor(editor, $0) }
        cedit_set_handles_signals(editor, handlesSignals ? 1 : 0)
        cedit_set_history(editor, history)
        cedit_add_function(editor, completionCommandName.pointer, completionCommandHelp.pointer) { editor, _ in
            EditLineReader.owner(of: editor).completeWordBeforeCursor()
        }
        withWideCString("^I") { key in
            _ = cedit_bind(editor, key, completionCommandName.pointer)
        }
    }

    /// Runs on Tab: completes the word before the cursor, or lists the candidates when they differ
    /// after the common part. Returns the libedit code saying how to redraw.
    private func completeWordBeforeCursor() -> UInt8 {
        guard let completionProvider, let line = cedit_line(editor)?.pointee else {
            return UInt8(CC_ERROR)
        }
        let lineBeforeCursor = String(
            wideCharacters: UnsafeBufferPointer(start: line.buffer, count: line.cursor - line.buffer)
        )
        let completion = WordCompletion(
            lineBeforeCursor: lineBeforeCursor,
            candidates: completionProvider(lineBeforeCursor)
        )
        switch completion.action {
        case .beep:
            return UInt8(CC_ERROR)
        case .edit(let deletedScalars, let insertion):
            if deletedScalars > 0 {
                cedit_delete_before_cursor(editor, Int32(deletedScalars))
            }
            // libedit refuses to insert an empty string.
            if !insertion.isEmpty, withWideCString(insertion, { cedit_insert(editor, $0) }) != 0 {
                return UInt8(CC_ERROR)
            }
            return UInt8(CC_REFRESH)
        case .list(let candidates):
            let width = Terminal.width(ofFileDescriptor: fileno(output))
            let listing = CandidateColumns.lines(for: candidates, width: width)
            writeToTerminal("\n" + listing.joined(separator: "\n") + "\n")
            // Redraw the prompt and the line below the list.
            return UInt8(CC_REDISPLAY)
        }
    }

    /// Writes text to the editor's terminal, ending lines with CR LF, which is right whether or not
    /// the terminal is in raw mode.
    func writeToTerminal(_ text: String) {
        fputs(text.replacingOccurrences(of: "\n", with: "\r\n"), output)
        fflush(output)
    }

    /// The reader a libedit callback was called for.
    static func owner(of editor: OpaquePointer?) -> EditLineReader {
        // The client data is set before any callback is registered, and the editor ends before its
        // owner does, so both are always there.
        guard let editor, let data = cedit_client_data(editor) else {
            preconditionFailure("libedit called back without the EditLineReader that owns it")
        }
        return Unmanaged<EditLineReader>.fromOpaque(data).takeUnretainedValue()
    }

    /// The history file's path once its folder exists, or nil when the folder cannot be made.
    private static func preparedHistoryPath(_ path: String) -> String? {
        let folder = URL(fileURLWithPath: path).deletingLastPathComponent()
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            return path
        } catch {
            return nil
        }
    }
}
