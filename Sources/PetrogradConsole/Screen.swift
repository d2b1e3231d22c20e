import Foundation

/// The window the game is shown in, asked for its size each time text is laid out, so a window
/// resized mid-game (SIGWINCH) is followed from the next line on.
///
/// No signal handler is needed for that: the kernel keeps the window's size on the terminal, and
/// asking for it (`TIOCGWINSZ`) costs one system call, so the size is simply read again whenever it
/// is needed instead of being remembered.
public struct Screen: Sendable {
    /// The columns and, when known, rows of the window now.
    public let size: @Sendable () -> (columns: Int, rows: Int?)

    /// A screen whose size comes from `size`, asked each time.
    public init(size: @escaping @Sendable () -> (columns: Int, rows: Int?)) {
        self.size = size
    }

    /// The columns to lay text out in now: at least 20, so a tiny window still makes progress.
    public var columns: Int { max(20, size().columns) }

    /// The rows of the window now, or nil when unknown (a pipe, a file).
    public var rows: Int? { size().rows }

    /// A window that never changes: for pipes, files and tests.
    public static func fixed(columns: Int, rows: Int? = nil) -> Screen {
        Screen { (columns, rows) }
    }

    /// Standard output's window: its terminal's size now, else `COLUMNS`, else 80 columns and no rows.
    public static func standardOutput(environment: [String: String] = ProcessInfo.processInfo.environment) -> Screen {
        Screen {
            (Terminal.width(ofFileDescriptor: STDOUT_FILENO, environment: environment),
             Terminal.height(ofFileDescriptor: STDOUT_FILENO))
        }
    }
}
