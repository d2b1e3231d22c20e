import Foundation

/// Facts about the terminal the console writes to: whether there is one, its width, and whether
/// colour is welcome.
public enum Terminal {
    /// Columns assumed when neither the terminal nor `COLUMNS` says.
    public static let defaultWidth = 80

    /// The most columns a width can have: the most a terminal can report (its column count is 16 bits), so
    /// that an absurd `COLUMNS` cannot make arithmetic on widths overflow.
    public static let maximumWidth = Int(UInt16.max)

    /// Whether the file descriptor is connected to a terminal.
    public static func isTerminal(_ fileDescriptor: Int32) -> Bool {
        isatty(fileDescriptor) == 1
    }

    /// Whether a person is at the keyboard and the screen: standard input and output are both
    /// terminals, so line editing and prompts make sense.
    public static var isInteractive: Bool {
        isTerminal(STDIN_FILENO) && isTerminal(STDOUT_FILENO)
    }

    /// The width of standard output's terminal in columns: asked of the terminal, else taken from
    /// `COLUMNS`, else ``defaultWidth``.
    public static func width(environment: [String: String] = ProcessInfo.processInfo.environment) -> Int {
        width(ofFileDescriptor: STDOUT_FILENO, environment: environment)
    }

    /// The width of the terminal on `fileDescriptor`, with the same fallbacks as ``width(environment:)``.
    public static func width(
        ofFileDescriptor fileDescriptor: Int32,
        environment: [String: String] = ProcessInfo.processInfo.environment
    ) -> Int {
        var size = winsize()
        let reportedColumns = ioctl(fileDescriptor, UInt(TIOCGWINSZ), &size) == 0 ? Int(size.ws_col) : nil
        return width(reportedColumns: reportedColumns, environment: environment)
    }

    /// The height of the terminal on `fileDescriptor` in rows, asked of the terminal each time (so a
    /// resized window is followed); nil when it is not a terminal or does not say.
    public static func height(ofFileDescriptor fileDescriptor: Int32) -> Int? {
        var size = winsize()
        guard ioctl(fileDescriptor, UInt(TIOCGWINSZ), &size) == 0, size.ws_row > 0 else { return nil }
        return Int(size.ws_row)
    }

    /// The width to use given what the terminal reported (nil when it is not a terminal); a
    /// terminal reporting 0 columns (a fresh pseudo-terminal) counts as not saying. At most
    /// ``maximumWidth``.
    package static func width(reportedColumns: Int?, environment: [String: String]) -> Int {
        if let reportedColumns, reportedColumns > 0 {
            return min(reportedColumns, maximumWidth)
        }
        if let columns = environment["COLUMNS"].flatMap({ Int($0) }), columns > 0 {
            return min(columns, maximumWidth)
        }
        return defaultWidth
    }

    /// Whether to colour standard output: only on a terminal, unless `NO_COLOR` is set
    /// (https://no-color.org, any value) or `TERM` is `dumb`.
    public static func allowsColour(
        environment: [String: String] = ProcessInfo.processInfo.environment,
        outputIsTerminal: Bool = isTerminal(STDOUT_FILENO)
    ) -> Bool {
        outputIsTerminal && environment["NO_COLOR"] == nil && environment["TERM"] != "dumb"
    }
}
