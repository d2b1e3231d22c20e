import Foundation
import PetrogradCore

/// How a fuzzer's input bytes become a scenario: one or several `.story` files, and branch folders.
///
/// A line that is exactly `%% file` starts the next file of the same folder; a line that is exactly
/// `%% branch` starts a new branch folder (its first file). Everything else is file content, byte for
/// byte, so line ends, encodings and invalid UTF-8 reach the lexer unchanged. The marker lines are not
/// valid scenario text, so a seed written by hand reads like the folder it stands for.
public enum FuzzInput {
    public static let fileMarker: [UInt8] = Array("%% file".utf8)
    public static let branchMarker: [UInt8] = Array("%% branch".utf8)

    /// The scenario's files and the files of each branch, with made-up paths.
    public static func split(_ bytes: [UInt8]) -> (files: [SourceFile], branches: [[SourceFile]]) {
        var folders: [[[UInt8]]] = [[[]]]
        var lineStart = 0
        while lineStart < bytes.count {
            var lineEnd = lineStart
            while lineEnd < bytes.count, bytes[lineEnd] != 0x0A { lineEnd += 1 }
            let line = bytes[lineStart..<lineEnd]
            let next = min(lineEnd + 1, bytes.count)
            if line.elementsEqual(fileMarker) {
                folders[folders.count - 1].append([])
            } else if line.elementsEqual(branchMarker) {
                folders.append([[]])
            } else {
                folders[folders.count - 1][folders[folders.count - 1].count - 1] += bytes[lineStart..<next]
            }
            lineStart = next
        }
        func sources(_ folder: [[UInt8]], under path: String) -> [SourceFile] {
            folder.enumerated().map { SourceFile(path: "\(path)/f\($0.offset + 1).story", bytes: $0.element) }
        }
        let branches = folders.dropFirst().enumerated().map { sources($0.element, under: "branch\($0.offset + 1)") }
        return (sources(folders[0], under: "fuzz"), branches)
    }
}

/// Finds and reads the bundled scenarios for a fuzzer that needs one.
public enum BundledScenario {
    /// The `Scenarios` folder: `PETROGRAD_FUZZ_SCENARIOS` when set, else the first `Scenarios` folder
    /// found going up from the executable (`.build-fuzz/…/release/` → the checkout), else from the
    /// current directory.
    public static func folder() -> String? {
        if let path = ProcessInfo.processInfo.environment["PETROGRAD_FUZZ_SCENARIOS"], !path.isEmpty { return path }
        let executable = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
        for start in [executable.deletingLastPathComponent(), URL(fileURLWithPath: FileManager.default.currentDirectoryPath)] {
            var directory = start
            while directory.path != "/" {
                let candidate = directory.appendingPathComponent("Scenarios/march-1917/scenario.story")
                if FileManager.default.fileExists(atPath: candidate.path) { return directory.appendingPathComponent("Scenarios").path }
                directory.deleteLastPathComponent()
            }
        }
        return nil
    }

    /// The `.story` files under a folder, sorted by path.
    public static func files(in folder: String) -> [SourceFile] {
        let manager = FileManager.default
        var paths: [String] = []
        if let enumerator = manager.enumerator(atPath: folder) {
            while let relative = enumerator.nextObject() as? String {
                if relative.hasSuffix(".story") { paths.append(relative) }
            }
        }
        return paths.sorted().compactMap { relative in
            manager.contents(atPath: folder + "/" + relative).map { SourceFile(path: folder + "/" + relative, bytes: [UInt8]($0)) }
        }
    }

    /// The bundled scenario with this id, compiled; stops the fuzzer with a message when it cannot.
    public static func compiled(_ id: String) -> Scenario {
        compiled(files(in: checkout() + "/Scenarios/" + id), named: id)
    }

    /// A one-file scenario of the checkout (a path from its top), compiled.
    public static func compiled(file path: String) -> Scenario {
        let full = checkout() + "/" + path
        guard let bytes = FileManager.default.contents(atPath: full) else {
            FileHandle.standardError.write(Data("fuzzer: cannot read \(full)\n".utf8))
            exit(2)
        }
        return compiled([SourceFile(path: full, bytes: [UInt8](bytes))], named: path)
    }

    /// The folder that holds `Scenarios` (and `Fuzz`).
    private static func checkout() -> String {
        guard let folder = folder() else {
            FileHandle.standardError.write(Data("fuzzer: no Scenarios folder found above the executable or here; set PETROGRAD_FUZZ_SCENARIOS\n".utf8))
            exit(2)
        }
        return URL(fileURLWithPath: folder).deletingLastPathComponent().path
    }

    private static func compiled(_ files: [SourceFile], named name: String) -> Scenario {
        let compilation = Compiler.compile(files)
        guard let scenario = compilation.scenario else {
            FileHandle.standardError.write(Data("fuzzer: \(name) does not compile (\(compilation.diagnostics.count) diagnostics)\n".utf8))
            exit(2)
        }
        return scenario
    }
}
