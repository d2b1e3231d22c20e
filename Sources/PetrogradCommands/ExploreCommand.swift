import ArgumentParser
import Foundation
import PetrogradConsole
import PetrogradCore

/// `petrograd explore`: the computer plays every role of a scenario, exhaustively and at random.
package struct ExploreCommand: ParsableCommand {
    package static let configuration = CommandConfiguration(
        commandName: "explore",
        abstract: "Play-test a scenario automatically: every state, and many random games.",
        discussion: """
            For each role (or --role), exhaustive search visits every distinct state breadth-first, \
            following every outcome of every chance, and reports endings reached, scenes and choices never \
            reached, dead ends, traps (states from which no ending can be reached) and runtime errors, each \
            with the shortest path to it (written as a replay file: petrograd play --replay FILE). Random \
            play runs seeded games, uniform and favouring the least-used choice (--strategy for one of \
            them), and says on stderr how long its games took to play and how many choices a second \
            that is; a game that makes --max-choices choices without reaching an ending is a problem \
            too. Exit status: 1 when a \
            problem is found; 2 when the search hit --limit (unless --allow-partial), since then "nothing \
            found" proves nothing.
            """)

    /// Which searches to run.
    package enum Mode: String, ExpressibleByArgument, CaseIterable, Sendable {
        case exhaustive, random, both
    }

    @Argument(help: "A bundled scenario's id or a scenario folder.")
    package var scenario: String

    @Option(help: "Explore from the start a finished game of the earlier act carries on into: a save's file or name, or a golden playthrough (.playtest) of the earlier act.")
    package var from: String?

    @Option(name: .customLong("with"), help: "A branch to explore with (repeatable).")
    package var branches: [String] = []

    @Option(help: "Explore only this role.")
    package var role: String?

    @Option(help: "Explore the games that start at this entry point (a game in one period), not at the roles' starts.")
    package var at: String?

    @Option(help: "exhaustive, random or both.")
    package var mode: Mode = .both

    @Option(help: "The most distinct states exhaustive search may visit per role.")
    package var limit: Int = 2_000_000

    @Flag(help: "Exit 0 even when the search was cut short by --limit.")
    package var allowPartial = false

    /// How random games choose, as the option names them.
    package enum RandomStrategy: String, ExpressibleByArgument, CaseIterable, Sendable {
        case uniform
        case leastUsed = "least-used"

        var strategy: Explorer.Strategy {
            switch self {
            case .uniform: .uniform
            case .leastUsed: .leastUsed
            }
        }
    }

    @Option(help: "Random play with one strategy only: uniform (every available choice equally likely) or least-used (the choice taken least so far). Both when not given.")
    package var strategy: RandomStrategy?

    @Option(help: "Random games per role and strategy.")
    package var runs: Int = 1000

    @Option(help: "The most choices a random game may make; a game that reaches it without an ending is a problem.")
    package var maxChoices: Int = Explorer.defaultChoiceCap

    @Option(help: "Seed for random play.")
    package var seed: UInt64 = 1917

    @Option(help: "Output format: text or json.")
    package var format: CheckCommand.Format = .text

    @Option(help: "Where to write replay files for the problems found.")
    package var failures: String = "explore-failures"

    package init() {}

    package func validate() throws {
        guard runs >= 0 else { throw ValidationError("--runs is a number of games: 0 or more, not \(runs)") }
        guard limit >= 1 else { throw ValidationError("--limit is a number of states: 1 or more, not \(limit)") }
        guard maxChoices >= 1 else { throw ValidationError("--max-choices is a number of choices: 1 or more, not \(maxChoices)") }
    }

    package func run() throws {
        var output = HarmlessOutput(StandardOutput())
        let showProgress = Terminal.isTerminal(STDERR_FILENO) && format == .text
        let code = execute(library: .bundled(), output: &output, warn: { message in
            var errors = StandardError()
            errors.write(ControlCharacters.escaped(message) + "\n")
        }, timing: { line in
            var errors = StandardError()
            errors.write(line + "\n")
        }, progress: showProgress ? { role, seconds, figures in
            var progress = StandardError()
            let rate = seconds > 0 ? Double(figures.expanded) / seconds : 0
            progress.write("\r\u{1B}[K\(role): \(figures.states) states, \(Int(rate)) states/s, \(figures.bytes / 1_048_576) MB…")
        } : nil)
        if showProgress {
            var progress = StandardError()
            progress.write("\r\u{1B}[K")
        }
        if code != 0 { throw ExitCode(code) }
    }

    /// Explores and prints the report to `output`; `warn` gets a line for each folder or file of replays
    /// that could not be written, and `timing` a line with the time each random play took (it varies from
    /// run to run, so it is kept out of the report). Returns the exit status.
    package func execute(library: ScenarioLibrary, output: inout some TextOutputStream,
                         warn: (String) -> Void = { _ in }, timing: ((String) -> Void)? = nil, progress: ((String, Double, Explorer.ExhaustiveProgress) -> Void)? = nil) -> Int32 {
        guard let (model, loaded) = ScenarioLoader.caching(library: library).compiled(scenario, with: branches, reportingTo: &output) else { return 1 }
        var roles = Array(model.roles.indices)
        if let role {
            guard let index = model.roleIndex(role) else {
                print("error: there is no role '\(role)'; roles: \(model.roles.map(\.id).joined(separator: ", "))", to: &output)
                return 1
            }
            roles = [index]
        }
        var setup = Simulation.Setup()
        if let at {
            guard let entry = model.entryIndex(at) else {
                let suggestion = Spelling.closest(to: at, among: model.entries.map(\.id))
                print("error: there is no entry point '\(at)'" + (suggestion.map { "; did you mean '\($0)'?" } ?? "")
                      + (model.entries.isEmpty ? "; this scenario has none" : "; entry points: \(model.entries.map(\.id).joined(separator: ", "))"), to: &output)
                return 1
            }
            setup.entry = entry
        }
        if let from {
            switch Self.carriedStart(from, into: model, role: role, library: library) {
            case .failure(let refusal):
                print("error: \(ControlCharacters.escaped(refusal.message))", to: &output)
                return 1
            case .success(let carried):
                setup.carried = carried.start
                roles = [carried.role]
            }
        }
        let explorer = Explorer(scenario: model, setup: setup)
        var problems = false, truncated = false
        // One line per distinct failure, however many replays it stopped.
        var warned = Set<String>()
        let warnOnce = { (message: String) in if warned.insert(message).inserted { warn(message) } }
        var json: [[String: Any]] = []
        for roleIndex in roles {
            let roleID = model.roles[roleIndex].id
            var entry: [String: Any] = ["role": roleID]
            if mode != .random {
                let started = DispatchTime.now().uptimeNanoseconds
                let report = explorer.exhaustive(role: roleIndex, limit: limit) { figures in
                    progress?(roleID, Double(DispatchTime.now().uptimeNanoseconds - started) / 1e9, figures)
                }
                truncated = truncated || !report.isComplete
                problems = problems || !report.findings.isEmpty
                let files = writeFailures(report.findings, role: roleID, model: model, prefix: "exhaustive", warn: warnOnce)
                if format == .text {
                    printExhaustive(report, model: model, name: loaded.name, files: files, to: &output)
                } else {
                    entry["exhaustive"] = exhaustiveJSON(report, model: model, files: files)
                }
            }
            if mode != .exhaustive {
                var randomEntries: [[String: Any]] = []
                for strategy in strategy.map({ [$0.strategy] }) ?? Explorer.Strategy.allCases {
                    let started = DispatchTime.now().uptimeNanoseconds
                    let report = explorer.random(role: roleIndex, runs: runs, seed: seed, strategy: strategy, maximumChoices: maxChoices)
                    let seconds = Double(DispatchTime.now().uptimeNanoseconds - started) / 1e9
                    timing?(Self.timingLine(report, role: roleID, seconds: seconds))
                    problems = problems || !report.findings.isEmpty
                    let files = writeFailures(report.findings, role: roleID, model: model, prefix: "random-\(strategy.rawValue)", warn: warnOnce)
                    if format == .text {
                        printRandom(report, model: model, files: files, to: &output)
                    } else {
                        randomEntries.append(randomJSON(report, model: model, files: files))
                    }
                }
                if format == .json { entry["random"] = randomEntries }
            }
            json.append(entry)
        }
        let status: Int32 = problems ? 1 : (truncated && !allowPartial ? 2 : 0)
        if format == .json {
            let document: [String: Any] = ["scenario": model.id, "branches": model.branches, "status": Int(status), "roles": json]
            print(JSONText.of(document), to: &output)
        } else if truncated && !allowPartial && !problems {
            print("The search was cut short by --limit \(limit): raise it, or pass --allow-partial to accept a partial search.", to: &output)
        }
        return status
    }

    // MARK: Reports for people

    /// "random play (uniform, worker): 13683 choices in 0.004 s of play, 3.42 M choices/s": the playing
    /// alone, without loading and checking the scenario, to compare with other engines' own timers.
    static func timingLine(_ report: Explorer.RandomReport, role: String, seconds: Double) -> String {
        String(format: "random play (%@, %@): %d choices in %.3f s of play, %.2f M choices/s", report.strategy.rawValue, role,
               report.choicesMade, seconds, seconds > 0 ? Double(report.choicesMade) / seconds / 1e6 : 0)
    }

    private func printExhaustive(_ report: Explorer.ExhaustiveReport, model: Scenario, name: String, files: [String?], to output: inout some TextOutputStream) {
        let role = model.roles[report.role].id
        let completeness = report.isComplete ? "complete" : "CUT SHORT by --limit \(limit)"
        print("\(name) — \(role): exhaustive search \(completeness): \(report.states) states, \(report.transitions) transitions, longest shortest path \(report.depth) actions", to: &output)
        let roleEndings = model.endings.indices.filter { (model.endings[$0].roles.isEmpty || model.endings[$0].roles.contains(report.role)) && canReach(ending: $0, model: model, role: report.role) }
        let reached = roleEndings.filter { report.endings[$0] > 0 }
        print("  endings reached: " + (reached.isEmpty ? "none" : reached.map { "\(model.endings[$0].id) (\(report.endings[$0]))" }.joined(separator: ", ")), to: &output)
        let missed = roleEndings.filter { report.endings[$0] == 0 }
        print("  endings never reached: " + (missed.isEmpty ? "none" : missed.map { model.endings[$0].id }.joined(separator: ", ")), to: &output)
        let roleScenes = model.scenes.indices.filter { (model.scenes[$0].roles.isEmpty || model.scenes[$0].roles.contains(report.role)) && canReach($0, model: model, role: report.role) }
        let unseen = roleScenes.filter { !report.scenesReached.contains($0) }
        print("  scenes never reached: " + (unseen.isEmpty ? "none" : unseen.map { model.scenes[$0].id }.joined(separator: ", ")), to: &output)
        let untaken = roleScenes.filter { report.scenesReached.contains($0) }.flatMap { model.scenes[$0].choices }.filter { !report.choicesTaken.contains($0) }
        print("  choices never taken: " + (untaken.isEmpty ? "none" : untaken.map { "\(model.scenes[model.choices[$0].scene].id)/\(model.choices[$0].id)" }.joined(separator: ", ")), to: &output)
        let entryOnly: (scenes: Set<Int>, endings: Set<Int>) = at == nil ? entryOnly(model: model, role: report.role) : ([], [])
        if !entryOnly.scenes.isEmpty || !entryOnly.endings.isEmpty {
            print("  reached only from entry points (explore --at ID): \(entryOnly.scenes.count) scenes, \(entryOnly.endings.count) endings", to: &output)
        }
        for line in Self.replacedEventLines(report.replacedEvents, model: model, unit: "transitions", indent: "  ") { print(line, to: &output) }
        if !report.replacedEvents.isEmpty {
            let unused = report.replacedEvents.flatMap { count in
                count.replacements.indices.filter { count.replacements[$0] == 0 }.map { "\(model.events[count.event].id) by \(model.events[count.event].replacements[$0].branch)" }
            }
            print("  replacements never used: " + (unused.isEmpty ? "none" : unused.joined(separator: ", ")), to: &output)
        }
        if let fewest = report.fewestDecisions {
            print("  fewest real decisions on a path to an ending: \(fewest.decisions), on \(fewest.days) different days", to: &output)
        }
        printFindings(report.findings, model: model, files: files, to: &output)
        print("  memory: \(report.bytesPerState) bytes per state in the visited set and queue, \((report.memoryBytes + 524_288) / 1_048_576) MB in all", to: &output)
    }

    private func printRandom(_ report: Explorer.RandomReport, model: Scenario, files: [String?], to output: inout some TextOutputStream) {
        let role = model.roles[report.role].id
        let finished = report.runs - report.unfinished
        print("  random play (\(report.strategy.rawValue), \(report.runs) games of \(role), seed \(seed)): \(report.choicesMade) choices, \(finished) reached an ending", to: &output)
        let histogram = model.endings.indices.filter { report.endings[$0] > 0 }.map { "\(model.endings[$0].id) \(report.endings[$0])" }
        print("    endings: " + (histogram.isEmpty ? "none" : histogram.joined(separator: ", ")), to: &output)
        if let mean = report.turns.mean {
            print("    turns to an ending: min \(report.turns.minimum), mean \(String(format: "%.1f", mean)), max \(report.turns.maximum)", to: &output)
        }
        // The engine's own counts and places (`visits:…`, `text:…`, `return:…`) are not the author's
        // variables, and only those the role's scenes read or change concern it.
        let concerns = RoleConcerns(model, role: report.role)
        let values = zip(model.worldVariables.indices, report.worldValues).filter { concerns.worldVariables[$0.0] }.map { (model.worldVariables[$0.0].id, $0.1) }
            + zip(model.playerVariables.indices, report.playerValues)
                .filter { concerns.playerVariables[$0.0] && !model.playerVariables[$0.0].isInternal }.map { (model.playerVariables[$0.0].id, $0.1) }
        if report.worldValues.first.map({ $0.count > 0 }) ?? report.playerValues.contains(where: { $0.count > 0 }) {
            let items = values.map { "\($0.0) \($0.1.minimum)/\(String(format: "%.1f", $0.1.mean ?? 0))/\($0.1.maximum)" }
            for line in Self.wrapped("    at the end (min/mean/max): ", items.isEmpty ? ["none of the role's own"] : items) { print(line, to: &output) }
        }
        for line in Self.replacedEventLines(report.replacedEvents, model: model, unit: "games", indent: "    ") { print(line, to: &output) }
        if report.cutShort > 0 {
            print("    games cut short by --max-choices \(maxChoices): \(report.cutShort)", to: &output)
        }
        let coldScenes = model.scenes.indices.filter {
            (model.scenes[$0].roles.isEmpty || model.scenes[$0].roles.contains(report.role)) && canReach($0, model: model, role: report.role) && report.sceneHits[$0] == 0
                && !report.scenesPassedThrough.contains($0)
        }
        print("    scenes never visited: " + (coldScenes.isEmpty ? "none" : coldScenes.map { model.scenes[$0].id }.joined(separator: ", ")), to: &output)
        printFindings(report.findings, model: model, files: files, to: &output)
    }

    /// How often each replaced event took each outcome (the branches' and its own), wrapped; no lines
    /// when no branch replaces an event.
    static func replacedEventLines(_ counts: [Explorer.ReplacedEventCount], model: Scenario, unit: String, indent: String) -> [String] {
        guard !counts.isEmpty else { return [] }
        let items = counts.map { count in
            let event = model.events[count.event]
            let replacements = zip(event.replacements, count.replacements).map { "branch \($0.0.branch) \($0.1)" }
            let otherwise = event.otherwise == nil ? [] : ["otherwise \(count.otherwise)"]
            return "\(event.id): " + (replacements + ["own outcome \(count.own)"] + otherwise).joined(separator: ", ")
        }
        return wrapped("\(indent)replaced events (\(unit)): ", items, separator: ";")
    }

    /// The replaced events' counts for tools.
    static func replacedEventJSON(_ counts: [Explorer.ReplacedEventCount], model: Scenario) -> [[String: Any]] {
        counts.map { count in
            let event = model.events[count.event]
            return [
                "event": event.id, "own": count.own, "otherwise": count.otherwise,
                "replacements": zip(event.replacements, count.replacements).map { ["branch": $0.0.branch, "count": $0.1] as [String: Any] },
            ]
        }
    }

    /// A list after its heading, as lines of at most `width` characters, continued under the heading's indentation.
    static func wrapped(_ heading: String, _ items: [String], separator: String = ",", width: Int = 100) -> [String] {
        let indent = String(repeating: " ", count: heading.prefix { $0 == " " }.count + 2)
        var lines: [String] = []
        var line = heading
        for (number, item) in items.enumerated() {
            let piece = item + (number == items.count - 1 ? "" : separator)
            if line.count + piece.count > width, line != heading, line != indent {
                lines.append(String(line.dropLast()))
                line = indent
            }
            line += piece + " "
        }
        lines.append(String(line.dropLast()))
        return lines
    }

    private func printFindings(_ findings: [Explorer.Finding], model: Scenario, files: [String?], to output: inout some TextOutputStream) {
        if findings.isEmpty {
            print("    dead ends: none; traps: none; runtime errors: none", to: &output)
            return
        }
        for (finding, file) in zip(findings, files) {
            let replay = file.map { "replay: petrograd play --replay \($0)" } ?? "its replay file could not be written"
            print("    PROBLEM: \(Self.describe(finding.kind, model)) after \(finding.path.count) actions; \(replay)", to: &output)
        }
    }

    static func describe(_ kind: Explorer.Finding.Kind, _ model: Scenario) -> String {
        switch kind {
        case .deadEnd(let scene): "dead end in scene '\(model.scenes[scene].id)' (no choice available and no 'go')"
        case .trap(let scene): "trap in scene '\(model.scenes[scene].id)' (from here no choices lead to any ending)"
        case .choiceCap(let scene, let choices):
            "a game made \(choices) choices without reaching an ending (it was in scene '\(model.scenes[scene].id)'): a trap, or a game longer than --max-choices"
        case .runtimeError(let error): "runtime error: \(error)"
        case .startFailed(let error): "the game cannot start: \(error)"
        case .brokenAssumption(let event, let outcome, let assumption):
            "event '\(model.events[event].id)' showed \(outcome == .otherwise ? "its 'otherwise' text" : outcome == .fired ? "its text" : "a branch's text") "
                + "where its line 'assumes' at \(assumption.location) was false (“"
                + ConditionWording(scenario: model, language: "en", formatDate: { DateFormatting.forReaders($0, storyCalendar: model.calendar) }).words(assumption.condition)
                + "” did not hold)"
        }
    }

    // MARK: Files and JSON

    /// Writes each finding's path as a replay file; returns the path of each, or nil for one that could
    /// not be written (and says why through `warn`).
    private func writeFailures(_ findings: [Explorer.Finding], role: String, model: Scenario, prefix: String, warn: (String) -> Void) -> [String?] {
        guard !findings.isEmpty else { return [] }
        if let error = Self.makeFolder(failures) {
            warn("petrograd: error: the replay files cannot be written in the folder '\(failures)': \(Self.describe(errno: error)); choose another folder with --failures")
            return findings.map { _ in nil }
        }
        return findings.enumerated().map { number, finding -> String? in
            let path = "\(failures)/\(model.id)-\(role)-\(prefix)-\(number + 1).playtest"
            var lines = ["# \(Self.describe(finding.kind, model))", "# replay: petrograd play --replay \(path)",
                         "scenario \(PlaytestReferences.written(scenario, inFileIn: failures))"]
            if !model.branches.isEmpty {
                lines.append("with " + branches.map { PlaytestReferences.written($0, inFileIn: failures) }.joined(separator: " "))
            }
            lines += ["players \(role)", "seed 1"] + (at.map { ["at \($0)"] } ?? []) + finding.path.map(\.description)
            if let error = Self.writeFile(path, lines.joined(separator: "\n") + "\n") {
                warn("petrograd: error: the replay file '\(path)' cannot be written: \(Self.describe(errno: error)); choose another folder with --failures")
                return nil
            }
            return path
        }
    }

    /// Makes a folder and the folders above it that are missing, like `mkdir -p`; returns the `errno` of
    /// a failure, so that it can be explained in the system's words ("Not a directory").
    private static func makeFolder(_ path: String, depth: Int = 0) -> Int32? {
        var status = stat()
        if stat(path, &status) == 0 { return status.st_mode & S_IFMT == S_IFDIR ? nil : ENOTDIR }
        // Bounded, since removing the last component of a path that ends in '..' need not shorten it.
        guard depth < 256 else { return ENAMETOOLONG }
        let parent = URL(fileURLWithPath: path).deletingLastPathComponent().path
        if parent != path, parent != "/", let error = makeFolder(parent, depth: depth + 1) { return error }
        return mkdir(path, 0o755) == 0 || errno == EEXIST ? nil : errno
    }

    /// Writes a new replay file (or replaces one); returns the `errno` of a failure.
    private static func writeFile(_ path: String, _ text: String) -> Int32? {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { return errno }
        let error = FileDescriptor.write(text, to: descriptor)
        return close(descriptor) == 0 ? error : error ?? errno
    }

    private static func describe(errno error: Int32) -> String {
        String(cString: strerror(error))
    }

    private func exhaustiveJSON(_ report: Explorer.ExhaustiveReport, model: Scenario, files: [String?]) -> [String: Any] {
        [
            "complete": report.isComplete, "states": report.states, "transitions": report.transitions, "depth": report.depth,
            "bytesPerState": report.bytesPerState,
            "fewestDecisions": report.fewestDecisions.map { ["decisions": $0.decisions, "days": $0.days] } as Any,
            "endings": Dictionary(uniqueKeysWithValues: model.endings.indices.map { (model.endings[$0].id, report.endings[$0]) }),
            "scenesReached": report.scenesReached.members.map { model.scenes[$0].id },
            "choicesTaken": report.choicesTaken.members.map { "\(model.scenes[model.choices[$0].scene].id)/\(model.choices[$0].id)" },
            "replacedEvents": Self.replacedEventJSON(report.replacedEvents, model: model),
            "problems": zip(report.findings, files).map { ["problem": Self.describe($0.0.kind, model), "path": $0.0.path.map(\.description), "replay": $0.1.map { $0 as Any } ?? NSNull()] },
        ]
    }

    private func randomJSON(_ report: Explorer.RandomReport, model: Scenario, files: [String?]) -> [String: Any] {
        func stats(_ values: [Explorer.Summary], _ variables: [Variable]) -> [String: Any] {
            Dictionary(uniqueKeysWithValues: zip(variables, values).filter { !$0.0.isInternal }.map { variable, summary in
                (variable.id, summary.mean.map { ["min": summary.minimum, "mean": $0, "max": summary.maximum] as [String: Any] } ?? [:])
            })
        }
        return [
            "strategy": report.strategy.rawValue, "runs": report.runs, "choices": report.choicesMade, "unfinished": report.unfinished,
            "cutShort": report.cutShort,
            "endings": Dictionary(uniqueKeysWithValues: model.endings.indices.map { (model.endings[$0].id, report.endings[$0]) }),
            "sceneHits": Dictionary(uniqueKeysWithValues: model.scenes.indices.map { (model.scenes[$0].id, report.sceneHits[$0]) }),
            "world": stats(report.worldValues, model.worldVariables), "player": stats(report.playerValues, model.playerVariables),
            "replacedEvents": Self.replacedEventJSON(report.replacedEvents, model: model),
            "problems": zip(report.findings, files).map { ["problem": Self.describe($0.0.kind, model), "path": $0.0.path.map(\.description), "replay": $0.1.map { $0 as Any } ?? NSNull()] },
        ]
    }
}
