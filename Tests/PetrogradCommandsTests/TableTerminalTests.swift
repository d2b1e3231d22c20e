import Foundation
import Testing

/// A table around one screen in a real terminal: the binary under tmux, read through libedit, in Hindi.
@Suite(.serialized) struct TableTerminalTests {
    @Test func aTableInHindiPassesTheTurnCompletesThePlayersWordAndSavesEverySeat() throws {
        let state = try Support.temporaryFolder()
        let session = RealTerminalTests.TmuxSession()
        defer { session.kill() }
        let environment = "env LC_ALL=C.UTF-8 TERM=xterm-256color NO_COLOR=1 XDG_STATE_HOME=\(state.path) XDG_CONFIG_HOME=\(state.path)"
        try session.start("\(environment) \(Support.executable.path) play \(Support.smallScenario) --players 'आशा:worker,मीना:duma' --lang hi --seed 1917; sleep 30")
        // No name is asked: the list names everyone. The first seat plays first.
        #expect(try session.wait { $0.contains("— आशा (मज़दूर), तुम्हारी बारी —") && $0.contains("\n> ") })
        #expect(try !session.screen().contains("तुम्हारा नाम क्या है?"))

        // Tab completes the table's own command word, in Hindi, and it lists the table.
        try session.type("खिला")
        try session.send("Tab")
        try session.send("Enter")
        #expect(try session.wait { $0.contains("== खिलाड़ी ==") && $0.contains("2. मीना (ड्यूमा सदस्य)") })

        // Asha's choices until she is a day ahead: then the turn passes to Meena, and the screen says so.
        for choice in ["1", "2", "3", "1", "2"] {
            #expect(try session.wait { RealTerminalTests.lastLine(of: $0) == ">" })
            try session.type(choice)
            try session.send("Enter")
        }
        #expect(try session.wait { $0.contains("आशा को मीना के 24 फ़रवरी, 15:00 तक पहुँचने का इंतज़ार है।") && $0.contains("— मीना (ड्यूमा सदस्य), तुम्हारी बारी —") })

        #expect(try session.wait { RealTerminalTests.lastLine(of: $0) == ">" })
        try session.send("C-d")
        #expect(try session.wait { $0.contains("खेल सहेजा गया। फिर मिलेंगे।") })
        let autosave = state.appendingPathComponent("petrograd/saves/march-1917/आशा-मीना/autosave.json")
        let text = try String(contentsOf: autosave, encoding: .utf8)
        #expect(text.contains("मीना"), "\(text.prefix(400))")
    }
}
