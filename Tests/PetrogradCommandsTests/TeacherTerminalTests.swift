import Foundation
import Testing
@testable import PetrogradCommands

/// The teacher's console in a real terminal: tmux runs `petrograd host` in a pseudo-terminal, so the prompt
/// reads through libedit, and the test types as a teacher would.
@Suite(.serialized) struct TeacherTerminalTests {
    @Test("At a terminal the teacher's console completes Hindi and English commands with Tab and closes on Ctrl-D")
    func tabCompletionAndCtrlD() throws {
        let folder = try Support.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let port = try #require(BenchmarkCommand.freeLoopbackPort())
        let session = RealTerminalTests.TmuxSession()
        defer { session.kill() }
        let environment = "env LC_ALL=C.UTF-8 TERM=xterm-256color NO_COLOR=1 XDG_STATE_HOME=\(folder.path) XDG_CONFIG_HOME=\(folder.path)"
        try session.start("\(environment) \(Support.executable.path) host march-1917 --bind 127.0.0.1 --port \(port) --lang hi --seed 5; sleep 30")
        #expect(try session.wait { $0.contains("शिक्षक का कंसोल तैयार है") && $0.contains("> ") })

        // Tab completes a Hindi command word (libedit may redraw Devanagari imperfectly; the answer counts).
        try session.type("सीट")
        try session.send("Tab")
        try session.send("Enter")
        #expect(try session.wait { $0.contains("अभी कोई सीट नहीं है: कोई विद्यार्थी नहीं जुड़ा।") })

        // An English word completes too, and then what it takes: a timer length.
        try session.type("tim")
        try session.send("Tab")
        try session.type("9")
        try session.send("Tab")
        try session.send("Enter")
        #expect(try session.wait { $0.contains("घड़ी: जिसकी बारी है, उसके पास 90 सेकंड हैं") })

        // Ctrl-D closes the classroom; the rooms stay in the database.
        try session.send("C-d")
        #expect(try session.wait { $0.contains("कक्षा बंद हुई। सब कुछ सहेजा गया है।") })
    }
}
