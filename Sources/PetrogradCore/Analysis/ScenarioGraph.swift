/// A scenario as a graph to draw: scenes and endings are nodes; choices, chance outcomes and `go` lines
/// are labelled edges; world events are nodes of their own, with an edge for every `move`.
///
/// It only builds text (Graphviz DOT or Mermaid); writing it anywhere is the caller's business. Everything
/// is listed in scenario order, so the same scenario always gives the same text.
public struct ScenarioGraph: Hashable, Sendable {
    /// What a node stands for.
    public enum NodeKind: Hashable, Sendable {
        case scene
        case ending
        case event
    }

    /// A scene, an ending or a world event.
    public struct Node: Hashable, Sendable {
        public var kind: NodeKind
        /// The id in the scenario. Events have ids of their own, which may repeat a scene's.
        public var id: String
        /// When it happens, in both calendars; nil when it has no date.
        public var date: String?
        /// The ids of the roles that begin here.
        public var startingRoles: [String]
        /// Whether any player (or, for a graph of one role, that role) can get here. Events are always
        /// reachable: the city's clock brings them.
        public var isReachable: Bool
        /// For an event, the branches that put an outcome of their own in place of its outcome.
        public var replacedBy: [String] = []
    }

    /// How an edge came about.
    public enum EdgeKind: Hashable, Sendable {
        /// A choice, or one chance outcome of it, that is always offered.
        case choice
        /// A choice offered only while its `only if` condition holds.
        case guardedChoice
        /// A scene's `go` line, followed when no choice is available.
        case fallback
        /// A world event's `move ROLE to SCENE` (or `move everyone`).
        case move
    }

    /// A labelled arrow between two nodes, given by their positions in `nodes`.
    public struct Edge: Hashable, Sendable {
        public var from: Int
        public var to: Int
        public var label: String
        public var kind: EdgeKind
    }

    /// The scenario's id, with its branches and the role drawn, if any: the graph's title.
    public var title: String
    public var nodes: [Node]
    public var edges: [Edge]

    /// The graph of a whole scenario, or, with `role`, of only what players of that role can reach.
    public init(_ scenario: Scenario, role: Int? = nil) {
        var title = scenario.id
        if !scenario.branches.isEmpty { title += " with " + scenario.branches.joined(separator: ", ") }
        if let role { title += ", role " + scenario.roles[role].id }
        self.title = title

        let reachable = Self.reachableScenes(in: scenario, role: role)
        func describe(_ moment: Moment) -> String { DateFormatting.forReaders(moment, storyCalendar: scenario.calendar) }
        let exits = scenario.scenes.indices.map { Self.exits(of: $0, in: scenario) }
        var endingReached = Array(repeating: false, count: scenario.endings.count)
        for (scene, sceneExits) in exits.enumerated() where reachable[scene] {
            for case .ending(let ending) in sceneExits.map(\.target) { endingReached[ending] = true }
        }

        var nodes: [Node] = []
        var sceneNode = Array(repeating: Int?.none, count: scenario.scenes.count)
        var endingNode = Array(repeating: Int?.none, count: scenario.endings.count)
        for (index, scene) in scenario.scenes.enumerated() where role == nil || reachable[index] {
            let starting = scenario.roles.indices.filter { (role == nil || $0 == role) && scenario.roles[$0].start == index }
            sceneNode[index] = nodes.count
            nodes.append(Node(kind: .scene, id: scene.id, date: scene.moment.map(describe),
                              startingRoles: starting.map { scenario.roles[$0].id }, isReachable: reachable[index]))
        }
        for (index, ending) in scenario.endings.enumerated() where role == nil || endingReached[index] {
            endingNode[index] = nodes.count
            nodes.append(Node(kind: .ending, id: ending.id, date: nil, startingRoles: [], isReachable: endingReached[index]))
        }
        func node(_ target: Target) -> Int? {
            switch target {
            case .scene(let index): sceneNode[index]
            case .ending(let index): endingNode[index]
            }
        }

        var edges: [Edge] = []
        for (scene, sceneExits) in exits.enumerated() {
            guard let from = sceneNode[scene] else { continue }
            for exit in sceneExits {
                guard let to = node(exit.target) else { continue }
                edges.append(Edge(from: from, to: to, label: exit.label, kind: exit.kind))
            }
        }
        // A role's graph shows the events that concern it: they move its players, speak to them, or
        // change what its scenes read (a branch's replacement included).
        let concerns = role.map { RoleConcerns(scenario, role: $0) }
        for (index, event) in scenario.events.enumerated() {
            let moves = Self.moves(of: event, in: scenario).filter { Self.applies($0.role, to: role) }
            if let concerns, moves.isEmpty, !concerns.events[index] { continue }
            let from = nodes.count
            let date = describe(event.start) + (event.end == event.start ? "" : " to " + describe(event.end))
            nodes.append(Node(kind: .event, id: event.id, date: date, startingRoles: [], isReachable: true,
                              replacedBy: event.replacements.map(\.branch)))
            for move in moves {
                guard let to = sceneNode[move.scene] else { continue }
                edges.append(Edge(from: from, to: to, label: move.label, kind: .move))
            }
        }
        self.nodes = nodes
        self.edges = edges
    }

    /// For each scene, whether a player can get there: from each role's start (or only `role`'s) through
    /// choices, chance outcomes and `go` lines, and into the scenes world events move players to (only
    /// the moves of `role` or of everyone, when a role is given). This is the checker's notion of
    /// reachable, with the event outcomes that branches put in place counted too.
    public static func reachableScenes(in scenario: Scenario, role: Int? = nil) -> [Bool] {
        var reached = Array(repeating: false, count: scenario.scenes.count)
        var queue: [Int] = []
        func visit(_ target: Target) {
            guard case .scene(let scene) = target, !reached[scene] else { return }
            reached[scene] = true
            queue.append(scene)
        }
        for (index, candidate) in scenario.roles.enumerated() where role == nil || index == role {
            visit(.scene(candidate.start))
        }
        for event in scenario.events {
            for move in moves(of: event, in: scenario) where applies(move.role, to: role) { visit(.scene(move.scene)) }
        }
        while let scene = queue.popLast() {
            for exit in exits(of: scene, in: scenario) { visit(exit.target) }
        }
        return reached
    }

    // MARK: Building

    /// One way out of a scene.
    private struct Exit {
        var label: String
        var target: Target
        var kind: EdgeKind
    }

    /// A player moved by an event, and how to label the arrow.
    private struct Move {
        var role: Int?
        var scene: Int
        var label: String
    }

    /// The ways out of a scene, in the order written: each choice (one exit per chance outcome, and one
    /// for the remainder when the chances leave some), then the `go` line. A choice that leads nowhere
    /// keeps the player in the scene, which is drawn as an arrow back to it.
    private static func exits(of index: Int, in scenario: Scenario) -> [Exit] {
        let scene = scenario.scenes[index]
        var exits: [Exit] = []
        for choiceIndex in scene.choices {
            let choice = scenario.choices[choiceIndex]
            let kind: EdgeKind = choice.guardCondition == nil ? .choice : .guardedChoice
            let fallback = choice.defaultTarget ?? .scene(index)
            func label(_ percent: Int?) -> String {
                let notes = (choice.isOnce ? ["once"] : []) + (percent.map { ["\($0)%"] } ?? [])
                return notes.isEmpty ? choice.id : choice.id + " (" + notes.joined(separator: ", ") + ")"
            }
            guard choice.hasChance else {
                for outcome in choice.outcomes {
                    exits.append(Exit(label: label(nil), target: outcome.target ?? fallback, kind: kind))
                }
                continue
            }
            var total = 0
            for outcome in choice.outcomes {
                let percent = outcome.percent ?? 0
                total += percent
                exits.append(Exit(label: label(percent), target: outcome.target ?? fallback, kind: kind))
            }
            if total < 100 { exits.append(Exit(label: label(100 - total), target: fallback, kind: kind)) }
        }
        for route in scene.routes { exits.append(Exit(label: "go if", target: route.target, kind: .fallback)) }
        if let target = scene.fallback { exits.append(Exit(label: "go", target: target, kind: .fallback)) }
        // Into shared scenes, and back from them to wherever a call keeps.
        var leadings: [(String, Leading?)] = [("go", scene.leading)]
        for choiceIndex in scene.choices {
            let choice = scenario.choices[choiceIndex]
            leadings.append((choice.id, choice.leading))
            leadings += choice.outcomes.map { (choice.id, $0.leading) }
        }
        for (label, leading) in leadings {
            switch leading {
            case .call(let shared): exits.append(Exit(label: label + " (call)", target: .scene(shared), kind: .fallback))
            case .back: exits += scenario.returnTargets.map { Exit(label: label + " (return)", target: $0, kind: .fallback) }
            case nil: break
            }
        }
        return exits
    }

    /// Every `move` of an event: its own outcome's, its `otherwise`'s, then each branch's replacement's.
    private static func moves(of event: WorldEvent, in scenario: Scenario) -> [Move] {
        var outcomes: [(outcome: EventOutcome, note: String?)] = [(event.fired, nil)]
        if let otherwise = event.otherwise { outcomes.append((otherwise, "otherwise")) }
        outcomes += event.replacements.map { ($0.outcome, "branch " + $0.branch) }
        var moves: [Move] = []
        for (outcome, note) in outcomes {
            for case .move(let role, let scene) in Effect.flattened(outcome.effects) {
                var label = "move " + (role.map { scenario.roles[$0].id } ?? "everyone")
                if let note { label += " (\(note))" }
                moves.append(Move(role: role, scene: scene, label: label))
            }
        }
        return moves
    }

    /// Whether a move of `moved` (nil: everyone) concerns the graph of `role` (nil: every role).
    private static func applies(_ moved: Int?, to role: Int?) -> Bool {
        role == nil || moved == nil || moved == role
    }

    // MARK: Drawing

    /// The lines of a node's label: its id, its date, where roles start, and whether it is unreachable.
    private func labelLines(_ node: Node) -> [String] {
        var lines = [node.id]
        if let date = node.date { lines.append(date) }
        if !node.startingRoles.isEmpty { lines.append("start: " + node.startingRoles.joined(separator: ", ")) }
        if !node.isReachable { lines.append("(unreachable)") }
        if !node.replacedBy.isEmpty { lines.append("replaced by branch " + node.replacedBy.joined(separator: ", ")) }
        return lines
    }

    /// Graphviz DOT text: `dot -Tsvg` draws it. Every id is quoted; events are notes in a "world events"
    /// cluster, with dotted arrows for the players they move; guarded choices are dashed; endings are
    /// double octagons; unreachable scenes and endings are grey; starting scenes have a double border.
    public func dot() -> String {
        var lines = [
            "digraph \(Self.dotQuoted(title)) {",
            "  graph [label=\(Self.dotQuoted(title)), labelloc=t, fontname=\"Helvetica\"];",
            "  node [shape=box, style=rounded, fontname=\"Helvetica\"];",
            "  edge [fontname=\"Helvetica\", fontsize=10];",
        ]
        for node in nodes where node.kind != .event {
            var attributes = ["label=" + Self.dotLabel(labelLines(node))]
            switch (node.kind, node.isReachable) {
            case (.ending, true): attributes += ["shape=doubleoctagon", "style=filled", "fillcolor=\"#f4cccc\""]
            case (.ending, false): attributes += ["shape=doubleoctagon", "style=filled", "fillcolor=lightgrey"]
            case (_, false): attributes += ["style=\"rounded,filled\"", "fillcolor=lightgrey"]
            default: break
            }
            if !node.startingRoles.isEmpty { attributes.append("peripheries=2") }
            lines.append("  \(dotName(node)) [\(attributes.joined(separator: ", "))];")
        }
        if nodes.contains(where: { $0.kind == .event }) {
            lines += ["  subgraph \"cluster_events\" {", "    label=\"world events\";", "    style=dashed;"]
            for node in nodes where node.kind == .event {
                // A replaced event stands out: a thick border in the branch's colour.
                let replaced = node.replacedBy.isEmpty ? "" : ", penwidth=3, color=\"#674ea7\""
                lines.append("    \(dotName(node)) [label=\(Self.dotLabel(labelLines(node))), shape=note, style=filled, fillcolor=\"#fff2cc\"\(replaced)];")
            }
            lines.append("  }")
        }
        for edge in edges {
            var attributes = ["label=" + Self.dotQuoted(edge.label)]
            switch edge.kind {
            case .choice: break
            case .guardedChoice: attributes.append("style=dashed")
            case .fallback: attributes.append("color=\"#555555\"")
            case .move: attributes += ["style=dotted", "color=\"#bf9000\""]
            }
            lines.append("  \(dotName(nodes[edge.from])) -> \(dotName(nodes[edge.to])) [\(attributes.joined(separator: ", "))];")
        }
        lines.append("}")
        return lines.joined(separator: "\n") + "\n"
    }

    /// Mermaid flowchart text. Nodes are `n0`, `n1`, … with their ids in quoted labels, so no id can
    /// clash with Mermaid's words (`end`); endings are circles, events hexagons in a "world events"
    /// subgraph with dotted arrows for moves; guarded choices start with '?'; the classes `ending`,
    /// `event`, `unreachable` and `start` colour them.
    public func mermaid() -> String {
        // A comment runs to the end of its line, so the title's line ends must not start a new one.
        var lines = ["flowchart TD", "  %% " + ControlCharacters.escaped(title).replacingOccurrences(of: "\n", with: " ")]
        func declaration(_ index: Int) -> String {
            let label = "\"" + labelLines(nodes[index]).map(Self.mermaidEscaped).joined(separator: "<br/>") + "\""
            switch nodes[index].kind {
            case .scene: return "n\(index)[\(label)]"
            case .ending: return "n\(index)((\(label)))"
            case .event: return "n\(index){{\(label)}}"
            }
        }
        for index in nodes.indices where nodes[index].kind != .event { lines.append("  " + declaration(index)) }
        let events = nodes.indices.filter { nodes[$0].kind == .event }
        if !events.isEmpty {
            lines.append("  subgraph events [\"world events\"]")
            for index in events { lines.append("    " + declaration(index)) }
            lines.append("  end")
        }
        for edge in edges {
            let label = (edge.kind == .guardedChoice ? "? " : "") + edge.label
            let arrow = edge.kind == .move ? "-.->" : "-->"
            lines.append("  n\(edge.from) \(arrow)|\"\(Self.mermaidEscaped(label))\"| n\(edge.to)")
        }
        lines += [
            "  classDef ending fill:#f4cccc,stroke:#990000",
            "  classDef event fill:#fff2cc,stroke:#bf9000",
            "  classDef unreachable fill:#d3d3d3,stroke:#808080,color:#404040",
            "  classDef start stroke-width:3px",
        ]
        if nodes.contains(where: { !$0.replacedBy.isEmpty }) { lines.append("  classDef replaced stroke:#674ea7,stroke-width:3px") }
        let classes: [(name: String, members: [Int])] = [
            ("ending", nodes.indices.filter { nodes[$0].kind == .ending }),
            ("event", events),
            ("unreachable", nodes.indices.filter { !nodes[$0].isReachable }),
            ("start", nodes.indices.filter { !nodes[$0].startingRoles.isEmpty }),
            ("replaced", nodes.indices.filter { !nodes[$0].replacedBy.isEmpty }),
        ]
        for (name, members) in classes where !members.isEmpty {
            lines.append("  class " + members.map { "n\($0)" }.joined(separator: ",") + " " + name)
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// A node's quoted DOT name. Scenes and endings share one set of ids; events get a prefix with a
    /// character ids cannot contain, so an event named like a scene stays a node of its own.
    private func dotName(_ node: Node) -> String {
        Self.dotQuoted(node.kind == .event ? "event:" + node.id : node.id)
    }

    /// A DOT string in double quotes, with backslashes and quotes escaped and control characters made
    /// visible (a graph is often printed to a terminal).
    static func dotQuoted(_ text: String) -> String {
        var escaped = ""
        for character in ControlCharacters.escaped(text) {
            switch character {
            case "\\": escaped += "\\\\"
            case "\"": escaped += "\\\""
            case "\n": escaped += "\\n"
            default: escaped.append(character)
            }
        }
        return "\"" + escaped + "\""
    }

    /// A DOT label of several lines: each escaped, joined by DOT's own `\n`.
    private static func dotLabel(_ lines: [String]) -> String {
        "\"" + lines.map { String(dotQuoted($0).dropFirst().dropLast()) }.joined(separator: "\\n") + "\""
    }

    /// Text safe inside a Mermaid quoted label: quotes and the characters Mermaid or HTML would read
    /// become entity codes, and control characters are made visible.
    static func mermaidEscaped(_ text: String) -> String {
        var escaped = ""
        for character in ControlCharacters.escaped(text) {
            switch character {
            case "#": escaped += "#35;"
            case "\"": escaped += "#quot;"
            case "<": escaped += "#lt;"
            case ">": escaped += "#gt;"
            case "&": escaped += "#amp;"
            case "|": escaped += "#124;"
            case "\n": escaped += "<br/>"
            default: escaped.append(character)
            }
        }
        return escaped
    }
}
