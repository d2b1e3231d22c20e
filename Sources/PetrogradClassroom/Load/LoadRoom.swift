import Foundation
import PetrogradCore

/// One room of the load test as its simulated students see it: a replica of the room's game, kept from
/// the log the server sends (one replica for the whole room, so forty students do not replay every action
/// forty times), what each student has sent and been told, and when each action reached each student.
///
/// The students' connections run on many threads; everything here is behind one lock.
final class LoadRoom: @unchecked Sendable {
    /// A student's seat, as the room tracks it.
    struct Seat {
        /// The next `seq` this seat sends.
        var nextSeq = 1
        /// The choose frame sent and not yet answered: its seq, the line it should be logged as, and when.
        var outstanding: (seq: Int, line: String, sent: UInt64)?
        /// Whether the student is thinking about a choice (a choose frame will follow).
        var isThinking = false
        /// The acknowledged choices: seq → (log index, the line it should be).
        var acknowledged: [Int: (index: Int, line: String)] = [:]
        /// The highest action index this student has received, to find gaps and repeats.
        var lastIndex = 0
    }

    /// Where an action's delivery to the whole room stands.
    struct Delivery {
        /// When the choose frame that became this action was sent; nil for actions no student sent.
        var sent: UInt64?
        var receivers = 0
    }

    let code: String
    private let lock = NSLock()
    private var game: Game?
    private var storedLines: [String] = []

    /// The room's log as its students received it.
    var lines: [String] { locked { storedLines } }
    private var seats: [Int: Seat] = [:]
    private var deliveries: [Int: Delivery] = [:]
    private var paused = false
    /// The seat of each connected student (a student is counted once its welcome arrives).
    private var connected: Set<Int> = []

    init(code: String) {
        self.code = code
    }

    private func locked<Value>(_ body: () throws -> Value) rethrows -> Value {
        lock.lock()
        defer { lock.unlock() }
        return try body()
    }

    /// Takes in a welcome: builds the replica on the first one, adds the lines the replica lacks, and
    /// counts the student as connected. Returns a problem in words when the files do not compile or the log
    /// does not replay.
    func welcome(seat: Int, files: [SourceFile], branches: [[SourceFile]], seed: UInt64, roles: [String], entry: String?,
                 log: [String], paused: Bool) -> String? {
        locked {
            if game == nil {
                let compilation = Compiler.compile(files, branches: branches)
                guard let scenario = compilation.scenario else { return "the scenario in the welcome does not compile" }
                let roleIndices = roles.compactMap(scenario.roleIndex)
                guard roleIndices.count == roles.count else { return "the welcome names a role the scenario lacks" }
                var setup = Simulation.Setup()
                if let entry {
                    guard let index = scenario.entries.firstIndex(where: { $0.id == entry }) else { return "no entry '\(entry)'" }
                    setup.entry = index
                }
                switch Game.start(scenario, roles: roleIndices, seed: seed, setup: setup) {
                case .failure(let error): return "the game does not start: \(error)"
                case .success(let started): game = started.0
                }
            }
            for (offset, line) in log.enumerated() where offset >= storedLines.count {
                if let problem = append(line) { return problem }
            }
            seats[seat, default: Seat()].lastIndex = max(seats[seat]?.lastIndex ?? 0, log.count)
            connected.insert(seat)
            self.paused = paused
            return nil
        }
    }

    /// Adds a line to the replica (the lock is held).
    private func append(_ line: String) -> String? {
        guard let action = Action(logLine: line) else { return "'\(line)' is not a log line" }
        guard case .success = game?.perform(action) else { return "the replica refused '\(line)'" }
        storedLines.append(line)
        return nil
    }

    /// An action frame reached the student on `seat` at `time`. Returns, when this was the last student of
    /// the room to receive an action a student sent, when it was sent; and what went wrong, if anything.
    func received(index: Int, line: String, by seat: Int, at time: UInt64) -> (sentByStudent: UInt64?, problem: LoadProblem?) {
        locked {
            var problem: LoadProblem?
            let last = seats[seat]?.lastIndex ?? 0
            if index <= last { problem = .duplicateDelivery } else if index > last + 1 { problem = .missedDelivery }
            seats[seat, default: Seat()].lastIndex = max(last, index)
            if index == storedLines.count + 1 {
                if append(line) != nil { problem = .replicaRefused }
                var delivery = Delivery(sent: nil)
                if let action = Action(logLine: line), case .choose(let player, _, _) = action,
                   let outstanding = seats[player]?.outstanding, outstanding.line == line {
                    delivery.sent = outstanding.sent
                }
                deliveries[index] = delivery
            } else if index <= storedLines.count, storedLines[index - 1] != line {
                problem = .differentLogs
            }
            guard var delivery = deliveries[index] else { return (nil, problem) }
            delivery.receivers += 1
            if delivery.receivers >= connected.count {
                deliveries[index] = nil
                return (delivery.sent, problem)
            }
            deliveries[index] = delivery
            return (nil, problem)
        }
    }

    /// Whether the student on `seat` can start thinking about a choice now; marks it thinking if so.
    func startThinking(seat: Int) -> Bool {
        locked {
            guard !paused, let game, let state = seats[seat], !state.isThinking, state.outstanding == nil,
                  game.state.players.indices.contains(seat - 1) else { return false }
            let player = game.state.players[seat - 1]
            guard player.isActive, !player.isAbsent, player.time <= game.state.world.clock else { return false }
            seats[seat]?.isThinking = true
            return true
        }
    }

    /// The student on `seat` stops thinking without choosing (the run is over).
    func stopThinking(seat: Int) {
        locked { seats[seat]?.isThinking = false }
    }

    /// The student on `seat` has thought: a random choice among those the replica offers, with the seq to
    /// send it under, recorded as sent at `time`; nil when the seat cannot choose after all.
    func decide<G: RandomNumberGenerator>(seat: Int, at time: UInt64, using generator: inout G) -> (seq: Int, choice: String)? {
        locked {
            seats[seat]?.isThinking = false
            guard !paused, let game, var state = seats[seat], state.outstanding == nil, game.state.players.indices.contains(seat - 1) else { return nil }
            let player = game.state.players[seat - 1]
            guard player.isActive, !player.isAbsent, player.time <= game.state.world.clock else { return nil }
            let open = game.simulation.options(for: seat - 1, in: game.state).filter(\.isAvailable)
            guard let option = open.randomElement(using: &generator) else { return nil }
            let choice = game.scenario.choices[option.choice].id
            let seq = state.nextSeq
            state.nextSeq += 1
            state.outstanding = (seq, "p\(seat) choose \(choice)", time)
            seats[seat] = state
            return (seq, choice)
        }
    }

    /// The server acknowledged `seq` at log `index`: returns the time it was sent, or a problem.
    func acknowledged(seat: Int, seq: Int, index: Int) -> Result<UInt64, LoadProblem> {
        locked {
            guard let outstanding = seats[seat]?.outstanding, outstanding.seq == seq else {
                return .failure(seats[seat]?.acknowledged[seq] != nil ? .duplicateAck : .unexpectedAck)
            }
            seats[seat]?.outstanding = nil
            seats[seat]?.acknowledged[seq] = (index, outstanding.line)
            return .success(outstanding.sent)
        }
    }

    /// The server refused `seq` (the seat was waiting after all, or the room paused): the student may
    /// choose again.
    func refused(seat: Int, seq: Int) -> Bool {
        locked {
            guard let outstanding = seats[seat]?.outstanding, outstanding.seq == seq else { return false }
            seats[seat]?.outstanding = nil
            return true
        }
    }

    func setPaused(_ value: Bool) {
        locked { paused = value }
    }

    /// How many choices of this room's students the server has acknowledged.
    var acknowledgedCount: Int {
        locked { seats.values.reduce(0) { $0 + $1.acknowledged.count } }
    }

    /// Whether any choose frame of this room is still unanswered.
    var hasOutstanding: Bool {
        locked { seats.values.contains { $0.outstanding != nil } }
    }

    /// The room's figures for the end of the run, checked against `serverLog` (what a watcher was sent):
    /// choices acknowledged but not in the log at their index (lost), seats whose choices are logged more
    /// often than acknowledged (duplicated), choices never answered, and students who did not receive the
    /// whole log.
    func audit(serverLog: [String]) -> LoadAudit {
        locked {
            var audit = LoadAudit()
            audit.logLines = serverLog.count
            // After a crash the server may have committed lines it had not yet sent: the replica is then its beginning.
            if !serverLog.starts(with: storedLines) { audit.replicaDiffers = true }
            for (seat, state) in seats {
                for (_, acknowledged) in state.acknowledged {
                    let index = acknowledged.index
                    if !(serverLog.indices.contains(index - 1) && serverLog[index - 1] == acknowledged.line) { audit.lost += 1 }
                }
                audit.acknowledged += state.acknowledged.count
                if state.outstanding != nil { audit.unanswered += 1 }
                let logged = serverLog.filter { $0.hasPrefix("p\(seat) choose ") }.count
                audit.duplicated += max(0, logged - state.acknowledged.count - (state.outstanding == nil ? 0 : 1))
                if state.lastIndex < serverLog.count { audit.behind += 1 }
            }
            return audit
        }
    }
}

/// Something a student noticed that must not happen.
enum LoadProblem: Error, Hashable, Sendable {
    case duplicateDelivery, missedDelivery, differentLogs, replicaRefused, duplicateAck, unexpectedAck
}

/// The end-of-run check of one room, or of all rooms added up.
public struct LoadAudit: Sendable, Equatable {
    public var logLines = 0
    public var acknowledged = 0
    /// Acknowledged choices that are not in the server's log where the acknowledgement said.
    public var lost = 0
    /// Log lines of a seat's choices beyond the choices it had acknowledged.
    public var duplicated = 0
    /// Choose frames never answered (neither acknowledged nor refused) by the end.
    public var unanswered = 0
    /// Students who had not received the whole log by the end.
    public var behind = 0
    /// Rooms whose replica (built from the action frames) is not the server's log or its beginning.
    public var replicaDiffers = false
    /// Rooms whose watcher got no welcome.
    public var missingRooms = 0

    public init() {}

    mutating func add(_ other: LoadAudit) {
        logLines += other.logLines
        acknowledged += other.acknowledged
        lost += other.lost
        duplicated += other.duplicated
        unanswered += other.unanswered
        behind += other.behind
        replicaDiffers = replicaDiffers || other.replicaDiffers
        missingRooms += other.missingRooms
    }
}
