import Foundation
import PetrogradConsole
import PetrogradCore
import Testing
@testable import PetrogradCommands

/// The historian's notes cite what a reader can find: published works named in full, each listed in
/// docs/sources.md's bibliography, and never the project's own research notes, a copy on a mirror site or
/// a page number; the school history text is called what it is.
@Suite struct CitationTests {
    static let sources = Support.root.appendingPathComponent("docs/sources.md")

    /// The act with its bundled branch, compiled.
    static func act() throws -> Scenario {
        let loaded = try ScenarioLoader(library: Support.library).load("march-1917", with: ["volynsky-obeys"]).get()
        return try #require(loaded.compilation.scenario)
    }

    /// Every scene of both acts (March with its bundled branch, and October).
    static func scenesOfBothActs() throws -> [Scene] {
        let october = try ScenarioLoader(library: Support.library).load("october-1917", with: []).get()
        return try act().scenes + #require(october.compilation.scenario).scenes
    }

    /// The works a `source` line names, as `history` shows them.
    static func works(_ source: String) -> [String] {
        Array(Vocabulary(language: "en", storyCalendar: .new, storyLanguages: ["en"]).sourceLines(source).dropFirst())
    }

    @Test func everyNoteNamesPublishedWorksAndNoProjectNotesMirrorsOrPages() throws {
        let notes = try Self.scenesOfBothActs().filter { $0.note != nil }
        #expect(notes.count > 100)
        for scene in notes {
            let source = try #require(scene.source, "\(scene.id) has a note without a source")
            #expect(!source.localizedCaseInsensitiveContains("dossier"), "\(scene.id): \(source)")
            #expect(!source.localizedCaseInsensitiveContains("seed") && !source.localizedCaseInsensitiveContains("source text"), "\(scene.id): \(source)")
            #expect(source.range(of: #"\bpp?\. ?\d"#, options: .regularExpression) == nil, "\(scene.id) cites a page: \(source)")
            #expect(source.range(of: #"\.(ru|com|ua|org|net|info|me)\b|https?:"#, options: .regularExpression) == nil, "\(scene.id) cites a site: \(source)")
            #expect(Self.works(source).count >= 2 || !source.contains(";"))
        }
    }

    @Test func everyWorkANoteCitesIsInTheBibliography() throws {
        let text = try String(contentsOf: Self.sources, encoding: .utf8)
        let bibliography = try #require(text.range(of: "## 4. Bibliography")).upperBound
        let listed = String(text[bibliography...])
        var cited = Set<String>()
        for scene in try Self.scenesOfBothActs() {
            for work in scene.source.map(Self.works) ?? [] {
                // A section, box or chapter narrows a work the bibliography lists once.
                cited.insert(work.replacingOccurrences(of: #", (sec\.|Box|chapter) .*$"#, with: "", options: .regularExpression))
            }
        }
        #expect(cited.count > 25)
        for work in cited.sorted() {
            #expect(listed.contains(work), "'\(work)' is cited in a note but not listed in docs/sources.md")
        }
    }

    @Test func theSchoolHistoryTextIsNamedSoAStudentUnderstandsIt() throws {
        let folder = Support.root.appendingPathComponent("Scenarios")
        let files = FileManager.default.enumerator(atPath: folder.path)?.compactMap { $0 as? String }.filter { $0.hasSuffix(".story") } ?? []
        #expect(files.count >= 10)
        var named = 0
        for file in files {
            let text = try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8)
            for line in text.split(separator: "\n") where !line.trimmingCharacters(in: .whitespaces).hasPrefix("#") {
                #expect(!line.localizedCaseInsensitiveContains("source text") && !line.contains("the source's") && !line.contains("स्रोत पाठ"), "\(file): \(line.prefix(120))")
                #expect(!line.localizedCaseInsensitiveContains("dossier"), "\(file): \(line.prefix(120))")
                if line.contains("school history text") || line.contains("स्कूली इतिहास-पाठ") { named += 1 }
            }
            #expect(!text.contains("shared/history"), "\(file) points at the project's research notes")
        }
        #expect(named > 40)
    }

    @Test(arguments: ["en", "hi"])
    func historyShowsEachWorkOfANoteOnItsOwnLine(language: String) throws {
        let state = try Support.temporaryFolder()
        var reader = ScriptedLineReader(lines: ["history", "quit"])
        var shown: [String] = []
        let status = try PlayCommand.parse(["march-1917", "--role", "soldier", "--lang", language, "--seed", "1"])
            .execute(library: Support.library, reader: &reader, saves: SaveStore(directory: state.path),
                     settingsPath: state.appendingPathComponent("settings").path, output: { shown.append($0) }, width: 200)
        #expect(status == 0)
        let lines = shown.joined(separator: "\n").split(separator: "\n").map(String.init)
        let label = try #require(lines.firstIndex(of: language == "en" ? "Sources:" : "स्रोत:"), "\(lines)")
        #expect(lines[label + 1] == "Richard Pipes, The Russian Revolution")
        #expect(lines[label + 2] == "NCERT, India and the Contemporary World – I (Class 9 History), ch. 2, sec. 2.5")
    }

    @Test func oneWorkKeepsItsLabelOnItsLine() {
        let vocabulary = Vocabulary(language: "hi", storyCalendar: .new, storyLanguages: ["hi", "en"])
        #expect(vocabulary.sourceLines("Petrograd Soviet, Order No. 1 (1 March 1917)") == ["स्रोत: Petrograd Soviet, Order No. 1 (1 March 1917)"])
        #expect(vocabulary.sourceLines("A; B ;C") == ["स्रोत:", "A", "B", "C"])
    }
}
