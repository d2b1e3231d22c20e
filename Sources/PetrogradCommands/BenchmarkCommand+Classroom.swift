import ArgumentParser
import Foundation
import PetrogradClassroom
import PetrogradConsole
#if canImport(Glibc)
import Glibc
#endif

/// `petrograd benchmark classroom`: the real `petrograd host` as a second process (on loopback, with a
/// temporary database), its rooms opened at the teacher's console, and simulated students in this process
/// (``LoadRun``) choosing at random; then the figures, each beside its target.
extension BenchmarkCommand {
    /// The targets the issue sets, in milliseconds.
    static let ackTarget = 50.0, roomTarget = 100.0

    /// `--think 2-10` as a range of seconds.
    var thinkRange: ClosedRange<Double>? {
        let parts = think.split(separator: "-").map { Double($0.trimmingCharacters(in: .whitespaces)) }
        guard parts.count == 2, let low = parts[0], let high = parts[1], low >= 0, low <= high else { return nil }
        return low...high
    }

    func classroom() throws {
        var output = StandardOutput()
        guard rooms >= 1, rooms <= 500, seats >= 1, seats <= 60 else {
            throw ValidationError("--rooms takes 1 to 500 rooms and --seats 1 to 60 seats (a room holds at most 60)")
        }
        guard let thinking = thinkRange else { throw ValidationError("--think takes a range of seconds, as in --think 2-10") }
        guard minutes > 0, warmup >= 0 else { throw ValidationError("--minutes must be more than 0 and --warmup at least 0") }
        let students = rooms * seats
        let limit = Self.raiseOpenFileLimit(to: 2 * students + 256)
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("petrograd-benchmark-classroom-\(getpid())")
        defer { try? FileManager.default.removeItem(at: folder) }
        let scenarioFolder = folder.appendingPathComponent(LoadScenario.id)
        try FileManager.default.createDirectory(at: scenarioFolder, withIntermediateDirectories: true)
        try LoadScenario.text.write(to: scenarioFolder.appendingPathComponent(LoadScenario.fileName), atomically: true, encoding: .utf8)
        let database = folder.appendingPathComponent("classroom.sqlite").path
        guard let port = Self.freeLoopbackPort() else { throw ValidationError("no free port on 127.0.0.1") }

        let host = try HostProcess(executable: Self.runningExecutable,
                                   arguments: ["host", scenarioFolder.path, "--bind", "127.0.0.1", "--port", String(port), "--database", database,
                                               "--lang", "en", "--seed", "1"])
        defer { host.stop() }
        for _ in 1..<rooms { host.type("open") }
        guard let codes = host.waitForRoomCodes(rooms, seconds: 120) else {
            throw ValidationError("the host did not open \(rooms) rooms; it said:\n" + host.transcript)
        }
        let idleKilobytes = host.residentKilobytes() ?? 0
        print(String(format: "classroom: %d rooms × %d seats (%d students), thinking %@ s, warm-up %.1f min, measured %.1f min; open-file limit %d",
                     rooms, seats, students, think, warmup, minutes, limit), to: &output)
        print("server: petrograd host (process \(host.process.processIdentifier)) on 127.0.0.1:\(port), database in a temporary folder", to: &output)

        let plan = LoadPlan(url: "ws://127.0.0.1:\(port)/play", codes: codes, seatsPerRoom: seats, roles: ["worker", "soldier"],
                            program: PetrogradCommand.version, warmup: warmup * 60, measured: minutes * 60, think: thinking)
        let report = Self.waitFor { await LoadRun.run(plan) }
        let busyKilobytes = host.residentKilobytes() ?? 0
        let peakKilobytes = host.peakKilobytes() ?? 0
        host.type("quit")
        host.waitForExit(seconds: 30)
        let databaseAfter = LoadRun.storedBytes(ofDatabase: database) ?? Self.databaseBytes(database)
        for line in Self.lines(of: report, idleKilobytes: idleKilobytes, busyKilobytes: busyKilobytes, peakKilobytes: peakKilobytes,
                               databaseBytes: databaseAfter, students: students) {
            print(line, to: &output)
        }
        if report.audit.lost > 0 || report.audit.duplicated > 0 || report.audit.missingRooms > 0 { throw ExitCode(1) }
    }

    /// The report as printed: each figure beside its target.
    static func lines(of report: LoadReport, idleKilobytes: Int, busyKilobytes: Int, peakKilobytes: Int, databaseBytes: Int, students: Int) -> [String] {
        func milliseconds(_ values: [Double]) -> String {
            guard let p50 = LoadReport.quantile(values, 0.5), let p99 = LoadReport.quantile(values, 0.99), let max = values.last else { return "no actions measured" }
            return String(format: "p50 %.1f ms, p99 %.1f ms, max %.1f ms", p50, p99, max)
        }
        func verdict(_ values: [Double], under target: Double) -> String {
            guard let p99 = LoadReport.quantile(values, 0.99) else { return "p99 < \(Int(target)) ms: not measured" }
            return "p99 < \(Int(target)) ms: " + (p99 < target ? "met" : "MISSED")
        }
        func label(_ text: String) -> String { text.padding(toLength: 23, withPad: " ", startingAt: 0) }
        let audit = report.audit
        let lines = max(1, audit.logLines)
        var result = [
            label("students welcomed") + "\(report.welcomed) of \(students)",
            label("throughput") + String(format: "%.1f actions/s (%d acknowledged choices in %.0f s)", report.throughput, report.ackLatencies.count, report.measuredSeconds),
            label("action to ack") + String(format: "%@   [%@]", milliseconds(report.ackLatencies), verdict(report.ackLatencies, under: ackTarget)),
            label("action to whole room") + String(format: "%@   [%@]", milliseconds(report.roomLatencies), verdict(report.roomLatencies, under: roomTarget)),
            label("lost actions") + String(format: "%d   [target 0: %@]", audit.lost, audit.lost == 0 ? "met" : "MISSED"),
            label("duplicated actions") + String(format: "%d   [target 0: %@]", audit.duplicated, audit.duplicated == 0 ? "met" : "MISSED"),
            label("checks") + String(format: "%d unanswered choices, %d students behind the log, %d rooms not read back, replicas %@",
                                     audit.unanswered, audit.behind, audit.missingRooms,
                                     audit.replicaDiffers ? "DIFFER from the server's log" : "equal to the server's log"),
            label("server memory") + String(format: "%.1f MB resident with every seat (%.1f MB idle, peak %.1f MB): %.1f KB per seat",
                   Double(busyKilobytes) / 1024, Double(idleKilobytes) / 1024, Double(peakKilobytes) / 1024,
                   Double(max(0, busyKilobytes - idleKilobytes)) / Double(max(1, students))),
            label("SQLite") + String(format: "%.2f MB for %d log lines (the rooms' set-up included): %.0f bytes per action", Double(databaseBytes) / 1e6, audit.logLines,
                   Double(databaseBytes) / Double(lines)),
        ]
        let refusals = report.refusals.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }
        if !refusals.isEmpty { result.append(label("refusals") + refusals.joined(separator: ", ")) }
        let problems = report.problems.merging(report.errors) { $0 + $1 }.sorted { $0.key < $1.key }.map { "\($0.key): \($0.value)" }
        if !problems.isEmpty { result.append(label("problems") + problems.joined(separator: "; ")) }
        return result
    }

    /// The database's bytes on disk, with its write-ahead log.
    static func databaseBytes(_ path: String) -> Int {
        [path, path + "-wal"].reduce(0) { total, file in
            total + ((try? FileManager.default.attributesOfItem(atPath: file)[.size] as? Int) ?? 0)
        }
    }

    /// Raises this process's open-file limit (which the server, started from it, inherits) to `wanted`, or
    /// as far as the hard limit allows; returns the limit in force.
    static func raiseOpenFileLimit(to wanted: Int) -> Int {
        var limit = rlimit()
        #if canImport(Glibc)
        let resource = __rlimit_resource_t(RLIMIT_NOFILE.rawValue)
        #else
        let resource = RLIMIT_NOFILE
        #endif
        guard getrlimit(resource, &limit) == 0 else { return 0 }
        if limit.rlim_cur < rlim_t(wanted) {
            limit.rlim_cur = min(limit.rlim_max, rlim_t(wanted))
            _ = setrlimit(resource, &limit)
            _ = getrlimit(resource, &limit)
        }
        return Int(limit.rlim_cur)
    }

    /// A port on 127.0.0.1 that nothing listens on now.
    static func freeLoopbackPort() -> Int? {
        #if canImport(Glibc)
        let socketFD = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        #else
        let socketFD = socket(AF_INET, SOCK_STREAM, 0)
        #endif
        guard socketFD >= 0 else { return nil }
        defer { close(socketFD) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = 0
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafePointer(to: &address) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(socketFD, $0, length) } }
        guard bound == 0 else { return nil }
        let named = withUnsafeMutablePointer(to: &address) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(socketFD, $0, &length) } }
        guard named == 0 else { return nil }
        return Int(UInt16(bigEndian: address.sin_port))
    }

    /// Runs async work to its end from this synchronous command.
    static func waitFor<Value: Sendable>(_ work: @escaping @Sendable () async -> Value) -> Value {
        let result = ResultSlot<Value>()
        let done = DispatchSemaphore(value: 0)
        Task {
            result.value = await work()
            done.signal()
        }
        done.wait()
        return result.value!
    }
}

/// A value handed from a task to the thread that waits for it.
private final class ResultSlot<Value>: @unchecked Sendable {
    var value: Value?
}

/// The `petrograd host` child process: its input is the teacher's console, typed line by line; its output
/// is kept to find the rooms' codes.
final class HostProcess: @unchecked Sendable {
    let process = Process()
    private let input = Pipe()
    private let output = Pipe()
    private let lock = NSLock()
    private var said = ""

    init(executable: URL, arguments: [String]) throws {
        process.executableURL = executable
        process.arguments = arguments
        var environment = ProcessInfo.processInfo.environment
        environment["NO_COLOR"] = "1"
        process.environment = environment
        process.standardInput = input
        process.standardOutput = output
        process.standardError = output
        output.fileHandleForReading.readabilityHandler = { [weak self] handle in
            let data = handle.availableData
            guard let self, !data.isEmpty else { return }
            self.lock.lock()
            self.said += String(decoding: data, as: UTF8.self)
            self.lock.unlock()
        }
        try process.run()
    }

    /// Everything the host printed so far.
    var transcript: String {
        lock.lock()
        defer { lock.unlock() }
        return said
    }

    /// Types a line at the teacher's console.
    func type(_ line: String) {
        try? input.fileHandleForWriting.write(contentsOf: Data((line + "\n").utf8))
    }

    /// The codes of the first `count` rooms the host announced ("Room code: K7QP2M", "कमरे का कोड: K7QP2M"),
    /// in order; nil when they did not all come within `seconds` or the host stopped.
    func waitForRoomCodes(_ count: Int, seconds: Double) -> [String]? {
        let deadline = Date().addingTimeInterval(seconds)
        while Date() < deadline {
            let codes = transcript.split(separator: "\n").compactMap { line -> String? in
                guard let range = line.range(of: "Room code: ") ?? line.range(of: "कमरे का कोड: ") else { return nil }
                return RoomCode(typed: String(line[range.upperBound...]))?.value
            }
            if codes.count >= count, transcript.contains("Listening on") || transcript.contains("सर्वर 127.0.0.1") { return Array(codes.prefix(count)) }
            if !process.isRunning { return nil }
            Thread.sleep(forTimeInterval: 0.05)
        }
        return nil
    }

    /// Waits (at most `seconds`) until the host has printed `text`; false if it did not, or stopped.
    func waitFor(_ text: String, seconds: Double) -> Bool {
        let deadline = Date().addingTimeInterval(seconds)
        while Date() < deadline {
            if transcript.contains(text) { return true }
            if !process.isRunning { return false }
            Thread.sleep(forTimeInterval: 0.05)
        }
        return false
    }

    /// A line of /proc/PID/status in kilobytes (`VmRSS`, `VmHWM`).
    private func status(_ field: String) -> Int? {
        guard let text = try? String(contentsOfFile: "/proc/\(process.processIdentifier)/status", encoding: .utf8) else { return nil }
        let line = text.split(separator: "\n").first { $0.hasPrefix(field + ":") }
        return line.flatMap { Int($0.split(whereSeparator: \.isWhitespace).dropFirst().first ?? "") }
    }

    func residentKilobytes() -> Int? { status("VmRSS") }
    func peakKilobytes() -> Int? { status("VmHWM") }

    func waitForExit(seconds: Double) {
        let deadline = Date().addingTimeInterval(seconds)
        while process.isRunning, Date() < deadline { Thread.sleep(forTimeInterval: 0.05) }
    }

    /// Ends the host if it is still running.
    func stop() {
        try? input.fileHandleForWriting.close()
        waitForExit(seconds: 5)
        if process.isRunning { process.terminate() }
        process.waitUntilExit()
        output.fileHandleForReading.readabilityHandler = nil
    }
}
