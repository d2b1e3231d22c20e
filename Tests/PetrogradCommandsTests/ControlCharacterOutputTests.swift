import Foundation
import Testing
@testable import PetrogradCommands
import PetrogradConsole
import PetrogradCore

/// A scenario whose texts, file names and folder name carry terminal escapes: a title change (OSC 0), a
/// screen clear, a clipboard write (OSC 52), a C1 CSI and a right-to-left override. No command may print
/// one of them as it is; the program's own colours are the only escapes that reach a terminal.
@Suite struct ControlCharacterOutputTests {
    static let title = "\u{1B}]0;pwned\u{07}"
    static let clear = "\u{1B}[2J"
    static let clipboard = "\u{1B}]52;c;cHduZWQ=\u{07}"
    static let c1 = "\u{9B}31m"
    static let override = "\u{202E}"

    static let scenario = """
        format 1
        scenario trial
          en: Trial \(title)
          languages en
        role r
          en: Role \(override)elor
          start gate
        world number tries 0 to 5 = 0
        scene gate
          en: Gate \(clear) cleared.
          choice knock
            en: Knock \(clipboard)
            go out
          choice leave
            en: Leave \(c1) now.
            go out
        ending out
          en: Out.

        """

    /// A library whose one scenario sits in a folder named with an escape, in a file named with another.
    static func library() throws -> (root: URL, folder: URL) {
        let root = try Support.temporaryFolder()
        let folder = root.appendingPathComponent("trial\(title)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try scenario.write(to: folder.appendingPathComponent("main\(clear).story"), atomically: true, encoding: .utf8)
        return (root, folder)
    }

    /// Whether `text` carries anything a terminal would act on.
    static func isHarmless(_ text: String) -> Bool {
        !ControlCharacters.contains(in: text)
    }

    @Test func noCommandPrintsAControlCharacterFromTheScenarioOrItsPath() throws {
        let (root, folder) = try Self.library()
        let work = try Support.temporaryFolder()
        let playtest = work.appendingPathComponent("trial.playtest")
        try """
            scenario \(folder.path)
            players r
            seed 1
            p1 choose knock
            expect text en Nowhere \(Self.title)

            """.write(to: playtest, atomically: true, encoding: .utf8)
        // Where the output names the scenario's folder or files, or quotes its text, the escapes show as text.
        let runs: [(arguments: [String], showsEscapes: Bool)] = [
            (["check", folder.path], true),
            (["show", folder.path], true),
            (["list"], false),
            (["explore", folder.path, "--runs", "3", "--failures", work.appendingPathComponent("failures").path], true),
            (["explore", folder.path, "--runs", "3", "--format", "json", "--failures", work.appendingPathComponent("failures").path], false),
            (["test", playtest.path], true),
            (["graph", folder.path], false),
            (["graph", folder.path, "--format", "mermaid"], false),
            (["new", "branch", "fresh", "--from", folder.path, "--at", "gate", "--output", work.appendingPathComponent("fresh").path], true),
        ]
        for run in runs {
            let result = try Support.run(run.arguments, environment: [
                "PETROGRAD_SCENARIOS": root.path, "XDG_STATE_HOME": work.path, "XDG_CONFIG_HOME": work.path,
            ])
            #expect(Self.isHarmless(result.output), "\(run.arguments.first ?? ""): \(result.output.debugDescription)")
            if run.showsEscapes {
                #expect(result.output.contains("^[]0;pwned^G") || result.output.contains("^[[2J"), "\(run.arguments.first ?? ""): \(result.output)")
            }
        }
    }

    @Test func aDiagnosticOnALineWithEscapesShowsThemVisiblyWithTheCaretInPlace() throws {
        let (_, folder) = try Self.library()
        try "format 1\nscenario x\n  en: X\n  languages en\nrole r\n  en: R\n  start s\nscene s\n  en: S \(Self.clear)\(Self.override)\n  go nowhere\n"
            .write(to: folder.appendingPathComponent("main\(Self.clear).story"), atomically: true, encoding: .utf8)
        try "scene s2\n  en: \(Self.c1)\n  go no\(Self.title)where\n"
            .write(to: folder.appendingPathComponent("second.story"), atomically: true, encoding: .utf8)
        for colour in [false, true] {
            let command = try CheckCommand.parse([folder.path])
            var output = StringOutput()
            #expect(command.execute(library: Support.library, output: &output, colour: colour) == 1)
            // The renderer's own colours are the only escapes: Select Graphic Rendition, `ESC [ … m`.
            let withoutColours = output.text.replacingOccurrences(of: "\u{1B}\\[[0-9;]*m", with: "", options: .regularExpression)
            #expect(Self.isHarmless(withoutColours), "\(output.text.debugDescription)")
            #expect(withoutColours.contains("main^[[2J.story:10:6: error:"), "\(withoutColours)")
            #expect(withoutColours.contains("      go no^[]0;pwned^Gwhere\n"), "\(withoutColours)")
        }
    }

    @Test func theJSONReportStaysValidAndKeepsEveryCharacterAsAnEscape() throws {
        let (_, folder) = try Self.library()
        try "scene s2\n  en: \(Self.c1)\n  go no\(Self.title)where\(Self.override)\n"
            .write(to: folder.appendingPathComponent("second.story"), atomically: true, encoding: .utf8)
        let command = try CheckCommand.parse([folder.path, "--format", "json"])
        var output = StringOutput()
        _ = command.execute(library: Support.library, output: &output, colour: false)
        #expect(Self.isHarmless(output.text), "\(output.text.debugDescription)")
        let document = try #require(try JSONSerialization.jsonObject(with: Data(output.text.utf8)) as? [String: Any])
        let scenarios = try #require(document["scenarios"] as? [[String: Any]])
        let files = scenarios.flatMap { ($0["diagnostics"] as? [[String: Any]]) ?? [] }.compactMap { $0["file"] as? String }
        #expect(files.contains(folder.appendingPathComponent("main\(Self.clear).story").path), "the names read back as they are: \(files)")
    }

    @Test func harmlessOutputMakesEveryControlVisibleAndKeepsLineEndsAndJoiners() {
        var output = HarmlessOutput(StringOutput())
        output.write("a\(Self.title)b\(Self.c1)\(Self.override)\u{7F}\n")
        output.write("क्\u{200D}ष\u{200C}")
        #expect(output.base.text == "a^[]0;pwned^Gb<U+009B>31m<U+202E>^?\nक्\u{200D}ष\u{200C}")
    }

    @Test func jsonTextEscapesControlsTheJSONWay() throws {
        let text = JSONText.of(["m": "a\u{1B}b\u{9B}c\u{202E}d\te"])
        #expect(Self.isHarmless(text))
        let decoded = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: String])
        #expect(decoded["m"] == "a\u{1B}b\u{9B}c\u{202E}d\te")
    }
}
