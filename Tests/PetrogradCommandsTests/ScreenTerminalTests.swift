import Foundation
import PetrogradConsole
import Testing

/// The real binary in a real terminal (tmux) of a chosen size: resizing the window mid-game, and the
/// "more" pause of a turn taller than the window.
@Suite(.serialized) struct ScreenTerminalTests {
    typealias Tmux = RealTerminalTests.TmuxSession

    /// Starts the game in a `columns` × `rows` window, with fresh settings and saves, under a name given on
    /// the command line (at a terminal the name is asked otherwise).
    static func start(_ session: Tmux, columns: Int, rows: Int, arguments: String) throws {
        let state = try Support.temporaryFolder()
        let environment = "env LC_ALL=C.UTF-8 TERM=xterm-256color NO_COLOR=1 XDG_STATE_HOME=\(state.path) XDG_CONFIG_HOME=\(state.path)"
        try session.tmux(["new-session", "-d", "-s", session.name, "-x", "\(columns)", "-y", "\(rows)",
                          "\(environment) \(Support.executable.path) play march-1917 --name tester \(arguments); sleep 30"])
    }

    /// Whether the game waits at its prompt, the menu above it.
    static func atPrompt(_ screen: String) -> Bool {
        RealTerminalTests.lastLine(of: screen) == ">" && screen.contains("What will you do?")
    }

    @Test func aWindowResizedMidGameIsFollowedFromTheNextTurn() throws {
        let session = Tmux()
        defer { session.kill() }
        try Self.start(session, columns: 100, rows: 50, arguments: "--role duma --lang en --seed 1 --no-more")
        #expect(try session.wait(until: Self.atPrompt))
        // At 100 columns the prose fills lines wider than 60.
        #expect(try session.screen().components(separatedBy: "\n").contains { $0.count > 70 })

        try session.tmux(["resize-window", "-t", session.name, "-x", "60", "-y", "50"])
        try session.type("look")
        try session.send("Enter")
        #expect(try session.wait { $0.contains("> look") && $0.components(separatedBy: "> look").last.map(Self.atPrompt) == true })
        // Joined by tmux (-J), a line the terminal had to wrap would show as one long line: every line
        // after the command was fitted by the program to the new width, and uses it.
        let after = try #require(session.screen().components(separatedBy: "> look").last).components(separatedBy: "\n")
        for line in after { #expect(line.trimmingCharacters(in: .whitespaces).count <= 60, "\(line)") }
        #expect(after.contains { $0.count > 50 })
        #expect(after.contains { $0.hasPrefix("== ") && !$0.hasSuffix("==") }, "the long heading was wrapped")
    }

    @Test func aTurnTallerThanTheWindowPausesAndEnterGoesOn() throws {
        let session = Tmux()
        defer { session.kill() }
        // The soldier's first screen is taller than 16 rows at 80 columns.
        try Self.start(session, columns: 80, rows: 16, arguments: "--role soldier --lang en --seed 1")
        #expect(try session.wait { RealTerminalTests.lastLine(of: $0).hasPrefix("-- more: press Enter") })
        #expect(try !session.screen().contains("What will you do?"))
        // The page's first row is the turn's first: nothing scrolled away unread.
        try session.send("Enter")
        #expect(try session.wait(until: Self.atPrompt))
        #expect(try !session.screen().contains("-- more"), "the pause's prompt is taken away once answered")
    }

    @Test func withNoMoreTheTurnIsNotPaused() throws {
        let session = Tmux()
        defer { session.kill() }
        try Self.start(session, columns: 80, rows: 16, arguments: "--role soldier --lang en --seed 1 --no-more")
        #expect(try session.wait(until: Self.atPrompt))
        #expect(try !session.screen().contains("-- more"))
    }

    /// P3: interactive `--plain` reads lines without libedit, so Tab is no completion, and it says the
    /// option taken in words, with no decoration on screen.
    @Test func interactivePlainReadsWithoutLineEditingAndSaysTheChoice() throws {
        let session = Tmux()
        defer { session.kill() }
        try Self.start(session, columns: 100, rows: 50, arguments: "--role worker --lang en --seed 1 --plain")
        #expect(try session.wait(until: Self.atPrompt))
        try session.type("jour")
        try session.send("Tab")
        try session.send("Enter")
        #expect(try session.wait { $0.contains("'jour' is not a choice or a command") }, "Tab completed nothing: no libedit")
        try session.type("3")
        try session.send("Enter")
        #expect(try session.wait { $0.contains("You chose: 3. ") })
        let screen = try session.screen()
        #expect(!screen.contains("=="))
        #expect(!screen.components(separatedBy: "\n").contains { $0.hasPrefix("[") || $0.hasPrefix("* ") })
    }
}
