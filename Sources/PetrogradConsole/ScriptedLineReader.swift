/// Replays prepared results instead of reading a terminal: for tests of a REPL loop.
///
/// It records the prompts it was asked to show and the lines added to its history, so a test can
/// check what the loop asked for as well as what it did.
public struct ScriptedLineReader: LineReader {
    /// The prompts passed to ``readLine(prompt:)``, in order.
    public private(set) var prompts: [String] = []

    /// The lines passed to ``addHistory(_:)``, in order.
    public private(set) var history: [String] = []

    /// Stored so a test can check that the loop installed one; never called by this reader.
    public var completionProvider: CompletionProvider?

    private var remainingResults: ArraySlice<LineReadResult>

    /// Replays `results` one per read, then `.endOfInput` for ever.
    public init(results: [LineReadResult]) {
        remainingResults = results[...]
    }

    /// Replays `lines` as if typed one per read, then `.endOfInput` for ever.
    public init(lines: [String]) {
        self.init(results: lines.map(LineReadResult.line))
    }

    /// Records the prompt and returns the next prepared result.
    public mutating func readLine(prompt: String) -> LineReadResult {
        prompts.append(prompt)
        return remainingResults.popFirst() ?? .endOfInput
    }

    /// Records the line.
    public mutating func addHistory(_ line: String) {
        history.append(line)
    }
}
