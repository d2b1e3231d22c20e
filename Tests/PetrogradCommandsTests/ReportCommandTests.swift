import Foundation
import PetrogradClassroom
import PetrogradConsole
@testable import PetrogradCommands
import Testing

/// `petrograd report`: from a folder of solo saves made by playing, from a room in the teacher's database,
/// and the mistakes a teacher can make on the way.
@Suite(.timeLimit(.minutes(2))) struct ReportCommandTests {
    /// A class that played alone: two students' saves, one of them finished, in `state/saves`.
    static func classFolder() throws -> URL {
        let state = try Support.temporaryFolder()
        let duma = ["1", "1", "1", "3", "2", "1", "3", "2", "2", "2", "2", "1"]
        #expect(try Support.playInProcess(["march-1917", "--role", "duma", "--lang", "en", "--seed", "1", "--name", "Asha <b>"],
                                          lines: duma + ["quit"], state: state, width: 200).status == 0)
        #expect(try Support.playInProcess(["march-1917", "--role", "worker", "--lang", "hi", "--seed", "2", "--name", "Ravi"],
                                          lines: ["1", "1", "quit"], state: state, width: 200).status == 0)
        return state.appendingPathComponent("saves")
    }

    static func report(_ arguments: [String], in folder: URL) throws -> (status: Int32, output: String, errors: String) {
        let command = try ReportCommand.parse(arguments)
        var output = StringOutput(), errors = StringOutput()
        let status = command.make(library: Support.library, workingFolder: folder.path, output: &output, errors: &errors)
        return (status, output.text, errors.text)
    }

    @Test func aFolderOfSoloSavesMakesOneReportWithACityForEachStudent() throws {
        let saves = try Self.classFolder()
        let broken = saves.appendingPathComponent("Meena/autosave.json")
        try FileManager.default.createDirectory(at: broken.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data("{ not a save".utf8).write(to: broken)
        let work = try Support.temporaryFolder()
        let (status, output, errors) = try Self.report([saves.path, "--lang", "en"], in: work)
        #expect(status == 0)
        let path = work.appendingPathComponent("report-march-1917.html").path
        #expect(output == "The report (2 games) is in \(path)\n", "an autosave and its finished copy count once")
        #expect(errors.contains("warning: skipped \(broken.path): "), "the broken save is named and skipped")
        let page = try String(contentsOfFile: path, encoding: .utf8)
        #expect(page.contains("<html lang=\"en\">"))
        #expect(page.contains("<h4>Asha &lt;b&gt;</h4>") && page.contains("<h4>Ravi</h4>"))
        #expect(page.contains("<title>Asha &lt;b&gt;</title>"), "each student's city is a line of the charts")
        #expect(page.contains("Duma resolve"))
        #expect(!page.contains("<b>"))

        // A second report never writes over the first.
        let again = try Self.report([saves.path, "--lang", "hi"], in: work)
        #expect(again.status == 0)
        #expect(again.output.contains(work.appendingPathComponent("report-march-1917-2.html").path))
        let hindi = try String(contentsOfFile: work.appendingPathComponent("report-march-1917-2.html").path, encoding: .utf8)
        #expect(hindi.contains("<html lang=\"hi\">") && hindi.contains("चर्चा की रिपोर्ट"))
    }

    @Test func aSaveFileToStandardOutput() throws {
        let saves = try Self.classFolder()
        let file = saves.appendingPathComponent("Ravi/autosave.json")
        let (status, output, errors) = try Self.report([file.path, "--output", "-", "--lang", "en"], in: try Support.temporaryFolder())
        #expect(status == 0 && errors.isEmpty)
        #expect(output.hasPrefix("<!DOCTYPE html>") && output.contains("<h4>Ravi</h4>") && !output.contains("Asha"))
    }

    @Test func mistakesAreSaidClearlyInTheTeachersLanguage() throws {
        let work = try Support.temporaryFolder()
        let none = try Self.report(["--lang", "en"], in: work)
        #expect(none.status == 2 && none.errors.contains("give --room CODE, or save files or a folder of saves"))
        let both = try Self.report(["--room", "K7P3QD", "x.json", "--lang", "hi"], in: work)
        #expect(both.status == 2 && both.errors.contains("एक बार में एक ही दीजिए"))
        let language = try Self.report(["x.json", "--lang", "fr"], in: work)
        #expect(language.status == 2 && language.errors.contains("use hi or en"))
        let missing = try Self.report(["no-such-folder", "--lang", "en"], in: work)
        #expect(missing.status == 1 && missing.errors.contains("error: no-such-folder does not exist")
                && missing.errors.contains("no readable saved game was found"))
        try Data("[]".utf8).write(to: work.appendingPathComponent("bad.json"))
        let bad = try Self.report(["bad.json", "--lang", "en"], in: work)
        #expect(bad.status == 1 && bad.errors.contains("skipped \(work.path)/bad.json"))
        let noRoom = try Self.report(["--room", "K7P3QD", "--database", work.appendingPathComponent("none.sqlite").path, "--lang", "en"], in: work)
        #expect(noRoom.status == 1 && noRoom.errors.contains("none.sqlite does not exist"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: work.path) == ["bad.json"], "no report was written")
    }

    @Test func aRoomIsReadFromTheTeachersDatabase() async throws {
        let folder = try Support.temporaryFolder()
        let database = folder.appendingPathComponent("classroom.sqlite").path
        let code = try await Support.onOwnThread {
            let command = try HostCommand.parse(["march-1917", "--port", "0", "--bind", "127.0.0.1", "--database", database, "--seed", "4"])
            var printed = ""
            guard let hosting = command.open(library: Support.library, language: "en", output: &printed) else { throw CancellationError() }
            let room = hosting.rooms[0].room
            try runBlocking { try await room.end() }
            try runBlocking { await hosting.server.stop() }
            return room.code.value
        }
        let unknown = try Self.report(["--room", "ZZZZZZ", "--database", database, "--lang", "en"], in: folder)
        #expect(unknown.status == 1 && unknown.errors.contains("there is no room ZZZZZZ in \(database)"))
        let (status, output, errors) = try Self.report(["--room", code.lowercased(), "--database", database, "--lang", "en", "--output", "class.html"], in: folder)
        #expect(status == 0, "\(errors)")
        #expect(output.contains(folder.appendingPathComponent("class.html").path))
        let page = try String(contentsOfFile: folder.appendingPathComponent("class.html").path, encoding: .utf8)
        #expect(page.contains("Seats: 0 · Cities: 1") && page.contains("City: \(code)"))
        #expect(page.contains("Petrograd, February–March 1917"))
    }
}
