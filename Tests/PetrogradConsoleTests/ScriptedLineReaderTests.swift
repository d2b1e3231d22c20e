import PetrogradConsole
import Testing

@Suite struct ScriptedLineReaderTests {
    @Test func itReplaysItsScriptAndRecordsPromptsAndHistory() {
        var reader = ScriptedLineReader(results: [.line("look"), .interrupted, .line("मज़दूर")])
        #expect(reader.readLine(prompt: "1> ") == .line("look"))
        reader.addHistory("look")
        #expect(reader.readLine(prompt: "2> ") == .interrupted)
        #expect(reader.readLine(prompt: "3> ") == .line("मज़दूर"))
        #expect(reader.readLine(prompt: "4> ") == .endOfInput)
        #expect(reader.prompts == ["1> ", "2> ", "3> ", "4> "])
        #expect(reader.history == ["look"])
    }
}
