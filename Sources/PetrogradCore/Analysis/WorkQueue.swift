import Foundation

/// Numbered pieces of work, `0..<count`, handed out one at a time to whichever thread asks next: a thread
/// on a busier core takes fewer. What each piece does never depends on which thread took it.
final class WorkQueue: @unchecked Sendable {
    private let lock = NSLock()
    private var taken = 0
    private let count: Int

    init(count: Int) { self.count = count }

    func next() -> Int? {
        lock.lock()
        defer { lock.unlock() }
        guard taken < count else { return nil }
        taken += 1
        return taken - 1
    }
}
