import Foundation
import Testing
@testable import PetrogradCommands

/// `petrograd benchmark classroom`, tiny: the real binary starts the real host, its students choose, and
/// the report has every figure beside its target, with no action lost or duplicated. (Timings are never
/// checked: they depend on the machine.)
@Suite(.serialized) struct ClassroomBenchmarkTests {
    @Test("A tiny classroom benchmark reports every figure with its target, and loses and duplicates nothing")
    func tinyRun() throws {
        let (status, output) = try Support.run(["benchmark", "classroom", "--rooms", "2", "--seats", "3", "--minutes", "0.1", "--warmup", "0.05",
                                                "--think", "0.05-0.2"])
        #expect(status == 0, "\(output)")
        let labels = output.split(separator: "\n").map { String($0.prefix(23)).trimmingCharacters(in: .whitespaces) }
        #expect(Array(labels.dropFirst(2).prefix(9)) == ["students welcomed", "throughput", "action to ack", "action to whole room", "lost actions",
                                                         "duplicated actions", "checks", "server memory", "SQLite"], "\(output)")
        #expect(output.contains("students welcomed      6 of 6"))
        #expect(output.contains("lost actions           0   [target 0: met]"))
        #expect(output.contains("duplicated actions     0   [target 0: met]"))
        #expect(output.contains("0 rooms not read back, replicas equal to the server's log"))
        #expect(output.contains("[p99 < 50 ms: "))
        #expect(output.contains("[p99 < 100 ms: "))
        #expect(!output.contains("problems"))
    }
}
