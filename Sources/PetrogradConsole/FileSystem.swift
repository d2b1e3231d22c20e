import Glibc

/// The few file-system calls that saving a file makes, behind one seam, so a test can make any of
/// them fail (a full disk, a failed rename, a lost fsync) and check that nothing is lost.
///
/// Errors are `errno` values; ``SystemError`` turns one into words.
public protocol FileSystem: Sendable {
    func open(_ path: String, flags: Int32, mode: mode_t) -> Result<Int32, SystemError>
    func write(_ descriptor: Int32, _ bytes: UnsafeRawBufferPointer) -> Result<Int, SystemError>
    func synchronize(_ descriptor: Int32) -> Result<Void, SystemError>
    func close(_ descriptor: Int32)
    func rename(_ source: String, to destination: String) -> Result<Void, SystemError>
    func remove(_ path: String) -> Result<Void, SystemError>
    /// The file's status without following a final symbolic link; nil when there is nothing there.
    func status(_ path: String) -> Result<stat, SystemError>
    func makeFolder(_ path: String) -> Result<Void, SystemError>
}

/// An `errno` value, with the system's words for it.
public struct SystemError: Error, Hashable, Sendable, CustomStringConvertible {
    public var code: Int32

    public init(code: Int32) {
        self.code = code
    }

    /// The error the last system call left in `errno`.
    public static var current: SystemError { SystemError(code: errno) }

    public var description: String { String(cString: strerror(code)) }
}

/// The real file system, through POSIX calls (which, unlike Foundation's `FileHandle`, report errors
/// instead of trapping on them).
public struct POSIXFileSystem: FileSystem {
    public init() {}

    public func open(_ path: String, flags: Int32, mode: mode_t) -> Result<Int32, SystemError> {
        while true {
            let descriptor = Glibc.open(path, flags | O_CLOEXEC, mode)
            if descriptor >= 0 { return .success(descriptor) }
            if errno != EINTR { return .failure(.current) }
        }
    }

    public func write(_ descriptor: Int32, _ bytes: UnsafeRawBufferPointer) -> Result<Int, SystemError> {
        while true {
            let written = Glibc.write(descriptor, bytes.baseAddress, bytes.count)
            if written >= 0 { return .success(written) }
            if errno != EINTR { return .failure(.current) }
        }
    }

    public func synchronize(_ descriptor: Int32) -> Result<Void, SystemError> {
        while true {
            if fsync(descriptor) == 0 { return .success(()) }
            if errno != EINTR { return .failure(.current) }
        }
    }

    public func close(_ descriptor: Int32) {
        _ = Glibc.close(descriptor)
    }

    public func rename(_ source: String, to destination: String) -> Result<Void, SystemError> {
        Glibc.rename(source, destination) == 0 ? .success(()) : .failure(.current)
    }

    public func remove(_ path: String) -> Result<Void, SystemError> {
        unlink(path) == 0 ? .success(()) : .failure(.current)
    }

    public func status(_ path: String) -> Result<stat, SystemError> {
        var information = stat()
        return lstat(path, &information) == 0 ? .success(information) : .failure(.current)
    }

    public func makeFolder(_ path: String) -> Result<Void, SystemError> {
        mkdir(path, 0o755) == 0 || errno == EEXIST ? .success(()) : .failure(.current)
    }
}

extension FileSystem {
    /// Writes every byte, however many calls that takes.
    public func writeAll(_ descriptor: Int32, _ bytes: [UInt8]) -> Result<Void, SystemError> {
        bytes.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                switch write(descriptor, UnsafeRawBufferPointer(rebasing: buffer[offset...])) {
                case .failure(let error): return .failure(error)
                case .success(0): return .failure(SystemError(code: EIO))
                case .success(let count): offset += count
                }
            }
            return .success(())
        }
    }

    /// Makes a folder and the folders above it that are missing.
    func makeFolders(_ path: String) -> Result<Void, SystemError> {
        if case .success(let information) = status(path) {
            return information.st_mode & S_IFMT == S_IFDIR ? .success(()) : .failure(SystemError(code: ENOTDIR))
        }
        let parent = FilePath.folder(of: path)
        if parent != path, !parent.isEmpty {
            if case .failure(let error) = makeFolders(parent) { return .failure(error) }
        }
        return makeFolder(path)
    }
}

/// Path arithmetic on plain strings, as the POSIX calls take them.
enum FilePath {
    /// The folder a path is in ("." for a bare name).
    static func folder(of path: String) -> String {
        var trimmed = Substring(path)
        while trimmed.count > 1, trimmed.hasSuffix("/") { trimmed = trimmed.dropLast() }
        guard let slash = trimmed.lastIndex(of: "/") else { return "." }
        if slash == trimmed.startIndex { return "/" }
        return String(trimmed[..<slash])
    }

    /// The last component of a path.
    static func name(of path: String) -> String {
        var trimmed = Substring(path)
        while trimmed.count > 1, trimmed.hasSuffix("/") { trimmed = trimmed.dropLast() }
        guard let slash = trimmed.lastIndex(of: "/") else { return String(trimmed) }
        return String(trimmed[trimmed.index(after: slash)...])
    }
}
