/// The "more" pause: a turn taller than the window stops before its first line would scroll out of
/// sight, and waits for the player to read on.
///
/// It counts the rows written since the player last answered (by display width after wrapping, see
/// ``ScreenLayout/rows(of:)``). Before a line that would push the page's first row off the top (the
/// bottom row is kept for the pause, or for the prompt that ends the turn), it asks. "Next page"
/// starts a new page; "the rest" writes the rest of the turn without stopping again.
///
/// It pauses only when it has a way to ask (a person at a terminal), it is on, and the window's
/// height is known: never for a pipe or a test unless the test asks.
public struct Pager {
    /// What the player answered at the pause.
    public enum Answer: Equatable, Sendable {
        /// Show the next page (Enter, or most keys).
        case nextPage
        /// Show the rest of the turn without pausing again (`q`, Ctrl-C, Ctrl-D, or the input ending).
        case rest
    }

    /// Whether to pause at all (`--no-more` and `more off` turn it off).
    public var isOn: Bool
    /// Shows the pause's prompt and waits for the answer; nil where nobody can answer.
    private let ask: ((String) -> Answer)?
    /// The window's rows now, or nil when unknown.
    private let rows: () -> Int?
    private var rowsOnPage = 0
    private var showsRestOfTurn = false

    /// A pager that asks with `ask` (nil: never pauses), in a window `rows` tall (asked each time).
    public init(isOn: Bool, rows: @escaping () -> Int?, ask: ((String) -> Answer)?) {
        self.isOn = isOn
        self.rows = rows
        self.ask = ask
    }

    /// A pager that never pauses: for pipes, files and tests.
    public static var never: Pager { Pager(isOn: false, rows: { nil }, ask: nil) }

    /// Whether this pager could pause here at all (it has someone to ask), whether or not it is on.
    public var canPause: Bool { ask != nil }

    /// The player has just answered the prompt: a new turn, and a new page, start.
    public mutating func startTurn() {
        rowsOnPage = 0
        showsRestOfTurn = false
    }

    /// To be called before writing a line that takes `lineRows` rows; pauses first when the line would
    /// not fit on this page. `prompt` is asked for only when it is shown.
    public mutating func willWrite(rows lineRows: Int, prompt: () -> String) {
        defer { rowsOnPage += lineRows }
        guard isOn, !showsRestOfTurn, let ask, let height = rows(), height >= 3, rowsOnPage > 0,
              rowsOnPage + lineRows > height - 1 else { return }
        switch ask(prompt()) {
        case .nextPage: rowsOnPage = 0
        case .rest: showsRestOfTurn = true
        }
    }
}
