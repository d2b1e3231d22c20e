import Foundation

/// The result of compiling a scenario: the checked model when there were no errors, and every diagnostic.
public struct Compilation: Sendable {
    public var scenario: Scenario?
    public var diagnostics: [Diagnostic]
    /// The files that were compiled, for showing source lines under diagnostics.
    public var files: [SourceFile]

    public var hasErrors: Bool { diagnostics.containsErrors }
}

/// Checks a scenario's files and resolves them into a `Scenario`: source text → syntax → checked model.
///
/// It collects every problem in one run rather than stopping at the first, and reports them sorted by
/// location. The analysis passes (reachability, dead ends, translations, unused variables) run only on
/// the parts that resolved, so one mistake does not cascade into many messages.
public struct Compiler {
    var files: [SourceFile]
    var syntax: [FileSyntax] = []
    var diagnostics: [Diagnostic] = []

    // Symbol tables: id → index, in declaration order.
    var roleIndex: [String: Int] = [:]
    var placeIndex: [String: Int] = [:]
    var variableIndex: [String: VariableReference] = [:]
    var sceneIndex: [String: Int] = [:]
    var endingIndex: [String: Int] = [:]
    var eventIndex: [String: Int] = [:]
    var glossaryIndex: [String: Int] = [:]

    /// Each file's format, by its number in `SourcePaths`: what its texts may use.
    var fileFormats: [UInt32: Int] = [:]
    /// `constant` values by id, with where each was declared.
    var constantValues: [String: (value: Int, location: SourceLocation)] = [:]
    /// `text` blocks by id, and each once compiled.
    var namedTextSyntax: [String: NamedTextSyntax] = [:]
    var compiledNamedTexts: [String: LocalizedText] = [:]
    var namedTextsInProgress = Set<String>()
    /// Where each call of shared scenes is written, by the scene it is written in: for messages.
    var callSites: [(from: Int, called: Int, location: SourceLocation)] = []
    /// How many sequences have counters so far.
    var sequenceCount = 0
    /// One copy of each repeated piece of prose, condition and list of effects, while scenes are built.
    var prose = TextInterner()
    /// The numbers of the languages texts are written in, for their entries.
    var languageNumbers = LanguageNumbers()
    var sharedExpressions = Set<Expression>()
    var sharedEffectLists = Set<[Effect]>()
    /// One copy of each list of roles that scenes are for.
    var sharedRoleLists = Set<[Int]>()
    /// Hidden player variables that count visits and choices taken, by id (`visits:SCENE`,
    /// `taken:SCENE.CHOICE`), and the least limit each needs: a count compared only with numbers stops one
    /// past the largest, which keeps exploration finite and every comparison exact.
    var counters: [String: VariableReference] = [:]
    var counterLimits: [Int: Int] = [:]
    /// Set while a count is compared with a number: that number.
    var countComparedWith: Int?

    var header: ScenarioHeaderSyntax?
    var languages: [String] = []
    var calendar = CalendarKind.old
    var year = 1917
    var usedVariables = Set<VariableReference>()

    var constantSyntax: [ConstantSyntax] = []
    var roles: [RoleSyntax] = []
    var places: [PlaceSyntax] = []
    var variables: [VariableSyntax] = []
    var worldVariables: [Variable] = []
    var playerVariables: [Variable] = []
    var scenes: [SceneDeclaration] = []
    var endings: [EndingSyntax] = []
    var events: [EventSyntax] = []
    var glossary: [GlossarySyntax] = []

    /// For each file whose scenes were outlined (by its number in `SourcePaths`), the parser that reads
    /// their blocks when they are built (`readScene`).
    var sceneReaders: [UInt32: OutlinedSceneReader] = [:]
    /// Whether scenes' blocks are read on a second thread while they are built (`SceneReadAhead`); nil to
    /// decide by the story's size and the machine (`secondThreadHelps`). Tests set it, to compare the two
    /// ways.
    var readsScenesAhead: Bool?
    /// Stories of fewer scenes are checked on one thread: a second would cost more than it saves.
    static let secondThreadMinimumScenes = 512
    /// Checks that need a scene's block when it had not been read yet (a `go` to a later scene, `taken` of
    /// its choice): made in rounds while scenes are built, once their scenes have been read.
    var pendingSceneChecks: [PendingSceneCheck] = []
    /// How many checks may wait before those whose scenes have been read since are made.
    static let waitingChecksBeforeRunning = 1024

    /// The choices built so far, each scene's own in a row: `taken` is checked against their ids.
    var builtChoices: [Choice] = []
    /// The scene whose choices are being built, and all of them as written.
    var choicesBeingBuilt: (scene: Int, choices: [ChoiceSyntax])?

    /// The files of each branch, not yet known by id.
    var branchFolders: [[SourceFile]]
    /// The ids of the branches, in the order they are applied (sorted by id, so the order they were
    /// named in never matters).
    var branchIDs: [String] = []
    var sceneExtensions: [SceneSyntax] = []
    /// The conditions of choices, passages and `in scene … when` blocks, for the never-true check.
    var judgedConditions: [JudgedCondition] = []
    var eventReplacements: [(branch: String, syntax: EventSyntax)] = []
    /// The act this scenario `follows`, as the caller found it.
    var earlier: EarlierAct
    /// The scenario's files and then its branches' files.
    var allFiles: [SourceFile] { files + branchFolders.flatMap { $0 } }
    /// The content hash of a big story's files, worked out on a second thread while they are read.
    var contentHashInProgress: ConcurrentValue<String>?
    /// Files of fewer bytes than this are hashed when the hash is wanted: a thread would cost more.
    static let concurrentHashBytes = 1 << 20

    public init(files: [SourceFile], branches: [[SourceFile]] = [], earlier: EarlierAct = .notGiven) {
        self.files = files.sorted { $0.path < $1.path }
        branchFolders = branches.map { $0.sorted { $0.path < $1.path } }
        self.earlier = earlier
    }

    /// Compiles a scenario's files, with the files of any branches that extend it, and the earlier act it
    /// `follows` when it names one.
    public static func compile(_ files: [SourceFile], branches: [[SourceFile]] = [], earlier: EarlierAct = .notGiven) -> Compilation {
        var compiler = Compiler(files: files, branches: branches, earlier: earlier)
        return compiler.compile()
    }

    public mutating func compile() -> Compilation {
        let hashed = allFiles
        if hashed.reduce(0, { $0 + $1.byteCount }) >= Self.concurrentHashBytes, Self.hasSecondCore {
            contentHashInProgress = ConcurrentValue { ContentHash.of(hashed) }
        }
        if files.isEmpty, !branchFolders.isEmpty {
            // A branch on its own, which does not say which scenario it extends.
            syntax += parseBranches()
            for branch in syntax.flatMap(\.branch) where branch.extends == nil {
                diagnostics.append(Diagnostic(.scenarioBlock("branch '\(branch.name.text)' must say which scenario it extends; add a line such as 'extends march-1917' under it"), at: branch.location))
            }
        }
        if files.isEmpty {
            if !diagnostics.containsErrors {
                diagnostics.append(Diagnostic(.scenarioBlock("there are no scenario files here; a scenario is a folder of '.story' files"),
                                              at: SourceLocation(file: "(none)", line: 1, column: 1)))
            }
            return finish(nil)
        }
        for file in files {
            var parser = Parser(file: file, outlinesScenes: true)
            let parsed = parser.parse()
            let fileNumber = SourcePaths.shared.number(of: file.path)
            fileFormats[fileNumber] = parsed.formatVersion
            sceneReaders[fileNumber] = parser.outlinedSceneReader().map(OutlinedSceneReader.init)
            diagnostics += parser.diagnostics
            for branch in parsed.branch {
                diagnostics.append(Diagnostic(.scenarioBlock("'branch' belongs in a branch's own folder, not in the scenario it extends; check a branch with 'petrograd check SCENARIO --with BRANCH'"), at: branch.location))
            }
            syntax.append(parsed)
        }
        syntax += parseBranches()
        collectDeclarations()
        guard let header else {
            diagnostics.append(Diagnostic(.scenarioBlock("no file declares the scenario; one file needs a 'scenario ID' block with its title and 'languages'"),
                                          at: SourceLocation(file: files[0].path, line: 1, column: 1)))
            return finish(nil)
        }
        resolveHeader(header)
        for branch in syntax.flatMap(\.branch) {
            if let extends = branch.extends {
                if extends.text != header.name.text {
                    diagnostics.append(Diagnostic(.scenarioBlock("branch '\(branch.name.text)' extends '\(extends.text)', not '\(header.name.text)'"), at: extends.location))
                }
            } else {
                diagnostics.append(Diagnostic(.scenarioBlock("branch '\(branch.name.text)' must say which scenario it extends: 'extends \(header.name.text)'"), at: branch.location))
            }
        }
        let scenario = buildScenario(header)
        return finish(scenario)
    }

    /// Whether a second thread's help is worth having for a story of `sceneCount` scenes on this machine.
    static func secondThreadHelps(sceneCount: Int) -> Bool {
        sceneCount >= secondThreadMinimumScenes && hasSecondCore
    }

    /// Whether a second thread can run beside this one.
    static var hasSecondCore: Bool { ProcessInfo.processInfo.activeProcessorCount > 1 }

    private func finish(_ scenario: Scenario?) -> Compilation {
        let files = allFiles
        if files.contains(where: \.isReadInPieces) {
            // The hash reads the files too; what it finds counts.
            _ = contentHashInProgress?.wait()
            let changed = files.filter(\.changedWhileRead)
            if !changed.isEmpty {
                // What was found in a file that changed under the checker is no guide to either version.
                let reports = changed.map {
                    Diagnostic(.textUnreadable("this file changed while it was being read; check it again once it is saved"),
                               at: SourceLocation(file: $0.path, line: 1, column: 1))
                }
                return Compilation(scenario: nil, diagnostics: reports, files: files)
            }
        }
        let sorted = deduplicated(diagnostics).sortedByLocation()
        return Compilation(scenario: sorted.containsErrors ? nil : scenario, diagnostics: sorted, files: files)
    }

    private func deduplicated(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
        var seen = Set<Diagnostic>()
        return diagnostics.filter { seen.insert($0).inserted }
    }

    // MARK: Branches

    /// Parses each branch folder and orders them by id. Each needs exactly one `branch` block and no
    /// `scenario` block.
    private mutating func parseBranches() -> [FileSyntax] {
        var parsedBranches: [(id: String, syntax: [FileSyntax])] = []
        var firstLocation: [String: SourceLocation] = [:]
        for folder in branchFolders {
            var parsed: [FileSyntax] = []
            for file in folder {
                var parser = Parser(file: file, outlinesScenes: true)
                parsed.append(parser.parse())
                let fileNumber = SourcePaths.shared.number(of: file.path)
                fileFormats[fileNumber] = parsed.last?.formatVersion
                sceneReaders[fileNumber] = parser.outlinedSceneReader().map(OutlinedSceneReader.init)
                diagnostics += parser.diagnostics
            }
            for header in parsed.flatMap(\.scenario) {
                diagnostics.append(Diagnostic(.scenarioBlock("a branch cannot declare a scenario; it names the one it extends with 'extends'"), at: header.location))
            }
            let headers = parsed.flatMap(\.branch)
            guard let header = headers.first else {
                let location = SourceLocation(file: folder.first?.path ?? "(branch)", line: 1, column: 1)
                diagnostics.append(Diagnostic(.scenarioBlock("this branch has no 'branch ID' block saying which branch it is and which scenario it extends"), at: location))
                continue
            }
            for extra in headers.dropFirst() {
                diagnostics.append(Diagnostic(.scenarioBlock("a branch has one 'branch' block, but this is a second one"), at: extra.location,
                                              notes: [.init(location: header.location, message: "the first is here")]))
            }
            if let first = firstLocation[header.name.text] {
                duplicate(header.name, kind: "branch", first: first)
                continue
            }
            firstLocation[header.name.text] = header.name.location
            parsedBranches.append((header.name.text, parsed))
        }
        parsedBranches.sort { $0.id < $1.id }
        branchIDs = parsedBranches.map(\.id)
        return parsedBranches.flatMap(\.syntax)
    }

    // MARK: Declarations

    private mutating func collectDeclarations() {
        var headers: [ScenarioHeaderSyntax] = []
        for fileIndex in syntax.indices {
            takeScenes(ofFile: fileIndex)
            let file = syntax[fileIndex]
            headers += file.scenario
            for role in file.roles where register(role.name, kind: "role", in: \.roleIndex, count: roles.count) { roles.append(role) }
            for place in file.places where register(place.name, kind: "place", in: \.placeIndex, count: places.count) { places.append(place) }
            for variable in file.variables { declareVariable(variable) }
            for ending in file.endings where register(ending.name, kind: "ending", in: \.endingIndex, count: endings.count) {
                endings.append(ending)
            }
            for event in file.events where register(event.name, kind: "event", in: \.eventIndex, count: events.count) { events.append(event) }
            // Kept once, in `events`: a big story has an event every few scenes.
            syntax[fileIndex].events = []
            for entry in file.glossary where register(entry.name, kind: "glossary entry", in: \.glossaryIndex, count: glossary.count) { glossary.append(entry) }
            for named in file.namedTexts {
                if let first = namedTextSyntax[named.name.text] {
                    duplicate(named.name, kind: "text", first: first.name.location)
                } else {
                    namedTextSyntax[named.name.text] = named
                }
            }
            constantSyntax += file.constants
            sceneExtensions += file.sceneExtensions
            if let branch = file.branch.first?.name.text ?? currentBranch(of: file) {
                eventReplacements += file.eventReplacements.map { (branch, $0) }
            }
        }
        // Scenes and endings share one set of ids (`go` leads to either): a clash is reported at the later one.
        for (id, scene) in sceneIndex {
            guard let ending = endingIndex[id] else { continue }
            let sceneName = scenes[scene].name, endingName = endings[ending].name
            let (later, earlier) = sceneName.location < endingName.location ? (endingName, sceneName) : (sceneName, endingName)
            duplicate(later, kind: "scene or ending", first: earlier.location)
        }
        declareConstants()
        if let first = headers.first {
            header = first
            for extra in headers.dropFirst() {
                diagnostics.append(Diagnostic(.scenarioBlock("a scenario has one 'scenario' block, but this is a second one"), at: extra.location,
                                              notes: [.init(location: first.location, message: "the first is here")]))
            }
        }
    }

    /// Registers a file's scenes, each as a `SceneDeclaration`: its id and where its block is, a small part
    /// of what the parser made of it, which is given up. A second scene of the same id is left out.
    private mutating func takeScenes(ofFile fileIndex: Int) {
        let fileScenes = syntax[fileIndex].scenes
        syntax[fileIndex].scenes = []
        // Appended one by one after the first file, the list grows by doubling: reserving each file's
        // share would copy the whole list again for every file.
        if scenes.isEmpty { scenes.reserveCapacity(fileScenes.count) }
        for scene in fileScenes where register(scene.name, kind: "scene", in: \.sceneIndex, count: scenes.count) {
            scenes.append(SceneDeclaration(scene))
        }
    }

    /// Records a new id in a table; a second declaration is reported and not recorded.
    private mutating func register(_ name: Name, kind: String, in table: WritableKeyPath<Compiler, [String: Int]>, count: Int) -> Bool {
        if self[keyPath: table][name.text] != nil {
            duplicate(name, kind: kind, first: firstLocation(of: name.text, kind: kind) ?? name.location)
            return false
        }
        self[keyPath: table][name.text] = count
        return true
    }

    /// The branch a file belongs to: the one whose folder holds it.
    private func currentBranch(of file: FileSyntax) -> String? {
        for (index, folder) in branchFolders.enumerated() where folder.contains(where: { $0.path == file.path }) {
            let header = syntax.first { candidate in folder.contains { $0.path == candidate.path } && !candidate.branch.isEmpty }
            return header?.branch.first?.name.text ?? "branch-\(index + 1)"
        }
        return nil
    }

    private func firstLocation(of id: String, kind: String) -> SourceLocation? {
        switch kind {
        case "role": roleIndex[id].map { roles[$0].name.location }
        case "place": placeIndex[id].map { places[$0].name.location }
        case "scene": sceneIndex[id].map { scenes[$0].name.location }
        case "ending": endingIndex[id].map { endings[$0].name.location }
        case "event": eventIndex[id].map { events[$0].name.location }
        case "glossary entry": glossaryIndex[id].map { glossary[$0].name.location }
        default: nil
        }
    }

    /// A scene has one default choice, the one a player whose time ran out takes: a second is an error.
    mutating func secondDefault(_ marked: SourceLocation, of choice: String, among earlier: [Choice], scene: String) {
        guard let first = earlier.first(where: \.isDefault) else { return }
        diagnostics.append(Diagnostic(
            .misplacedStatement(statement: "default", place: "on choice '\(choice)'",
                                hint: "scene '\(scene)' already has a default choice, '\(first.id)'; a scene has one, so take 'default' off one of them"),
            at: marked, notes: [.init(location: first.location, message: "'\(first.id)' is the default choice")]))
    }

    mutating func duplicate(_ name: Name, kind: String, first: SourceLocation) {
        diagnostics.append(Diagnostic(.duplicateDeclaration(kind: kind, name: name.text), at: name.location,
                                      notes: [.init(location: first, message: "'\(name.text)' is first declared here")]))
    }

    private mutating func declareVariable(_ syntax: VariableSyntax) {
        if let existing = variableIndex[syntax.name.text] {
            let first = existing.scope == .world ? worldVariables[existing.index].location : playerVariables[existing.index].location
            duplicate(syntax.name, kind: "variable", first: first)
            return
        }
        var minimum = 0, maximum = 1
        if syntax.type == .number, let range = syntax.range {
            minimum = range.minimum
            maximum = max(range.minimum, range.maximum)
        }
        var initial = minimum
        if let expression = syntax.initial {
            switch expression {
            case .integer(let value, let location) where syntax.type == .number:
                initial = value
                if !(minimum...maximum).contains(value) {
                    diagnostics.append(Diagnostic(.valueOutOfRange(value: value, variable: syntax.name.text, minimum: minimum, maximum: maximum), at: location))
                    initial = min(max(value, minimum), maximum)
                }
            case .negate(.integer(let value, _), let location) where syntax.type == .number:
                initial = -value
                if !(minimum...maximum).contains(-value) {
                    diagnostics.append(Diagnostic(.valueOutOfRange(value: -value, variable: syntax.name.text, minimum: minimum, maximum: maximum), at: location))
                    initial = min(max(-value, minimum), maximum)
                }
            case .boolean(let value, _) where syntax.type == .flag:
                initial = value ? 1 : 0
            default:
                let expected = syntax.type == .number ? "a whole number, as in '= 50'" : "'yes' or 'no'"
                diagnostics.append(Diagnostic(.typeMismatch("the starting value of '\(syntax.name.text)' must be \(expected)"), at: expression.location))
            }
        }
        let variable = Variable(id: syntax.name.text, scope: syntax.scope, type: syntax.type, minimum: minimum, maximum: maximum,
                                initial: initial, label: LocalizedText(entries: [], location: syntax.label.location), location: syntax.name.location)
        switch syntax.scope {
        case .world:
            variableIndex[syntax.name.text] = VariableReference(scope: .world, index: worldVariables.count)
            worldVariables.append(variable)
        case .player:
            variableIndex[syntax.name.text] = VariableReference(scope: .player, index: playerVariables.count)
            playerVariables.append(variable)
        }
        variables.append(syntax)
    }

    private mutating func resolveHeader(_ header: ScenarioHeaderSyntax) {
        var seen = Set<String>()
        for language in header.languages {
            guard language.text.range(of: "^[a-z]{2,3}(-[A-Za-z0-9]+)?$", options: .regularExpression) != nil else {
                diagnostics.append(Diagnostic(.syntax("'\(language.text)' is not a language code; use codes such as 'hi' and 'en'"), at: language.location))
                continue
            }
            if seen.insert(language.text).inserted { languages.append(language.text) }
        }
        if header.languages.isEmpty {
            diagnostics.append(Diagnostic(.scenarioBlock("the scenario must promise its languages, as in 'languages hi en' (the first is the fallback)"), at: header.location))
        }
        calendar = header.calendar ?? .old
        year = header.year ?? 1917
        if !Moment.years.contains(year) {
            diagnostics.append(Diagnostic(.invalidDate(Self.yearOutOfRange(year)), at: header.yearLocation ?? header.location))
            year = 1917
        }
    }

    // MARK: Building the model

    private mutating func buildScenario(_ header: ScenarioHeaderSyntax) -> Scenario {
        var span: ClosedRange<Moment>?
        if let dates = header.dates, let start = moment(dates.start), let endDay = moment(dates.end) {
            // The span covers the whole of its last day unless a time is given.
            let end = dates.end.minuteOfDay == nil ? Moment(minutes: endDay.startOfNextDay.minutes - 1) : endDay
            if start <= end {
                span = start...end
            } else {
                diagnostics.append(Diagnostic(.invalidDate("the scenario's dates end before they begin"), at: dates.end.location))
            }
        }
        self.span = span
        let title = text(header.title, what: "the scenario's title", required: true)

        // Variables' labels are resolved now that the languages are known.
        for syntax in variables {
            guard let reference = variableIndex[syntax.name.text] else { continue }
            let label = text(syntax.label, what: "the label of '\(syntax.name.text)'", required: false)
            switch reference.scope {
            case .world: worldVariables[reference.index].label = label
            case .player: playerVariables[reference.index].label = label
            }
        }

        var placeModels: [Place] = []
        for place in places {
            placeModels.append(Place(id: place.name.text, name: text(place.title, what: "the name of place '\(place.name.text)'", required: true), location: place.name.location))
        }
        var roleModels: [Role] = []
        for role in roles {
            let name = text(role.title, what: "the name of role '\(role.name.text)'", required: true)
            var start = 0
            if let startName = role.start {
                if let scene = sceneIndex[startName.text] {
                    // Whether the scene is for this role is checked once its block is read (`checkRoleStarts`).
                    start = scene
                } else {
                    unknown(startName, kind: "scene", candidates: sceneIndex.keys)
                }
            } else {
                diagnostics.append(Diagnostic(.roleStart("role '\(role.name.text)' has no start; add 'start SCENE' to say where its players begin"), at: role.name.location))
            }
            let about = role.about.map { text($0, what: "the 'about' text of role '\(role.name.text)'", required: true) }
            let goal = role.goal.map { text($0, what: "the 'goal' text of role '\(role.name.text)'", required: true) }
            let worry = role.worry.map { text($0, what: "the 'worry' text of role '\(role.name.text)'", required: true) }
            roleModels.append(Role(id: role.name.text, name: name, about: about, goal: goal, worry: worry, length: role.length, start: start,
                                   location: role.name.location))
        }
        if roles.isEmpty {
            diagnostics.append(Diagnostic(.roleStart("the scenario has no roles; declare at least one with 'role ID'"), at: header.location))
        }

        var sceneModels: [Scene] = []
        sceneModels.reserveCapacity(scenes.count)
        // Each scene's block is read only now, and its syntax given up as soon as its model is built, so
        // that a big scenario's syntax is never whole in memory, nor beside its model.
        builtChoices.reserveCapacity(scenes.reduce(0) { $0 + ($1.outline?.choiceLines ?? 0) } + sceneExtensions.reduce(0) { $0 + $1.choices.count })
        var readAhead = (readsScenesAhead ?? Self.secondThreadHelps(sceneCount: scenes.count))
            ? SceneReadAhead(blocks: scenes.indices.map(outlinedBlock)) : nil
        var waitingChecksLimit = Self.waitingChecksBeforeRunning
        for index in scenes.indices {
            sceneModels.append(buildScene(readScene(index, readAhead: readAhead), index: index))
            if pendingSceneChecks.count >= waitingChecksLimit {
                runPendingSceneChecks()
                // Twice what still waits, so that each waiting check is looked at a bounded number of times.
                waitingChecksLimit = max(Self.waitingChecksBeforeRunning, 2 * pendingSceneChecks.count)
            }
        }
        readAhead?.finish()
        // With its list of every scene's block, and the batches its thread read, before the analyses.
        readAhead = nil
        runPendingSceneChecks()
        assert(pendingSceneChecks.isEmpty, "every scene has been read")
        // Scenes hold most of a story's prose and conditions; the few left are not worth the tables' memory.
        prose = TextInterner()
        sharedExpressions = []
        sharedEffectLists = []
        checkRoleStarts()
        for extensionSyntax in sceneExtensions {
            guard let scene = sceneIndex[extensionSyntax.name.text] else {
                unknown(extensionSyntax.name, kind: "scene", candidates: sceneIndex.keys)
                continue
            }
            let context = ExpressionContext(allowsPlayerData: true)
            let extraGuard = extensionSyntax.extensionCondition.flatMap { condition($0, context) }
            if let extraGuard, let syntax = extensionSyntax.extensionCondition {
                judgedConditions.append(JudgedCondition(condition: extraGuard, scene: scene, subject: .inSceneBlock,
                                                        location: Self.start(of: syntax)))
            }
            for choiceSyntax in extensionSyntax.choices {
                if let existing = sceneModels[scene].choices.first(where: { builtChoices[$0].id == choiceSyntax.name.text }) {
                    duplicate(choiceSyntax.name, kind: "choice in this scene", first: builtChoices[existing].location)
                    continue
                }
                if let marked = choiceSyntax.isDefault {
                    secondDefault(marked, of: choiceSyntax.name.text, among: sceneModels[scene].choices.map { builtChoices[$0] },
                                  scene: sceneModels[scene].id)
                }
                var choice = buildChoice(choiceSyntax, scene: scene, sceneRoles: sceneModels[scene].roles)
                judge(choice, index: builtChoices.count, syntax: choiceSyntax)
                if let extraGuard {
                    choice.guardCondition = choice.guardCondition.map { .and(extraGuard, $0) } ?? extraGuard
                }
                sceneModels[scene].choices.append(builtChoices.count)
                builtChoices.append(choice)
            }
        }
        var endingModels: [Ending] = []
        for ending in endings { endingModels.append(buildEnding(ending)) }
        var eventModels: [WorldEvent] = []
        for event in events { eventModels.append(buildEvent(event)) }
        // A big story has an event every few scenes: their syntax is given up before the analyses (only
        // `eventIndex` is read after this).
        events = []
        var glossaryModels: [GlossaryEntry] = []
        for entry in glossary {
            let id = entry.name.text
            glossaryModels.append(GlossaryEntry(
                id: id, term: text(entry.term, what: "the term of glossary entry '\(id)'", required: true),
                explanation: text(entry.explanation ?? TextSyntax(location: entry.name.location), what: "the explanation of glossary entry '\(id)'", required: true),
                location: entry.name.location))
        }
        applyReplacements(to: &eventModels)
        // Every `taken` has been checked against the choices by now.
        var choiceModels = builtChoices
        builtChoices = []
        attachCounters(scenes: &sceneModels, choices: &choiceModels)
        let returns = allocateReturnSlots(scenes: sceneModels, choices: choiceModels, endings: endings.count)
        let order = eventModels.indices.sorted { (eventModels[$0].start.minutes, $0) < (eventModels[$1].start.minutes, $1) }

        var scenario = Scenario(
            id: header.name.text, title: title, languages: languages, calendar: calendar, span: span,
            origin: span?.lowerBound ?? Moment(CalendarDate(year: year, month: 1, day: 1), calendar: calendar) ?? Moment(minutes: 0),
            roles: roleModels, places: placeModels, worldVariables: worldVariables, playerVariables: playerVariables,
            scenes: sceneModels, choices: choiceModels, endings: endingModels, events: eventModels, eventOrder: order,
            glossary: glossaryModels, branches: branchIDs, contentHash: contentHashInProgress?.wait() ?? ContentHash.of(allFiles))
        scenario.returnSlots = returns.slots
        scenario.returnTargets = returns.targets
        resolveCarry(header, into: &scenario)
        scenario.deriveTables()
        scenario.entries = buildEntries()
        checkAssumptions(scenario)
        // Every check between scenes is made by now, and the analyses read the model alone: the scenes'
        // declarations are given up, and their memory is there for the analyses' graphs.
        scenes = []
        sceneIndex = [:]
        if !diagnostics.containsErrors {
            analyse(&scenario)
        }
        reportUnusedVariables()
        return scenario
    }

    var span: ClosedRange<Moment>?

    private mutating func buildScene(_ syntax: SceneSyntax, index: Int) -> Scene {
        // A `taken` of this scene's own choices, in its passages or even above the choice, is checked against
        // its block.
        choicesBeingBuilt = (index, syntax.choices)
        defer { choicesBeingBuilt = nil }
        let roles = sharedRoleLists.insert(syntax.roles.compactMap { role($0) }).memberAfterInsert
        // Kept for checks of other scenes, and of this one's own choices, that lead here.
        scenes[index].roles = roles
        scenes[index].namesUnknownRole = roles.count < syntax.roles.count
        var sceneMoment: Moment?
        if let momentSyntax = syntax.moment {
            sceneMoment = moment(momentSyntax)
            checkInSpan(sceneMoment, momentSyntax)
            scenes[index].moment = sceneMoment.map { ($0, momentSyntax.location) }
        }
        var place: Int?
        if let name = syntax.place {
            place = placeIndex[name.text]
            if place == nil { unknown(name, kind: "place", candidates: placeIndex.keys) }
        }
        let context = ExpressionContext(allowsPlayerData: true, scene: index)
        var passages: [Passage] = []
        for passage in syntax.passages {
            let text = text(passage.text, what: "this passage", required: true, context: context)
            guard let condition = condition(passage.condition, context) else { continue }
            judgedConditions.append(JudgedCondition(condition: condition, scene: index, subject: .passage,
                                                    location: Self.start(of: passage.condition)))
            passages.append(Passage(condition: condition, text: text))
        }
        var choiceNames: [String: SourceLocation] = [:]
        // A scene's own choices are built in a row: its list is where the row starts and ends.
        let firstChoice = builtChoices.count
        for choice in syntax.choices {
            if let first = choiceNames[choice.name.text] {
                duplicate(choice.name, kind: "choice in this scene", first: first)
                continue
            }
            choiceNames[choice.name.text] = choice.name.location
            if let marked = choice.isDefault {
                secondDefault(marked, of: choice.name.text, among: Array(builtChoices[firstChoice...]), scene: syntax.name.text)
            }
            let model = buildChoice(choice, scene: index, sceneRoles: roles)
            judge(model, index: builtChoices.count, syntax: choice)
            builtChoices.append(model)
        }
        scenes[index].choices = Int32(clamping: firstChoice)..<Int32(clamping: builtChoices.count)
        // A scene with no text of its own that leads straight on (format 2) is a junction: nothing is missing.
        let leadsOn = syntax.fallback != nil || !syntax.routes.isEmpty || syntax.returns != nil
        let isJunction = syntax.text.isEmpty && leadsOn && (fileFormats[syntax.name.location.fileNumber] ?? 1) >= 2
        // Worked out in the order they are written (texts number their sequences' counters as they go), and
        // given to the scene at once: a rare field set afterwards would make its box again.
        let sceneText = text(syntax.text, what: "scene '\(syntax.name.text)'", required: !isJunction, context: context)
        let note = syntax.note.map { text($0, what: "the note of scene '\(syntax.name.text)'", required: true, context: context) }
        let fallback = syntax.fallback.flatMap { target($0, forRoles: roles) }
        let sceneEffects = effects(syntax.effects, context)
        let routes = syntax.routes.compactMap { route -> Route? in
            guard let condition = condition(route.condition, context), let target = target(route.target, forRoles: roles) else { return nil }
            return Route(condition: condition, target: target)
        }
        return Scene(id: syntax.name.text, roles: roles, moment: sceneMoment, place: place, text: sceneText, passages: passages, note: note,
                     source: syntax.source, fallback: fallback, choices: Array(firstChoice..<builtChoices.count), location: syntax.name.location, effects: sceneEffects,
                     continues: syntax.continues, routes: routes,
                     leading: leading(call: syntax.call, returns: syntax.returns, from: index, roles: roles))
    }

    private mutating func buildChoice(_ syntax: ChoiceSyntax, scene: Int, sceneRoles: [Int]) -> Choice {
        let context = ExpressionContext(allowsPlayerData: true, scene: scene)
        let guardCondition = syntax.guardCondition.flatMap { condition($0, context) }
        let choiceEffects = effects(syntax.effects, context)
        var outcomes: [Outcome] = []
        outcomes.reserveCapacity(syntax.outcomes.count)
        var total = 0
        for outcome in syntax.outcomes {
            // A chance outside 0–100 is already reported; the sum stops at the limits instead of trapping.
            let (sum, overflow) = total.addingReportingOverflow(outcome.percent ?? 0)
            total = overflow ? Int.max : sum
            outcomes.append(Outcome(
                percent: outcome.percent ?? -1,
                text: outcome.text.isEmpty ? nil : text(outcome.text, what: "this outcome", required: true, context: context),
                effects: effects(outcome.effects, context),
                target: outcome.target.flatMap { target($0, forRoles: sceneRoles) },
                location: outcome.location,
                leading: leading(call: outcome.call, returns: outcome.returns, from: scene, roles: sceneRoles)))
        }
        if total > 100 {
            diagnostics.append(Diagnostic(.chancesExceedHundred(total: total), at: syntax.outcomes.first?.location ?? syntax.name.location))
        }
        // `otherwise` takes what the chances leave.
        for index in outcomes.indices where outcomes[index].percent == -1 {
            outcomes[index].percent = max(0, 100 - total)
        }
        // In the order they are written, and given to the choice at once (as a scene's, in `buildScene`).
        let choiceText = text(syntax.text, what: "choice '\(syntax.name.text)'", required: true, context: context)
        let defaultTarget = syntax.target.flatMap { target($0, forRoles: sceneRoles) }
        let callOrReturn = leading(call: syntax.call, returns: syntax.returns, from: scene, roles: sceneRoles)
        let reply = syntax.reply.map { text($0, what: "the reply of choice '\(syntax.name.text)'", required: true, context: context) }
        return Choice(id: syntax.name.text, scene: scene, text: choiceText, guardCondition: guardCondition, isOnce: syntax.once,
                      showsLocked: syntax.showLocked, effects: choiceEffects,
                      outcomes: outcomes.isEmpty ? ChoiceOutcomes(onlyAt: syntax.name.location) : ChoiceOutcomes(outcomes),
                      defaultTarget: defaultTarget, location: syntax.name.location, reply: reply, leading: callOrReturn,
                      isDefault: syntax.isDefault != nil)
    }

    /// Records a choice's own guard for the never-true check.
    private mutating func judge(_ choice: Choice, index: Int, syntax: ChoiceSyntax) {
        guard let condition = choice.guardCondition, let conditionSyntax = syntax.guardCondition else { return }
        judgedConditions.append(JudgedCondition(condition: condition, scene: choice.scene, subject: .choice(index),
                                                location: Self.start(of: conditionSyntax)))
    }

    /// Where an expression begins: the start of its leftmost operand (a binary expression is located at
    /// its operator).
    static func start(of syntax: ExpressionSyntax) -> SourceLocation {
        var current = syntax
        while case .binary(_, let left, _, _) = current { current = left }
        return current.location
    }

    private mutating func buildEnding(_ syntax: EndingSyntax) -> Ending {
        let ending = Ending(id: syntax.name.text, roles: syntax.roles.compactMap { role($0) },
                            text: text(syntax.text, what: "ending '\(syntax.name.text)'", required: true),
                            debrief: syntax.debrief.map { text($0, what: "the debrief of ending '\(syntax.name.text)'", required: true) },
                            historians: syntax.historians.map { text($0, what: "the historians' section of ending '\(syntax.name.text)'", required: true) },
                            location: syntax.name.location)
        if let debrief = ending.debrief { checkDebriefLength(debrief) }
        return ending
    }

    private mutating func buildEvent(_ syntax: EventSyntax) -> WorldEvent {
        let context = ExpressionContext(allowsPlayerData: false)
        var start = Moment(minutes: 0), end = Moment(minutes: 0)
        if let startSyntax = syntax.start {
            if let value = moment(startSyntax) {
                start = value
                end = value
                checkInSpan(value, startSyntax)
            }
            if let endSyntax = syntax.end, let value = moment(endSyntax) {
                checkInSpan(value, endSyntax)
                if value < start {
                    diagnostics.append(Diagnostic(.invalidDate("this window ends before it begins"), at: endSyntax.location))
                } else {
                    end = value
                }
            }
        } else {
            diagnostics.append(Diagnostic(.invalidDate("event '\(syntax.name.text)' needs a date: 'on 27 Feb, dawn' or 'between 26 Feb and 27 Feb'"), at: syntax.name.location))
        }
        let condition = syntax.condition.flatMap { self.condition($0, context) }
        return WorldEvent(id: syntax.name.text, start: start, end: end, condition: condition,
                          fired: eventOutcome(syntax.fired, context, name: syntax.name.text),
                          otherwise: syntax.otherwise.map { eventOutcome($0, context, name: syntax.name.text) },
                          location: syntax.name.location)
    }

    private mutating func applyReplacements(to events: inout [WorldEvent]) {
        var firstBranch: [Int: (branch: String, location: SourceLocation)] = [:]
        for (branch, syntax) in eventReplacements {
            guard let index = eventIndex[syntax.name.text] else {
                unknown(syntax.name, kind: "event", candidates: eventIndex.keys)
                continue
            }
            let context = ExpressionContext(allowsPlayerData: false)
            guard let conditionSyntax = syntax.condition else {
                diagnostics.append(Diagnostic(.scenarioBlock("an 'in event' block needs 'if CONDITION': when should this outcome replace the event's own?"), at: syntax.name.location))
                continue
            }
            guard let condition = condition(conditionSyntax, context) else { continue }
            let outcome = eventOutcome(syntax.fired, context, name: syntax.name.text)
            if let first = firstBranch[index], first.branch != branch {
                diagnostics.append(Diagnostic(.overlappingReplacements(event: syntax.name.text, first: first.branch, second: branch), at: syntax.name.location,
                                              notes: [.init(location: first.location, message: "branch '\(first.branch)' changes it here")]))
            } else if firstBranch[index] == nil {
                firstBranch[index] = (branch, syntax.name.location)
            }
            events[index].replacements.append(EventReplacement(branch: branch, condition: condition, outcome: outcome, location: syntax.name.location))
        }
    }

    private mutating func eventOutcome(_ syntax: EventOutcomeSyntax, _ context: ExpressionContext, name: String) -> EventOutcome {
        let roleTexts = syntax.roleTexts.compactMap { entry -> EventOutcome.RoleText? in
            guard let role = role(entry.role) else { return nil }
            return EventOutcome.RoleText(role: role, text: text(entry.text, what: "the text of event '\(name)' for '\(entry.role.text)'", required: true, context: context))
        }
        var outcome = EventOutcome(text: syntax.text.isEmpty ? nil : text(syntax.text, what: "event '\(name)'", required: true, context: context),
                                   roleTexts: roleTexts, effects: effects(syntax.effects, context))
        outcome.assumptions = syntax.assumptions.compactMap { entry in
            condition(entry.condition, context).map { Assumption(condition: $0, location: entry.location) }
        }
        return outcome
    }

    // MARK: Names

    mutating func role(_ name: Name) -> Int? {
        if let index = roleIndex[name.text] { return index }
        unknown(name, kind: "role", candidates: roleIndex.keys)
        return nil
    }

    mutating func target(_ name: Name, forRoles roles: [Int]) -> Target? {
        if let scene = sceneIndex[name.text] {
            checkOnceRead(.leads(roles: roles, to: scene, name: name))
            return .scene(scene)
        }
        if let ending = endingIndex[name.text] { return .ending(ending) }
        unknown(name, kind: "scene or ending", candidates: Array(sceneIndex.keys) + Array(endingIndex.keys))
        return nil
    }

    mutating func unknown(_ name: Name, kind: String, candidates: some Sequence<String>) {
        let suggestion = Spelling.closest(to: name.text, among: Array(candidates).sorted())
        diagnostics.append(Diagnostic(.unknownName(kind: kind, name: name.text, suggestion: suggestion), at: name.location))
    }

    // MARK: Dates

    mutating func moment(_ syntax: MomentSyntax) -> Moment? {
        let calendar = syntax.calendar ?? self.calendar
        let date = CalendarDate(year: syntax.year ?? year, month: syntax.month, day: syntax.day)
        guard Moment.years.contains(date.year) else {
            diagnostics.append(Diagnostic(.invalidDate(Self.yearOutOfRange(date.year)), at: syntax.location))
            return nil
        }
        guard let moment = Moment(date, calendar: calendar, minuteOfDay: syntax.minuteOfDay ?? 0) else {
            let month = MomentParser.monthNames[syntax.month - 1].capitalized
            diagnostics.append(Diagnostic(.invalidDate("\(syntax.day) \(month) \(date.year) does not exist in the \(calendar == .old ? "Old Style (Julian)" : "New Style (Gregorian)") calendar"), at: syntax.location))
            return nil
        }
        return moment
    }

    /// The message for a year Petrograd cannot count.
    static func yearOutOfRange(_ year: Int) -> String {
        "the year \(year) is outside the years Petrograd can count; write a year from 1 to 9999"
    }

    private mutating func checkInSpan(_ moment: Moment?, _ syntax: MomentSyntax) {
        guard let moment, let span, !span.contains(moment) else { return }
        diagnostics.append(Diagnostic(.dateOutsideSpan(date: DateFormatting.describe(moment, calendar: calendar),
                                                       span: "\(DateFormatting.describe(span.lowerBound, calendar: calendar)) to \(DateFormatting.describe(span.upperBound, calendar: calendar))"),
                                      at: syntax.location))
    }

    private mutating func reportUnusedVariables() {
        for syntax in variables {
            guard let reference = variableIndex[syntax.name.text], !usedVariables.contains(reference) else { continue }
            diagnostics.append(Diagnostic(.unusedVariable(name: syntax.name.text), at: syntax.name.location))
        }
    }
}

extension Compiler {
    /// The `branch` block of a folder's files, if the folder is a branch: its id and the scenario it
    /// extends. Lets tools tell a branch from a scenario before compiling. A folder that declares a
    /// scenario is a scenario, even with a stray `branch` block in it: compiling it reports that block.
    public static func branchHeader(of files: [SourceFile]) -> (id: String, extends: String?)? {
        var header: BranchHeaderSyntax?
        for file in files {
            // Only the headers are wanted: scenes' blocks are skipped.
            var parser = Parser(file: file, outlinesScenes: true)
            let syntax = parser.parse()
            if !syntax.scenario.isEmpty { return nil }
            header = header ?? syntax.branch.first
        }
        return header.map { ($0.name.text, $0.extends?.text) }
    }
}
