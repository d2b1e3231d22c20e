import Dispatch

/// Runs async work from a synchronous command (the root command is synchronous, so that the game's REPL
/// stays on the main thread) and waits for it. The work runs on the concurrency pool, never on this thread.
func runBlocking<Value: Sendable>(_ work: @escaping @Sendable () async throws -> Value) throws -> Value {
    let box = BlockingResult<Value>()
    let done = DispatchSemaphore(value: 0)
    Task.detached {
        do { box.set(.success(try await work())) } catch { box.set(.failure(error)) }
        done.signal()
    }
    done.wait()
    return try box.get()
}

/// The result handed from the task back to the waiting thread (written once, before the semaphore's signal).
private final class BlockingResult<Value: Sendable>: @unchecked Sendable {
    private var result: Result<Value, any Error>?

    func set(_ value: Result<Value, any Error>) { result = value }
    func get() throws -> Value { try result!.get() }
}
