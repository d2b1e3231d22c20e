#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import PetrogradConsole
import Testing

@Suite struct PlainLineReaderTests {
    /// A stream reading `contents` from a temporary file, closed by `body`'s end.
    func withStream<Result>(
        containing contents: String,
        _ body: (UnsafeMutablePointer<FILE>) throws -> Result
    ) throws -> Result {
        let stream = try #require(tmpfile())
        defer { fclose(stream) }
        fputs(contents, stream)
        rewind(stream)
        return try body(stream)
    }

    @Test func linesComeBackWithoutTerminatorsThenEndOfInput() throws {
        try withStream(containing: "look\nमज़दूर से बात करो\r\n\nlast") { stream in
            let reader = PlainLineReader(input: stream)
            #expect(reader.readLine(prompt: "> ") == .line("look"))
            #expect(reader.readLine(prompt: "> ") == .line("मज़दूर से बात करो"))
            #expect(reader.readLine(prompt: "> ") == .line(""))
            #expect(reader.readLine(prompt: "> ") == .line("last"))
            #expect(reader.readLine(prompt: "> ") == .endOfInput)
            #expect(reader.readLine(prompt: "> ") == .endOfInput)
        }
    }

    @Test func linesArriveThroughAPipe() throws {
        var descriptors: [Int32] = [0, 0]
        try #require(pipe(&descriptors) == 0)
        let readStream = try #require(fdopen(descriptors[0], "r"))
        defer { fclose(readStream) }
        let text = Array("क्रांति\nend\n".utf8)
        try #require(write(descriptors[1], text, text.count) == text.count)
        close(descriptors[1])

        let reader = PlainLineReader(input: readStream)
        #expect(reader.readLine(prompt: "") == .line("क्रांति"))
        #expect(reader.readLine(prompt: "") == .line("end"))
        #expect(reader.readLine(prompt: "") == .endOfInput)
    }

    @Test func thePromptIsWrittenOnlyWhereAsked() throws {
        let promptStream = try #require(tmpfile())
        defer { fclose(promptStream) }
        try withStream(containing: "a\nb\n") { stream in
            let silent = PlainLineReader(input: stream)
            #expect(silent.readLine(prompt: "hidden> ") == .line("a"))
            let echoing = PlainLineReader(input: stream, prompt: .stream(promptStream))
            #expect(echoing.readLine(prompt: "shown> ") == .line("b"))
        }
        rewind(promptStream)
        var written = [UInt8](repeating: 0, count: 64)
        let count = fread(&written, 1, written.count, promptStream)
        #expect(String(decoding: written[..<count], as: UTF8.self) == "shown> ")
    }

    @Test func bytesThatAreNotUTF8BecomeReplacementCharacters() throws {
        try withStream(containing: "ok\n") { stream in
            fseek(stream, 0, SEEK_END)
            fputc(0xFF, stream)
            fputs("x\n", stream)
            rewind(stream)
            let reader = PlainLineReader(input: stream)
            #expect(reader.readLine(prompt: "") == .line("ok"))
            #expect(reader.readLine(prompt: "") == .line("\u{FFFD}x"))
        }
    }

    @Test(.enabled(if: !Terminal.isInteractive, "needs standard input or output that is not a terminal"))
    func withoutATerminalTheFactoryChoosesThePlainReader() {
        #expect(LineReaderFactory.makeReader() is PlainLineReader)
    }
}
