/// Supplies Tab completions: given the text of the line before the cursor, returns the words that
/// could complete the word being typed.
///
/// The candidates need not be filtered: the reader keeps only those that extend the word before the
/// cursor, comparing Unicode scalars (see ``WordCompletion``).
public typealias CompletionProvider = (_ lineBeforeCursor: String) -> [String]

/// A source of input lines for the REPL: an editing terminal, a pipe, or a script in tests.
///
/// The REPL loop is written once against this protocol, so piped input and tests drive the same
/// code as a person at the keyboard.
public protocol LineReader {
    /// Reads the next line, showing `prompt` first where the reader shows prompts.
    mutating func readLine(prompt: String) -> LineReadResult

    /// Adds an accepted line to the history that the arrow keys recall; readers without history
    /// ignore it.
    mutating func addHistory(_ line: String)

    /// Completions offered on Tab; readers that cannot complete ignore it.
    var completionProvider: CompletionProvider? { get set }
}
