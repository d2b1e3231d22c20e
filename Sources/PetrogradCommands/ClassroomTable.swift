import Foundation
import PetrogradClassroom
import PetrogradConsole
import PetrogradCore

/// The class table a `join` session plays at: a ``ClassroomClient`` seen through the console's
/// ``GameTable``. What the client hears (on its own task) is queued here, and the game's thread takes it
/// between lines; a pipe's read end becomes readable whenever something is queued, so a prompt waiting for
/// a key can be woken to show it.
final class ClassroomTable: GameTable, @unchecked Sendable {
    private let condition = NSCondition()
    private var queue: [TableArrival] = []
    /// This seat's choices sent and not yet answered, by sequence number.
    private var awaited: Set<Int> = []
    /// Answers that came for the choice being waited for in ``choose(_:)``.
    private var answers: [Int: TableAnswer] = [:]
    private var wakePipe: [Int32] = [-1, -1]
    /// The client; set once, right after this table is made.
    private(set) var client: ClassroomClient!

    /// The descriptor that becomes readable when something was queued.
    var wakeDescriptor: Int32 { wakePipe[0] }

    init(request: ClassroomClient.Request, credentials: ClassroomClient.Credentials?, keep: @escaping @Sendable (ClassroomClient.Credentials) -> Void) {
        if pipe(&wakePipe) == 0 {
            for descriptor in wakePipe { _ = fcntl(descriptor, F_SETFL, fcntl(descriptor, F_GETFL) | O_NONBLOCK) }
        }
        client = ClassroomClient(request: request, credentials: credentials, onCredentials: keep) { [weak self] event in
            self?.hear(event)
        }
    }

    deinit {
        for descriptor in wakePipe where descriptor >= 0 { closeDescriptor(descriptor) }
    }

    func start() { client.start() }

    /// Waits up to `seconds` for the room's first welcome (or the problem that stopped the client), leaving
    /// everything else queued.
    func firstWelcome(waitingUpTo seconds: Double) -> TableArrival? {
        let deadline = Date(timeIntervalSinceNow: seconds)
        condition.lock()
        defer { condition.unlock() }
        while true {
            if let index = queue.firstIndex(where: { arrival in
                switch arrival {
                case .game, .kicked: true
                case .problem(_, _, let isFinal): isFinal
                default: false
                }
            }) {
                return queue.remove(at: index)
            }
            if !condition.wait(until: deadline) { return nil }
        }
    }

    /// The problems and drops heard so far, without taking them (to say why no welcome came).
    func lastTrouble() -> TableArrival? {
        condition.lock()
        defer { condition.unlock() }
        return queue.last { if case .problem = $0 { true } else if case .connectionLost = $0 { true } else { false } }
    }

    // MARK: GameTable

    func choose(_ choice: String) -> TableAnswer {
        condition.lock()
        // The number is given while the lock is held, so an answer that comes at once is not missed.
        guard let sequence = client.choose(choice) else {
            condition.unlock()
            return .refused(reason: "absent", message: "this client has no seat")
        }
        awaited.insert(sequence)
        let deadline = Date(timeIntervalSinceNow: 5)
        while answers[sequence] == nil, condition.wait(until: deadline) {}
        let answer = answers.removeValue(forKey: sequence)
        awaited.remove(sequence)
        condition.unlock()
        return answer ?? .pending
    }

    func arrivals(waitingUpTo seconds: Double) -> [TableArrival] {
        condition.lock()
        defer { condition.unlock() }
        // The pipe is emptied before the queue is taken: whatever comes after leaves a byte in it.
        var byte: UInt8 = 0
        while read(wakePipe[0], &byte, 1) == 1 {}
        if queue.isEmpty, seconds > 0 { _ = condition.wait(until: Date(timeIntervalSinceNow: seconds)) }
        let taken = queue
        queue = []
        return taken
    }

    func close() { client.stop() }

    // MARK: Hearing

    private func hear(_ event: ClassroomClient.Event) {
        condition.lock()
        switch event {
        case .welcome(let welcome):
            queue.append(.game(welcome.game, seat: welcome.seat, paused: welcome.paused, timerSeconds: welcome.timerSeconds))
        case .action(let index, let action):
            queue.append(.action(index: index, action: action))
        case .acknowledged(let sequence, let index):
            record(.accepted(index: index), for: sequence)
        case .refused(let sequence, let reason, let message):
            record(.refused(reason: reason, message: message), for: sequence)
        case .said(let text, let seat):
            queue.append(.said(text, toYou: seat != nil))
        case .room(let paused, let timerSeconds, _):
            queue.append(.room(paused: paused, timerSeconds: timerSeconds))
        case .kicked:
            queue.append(.kicked)
        case .problem(let code, let message, let isFinal):
            queue.append(.problem(code: code, message: message, isFinal: isFinal))
        case .disconnected:
            queue.append(.connectionLost)
        }
        condition.broadcast()
        condition.unlock()
        var byte: UInt8 = 1
        _ = write(wakePipe[1], &byte, 1)
    }

    /// An answer goes to the ``choose(_:)`` waiting for it, or, when that has given up, to the queue.
    private func record(_ answer: TableAnswer, for sequence: Int) {
        if awaited.contains(sequence) {
            answers[sequence] = answer
        } else {
            queue.append(.answered(answer))
        }
    }
}

/// Closes a descriptor (outside the table, whose `close()` means leaving it).
private func closeDescriptor(_ descriptor: Int32) { _ = close(descriptor) }
