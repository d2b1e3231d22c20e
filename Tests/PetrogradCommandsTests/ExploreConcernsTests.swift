import Foundation
import Testing
@testable import PetrogradCommands

/// Explore's report on one role speaks of that role: the variables its scenes read or change, on lines
/// that fit a screen (the authors' report, A9).
@Suite struct ExploreConcernsTests {
    static func randomReport(_ arguments: [String]) throws -> String {
        var command = try ExploreCommand.parse(arguments + ["--mode", "random", "--runs", "20"])
        command.failures = try Support.temporaryFolder().path
        var output = StringOutput()
        #expect(command.execute(library: Support.library, output: &output) == 0, "\(output.text)")
        return output.text
    }

    /// The "at the end" lines of the first strategy's report, joined back into one list.
    static func variablesAtTheEnd(_ report: String) -> [String] {
        let lines = report.split(separator: "\n", omittingEmptySubsequences: false)
        guard let start = lines.firstIndex(where: { $0.hasPrefix("    at the end (min/mean/max): ") }) else { return [] }
        var text = String(lines[start].dropFirst("    at the end (min/mean/max): ".count))
        for line in lines[(start + 1)...] where line.hasPrefix("      ") { text += " " + line.dropFirst(6) }
        return text.split(separator: ", ").map { String($0.split(separator: " ")[0]) }
    }

    @Test func aSoldiersReportListsNoneOfTheWorkersOwnVariables() throws {
        let report = try Self.randomReport(["march-1917", "--role", "soldier"])
        let names = Self.variablesAtTheEnd(report)
        #expect(names.contains("courage"))
        #expect(names.contains("garrison"))
        #expect(names.contains("s-fired"))
        #expect(!names.contains("walked-out"))
        #expect(!names.contains(where: { $0.hasPrefix("w-") }), "\(names)")
        // Read by no scene of any role: it concerns nobody's choices.
        #expect(!names.contains("prorogued"))
    }

    @Test func theListWrapsWithinAHundredColumns() throws {
        let report = try Self.randomReport(["march-1917", "--role", "worker"])
        let lines = report.split(separator: "\n").drop { !$0.hasPrefix("    at the end") }.prefix { $0.hasPrefix("    at the end") || $0.hasPrefix("      ") }
        #expect(lines.count >= 2)
        #expect(lines.allSatisfy { $0.count <= 100 }, "\(lines)")
        #expect(Self.variablesAtTheEnd(report).contains("walked-out"))
    }

    @Test func wrappingKeepsEveryItemWhole() {
        let items = (1...30).map { "variable-\($0) 0/0.0/1" }
        let lines = ExploreCommand.wrapped("    at the end (min/mean/max): ", items, width: 60)
        #expect(lines.allSatisfy { $0.count <= 60 })
        #expect(lines.dropFirst().allSatisfy { $0.hasPrefix("      ") && !$0.hasPrefix("       ") })
        #expect(lines.joined(separator: " ").split(separator: ",").count == 30)
        #expect(ExploreCommand.wrapped("  x: ", ["a"]) == ["  x: a"])
    }
}
