import Foundation
import PetrogradCore

/// The game at the prompt: shows scenes, reads choices and commands, keeps undo history and saves.
///
/// It is written against `LineReader`, so a person at libedit, a pipe and a test all drive the same loop.
/// It never decides anything about the story: it asks the simulation and renders the events it returns.
public final class GameSession {
    /// What the session writes to.
    public typealias Output = (String) -> Void

    public internal(set) var game: Game
    public private(set) var language: String
    /// What `undo` takes back: checkpoints, not copies of the game (``UndoHistory``).
    private(set) var undoHistory = UndoHistory()
    /// The numbers of the menu's choices, stable while the player stays in a scene (see `ChoiceNumbering`).
    var numbering = ChoiceNumbering()
    private let output: Output
    /// The window, asked for its size at every line: a resized window is followed.
    private let screen: Screen
    var width: Int { screen.columns }
    /// The "more" pause for turns taller than the window.
    private var pager: Pager
    /// Whether a choice taken is written out in words ("You chose: 2. …"): for pipes and `--plain`.
    private let echoesChoices: Bool
    /// The date and place last shown, by a heading or the date line: the date line is written only when
    /// they change, so the long date is not repeated under every menu.
    private var shownWhenAndWhere: (moment: Moment, place: Int?)?
    /// The full reports of the last world events that came together, for `news`.
    private var lastNews: [[String]] = []
    let saves: SaveStore
    /// The save written after every turn: `autosave`, or another name when that one could not be used.
    let autosaveName: String
    /// Whether this session has written its autosave: then what is there is known to be its own save.
    private var hasWrittenAutosave = false
    /// Writes the autosave, appending a turn at a time.
    private let autosaver: AutosaveWriter
    let program: String
    /// The folders of the branches the game is played with, by id, remembered in its saves.
    public var branchFolders: [String: String] = [:]
    let style: TerminalStyle
    var transcript: Transcript?
    /// The player's name, finished games and transcript header (``SessionRecords``).
    var records = SessionRecords()
    /// The player (counting from 0) the screen belongs to now: at a table, whose turn it is (``isTable``).
    var player = 0
    /// Set for `play --players`: the session drives every seat in turn, even a table of one.
    public var drivesTable = false
    /// The class table this seat plays at (`petrograd join`), and what the screen keeps about it.
    public internal(set) var table: (any GameTable)?
    var tableSeat = TableSeat()
    /// Asked after each read whether the process should stop (SIGHUP or SIGTERM arrived).
    private let shouldTerminate: () -> Bool
    /// Finds the act that carries this one on (``FollowingAct``), asked after the ending.
    public var findFollowingAct: (() -> FollowingAct?)?
    /// The act offered after the ending, and whether the next line answers "go on now?".
    var offeredAct: FollowingAct?
    var isAskingToGoOn = false
    /// The finished game kept at the ending, offered to carry on.
    var keptFinishedGame: String?
    /// Set when the player answered yes: the act to go on to and the finished game to carry on into it,
    /// once this session has ended.
    public internal(set) var goesOn: (act: FollowingAct, from: String)?

    public init(game: Game, language: String, width: Int, saves: SaveStore, autosaveName: String = SaveStore.autosaveName,
                program: String, style: TerminalStyle = .plain, screen: Screen? = nil, pager: Pager = .never,
                echoesChoices: Bool = false, shouldTerminate: @escaping () -> Bool = { false }, output: @escaping Output) {
        self.game = game
        self.autosaveName = autosaveName
        self.language = language
        self.screen = screen ?? .fixed(columns: width)
        self.pager = pager
        self.echoesChoices = echoesChoices
        self.saves = saves
        self.program = program
        self.style = style
        self.shouldTerminate = shouldTerminate
        self.output = output
        autosaver = AutosaveWriter(saves: saves, name: autosaveName)
    }

    var vocabulary: Vocabulary { Vocabulary(language: language, for: scenario) }
    var scenario: Scenario { game.scenario }

    // MARK: The loop

    /// Plays until the input ends, the player quits or the process is asked to end; saves on the way
    /// out, and returns whether that save succeeded.
    @discardableResult
    public func run(reader: inout some LineReader, openingEvents: [GameEvent]) -> Bool {
        if isTable { takeTurn(announcing: false) }
        if openingEvents.isEmpty {
            showScene()
        } else {
            if isTable { writeTurnLine() }
            show(openingEvents)
            showChoices()
        }
        // A new game (nothing chosen yet) says once how to play.
        if game.log.isEmpty, game.state.players[player].isActive { paragraph(vocabulary.firstTurnHint) }
        reader.completionProvider = { line in self.completions(for: line) }
        while true {
            if table != nil, !takeTableArrivals() { return finish() }
            writeStatusLineIfChanged()
            let result = reader.readLine(prompt: "> ")
            pager.startTurn()
            if shouldTerminate() { return finish() }
            switch result {
            case .interrupted:
                continue
            case .endOfInput, .terminated:
                return finish()
            case .line(let raw):
                let line = raw.trimmingCharacters(in: .whitespaces)
                if line.isEmpty { continue }
                reader.addHistory(line)
                // Written to the transcript with the next line shown, so that a choice the game takes is
                // named on it: `> 2  (2. Ask Dunya …)`.
                records.typedLine = "> " + line
                if isAskingToGoOn {
                    isAskingToGoOn = false
                    if Vocabulary.isYes(line) {
                        record(nil)
                        if let offeredAct, let keptFinishedGame { goesOn = (offeredAct, keptFinishedGame) }
                        return finish()
                    }
                    if Vocabulary.isNo(line) {
                        write(vocabulary.goOnLater)
                        record(nil)
                        continue
                    }
                }
                let flow = handle(line)
                record(nil)
                if flow == .quit { return finish() }
            }
        }
    }

    private enum Flow { case goOn, quit }

    private func finish() -> Bool {
        if table != nil { return leaveTable() }
        let saved = autosave()
        write(saved ? vocabulary.goodbye : vocabulary.goodbyeUnsaved)
        transcript = nil
        return saved
    }

    /// Saves the game as it stands; says so only when that fails. `afterTurn`: the game only took a turn
    /// since the last autosave, so the turn may be appended to it.
    @discardableResult
    private func autosave(afterTurn: Bool = false) -> Bool {
        switch autosaver.save(game, document: document(of:), afterTurn: afterTurn, replacingOwnSave: hasWrittenAutosave) {
        case .success:
            hasWrittenAutosave = true
            return true
        case .failure(let error):
            write(vocabulary.problem(vocabulary.saveProblem(error, name: autosaveName)))
            return false
        }
    }

    // MARK: Input

    /// The command words, in English and Hindi.
    static let commands: [String: String] = [
        "look": "look", "देखो": "look", "status": "status", "स्थिति": "status", "journal": "journal", "डायरी": "journal",
        "history": "history", "इतिहास": "history", "glossary": "glossary", "शब्दावली": "glossary", "undo": "undo",
        "वापस": "undo", "save": "save", "सहेजो": "save", "load": "load", "खोलो": "load", "lang": "lang", "भाषा": "lang",
        "help": "help", "मदद": "help", "quit": "quit", "बाहर": "quit", "saves": "saves", "सूची": "saves", "transcript": "transcript",
        "प्रतिलिपि": "transcript", "reload": "reload", "दोबारा": "reload", "more": "more", "रुको": "more",
        "ending": "ending", "अंत": "ending", "news": "news", "ख़बर": "news",
        "historians": "historians", "इतिहासकार": "historians",
    ]

    private func handle(_ line: String) -> Flow {
        let words = line.split(separator: " ", maxSplits: 1).map(String.init)
        let first = words[0].lowercased()
        let argument = words.count > 1 ? words[1].trimmingCharacters(in: .whitespaces) : nil
        if let number = TypedNumber.value(of: first) {
            choose(number: number, typed: words[0])
            return .goOn
        }
        if let command = Self.commands[first] ?? (isTable ? Self.tableCommands[first] : nil) {
            return run(command, argument)
        }
        let matches = numberedOptions().filter { entry in
            entry.option.isAvailable && WordCompletion.isScalarPrefix(line, of: text(scenario.choices[entry.option.choice].text))
        }
        if matches.count == 1 {
            choose(number: matches[0].number)
        } else if matches.count > 1 {
            write(vocabulary.ambiguous(matches.map { "\($0.number). " + text(scenario.choices[$0.option.choice].text) }))
        } else {
            var message = vocabulary.unknownInput(line)
            if let guess = Self.closestCommand(to: first, in: language) { message += " " + vocabulary.didYouMean(guess) }
            write(message)
            showChoices()
        }
        return .goOn
    }

    private func run(_ command: String, _ argument: String?) -> Flow {
        if table != nil, answersAtTable(command) { return .goOn }
        switch command {
        case "look": showScene()
        case "status": showStatus()
        case "journal":
            if let argument { writeJournal(to: argument) } else { showJournal() }
        case "ending":
            if isTable { write(seatLabel(player) + ":") }
            showEnding()
        case "historians": showHistorians()
        case "history": showNote()
        case "glossary": showGlossary(argument)
        case "undo":
            let before = game.log
            guard undoHistory.undo(&game) else {
                write(vocabulary.nothingToUndo)
                return .goOn
            }
            autosave()
            if isTable {
                sayWhatWasUndone(before)
                takeTurn(announcing: false)
            } else {
                write(vocabulary.undone)
            }
            showScene()
        case "save":
            let name = argument ?? "game"
            switch saves.write(savedDocument, name: name) {
            case .success(let path):
                // It may have replaced the autosave: the next autosave is written in full.
                autosaver.forgetWhatWasWritten()
                write(vocabulary.saved(path))
            case .failure(let error): write(vocabulary.problem(vocabulary.saveProblem(error, name: name, path: try? saves.path(for: name).get())))
            }
        case "load":
            load(argument ?? "game")
        case "saves":
            let names = saves.list()
            write(names.isEmpty ? vocabulary.noSaves : names.joined(separator: "\n"))
        case "lang":
            if let argument, let chosen = LanguageNames.code(for: argument, among: scenario.languages) {
                language = chosen
                onLanguageChange?(chosen)
                showScene()
            } else {
                write(vocabulary.languageUsage(scenario.languages))
            }
        case "transcript":
            guard let argument else {
                write(vocabulary.transcriptUsage)
                return .goOn
            }
            if Vocabulary.transcriptOffWords.contains(argument.lowercased()) {
                if let path = transcript?.path { write(vocabulary.transcriptStopped(path)) }
                transcript = nil
                forgetTranscriptLink()
            } else {
                startTranscript(argument)
            }
        case "reload":
            reloadScenario()
        case "news": showNews()
        case "more":
            switchPause(argument)
        case "help": write(isTable ? vocabulary.help(atTable: true) : vocabulary.help)
        case "players": showTable()
        case "quit": return .quit
        default: break
        }
        return .goOn
    }

    private func load(_ name: String) {
        switch saves.read(name) {
        case .failure(let error):
            write(vocabulary.problem(vocabulary.saveProblem(error, name: name, path: try? saves.path(for: name).get())))
        case .success(let (document, path)):
            switch document.restore(in: scenario) {
            case .failure(let error):
                write(vocabulary.problem(vocabulary.isHindi ? vocabulary.saveProblem(error, name: name, path: path)
                                            : "\(path): \(error); the file was left as it is"))
            case .success(let restored):
                undoHistory.recordReplacement(of: game)
                game = restored.game
                numbering.reset()
                autosave()
                vocabulary.restoreNotices(restored.notices).forEach { write($0) }
                write(vocabulary.loaded(path))
                if isTable { takeTurn(announcing: false) }
                showScene()
            }
        }
    }

    private func choose(number: Int, typed: String? = nil) {
        guard let option = numberedOptions().first(where: { $0.number == number })?.option else {
            write(numbering.wasGiven(number, in: currentScene) ? vocabulary.choiceGone(number) : vocabulary.unknownInput(typed ?? String(number)))
            showChoices()
            return
        }
        guard option.isAvailable else {
            write(text(scenario.choices[option.choice].text) + " " + vocabulary.lockedMarker)
            if let needs = lockedNeeds(option) { write(vocabulary.needs(needs)) }
            return
        }
        if echoesChoices { write(vocabulary.youChose(number, text(scenario.choices[option.choice].text))) }
        if let table { return chooseAtTable(table, choice: option.choice, number: number) }
        let before = game.checkpoint
        // As the menu showed it: the values in a choice's text may change once it is taken.
        let chosenText = render(scenario.choices[option.choice].text)
        switch game.perform(.choose(player: player + 1, choice: scenario.choices[option.choice].id)) {
        case .failure(let refusal):
            if case .waiting(_, let until) = refusal {
                write("\(vocabulary.waiting) \(vocabulary.date(until))")
            } else {
                write(vocabulary.problem(refusal.description))
            }
        case .success(let events):
            undoHistory.recordTurn(from: before)
            nameTakenChoice(number, chosenText)
            // Saved before it is shown: whatever the player has seen of a turn is already on disk.
            autosave(afterTurn: true)
            show(events, holdingBack: sceneHeldBack())
            if isTable {
                passTurn()
                return
            }
            keepIfFinished(events)
            offerToGoOn(events)
            if game.state.players[player].isActive { showChoices() }
        }
    }

    // MARK: Showing

    func currentOptions() -> [Simulation.ChoiceOption] {
        game.simulation.options(for: player, in: game.state)
    }

    /// The options offered now, with the numbers the player sees (stable within a visit to a scene).
    private func numberedOptions() -> [(number: Int, option: Simulation.ChoiceOption)] {
        guard let scene = currentScene else { return [] }
        return numbering.number(currentOptions(), in: scene)
    }

    /// The scene the player stands in; nil once the story has ended.
    private var currentScene: Int? {
        if case .scene(let scene) = game.state.players[player].position { return scene }
        return nil
    }

    /// What a step shows, gathered before it is written so that a scene marked `continues` can join the
    /// paragraph before it.
    enum Piece {
        case blank
        case heading(String)
        case paragraph(String)
        case line(String)
    }

    /// World events of one step shown together: one alone as paragraphs; several as a compact list,
    /// one item each (its text and its word for this player's role), under a line that counts them.
    /// A world event as this player meets it: a one-line headline, the event's own text and what it
    /// says to the player's role; and whether history went another way here (its `otherwise` outcome, or
    /// a branch's).
    private struct CityNews {
        var headline: String
        var text: String?
        var forRole: [String]
        var isOtherHistory: Bool
        var full: [String] { ([text].compactMap { $0 } + forRole).filter { !$0.isEmpty } }
        /// The list's item: the headline and what it says to the role; where history went another way,
        /// the whole text, for that is the story this city is telling.
        var item: String { (isOtherHistory ? full : [headline] + forRole).joined(separator: " ") }
    }

    /// One event is told in full. Several at once are a compact list, a headline each with what it says
    /// to the player's role (an event that went otherwise than in history in full); their full reports
    /// are kept for `news` (`ख़बर`).
    private func append(simultaneous events: [CityNews], to pieces: inout [Piece]) {
        if events.count == 1 {
            pieces += events[0].full.map { .paragraph(style.bulleted($0)) }
        } else if events.count > 1 {
            pieces += [.blank, .line(vocabulary.simultaneousEvents(events.count))]
            pieces += events.map { .line((style.isDecorated ? "  * " : "") + $0.item) }
            pieces.append(.line(vocabulary.newsHint))
            lastNews = events.map(\.full)
        }
    }

    /// The headline of an event's outcome: its journal line, or else the first sentence of its text.
    private func headline(of outcome: EventOutcome, text: String?) -> String {
        for case .journal(let line) in outcome.effects { return render(line) }
        return HistoryComparison.firstSentence(text ?? "", fullStop: language == "hi" ? "।" : ".")
    }

    /// `news`: the full reports of the last events that came together.
    private func showNews() {
        guard !lastNews.isEmpty else {
            write(vocabulary.noNews)
            return
        }
        heading(vocabulary.newsHeading)
        for texts in lastNews { texts.forEach { paragraph(style.bulleted($0)) } }
    }

    /// Shows what the events of a step mean for this player; at a table, the scene `heldBack` is left for
    /// the player's next turn.
    func show(_ events: [GameEvent], holdingBack heldBack: Int? = nil) {
        var pieces: [Piece] = []
        // The world events met so far in a row, shown together when the player's own text comes.
        var worldEvents: [CityNews] = []
        for event in events {
            if showsOwnText(event) {
                append(simultaneous: worldEvents, to: &pieces)
                worldEvents = []
            }
            switch event {
            case .sceneEntered(let who, let scene) where who == player:
                numbering.reset()
                if scene != heldBack { appendSceneText(scene, alwaysHeaded: false, to: &pieces) }
            case .outcome(let who, let choice, let outcome) where who == player:
                // The reply first, then what the roll brought: together they answer the choice.
                if let reply = scenario.choices[choice].reply { pieces.append(.paragraph(render(reply))) }
                if let outcomeText = scenario.choices[choice].outcomes[outcome].text { pieces.append(.paragraph(render(outcomeText))) }
            case .worldEvent, .worldEventReplaced:
                guard let outcome = event.eventOutcome(in: scenario) else { break }
                let text = outcome.text.map(render)
                let forRole = outcome.roleTexts.filter { $0.role == game.state.players[player].role }.map { render($0.text) }
                let isOtherHistory = switch event {
                case .worldEvent(_, let otherwise): otherwise
                default: true
                }
                let news = CityNews(headline: headline(of: outcome, text: text), text: text, forRole: forRole, isOtherHistory: isOtherHistory)
                if !news.full.isEmpty { worldEvents.append(news) }
            case .endingReached(let who, let ending) where who == player:
                pieces += endingPieces(ending)
                pieces.append(.line(isTable ? vocabulary.storyOver(of: seatName(player)) : vocabulary.finished))
                lastHeading = nil
            default:
                break
            }
        }
        append(simultaneous: worldEvents, to: &pieces)
        emit(pieces)
    }

    /// Whether the event shows this player something of their own (a scene, a reply, an ending), which
    /// ends a list of world events shown together.
    private func showsOwnText(_ event: GameEvent) -> Bool {
        switch event {
        case .sceneEntered(let who, _), .outcome(let who, _, _), .endingReached(let who, _): who == player
        default: false
        }
    }

    func emit(_ pieces: [Piece]) {
        var previousWasBlank = false
        for piece in pieces {
            switch piece {
            case .blank:
                // One blank line between blocks, never two.
                if !previousWasBlank { write("") }
            case .heading(let text): heading(text)
            case .paragraph(let text): if !text.isEmpty { paragraph(text) }
            case .line(let text): write(text)
            }
            if case .blank = piece { previousWasBlank = true } else { previousWasBlank = false }
        }
    }

    func showScene() {
        if isTable { writeTurnLine() }
        guard case .scene = game.state.players[player].position else {
            // A finished game, loaded or looked at again, shows its ending, not only that it is over.
            if case .ending(let ending) = game.state.players[player].position { emit(endingPieces(ending)) }
            write(vocabulary.finished)
            return
        }
        if case .scene(let scene) = game.state.players[player].position {
            var pieces: [Piece] = []
            appendSceneText(scene, alwaysHeaded: true, to: &pieces)
            emit(pieces)
        }
        showChoices()
    }

    /// The moment and place of the last heading shown: a scene at the same moment and place goes on
    /// without one, so prose that continues reads as one.
    var lastHeading: (moment: Moment, place: Int?)?

    private func appendSceneText(_ sceneIndex: Int, alwaysHeaded: Bool, to pieces: inout [Piece]) {
        let scene = scenario.scenes[sceneIndex]
        // A scene is headed with its own date; a player moved straight on by an event is already later.
        let moment = scene.moment ?? game.state.players[player].time
        var body: [Piece] = [.paragraph(render(scene.text))]
        let environment = PlayerEnvironment(world: game.state.world.values, player: game.state.players[player])
        for passage in scene.passages {
            do throws(RuntimeError) {
                if try passage.condition.evaluate(in: environment) != 0 { body.append(.paragraph(render(passage.text))) }
            } catch {
                // The scenario's mistake is shown, not hidden: the author learns where to look.
                body.append(.line(vocabulary.problem(error.description)))
            }
        }
        body.removeAll { if case .paragraph("") = $0 { true } else { false } }
        // A junction shows nothing, not even a heading (unless asked to show where the player stands).
        guard !body.isEmpty || alwaysHeaded else { return }
        let headed = alwaysHeaded || lastHeading.map { $0.moment != moment || $0.place != scene.place } ?? true
        if headed {
            var title = vocabulary.date(moment)
            if let place = scene.place { title += " — " + text(scenario.places[place].name) }
            pieces += [.blank, .heading(title)]
            lastHeading = (moment, scene.place)
            shownWhenAndWhere = (moment, scene.place)
        } else {
            // `continues`: the scene's first words carry on the paragraph just shown.
            if scene.continues, case .paragraph(let previous)? = pieces.last, case .paragraph(let opening)? = body.first {
                pieces[pieces.count - 1] = .paragraph(previous + " " + opening)
                body.removeFirst()
            } else {
                pieces.append(.blank)
            }
        }
        pieces += body
    }

    func showChoices() {
        let options = numberedOptions()
        guard !options.isEmpty else { return }
        write("")
        write(vocabulary.choicesHeading)
        for (number, option) in options {
            var line = render(scenario.choices[option.choice].text)
            if !option.isAvailable { line += " " + lockedMarker(for: option) }
            // The layout hangs the wrapped lines under the text, after the number.
            let dim: ((String) -> String)? = option.isAvailable ? nil : { [style] in style.dim($0) }
            write("  \(number). " + line, style: dim)
        }
        for problem in Set(options.compactMap(\.option.problem).map(\.description)).sorted() { write(vocabulary.problem(problem)) }
    }

    private func showStatus() {
        heading(isTable ? vocabulary.statusHeading + " — " + seatLabel(player) : vocabulary.statusHeading)
        let playerState = game.state.players[player]
        write(vocabulary.date(playerState.time))
        if isTable { write(vocabulary.cityClock(vocabulary.date(game.state.world.clock))) }
        var lines: [String] = []
        for (index, variable) in scenario.playerVariables.enumerated() where shows(variable, at: playerState.values[index]) {
            lines.append("  " + text(variable.label) + ": " + value(playerState.values[index], variable))
        }
        if !lines.isEmpty { write(vocabulary.yourHeading + ":"); lines.forEach { write($0) } }
        lines = []
        for (index, variable) in scenario.worldVariables.enumerated() where shows(variable, at: game.state.world.values[index]) {
            lines.append("  " + text(variable.label) + ": " + value(game.state.world.values[index], variable))
        }
        if !lines.isEmpty { write(vocabulary.worldHeading + ":"); lines.forEach { write($0) } }
    }

    /// Whether the status lists a variable: a labelled number always; a labelled flag only once it is set,
    /// so that the list of what has not happened yet does not tell the player what is to come.
    private func shows(_ variable: Variable, at value: Int) -> Bool {
        !variable.label.isEmpty && (variable.type != .flag || value != 0)
    }

    /// A number with its range and where it stands in it (low, middling, high), so "50" means something.
    private func value(_ value: Int, _ variable: Variable) -> String {
        guard variable.type != .flag else { return vocabulary.yesNo(value != 0) }
        let span = max(1, variable.maximum - variable.minimum)
        let third = (value - variable.minimum) * 3 / span
        return "\(value) (\(variable.minimum)–\(variable.maximum)), " + vocabulary.band(min(2, max(0, third)))
    }

    private func showJournal() {
        let entries = game.journal.filter { $0.player == nil || $0.player == player }
        heading(isTable ? vocabulary.journalHeading + " — " + seatLabel(player) : vocabulary.journalHeading)
        if entries.isEmpty { write(vocabulary.journalEmpty) }
        for entry in entries { paragraph(journalLine(entry)) }
    }

    private func showNote() {
        guard case .scene(let sceneIndex) = game.state.players[player].position, let note = scenario.scenes[sceneIndex].note else {
            write(vocabulary.noNote)
            return
        }
        heading(vocabulary.noteHeading)
        paragraph(render(note))
        if let source = scenario.scenes[sceneIndex].source { vocabulary.sourceLines(source).forEach(paragraph) }
    }

    /// `glossary WORD`: the entries it finds, in full. `glossary` alone: the terms only, a short list
    /// rather than every explanation at once (which would fill several screens on the first turn).
    private func showGlossary(_ word: String?) {
        heading(vocabulary.glossaryHeading)
        guard let word, !word.isEmpty else {
            paragraph(scenario.glossary.map { text($0.term) }.joined(separator: " · "))
            write(vocabulary.glossaryHint)
            return
        }
        let entries = GlossarySearch(entries: scenario.glossary).entries(matching: word)
        if entries.isEmpty { write(vocabulary.noGlossaryEntry(word)) }
        for entry in entries { paragraph(text(entry.term) + " — " + text(entry.explanation)) }
    }

    /// Writes the date line (`[date · place]`) before the prompt, when the date or the place differs
    /// from what a heading or the date line showed last.
    private func writeStatusLineIfChanged() {
        guard case .scene(let sceneIndex) = game.state.players[player].position else { return }
        let now = (moment: game.state.players[player].time, place: scenario.scenes[sceneIndex].place)
        if let shown = shownWhenAndWhere, shown.moment == now.moment, shown.place == now.place { return }
        shownWhenAndWhere = now
        var line = vocabulary.date(now.moment)
        if let place = now.place { line += (style.isDecorated ? " · " : " — ") + text(scenario.places[place].name) }
        write(style.bracketed(line))
    }

    // MARK: Text

    private func text(_ localized: LocalizedText) -> String { render(localized) }

    func render(_ localized: LocalizedText) -> String {
        guard let (template, isFallback) = TextRendering.template(localized, language: language, fallback: scenario.languages.first) else { return "" }
        let body = TextRendering.render(template, scenario: scenario, state: game.state, player: player, language: language,
                                        formatDate: vocabulary.date)
        return isFallback ? vocabulary.fallbackMarker + body : body
    }

    func paragraph(_ text: String) {
        write(TextWrapper(width: width).wrap(text))
    }

    /// Writes a line (or lines) to the screen, styled when a style is given, and plain to the transcript.
    /// Control characters from the scenario or from typed input are made visible first, so none reaches
    /// the terminal. Every line is then fitted to the window's width now (``ScreenLayout``), counted for
    /// the "more" pause, and styled last, so escape codes never count as columns.
    func write(_ text: String, style apply: ((String) -> String)? = nil, fitted: Bool = true) {
        let layout = ScreenLayout(width: width)
        let safe = ControlCharacters.escaped(text)
        for line in fitted ? layout.lines(safe) : safe.components(separatedBy: "\n") {
            pager.willWrite(rows: layout.rows(of: line)) { vocabulary.morePrompt(decorated: style.isDecorated, width: layout.width) }
            output(apply?(line) ?? line)
            record(line)
        }
    }

    /// Adds a line to the transcript, if one is kept; a transcript that cannot be written is stopped,
    /// and the player told, while the game goes on.
    func record(_ text: String?) {
        let typed = records.typedLine
        records.typedLine = nil
        guard let transcript else { return }
        for line in [typed, text].compactMap({ $0 }) {
            if case .failure(let error) = transcript.append(ControlCharacters.escaped(line)) {
                self.transcript = nil
                output(vocabulary.problem(vocabulary.transcriptProblem(transcript.path, englishDescription: error.description, stopped: true)))
                return
            }
        }
    }

    /// A heading: `== text ==` in bold, wrapped so the closing `==` stays with the last word; with no
    /// decoration, the text and a blank line.
    func heading(_ text: String) {
        let bold: (String) -> String = { [style] in style.bold($0) }
        guard style.isDecorated else {
            write(text, style: bold)
            write("")
            return
        }
        var lines = ScreenLayout(width: width - 3).lines("== " + ControlCharacters.escaped(text))
        lines[lines.count - 1] += " =="
        write(lines.joined(separator: "\n"), style: bold)
    }

    /// `more on|off`: turns the pause at a full screen on or off, and has it remembered.
    private func switchPause(_ argument: String?) {
        guard let argument, let isOn = Vocabulary.pauseSwitch(argument) else {
            write(vocabulary.pause(isOn: pager.isOn, inTerminal: pager.canPause))
            write(vocabulary.pauseUsage)
            return
        }
        pager.isOn = isOn
        onPauseChange?(isOn)
        write(vocabulary.pause(isOn: isOn, inTerminal: pager.canPause))
    }

    /// Called when the player turns the pause on or off, so the choice can be remembered.
    public var onPauseChange: ((Bool) -> Void)?

    /// Re-reads the scenario's files for `reload`: the new version, or nil, and the diagnostics to show.
    public var reloader: (() -> (scenario: Scenario?, messages: [String]))?

    /// `reload`: the play-as-you-write loop. Shows the files' problems; on a clean compile, replays this
    /// game's actions onto the new version, or, if the new version refuses one, keeps the player where
    /// they stood by their saved values.
    private func reloadScenario() {
        guard let reloader else {
            write(vocabulary.problem(vocabulary.reloadUnavailable))
            return
        }
        let (newScenario, messages) = reloader()
        // A diagnostic's source line and caret must stay aligned: written as they are, never wrapped.
        messages.forEach { write($0, fitted: false) }
        guard let newScenario else {
            write(vocabulary.reloadFailed)
            return
        }
        switch game.replayed(on: newScenario) {
        case .success(let replayed):
            undoHistory.recordReplacement(of: game)
            game = replayed
            write(vocabulary.reloaded(actions: replayed.log.count))
        case .failure(let error):
            switch SaveDocument(game: game, program: program).restore(in: newScenario) {
            case .success(let restored):
                undoHistory.recordReplacement(of: game)
                game = restored.game
                write(vocabulary.reloadedByValues("\(error)"))
                vocabulary.restoreNotices(restored.notices).forEach { write($0) }
            case .failure(let saveError):
                write(vocabulary.problem("\(error); \(saveError)"))
                write(vocabulary.reloadFailed)
                return
            }
        }
        // The scenario was compiled again: its choices may have other indices now.
        numbering.reset()
        autosave()
        showScene()
    }

    /// Called when the player switches language, so the choice can be remembered.
    public var onLanguageChange: ((String) -> Void)?

    /// Tab completion, in the language being played only: for the first word, that language's command
    /// words, the current choices' numbers and the text of each available choice; after `lang`/`भाषा`,
    /// the names of the story's languages; after any other first word, nothing, so a second Tab after a
    /// completed choice lists nothing rather than every word of both languages (ux.md S15).
    func completions(for line: String) -> [String] {
        let words = line.split(whereSeparator: \.isWhitespace)
        // Which word the cursor is in: a line ending in a space starts the next one.
        let wordIndex = line.unicodeScalars.last?.properties.isWhitespace == true ? words.count : max(0, words.count - 1)
        guard wordIndex == 0 else {
            guard wordIndex == 1, Self.commands[String(words[0]).lowercased()] == "lang" else { return [] }
            return scenario.languages.map { LanguageNames.name(of: $0, in: language) }.sorted()
        }
        var candidates = Self.commandWords(in: language) + (isTable ? Self.tableCommandWords(in: language) : [])
        for (number, option) in numberedOptions() where option.isAvailable {
            candidates.append(String(number))
            candidates.append(render(scenario.choices[option.choice].text))
        }
        return candidates.sorted()
    }
}
