import Foundation
import Testing

/// `petrograd` continues a game played with a branch from any folder, by the branch folder its save
/// remembers (the authors' report, A10).
@Suite struct ContinuingBranchGameTests {
    @Test func aBranchGameIsContinuedFromAnotherFolderAndExplainedWhenItsFolderHasMoved() throws {
        let work = try Support.temporaryFolder(), elsewhere = try Support.temporaryFolder(), home = try Support.temporaryFolder()
        let environment = ["XDG_STATE_HOME": home.appendingPathComponent("state").path, "XDG_CONFIG_HOME": home.appendingPathComponent("config").path,
                           "COLUMNS": "1000"]  // a wide window keeps each message on one line to search
        let made = try Support.run(["new", "branch", "my-branch", "--from", "march-1917", "--at", "dawn-roll-call"], in: work)
        #expect(made.status == 0, "\(made.output)")
        // The third choice at dawn is the branch's own, into its scene 'my-branch'.
        let first = try Support.run(["play", "march-1917", "--with", "./my-branch", "--role", "soldier", "--lang", "en", "--at", "dawn-roll-call"],
                                    input: "3\nquit\n", environment: environment, in: work)
        #expect(first.status == 0, "\(first.output)")
        #expect(first.output.contains("For a moment everything seems to stand still."))

        let continued = try Support.run(["play", "--lang", "en"], input: "1\nquit\n", environment: environment, in: elsewhere)
        #expect(continued.status == 0, "\(continued.output)")
        #expect(continued.output.contains("  1. Continue it"))
        #expect(continued.output.contains("For a moment everything seems to stand still."), "\(continued.output)")
        #expect(!continued.output.contains("Problem:"))

        let folder = work.appendingPathComponent("my-branch").resolvingSymlinksInPath().path
        try FileManager.default.moveItem(at: work.appendingPathComponent("my-branch"), to: work.appendingPathComponent("moved"))
        let moved = try Support.run(["play", "--lang", "en"], input: "", environment: environment, in: elsewhere)
        #expect(moved.output.contains("Problem: it was played with the branch my-branch from \(folder); to continue it, play with --with and the branch's folder (--with \(folder), unless it has moved)"), "\(moved.output)")
        #expect(!moved.output.contains("  1. Continue it"))
    }
}
