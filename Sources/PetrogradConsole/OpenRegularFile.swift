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
        // Each call reads on from where the bytes so far end: `pread` keeps no position of its own.
        var done = 0
        let result = RegularFile.filled(count: count) { buffer, most in
            let got = pread(descriptor, buffer, most, off_t(offset + done))
            if got > 0 { done += got }
            return got
        }
        return try? result.get()
    }
}
