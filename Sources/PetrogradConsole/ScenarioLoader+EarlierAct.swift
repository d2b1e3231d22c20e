import Foundation
import PetrogradCore

extension ScenarioLoader {
    /// The act that a scenario's files say it `follows`, found and compiled: a folder of that name beside
    /// the scenario's own (an author's working copy), or else the bundled scenario of that id. Nothing to
    /// find when the scenario follows no act.
    public func earlierAct(of files: [SourceFile], at path: String, depth: Int = 0) -> EarlierAct {
        guard let id = Compiler.followedAct(of: files) else { return .notGiven }
        // An act that (through others) follows itself is reported, not followed for ever.
        guard depth < 8 else { return .unavailable("the acts follow one another in a circle") }
        let sibling = URL(fileURLWithPath: path).deletingLastPathComponent().appendingPathComponent(id).path
        var isDirectory: ObjCBool = false
        let folder: String
        if FileManager.default.fileExists(atPath: sibling, isDirectory: &isDirectory), isDirectory.boolValue {
            folder = sibling
        } else if !id.contains("/"), let root = library.root, library.scenarioIDs.contains(id) {
            folder = root + "/" + id
        } else {
            return .unavailable("no bundled scenario has this id, and there is no folder '\(id)' beside this scenario's folder")
        }
        let earlierFiles: [SourceFile]
        do {
            earlierFiles = try ScenarioFiles.read(folder)
        } catch {
            return .unavailable(error.description)
        }
        let compilation = Compiler.compile(earlierFiles, earlier: earlierAct(of: earlierFiles, at: folder, depth: depth + 1))
        guard let scenario = compilation.scenario else {
            return .unavailable("\(folder) has \(DiagnosticRenderer.summary(compilation.diagnostics)); check it with 'petrograd check \(folder)'")
        }
        return .found(scenario)
    }
}
