import Foundation
import Testing

/// The real binary: a teacher's `host` and a student's `join`, each in a terminal of its own (tmux), on
/// loopback. The student plays in Hindi at libedit, is killed, and gets the same seat back by its token.
@Suite(.serialized) struct JoinTerminalTests {
    typealias Tmux = RealTerminalTests.TmuxSession

    /// The `petrograd join` command the host printed for its room (address and code), read off its screen.
    static func joinCommand(on screen: String) -> (address: String, code: String)? {
        for line in screen.split(separator: "\n") {
            let words = line.split(separator: " ").map(String.init)
            guard let join = words.firstIndex(of: "join"), join + 3 < words.count, words[join + 2] == "--code" else { continue }
            return (words[join + 1], words[join + 3])
        }
        return nil
    }

    @Test func aStudentPlaysInHindiAtLibeditIsKilledAndGetsTheSameSeatBack() throws {
        let state = try Support.temporaryFolder()
        let host = Tmux(), student = Tmux()
        defer {
            student.kill()
            host.kill()
        }
        let environment = "env LC_ALL=C.UTF-8 TERM=xterm-256color NO_COLOR=1 XDG_STATE_HOME=\(state.path) XDG_CONFIG_HOME=\(state.path)"
        try host.start("\(environment) \(Support.executable.path) host march-1917 --bind 127.0.0.1 --port 0 --database \(state.path)/class.sqlite; sleep 30")
        #expect(try host.wait { Self.joinCommand(on: $0) != nil })
        let (address, code) = try #require(Self.joinCommand(on: try host.screen()))

        let join = "\(environment) \(Support.executable.path) join \(address) --code \(code) --name आशा --role worker --lang hi"
        try student.start(join + "; sleep 30")
        #expect(try student.wait { $0.contains("कक्षा का खेल, कमरा \(code): तुम्हारी सीट 1 है (कुल 1 सीटें)") && $0.contains("\n> ") })

        // The class table's help, typed in Devanagari at libedit, says what does not exist here.
        try student.type("मदद")
        try student.send("Enter")
        #expect(try student.wait { $0.contains("कक्षा के खेल में: वापस, सहेजो, खोलो") })
        try student.type("वापस")
        try student.send("Enter")
        #expect(try student.wait { $0.contains("कक्षा के खेल में पीछे सिर्फ़ शिक्षक ले जा सकते हैं।") })

        // A choice goes to the server and comes back as the seat's next scene.
        let before = try student.screen()
        try student.type("1")
        try student.send("Enter")
        #expect(try student.wait { $0 != before && RealTerminalTests.lastLine(of: $0) == ">" && $0.count > before.count + 80 })

        // The client is killed, then started again with the same name: the same seat, not a new one.
        try student.tmux(["respawn-pane", "-k", "-t", student.name, join + "; sleep 30"])
        #expect(try student.wait { $0.contains("कक्षा का खेल, कमरा \(code): तुम्हारी सीट 1 है (कुल 1 सीटें)") && $0.contains("\n> ") })
        try student.type("बाहर")
        try student.send("Enter")
        #expect(try student.wait { $0.contains("तुम कक्षा के खेल से निकल गए हो; सीट तुम्हारी ही रहेगी।") })
        let seatFiles = try FileManager.default.contentsOfDirectory(atPath: state.appendingPathComponent("petrograd/classroom").path)
        #expect(seatFiles.count == 1 && seatFiles[0].hasPrefix(code))
    }
}
