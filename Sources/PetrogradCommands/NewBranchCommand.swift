import ArgumentParser
import Foundation
import PetrogradConsole
import PetrogradCore

/// `petrograd new`: starting points for authors.
package struct NewCommand: ParsableCommand {
    package static let configuration = CommandConfiguration(
        commandName: "new",
        abstract: "Write a starting point for authors: a branch that checks clean and can be played.",
        subcommands: [NewBranchCommand.self])

    package init() {}
}

/// `petrograd new branch NAME --from SCENARIO --at SCENE`: writes a branch folder whose one file offers a
/// new choice in a scene, leading to a new scene and a new ending, with comments on every part.
package struct NewBranchCommand: LibraryCommand {
    package static let configuration = CommandConfiguration(
        commandName: "branch",
        abstract: "Write a new branch folder that adds a choice to a scene of a scenario.",
        discussion: """
            Writes NAME/NAME.story (or OUTPUT/NAME.story): a branch of SCENARIO that offers a new choice in \
            SCENE, leading to a new scene from which the player carries on with the story or reaches a new \
            ending, in the scenario's languages, with a comment on each part. The branch is checked with \
            its scenario before it is written. 'petrograd show SCENARIO' lists the scenes. Exit status: 0, \
            or 1 when NAME is not an id, SCENARIO or SCENE is unknown, or the folder exists or is inside \
            the folder of SCENARIO or of a bundled scenario (whose files would then include the branch's).
            """)

    @Argument(help: "The branch's id (ASCII letters, digits, '-' and '_', starting with a letter).")
    package var name: String

    @Option(help: "The scenario the branch extends: a bundled scenario's id or a scenario folder.")
    package var from: String

    @Option(help: "The scene of the scenario that gets the branch's new choice.")
    package var at: String

    @Option(help: "The branch folder to write (default: ./NAME); it must not exist yet.")
    package var output: String?

    package init() {}


    /// Writes the branch; returns the exit status. In-process tests call this with their own output.
    package func execute(library: ScenarioLibrary, output: inout some TextOutputStream) -> Int32 {
        guard BranchTemplate.isValidID(name) else {
            print("error: '\(name)' cannot be a branch's id: an id is made of ASCII letters, digits, '-' and '_', and starts with a letter (for example 'second-thoughts')", to: &output)
            return 1
        }
        let compilation: Compilation
        switch ScenarioLoader(library: library).load(from) {
        case .failure(let error):
            print(error.description, to: &output)
            return 1
        case .success(let loaded):
            compilation = loaded.compilation
        }
        guard let scenario = compilation.scenario else {
            let renderer = DiagnosticRenderer(files: compilation.files, usesColour: false)
            for diagnostic in compilation.diagnostics where diagnostic.severity == .error { print(renderer.render(diagnostic), to: &output) }
            print("error: '\(from)' has errors, so a branch cannot be built on it yet; 'petrograd check \(from)' lists them", to: &output)
            return 1
        }
        if !scenario.branches.isEmpty {
            print("error: '\(from)' is a branch; name the scenario it extends instead ('--from \(scenario.id)')", to: &output)
            return 1
        }
        guard let scene = scenario.sceneIndex(at) else {
            var message = "error: \(scenario.id) has no scene '\(at)'"
            if scenario.endingIndex(at) != nil {
                message += "; '\(at)' is an ending, and a branch offers its new choice in a scene"
            } else if let suggestion = Spelling.closest(to: at, among: scenario.scenes.map(\.id)) {
                message += "; did you mean '\(suggestion)'?"
            }
            print(message + " ('petrograd show \(from)' lists the scenes)", to: &output)
            return 1
        }
        let folder = self.output ?? name
        let named = folder.hasPrefix("/") || folder.hasPrefix(".") ? folder : "./" + folder
        if FileManager.default.fileExists(atPath: folder) {
            print("\(folder): error: this already exists; choose another name or --output folder", to: &output)
            return 1
        }
        if let message = insideAScenario(folder, library: library) {
            print("\(folder): error: " + message, to: &output)
            return 1
        }

        let template = BranchTemplate(id: name, scenario: scenario, scene: scene,
                                      commands: BranchTemplate.Commands(scenario: from, folder: named))
        let file = SourceFile(path: (folder.hasSuffix("/") ? folder : folder + "/") + name + "." + ScenarioFiles.fileExtension, text: template.text)
        // The template is meant to check clean and play whatever the scenario; when it does not, that is a
        // bug in Petrograd, reported rather than written.
        let scenarioPath = (try? library.locate(from).get()) ?? from
        let checked = Compiler.compile(compilation.files, branches: [[file]],
                                       earlier: ScenarioLoader(library: library).earlierAct(of: compilation.files, at: scenarioPath))
        let renderer = DiagnosticRenderer(files: checked.files, usesColour: false)
        for diagnostic in checked.diagnostics { print(renderer.render(diagnostic), to: &output) }
        guard let withBranch = checked.scenario else {
            print("error: the branch Petrograd wrote does not check with \(scenario.id); this is a bug in Petrograd, and nothing was written", to: &output)
            return 1
        }
        if let problem = template.problemPlaying(withBranch) {
            print("error: the branch Petrograd wrote cannot be played: \(problem); this is a bug in Petrograd, and nothing was written", to: &output)
            return 1
        }

        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            try Data(template.text.utf8).write(to: URL(fileURLWithPath: file.path), options: .withoutOverwriting)
        } catch {
            print("\(folder): error: the branch cannot be written here: \(error.localizedDescription)", to: &output)
            return 1
        }
        let roleOption = scenario.scenes[scene].roles.count == 1 ? " --role \(template.role)" : ""
        print("Wrote \(file.path): branch '\(name)' of \(scenario.id), with a new choice '\(template.choiceID)' in scene '\(at)'.", to: &output)
        print("It leads to the new scene '\(template.sceneID)', and from there on to '\(template.returnTarget)' or to the new ending '\(template.endingID)'.", to: &output)
        print("It checks clean with \(scenario.id)\(checked.diagnostics.isEmpty ? "" : " (with the warnings above)"). Next:", to: &output)
        print("  petrograd check \(from) --with \(named)", to: &output)
        print("  petrograd play \(from) --with \(named)\(roleOption) --at \(at)", to: &output)
        print("  petrograd explore \(from) --with \(named)", to: &output)
        return 0
    }

    /// Why the branch may not be written at `folder`, when it would be inside the folder of the scenario
    /// it extends or of a bundled scenario: every `.story` file under a scenario's folder is part of the
    /// scenario, so the branch would be read twice, once as the scenario's own, and nothing would check.
    private func insideAScenario(_ folder: String, library: ScenarioLibrary) -> String? {
        let target = RealPath.of(folder)
        var scenarios: [(folder: String, bundled: Bool)] = []
        if case .success(let path) = library.locate(from) { scenarios.append((path, false)) }
        if let root = library.root {
            scenarios += library.scenarioIDs.map { (root + "/" + $0, true) }
        }
        for (scenarioFolder, bundled) in scenarios {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: scenarioFolder, isDirectory: &isDirectory), isDirectory.boolValue else { continue }
            let real = RealPath.of(scenarioFolder)
            guard target == real || target.hasPrefix(real.hasSuffix("/") ? real : real + "/") else { continue }
            // Beside the scenario's folder, unless that is the bundled library, where it would be taken
            // for a scenario of its own.
            let parent = URL(fileURLWithPath: real).deletingLastPathComponent().path
            let suggestion = bundled || library.root.map(RealPath.of) == parent ? "~/\(name)" : (parent == "/" ? "" : parent) + "/\(name)"
            let which = bundled ? "the bundled scenario" : "the scenario"
            return "this is inside the folder of \(which) \(scenarioFolder), where the branch's file would be read as part of the scenario; "
                + "a branch lives in a folder of its own, outside the scenario's: for example --output \(suggestion)"
        }
        return nil
    }
}

/// Paths with every symbolic link and `.` or `..` resolved, so that two names for one folder compare equal.
enum RealPath {
    /// The real path of `path`, which need not exist: its longest existing ancestor is resolved and the
    /// rest appended.
    static func of(_ path: String) -> String {
        var existing = URL(fileURLWithPath: path)
        var rest: [String] = []
        // Bounded, since removing the last component of a path that ends in '..' need not shorten it.
        for _ in 0..<256 {
            if let resolved = realpath(existing.path, nil) {
                defer { free(resolved) }
                var url = URL(fileURLWithPath: String(cString: resolved))
                for component in rest.reversed() { url.appendPathComponent(component) }
                return url.standardized.path
            }
            let parent = existing.deletingLastPathComponent()
            if parent.path == existing.path { break }
            rest.append(existing.lastPathComponent)
            existing = parent
        }
        return URL(fileURLWithPath: path).standardized.path
    }
}
