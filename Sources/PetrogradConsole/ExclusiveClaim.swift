import Foundation

/// A process-wide token that at most one owner can hold at a time.
///
/// It exists for ``EditLineReader``: libedit keeps process-wide state, so a second editor must be
/// refused rather than allowed to corrupt the first. The lock makes the check safe even when two
/// threads try at once.
final class ExclusiveClaim: @unchecked Sendable {
    // @unchecked: `isClaimed` is only read and written while holding `lock`.
    private let lock = NSLock()
    private var isClaimed = false

    /// Takes the token; returns false when someone already holds it.
    func claim() -> Bool {
        lock.lock()
        defer { lock.unlock() }
        if isClaimed {
            return false
        }
        isClaimed = true
        return true
    }

    /// Gives the token back.
    func release() {
        lock.lock()
        defer { lock.unlock() }
        isClaimed = false
    }
}
