import Foundation
import Testing
@testable import PetrogradCommands
import PetrogradConsole
import PetrogradCore

/// Reading a scenario's folder: symbolic links are followed (each folder once), and whatever cannot be
/// read is an error that names it and says why.
@Suite struct ScenarioFilesTests {
    static let bundled = Support.root.appendingPathComponent("Scenarios/march-1917")

    /// A copy of the bundled act in a new folder.
    static func copyOfTheAct() throws -> URL {
        let copy = try Support.temporaryFolder().appendingPathComponent("march-1917")
        try FileManager.default.copyItem(at: bundled, to: copy)
        return copy
    }

    /// A folder with one small scenario file in it.
    static func smallFolder() throws -> URL {
        let folder = try Support.temporaryFolder().appendingPathComponent("scenario")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try "format 1\nscenario x\n  en: X\n  languages en\nrole r\n  en: R\n  start s\nending s\n  en: S\n"
            .write(to: folder.appendingPathComponent("x.story"), atomically: true, encoding: .utf8)
        return folder
    }

    @Test func aSymlinkedScenarioFolderIsReadUnderTheNameGivenAndChecksClean() throws {
        let copy = try Self.copyOfTheAct()
        let link = copy.deletingLastPathComponent().appendingPathComponent("m17link")
        try FileManager.default.createSymbolicLink(at: link, withDestinationURL: copy)
        let original = try ScenarioFiles.read(copy.path)
        for name in [link.path, link.path + "/"] {
            let files = try ScenarioFiles.read(name)
            #expect(files.map { $0.path } == original.map { link.path + "/" + $0.path.dropFirst(copy.path.count + 1) })
            #expect(Compiler.compile(files).diagnostics.isEmpty)
            let command = try CheckCommand.parse([name])
            var output = StringOutput()
            #expect(command.execute(library: Support.library, output: &output, colour: false) == 0, "\(output.text)")
        }
    }

    /// A story bigger than `ScenarioFiles.piecesFrom` is read a piece at a time; `check` finds in it what
    /// it finds in the same bytes held whole, and still shows the line a problem is on.
    @Test func aBigStoryIsReadInPiecesAndCheckedWithItsLinesShown() throws {
        var lines = ScenarioGenerator.scenario(sceneCount: 2_500).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let goes = lines.indices.filter { lines[$0].hasSuffix("go s3") }
        let misspelt = try #require(goes.last)
        lines[misspelt] += "x"
        let text = lines.joined(separator: "\n")
        #expect(text.utf8.count > ScenarioFiles.piecesFrom)
        let folder = try Support.temporaryFolder()
        let path = folder.appendingPathComponent("big.story").path
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        let files = try ScenarioFiles.read(path)
        #expect(files.map(\.isReadInPieces) == [true])
        let whole = Compiler.compile([SourceFile(path: path, text: text)])
        #expect(Compiler.compile(files).diagnostics == whole.diagnostics)
        #expect(whole.diagnostics.contains { $0.location.line == misspelt + 1 })
        // A loader that keeps compilations reads the file whole: a start mostly needs only its key.
        let cache = try Support.temporaryFolder().path
        let cached = ScenarioLoader(library: ScenarioLibrary(root: nil), cache: CompiledScenarioCache(folder: cache, program: "test"))
        let fresh = ScenarioLoader(library: ScenarioLibrary(root: nil))
        #expect((try? cached.load(path).get())?.baseFiles.map(\.isReadInPieces) == [false])
        #expect((try? fresh.load(path).get())?.baseFiles.map(\.isReadInPieces) == [true])
        let (status, output) = try Support.run(["check", path])
        #expect(status == 1)
        #expect(output.contains(":\(misspelt + 1):"), "\(output)")
        #expect(output.contains(lines[misspelt].trimmingCharacters(in: .whitespaces)), "the line is shown: \(output)")
    }

    @Test func aSymlinkedSubfolderIsReadAndLoopsAreHarmless() throws {
        let copy = try Self.copyOfTheAct()
        let elsewhere = copy.deletingLastPathComponent().appendingPathComponent("elsewhere")
        try FileManager.default.createDirectory(at: elsewhere, withIntermediateDirectories: true)
        try FileManager.default.moveItem(at: copy.appendingPathComponent("duma.story"), to: elsewhere.appendingPathComponent("duma.story"))
        try FileManager.default.createSymbolicLink(at: copy.appendingPathComponent("linked"), withDestinationURL: elsewhere)
        // Loops: a link to the folder itself, one to its parent, and one from the linked folder back.
        try FileManager.default.createSymbolicLink(atPath: copy.appendingPathComponent("self").path, withDestinationPath: ".")
        try FileManager.default.createSymbolicLink(atPath: copy.appendingPathComponent("up").path, withDestinationPath: "..")
        try FileManager.default.createSymbolicLink(at: elsewhere.appendingPathComponent("back"), withDestinationURL: copy)
        let files = try ScenarioFiles.read(copy.path)
        #expect(files.map(\.path).contains(copy.path + "/linked/duma.story"))
        #expect(files.count == (try ScenarioFiles.read(Self.bundled.path)).count, "each file once: \(files.map(\.path))")
        #expect(Compiler.compile(files).diagnostics.isEmpty)
    }

    @Test func aLibraryWhoseScenarioIsASymlinkListsAndPlaysIt() throws {
        let copy = try Self.copyOfTheAct()
        let library = try Support.temporaryFolder()
        try FileManager.default.createSymbolicLink(at: library.appendingPathComponent("march-1917"), withDestinationURL: copy)
        let state = try Support.temporaryFolder()
        let list = try Support.run(["list"], environment: ["PETROGRAD_SCENARIOS": library.path, "XDG_STATE_HOME": state.path])
        #expect(list.status == 0)
        #expect(list.output.contains("Petrograd, February–March 1917"), "\(list.output)")
        #expect(list.output.contains("  role worker: "), "\(list.output)")
        #expect(!list.output.contains("has errors"), "\(list.output)")
        let play = try Support.run(["play", "march-1917", "--role", "worker", "--lang", "en", "--seed", "1"],
                                   input: "1\nquit\n", environment: ["PETROGRAD_SCENARIOS": library.path, "XDG_STATE_HOME": state.path])
        #expect(play.status == 0, "\(play.output)")
        #expect(!play.output.contains("cannot be played"), "\(play.output)")
    }

    @Test func aFIFOOrADeviceIsRefusedAtOnceWithWhatItIs() throws {
        let folder = try Self.smallFolder()
        let fifo = folder.appendingPathComponent("pipe.story")
        #expect(mkfifo(fifo.path, 0o644) == 0)
        try FileManager.default.createSymbolicLink(atPath: folder.appendingPathComponent("null.story").path, withDestinationPath: "/dev/null")
        try FileManager.default.createSymbolicLink(atPath: folder.appendingPathComponent("zero.story").path, withDestinationPath: "/dev/zero")
        let error = try #require(Self.readError(folder.path))
        let expected = [
            folder.path + "/null.story: error: this is a device, not a text file",
            folder.path + "/pipe.story: error: this is a FIFO (a named pipe), not a text file",
            folder.path + "/zero.story: error: this is a device, not a text file",
        ]
        #expect(error.description == expected.joined(separator: "\n"))
        #expect(Self.readError(fifo.path)?.description == fifo.path + ": error: this is a FIFO (a named pipe), not a text file")
        #expect(Self.readError("/dev/zero")?.reason == "this is a device, not a text file")
    }

    @Test func everyUnreadableFileIsReportedWithTheSystemsReason() throws {
        let folder = try Self.smallFolder()
        try FileManager.default.createSymbolicLink(atPath: folder.appendingPathComponent("gone.story").path, withDestinationPath: "nowhere.story")
        try FileManager.default.createSymbolicLink(atPath: folder.appendingPathComponent("loop.story").path, withDestinationPath: "loop.story")
        // A link to nothing that is not named like a scenario file is someone else's business.
        try FileManager.default.createSymbolicLink(atPath: folder.appendingPathComponent("notes").path, withDestinationPath: "nowhere")
        let error = try #require(Self.readError(folder.path))
        let expected = [
            folder.path + "/gone.story: error: this file cannot be read: No such file or directory",
            folder.path + "/loop.story: error: this file cannot be read: Too many levels of symbolic links",
        ]
        #expect(error.description == expected.joined(separator: "\n"))
        let command = try CheckCommand.parse([folder.path])
        var output = StringOutput()
        #expect(command.execute(library: Support.library, output: &output, colour: false) == 1)
        #expect(output.text == error.description + "\n")
    }

    @Test func anUnreadableSubfolderOrFileIsAnErrorWithTheReasonNotASilentSkip() throws {
        let folder = try Self.smallFolder()
        let locked = folder.appendingPathComponent("locked")
        try FileManager.default.createDirectory(at: locked, withIntermediateDirectories: true)
        try "scene extra\n  en: Extra\n".write(to: locked.appendingPathComponent("extra.story"), atomically: true, encoding: .utf8)
        let secret = folder.appendingPathComponent("secret.story")
        try "scene secret\n  en: Secret\n".write(to: secret, atomically: true, encoding: .utf8)
        #expect(chmod(locked.path, 0) == 0)
        #expect(chmod(secret.path, 0) == 0)
        defer { chmod(locked.path, 0o755) }
        // Root reads any folder, so as root the check runs as 'nobody', the way a student's account would.
        let arguments = getuid() == 0
            ? ["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups", Support.executable.path, "check", folder.path]
            : [Support.executable.path, "check", folder.path]
        let process = Process()
        process.executableURL = URL(fileURLWithPath: getuid() == 0 ? "/usr/bin/setpriv" : arguments[0])
        process.arguments = Array(arguments.dropFirst())
        process.currentDirectoryURL = URL(fileURLWithPath: "/")
        let output = Pipe()
        process.standardOutput = output
        process.standardError = output
        try process.run()
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 1, "\(text)")
        #expect(text == "\(locked.path): error: this folder cannot be read: Permission denied\n"
            + "\(secret.path): error: this file cannot be read: Permission denied\n")
    }

    static func readError(_ path: String) -> ScenarioFiles.ReadError? {
        do {
            _ = try ScenarioFiles.read(path)
            return nil
        } catch {
            return error
        }
    }
}
