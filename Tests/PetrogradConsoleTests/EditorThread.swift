#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation
import PetrogradConsole

/// An ``EditLineReader`` living on a thread of its own, so the test can type while it waits for keys.
///
/// Everything touching the reader (creating it, reading, adding history, ending it) happens on that
/// thread, one command at a time, because the reader is not thread-safe.
final class EditorThread: @unchecked Sendable {
    // @unchecked: `reader`, `candidates` and `thread` are touched only by the editor thread (the
    // thread handle is published through `started` before anyone reads it); the queues lock.

    /// What the test asks the editor thread to do.
    enum Command {
        case read(prompt: String)
        case addHistory(String)
        case offerCompletions([String])
        case finish
    }

    /// What the editor thread reports back.
    enum Report: Equatable {
        case started
        case couldNotStart
        case read(LineReadResult)
        case acknowledged
        case done
    }

    private let commands = BlockingQueue<Command>()
    private let reports = BlockingQueue<Report>()
    private var thread = pthread_t()
    private var candidates: [String] = []

    /// Starts a thread that creates a reader on `terminal` and waits for commands; see
    /// ``waitUntilStarted()`` for whether the reader could be created.
    init(terminal: PseudoTerminal, historyPath: String?) {
        // Pointers are not Sendable; the thread is the only user of the streams once started.
        let streams = UncheckedSendable((input: terminal.input, output: terminal.output))
        Thread { [self] in
            thread = pthread_self()
            runReader(input: streams.value.input, output: streams.value.output, historyPath: historyPath)
            // Only now is the reader gone, so the next test may create one.
            reports.put(.done)
        }.start()
    }

    /// Waits for the thread to say whether its reader started.
    func waitUntilStarted() -> Report? {
        reports.take()
    }

    /// Asks for one line with `prompt`; the result comes from ``nextResult()``.
    func startReading(prompt: String) {
        commands.put(.read(prompt: prompt))
    }

    /// The result of the read started last, or nil if none came in time.
    func nextResult(timeout: Duration = .seconds(10)) -> LineReadResult? {
        guard case .read(let result) = reports.take(timeout: timeout) else {
            return nil
        }
        return result
    }

    /// Whether a result has arrived, without waiting for one.
    var hasResult: Bool {
        !reports.isEmpty
    }

    /// Adds a history entry on the editor thread and waits until it is done.
    func addHistory(_ line: String) {
        commands.put(.addHistory(line))
        _ = reports.take()
    }

    /// Sets the words Tab offers from now on.
    func offerCompletions(_ words: [String]) {
        commands.put(.offerCompletions(words))
        _ = reports.take()
    }

    /// Sends SIGINT to the editor thread alone, as Ctrl-C would to a program in the foreground.
    func interrupt() {
        pthread_kill(thread, SIGINT)
    }

    /// Ends the reader (restoring the terminal) and the thread; returns whether it ended in time.
    func finish() -> Bool {
        commands.put(.finish)
        while let report = reports.take() {
            if report == .done {
                return true
            }
        }
        return false
    }

    /// Creates a reader, carries out commands with it until told to finish, then ends it.
    private func runReader(
        input: UnsafeMutablePointer<FILE>,
        output: UnsafeMutablePointer<FILE>,
        historyPath: String?
    ) {
        // libedit would re-send each signal to the whole process group, which includes the test
        // runner; this test delivers SIGINT to this thread alone instead.
        guard let reader = EditLineReader(
            input: input,
            output: output,
            errorOutput: output,
            historyPath: historyPath,
            handlesSignals: false
        ) else {
            reports.put(.couldNotStart)
            return
        }
        reader.completionProvider = { [self] _ in candidates }
        reports.put(.started)
        serve(reader)
    }

    /// Carries out commands until told to finish.
    private func serve(_ reader: EditLineReader) {
        while true {
            switch commands.take(timeout: .seconds(60)) {
            case .read(let prompt):
                reports.put(.read(reader.readLine(prompt: prompt)))
            case .addHistory(let line):
                reader.addHistory(line)
                reports.put(.acknowledged)
            case .offerCompletions(let words):
                candidates = words
                reports.put(.acknowledged)
            case .finish, nil:
                return
            }
        }
    }
}

/// A first-in, first-out queue whose `take` waits for an element.
final class BlockingQueue<Element>: @unchecked Sendable {
    // @unchecked: `elements` is only touched while holding `condition`.
    private let condition = NSCondition()
    private var elements: [Element] = []

    /// Whether nothing is waiting to be taken.
    var isEmpty: Bool {
        condition.lock()
        defer { condition.unlock() }
        return elements.isEmpty
    }

    /// Adds an element and wakes a waiting taker.
    func put(_ element: Element) {
        condition.lock()
        elements.append(element)
        condition.signal()
        condition.unlock()
    }

    /// The oldest element, waiting up to `timeout` for one; nil on timeout.
    func take(timeout: Duration = .seconds(10)) -> Element? {
        let (seconds, attoseconds) = timeout.components
        let deadline = Date(timeIntervalSinceNow: Double(seconds) + Double(attoseconds) / 1e18)
        condition.lock()
        defer { condition.unlock() }
        while elements.isEmpty {
            if !condition.wait(until: deadline) {
                return nil
            }
        }
        return elements.removeFirst()
    }
}

/// A value sent to another thread by a test that knows only that thread will use it.
struct UncheckedSendable<Value>: @unchecked Sendable {
    let value: Value

    init(_ value: Value) {
        self.value = value
    }
}
