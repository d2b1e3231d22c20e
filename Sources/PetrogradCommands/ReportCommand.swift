import ArgumentParser
import Foundation
import PetrogradClassroom
import PetrogradConsole
import PetrogradCore
import PetrogradPages

/// `petrograd report`: the debrief report of a class as one self-contained HTML file, from a classroom
/// room in the teacher's database or from students' save files.
package struct ReportCommand: ParsableCommand {
    package static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Make the debrief report of a class: one HTML file to open, print or keep.",
        discussion: """
            From a room in the classroom's database (--room CODE), or from save files and folders of saves \
            (read through every subfolder; a save that cannot be read is named and skipped). The report is \
            written to a new file in this folder (its path is printed), to --output FILE, or with \
            --output - to standard output.
            """)

    @Argument(help: "Save files, or folders of saves (a class that played alone).")
    package var saves: [String] = []

    @Option(help: "A classroom room's code: report on that room from the teacher's database.")
    package var room: String?

    @Option(help: "The report's language: hi or en.")
    package var lang: String?

    @Option(help: "The file to write (- for standard output).")
    package var output: String?

    @Option(help: "The classroom's database file (with --room).")
    package var database: String?

    package init() {}

    package func run() throws {
        var out = StandardOutput(), errors = StandardError()
        let status = make(library: .bundled(), workingFolder: FileManager.default.currentDirectoryPath, output: &out, errors: &errors)
        if status != 0 { throw ExitCode(status) }
    }

    /// Makes the report; returns the exit status, having said why on `errors` when it is not 0.
    package func make(library: ScenarioLibrary, workingFolder: String, output: inout some TextOutputStream,
                      errors: inout some TextOutputStream) -> Int32 {
        let settingsLanguage = Settings.load(from: Settings.path()).language
        let language = lang ?? (settingsLanguage == "hi" ? "hi" : "en")
        guard language == "hi" || language == "en" else {
            print(ReportWords.badLanguage(lang ?? "", language: "en"), to: &errors)
            return 2
        }
        if room != nil && !saves.isEmpty {
            print(ReportWords.roomAndSaves(language: language), to: &errors)
            return 2
        }
        let pages: PageLibrary
        do throws(PageLibrary.LoadError) {
            pages = try PageLibrary.beside(scenarios: library.root)
        } catch {
            print(ReportWords.pagesMissing(error.description, language: language), to: &errors)
            return 1
        }
        let games: [ClassReport.Played]
        let baseName: String
        if let room {
            guard let found = roomGame(room, library: library, language: language, errors: &errors) else { return 1 }
            games = [found]
            baseName = "report-\(found.label)"
        } else {
            guard !saves.isEmpty else {
                print(ReportWords.noInput(language: language), to: &errors)
                return 2
            }
            games = savedGames(library: library, workingFolder: workingFolder, language: language, errors: &errors)
            guard !games.isEmpty else {
                print(ReportWords.nothingLeft(language: language), to: &errors)
                return 1
            }
            baseName = "report-" + Self.safeName(Set(games.map(\.game.scenario.id)).sorted().joined(separator: "-"))
        }
        let html: String
        do {
            html = try ClassReport(games: games, language: language, pages: pages).html(pages: pages)
        } catch {
            print(ReportWords.pagesMissing(String(describing: error), language: language), to: &errors)
            return 1
        }
        if self.output == "-" {
            print(html, terminator: "", to: &output)
            return 0
        }
        let path = self.output.map { $0.hasPrefix("/") ? $0 : workingFolder + "/" + $0 } ?? Self.freePath(base: baseName, in: workingFolder)
        do {
            try Data(html.utf8).write(to: URL(fileURLWithPath: path), options: .atomic)
        } catch {
            print(ReportWords.cannotWrite(path, reason: error.localizedDescription, language: language), to: &errors)
            return 1
        }
        print(ReportWords.written(path, games: games.count, language: language), to: &output)
        return 0
    }

    /// The database's path: `--database`, or where `host` keeps it.
    func databasePath() -> String? {
        if let database { return database }
        guard case .success(let folder) = UserDirectories.stateFolder() else { return nil }
        return folder + "/classroom.sqlite"
    }

    /// The room's game, rebuilt from its stored files and log, as `host --resume` rebuilds it.
    func roomGame(_ typed: String, library: ScenarioLibrary, language: String, errors: inout some TextOutputStream) -> ClassReport.Played? {
        guard let path = databasePath() else {
            print(ReportWords.databaseFailed("classroom.sqlite", reason: "HOME", language: language), to: &errors)
            return nil
        }
        guard FileManager.default.fileExists(atPath: path) else {
            print(ReportWords.missing(path, language: language), to: &errors)
            return nil
        }
        let stored: StoredRoom
        do {
            let store = try RoomStore(path: path)
            let code = RoomCode(typed: typed)?.value ?? typed
            guard let found = try store.room(code) else {
                print(ReportWords.noSuchRoom(ControlCharacters.escaped(typed), database: path, language: language), to: &errors)
                return nil
            }
            stored = found
        } catch {
            print(ReportWords.databaseFailed(path, reason: String(describing: error), language: language), to: &errors)
            return nil
        }
        let loader = ScenarioLoader(library: library)
        let files = stored.files.map(\.sourceFile)
        let earlier = loader.earlierAct(of: files, at: (library.root ?? ".") + "/" + stored.scenarioID)
        let compilation = Compiler.compile(files, branches: stored.branches.map { $0.map(\.sourceFile) }, earlier: earlier)
        guard let scenario = compilation.scenario else {
            print(ReportWords.roomFailed(stored.code, reason: DiagnosticRenderer.summary(compilation.diagnostics), language: language), to: &errors)
            return nil
        }
        var setup = Simulation.Setup()
        if let entry = stored.entry { setup.entry = scenario.entryIndex(entry) }
        let actions = stored.log.map { Action(logLine: $0.line) }
        if let bad = actions.firstIndex(of: nil) {
            print(ReportWords.roomFailed(stored.code, reason: "line \(bad + 1) of its log cannot be read", language: language), to: &errors)
            return nil
        }
        switch Game.replay(scenario, roles: [], seed: stored.seed, log: actions.compactMap { $0 }, setup: setup) {
        case .failure(let error):
            print(ReportWords.roomFailed(stored.code, reason: error.description, language: language), to: &errors)
            return nil
        case .success(let game):
            return ClassReport.Played(game: game, label: stored.code)
        }
    }

    /// Every save in the files and folders given, each restored in its scenario; what cannot be read is
    /// named and skipped. The same game found twice (an autosave and its finished copy) counts once.
    func savedGames(library: ScenarioLibrary, workingFolder: String, language: String, errors: inout some TextOutputStream) -> [ClassReport.Played] {
        let loader = ScenarioLoader(library: library)
        var scenarios: [String: (scenario: Scenario?, why: String)] = [:]
        var seen: Set<String> = []
        var games: [ClassReport.Played] = []
        for path in saveFiles(workingFolder: workingFolder, language: language, errors: &errors) {
            let document: SaveDocument
            switch SaveStore(directory: (path as NSString).deletingLastPathComponent).read(path) {
            case .failure(let error):
                print(ReportWords.skipped(path, reason: error.description, language: language), to: &errors)
                continue
            case .success(let read): document = read.0
            }
            let branches = document.branches.map { document.branchFolders?[$0] ?? $0 }
            let key = ([document.scenario.id] + branches).joined(separator: "\u{1}")
            if scenarios[key] == nil {
                var messages = ""
                let compiled = loader.compiled(document.scenario.id, with: branches, reportingTo: &messages)
                scenarios[key] = (compiled?.scenario, messages.split(separator: "\n").last.map(String.init) ?? document.scenario.id)
            }
            guard let scenario = scenarios[key]?.scenario else {
                print(ReportWords.skipped(path, reason: scenarios[key]?.why ?? document.scenario.id, language: language), to: &errors)
                continue
            }
            switch document.restore(in: scenario) {
            case .failure(let error):
                print(ReportWords.skipped(path, reason: error.description, language: language), to: &errors)
            case .success(let restored):
                let game = restored.game
                let identity = [scenario.id, String(game.seed)] + game.log.map(\.description) + game.names.map { $0 ?? "" }
                guard seen.insert(identity.joined(separator: "\n")).inserted else { continue }
                let name = document.name ?? game.names.compactMap { $0 }.first ?? ((path as NSString).lastPathComponent as NSString).deletingPathExtension
                games.append(ClassReport.Played(game: game, label: name,
                                                seatNames: game.names.map { $0 ?? (game.names.count == 1 ? name : "") }))
            }
        }
        return games
    }

    /// The save files named, folders read through every subfolder for `*.json` (hidden files left out), in
    /// a stable order.
    func saveFiles(workingFolder: String, language: String, errors: inout some TextOutputStream) -> [String] {
        var files: [String] = []
        for given in saves {
            let path = given.hasPrefix("/") ? given : workingFolder + "/" + given
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else {
                print(ReportWords.missing(given, language: language), to: &errors)
                continue
            }
            guard isFolder.boolValue else { files.append(path); continue }
            let walker = FileManager.default.enumerator(atPath: path)
            var found: [String] = []
            while let relative = walker?.nextObject() as? String {
                let name = (relative as NSString).lastPathComponent
                if name.hasSuffix(".json") && !relative.split(separator: "/").contains(where: { $0.hasPrefix(".") }) {
                    found.append(path + "/" + relative)
                }
            }
            files += found.sorted()
        }
        return files
    }

    /// A file name from ids: letters, digits and '-' only.
    static func safeName(_ text: String) -> String {
        String(text.filter { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-") }.prefix(60))
    }

    /// `base.html` in the folder, or `base-2.html`, `base-3.html`… when it is taken: a report is kept, never
    /// written over.
    static func freePath(base: String, in folder: String) -> String {
        var candidate = folder + "/" + base + ".html"
        var number = 2
        while FileManager.default.fileExists(atPath: candidate) {
            candidate = folder + "/" + base + "-\(number).html"
            number += 1
        }
        return candidate
    }
}
