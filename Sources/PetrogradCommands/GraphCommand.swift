import ArgumentParser
import Foundation
import PetrogradConsole
import PetrogradCore

/// `petrograd graph SCENARIO`: the scenes, choices, endings and world events as a Graphviz or Mermaid graph.
package struct GraphCommand: LibraryCommand {
    package static let configuration = CommandConfiguration(
        commandName: "graph",
        abstract: "Draw a scenario's scenes, choices, endings and world events as a graph (Graphviz DOT or Mermaid).",
        discussion: """
            Scenes are boxes, labelled with their id and date in both calendars; choices are arrows labelled \
            with the choice's id and each chance outcome's percentage; guarded choices are dashed in DOT and \
            marked '?' in Mermaid; 'go' lines are arrows labelled 'go'. Endings are double octagons (DOT) or \
            circles (Mermaid); world events are notes in a 'world events' cluster, with dotted arrows to the \
            scenes they move players to; scenes no role can reach are grey and marked '(unreachable)'. With \
            --role, only what players of that role can reach is drawn, with the events that move them. Draw \
            DOT with Graphviz: 'petrograd graph march-1917 | dot -Tsvg > march.svg'. Exit status 1 when the \
            scenario has errors (they are printed as 'petrograd check' prints them).
            """)

    /// The graph language to write.
    package enum Format: String, ExpressibleByArgument, CaseIterable, Sendable {
        case dot
        case mermaid
    }

    @Argument(help: "A scenario folder, or the id of a bundled scenario.")
    package var scenario: String

    @Option(name: .customLong("with"), help: ArgumentHelp("A branch (id or folder) to draw with the scenario (repeatable).", valueName: "branch"))
    package var branches: [String] = []

    @Option(help: "Output format: dot or mermaid.")
    package var format: Format = .dot

    @Option(help: "Draw only what players of this role can reach.")
    package var role: String?

    @Option(name: .customLong("output"), help: ArgumentHelp("Write the graph to this file instead of standard output.", valueName: "file"))
    package var outputFile: String?

    package init() {}


    /// Draws the graph and prints it (or writes it to `--output`); returns the exit status. In-process tests
    /// call this with their own output.
    package func execute(library: ScenarioLibrary, output: inout some TextOutputStream) -> Int32 {
        guard let (model, loaded) = ScenarioLoader.caching(library: library).compiled(scenario, with: branches, reportingTo: &output) else { return 1 }

        var roleIndex: Int?
        if let role {
            guard let index = model.roleIndex(role) else {
                let ids = model.roles.map(\.id)
                var message = "error: \(loaded.name) has no role '\(role)'"
                if let suggestion = Spelling.closest(to: role, among: ids) { message += "; did you mean '\(suggestion)'?" }
                print(message + " (roles: \(ids.joined(separator: ", ")))", to: &output)
                return 1
            }
            roleIndex = index
        }

        let graph = ScenarioGraph(model, role: roleIndex)
        let text = switch format {
        case .dot: graph.dot()
        case .mermaid: graph.mermaid()
        }
        guard let outputFile else {
            output.write(text)
            return 0
        }
        // A device such as /dev/null is written in place, never replaced by a file.
        if case .failure(let error) = AtomicFile().write(Array(text.utf8), to: outputFile, target: .anyFile) {
            print("error: the graph \(error)", to: &output)
            return 1
        }
        func count(_ number: Int, _ word: String) -> String { "\(number) \(word)\(number == 1 ? "" : "s")" }
        func count(_ kind: ScenarioGraph.NodeKind, _ word: String) -> String { count(graph.nodes.filter { $0.kind == kind }.count, word) }
        let counts = [count(.scene, "scene"), count(.ending, "ending"), count(.event, "event"), count(graph.edges.count, "arrow")]
        print("\(outputFile): " + counts.joined(separator: ", "), to: &output)
        return 0
    }
}
