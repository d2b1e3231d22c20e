import Glibc

/// Reads a whole regular file: never blocks on a FIFO, never reads a device, never reads without end.
public enum RegularFile {
    /// Why a file could not be read.
    public enum Problem: Error, CustomStringConvertible {
        case missing, folder, notRegular(String), tooLarge, system(SystemError)

        public var description: String {
            switch self {
            case .missing: "does not exist"
            case .folder: "is a folder, not a file"
            case .notRegular(let kind): "is \(kind), not a regular file"
            case .tooLarge: "is too large"
            case .system(let error): "cannot be read: \(error)"
            }
        }
    }

    /// The bytes of a regular file; never blocks on a FIFO or reads a device.
    public static func contents(of path: String, limit: Int) -> Result<[UInt8], Problem> {
        let descriptor = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard descriptor >= 0 else { return .failure(errno == ENOENT ? .missing : .system(.current)) }
        defer { close(descriptor) }
        var information = stat()
        guard fstat(descriptor, &information) == 0 else { return .failure(.system(.current)) }
        switch information.st_mode & S_IFMT {
        case S_IFREG: break
        case S_IFDIR: return .failure(.folder)
        default: return .failure(.notRegular(AtomicFile.kind(of: information.st_mode)))
        }
        guard information.st_size <= limit else { return .failure(.tooLarge) }
        switch readToEnd(descriptor, expected: Int(information.st_size), limit: limit) {
        case .failure(.tooLarge): return .failure(.tooLarge)
        case .failure(.system(let number)): return .failure(.system(SystemError(code: number)))
        case .success(let bytes): return .success(bytes)
        }
    }

    /// Why `readToEnd` stopped.
    public enum ReadFailure: Error {
        case tooLarge
        /// The error number `read` gave.
        case system(Int32)
    }

    /// Reads an open file to its end, straight into one array of the `expected` size (what `fstat` said,
    /// so a large story is neither copied from a buffer nor grown step by step); a file that has grown
    /// since is read on, a piece at a time, up to `limit` bytes.
    public static func readToEnd(_ descriptor: Int32, expected: Int, limit: Int) -> Result<[UInt8], ReadFailure> {
        let first = Swift.max(0, Swift.min(expected, limit)) + 1
        var bytes: [UInt8]
        switch filled(count: first, by: { Glibc.read(descriptor, $0, $1) }) {
        case .failure(let failure): return .failure(failure)
        case .success(let read): bytes = read
        }
        if bytes.count > limit { return .failure(.tooLarge) }
        // Short of the array's end: the file ended.
        guard bytes.count == first else { return .success(bytes) }
        var buffer = [UInt8](repeating: 0, count: 65_536)
        while true {
            let count = buffer.withUnsafeMutableBytes { Glibc.read(descriptor, $0.baseAddress, $0.count) }
            if count == 0 { break }
            if count < 0 {
                if errno == EINTR { continue }
                return .failure(.system(errno))
            }
            bytes.append(contentsOf: buffer[..<count])
            if bytes.count > limit { return .failure(.tooLarge) }
        }
        return .success(bytes)
    }

    /// Up to `count` bytes, read by `read` (given where to write and how many bytes at most, as the system's
    /// `read` is) until they are all read or the file ends; a call cut short by a signal is made again.
    /// The system's error when a call fails.
    static func filled(count: Int, by read: (UnsafeMutablePointer<UInt8>, Int) -> Int) -> Result<[UInt8], ReadFailure> {
        var failure: Int32 = 0
        let bytes = [UInt8](unsafeUninitializedCapacity: Swift.max(0, count)) { buffer, done in
            done = 0
            while done < buffer.count {
                let got = read(buffer.baseAddress! + done, buffer.count - done)
                if got == 0 { return }
                if got < 0 {
                    if errno == EINTR { continue }
                    failure = errno
                    return
                }
                done += got
            }
        }
        return failure == 0 ? .success(bytes) : .failure(.system(failure))
    }
}
