import ArgumentParser
import Foundation
import PetrogradConsole
import PetrogradCore

/// `petrograd test FILE…`: runs golden playthroughs and reports each expectation that fails.
package struct TestCommand: LibraryCommand {
    package static let configuration = CommandConfiguration(
        commandName: "test",
        abstract: "Run golden playthrough files (.playtest) against their scenario and branches.",
        discussion: """
            Each file names its scenario ('scenario ID-or-path'), its branches ('with …'), players and seed, \
            then actions ('p1 choose ID [outcome K]') and expectations ('expect …'). Names in a file are read \
            from the file's folder, wherever the command is run: a path is relative to the file; a bare \
            scenario name is a folder beside the file, else a bundled id; a bare branch name is a folder \
            beside the file or in a folder above it, else a bundled id. A folder stands for every .playtest \
            file in it. Exit status 0 when every expectation holds, 1 otherwise.
            """)

    @Argument(help: "Playtest files or folders of them.")
    package var files: [String]

    @Option(help: "Play against this scenario (id, or folder from the current one) instead of the one each file names.")
    package var scenario: String?

    @Option(name: .customLong("with"), help: "A branch (id, or folder from the current one) to add to every file's own (repeatable).")
    package var branches: [String] = []

    package init() {}


    package func execute(library: ScenarioLibrary, output: inout some TextOutputStream) -> Int32 {
        let loader = ScenarioLoader(library: library)
        var paths: [String] = []
        for file in files {
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: file, isDirectory: &isDirectory), isDirectory.boolValue {
                let names = (try? FileManager.default.contentsOfDirectory(atPath: file)) ?? []
                paths += names.filter { $0.hasSuffix(".playtest") }.sorted().map { file + "/" + $0 }
            } else {
                paths.append(file)
            }
        }
        if paths.isEmpty {
            print("error: no playtest files given", to: &output)
            return 1
        }
        var compiled: [String: Compilation] = [:]
        var passed = 0, failed = 0
        for path in paths {
            let text: String
            switch RegularFile.contents(of: path, limit: 64 << 20) {
            case .failure(let problem):
                print("\(path):1:1: error: this file \(problem)", to: &output)
                failed += 1
                continue
            case .success(let bytes):
                guard let decoded = String(validating: bytes, as: UTF8.self) else {
                    print("\(path):1:1: error: this file cannot be read as UTF-8 text", to: &output)
                    failed += 1
                    continue
                }
                text = decoded
            }
            let (playtest, problems) = Playtest.parse(text)
            if !problems.isEmpty {
                for problem in problems { print("\(path):\(problem.line):\(problem.column): error: \(problem.message)", to: &output) }
                failed += 1
                continue
            }
            // The file's own names are found from its folder; --scenario and --with from the current folder.
            let references = PlaytestReferences(library: library, file: path)
            let found: PlaytestReferences.Found
            switch references.resolve(playtest, includingScenario: scenario == nil) {
            case .failure(let missing):
                for problem in missing.names { print("\(path):\(problem.line):\(problem.column): error: \(problem.message)", to: &output) }
                failed += 1
                continue
            case .success(let names):
                found = names
            }
            let ownBranches = found.branches
            guard let reference = scenario ?? found.scenario else {
                print("\(path):1:1: error: the file names no scenario; add a line 'scenario ID' (or a folder's path, relative to this file) or pass --scenario", to: &output)
                failed += 1
                continue
            }
            // A folder that cannot be read is reported at the line that names it (none for the command line's).
            func location(of problemPath: String) -> String {
                func isInside(_ folder: String) -> Bool { problemPath == folder || problemPath.hasPrefix(folder + "/") }
                let named = zip(ownBranches, playtest.branches).first { isInside($0.0) }?.1
                    ?? (scenario == nil && isInside(reference) ? playtest.scenario : nil)
                return named.map { "\(path):\($0.line):\($0.column): " } ?? ""
            }
            let allBranches = ownBranches + branches
            let key = ([reference] + allBranches.sorted()).joined(separator: "\u{0}")
            if compiled[key] == nil {
                switch loader.load(reference, with: allBranches) {
                case .failure(let error):
                    print("\(location(of: error.path))error: \(error.path): \(error.reason)", to: &output)
                    failed += 1
                    continue
                case .success(let loaded):
                    compiled[key] = loaded.compilation
                }
            }
            guard let compilation = compiled[key], let scenarioModel = compilation.scenario else {
                // The scenario's own errors point at their lines; the summary points at the line naming it.
                let renderer = DiagnosticRenderer(files: compiled[key]?.files ?? [], usesColour: false)
                for diagnostic in compiled[key]?.diagnostics ?? [] where diagnostic.severity == .error {
                    print(renderer.render(diagnostic), to: &output)
                }
                print("\(location(of: reference))error: the scenario has errors, so this file cannot be played", to: &output)
                failed += 1
                continue
            }
            let report = PlaytestRunner.run(playtest, in: scenarioModel)
            if report.failures.isEmpty {
                passed += 1
                print("PASS \(path) (\(report.actions) actions, \(report.checks) checks)", to: &output)
            } else {
                failed += 1
                for failure in report.failures { print("\(path):\(failure.line):\(failure.column): error: \(failure.message)", to: &output) }
                print("FAIL \(path)", to: &output)
            }
        }
        print("\(passed) passed, \(failed) failed", to: &output)
        return failed == 0 ? 0 : 1
    }
}
