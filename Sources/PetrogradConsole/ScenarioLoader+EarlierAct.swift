import Foundation
import PetrogradCore

extension ScenarioLoader {
    /// The act that a scenario's files say it `follows`, found and compiled: a folder of that name beside
    /// the scenario's own (an author's working copy), or else the bundled scenario of that id. Nothing to
    /// find when the scenario follows no act.
    public func earlierAct(of files: [SourceFile], at path: String, depth: Int = 0) -> EarlierAct {
        guard Self.mention("follows", in: files), let id = Compiler.followedAct(of: files) else { return .notGiven }
        // An act that (through others) follows itself is reported, not followed for ever.
        guard depth < 8 else { return .unavailable("the acts follow one another in a circle") }
        let folder: String
        switch earlierActFolder(id, beside: path) {
        case .failure(let reason): return .unavailable(reason.text)
        case .success(let found): folder = found
        }
        let earlierFiles: [SourceFile]
        do {
            earlierFiles = try ScenarioFiles.read(folder, bigFilesInPieces: readsBigFilesInPieces)
        } catch {
            return .unavailable(error.description)
        }
        let compilation = Compiler.compile(earlierFiles, earlier: earlierAct(of: earlierFiles, at: folder, depth: depth + 1))
        guard let scenario = compilation.scenario else {
            return .unavailable("\(folder) has \(DiagnosticRenderer.summary(compilation.diagnostics)); check it with 'petrograd check \(folder)'")
        }
        return .found(scenario)
    }

    /// The files of the earlier acts `earlierAct(of:at:)` would compile, read but not compiled: what a
    /// cached compilation of this act depends on besides its own files. An act that cannot be found or
    /// read counts by its reason, so finding it later changes the key.
    func earlierActSources(of files: [SourceFile], at path: String, depth: Int = 0) -> [(label: String, files: [SourceFile])] {
        guard Self.mention("follows", in: files), let id = Compiler.followedAct(of: files) else { return [] }
        guard depth < 8 else { return [("earlier act in a circle", [])] }
        switch earlierActFolder(id, beside: path) {
        case .failure(let reason): return [("earlier act unavailable: " + reason.text, [])]
        case .success(let folder):
            guard let earlierFiles = try? ScenarioFiles.read(folder, bigFilesInPieces: readsBigFilesInPieces) else { return [("earlier act unreadable: " + folder, [])] }
            return [("earlier act " + folder, earlierFiles)] + earlierActSources(of: earlierFiles, at: folder, depth: depth + 1)
        }
    }

    /// Why an earlier act's folder was not found.
    struct EarlierActMissing: Error {
        var text: String
    }

    /// The folder of the act `id`: beside the scenario's own folder (an author's working copy), or else the
    /// bundled scenario of that id.
    private func earlierActFolder(_ id: String, beside path: String) -> Result<String, EarlierActMissing> {
        let sibling = URL(fileURLWithPath: path).deletingLastPathComponent().appendingPathComponent(id).path
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: sibling, isDirectory: &isDirectory), isDirectory.boolValue {
            return .success(sibling)
        } else if !id.contains("/"), let root = library.root, library.scenarioIDs.contains(id) {
            return .success(root + "/" + id)
        }
        return .failure(EarlierActMissing(text: "no bundled scenario has this id, and there is no folder '\(id)' beside this scenario's folder"))
    }
}
