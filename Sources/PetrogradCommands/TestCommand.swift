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
            Each file names its scenario ('scenario ID-or-path'; a path is taken relative to the file), its \
            branches ('with …'), players and seed, then actions ('p1 choose ID [outcome K]') and expectations \
            ('expect …'). A folder stands for every .playtest file in it. Exit status 0 when every \
            expectation holds, 1 otherwise.
            """)

    @Argument(help: "Playtest files or folders of them.")
    package var files: [String]

    @Option(help: "Play against this scenario (id or folder) instead of the one each file names.")
    package var scenario: String?

    @Option(name: .customLong("with"), help: "A branch to add to every file's own (repeatable).")
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
                for problem in problems { print("\(path):\(problem.line):1: error: \(problem.message)", to: &output) }
                failed += 1
                continue
            }
            guard var reference = scenario ?? playtest.scenario else {
                print("\(path):1:1: error: the file names no scenario; add 'scenario ID' or pass --scenario", to: &output)
                failed += 1
                continue
            }
            if scenario == nil, reference.contains("/"), !reference.hasPrefix("/") {
                reference = URL(fileURLWithPath: path).deletingLastPathComponent().appendingPathComponent(reference).path
            }
            // Paths in the file are relative to the file, like its scenario's.
            let folder = URL(fileURLWithPath: path).deletingLastPathComponent()
            let ownBranches = playtest.branches.map { $0.contains("/") && !$0.hasPrefix("/") ? folder.appendingPathComponent($0).path : $0 }
            let allBranches = ownBranches + branches
            let key = ([reference] + allBranches.sorted()).joined(separator: "\u{0}")
            if compiled[key] == nil {
                switch loader.load(reference, with: allBranches) {
                case .failure(let error):
                    print("\(path):1:1: error: \(error.path): \(error.reason)", to: &output)
                    failed += 1
                    continue
                case .success(let loaded):
                    compiled[key] = loaded.compilation
                }
            }
            guard let scenarioModel = compiled[key]?.scenario else {
                print("\(path):1:1: error: the scenario has errors; run 'petrograd check \(reference)'", to: &output)
                failed += 1
                continue
            }
            let report = PlaytestRunner.run(playtest, in: scenarioModel)
            if report.failures.isEmpty {
                passed += 1
                print("PASS \(path) (\(report.actions) actions, \(report.checks) checks)", to: &output)
            } else {
                failed += 1
                for failure in report.failures { print("\(path):\(failure.line):1: error: \(failure.message)", to: &output) }
                print("FAIL \(path)", to: &output)
            }
        }
        print("\(passed) passed, \(failed) failed", to: &output)
        return failed == 0 ? 0 : 1
    }
}
