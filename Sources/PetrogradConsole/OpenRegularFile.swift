import Glibc

/// A regular file kept open to be read a piece at a time, wherever it is wanted (`pread`), and closed
/// when the last reference goes. Kept open, it stays the file that was opened: an editor that saves by
/// writing a new file and renaming it over the old one does not change what is read.
final class OpenRegularFile: Sendable {
    private let descriptor: Int32

    /// Takes over an open descriptor, which it closes.
    init(descriptor: Int32) {
        self.descriptor = descriptor
    }

    deinit {
        close(descriptor)
    }

    /// Up to `count` bytes from byte `offset`: fewer only at the file's end. Nil when the system cannot
    /// read them.
    func read(at offset: Int, count: Int) -> [UInt8]? {
        var failed = false
        let bytes = [UInt8](unsafeUninitializedCapacity: max(0, count)) { buffer, done in
            done = 0
            while done < buffer.count {
                let read = pread(descriptor, buffer.baseAddress! + done, buffer.count - done, off_t(offset + done))
                if read == 0 { return }
                if read < 0 {
                    if errno == EINTR { continue }
                    failed = true
                    return
                }
                done += read
            }
        }
        return failed ? nil : bytes
    }
}
