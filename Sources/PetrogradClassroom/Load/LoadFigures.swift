import Foundation
import HummingbirdWSClient

/// The load run's tallies, shared by every student's connection (behind a lock).
final class LoadFigures: @unchecked Sendable {
    private let lock = NSLock()
    private var collected = LoadReport()
    private var choosing = true
    private var writers: [WebSocketOutboundWriter] = []
    /// The measured window, in `DispatchTime` nanoseconds: choices sent in it are counted.
    var window: Range<UInt64> = 0..<0

    private func locked<Value>(_ body: () throws -> Value) rethrows -> Value {
        lock.lock()
        defer { lock.unlock() }
        return try body()
    }

    var isChoosing: Bool { locked { choosing } }
    func stopChoosing() { locked { choosing = false } }

    func register(_ writer: WebSocketOutboundWriter) { locked { writers.append(writer) } }

    /// Closes every student's connection.
    func closeAll() async {
        let all = locked { writers }
        for writer in all { try? await writer.close(.normalClosure, reason: nil) }
    }

    func welcomed() { locked { collected.welcomed += 1 } }

    func acknowledged(sent: UInt64, at time: UInt64) {
        guard window.contains(sent) else { return }
        locked { collected.ackLatencies.append(Double(time &- sent) / 1e6) }
    }

    func roomDelivered(sent: UInt64, at time: UInt64) {
        guard window.contains(sent) else { return }
        locked { collected.roomLatencies.append(Double(time &- sent) / 1e6) }
    }

    func refused(_ reason: String) { locked { collected.refusals[reason, default: 0] += 1 } }
    func problem(_ kind: String) { locked { collected.problems[kind, default: 0] += 1 } }
    func error(_ kind: String) { locked { collected.errors[kind, default: 0] += 1 } }

    var audit: LoadAudit {
        get { locked { collected.audit } }
        set { locked { collected.audit = newValue } }
    }

    /// The report so far, its latencies sorted.
    var report: LoadReport {
        locked {
            var report = collected
            report.ackLatencies.sort()
            report.roomLatencies.sort()
            return report
        }
    }
}
