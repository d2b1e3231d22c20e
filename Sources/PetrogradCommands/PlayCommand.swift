import ArgumentParser
import Foundation
import PetrogradConsole
import PetrogradCore

/// `petrograd play`: play a scenario at the prompt (also what `petrograd` alone does).
package struct PlayCommand: ParsableCommand {
    package static let configuration = CommandConfiguration(
        commandName: "play",
        abstract: "Play a scenario (by bundled id or folder path).")

    /// The bundled scenario played when none is named.
    package static let defaultScenario = "march-1917"

    @Argument(help: "A bundled scenario's id or a scenario folder.")
    package var scenario: String = PlayCommand.defaultScenario

    @Option(help: "The role to play (its id); asked when left out.")
    package var role: String?

    @Option(help: ArgumentHelp("Play at one screen, every player in turn: NAME:ROLE or ROLE, separated by commas, as in \"Asha:worker,Ravi:soldier,Meena:duma\"; a role may come more than once.", valueName: "list"))
    package var players: String?

    @Option(help: "Language for this game: any the scenario promises (hi or en for the bundled act); the remembered language is left as it is.")
    package var lang: String?

    @Option(help: "Seed for the random generator (the same seed and choices give the same game).")
    package var seed: UInt64?

    @Option(help: "Continue a saved game: a save's name or a path to its file.")
    package var load: String?

    @Flag(help: "Plain output for screen readers: no colour, no decoration, each choice echoed in words, no line editing.")
    package var plain = false

    @Flag(name: .customLong("no-more"), help: "Never pause when a turn is taller than the window ('more on|off' in the game remembers it).")
    package var noMore = false

    @Option(name: .customLong("with"), help: "Play with a branch (id or folder); repeatable, in any order.")
    package var branches: [String] = []

    @Option(help: "Start at an entry point of the scenario (a game in one period, as 'show' lists them), or in this scene instead of the role's start (for trying a branch quickly).")
    package var at: String?

    @Option(name: .customLong("set"), help: "Start with VARIABLE=VALUE (repeatable; yes/no for flags).")
    package var settings: [String] = []

    @Option(help: "Replay an action log of one player (a .playtest file, or what 'explore' writes), then play on; a file of several players is run with 'petrograd test'.")
    package var replay: String?

    @Option(help: "Carry on a finished game of the act this one follows: a finished game's file as 'list' shows it, a save's name, or a path.")
    package var from: String?

    @Option(help: "Your name: your saves and transcripts are kept under it (asked at a terminal; 'player' when piped).")
    package var name: String?

    @Option(defaultAsFlag: "", help: ArgumentHelp("Keep a transcript of the game in this folder; given alone, in the settings' transcripts folder or ~/.local/state/petrograd/transcripts.", valueName: "folder"))
    package var transcript: String?

    package init() {}

    package func run() throws {
        // A closed standard stream must not be handed to the next file opened (a save's temporary file
        // or its lock), where the game's text would land: the game plays on with /dev/null in its place.
        for descriptor in [STDIN_FILENO, STDOUT_FILENO, STDERR_FILENO] where fcntl(descriptor, F_GETFD) == -1 {
            _ = open("/dev/null", O_RDWR)
        }
        _ = ConsoleLocale.adoptUserLocale()
        TerminationSignals.install()
        var reader = LineReaderFactory.makeReader(historyPath: Self.historyPath(), plain: plain)
        let style = TerminalStyle(isColourEnabled: !plain && Terminal.allowsColour(), isDecorated: !plain)
        // The pause needs a person at a terminal; piped play never pauses, and shows each choice taken.
        let askMore: ((String) -> Pager.Answer)? = Terminal.isInteractive ? { [plain] in MoreKey.ask($0, erasesPrompt: !plain) } : nil
        let code = execute(library: .bundled(), reader: &reader, saves: nil, settingsPath: Settings.path(), style: style,
                           output: { print($0) }, errorOutput: { var errors = StandardError(); errors.write($0 + "\n") },
                           screen: .standardOutput(), askMore: askMore, echoesChoices: plain || !Terminal.isTerminal(STDIN_FILENO),
                           width: Terminal.width(), asksName: Terminal.isTerminal(STDIN_FILENO))
        if code != 0 { throw ExitCode(code) }
    }

    /// Plays; returns the exit status: 0 when the game was saved on the way out (or never started), 1 for
    /// a problem or a final save that failed. Tests pass their own reader, save folder and output;
    /// problems go to `errorOutput`, or to `output` when it is nil. Text is fitted to `screen` (asked at
    /// every line), or to `width` columns when there is none; `askMore` answers the "more" pause (none:
    /// never pauses); `echoesChoices` writes out each option taken.
    package func execute(library: ScenarioLibrary, reader: inout some LineReader, saves: SaveStore?, settingsPath: String,
                         style: TerminalStyle = .plain, output: @escaping (String) -> Void,
                         errorOutput: ((String) -> Void)? = nil, screen: Screen? = nil,
                         askMore: ((String) -> Pager.Answer)? = nil, echoesChoices: Bool = false, width: Int, asksName: Bool = false,
                         asksToGoOn: Bool? = nil) -> Int32 {
        let screen = screen ?? .fixed(columns: width)
        // Everything said here may quote the scenario, a file or the command line: no control character
        // from them reaches the terminal. It is fitted to the window's width, line by line.
        let say: (String) -> Void = { text in
            ScreenLayout(width: screen.columns).lines(ControlCharacters.escaped(text)).forEach(output)
        }
        // A menu's answer, written out for pipes and screen readers.
        let echo: (Int, String, String) -> Void = { number, text, language in
            if echoesChoices { say(Vocabulary.youChose(number, text, language: language)) }
        }
        // Errors about the command line stay one line each, as a compiler's do: they are read (and searched) whole.
        let error: (String) -> Void = { (errorOutput ?? output)(ControlCharacters.escaped($0)) }
        var replayScript: Playtest?
        // The scenario and branches a replay file names, found from the file's folder.
        var replayBranches: [String] = []
        var reference = scenario
        if let replay {
            let text: String
            switch RegularFile.contents(of: replay, limit: 64 << 20) {
            case .failure(let problem):
                error("error: \(replay) \(problem)")
                return 1
            case .success(let bytes):
                guard let decoded = String(validating: bytes, as: UTF8.self) else {
                    error("error: \(replay) is not UTF-8 text")
                    return 1
                }
                text = decoded
            }
            let (script, problems) = Playtest.parse(text)
            if let problem = problems.first {
                error("\(replay):\(problem.line):\(problem.column): error: \(problem.message)")
                return 1
            }
            if let problem = Self.severalPlayersProblem(in: script, file: replay) {
                error(problem)
                return 1
            }
            replayScript = script
            let references = PlaytestReferences(library: library, file: replay)
            switch references.resolve(script, includingScenario: reference == Self.defaultScenario) {
            case .failure(let missing):
                for problem in missing.names { error("\(replay):\(problem.line):\(problem.column): error: \(problem.message)") }
                return 1
            case .success(let found):
                reference = found.scenario ?? reference
                replayBranches = found.branches
            }
        }
        let compilation: Compilation
        // Where each branch in play was read from, for the save.
        var branchFolders: [String: String]
        switch ScenarioLoader.caching(library: library).load(reference, with: branches + replayBranches) {
        case .failure(let failure):
            error(failure.description)
            return 1
        case .success(let loaded):
            compilation = loaded.compilation
            branchFolders = loaded.branchFolders
        }
        guard var scenario = compilation.scenario else {
            let renderer = DiagnosticRenderer(files: compilation.files, usesColour: false)
            for diagnostic in compilation.diagnostics where diagnostic.severity == .error {
                error(renderer.render(diagnostic))
            }
            error("This scenario has errors, so it cannot be played; 'petrograd check' lists them.")
            return 1
        }
        if let lang, !scenario.languages.contains(lang) {
            error("error: unknown language '\(lang)'; this scenario is written in \(scenario.languages.joined(separator: ", ")): choose one of them with --lang")
            return 1
        }
        if from != nil, load != nil || replay != nil || at != nil || !settings.isEmpty {
            error("error: --from starts a new game from a finished one, so it cannot be used with --load, --replay, --at or --set")
            return 1
        }
        if let role, scenario.roleIndex(role) == nil {
            error("error: there is no role '\(role)'; roles: \(scenario.roles.map(\.id).joined(separator: ", "))")
            return 1
        }
        // A table around one screen: every seat is driven in turn.
        var tableSeats: [TableSeat]?
        if let players {
            if let clash = [role.map { _ in "--role" }, name.map { _ in "--name" }, replay.map { _ in "--replay" }, from.map { _ in "--from" }]
                .compactMap({ $0 }).first {
                error("error: --players names every player and their role, so it cannot be used with \(clash)")
                return 1
            }
            switch Self.tableSeats(players, in: scenario) {
            case .failure(let problem):
                error(problem.message)
                return 1
            case .success(let seats): tableSeats = seats
            }
        }
        // The title screen, in each of the scenario's languages: the player has not chosen one yet.
        for language in scenario.languages {
            let title = TextRendering.text(scenario.title, language: language, fallback: scenario.languages.first).text
            ScreenLayout(width: screen.columns).lines(ControlCharacters.escaped(title)).forEach { output(style.bold($0)) }
        }
        say("")
        var settings = Settings.load(from: settingsPath)
        // A language remembered from another scenario is used only when this one is written in it. A story
        // in one language needs no question, and playing it does not change what is remembered.
        let remembered = settings.language.flatMap { scenario.languages.contains($0) ? $0 : nil }
        let onlyLanguage = scenario.languages.count == 1 ? scenario.languages.first : nil
        // `--lang` plays this game in a language without changing what is remembered for the next player
        // at this computer; only an answer to the question (or `lang` in the game) is remembered.
        let language: String
        if let chosen = lang ?? remembered ?? onlyLanguage {
            language = chosen
        } else {
            guard let answered = askLanguage(among: scenario.languages, reader: &reader, output: say, echo: echo) else { return 0 }
            language = answered
            if settings.language != language {
                settings.language = language
                settings.save(to: settingsPath)
            }
        }
        let scenarioSaves: SaveStore
        switch saves.map(Result.success) ?? SaveStore.standard(scenario: scenario.id) {
        case .success(let found): scenarioSaves = found
        case .failure(let unavailable):
            error("error: \(unavailable)")
            return 1
        }
        let vocabulary = Vocabulary(language: language, for: scenario)
        // Each player's saves in their own folder, the saves of the layout before names moved into one.
        let playerSaves = PlayerSaves(folder: scenarioSaves.directory, fileSystem: scenarioSaves.fileSystem)
        report(SaveLayoutMigration.migrate(playerSaves), in: playerSaves, vocabulary: vocabulary, output: say)
        let playerName: PlayerName
        switch tableSeats.map({ NameChoice.chosen(Self.tableFolderName($0)) }) ?? choosePlayerName(asking: asksName, settings: &settings, settingsPath: settingsPath, vocabulary: vocabulary, reader: &reader, output: say) {
        case .chosen(let chosen): playerName = chosen
        case .inputEnded: return 0
        case .refused(let why):
            error("error: --name: " + why)
            return 1
        }
        let store = playerSaves.store(for: playerName)
        scenarioSaves.removeStaleTemporaryFiles()
        store.removeStaleTemporaryFiles()

        // The autosave this game will write, held locked while it plays.
        let slot = AutosaveSlot.claim(in: store, finished: playerSaves.finishedGames(of: playerName), vocabulary: vocabulary, output: say)
        var game: Game
        var opening: [GameEvent] = []
        var loadName = load
        // An unfinished game in the slot is continued, or kept aside under a name once the new game has
        // started: never replaced, and never moved for a game that then fails to start.
        var keptAside: SaveDocument?
        // The slot's game restored once, when the player chooses to continue it (the file is not read again).
        var continued: Result<(game: Game, notices: [String]), SaveError>?
        // Branches of the unfinished game that were not named this time, found by the folders its save remembers.
        var resumedBranches: [String] = []
        if let unfinished = slot.unfinished, loadName != slot.name {
            // A table's game is offered only to a table (`--players`), and a game of one player only to one
            // player; the other is kept aside.
            if loadName != nil || role != nil || replayScript != nil || from != nil || Self.hasSeveralPlayers(unfinished) != (tableSeats != nil) {
                keptAside = unfinished
            } else {
                let resumed = Self.scenario(continuing: unfinished, in: scenario, reference: reference, with: branches + replayBranches, library: library)
                switch unfinished.restore(in: resumed?.scenario ?? scenario) {
                case .failure(let problem):
                    say(vocabulary.problem(vocabulary.saveProblem(problem, name: slot.name)))
                    keptAside = unfinished
                case .success(let restored):
                    switch ask(savedGameQuestion(unfinished, in: scenario, language: language, vocabulary: vocabulary),
                               options: [vocabulary.continueSaved, vocabulary.newGame], reader: &reader, output: say,
                               echo: { echo($0, $1, language) }) {
                    case nil: return 0
                    case 0:
                        loadName = slot.name; continued = .success(restored)
                        if let resumed {
                            (scenario, resumedBranches) = (resumed.scenario, resumed.branches)
                            branchFolders.merge(resumed.folders) { given, _ in given }
                        }
                    default: keptAside = unfinished
                    }
                }
            }
        }
        if let load = loadName {
            let restoring = continued ?? store.read(load).flatMap { document, path in
                document.restore(in: scenario).mapError { SaveError.incompatible("\(path): \($0); the file was left as it is") }
            }
            switch restoring {
            case .failure(let problem):
                error(vocabulary.problem(vocabulary.saveProblem(problem, name: load)))
                return 1
            case .success(let restored):
                game = restored.game
                vocabulary.restoreNotices(restored.notices).forEach { say($0) }
            }
        } else if let replayScript {
            let roles: [Int]
            switch PlaytestRunner.roles(of: replayScript, in: scenario) {
            case .failure(let unknown):
                error("\(replay ?? ""):\(unknown.line):\(unknown.column): error: \(unknown.message)")
                return 1
            case .success(let found): roles = found
            }
            let actionSteps = replayScript.steps.compactMap { step -> (step: Playtest.Step, action: Action)? in
                if case .act(let action) = step.instruction { return (step, action) }
                return nil
            }
            let actions = actionSteps.map(\.action)
            let replaySetup: Simulation.Setup
            switch PlaytestRunner.setup(of: replayScript, in: scenario) {
            case .failure(let unknown):
                error("\(replay ?? ""):\(unknown.line):\(unknown.column): error: \(unknown.message)")
                return 1
            case .success(let found): replaySetup = found
            }
            switch Game.replay(scenario, roles: roles, seed: replayScript.seed, log: actions, setup: replaySetup) {
            case .failure(let failure):
                // A refused action is reported at its line; a game that cannot start, at the players line.
                let refusal = failure.refusal.description(storyCalendar: scenario.calendar)
                if actionSteps.indices.contains(failure.step - 1) {
                    let step = actionSteps[failure.step - 1].step
                    error("\(replay ?? ""):\(step.line):\(step.column): error: '\(actions[failure.step - 1])' was refused: \(refusal)")
                } else {
                    let (line, column) = replayScript.playersLine ?? (1, 1)
                    error("\(replay ?? ""):\(line):\(column): error: the game cannot start: \(refusal)")
                }
                return 1
            case .success(let replayed):
                game = replayed
                say("(\(actions.count) actions replayed from \(replay ?? ""))")
            }
        } else if let from {
            let actFolder = { act in FinishedGameFile.savesFolder(of: act, besides: scenarioSaves.directory) }
            switch Self.carriedGame(from, into: scenario, role: role, actFolder: actFolder, player: playerName,
                                    seed: seed ?? UInt64(Date().timeIntervalSince1970 * 1000), vocabulary: vocabulary) {
            case .failure(let refusal):
                error(vocabulary.problem(refusal.message))
                return 1
            case .success(let carried):
                game = carried.game
                opening = carried.events
                say(vocabulary.carriedOn(from: carried.path))
            }
        } else if let tableSeats {
            // --at and --set are checked for every role at the table.
            var checked: Simulation.Setup?
            for role in Set(tableSeats.map(\.role)).sorted() {
                guard let valid = setup(for: scenario, role: role, output: say, error: error) else { return 1 }
                checked = valid
            }
            guard let setup = checked else { return 1 }
            switch Game.start(scenario, roles: tableSeats.map(\.role), seed: seed ?? UInt64(Date().timeIntervalSince1970 * 1000), setup: setup,
                              names: tableSeats.map(\.name)) {
            case .failure(let failure):
                error(vocabulary.problem(failure.description))
                return 1
            case .success(let started):
                game = started.0
                opening = started.1
            }
        } else {
            guard let roleIndex = chooseRole(scenario, language: language, width: width, reader: &reader, output: say, echo: echo) else { return 0 }
            let gameSeed = seed ?? UInt64(Date().timeIntervalSince1970 * 1000)
            guard let setup = setup(for: scenario, role: roleIndex, output: say, error: error) else { return 1 }
            switch Game.start(scenario, roles: [roleIndex], seed: gameSeed, setup: setup) {
            case .failure(let failure):
                error(vocabulary.problem(failure.description))
                return 1
            case .success(let started):
                game = started.0
                opening = started.1
            }
        }
        if let keptAside {
            switch store.keep(slot.name, asNameStartingWith: AutosaveSlot.keptName(for: keptAside)) {
            case .success(let kept):
                say(vocabulary.keptUnfinished(kept))
            case .failure(let problem):
                error(vocabulary.problem(problem.description))
                return 1
            }
        }
        // The pause is on unless --no-more says otherwise or the player turned it off in an earlier game.
        let pager = askMore.map { Pager(isOn: !noMore && settings.pausesAtFullScreen != false, rows: { screen.rows }, ask: $0) } ?? .never
        let session = GameSession(game: game, language: language, width: width, saves: store, autosaveName: slot.name,
                                  program: PetrogradCommand.version, style: style, screen: screen, pager: pager,
                                  echoesChoices: echoesChoices, shouldTerminate: TerminationSignals.received, output: output)
        session.drivesTable = tableSeats != nil
        let branchReferences = branches + replayBranches + resumedBranches
        session.branchFolders = branchFolders
        session.reloader = {
            switch ScenarioLoader.caching(library: library).load(reference, with: branchReferences) {
            case .failure(let failure):
                return (nil, [failure.description])
            case .success(let loaded):
                let renderer = DiagnosticRenderer(files: loaded.compilation.files, usesColour: false)
                let messages = loaded.compilation.diagnostics.map(renderer.render) + [DiagnosticRenderer.summary(loaded.compilation.diagnostics)]
                return (loaded.compilation.scenario, messages)
            }
        }
        let header = game.state.players.count > 1 || tableSeats != nil
            ? Self.tableHeader(game, name: playerName, language: language, program: PetrogradCommand.version)
            : TranscriptHeader(game: game, name: playerName, language: language, program: PetrogradCommand.version)
        session.beginRecords(SessionRecords(name: playerName, finishedGames: playerSaves.finishedGames(of: playerName), header: header),
                             transcriptFolder: TranscriptFolder.resolve(flag: transcript, setting: settings.transcripts, standard: TranscriptFolder.standard()),
                             continuing: loadName == slot.name)
        session.onLanguageChange = { language in
            var settings = Settings.load(from: settingsPath)
            settings.language = language
            settings.save(to: settingsPath)
        }
        session.onPauseChange = { isOn in
            var settings = Settings.load(from: settingsPath)
            settings.pausesAtFullScreen = isOn
            settings.save(to: settingsPath)
        }
        let offersToGoOn = asksToGoOn ?? asksName
        session.findFollowingAct = { [name = playerName.text, scenario, unowned session] in
            Self.followingAct(after: scenario, reference: reference, library: library).map { act in
                FollowingAct(id: act.id, title: act.title, arguments: ["--lang", session.language] + (name == PlayerName.standard.text ? [] : ["--name", name]),
                             asks: offersToGoOn)
            }
        }
        let saved = withExtendedLifetime(slot) { session.run(reader: &reader, openingEvents: opening) }
        guard saved, let next = session.goesOn else { return saved ? 0 : 1 }
        // "Go on now?" answered yes: the next act starts here, carried on from the game just kept.
        var arguments = [next.act.id, "--from", next.from, "--lang", session.language, "--name", playerName.text]
        if plain { arguments.append("--plain") }
        if noMore { arguments.append("--no-more") }
        if let transcript { arguments += transcript.isEmpty ? ["--transcript"] : ["--transcript", transcript] }
        guard let following = try? PlayCommand.parse(arguments) else { return 1 }
        let followingSaves = saves.map { SaveStore(directory: FinishedGameFile.savesFolder(of: next.act.id, besides: $0.directory), fileSystem: $0.fileSystem) }
        return following.execute(library: library, reader: &reader, saves: followingSaves, settingsPath: settingsPath, style: style, output: output,
                                 errorOutput: errorOutput, screen: screen, askMore: askMore, echoesChoices: echoesChoices, width: width,
                                 asksName: false, asksToGoOn: asksToGoOn ?? asksName)
    }

    /// The start scene and values asked for with --at and --set; nil after saying what is wrong.
    private func setup(for scenario: Scenario, role: Int, output: (String) -> Void, error: (String) -> Void) -> Simulation.Setup? {
        var setup = Simulation.Setup()
        // An entry point first: its id is never a scene's.
        if let at, let entry = scenario.entryIndex(at) {
            setup.entry = entry
        } else if let at {
            guard let scene = scenario.sceneIndex(at) else {
                let suggestion = Spelling.closest(to: at, among: scenario.entries.map(\.id) + scenario.scenes.map(\.id))
                let kinds = scenario.entries.isEmpty ? "scene" : "entry point or scene"
                error("error: there is no \(kinds) '\(at)'" + (suggestion.map { "; did you mean '\($0)'?" } ?? ""))
                return nil
            }
            if !scenario.scenes[scene].roles.isEmpty, !scenario.scenes[scene].roles.contains(role) {
                error("error: scene '\(at)' is not for role '\(scenario.roles[role].id)'")
                return nil
            }
            setup.startScene = scene
        }
        for assignment in settings {
            let parts = assignment.split(separator: "=", maxSplits: 1).map { String($0).trimmingCharacters(in: .whitespaces) }
            guard parts.count == 2 else {
                error("error: write --set VARIABLE=VALUE, as in --set garrison=40")
                return nil
            }
            let name = parts[0]
            let reference: VariableReference
            if let index = scenario.worldVariables.firstIndex(where: { $0.id == parts[0] }) {
                reference = VariableReference(scope: .world, index: index)
            } else if let index = scenario.playerVariables.firstIndex(where: { $0.id == parts[0] }) {
                reference = VariableReference(scope: .player, index: index)
            } else {
                error("error: there is no variable '\(name)'")
                return nil
            }
            let value: Int
            switch parts[1] {
            case "yes": value = 1
            case "no": value = 0
            default:
                guard let number = Int(parts[1]) else {
                    error("error: '\(parts[1])' is not a number (or yes/no)")
                    return nil
                }
                value = number
            }
            let variable = scenario.variable(reference)
            if variable.clamped(value) != value {
                output("(\(name)=\(value) is outside its range \(variable.minimum) to \(variable.maximum), so it starts at \(variable.clamped(value)))")
            }
            setup.values.append((reference, value))
        }
        return setup
    }

    /// Asks which of the scenario's languages to play in: nil when the input ends. The question is in
    /// those of the program's languages that the scenario promises (in English when it promises neither),
    /// and is answered by a number, a code or a language's name.
    private func askLanguage(among languages: [String], reader: inout some LineReader, output: (String) -> Void,
                             echo: (Int, String, String) -> Void) -> String? {
        let asked = Vocabulary.languages.filter(languages.contains)
        func inWords(hindi: String, english: String) -> String {
            (asked.isEmpty ? ["en"] : asked).map { $0 == "hi" ? hindi : english }.joined(separator: " / ")
        }
        let numbers = languages.indices.map { String($0 + 1) }
        func list(_ or: String) -> String {
            numbers.count == 1 ? numbers[0] : numbers.dropLast().joined(separator: ", ") + " \(or) " + numbers[numbers.count - 1]
        }
        output(inWords(hindi: "भाषा चुनो", english: "Choose a language") + ":")
        for (number, language) in languages.enumerated() { output("  \(number + 1). \(LanguageNames.ownName(of: language))") }
        while true {
            switch reader.readLine(prompt: "> ") {
            case .endOfInput, .terminated: return nil
            case .interrupted: continue
            case .line(let line):
                let answer = line.trimmingCharacters(in: .whitespaces).lowercased()
                var chosen: String?
                if let number = TypedNumber.value(of: answer), languages.indices.contains(number - 1) { chosen = languages[number - 1] }
                chosen = chosen ?? LanguageNames.code(for: answer, among: languages)
                if let chosen, let index = languages.firstIndex(of: chosen) {
                    echo(index + 1, LanguageNames.ownName(of: chosen), chosen)
                    return chosen
                }
                output(inWords(hindi: "\(list("या")) लिखो", english: "Type \(list("or"))."))
            }
        }
    }

    /// Asks a numbered question; the index of the answer, or nil when the input ends.
    private func ask(_ question: String, options: [String], reader: inout some LineReader, output: (String) -> Void,
                     echo: (Int, String) -> Void) -> Int? {
        output(question)
        for (number, option) in options.enumerated() { output("  \(number + 1). \(option)") }
        while true {
            switch reader.readLine(prompt: "> ") {
            case .endOfInput, .terminated: return nil
            case .interrupted: continue
            case .line(let line):
                if let number = TypedNumber.value(of: line.trimmingCharacters(in: .whitespaces)), options.indices.contains(number - 1) {
                    echo(number, options[number - 1])
                    return number - 1
                }
                output(options.indices.map { String($0 + 1) }.joined(separator: " / ") + "?")
            }
        }
    }

    /// Asks which role to play, in the player's language (the question itself in Hindi or English).
    private func chooseRole(_ scenario: Scenario, language: String, width: Int, reader: inout some LineReader, output: (String) -> Void,
                            echo: (Int, String, String) -> Void) -> Int? {
        // An unknown --role was refused before the game started.
        if let role { return scenario.roleIndex(role) }
        let vocabulary = Vocabulary(language: language, for: scenario)
        output(vocabulary.roleQuestion)
        for (number, role) in scenario.roles.enumerated() {
            output(RoleMenu.entry(role, number: number + 1, in: scenario, language: language, vocabulary: vocabulary, width: width))
        }
        while true {
            switch reader.readLine(prompt: "> ") {
            case .endOfInput, .terminated: return nil
            case .interrupted: continue
            case .line(let line):
                let answer = line.trimmingCharacters(in: .whitespaces)
                let byNumber = TypedNumber.value(of: answer).map { $0 - 1 }.flatMap { scenario.roles.indices.contains($0) ? $0 : nil }
                if let index = byNumber ?? scenario.roleIndex(answer) ?? RoleMenu.role(named: answer, in: scenario) {
                    echo(index + 1, TextRendering.text(scenario.roles[index].name, language: language, fallback: scenario.languages.first).text, language)
                    return index
                }
                output(vocabulary.roleRetry)
            }
        }
    }

    /// The typing history's file, or nil (no history kept) when there is no home folder.
    static func historyPath(environment: [String: String] = ProcessInfo.processInfo.environment) -> String? {
        try? UserDirectories.stateFolder(environment: environment).get() + "/history"
    }
}
