#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation
import PetrogradConsole
import Testing

/// Drives the real libedit through a pseudo-terminal. Serialised: libedit's set-up touches global
/// state, and only one reader may exist at a time.
@Suite(.serialized) struct EditLineReaderTests {
    static let prompt = "test> "

    /// A fresh history file path in a folder that does not exist yet.
    static func temporaryHistoryPath() -> String {
        FileManager.default.temporaryDirectory
            .appendingPathComponent("petrograd-console-\(UUID().uuidString)")
            .appendingPathComponent("nested/history").path
    }

    /// Starts a read and waits for its prompt, so keys typed next reach libedit in raw mode.
    func startReading(_ editor: EditorThread, on terminal: PseudoTerminal) throws {
        terminal.settle()
        editor.startReading(prompt: Self.prompt)
        try #require(terminal.waitForScreen(toShow: Self.prompt), "no prompt on \(terminal.screen)")
    }

    /// Types keys into a read that has shown its prompt and returns what the read produced.
    func read(_ keys: String, _ editor: EditorThread, on terminal: PseudoTerminal) throws -> LineReadResult? {
        try startReading(editor, on: terminal)
        terminal.type(keys)
        return editor.nextResult()
    }

    @Test func onlyOneReaderMayExistAtATime() throws {
        let terminal = try PseudoTerminal()
        var first = EditLineReader(input: terminal.input, output: terminal.output, errorOutput: terminal.output, handlesSignals: false)
        #expect(first != nil)
        #expect(EditLineReader(input: terminal.input, output: terminal.output, errorOutput: terminal.output, handlesSignals: false) == nil)
        first = nil
        #expect(EditLineReader(input: terminal.input, output: terminal.output, errorOutput: terminal.output, handlesSignals: false) != nil)
    }

    @Test func typedLinesCompletionCtrlCAndCtrlDBehaveAsAtATerminal() throws {
        let terminal = try PseudoTerminal()
        let historyPath = Self.temporaryHistoryPath()
        defer { try? FileManager.default.removeItem(atPath: historyPath) }
        let editor = EditorThread(terminal: terminal, historyPath: historyPath)
        try #require(editor.waitUntilStarted() == .started)
        defer {
            if !editor.finish() {
                // Still waiting for a key: closing the terminal ends the read.
                terminal.hangUp()
                _ = editor.finish()
            }
        }
        // A late SIGINT must not end the test process after the reader has put back the handler.
        let previousHandler = signal(SIGINT) { _ in }
        defer { signal(SIGINT, previousHandler) }

        #expect(try read("abc\r", editor, on: terminal) == .line("abc"))
        #expect(try read("मज़दूर\r", editor, on: terminal) == .line("मज़दूर"))

        // Tab completes मज, which ends inside the cluster ज़, to the one word offered, plus a space.
        editor.offerCompletions(["मज़दूर", "किसान"])
        #expect(try read("मज\t\r", editor, on: terminal) == .line("मज़दूर "))

        // With several matches and nothing they share beyond म, Tab lists them under the line.
        editor.offerCompletions(["मज़दूर", "मज़दूरी", "मंत्री"])
        try startReading(editor, on: terminal)
        terminal.type("म\t")
        #expect(terminal.waitForScreen(toShow: "मंत्री"))
        terminal.type("\r")
        #expect(editor.nextResult() == .line("म"))

        // Ctrl-C abandons the line typed so far.
        try startReading(editor, on: terminal)
        terminal.type("xyz")
        try #require(terminal.waitForScreen(toShow: "xyz"))
        terminal.type("\u{3}")
        try #require(interruptUntilTheReadEnds(editor))
        #expect(editor.nextResult() == .interrupted)

        // The history, saved as it grows, keeps Hindi and is recalled with Ctrl-P.
        editor.addHistory("मज़दूर से बात करो")
        #expect(try read("\u{10}\r", editor, on: terminal) == .line("मज़दूर से बात करो"))
        let saved = try String(contentsOfFile: historyPath, encoding: .utf8)
        #expect(saved.contains("मज़दूर"))

        // Ctrl-D on an empty line ends the input.
        #expect(try read("\u{4}", editor, on: terminal) == .endOfInput)
    }

    @Test func historySavedByOneReaderIsRecalledByTheNext() throws {
        let historyPath = Self.temporaryHistoryPath()
        defer { try? FileManager.default.removeItem(atPath: historyPath) }
        do {
            let terminal = try PseudoTerminal()
            let editor = EditorThread(terminal: terminal, historyPath: historyPath)
            try #require(editor.waitUntilStarted() == .started)
            editor.addHistory("look")
            editor.addHistory("क्रांति")
            #expect(editor.finish())
        }
        let terminal = try PseudoTerminal()
        let editor = EditorThread(terminal: terminal, historyPath: historyPath)
        try #require(editor.waitUntilStarted() == .started)
        defer { _ = editor.finish() }
        #expect(try read("\u{10}\r", editor, on: terminal) == .line("क्रांति"))
        #expect(try read("\u{10}\u{10}\r", editor, on: terminal) == .line("look"))
    }

    /// Sends SIGINT to the editor thread until its read returns: a signal that arrives before the
    /// thread blocks in read() interrupts nothing, so one attempt may not be enough.
    func interruptUntilTheReadEnds(_ editor: EditorThread) -> Bool {
        for _ in 0..<50 {
            editor.interrupt()
            Thread.sleep(forTimeInterval: 0.1)
            if editor.hasResult {
                return true
            }
        }
        return false
    }
}
