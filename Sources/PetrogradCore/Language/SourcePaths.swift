import Foundation

/// The paths of the files that locations point into, each kept once for the whole process, so that a
/// `SourceLocation` holds a small number instead of the path. A checked scenario holds millions of
/// locations: with the path in each, every copy of one retained and released the path's storage, and
/// each cost 24 bytes instead of 12.
///
/// The table only grows. It holds one entry per distinct path ever located, which is the scenario files
/// a process reads: a handful, or a few thousand in a test run.
final class SourcePaths: @unchecked Sendable {
    static let shared = SourcePaths()

    private let lock = NSLock()
    private var paths: [String] = []
    private var numbers: [String: UInt32] = [:]

    /// The number that stands for `path`: the same for equal paths, different for different ones.
    func number(of path: String) -> UInt32 {
        lock.lock()
        defer { lock.unlock() }
        if let number = numbers[path] { return number }
        let number = UInt32(truncatingIfNeeded: paths.count)
        paths.append(path)
        numbers[path] = number
        return number
    }

    /// The path a number stands for.
    func path(_ number: UInt32) -> String {
        lock.lock()
        defer { lock.unlock() }
        return paths[Int(number)]
    }
}
