import Foundation
import HummingbirdWSClient
import Logging
import PetrogradCore

/// What a load run does: which server and rooms, how many students, for how long, how long they think.
public struct LoadPlan: Sendable {
    /// The server's WebSocket address, as in `ws://127.0.0.1:1917/play`.
    public var url: String
    /// The rooms' codes; each gets `seatsPerRoom` students.
    public var codes: [String]
    public var seatsPerRoom: Int
    /// The roles the students take, in turn.
    public var roles: [String]
    /// The program version the students send in their hello (it must be the server's).
    public var program: String
    /// Seconds from the first connection to the start of measuring.
    public var warmup: Double
    /// Seconds measured after the warm-up.
    public var measured: Double
    /// How long a student thinks before each choice, in seconds (uniformly at random in the range).
    public var think: ClosedRange<Double>

    public init(url: String, codes: [String], seatsPerRoom: Int, roles: [String], program: String, warmup: Double, measured: Double,
                think: ClosedRange<Double>) {
        self.url = url
        self.codes = codes
        self.seatsPerRoom = seatsPerRoom
        self.roles = roles
        self.program = program
        self.warmup = warmup
        self.measured = measured
        self.think = think
    }
}

/// What a load run measured. Latencies are in milliseconds, sorted.
public struct LoadReport: Sendable {
    public var students = 0
    /// Students whose welcome arrived.
    public var welcomed = 0
    public var measuredSeconds = 0.0
    /// From sending a choose frame to its acknowledgement, for choices sent in the measured window.
    public var ackLatencies: [Double] = []
    /// From sending a choose frame to the moment the last student of the room received the action.
    public var roomLatencies: [Double] = []
    /// Refusals by reason (a seat that turned out to be waiting, a paused room): expected, not errors.
    public var refusals: [String: Int] = [:]
    /// What students noticed that must not happen (repeated or missing deliveries, logs that differ), by kind.
    public var problems: [String: Int] = [:]
    /// Error frames and failed connections, by code or description.
    public var errors: [String: Int] = [:]
    /// The end-of-run check against what the server's log says.
    public var audit = LoadAudit()

    /// Acknowledged choices per second in the measured window.
    public var throughput: Double { measuredSeconds > 0 ? Double(ackLatencies.count) / measuredSeconds : 0 }

    /// The value at fraction `q` (0…1) of sorted `values`; nil when there are none.
    public static func quantile(_ values: [Double], _ q: Double) -> Double? {
        guard !values.isEmpty else { return nil }
        let rank = Int((q * Double(values.count)).rounded(.up)) - 1
        return values[min(values.count - 1, max(0, rank))]
    }
}

/// What a watcher of a room is sent on arrival: the room's log and state as the server has it.
public struct LoadWatch: Sendable, Equatable {
    public var log: [String]
    public var paused: Bool
    public var timer: Int?
}

/// Runs simulated students against a classroom server: each a real WebSocket client that joins a room,
/// keeps (with its room) a replica of the game from the frames the server sends, thinks, and takes a
/// random choice among those its replica offers whenever its seat may choose.
public final class LoadRun: Sendable {
    public let plan: LoadPlan
    let rooms: [LoadRoom]
    let figures = LoadFigures()
    private let students = LoadBox<Task<Void, Never>>()

    public init(plan: LoadPlan) {
        self.plan = plan
        rooms = plan.codes.map(LoadRoom.init(code:))
    }

    static func now() -> UInt64 { DispatchTime.now().uptimeNanoseconds }

    static let logger: Logger = {
        var logger = Logger(label: "petrograd.benchmark")
        logger.logLevel = .critical
        return logger
    }()

    /// Runs `plan` and reports. Students connect a room at a time during the warm-up; measuring starts when
    /// it ends; after the measured window the students stop choosing, their last answers are awaited, a
    /// watcher of each room reads the server's log, and every check is made against it.
    public static func run(_ plan: LoadPlan) async -> LoadReport {
        let run = LoadRun(plan: plan)
        let start = now()
        let windowStart = start + UInt64(plan.warmup * 1e9)
        let windowEnd = windowStart + UInt64(plan.measured * 1e9)
        run.figures.window = windowStart..<windowEnd
        await run.start()
        try? await Task.sleep(for: .seconds(Double(windowEnd - min(now(), windowEnd)) / 1e9))
        run.stopChoosing()
        await run.waitForAnswers(seconds: 15)
        // The last deliveries.
        try? await Task.sleep(for: .seconds(2))
        let watched = await run.watch()
        run.figures.audit = run.audit(against: watched)
        await run.finish()
        var report = run.figures.report
        report.students = plan.codes.count * plan.seatsPerRoom
        report.measuredSeconds = plan.measured
        return report
    }

    /// Connects every student and returns once all have been started; they go on choosing until
    /// ``stopChoosing()``. A class arrives over a while, not in one instant: 20 students at a time, spread
    /// over the first half of the warm-up (at most 50 ms apart, so a short warm-up still fills quickly).
    public func start() async {
        let (plan, rooms, figures) = (plan, rooms, figures)
        let launched = LoadBox<Bool>()
        let batches = max(1, plan.codes.count * plan.seatsPerRoom / 20)
        let pause = max(0.05, plan.warmup / 2 / Double(batches))
        students.value = Task {
            await withTaskGroup(of: Void.self) { group in
                var count = 0
                for (roomNumber, room) in rooms.enumerated() {
                    for student in 0..<plan.seatsPerRoom {
                        let role = plan.roles[student % plan.roles.count]
                        let name = "r\(roomNumber + 1) s\(student + 1)"
                        group.addTask { await Student(room: room, name: name, role: role, plan: plan, figures: figures).run() }
                        count += 1
                        if count % 20 == 0 { try? await Task.sleep(for: .seconds(pause)) }
                    }
                }
                launched.value = true
                await group.waitForAll()
            }
        }
        while launched.value == nil { try? await Task.sleep(for: .milliseconds(20)) }
    }

    /// From now on no student starts a new choice.
    public func stopChoosing() { figures.stopChoosing() }

    /// Waits (at most `seconds`) until every choice sent has been answered.
    public func waitForAnswers(seconds: Double) async {
        for _ in 0..<Int(seconds * 10) where rooms.contains(where: \.hasOutstanding) {
            try? await Task.sleep(for: .milliseconds(100))
        }
    }

    /// Closes every student's connection and waits for them to end.
    public func finish() async {
        await figures.closeAll()
        await students.value?.value
    }

    /// Each room as a new watcher is told of it (by code); a room whose watcher got no welcome is missing.
    public func watch() async -> [String: LoadWatch] {
        var watched: [String: LoadWatch] = [:]
        for room in rooms {
            if let watch = await Self.watch(code: room.code, plan: plan) { watched[room.code] = watch }
        }
        return watched
    }

    /// The checks against what the server's watchers were told: every acknowledged choice is in the log
    /// where its acknowledgement said, no seat's choice is logged twice, and every student's replica is
    /// the server's log (or, after a crash, its beginning).
    public func audit(against watched: [String: LoadWatch]) -> LoadAudit {
        var audit = LoadAudit()
        for room in rooms {
            guard let watch = watched[room.code] else {
                audit.missingRooms += 1
                continue
            }
            audit.add(room.audit(serverLog: watch.log))
        }
        return audit
    }

    /// The log each room's students saw, by code.
    public var observedLogs: [String: [String]] {
        Dictionary(uniqueKeysWithValues: rooms.map { ($0.code, $0.lines) })
    }

    /// How many choices the server has acknowledged so far, in every room.
    public var acknowledgedCount: Int { rooms.reduce(0) { $0 + $1.acknowledgedCount } }

    /// The figures so far.
    public var report: LoadReport { figures.report }

    /// What the server tells a new watcher of the room.
    static func watch(code: String, plan: LoadPlan) async -> LoadWatch? {
        let box = LoadBox<LoadWatch>()
        _ = try? await WebSocketClient.connect(url: plan.url, configuration: .init(maxFrameSize: 1 << 24), logger: logger) { inbound, outbound, _ in
            try await outbound.write(.text(LoadClientFrame.watch(program: plan.program, code: code)))
            for try await message in inbound.messages(maxSize: 1 << 26) {
                guard case .text(let text) = message, let frame = LoadFrame.decode(text) else { continue }
                if frame.type == "welcome" {
                    box.value = LoadWatch(log: frame.log ?? [], paused: frame.paused ?? false, timer: frame.timer)
                    try await outbound.close(.normalClosure, reason: nil)
                    return
                }
                if frame.type == "error" { return }
            }
        }
        return box.value
    }

    /// One simulated student.
    struct Student {
        let room: LoadRoom
        let name: String
        let role: String
        let plan: LoadPlan
        let figures: LoadFigures

        func run() async {
            do {
                try await WebSocketClient.connect(url: plan.url, configuration: .init(maxFrameSize: 1 << 24), logger: LoadRun.logger) { inbound, outbound, _ in
                    figures.register(outbound)
                    try await outbound.write(.text(LoadClientFrame.hello(program: plan.program, code: room.code, name: name, role: role)))
                    var seat: Int?
                    for try await message in inbound.messages(maxSize: 1 << 26) {
                        guard case .text(let text) = message else { continue }
                        let time = LoadRun.now()
                        guard let frame = LoadFrame.decode(text) else {
                            figures.problem("an undecodable frame")
                            continue
                        }
                        handle(frame, seat: &seat, at: time)
                        if let seat, figures.isChoosing, room.startThinking(seat: seat) {
                            think(seat: seat, outbound: outbound)
                        }
                    }
                }
            } catch {
                figures.error("connection: \(error)")
            }
        }

        private func handle(_ frame: LoadFrame, seat: inout Int?, at time: UInt64) {
            switch frame.type {
            case "welcome":
                guard let number = frame.seat, let files = frame.files, let game = frame.game else {
                    figures.problem("a welcome without seat, files or game")
                    return
                }
                seat = number
                if let problem = room.welcome(seat: number, files: files.base, branches: files.branches, seed: game.seed, roles: game.roles,
                                              entry: game.entry, log: frame.log ?? [], paused: frame.paused ?? false) {
                    figures.problem(problem)
                } else {
                    figures.welcomed()
                }
            case "action":
                guard let seat, let index = frame.index, let line = frame.line else { return }
                let (sent, problem) = room.received(index: index, line: line, by: seat, at: time)
                if let problem { figures.problem("\(problem)") }
                if let sent { figures.roomDelivered(sent: sent, at: time) }
            case "ack":
                guard let seat, let seq = frame.seq, let index = frame.index else { return }
                switch room.acknowledged(seat: seat, seq: seq, index: index) {
                case .success(let sent): figures.acknowledged(sent: sent, at: time)
                case .failure(let problem): figures.problem("\(problem)")
                }
            case "refused":
                guard let seat, let seq = frame.seq else { return }
                if room.refused(seat: seat, seq: seq) { figures.refused(frame.reason ?? "?") }
            case "room":
                room.setPaused(frame.paused ?? false)
            case "error":
                figures.error(frame.code ?? "error")
            default:
                break
            }
        }

        private func think(seat: Int, outbound: WebSocketOutboundWriter) {
            let room = room, figures = figures, range = plan.think
            Task {
                var generator = SystemRandomNumberGenerator()
                try? await Task.sleep(for: .seconds(Double.random(in: range, using: &generator)))
                guard figures.isChoosing else {
                    room.stopThinking(seat: seat)
                    return
                }
                guard let (seq, choice) = room.decide(seat: seat, at: LoadRun.now(), using: &generator) else { return }
                do {
                    try await outbound.write(.text(LoadClientFrame.choose(seq: seq, choice: choice)))
                } catch {
                    figures.error("send: \(error)")
                }
            }
        }
    }
}

/// A value written by one task and read after it by another.
final class LoadBox<Value>: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: Value?
    var value: Value? {
        get { lock.lock(); defer { lock.unlock() }; return stored }
        set { lock.lock(); stored = newValue; lock.unlock() }
    }
}
