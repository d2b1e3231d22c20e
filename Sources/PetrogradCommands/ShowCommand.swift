import ArgumentParser
import Foundation
import PetrogradConsole
import PetrogradCore

/// `petrograd show SCENARIO`: every id a scenario declares and where it is defined, for authors writing
/// branches against it (a bundled scenario's files may not be at hand).
package struct ShowCommand: LibraryCommand {
    package static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "List a scenario's ids (roles, places, variables, scenes and choices, events, endings, glossary) with file:line.",
        discussion: """
            Shows what a branch can build on. Each id is followed by the file and line that define it; files \
            are named relative to the scenario's folder, and anything a branch adds (--with) is marked with \
            the branch's id. Dates are given in both calendars (Old Style / New Style). --copy-to DIR writes \
            the scenario's .story files into DIR, keeping their relative paths, so that they can be read; it \
            never overwrites a file. Exit status: 0, or 1 when the scenario cannot be read, has errors, or \
            cannot be copied.
            """)

    @Argument(help: "A bundled scenario's id or a scenario folder (a branch folder shows with its scenario).")
    package var scenario: String

    @Option(name: .customLong("with"), help: "A branch (id or folder) to show with the scenario (repeatable).")
    package var branches: [String] = []

    @Option(name: .customLong("copy-to"), help: "Copy the scenario's .story files into this folder; existing files are never overwritten.")
    package var copyTo: String?

    package init() {}


    /// Lists (and copies); returns the exit status. In-process tests call this with their own output.
    package func execute(library: ScenarioLibrary, output: inout some TextOutputStream) -> Int32 {
        guard let (model, loaded) = ScenarioLoader.caching(library: library).compiled(scenario, with: branches, reportingTo: &output) else { return 1 }
        let compilation = loaded.compilation
        let origins = Origins(scenario: scenario, branches: branches, library: library, compiled: compilation.files)
        Listing(scenario: model, origins: origins).write(to: &output)
        if let copyTo {
            return copy(origins.baseFiles, to: copyTo, output: &output)
        }
        return 0
    }

    /// Writes the files under `folder` at their paths relative to the scenario's folder; refuses, copying
    /// nothing, when any of them exists already.
    private func copy(_ files: [(relativePath: String, file: SourceFile)], to folder: String, output: inout some TextOutputStream) -> Int32 {
        let manager = FileManager.default
        let base = URL(fileURLWithPath: folder)
        let existing = files.map { base.appendingPathComponent($0.relativePath) }.filter { manager.fileExists(atPath: $0.path) }
        if !existing.isEmpty {
            for url in existing { print("\(url.path): error: this file exists already; copy to an empty or new folder", to: &output) }
            print("error: nothing was copied, so as not to overwrite \(existing.count == 1 ? "a file" : "\(existing.count) files")", to: &output)
            return 1
        }
        do {
            for (relativePath, file) in files {
                let url = base.appendingPathComponent(relativePath)
                try manager.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try Data(file.bytes).write(to: url, options: .withoutOverwriting)
            }
        } catch {
            print("\(folder): error: the files cannot be written here: \(error.localizedDescription)", to: &output)
            return 1
        }
        print("", to: &output)
        print("Copied \(files.count) file\(files.count == 1 ? "" : "s") to \(folder):", to: &output)
        for (relativePath, _) in files { print("  \(relativePath)", to: &output) }
        return 0
    }
}

/// Which files are the scenario's own (with their paths relative to its folder) and which come from which
/// branch, worked out the way `ScenarioLoader` finds them.
private struct Origins {
    /// The scenario's own files, with their paths inside the scenario's folder.
    var baseFiles: [(relativePath: String, file: SourceFile)] = []
    /// The branch each branch file belongs to, by path.
    var branchOfFile: [String: String] = [:]
    /// The library's root, to name bundled branches' files relative to it.
    var root: String?

    init(scenario: String, branches: [String], library: ScenarioLibrary, compiled: [SourceFile]) {
        root = library.root.map { $0.hasSuffix("/") ? $0 : $0 + "/" }
        func read(_ location: Result<String, ScenarioFiles.ReadError>) -> (path: String, files: [SourceFile])? {
            guard case .success(let path) = location, let files = try? ScenarioFiles.read(path) else { return nil }
            return (path, files)
        }
        var branchFolders: [[SourceFile]] = branches.compactMap { read(library.locateBranch($0))?.files }
        var base = read(library.locate(scenario))
        if let folder = base, let header = Compiler.branchHeader(of: folder.files), let extends = header.extends {
            branchFolders.append(folder.files)
            base = read(library.locate(extends))
        }
        for folder in branchFolders {
            let id = Compiler.branchHeader(of: folder)?.id ?? "?"
            for file in folder { branchOfFile[file.path] = id }
        }
        guard let base else {
            baseFiles = compiled.filter { branchOfFile[$0.path] == nil }.map { ($0.path, $0) }
            return
        }
        let prefix = base.path.hasSuffix("/") ? base.path : base.path + "/"
        baseFiles = base.files.map { file in
            let relative = file.path.hasPrefix(prefix) ? String(file.path.dropFirst(prefix.count)) : URL(fileURLWithPath: file.path).lastPathComponent
            return (relative, file)
        }
    }

    /// `file:line`, with the file named relative to the scenario's folder (or, for a bundled branch, to the
    /// library), and the branch that defines it, if any: `worker.story:27`, `branches/x/x.story:9 [branch x]`.
    func describe(_ location: SourceLocation) -> String {
        var text = "\(name(ofFile: location.file)):\(location.line)"
        if let branch = branchOfFile[location.file] { text += " [branch \(branch)]" }
        return text
    }

    /// A file's path as the listing names it.
    func name(ofFile path: String) -> String {
        if let pair = baseFiles.first(where: { $0.file.path == path }) { return pair.relativePath }
        if let root, path.hasPrefix(root) { return String(path.dropFirst(root.count)) }
        return path
    }
}

/// The plain-text listing, section by section, in the order things are declared.
private struct Listing {
    var scenario: Scenario
    var origins: Origins

    func write(to output: inout some TextOutputStream) {
        var lines: [String] = []
        header(&lines)
        let branchFiles = origins.branchOfFile.sorted { $0.key < $1.key }
        let files = origins.baseFiles.map { "  \($0.relativePath)" } + branchFiles.map { "  \(origins.name(ofFile: $0.key)) [branch \($0.value)]" }
        section("files", files, count: files.count, &lines)
        section("roles", scenario.roles.flatMap(role), count: scenario.roles.count, &lines)
        if !scenario.entries.isEmpty {
            section("entry points (play one with --at ID)", scenario.entries.flatMap(entry), count: scenario.entries.count, &lines)
        }
        section("places", scenario.places.flatMap(place), count: scenario.places.count, &lines)
        let variables = (scenario.worldVariables + scenario.playerVariables).filter { !$0.isInternal }
        section("variables", variables.flatMap(variable), count: variables.count, &lines)
        section("scenes", scenario.scenes.indices.flatMap(scene), count: scenario.scenes.count, &lines)
        section("events", scenario.events.flatMap(event), count: scenario.events.count, &lines)
        section("endings", scenario.endings.flatMap(ending), count: scenario.endings.count, &lines)
        section("glossary", scenario.glossary.map { "  \($0.id)  \(origins.describe($0.location))" }, count: scenario.glossary.count, &lines)
        for line in lines { print(line, to: &output) }
    }

    private func header(_ lines: inout [String]) {
        lines.append("scenario \(scenario.id)  \(origins.describe(scenario.title.location))")
        lines += texts(scenario.title, indent: "  ")
        lines.append("  languages: \(scenario.languages.joined(separator: " "))" + (scenario.languages.first.map { " (\($0) is the fallback)" } ?? ""))
        // Dates are listed as players see them (`DateFormatting.forReaders`): a New Style story's in one calendar.
        let listed = scenario.calendar == .old ? "Old Style / New Style up to 31 Jan 1918, Old Style after" : "New Style"
        lines.append("  calendar: \(scenario.calendar.rawValue) (dates below: \(listed))")
        if let span = scenario.span {
            // A span written without a closing time runs to the last minute of its last day.
            let end = span.upperBound.minuteOfDay == 24 * 60 - 1 ? span.upperBound.startOfDay : span.upperBound
            lines.append("  dates: \(moment(span.lowerBound)) to \(moment(end))")
        }
        lines.append("  branches: " + (scenario.branches.isEmpty ? "none" : scenario.branches.joined(separator: ", ")))
    }

    private func section(_ title: String, _ body: [String], count: Int, _ lines: inout [String]) {
        lines.append("")
        lines.append("\(title) (\(count))")
        lines += body
    }

    private func role(_ role: Role) -> [String] {
        var lines = ["  \(role.id)  \(origins.describe(role.location))"] + texts(role.name, indent: "    ")
            + ["    start: \(scenario.scenes[role.start].id)"]
        if let about = role.about { lines += ["    about:"] + texts(about, indent: "      ") }
        if let goal = role.goal { lines += ["    goal:"] + texts(goal, indent: "      ") }
        if let worry = role.worry { lines += ["    worry:"] + texts(worry, indent: "      ") }
        if let length = role.length {
            let parts = [length.choices.map { "\(Self.range($0)) choices" }, length.minutes.map { "\(Self.range($0)) minutes" }]
            lines.append("    length: " + parts.compactMap { $0 }.joined(separator: ", "))
        }
        return lines
    }

    private func entry(_ entry: Entry) -> [String] {
        ["  \(entry.id)  \(origins.describe(entry.location))"] + texts(entry.title, indent: "    ")
            + ["    on: \(moment(entry.moment))"]
            + scenario.roles.indices.map { "    start \(scenario.roles[$0].id): \(scenario.scenes[entry.starts[$0]].id)" }
    }

    /// A length's range as the scenario writes it: "15 to 20", or "12".
    private static func range(_ range: ClosedRange<Int>) -> String {
        range.lowerBound == range.upperBound ? "\(range.lowerBound)" : "\(range.lowerBound) to \(range.upperBound)"
    }

    private func place(_ place: Place) -> [String] {
        ["  \(place.id)  \(origins.describe(place.location))"] + texts(place.name, indent: "    ")
    }

    private func variable(_ variable: Variable) -> [String] {
        var declaration = "\(variable.scope.rawValue) \(variable.type.rawValue) \(variable.id)"
        switch variable.type {
        case .number: declaration += " \(variable.minimum) to \(variable.maximum) = \(variable.initial)"
        case .flag: declaration += " = \(variable.initial == 0 ? "no" : "yes")"
        }
        let label = texts(variable.label, indent: "    ")
        let hidden = label.isEmpty ? "  (no label: hidden from players)" : ""
        return ["  \(declaration)  \(origins.describe(variable.location))\(hidden)"] + label
    }

    private func scene(_ index: Int) -> [String] {
        let scene = scenario.scenes[index]
        var details = [roles(scene.roles)]
        if let when = scene.moment { details.append("on " + moment(when)) }
        if let place = scene.place { details.append("at " + scenario.places[place].id) }
        if let fallback = scene.fallback { details.append("go " + scenario.id(of: fallback)) }
        var lines = ["  \(scene.id)  \(origins.describe(scene.location))", "    " + details.joined(separator: "; ")]
        for choice in scene.choices.map({ scenario.choices[$0] }) {
            let targets = destinations(choice)
            let go = targets.isEmpty ? "" : "  go " + targets.joined(separator: " or ")
            lines.append("    choice \(choice.id)\(go)  \(origins.describe(choice.location))")
        }
        return lines
    }

    /// Where a choice can lead, in the order written; empty when it stays in the scene.
    private func destinations(_ choice: Choice) -> [String] {
        var targets = choice.outcomes.compactMap { $0.target ?? choice.defaultTarget }
        let total = choice.outcomes.reduce(0) { $0 + ($1.percent ?? 100) }
        if total < 100, let target = choice.defaultTarget { targets.append(target) }
        var seen = Set<Target>()
        return targets.filter { seen.insert($0).inserted }.map { scenario.id(of: $0) }
    }

    private func event(_ event: WorldEvent) -> [String] {
        var details = [event.start == event.end ? "on " + moment(event.start) : "between \(moment(event.start)) and \(moment(event.end))"]
        details.append(event.condition == nil ? "always fires" : "fires when its condition holds")
        if event.otherwise != nil { details.append("has otherwise") }
        var lines = ["  \(event.id)  \(origins.describe(event.location))", "    " + details.joined(separator: "; ")]
        for replacement in event.replacements {
            lines.append("    replaced by branch \(replacement.branch) when its condition holds  \(origins.describe(replacement.location))")
        }
        return lines
    }

    private func ending(_ ending: Ending) -> [String] {
        ["  \(ending.id)  \(origins.describe(ending.location))", "    " + roles(ending.roles)]
    }

    private func roles(_ indices: [Int]) -> String {
        indices.isEmpty ? "for every role" : "for " + indices.map { scenario.roles[$0].id }.joined(separator: ", ")
    }

    /// A moment as players see it (both calendars only where they are shown), with the time when it is
    /// not midnight: `23 Feb / 8 Mar 1917, 09:00`.
    private func moment(_ moment: Moment) -> String {
        DateFormatting.forReaders(moment, storyCalendar: scenario.calendar)
    }

    /// A text's lines in the scenario's languages, as a scenario writes them (`en: …`), insertions as `{name}`.
    private func texts(_ text: LocalizedText, indent: String) -> [String] {
        scenario.languages.compactMap { language in
            text.template(in: language).map { "\(indent)\(language): \(written($0))" }
        }
    }

    private func written(_ template: TextTemplate) -> String {
        written(template.segments)
    }

    /// Varying text is shown by its shape: conditions as `…`, since the ids they read are listed above.
    private func written(_ segments: [TextTemplate.Segment]) -> String {
        segments.map { segment in
            switch segment {
            case .value: "{…}"
            case .conditional(let branches):
                "{if …}" + branches.map { written($0.segments) }.joined(separator: "{else}") + "{end}"
            case .sequence(let sequence):
                "{\(sequence.kind.rawValue)}" + sequence.alternatives.map(written).joined(separator: "{or}") + "{end}"
            case .literal(let text):
                text.replacingOccurrences(of: "{", with: "{{").replacingOccurrences(of: "}", with: "}}").replacingOccurrences(of: "\n", with: " ")
            case .variable(let reference): "{\(scenario.variable(reference).id)}"
            case .roleName: "{role}"
            case .placeName: "{place}"
            case .date: "{date}"
            }
        }.joined()
    }
}
