import Foundation
@testable import PetrogradCore
import Testing

/// The checker reads only each scene's header at first, skipping its block, and reads the block when it
/// builds the scene. What it finds must be exactly what reading the file whole finds: the same scenes,
/// line for line, and the same reports.
struct OutlinedSceneTests {
    /// A file's scenes and reports read whole, and read outlined with each scene's block read afterwards.
    private struct Readings {
        var wholeScenes: [String]
        var outlinedScenes: [String]
        var wholeDiagnostics: Set<Diagnostic>
        var outlinedDiagnostics: Set<Diagnostic>
        /// The other blocks (everything but scenes), which outlining must read as it always did.
        var wholeRest: String
        var outlinedRest: String
    }

    private static func read(_ file: SourceFile) -> Readings {
        var whole = Parser(file: file)
        var wholeSyntax = whole.parse()
        var outlining = Parser(file: file, outlinesScenes: true)
        var outlinedSyntax = outlining.parse()
        var outlinedDiagnostics = Set(outlining.diagnostics)
        var outlinedScenes: [String] = []
        var reader = outlining.outlinedSceneReader()
        for stub in outlinedSyntax.scenes {
            guard let outline = stub.outline else {
                outlinedScenes.append("not outlined: \(stub.name.text)")
                continue
            }
            guard let (scene, found) = reader?.readOutlinedScene(outline) else {
                outlinedScenes.append("no reader for \(stub.name.text)")
                continue
            }
            outlinedDiagnostics.formUnion(found)
            outlinedScenes.append(scene.map { String(describing: $0) } ?? "no scene read for \(stub.name.text)")
        }
        let wholeScenes = wholeSyntax.scenes.map { String(describing: $0) }
        wholeSyntax.scenes = []
        outlinedSyntax.scenes = []
        return Readings(wholeScenes: wholeScenes, outlinedScenes: outlinedScenes,
                        wholeDiagnostics: Set(whole.diagnostics), outlinedDiagnostics: outlinedDiagnostics,
                        wholeRest: String(describing: wholeSyntax), outlinedRest: String(describing: outlinedSyntax))
    }

    private static func expectSameReadings(_ file: SourceFile, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        let readings = read(file)
        #expect(readings.outlinedScenes == readings.wholeScenes, "scenes of \(file.path)", sourceLocation: sourceLocation)
        #expect(readings.outlinedRest == readings.wholeRest, "other blocks of \(file.path)", sourceLocation: sourceLocation)
        #expect(readings.outlinedDiagnostics == readings.wholeDiagnostics, "reports on \(file.path)", sourceLocation: sourceLocation)
    }

    /// Every `.story` file under a folder, with paths relative to it.
    private static func storyFiles(under folder: URL) -> [SourceFile] {
        guard let enumerator = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil) else { return [] }
        return enumerator.compactMap { $0 as? URL }.filter { $0.pathExtension == "story" }.sorted { $0.path < $1.path }.compactMap { url in
            (try? Data(contentsOf: url)).map { SourceFile(path: url.lastPathComponent, bytes: Array($0)) }
        }
    }

    @Test func theBundledActsAndBranchesReadTheSameOutlined() {
        let scenarios = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Scenarios")
        let files = Self.storyFiles(under: scenarios)
        #expect(files.count >= 10)
        #expect(files.contains { Parser(file: $0, outlinesScenes: true).outlinedSceneCount > 20 })
        for file in files { Self.expectSameReadings(file) }
    }

    @Test func everyFixtureReadsTheSameOutlined() {
        let files = Self.storyFiles(under: Fixtures.root)
        #expect(files.count >= 20)
        for file in files { Self.expectSameReadings(file) }
    }

    @Test func generatedStoriesReadTheSameOutlined() {
        Self.expectSameReadings(SourceFile(path: "g.story", text: ScenarioGenerator.scenario(sceneCount: 60)))
    }

    /// Lines that look like the start of a block but are not (a text's continuation, a comment, prose after
    /// `source`), texts at the end of statements, tabs, control characters, a line too long to be a
    /// statement and a statement not understood: the block ends where reading the file whole ends it.
    @Test func blocksEndWhereReadingWholeEndsThem() {
        let longLine = "  set w to " + String(repeating: "1 + ", count: 3_000) + "1"
        let text = """
            format 2
            scenario x
              en: X
              languages en hi
            role r
              en: R
              start s1
            world number w 0 to 10 = 0
              en: W
            scene s1
              en: The crowd moves to the
                scene of the shooting,
                role of honour.

                ending nothing yet.
              # scene not-a-scene
              source Hasegawa, p. 2 en: not a text
              choice ask en: Ask about the
                  scene of the strike.
                hi: पूछो।
                go s2
              choice wait
                en: Wait.
                go s2
            \tscene tabbed
              en: Tabbed.
              go s2
            \u{7}scene after-bell
              en: Bell.
              frobnicate the garrison
                en: Deep.
            scene s2 en: Inline title
              hi: शीर्षक
            \(longLine)
              choice last
                en: Last.
                only if taken s1.ask and visits s2 > 1
                go s1
            in scene s1
              choice more
                en: More.
                go s2
            ending e
              en: E.
            """
        Self.expectSameReadings(SourceFile(path: "tricky.story", text: text))
    }

    /// The one place where outlining reads a file differently: a `scene` line indented under a statement
    /// that was not understood. Read whole, the lines under that statement are skipped, the `scene` line
    /// with them; outlined, the scene's block is skipped before that statement is met, so the `scene` line
    /// starts a block. The statement is reported either way, so such a file never passes the check.
    @Test func aSceneLineUnderAStatementNotUnderstoodStartsABlock() {
        let text = "format 1\nscene a\n  en: A\n  frobnicate\n    scene b\n    en: B\n"
        let readings = Self.read(SourceFile(path: "u.story", text: text))
        #expect(readings.wholeScenes.count == 1)
        #expect(readings.outlinedScenes.count == 2)
        #expect(readings.outlinedDiagnostics.contains { $0.text.contains("frobnicate") })
        #expect(readings.wholeDiagnostics.contains { $0.text.contains("frobnicate") })
    }

    /// docs/scenario-format.md shows a `scene` line under a misspelt keyword: one error, and the scene is a
    /// scene whose block takes the lines after it.
    @Test func theFormatGuidesHeaderUnderAMisspeltKeywordIsAsItSays() throws {
        let guide = try String(contentsOf: URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("docs/scenario-format.md"), encoding: .utf8)
        let at = try #require(guide.range(of: "One kind of line is never swallowed"))
        let open = try #require(guide.range(of: "```\n", range: at.upperBound..<guide.endIndex))
        let close = try #require(guide.range(of: "```", range: open.upperBound..<guide.endIndex))
        let example = String(guide[open.upperBound..<close.lowerBound])
        let text = "format 2\nscenario x\n  en: X\n  languages en\nrole r\n  en: R\n  start a\n" + example
        // One error: `go b` finds the scene.
        let messages = compile(text).diagnostics.map(\.text)
        #expect(messages.count == 1, "\(messages)")
        #expect(messages.first?.contains("did you mean 'choice'") == true)
        // And the choice after it is b's.
        var parser = Parser(file: SourceFile(path: "guide.story", text: text), outlinesScenes: true)
        let outlines = parser.parse().scenes.compactMap(\.outline)
        var reader = try #require(parser.outlinedSceneReader())
        let scenes = outlines.compactMap { reader.readOutlinedScene($0).scene }
        #expect(scenes.map(\.name.text) == ["a", "b"])
        #expect(scenes.map { $0.choices.map(\.name.text) } == [[], ["on"]])
    }

    @Test func aFileWithNoScenesHasNothingToReadLater() {
        var parser = Parser(file: SourceFile(path: "r.story", text: "format 1\nrole r\n  en: R\n"), outlinesScenes: true)
        _ = parser.parse()
        #expect(parser.outlinedSceneReader() == nil)
    }

    /// A scenario's header with two roles, `r` and `q`, starting where they are told.
    private static func twoRoles(rStart: String, qStart: String) -> String {
        """
        format 2
        scenario x
          en: X
          languages en
        role r
          en: R
          start \(rStart)
        role q
          en: Q
          start \(qStart)
        """
    }

    /// Checks that look into a scene's block from before it is read (a `go` into a later scene, `taken` of a
    /// later scene's choice, a role's start) are made once it is.
    @Test func checksOnLaterScenesAreStillMade() {
        let text = Self.twoRoles(rStart: "only-q", qStart: "only-q") + """

            scene first
              for r
              en: First.
              choice go-there
                en: Go.
                only if taken only-q.missing
                move r to only-q
                go only-q
            scene only-q
              for q
              en: Only for q.
              choice back
                en: Back.
                go first
            """
        // The same reports, in the same words, as when every scene was read before any was built.
        let messages = compile(text).diagnostics.filter { $0.severity == .error }.map { "\($0.location.line): \($0.text)" }
        #expect(messages == [
            "7: role 'r' starts in scene 'only-q', which is only for 'q'; add 'r' to the scene's 'for' line, or start the role in one of its own scenes",
            "16: there is no choice of scene 'only-q' called 'missing'",
            "17: 'move' does not belong in a choice; only world events move players; a choice uses 'go SCENE'",
            "18: scene 'only-q' is not for role 'r', but this leads a 'r' there; add the role to its 'for' line or lead elsewhere",
            "24: scene 'first' is not for role 'q', but this leads a 'q' there; add the role to its 'for' line or lead elsewhere",
        ])
    }

    /// `taken` finds a scene's choices wherever it is written: in the scene's text and passage above them,
    /// in a choice above the one it names, in a scene built before and in one built after; only a choice
    /// that is not there is reported, with those that are.
    @Test func takenFindsAScenesChoicesWhereverItIsWritten() throws {
        let text = Self.twoRoles(rStart: "first", qStart: "first") + """

            scene first
              en: First.{if taken later} Again.{end}
              if taken early
                en: Back again.
              choice early
                en: Early.
                only if not taken later and not taken second.on
                go second
              choice later
                en: Later.
                only if taken early
                go second
              choice rest
                en: Rest.
                go second
            scene second
              en: Second.{if taken first.later} Later.{end}
              choice on
                en: On.
                only if taken first.early or taken first.lately
                go first
              choice home
                en: Home.
                go done
            ending done
              en: Done.
            """
        let compilation = compile(text)
        let messages = compilation.diagnostics.filter { $0.severity == .error }.map { "\($0.location.line): \($0.text)" }
        #expect(messages.count == 1, "\(messages)")
        #expect(messages.first?.hasPrefix("30: there is no choice of scene 'first' called 'lately'") == true, "\(messages)")
        #expect(messages.first?.contains("later") == true, "the choices that are there are offered: \(messages)")
        // Without the mistake, every count is the story's.
        let fixed = compile(text.replacingOccurrences(of: "first.lately", with: "first.later"))
        let scenario = try #require(fixed.scenario, "\(fixed.diagnostics.map(\.text))")
        #expect(scenario.choices.compactMap(\.takenCounter).count == 3)
    }

    /// A scene's `for` line is kept as the roles it names that exist: a role that starts in a scene whose
    /// `for` line misspells a role is told only of the misspelling, and a role the line names may start
    /// there.
    @Test func aMisspeltRoleInAForLineIsReportedOnce() {
        let text = Self.twoRoles(rStart: "shared", qStart: "mistyped") + """

            scene shared
              for r
              en: Shared.
              choice on
                en: On.
                go mistyped
            scene mistyped
              for r qq
              en: Mistyped.
              choice back
                en: Back.
                go shared
            """
        let messages = compile(text).diagnostics.filter { $0.severity == .error }.map { "\($0.location.line): \($0.text)" }
        #expect(messages.count == 1)
        #expect(messages.first?.hasPrefix("18: there is no role called 'qq'") == true, "\(messages)")
    }
}

extension Parser {
    /// How many scenes a parse outlines, for the tests' own checks that outlining happened at all.
    var outlinedSceneCount: Int {
        var copy = self
        return copy.parse().scenes.count { $0.outline != nil }
    }
}
