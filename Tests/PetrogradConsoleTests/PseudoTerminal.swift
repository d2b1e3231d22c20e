#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// A pseudo-terminal for driving a line editor as a person would: the test types on the controller
/// side and reads what the editor draws, while the editor uses the terminal side as its keyboard and
/// screen.
///
/// It is not the process's controlling terminal, so Ctrl-C typed here raises no signal: tests
/// deliver SIGINT to the reading thread themselves.
final class PseudoTerminal {
    /// The terminal side opened for reading keys, as the editor's input.
    let input: UnsafeMutablePointer<FILE>

    /// The terminal side opened for drawing, as the editor's output.
    let output: UnsafeMutablePointer<FILE>

    /// Everything the editor has drawn so far, as far as it has been read.
    private(set) var screen: [UInt8] = []

    /// Where the next ``waitForScreen(toShow:timeout:)`` starts looking.
    private var searchStart = 0

    private var controller: Int32

    /// Opens a new pseudo-terminal of 80 by 24 cells.
    init() throws {
        let openController = try cLibraryFunction(named: "posix_openpt", as: (@convention(c) (Int32) -> Int32).self)
        let grant = try cLibraryFunction(named: "grantpt", as: (@convention(c) (Int32) -> Int32).self)
        let unlock = try cLibraryFunction(named: "unlockpt", as: (@convention(c) (Int32) -> Int32).self)
        let terminalName = try cLibraryFunction(
            named: "ptsname",
            as: (@convention(c) (Int32) -> UnsafeMutablePointer<CChar>?).self
        )
        controller = openController(O_RDWR | O_NOCTTY)
        guard controller >= 0 else {
            throw PseudoTerminalError.cannotOpen(errno)
        }
        var size = winsize(ws_row: 24, ws_col: 80, ws_xpixel: 0, ws_ypixel: 0)
        _ = ioctl(controller, UInt(TIOCSWINSZ), &size)
        guard grant(controller) == 0, unlock(controller) == 0, let name = terminalName(controller),
              case let terminal = open(name, O_RDWR | O_NOCTTY), terminal >= 0 else {
            let error = errno
            close(controller)
            throw PseudoTerminalError.cannotOpen(error)
        }
        guard let input = fdopen(terminal, "r"), let output = fdopen(dup(terminal), "w") else {
            let error = errno
            close(terminal)
            close(controller)
            throw PseudoTerminalError.cannotOpen(error)
        }
        self.input = input
        self.output = output
    }

    deinit {
        hangUp()
        fclose(input)
        fclose(output)
    }

    /// Sends keys, as UTF-8 bytes, to whatever reads the terminal.
    func type(_ keys: String) {
        let bytes = Array(keys.utf8)
        var written = 0
        while written < bytes.count {
            let result = bytes[written...].withUnsafeBytes { write(controller, $0.baseAddress, $0.count) }
            guard result > 0 else { return }
            written += result
        }
    }

    /// Reads what the editor drew until nothing more arrives for `quietPeriod`, then looks only at
    /// what comes after: a step's leftovers cannot be mistaken for the next step's output.
    func settle(quietPeriod: Duration = .milliseconds(100)) {
        while readAvailable(waiting: quietPeriod) {}
        searchStart = screen.count
    }

    /// Waits until `text` appears after the previous match (or settle); returns false on timeout.
    func waitForScreen(toShow text: String, timeout: Duration = .seconds(10)) -> Bool {
        let wanted = Array(text.utf8)
        let deadline = ContinuousClock.now + timeout
        while true {
            if let range = screen[searchStart...].firstRange(of: wanted) {
                searchStart = range.upperBound
                return true
            }
            guard ContinuousClock.now < deadline else {
                return false
            }
            readAvailable(waiting: .milliseconds(50))
        }
    }

    /// Whether the screen, since the last settle, contains `text`, without waiting.
    func screenShows(_ text: String) -> Bool {
        _ = readAvailable(waiting: .zero)
        return screen.firstRange(of: Array(text.utf8)) != nil
    }

    /// Closes the controller side, so the editor's next read fails as when a terminal window closes.
    func hangUp() {
        if controller >= 0 {
            close(controller)
            controller = -1
        }
    }

    /// Appends whatever the editor drew within `waiting`; returns whether anything arrived.
    @discardableResult
    private func readAvailable(waiting: Duration) -> Bool {
        guard controller >= 0 else { return false }
        let (seconds, attoseconds) = waiting.components
        let milliseconds = Int32(seconds * 1000 + attoseconds / 1_000_000_000_000_000)
        var descriptor = pollfd(fd: controller, events: Int16(POLLIN), revents: 0)
        guard poll(&descriptor, 1, milliseconds) > 0, descriptor.revents & Int16(POLLIN) != 0 else {
            return false
        }
        var buffer = [UInt8](repeating: 0, count: 4096)
        let count = read(controller, &buffer, buffer.count)
        guard count > 0 else { return false }
        screen += buffer[..<count]
        return true
    }
}

/// Why a pseudo-terminal could not be opened.
enum PseudoTerminalError: Error {
    case cannotOpen(Int32)
}
