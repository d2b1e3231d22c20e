import Foundation
import Testing
@testable import PetrogradCommands

/// `explore --mode random --strategy S` plays with that strategy only, and gives the time its games took
/// to play apart from the report (on stderr), so the report stays the same from run to run.
@Suite struct ExploreStrategyTests {
    static func run(_ arguments: [String]) throws -> (report: String, timing: [String]) {
        var command = try ExploreCommand.parse(["march-1917", "--role", "worker", "--mode", "random", "--runs", "20"] + arguments)
        command.failures = try Support.temporaryFolder().path
        var output = StringOutput()
        var timing: [String] = []
        #expect(command.execute(library: Support.library, output: &output, timing: { timing.append($0) }) == 0, "\(output.text)")
        return (output.text, timing)
    }

    @Test func uniformAloneIsTheUniformPartOfBoth() throws {
        let uniform = try Self.run(["--strategy", "uniform"])
        let both = try Self.run([])
        #expect(uniform.report.contains("random play (uniform, 20 games of worker, seed 1917)"))
        #expect(!uniform.report.contains("least-used"))
        #expect(both.report.hasPrefix(uniform.report), "the uniform games are the same games")
        #expect(both.report.contains("random play (least-used"))
    }

    @Test func eachRandomPlayIsTimedApartFromTheReport() throws {
        let (report, timing) = try Self.run(["--strategy", "least-used"])
        #expect(timing.count == 1)
        let line = try #require(timing.first)
        #expect(line.hasPrefix("random play (least-used, worker): "), "\(line)")
        #expect(line.hasSuffix(" M choices/s"), "\(line)")
        let choices = try #require(report.split(separator: "\n").first { $0.contains("random play (least-used") })
        let made = try #require(choices.split(separator: ": ").last?.split(separator: " ").first)
        #expect(line.contains(": \(made) choices in "), "the timer counts the report's choices: \(line) / \(choices)")
        #expect(!report.contains("choices/s"))
    }

    @Test func anUnknownStrategyIsRefusedWithTheChoices() throws {
        do {
            _ = try ExploreCommand.parse(["march-1917", "--strategy", "greedy"])
            Issue.record("'greedy' was accepted")
        } catch {
            let message = ExploreCommand.message(for: error)
            #expect(message.contains("uniform") && message.contains("least-used"), "\(message)")
        }
    }
}
