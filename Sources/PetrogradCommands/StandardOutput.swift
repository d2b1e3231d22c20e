import Foundation
import PetrogradConsole

/// Standard output as a `TextOutputStream`, so commands can print to it or, in tests, to a string.
///
/// A command's report is useless when it cannot be written, so a failure to write (a closed standard
/// output, a full disk, a reader that went away) ends the program at once: one line on standard error and
/// the exit status ``failureStatus``, rather than a crash or a report silently cut short. SIGPIPE is
/// ignored from the first use on, so that a closed pipe is reported the same way as any other failure.
package struct StandardOutput: TextOutputStream {
    /// The exit status when standard output cannot be written: `EX_IOERR` of `sysexits.h`.
    package static let failureStatus: Int32 = 74

    /// Checks that standard output is open before any work is done, so that a command started with it
    /// closed stops at once (and no file the command opens can take its place as descriptor 1).
    package init() {
        signal(SIGPIPE, SIG_IGN)
        if fcntl(STDOUT_FILENO, F_GETFD) == -1 {
            Self.fail(errno: errno)
        }
    }

    package mutating func write(_ string: String) {
        if let error = FileDescriptor.write(string, to: STDOUT_FILENO) {
            Self.fail(errno: error)
        }
    }

    /// Says on standard error that the output cannot be written, and why, then exits.
    private static func fail(errno error: Int32) -> Never {
        _ = FileDescriptor.write("petrograd: cannot write the output: \(String(cString: strerror(error)))\n", to: STDERR_FILENO)
        exit(failureStatus)
    }
}

/// Standard error as a `TextOutputStream`, for progress and warnings: a failure to write them is ignored,
/// since there is nowhere left to report it and the command's real output is elsewhere.
package struct StandardError: TextOutputStream {
    package init() {}

    package mutating func write(_ string: String) {
        _ = FileDescriptor.write(string, to: STDERR_FILENO)
    }
}

/// Writing to a file descriptor with `write(2)`, which reports failures instead of trapping.
enum FileDescriptor {
    /// Writes all of `string` (the console's `writeAll`, which retries after interruptions and partial
    /// writes); returns the `errno` of a failure, or nil when everything was written.
    static func write(_ string: String, to descriptor: Int32) -> Int32? {
        switch POSIXFileSystem().writeAll(descriptor, Array(string.utf8)) {
        case .success: nil
        case .failure(let error): error.code
        }
    }
}
