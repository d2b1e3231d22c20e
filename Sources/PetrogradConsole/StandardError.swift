import Glibc

/// Standard error, written with `write(2)`: a closed or full stream loses the message but never
/// stops the program (Foundation's `FileHandle` traps on such errors).
public enum StandardError {
    /// Writes a line.
    public static func write(_ line: String) {
        let bytes = Array((line + "\n").utf8)
        bytes.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                let written = Glibc.write(STDERR_FILENO, buffer.baseAddress! + offset, buffer.count - offset)
                if written > 0 {
                    offset += written
                } else if written < 0, errno == EINTR {
                    continue
                } else {
                    return
                }
            }
        }
    }
}
