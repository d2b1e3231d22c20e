import Foundation
import Testing
@testable import PetrogradCommands
import PetrogradConsole
import PetrogradCore

/// `petrograd graph`: the DOT it writes is checked for its nodes and arrows and drawn by Graphviz; the
/// Mermaid, which cannot be drawn here, is checked for its structure.
@Suite struct GraphCommandTests {
    /// Two roles; a chance choice, a guarded choice, a `once` choice that stays, `go` lines, an ending,
    /// an unreachable scene, an event that moves the soldier and one that moves nobody.
    static let smallScenario = """
        format 1
        scenario tiny-graph
          en: A tiny graph
          languages en
          calendar old
          dates 23 Feb to 28 Feb

        role worker
          en: Worker
          start mill-gate
        role soldier
          en: Soldier
          start barracks

        world number strike 0 to 100 = 20
          en: Strike

        scene mill-gate
          for worker
          on 23 Feb, morning
          en: The gate.
          choice cross-ice
            en: Cross the ice.
            chance 70
              en: It holds.
              go nevsky
            otherwise
              en: Turned back.
              go end
          choice march
            en: March.
            only if strike >= 50
            go nevsky
          choice wait
            en: Wait.
            once
            add 10 to strike

        scene nevsky
          for worker
          en: Nevsky.
          go end

        scene barracks
          for soldier
          en: Barracks.
          go end

        scene mutiny-yard
          for soldier
          en: The yard.
          go end

        scene forgotten-cellar
          en: Nobody comes here.
          go end

        ending end
          en: The end.

        event mutiny
          on 27 Feb, dawn
          if strike >= 30
          en: Mutiny.
          move soldier to mutiny-yard

        event rumour
          on 24 Feb
          en: A rumour.

        """

    /// A branch whose outcome for `rumour` moves the worker.
    static let smallBranch = """
        format 1
        branch obeys
          en: Obeys
          extends tiny-graph

        in event rumour
          if strike >= 10
          move worker to nevsky

        """

    /// The small scenario's whole graph in DOT, as it should be written.
    static let smallScenarioDot = #"""
        digraph "tiny-graph" {
          graph [label="tiny-graph", labelloc=t, fontname="Helvetica"];
          node [shape=box, style=rounded, fontname="Helvetica"];
          edge [fontname="Helvetica", fontsize=10];
          "mill-gate" [label="mill-gate\n23 Feb / 8 Mar 1917, 09:00\nstart: worker", peripheries=2];
          "nevsky" [label="nevsky"];
          "barracks" [label="barracks\nstart: soldier", peripheries=2];
          "mutiny-yard" [label="mutiny-yard"];
          "forgotten-cellar" [label="forgotten-cellar\n(unreachable)", style="rounded,filled", fillcolor=lightgrey];
          "end" [label="end", shape=doubleoctagon, style=filled, fillcolor="#f4cccc"];
          subgraph "cluster_events" {
            label="world events";
            style=dashed;
            "event:mutiny" [label="mutiny\n27 Feb / 12 Mar 1917, 06:00", shape=note, style=filled, fillcolor="#fff2cc"];
            "event:rumour" [label="rumour\n24 Feb / 9 Mar 1917", shape=note, style=filled, fillcolor="#fff2cc"];
          }
          "mill-gate" -> "nevsky" [label="cross-ice (70%)"];
          "mill-gate" -> "end" [label="cross-ice (30%)"];
          "mill-gate" -> "nevsky" [label="march", style=dashed];
          "mill-gate" -> "mill-gate" [label="wait (once)"];
          "nevsky" -> "end" [label="go", color="#555555"];
          "barracks" -> "end" [label="go", color="#555555"];
          "mutiny-yard" -> "end" [label="go", color="#555555"];
          "forgotten-cellar" -> "end" [label="go", color="#555555"];
          "event:mutiny" -> "mutiny-yard" [label="move soldier", style=dotted, color="#bf9000"];
        }

        """#

    /// The small scenario's whole graph in Mermaid, as it should be written.
    static let smallScenarioMermaid = """
        flowchart TD
          %% tiny-graph
          n0["mill-gate<br/>23 Feb / 8 Mar 1917, 09:00<br/>start: worker"]
          n1["nevsky"]
          n2["barracks<br/>start: soldier"]
          n3["mutiny-yard"]
          n4["forgotten-cellar<br/>(unreachable)"]
          n5(("end"))
          subgraph events ["world events"]
            n6{{"mutiny<br/>27 Feb / 12 Mar 1917, 06:00"}}
            n7{{"rumour<br/>24 Feb / 9 Mar 1917"}}
          end
          n0 -->|"cross-ice (70%)"| n1
          n0 -->|"cross-ice (30%)"| n5
          n0 -->|"? march"| n1
          n0 -->|"wait (once)"| n0
          n1 -->|"go"| n5
          n2 -->|"go"| n5
          n3 -->|"go"| n5
          n4 -->|"go"| n5
          n6 -.->|"move soldier"| n3
          classDef ending fill:#f4cccc,stroke:#990000
          classDef event fill:#fff2cc,stroke:#bf9000
          classDef unreachable fill:#d3d3d3,stroke:#808080,color:#404040
          classDef start stroke-width:3px
          class n5 ending
          class n6,n7 event
          class n4 unreachable
          class n0,n2 start

        """

    // MARK: The bundled scenario

    @Test func theBundledScenarioDrawsEverySceneEndingAndEventAndGraphvizRendersIt() throws {
        let scenario = try bundledScenario()
        let (status, text) = try graph(["march-1917"])
        #expect(status == 0, "\(text)")
        #expect(text.hasPrefix("digraph \"march-1917\" {"))
        let dot = try DotStructure(text)
        let reachable = ScenarioGraph.reachableScenes(in: scenario)
        for (index, scene) in scenario.scenes.enumerated() {
            let label = try #require(dot.nodes[scene.id], "scene '\(scene.id)' is drawn")
            #expect(label.contains("(unreachable)") == !reachable[index], "\(scene.id)")
        }
        for ending in scenario.endings {
            #expect(dot.nodes[ending.id]?.contains("shape=doubleoctagon") == true, "\(ending.id)")
        }
        for event in scenario.events {
            #expect(dot.nodes["event:" + event.id]?.contains("shape=note") == true, "\(event.id)")
        }
        #expect(dot.undeclaredEndpoints.isEmpty)
        for role in scenario.roles {
            let label = dot.nodes[scenario.scenes[role.start].id] ?? ""
            #expect(label.contains("start: ") && label.contains(role.id), "\(role.id)")
        }
        // Every choice is drawn, labelled with its id.
        for choice in scenario.choices {
            #expect(dot.edges.contains { $0.from == scenario.scenes[choice.scene].id && $0.attributes.contains("label=\"\(choice.id)") },
                    "choice '\(choice.id)'")
        }
        try expectGraphvizDraws(text)
    }

    @Test func theBundledScenarioInMermaidDeclaresEveryNodeOnceAndEveryArrowJoinsDeclaredNodes() throws {
        let scenario = try bundledScenario()
        let (status, text) = try graph(["march-1917", "--format", "mermaid"])
        #expect(status == 0, "\(text)")
        let mermaid = try MermaidStructure(text)
        #expect(mermaid.labels.count == scenario.scenes.count + scenario.endings.count + scenario.events.count)
        #expect(Set(mermaid.labels.values.map { $0.components(separatedBy: "<br/>")[0] })
                    .isSuperset(of: scenario.scenes.map(\.id) + scenario.endings.map(\.id) + scenario.events.map(\.id)))
        #expect(mermaid.arrows.count > scenario.choices.count)
        #expect(mermaid.classes["ending"]?.count == scenario.endings.count)
        #expect(mermaid.classes["event"]?.count == scenario.events.count)
    }

    @Test(arguments: ["worker", "soldier", "duma"])
    func eachBundledRoleIsDrawnWithOnlyTheScenesItCanReach(role: String) throws {
        let scenario = try bundledScenario()
        let roleIndex = try #require(scenario.roleIndex(role))
        let reachable = ScenarioGraph.reachableScenes(in: scenario, role: roleIndex)
        let expected = Set(scenario.scenes.indices.filter { reachable[$0] }.map { scenario.scenes[$0].id })

        let (status, text) = try graph(["march-1917", "--role", role])
        #expect(status == 0, "\(text)")
        let dot = try DotStructure(text)
        let scenes = Set(dot.nodes.filter { !$0.value.contains("doubleoctagon") && !$0.key.hasPrefix("event:") }.keys)
        #expect(scenes == expected)
        #expect(scenes.count < scenario.scenes.count, "a role sees only part of the scenario")
        #expect(!text.contains("(unreachable)"))
        #expect(dot.nodes[scenario.scenes[scenario.roles[roleIndex].start].id]?.contains("start: \(role)") == true)
        #expect(dot.undeclaredEndpoints.isEmpty)
        try expectGraphvizDraws(text)

        let (mermaidStatus, mermaidText) = try graph(["march-1917", "--role", role, "--format", "mermaid"])
        #expect(mermaidStatus == 0)
        let mermaid = try MermaidStructure(mermaidText)
        let mermaidScenes = mermaid.labels.filter { !(mermaid.classes["ending"] ?? []).contains($0.key) && !(mermaid.classes["event"] ?? []).contains($0.key) }
        #expect(Set(mermaidScenes.values.map { $0.components(separatedBy: "<br/>")[0] }) == expected)
        #expect(mermaid.classes["start"]?.count == 1)
    }

    // MARK: A small scenario

    @Test func aSmallScenarioIsDrawnInDotWithItsChancesGuardsGoLinesEndingsAndEvents() throws {
        let folders = try smallScenarioFolders()
        let (status, text) = try graph([folders.scenario])
        #expect(status == 0, "\(text)")
        #expect(text == Self.smallScenarioDot)

        let dot = try DotStructure(text)
        #expect(dot.nodes["forgotten-cellar"]?.contains("(unreachable)") == true)
        #expect(dot.nodes["forgotten-cellar"]?.contains("fillcolor=lightgrey") == true)
        #expect(dot.nodes["end"]?.contains("shape=doubleoctagon") == true)
        #expect(dot.nodes["event:rumour"] != nil, "an event that moves nobody is still drawn")
        #expect(dot.edges.contains { $0 == .init(from: "mill-gate", to: "nevsky", attributes: "label=\"cross-ice (70%)\"") })
        #expect(dot.edges.contains { $0 == .init(from: "mill-gate", to: "end", attributes: "label=\"cross-ice (30%)\"") })
        #expect(dot.edges.contains { $0.from == "mill-gate" && $0.to == "nevsky" && $0.attributes.contains("style=dashed") })
        #expect(dot.edges.contains { $0.from == "nevsky" && $0.to == "end" && $0.attributes.contains("label=\"go\"") })
        #expect(dot.edges.contains { $0.from == "event:mutiny" && $0.to == "mutiny-yard" && $0.attributes.contains("style=dotted") })
        #expect(dot.undeclaredEndpoints.isEmpty)
        try expectGraphvizDraws(text)
    }

    @Test func aSmallScenarioIsDrawnInMermaidWithSafeIdsAndClasses() throws {
        let folders = try smallScenarioFolders()
        let (status, text) = try graph([folders.scenario, "--format", "mermaid"])
        #expect(status == 0, "\(text)")
        #expect(text == Self.smallScenarioMermaid)

        let mermaid = try MermaidStructure(text)
        #expect(mermaid.labels.count == 8)
        let cellar = try #require(mermaid.labels.first { $0.value.hasPrefix("forgotten-cellar") }?.key)
        #expect(mermaid.classes["unreachable"] == [cellar])
        let end = try #require(mermaid.labels.first { $0.value == "end" }?.key)
        #expect(mermaid.classes["ending"] == [end])
        #expect(mermaid.classes["event"]?.count == 2)
        #expect(mermaid.arrows.contains { $0.label == "? march" }, "a guarded choice is marked")
        #expect(mermaid.arrows.contains { $0.label == "move soldier" && $0.arrow == "-.->" })
    }

    @Test func aRoleGraphKeepsOnlyWhatThatRoleCanReach() throws {
        let folders = try smallScenarioFolders()
        let (_, worker) = try graph([folders.scenario, "--role", "worker"])
        let workerNodes = Set(try DotStructure(worker).nodes.keys)
        #expect(workerNodes == ["mill-gate", "nevsky", "end"], "no event moves the worker, so none is drawn")
        #expect(worker.contains("start: worker") && !worker.contains("start: soldier"))

        let (_, soldier) = try graph([folders.scenario, "--role", "soldier"])
        let soldierNodes = Set(try DotStructure(soldier).nodes.keys)
        #expect(soldierNodes == ["barracks", "mutiny-yard", "end", "event:mutiny"], "the soldier reaches the yard only by the event")
        try expectGraphvizDraws(soldier)

        let (_, mermaidText) = try graph([folders.scenario, "--role", "soldier", "--format", "mermaid"])
        let mermaid = try MermaidStructure(mermaidText)
        #expect(Set(mermaid.labels.values.map { $0.components(separatedBy: "<br/>")[0] }) == ["barracks", "mutiny-yard", "end", "mutiny"])
        #expect(mermaid.classes["unreachable"] == nil)
        #expect(mermaidText.contains("classDef unreachable"))
    }

    @Test func aBranchThatChangesAnEventAddsTheMovesOfItsOutcome() throws {
        let folders = try smallScenarioFolders()
        let (status, text) = try graph([folders.scenario, "--with", folders.branch, "--role", "worker"])
        #expect(status == 0, "\(text)")
        #expect(text.hasPrefix("digraph \"tiny-graph with obeys, role worker\""))
        let dot = try DotStructure(text)
        #expect(dot.edges.contains { $0.from == "event:rumour" && $0.to == "nevsky" && $0.attributes.contains("label=\"move worker (branch obeys)\"") })
        #expect(dot.nodes["event:mutiny"] == nil, "the mutiny moves only soldiers")
        try expectGraphvizDraws(text)
    }

    @Test func theSameScenarioAlwaysGivesTheSameText() throws {
        for format in ["dot", "mermaid"] {
            let first = try graph(["march-1917", "--format", format]).text
            let second = try graph(["march-1917", "--format", format]).text
            #expect(first == second)
        }
    }

    @Test func quotesInIdsAreEscapedSoBothFormatsStayWellFormed() throws {
        let folders = try smallScenarioFolders()
        let compilation = try #require(try? ScenarioLoader(library: Support.library).load(folders.scenario).get().compilation)
        var graph = ScenarioGraph(try #require(compilation.scenario))
        // Ids cannot hold these characters today; titles and labels are escaped all the same.
        graph.title = #"say "hi" \ now"#
        graph.nodes[0].id = #"mill "gate" <b>#1"#
        let dot = graph.dot()
        #expect(dot.contains(#"digraph "say \"hi\" \\ now" {"#))
        #expect(dot.contains(#""mill \"gate\" <b>#1" [label="mill \"gate\" <b>#1\n"#))
        try expectGraphvizDraws(dot)
        let mermaid = graph.mermaid()
        #expect(mermaid.contains(#"n0["mill #quot;gate#quot; #lt;b#gt;#35;1<br/>"#))
        _ = try MermaidStructure(mermaid)
    }

    // MARK: Errors and files

    @Test func aScenarioWithErrorsPrintsTheCheckersReportAndExitsOne() throws {
        let folder = try Support.temporaryFolder()
        try "format 1\nscenario x\n  en: X\n  languages en\nrole r\n  en: R\n  start s\nscene s\n  en: S\n  go nowhere\n"
            .write(to: folder.appendingPathComponent("x.story"), atomically: true, encoding: .utf8)
        let (status, text) = try graph([folder.path])
        #expect(status == 1)
        #expect(text.contains("x.story:10:6: error: there is no scene or ending called 'nowhere' [PG020]"))
        #expect(text.contains("      go nowhere\n         ^"))
        #expect(!text.contains("digraph"))
    }

    @Test func anUnknownRoleIsAnErrorThatSuggestsTheClosestOne() throws {
        let (status, text) = try graph(["march-1917", "--role", "sodlier"])
        #expect(status == 1)
        #expect(text.contains("has no role 'sodlier'; did you mean 'soldier'?"))
    }

    @Test func anUnknownScenarioIsAnError() throws {
        let (status, text) = try graph(["no-such-scenario"])
        #expect(status == 1)
        #expect(text.contains("march-1917"), "the bundled scenarios are listed")
    }

    @Test func theGraphCanBeWrittenToAFileInsteadOfPrinted() throws {
        let folders = try smallScenarioFolders()
        let file = try Support.temporaryFolder().appendingPathComponent("tiny.mmd")
        let (status, text) = try graph([folders.scenario, "--format", "mermaid", "--output", file.path])
        #expect(status == 0)
        #expect(text == "\(file.path): 5 scenes, 1 ending, 2 events, 9 arrows\n")
        #expect(try String(contentsOf: file, encoding: .utf8) == Self.smallScenarioMermaid)

        let unwritable = file.appendingPathComponent("no/such/folder.dot").path
        let (failed, message) = try graph([folders.scenario, "--output", unwritable])
        #expect(failed == 1)
        #expect(message == "error: the graph \(unwritable) could not be written: Not a directory\n")
    }

    // MARK: Helpers

    /// Runs the command in-process.
    func graph(_ arguments: [String]) throws -> (status: Int32, text: String) {
        let command = try GraphCommand.parse(arguments)
        var output = StringOutput()
        let status = command.execute(library: Support.library, output: &output)
        return (status, output.text)
    }

    /// The bundled March scenario, compiled.
    private func bundledScenario() throws -> Scenario {
        let loaded = try ScenarioLoader(library: Support.library).load("march-1917").get()
        return try #require(loaded.compilation.scenario, "the bundled scenario compiles")
    }

    /// The small scenario and its branch, each written to a folder of its own.
    func smallScenarioFolders() throws -> (scenario: String, branch: String) {
        let scenario = try Support.temporaryFolder(), branch = try Support.temporaryFolder()
        try Self.smallScenario.write(to: scenario.appendingPathComponent("tiny.story"), atomically: true, encoding: .utf8)
        try Self.smallBranch.write(to: branch.appendingPathComponent("obeys.story"), atomically: true, encoding: .utf8)
        return (scenario.path, branch.path)
    }

    /// Draws DOT text with Graphviz (`dot -Tsvg`) and expects it to succeed with an SVG and no complaint.
    func expectGraphvizDraws(_ text: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws {
        let input = try Support.temporaryFolder().appendingPathComponent("graph.dot")
        try text.write(to: input, atomically: true, encoding: .utf8)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: Self.graphviz)
        process.arguments = ["-Tsvg", input.path]
        let standardOutput = Pipe(), standardError = Pipe()
        process.standardOutput = standardOutput
        process.standardError = standardError
        try process.run()
        // dot reads its whole input before it writes, and says little on standard error, so reading one
        // pipe to its end and then the other cannot block.
        let svg = String(decoding: standardOutput.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        let errors = String(decoding: standardError.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "dot failed: \(errors)", sourceLocation: sourceLocation)
        #expect(svg.contains("<svg"), sourceLocation: sourceLocation)
        // Font configuration messages are the machine's business; dot's own start with these words.
        let complaints = errors.split(separator: "\n").filter { $0.hasPrefix("Warning:") || $0.hasPrefix("Error:") }
        #expect(complaints.isEmpty, "\(complaints)", sourceLocation: sourceLocation)
    }

    /// Graphviz's `dot`: the first on `PATH`, else `/usr/bin/dot` (`.ci/setup` installs `graphviz`).
    private static let graphviz: String = {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? ""
        let found = path.split(separator: ":").map { $0 + "/dot" }.first { FileManager.default.isExecutableFile(atPath: $0) }
        return found ?? "/usr/bin/dot"
    }()
}

/// The nodes and arrows of DOT text as `ScenarioGraph` writes it: one statement a line, every name quoted.
struct DotStructure {
    struct Edge: Equatable {
        var from: String
        var to: String
        var attributes: String
    }

    /// Node name → its attribute list.
    var nodes: [String: String] = [:]
    var edges: [Edge] = []

    /// Arrow ends that name no declared node.
    var undeclaredEndpoints: [String] {
        edges.flatMap { [$0.from, $0.to] }.filter { nodes[$0] == nil }
    }

    init(_ text: String) throws {
        for line in text.split(separator: "\n").map({ $0.trimmingCharacters(in: .whitespaces) }) where line.hasPrefix("\"") {
            let (first, rest) = try Self.quoted(line[...])
            if rest.hasPrefix(" -> ") {
                let (second, attributes) = try Self.quoted(rest.dropFirst(4))
                edges.append(Edge(from: first, to: second, attributes: try Self.attributes(attributes)))
            } else if !first.hasPrefix("cluster_") {
                #expect(nodes[first] == nil, "node '\(first)' is declared once")
                nodes[first] = try Self.attributes(rest)
            }
        }
    }

    /// A quoted name at the start of `text`, unescaped, and what follows it.
    private static func quoted(_ text: Substring) throws -> (String, Substring) {
        var name = "", rest = try #require(text.first == "\"" ? text.dropFirst() : nil)
        while let character = rest.popFirst() {
            switch character {
            case "\\":
                guard let escaped = rest.popFirst() else { throw DotError.unterminatedName(String(text)) }
                name.append(escaped)
            case "\"": return (name, rest)
            default: name.append(character)
            }
        }
        throw DotError.unterminatedName(String(text))
    }

    /// The text between ` [` and `];`.
    private static func attributes(_ text: Substring) throws -> String {
        guard text.hasPrefix(" ["), text.hasSuffix("];") else {
            throw DotError.malformedStatement(String(text))
        }
        return String(text.dropFirst(2).dropLast(2))
    }

    enum DotError: Error {
        case unterminatedName(String)
        case malformedStatement(String)
    }
}

/// The declarations, arrows and classes of Mermaid text as `ScenarioGraph` writes it.
struct MermaidStructure {
    struct Arrow {
        var from: String
        var arrow: String
        var label: String
        var to: String
    }

    /// Node id → its label (with `<br/>` between lines).
    var labels: [String: String] = [:]
    var arrows: [Arrow] = []
    /// Class name → its nodes.
    var classes: [String: [String]] = [:]

    init(_ text: String) throws {
        let lines = text.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
        #expect(lines.first == "flowchart TD")
        var definedClasses = Set<String>()
        for line in lines.dropFirst() where !line.hasPrefix("%%") {
            let words = line.split(separator: " ", maxSplits: 1).map(String.init)
            if line.hasPrefix("classDef ") {
                definedClasses.insert(words[1].split(separator: " ")[0].description)
            } else if line.hasPrefix("class ") {
                let parts = words[1].split(separator: " ")
                classes[String(parts[1]), default: []] += parts[0].split(separator: ",").map(String.init)
            } else if line.hasPrefix("subgraph ") || line == "end" {
                continue
            } else if let open = line.firstIndex(where: { "[({".contains($0) }), line[..<open].allSatisfy({ $0.isLetter || $0.isNumber }) {
                let id = String(line[..<open])
                let shape = line[open...]
                let label = try #require(["[\"": "\"]", "((\"": "\"))", "{{\"": "\"}}"].first { shape.hasPrefix($0.key) && shape.hasSuffix($0.value) },
                                         "a node of a known shape with a quoted label: \(line)")
                #expect(labels[id] == nil, "node '\(id)' is declared once")
                labels[id] = String(shape.dropFirst(label.key.count).dropLast(label.value.count))
            } else {
                let parts = line.components(separatedBy: "|")
                try #require(parts.count == 3, "an arrow with a label: \(line)")
                let ends = parts[0].split(separator: " ")
                try #require(ends.count == 2 && parts[1].hasPrefix("\"") && parts[1].hasSuffix("\""), "an arrow: \(line)")
                arrows.append(Arrow(from: String(ends[0]), arrow: String(ends[1]), label: String(parts[1].dropFirst().dropLast()),
                                    to: parts[2].trimmingCharacters(in: .whitespaces)))
            }
        }
        for arrow in arrows {
            #expect(labels[arrow.from] != nil && labels[arrow.to] != nil, "the arrow \(arrow.from) → \(arrow.to) joins declared nodes")
            #expect(["-->", "-.->"].contains(arrow.arrow))
        }
        // 'replaced' is defined only when a branch replaces an event's outcome.
        #expect(definedClasses.subtracting(["replaced"]) == ["ending", "event", "unreachable", "start"])
        #expect(definedClasses.contains("replaced") == (classes["replaced"] != nil))
        for (name, members) in classes {
            #expect(definedClasses.contains(name))
            for member in members { #expect(labels[member] != nil, "class \(name) names declared node \(member)") }
        }
    }
}
