import Foundation
import PetrogradCore

/// Reads a scenario's `.story` files from disk: a folder (searched recursively) or a single file.
///
/// Folders and files reached through symbolic links are read like any others, each once, so a link that
/// leads back up the tree is harmless. Anything that cannot be read is an error naming its path and the
/// reason, never skipped in silence: a folder or file without permission, or a `.story` name that is a
/// FIFO or a device (refused without being opened, so reading never blocks).
public enum ScenarioFiles {
    /// The extension of scenario files.
    public static let fileExtension = "story"

    /// What went wrong reading a scenario from disk: the first path that could not be read and why, and
    /// any others after it.
    public struct ReadError: Error, CustomStringConvertible {
        /// One path that could not be read, and why.
        public struct Problem: Error, Equatable {
            public var path: String
            public var reason: String

            public init(path: String, reason: String) {
                self.path = path
                self.reason = reason
            }
        }

        public var path: String
        public var reason: String
        /// The other paths that could not be read, after the first.
        public var others: [Problem]

        public init(path: String, reason: String, others: [Problem] = []) {
            self.path = path
            self.reason = reason
            self.others = others
        }

        /// Every path that could not be read, in the order found.
        public var problems: [Problem] { [Problem(path: path, reason: reason)] + others }

        /// One line per problem: `path: error: reason`.
        public var description: String {
            problems.map { "\($0.path): error: \($0.reason)" }.joined(separator: "\n")
        }
    }

    /// The files of the scenario at `path`, with paths as the user would write them (the path given, then
    /// the names inside it, even through symbolic links), sorted by path. A file bigger than `piecesFrom`
    /// is read a piece at a time whenever it is wanted, unless `bigFilesInPieces` is false: the whole file
    /// is then read now, once (quicker when its compilation is likely to be in the cache).
    public static func read(_ path: String, bigFilesInPieces: Bool = true) throws(ReadError) -> [SourceFile] {
        var status = stat()
        guard stat(path, &status) == 0 else {
            let error = errno
            throw ReadError(path: path, reason: error == ENOENT ? "there is no file or folder here" : "this cannot be read: \(describe(error))")
        }
        guard kind(of: status) == S_IFDIR else {
            switch readFile(path, inPieces: bigFilesInPieces) {
            case .success(let file): return [file]
            case .failure(let problem): throw ReadError(path: problem.path, reason: problem.reason)
            }
        }
        var base = path
        while base.count > 1, base.hasSuffix("/") { base.removeLast() }
        var walk = Walk(visited: [Identity(status)])
        walk.visit(folder: base, relative: "")
        var files: [SourceFile] = []
        var problems = walk.problems
        for relative in walk.relativePaths.sorted() {
            switch readFile(join(base, relative), inPieces: bigFilesInPieces) {
            case .success(let file): files.append(file)
            case .failure(let problem): problems.append(problem)
            }
        }
        if let first = problems.first {
            throw ReadError(path: first.path, reason: first.reason, others: Array(problems.dropFirst()))
        }
        return files
    }

    /// A file or folder by device and inode: the same one reached by two paths has the same identity.
    private struct Identity: Hashable {
        var device: UInt64
        var inode: UInt64

        init(_ status: stat) {
            device = UInt64(status.st_dev)
            inode = UInt64(status.st_ino)
        }
    }

    /// A depth-first walk of a scenario's folder: the `.story` names found, relative to the folder, and
    /// the folders and names that could not be read.
    private struct Walk {
        var visited: Set<Identity>
        var relativePaths: [String] = []
        var problems: [ReadError.Problem] = []

        mutating func visit(folder: String, relative: String) {
            let names: [String]
            switch entries(of: folder) {
            case .success(let list): names = list
            case .failure(let problem):
                problems.append(problem)
                return
            }
            for name in names.sorted() {
                let path = join(folder, name)
                let relativePath = relative.isEmpty ? name : relative + "/" + name
                let isStory = name.hasSuffix("." + fileExtension)
                var status = stat()
                guard stat(path, &status) == 0 else {
                    // A link to nothing is only worth a word when its name says it is a scenario file.
                    if isStory { problems.append(.init(path: path, reason: "this file cannot be read: \(describe(errno))")) }
                    continue
                }
                if kind(of: status) == S_IFDIR {
                    // Each folder once: a link back up the tree, or a second link to a folder, adds nothing.
                    if visited.insert(Identity(status)).inserted { visit(folder: path, relative: relativePath) }
                } else if isStory, visited.insert(Identity(status)).inserted {
                    relativePaths.append(relativePath)
                }
            }
        }
    }

    /// The names in a folder, without `.` and `..`.
    private static func entries(of folder: String) -> Result<[String], ReadError.Problem> {
        guard let directory = opendir(folder) else {
            return .failure(.init(path: folder, reason: "this folder cannot be read: \(describe(errno))"))
        }
        defer { closedir(directory) }
        var names: [String] = []
        while true {
            errno = 0
            guard let entry = readdir(directory) else {
                if errno != 0 { return .failure(.init(path: folder, reason: "this folder cannot be read: \(describe(errno))")) }
                return .success(names)
            }
            let name = withUnsafeBytes(of: entry.pointee.d_name) { bytes in
                String(decoding: bytes.prefix { $0 != 0 }, as: UTF8.self)
            }
            if name != "." && name != ".." { names.append(name) }
        }
    }

    /// Files bigger than this are read a piece at a time (`SourceFile.init(path:pieceSize:read:)`); a
    /// smaller one is one piece anyway.
    public static let piecesFrom = 1 << 20

    /// A regular file's bytes. Anything else is refused before it is opened when possible, and checked
    /// again once open (without blocking), so that a FIFO or a device never holds the program up.
    private static func readFile(_ path: String, inPieces: Bool) -> Result<SourceFile, ReadError.Problem> {
        func problem(_ reason: String) -> Result<SourceFile, ReadError.Problem> { .failure(.init(path: path, reason: reason)) }
        var status = stat()
        guard stat(path, &status) == 0 else { return problem("this file cannot be read: \(describe(errno))") }
        if let reason = notATextFile(status) { return problem(reason) }
        let descriptor = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard descriptor >= 0 else { return problem("this file cannot be read: \(describe(errno))") }
        guard fstat(descriptor, &status) == 0 else {
            let number = errno
            close(descriptor)
            return problem("this file cannot be read: \(describe(number))")
        }
        if let reason = notATextFile(status) {
            close(descriptor)
            return problem(reason)
        }
        if inPieces, Int(status.st_size) > piecesFrom {
            // A big story is read a piece at a time as it is checked, never all in memory at once.
            let file = OpenRegularFile(descriptor: descriptor)
            errno = 0
            guard let source = SourceFile(path: path, read: { file.read(at: $0, count: $1) }) else {
                return problem("this file cannot be read: \(describe(errno == 0 ? EIO : errno))")
            }
            return .success(source)
        }
        defer { close(descriptor) }
        switch RegularFile.readToEnd(descriptor, expected: Int(status.st_size), limit: Int.max - 1) {
        case .failure(.system(let number)): return problem("this file cannot be read: \(describe(number))")
        case .failure(.tooLarge): return problem("this file is too large to read")
        case .success(let bytes): return .success(SourceFile(path: path, bytes: bytes))
        }
    }

    /// Why something that is not a regular file cannot be a scenario file, or nil when it is one.
    private static func notATextFile(_ status: stat) -> String? {
        switch kind(of: status) {
        case S_IFREG: nil
        case S_IFDIR: "this is a folder, not a scenario file"
        case S_IFIFO: "this is a FIFO (a named pipe), not a text file"
        case S_IFCHR, S_IFBLK: "this is a device, not a text file"
        case S_IFSOCK: "this is a socket, not a text file"
        default: "this is not a regular file, so it is not read"
        }
    }

    private static func kind(of status: stat) -> mode_t {
        status.st_mode & S_IFMT
    }

    /// The system's words for an error number: "Permission denied".
    private static func describe(_ error: Int32) -> String {
        String(cString: strerror(error))
    }

    private static func join(_ folder: String, _ name: String) -> String {
        folder.hasSuffix("/") ? folder + name : folder + "/" + name
    }
}
