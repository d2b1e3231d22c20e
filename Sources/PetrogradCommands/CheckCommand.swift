import ArgumentParser
import Foundation
import PetrogradConsole
import PetrogradCore

/// `petrograd check [PATH|ID…]`: every problem in the scenarios, compiler-style.
package struct CheckCommand: ParsableCommand {
    package static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check scenarios and report every problem, with file:line:column.",
        discussion: """
            With no arguments, checks every bundled scenario, and every bundled branch with the scenario it \
            extends. A branch folder is checked with its scenario; --with adds branches to every scenario \
            named. Exit status: 0 when clean, 1 when there are errors (or, with --strict, warnings).
            """)

    /// How to print the report.
    package enum Format: String, ExpressibleByArgument, CaseIterable, Sendable {
        case text
        case json
    }

    @Argument(help: "Scenario folders (or files), or ids of bundled scenarios.")
    package var scenarios: [String] = []

    @Option(help: "Output format: text or json.")
    package var format: Format = .text

    @Flag(help: "Treat warnings as errors.")
    package var strict = false

    @Option(name: .customLong("with"), help: "A branch (id or folder) to check with the scenario (repeatable).")
    package var branches: [String] = []

    package init() {}

    package func run() throws {
        var output = StandardOutput()
        let code = execute(library: .bundled(), output: &output, colour: Terminal.allowsColour())
        if code != 0 { throw ExitCode(code) }
    }

    /// Checks and prints; returns the exit status. In-process tests call this with their own output.
    package func execute(library: ScenarioLibrary, output: inout some TextOutputStream, colour: Bool) -> Int32 {
        let references = scenarios.isEmpty
            ? library.scenarioIDs + library.branchIDs.compactMap { id in library.root.map { $0 + "/branches/" + id } }
            : scenarios
        if references.isEmpty {
            print("error: no scenarios to check: none are bundled, and none were named", to: &output)
            return 1
        }
        let loader = ScenarioLoader(library: library)
        var failed = false
        var reports: [[String: Any]] = []
        for reference in references {
            let loaded: ScenarioLoader.Loaded
            switch loader.load(Self.branchFolder(reference, in: library) ?? reference, with: branches) {
            case .failure(let error):
                failed = true
                report(readError: error, reference: reference, into: &reports, output: &output)
                continue
            case .success(let result):
                loaded = result
            }
            let compilation = loaded.compilation
            let fails = compilation.hasErrors || (strict && compilation.diagnostics.contains { $0.severity == .warning })
            failed = failed || fails
            switch format {
            case .text:
                let renderer = DiagnosticRenderer(files: compilation.files, usesColour: colour)
                for diagnostic in compilation.diagnostics { print(renderer.render(diagnostic), to: &output) }
                // The names come from the command line and the scenario's files: only the renderer's
                // own colours may reach the terminal.
                let name = ControlCharacters.escaped(loaded.name)
                if compilation.diagnostics.isEmpty, let scenario = compilation.scenario {
                    print("\(name): no problems (\(scenario.roles.count) roles, \(scenario.scenes.count) scenes, \(scenario.endings.count) endings, \(scenario.events.count) events)", to: &output)
                } else {
                    // A teacher who sees "0 errors" and a failure must be told where the failure comes from.
                    let because = fails && !compilation.hasErrors ? " (failing because of --strict)" : ""
                    print("\(name): \(DiagnosticRenderer.summary(compilation.diagnostics))\(because)", to: &output)
                }
            case .json:
                reports.append([
                    "scenario": reference,
                    "id": compilation.scenario?.id as Any,
                    "ok": !fails,
                    "diagnostics": compilation.diagnostics.map(Self.json),
                ])
            }
        }
        if format == .json {
            let document: [String: Any] = ["ok": !failed, "scenarios": reports]
            print(JSONText.of(document), to: &output)
        }
        return failed ? 1 : 0
    }

    /// The folder of a bundled branch named by its id, checked with the scenario it extends, as a branch
    /// folder is: an installed branch is named as it was written. Nil for anything else.
    static func branchFolder(_ reference: String, in library: ScenarioLibrary) -> String? {
        guard !reference.contains("/"), !FileManager.default.fileExists(atPath: reference), !library.scenarioIDs.contains(reference),
              library.branchIDs.contains(reference), let root = library.root else { return nil }
        return root + "/branches/" + reference
    }

    private func report(readError: ScenarioFiles.ReadError, reference: String, into reports: inout [[String: Any]], output: inout some TextOutputStream) {
        switch format {
        case .text:
            print(ControlCharacters.escaped(readError.description), to: &output)
            // A bare name may be a branch the program does not know: say how branches are named.
            if !reference.contains("/"), readError.path == reference {
                print("(a branch is named by its folder's path, as in 'petrograd check ./\(ControlCharacters.escaped(reference))', or, when it is bundled, by its id: 'petrograd list' shows the bundled branches)", to: &output)
            }
        case .json:
            reports.append(["scenario": reference, "ok": false, "diagnostics": readError.problems.map { problem in [
                "file": problem.path, "line": 1, "column": 1, "severity": "error", "code": "PG001", "message": problem.reason,
            ] }])
        }
    }

    static func json(_ diagnostic: Diagnostic) -> [String: Any] {
        [
            "file": diagnostic.location.file, "line": diagnostic.location.line, "column": diagnostic.location.column,
            "severity": diagnostic.severity.rawValue, "code": diagnostic.code, "message": diagnostic.text,
            "notes": diagnostic.notes.map { ["file": $0.location.file, "line": $0.location.line, "column": $0.location.column, "message": $0.message] },
        ]
    }
}
