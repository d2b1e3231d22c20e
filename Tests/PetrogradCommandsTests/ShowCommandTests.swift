import Foundation
import Testing
@testable import PetrogradCommands

@Suite struct ShowCommandTests {
    /// The bundled scenario's folder.
    static let march = Support.root.appendingPathComponent("Scenarios/march-1917")

    /// The 1-based line of `march-1917/FILE` that reads `statement` (leading spaces aside): looked up, so
    /// that the tests follow edits to the bundled scenario.
    static func line(_ statement: String, in file: String) throws -> Int {
        let text = try String(contentsOf: march.appendingPathComponent(file), encoding: .utf8)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        return try #require(lines.firstIndex { $0.trimmingCharacters(in: .whitespaces) == statement }) + 1
    }

    /// The lines of the listing's entry for a scene: its header line and the indented lines under it.
    static func block(_ scene: String, in text: String) -> [String] {
        let lines = text.split(separator: "\n").map(String.init)
        guard let start = lines.firstIndex(where: { $0.hasPrefix("  \(scene)  ") }) else { return [] }
        let rest = lines[(start + 1)...].prefix { $0.hasPrefix("    ") }
        return [lines[start]] + rest
    }

    static func show(_ arguments: [String]) throws -> (status: Int32, text: String) {
        var output = StringOutput()
        let status = try ShowCommand.parse(arguments).execute(library: Support.library, output: &output)
        return (status, output.text)
    }

    @Test func showListsTheBundledScenariosRolesWithTheirNamesAndStarts() throws {
        let (status, text) = try Self.show(["march-1917"])
        #expect(status == 0, "\(text)")
        #expect(text.hasPrefix("scenario march-1917  scenario.story:\(try Self.line("scenario march-1917", in: "scenario.story"))\n"))
        #expect(text.contains("  languages: hi en (hi is the fallback)\n"))
        #expect(text.contains("\nroles (3)\n"))
        let worker = try Self.line("role worker", in: "scenario.story")
        #expect(text.contains("  worker  scenario.story:\(worker)\n    hi: मज़दूर\n    en: Worker\n    start: bread-queue\n"))
        #expect(text.contains("\n    about:\n      hi: वीबोर्ग क्षेत्र की कपड़ा मिल"))
        #expect(text.contains("\n    length: 15 to 20 choices, 30 to 40 minutes\n  soldier  "))
        for role in ["soldier", "duma"] {
            #expect(text.contains("  \(role)  scenario.story:\(try Self.line("role \(role)", in: "scenario.story"))\n"))
        }
    }

    @Test func showListsAKnownSceneWithItsFileLineDateAndChoices() throws {
        let (_, text) = try Self.show(["march-1917"])
        let scene = try Self.line("scene bread-queue", in: "worker.story")
        #expect(text.contains("  bread-queue  worker.story:\(scene)\n    for worker; on 22 Feb / 7 Mar 1917, 18:00; at vyborg\n"))
        let choice = try Self.line("choice spread-word", in: "worker.story")
        #expect(text.contains("\n    choice spread-word  go mill-gate  worker.story:\(choice)\n"))
        let staying = try Self.line("choice wait-longer", in: "worker.story")
        #expect(text.contains("\n    choice wait-longer  worker.story:\(staying)\n"), "a choice that stays in its scene names no 'go'")
    }

    @Test func showListsVariablesEventsEndingsAndGlossaryIds() throws {
        let (_, text) = try Self.show(["march-1917"])
        let strike = try Self.line("world number strike 0 to 100 = 20", in: "scenario.story")
        #expect(text.contains("  world number strike 0 to 100 = 20  scenario.story:\(strike)\n"))
        #expect(text.contains("  player flag walked-out = no  scenario.story:\(try Self.line("player flag walked-out", in: "scenario.story"))  (no label: hidden from players)\n"))
        let mutiny = try Self.line("event volynsky-mutiny", in: "events.story")
        #expect(text.contains("  volynsky-mutiny  events.story:\(mutiny)\n    on 27 Feb / 12 Mar 1917, 06:00; fires when its condition holds; has otherwise\n"))
        #expect(text.contains("\nevents ("))
        let ending = try Self.line("ending d-committee", in: "duma.story")
        #expect(text.contains("  d-committee  duma.story:\(ending)\n    for duma\n"))
        #expect(text.contains("  soviet  scenario.story:\(try Self.line("glossary soviet", in: "scenario.story"))\n"))
    }

    @Test func showPrintsTheSameTextEveryTime() throws {
        let first = try Self.show(["march-1917"]).text
        #expect(try Self.show(["march-1917"]).text == first)
        #expect(try Self.show([Self.march.path]).text == first, "by path and by id alike")
    }

    @Test func choicesAndScenesFromABranchAreMarkedWithTheBranch() throws {
        let folder = try Support.temporaryFolder().appendingPathComponent("second-thoughts")
        var output = StringOutput()
        let written = try NewBranchCommand.parse(["second-thoughts", "--from", "march-1917", "--at", "mill-gate", "--output", folder.path])
            .execute(library: Support.library, output: &output)
        try #require(written == 0, "\(output.text)")
        let (status, text) = try Self.show(["march-1917", "--with", folder.path])
        #expect(status == 0, "\(text)")
        let file = folder.appendingPathComponent("second-thoughts.story").path
        #expect(text.contains("  branches: second-thoughts\n"))
        #expect(text.contains("\n    choice second-thoughts  go second-thoughts  \(file):"))
        let millGate = Self.block("mill-gate", in: text)
        #expect(millGate.last?.hasPrefix("    choice second-thoughts  ") == true, "the branch's choice is listed under mill-gate, after its own: \(millGate)")
        #expect(millGate.dropLast().allSatisfy { !$0.contains("[branch") })
        #expect(text.contains("\n  second-thoughts-ending  \(file):"))
        #expect(!text.contains("worker.story:1 [branch"), "the scenario's own files are not marked")
        #expect(try Self.show([folder.path]).text == text, "a branch folder is shown with the scenario it extends")
    }

    @Test func copyToWritesTheScenarioFilesAndRefusesToOverwriteThem() throws {
        let folder = try Support.temporaryFolder().appendingPathComponent("copy")
        let (status, text) = try Self.show(["march-1917", "--copy-to", folder.path])
        #expect(status == 0, "\(text)")
        let originals = try FileManager.default.contentsOfDirectory(atPath: Self.march.path).filter { $0.hasSuffix(".story") }.sorted()
        #expect(!originals.isEmpty)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == originals)
        for name in originals {
            #expect(FileManager.default.contentsEqual(atPath: folder.appendingPathComponent(name).path, andPath: Self.march.appendingPathComponent(name).path))
        }
        #expect(text.contains("Copied \(originals.count) files to \(folder.path):\n  \(originals[0])\n"))

        let kept = folder.appendingPathComponent(originals[0])
        try Data("format 1\n# my notes\n".utf8).write(to: kept)
        let (again, refusal) = try Self.show(["march-1917", "--copy-to", folder.path])
        #expect(again == 1)
        #expect(refusal.contains("\(kept.path): error: this file exists already"))
        #expect(refusal.contains("error: nothing was copied"))
        #expect(try String(contentsOf: kept, encoding: .utf8) == "format 1\n# my notes\n", "an existing file is left as it was")
    }

    @Test func anUnknownScenarioIsAnErrorThatListsTheBundledOnes() throws {
        let (status, text) = try Self.show(["march-1971"])
        #expect(status == 1)
        #expect(text.contains("march-1917"))
    }

    @Test func aScenarioWithErrorsIsNotShownButItsErrorsAre() throws {
        let folder = try Support.temporaryFolder()
        try "format 1\nscenario x\n  en: X\n  languages en\nrole r\n  en: R\n  start s\nscene s\n  en: S\n  go nowhere\n"
            .write(to: folder.appendingPathComponent("x.story"), atomically: true, encoding: .utf8)
        let (status, text) = try Self.show([folder.path])
        #expect(status == 1)
        #expect(text.contains("x.story:10:6: error: there is no scene or ending called 'nowhere'"))
        #expect(!text.contains("roles ("))
    }
}
