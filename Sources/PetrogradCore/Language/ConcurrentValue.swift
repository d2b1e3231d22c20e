import Foundation

/// A value worked out on a second thread while the caller goes on, for work whose result is wanted only
/// later: the checker works out a big story's content hash (as long as reading its files byte by byte)
/// while it reads the files' outlines, and the trap graph while it searches for dead ends.
final class ConcurrentValue<Value: Sendable>: @unchecked Sendable {
    private var result: Value?
    /// Signalled once `result` is set; the semaphore makes the write seen by the thread that waits.
    private let done = DispatchSemaphore(value: 0)

    init(_ work: @escaping @Sendable () -> Value) {
        let thread = Thread { [self] in
            result = work()
            done.signal()
        }
        thread.start()
    }

    /// The value, once the second thread has it.
    func wait() -> Value {
        done.wait()
        // Signalled again for whoever asks next.
        defer { done.signal() }
        return result!
    }
}
