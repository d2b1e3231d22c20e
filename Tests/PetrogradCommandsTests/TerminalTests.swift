import Foundation
import Glibc
import Testing

/// The real binary in a real terminal: tmux runs it in a pseudo-terminal, so the game reads through
/// libedit, and the test types as a person would and reads the screen.
@Suite(.serialized) struct RealTerminalTests {
    /// A tmux server of the test's own, running one program.
    struct TmuxSession {
        let socket = "petrograd-test-\(UUID().uuidString.prefix(8))"
        let name = "game"

        /// Runs a tmux client command and returns what it printed. It is spawned directly (posix_spawn and
        /// waitpid), not with Foundation's Process: the tmux server that the first command starts inherits
        /// Process's internal descriptors and would keep it waiting for ever.
        @discardableResult
        func tmux(_ arguments: [String]) throws -> String {
            let output = FileManager.default.temporaryDirectory.appendingPathComponent("\(socket)-\(UUID().uuidString).out").path
            defer { try? FileManager.default.removeItem(atPath: output) }
            var actions = posix_spawn_file_actions_t()
            posix_spawn_file_actions_init(&actions)
            defer { posix_spawn_file_actions_destroy(&actions) }
            posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
            posix_spawn_file_actions_addopen(&actions, 1, output, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
            posix_spawn_file_actions_adddup2(&actions, 1, 2)
            let argv = ["tmux", "-u", "-L", socket] + arguments
            var cArguments: [UnsafeMutablePointer<CChar>?] = argv.map { strdup($0) } + [nil]
            defer { cArguments.forEach { free($0) } }
            var pid = pid_t()
            let status = posix_spawnp(&pid, "tmux", &actions, nil, &cArguments, environ)
            guard status == 0 else { throw TmuxError(description: "tmux could not be started (\(status)); install it with .ci/setup") }
            var exitStatus: Int32 = 0
            while waitpid(pid, &exitStatus, 0) == -1 && errno == EINTR {}
            return (try? String(contentsOfFile: output, encoding: .utf8)) ?? ""
        }

        func start(_ command: String) throws {
            try tmux(["new-session", "-d", "-s", name, "-x", "100", "-y", "50", command])
        }

        func screen() throws -> String { try tmux(["capture-pane", "-p", "-J", "-S", "-200", "-t", name]) }

        func send(_ keys: String...) throws { try tmux(["send-keys", "-t", name] + keys) }

        func type(_ text: String) throws { try tmux(["send-keys", "-t", name, "-l", text]) }

        /// Waits until the screen satisfies `condition`; false after ten seconds.
        func wait(until condition: (String) -> Bool) throws -> Bool {
            for _ in 0..<600 {
                if condition(try screen()) { return true }
                Thread.sleep(forTimeInterval: 0.05)
            }
            return false
        }

        var isRunning: Bool { ((try? tmux(["has-session", "-t", name])) ?? "").isEmpty }

        func kill() { _ = try? tmux(["kill-server"]) }
    }

    struct TmuxError: Error, CustomStringConvertible {
        var description: String
    }

    /// The last line of the screen that is not blank, without its trailing spaces.
    static func lastLine(of screen: String) -> String {
        let line = screen.split(separator: "\n").last { !$0.allSatisfy(\.isWhitespace) } ?? ""
        return String(line.reversed().drop { $0 == " " }.reversed())
    }

    static func occurrences(of needle: String, in text: String) -> Int {
        text.components(separatedBy: needle).count - 1
    }

    @Test func aPersonTypesHindiUsesHistoryAndTabPressesCtrlCAndCtrlD() throws {
        let state = try Support.temporaryFolder()
        let session = TmuxSession()
        defer { session.kill() }
        let environment = "env LC_ALL=C.UTF-8 TERM=xterm-256color NO_COLOR=1 XDG_STATE_HOME=\(state.path) XDG_CONFIG_HOME=\(state.path)"
        try session.start("\(environment) \(Support.executable.path) play march-1917 --role worker --lang hi --seed 11; sleep 30")
        // At a terminal the player's name is asked, in the player's language, and typed in Devanagari.
        #expect(try session.wait { $0.contains("तुम्हारा नाम क्या है?") && $0.contains("\n> ") })
        try session.type("आशा")
        try session.send("Enter")
        #expect(try session.wait { $0.contains("तुम क्या करोगे?") && $0.hasSuffix("> ") || $0.contains("तुम क्या करोगे?") && $0.contains("\n> ") })

        // Hindi typed at the prompt is read exactly: the Hindi word for help answers.
        try session.type("मदद")
        try session.send("Enter")
        #expect(try session.wait { $0.contains("आदेश (हिंदी या अंग्रेज़ी में):") })

        // History: the arrow key brings the Hindi line back, and it works again.
        try session.send("Up")
        try session.send("Enter")
        #expect(try session.wait { Self.occurrences(of: "आदेश (हिंदी या अंग्रेज़ी में):", in: $0) >= 2 })

        // Tab completes a command word of the language being played (libedit may redraw the completed
        // Devanagari imperfectly, so what counts is the line it returns: the journal is shown).
        try session.type("डाय")
        try session.send("Tab")
        try session.send("Enter")
        #expect(try session.wait { $0.contains("== डायरी ==") })

        // Ctrl-C cancels the line being typed and the game goes on.
        try session.type("this line is abandoned")
        try session.send("C-c")
        try session.type("1")
        try session.send("Enter")
        #expect(try session.wait { $0.contains("दो घंटे") || $0.contains("महिला दिवस") })
        #expect(try !session.screen().contains("'this line is abandoned'"))

        // Ctrl-D saves and leaves. It is sent once the next prompt is up: a key typed while the game is
        // still printing reaches a terminal in line mode, where Ctrl-D is no character at all.
        #expect(try session.wait { Self.lastLine(of: $0) == ">" && $0.contains("महिला दिवस") || Self.lastLine(of: $0) == ">" && $0.contains("दो घंटे") })
        try session.send("C-d")
        #expect(try session.wait { $0.contains("खेल सहेजा गया। फिर मिलेंगे।") })
        let autosave = state.appendingPathComponent("petrograd/saves/march-1917/आशा/autosave.json")
        #expect(FileManager.default.fileExists(atPath: autosave.path))
        let history = try String(contentsOf: state.appendingPathComponent("petrograd/history"), encoding: .utf8)
        #expect(history.contains("मदद"), "Hindi history entries are kept")
    }

    /// The reliability report's F9 and F24: at the language, name and role menus SIGTERM and SIGHUP end the
    /// program, and only the program: the shell that started it lives on to print the exit status.
    @Test(arguments: [("TERM", ""), ("HUP", ""), ("TERM", "--lang en"), ("TERM", "--lang en --name Asha"), ("TERM", "--lang en --name Asha --role worker")])
    func aSignalAtAnyPromptEndsTheGameAndNotTheShellThatStartedIt(signal: String, arguments: String) throws {
        let state = try Support.temporaryFolder()
        let session = TmuxSession()
        defer { session.kill() }
        let environment = "env LC_ALL=C.UTF-8 TERM=xterm-256color NO_COLOR=1 XDG_STATE_HOME=\(state.path) XDG_CONFIG_HOME=\(state.path)"
        let pidFile = state.appendingPathComponent("pid").path
        try session.start("sh -c 'echo $$ > \(pidFile); exec \(environment) \(Support.executable.path) play march-1917 \(arguments)'; echo EXIT=$?; sleep 30")
        let prompt = arguments.isEmpty ? "Choose a language" : arguments.contains("role") ? "What will you do?"
            : arguments.contains("name") ? "Which role will you play?" : "What is your name?"
        #expect(try session.wait { $0.contains(prompt) && $0.hasSuffix("> ") || $0.contains(prompt) && $0.contains("\n> ") })
        let pid = try #require(Int32(try String(contentsOfFile: pidFile, encoding: .utf8).trimmingCharacters(in: .whitespacesAndNewlines)))
        _ = Glibc.kill(pid, signal == "TERM" ? SIGTERM : SIGHUP)
        #expect(try session.wait { $0.contains("EXIT=0") }, "the game ended and the shell that started it printed its status")
    }
}
