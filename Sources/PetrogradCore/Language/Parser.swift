/// Turns one scenario file into its syntax, reporting every problem and recovering at the next line.
///
/// The format is a list of blocks. A block starts with a header statement (`scenario`, `role`, `place`,
/// `world`, `player`, `scene`, `event`, `ending`, `glossary`) and runs until the next header; a `choice`
/// starts a sub-block inside a scene, and `chance`/`otherwise` start sections inside a choice or an event.
/// Text lines (`en: …`) go to the *text slot* that is open: right after a header or section it is that
/// block's main text; an opener statement (`note`, `debrief`, `explain`, `journal`, `if` in a scene,
/// `for` in an event) opens its own slot, and any other statement returns the slot to the main text.
/// So nothing ever needs nesting or closing, and each line is understood by how it starts.
struct Parser {
    /// The statements that start a block.
    static let headers: Set<String> = ["format", "scenario", "branch", "in", "role", "place", "world", "player", "scene", "event", "ending", "glossary",
                                       "constant", "text", "entry"]
    /// Every keyword that may start a statement, for "did you mean".
    static let statements = ["format", "scenario", "branch", "extends", "in", "when", "role", "place", "world", "player", "scene", "choice", "event",
                             "ending", "glossary", "languages", "calendar", "year", "dates", "start", "for", "on",
                             "between", "at", "if", "only", "once", "show", "note", "source", "go", "set", "clear",
                             "add", "subtract", "advance", "journal", "chance", "otherwise", "move", "debrief", "explain",
                             "historians", "reply", "continues", "else", "end", "constant", "text", "return", "about", "length",
                             "goal", "worry", "follows", "carried", "entry", "assumes", "default"]

    /// The keywords and the headers, for quick membership tests on every line (`WordTable`).
    static let statementWords = WordTable(statements)
    static let headerWords = WordTable(headers)

    /// The newest format this parser reads; every older one is read too, with its meaning unchanged.
    static let formatVersion = 2

    private let file: SourceFile
    private(set) var diagnostics: [Diagnostic] = []
    private var syntax: FileSyntax

    /// Which block is open.
    private enum Block {
        case none, scenario, branch, role, place, variable, scene, event, ending, glossary, constant, namedText, entry
    }

    /// Where text lines go.
    private enum Slot: Equatable {
        case main, note, passage, debrief, historians, explain, journal, roleText, reply, about, goal, worry
    }

    /// An `if` among effects that is still open: its branches so far.
    private struct OpenEffectBlock {
        var branches: [EffectBranchSyntax]
        var location: SourceLocation
        /// An `if` in a scene that may still turn out to be a passage (text only).
        var passage: Int?
    }

    private var block = Block.none
    private var slot = Slot.main
    private var scenario: ScenarioHeaderSyntax?
    private var branch: BranchHeaderSyntax?
    private var role: RoleSyntax?
    private var place: PlaceSyntax?
    private var variable: VariableSyntax?
    private var scene: SceneSyntax?
    private var choice: ChoiceSyntax?
    private var outcome: OutcomeSyntax?
    private var event: EventSyntax?
    private var eventOutcome: EventOutcomeSyntax?
    private var ending: EndingSyntax?
    private var glossary: GlossarySyntax?
    private var constant: ConstantSyntax?
    private var namedText: NamedTextSyntax?
    private var entry: EntrySyntax?
    private var effectBlocks: [OpenEffectBlock] = []
    private var sawStatement = false
    /// Whether the statement being read opened a text, so that a text may end its line.
    private var openedText = false

    /// Whether the file is written in format 2 or later.
    private var isFormat2: Bool { (syntax.formatVersion ?? 1) >= 2 }
    /// The indentation of the line being handled, of the open choice's header and of the first line
    /// under it: when the choice's lines are indented under it, a `go` no further in than its header is
    /// the scene's, written after the choices.
    private var lineIndent = 0
    private var choiceIndent = 0
    private var choiceBodyIndent: Int?
    /// After a statement that was not understood (a misspelt keyword, or one the file's format does not
    /// have), the indentation of its line: the lines indented further belong to it, so they are skipped
    /// rather than read as more of the block above it, which would only give misleading errors.
    private var skipsLinesDeeperThan: Int?

    /// Whether a `scene` block is read only as far as its header: its lines are skipped, and the scene
    /// keeps where they are (`SceneSyntax.outline`) so that `readOutlinedScene` can read them when the
    /// scene is built. A long story's scenes then never all have their syntax in memory at once.
    private let outlinesScenes: Bool
    /// Set when the line just handled opened a scene whose block is to be skipped.
    private var skipsSceneBlock = false
    /// The started lexer of the file, kept when scenes were outlined, for reading their blocks later.
    private var sceneReader: Lexer?

    init(file: SourceFile, outlinesScenes: Bool = false) {
        self.file = file
        self.outlinesScenes = outlinesScenes
        syntax = FileSyntax(path: file.path)
    }

    /// Parses the whole file.
    mutating func parse() -> FileSyntax {
        var lexer = Lexer(file: file)
        guard lexer.start() else {
            diagnostics = lexer.diagnostics
            return syntax
        }
        if outlinesScenes { sceneReader = lexer }
        // The lexer hands over one line at a time, so the file's lines are never all in memory at once.
        // Its reports come first, as when it read the whole file before the parser began.
        guard let first = lexer.nextLine() else {
            diagnostics = lexer.diagnostics
            diagnostics.append(Diagnostic(.unsupportedFormat("this file is empty; a scenario file starts with the line 'format 1'"),
                                          at: SourceLocation(file: file.path, line: 1, column: 1)))
            return syntax
        }
        handle(first, outliningWith: &lexer)
        // Each line is let go of before the next is read, so the lexer can make the next one's tokens in
        // the same list.
        while let line = lexer.nextLine() { handle(line, outliningWith: &lexer) }
        closeBlock()
        diagnostics = lexer.diagnostics + diagnostics
        dropFollowOnsOfTabs(lexed: lexer.diagnostics.count)
        return syntax
    }

    /// Handles a line; when it opened a scene to outline, skips the scene's block and notes where it is.
    private mutating func handle(_ line: Line, outliningWith lexer: inout Lexer) {
        let start = lexer.lastLineStart
        handle(line)
        guard skipsSceneBlock else { return }
        skipsSceneBlock = false
        let choiceLines = lexer.skipToNextHeader()
        scene?.outline = SceneOutline(start: start, end: lexer.position.offset, choiceLines: choiceLines)
    }

    /// A parser that reads the blocks of the scenes this one outlined, one at a time, in the same file and
    /// format; nil when no scene was outlined.
    func outlinedSceneReader() -> Parser? {
        guard let sceneReader, syntax.scenes.contains(where: { $0.outline != nil }) else { return nil }
        var parser = Parser(file: file)
        parser.syntax.formatVersion = syntax.formatVersion
        parser.sawStatement = true
        parser.sceneReader = sceneReader
        return parser
    }

    /// Reads an outlined scene's block whole, from its header (a parser made by `outlinedSceneReader`): its
    /// syntax (nil only if the block no longer opens a scene) and the reports on its lines. The reports on
    /// its header were made when it was outlined too; the compiler keeps one of each.
    mutating func readOutlinedScene(_ outline: SceneOutline) -> (scene: SceneSyntax?, diagnostics: [Diagnostic]) {
        guard let sceneReader else { return (nil, []) }
        var lexer = sceneReader.reading(from: outline.start, to: outline.end)
        skipsLinesDeeperThan = nil
        while let line = lexer.nextLine() { handle(line) }
        closeBlock()
        diagnostics = lexer.diagnostics + diagnostics
        dropFollowOnsOfTabs(lexed: lexer.diagnostics.count)
        defer {
            syntax.scenes.removeAll(keepingCapacity: true)
            diagnostics.removeAll(keepingCapacity: true)
        }
        return (syntax.scenes.first, diagnostics)
    }

    /// A line with a tab in its indentation is reported by the lexer; where the parser placed it by a
    /// guessed indentation says nothing true, so the parser's own reports on that line are left out.
    private mutating func dropFollowOnsOfTabs(lexed: Int) {
        let tabbed = Set(diagnostics.prefix(lexed).filter { $0.text.hasPrefix("tab found") }.map(\.location.line))
        guard !tabbed.isEmpty else { return }
        diagnostics = Array(diagnostics.prefix(lexed)) + diagnostics.dropFirst(lexed).filter { !tabbed.contains($0.location.line) }
    }

    // MARK: Lines

    private mutating func handle(_ line: Line) {
        if let skipped = skipsLinesDeeperThan {
            if line.indent > skipped { return }
            skipsLinesDeeperThan = nil
        }
        lineIndent = line.indent
        if choice != nil, choiceBodyIndent == nil { choiceBodyIndent = line.indent }
        switch line.content {
        case .text(let entry):
            let language = entry.language
            if !sawStatement {
                diagnostics.append(Diagnostic(.unsupportedFormat("a scenario file starts with the line 'format 1'"), at: line.location))
                sawStatement = true
            }
            if Self.statementWords.contains(language) {
                diagnostics.append(Diagnostic(.syntax("'\(language):' looks like a text line, but '\(language)' is a statement; write it without the colon, as '\(language) …'"), at: entry.languageLocation))
                return
            }
            addText(entry)
        case .statement(let tokens, let rest):
            var cursor = TokenCursor(tokens: tokens)
            let keyword = tokens[0]
            if !sawStatement {
                sawStatement = true
                if !keyword.isWord("format") {
                    diagnostics.append(Diagnostic(.unsupportedFormat("a scenario file starts with the line 'format 1'; add it as the first line"), at: keyword.location))
                }
            }
            if keyword.kind != .word {
                diagnostics.append(Diagnostic(.syntax("a statement starts with a word such as 'scene' or 'choice', not '\(keyword.text)'"), at: keyword.location))
                return
            }
            cursor.advance()
            if cursor.current?.isSymbol(":") == true, Self.statementWords.contains(keyword.text) {
                diagnostics.append(Diagnostic(.syntax("write '\(keyword.text)' without a colon, as '\(keyword.text) …'"), at: cursor.location))
                cursor.advance()
            }
            openedText = false
            if Self.headerWords.contains(keyword.text) {
                closeBlock()
                header(keyword, &cursor)
            } else {
                statement(keyword, &cursor, rest: rest)
            }
            // A statement not understood takes its own line's text with it.
            if skipsLinesDeeperThan != nil { return }
            guard case .text(let entry)? = line.inlineText else { return }
            if !isFormat2 {
                diagnostics.append(Diagnostic(.syntax("a text at the end of a statement needs format 2: make the file's first line 'format 2', or put the text on its own line"), at: entry.languageLocation))
            } else if !openedText {
                diagnostics.append(Diagnostic(.syntax("'\(keyword.text)' takes no text; put '\(entry.language):' on its own line under the statement it belongs to"), at: entry.languageLocation))
            } else {
                addText(entry)
            }
        }
    }

    /// Reports a construct of format 2 in an older file; true when it may be used.
    private mutating func requireFormat2(_ keyword: Token, _ what: String? = nil) -> Bool {
        if isFormat2 { return true }
        report("\(what ?? "'\(keyword.text)'") is new in format 2; make the file's first line 'format 2' to use it", at: keyword.location)
        // A whole statement of format 2 (not an option on a line of format 1) owns the lines under it.
        if what == nil { skipsLinesDeeperThan = lineIndent }
        return false
    }

    // MARK: Headers

    private mutating func header(_ keyword: Token, _ cursor: inout TokenCursor) {
        slot = .main
        openedText = keyword.text != "format" && keyword.text != "in" && keyword.text != "constant"
        switch keyword.text {
        case "format":
            guard let version = cursor.takeInteger() else {
                report("'format' needs the format's number, as in 'format 1'", at: cursor.location)
                return
            }
            if syntax.formatVersion != nil {
                report("'format' is given twice in this file", at: keyword.location)
            } else if !(1...Self.formatVersion).contains(version) {
                diagnostics.append(Diagnostic(.unsupportedFormat(version > Self.formatVersion
                    ? "this file is written in format \(version), but this version of Petrograd reads formats 1 and 2; update Petrograd"
                    : "there is no format \(version); write 'format \(Self.formatVersion)'"), at: keyword.location))
            }
            syntax.formatVersion = version
            expectEnd(cursor)
        case "scenario":
            guard let name = expectName(&cursor, "the scenario's id", example: "scenario march-1917") else { return }
            scenario = ScenarioHeaderSyntax(name: name, title: TextSyntax(location: keyword.location), location: keyword.location)
            block = .scenario
            expectEnd(cursor)
        case "branch":
            guard let name = expectName(&cursor, "the branch's id", example: "branch volynsky-obeys") else { return }
            branch = BranchHeaderSyntax(name: name, title: TextSyntax(location: keyword.location), location: keyword.location)
            block = .branch
            expectEnd(cursor)
        case "in":
            if cursor.take(word: "scene") {
                guard let name = expectName(&cursor, "the id of the scene to add choices to", example: "in scene dawn-roll-call") else { return }
                scene = SceneSyntax(name: name, text: TextSyntax(location: keyword.location))
                scene?.isExtension = true
                block = .scene
            } else if cursor.take(word: "event") {
                guard let name = expectName(&cursor, "the id of the event to change", example: "in event volynsky-mutiny") else { return }
                let fired = EventOutcomeSyntax(location: keyword.location, text: TextSyntax(location: keyword.location))
                event = EventSyntax(name: name, fired: fired)
                event?.isReplacement = true
                eventOutcome = fired
                block = .event
            } else {
                report("write 'in scene SCENE' to offer choices in a scene, or 'in event EVENT' to change an event's outcome", at: cursor.location)
                return
            }
            expectEnd(cursor)
        case "role":
            guard let name = expectName(&cursor, "the role's id", example: "role worker") else { return }
            role = RoleSyntax(name: name, title: TextSyntax(location: keyword.location))
            block = .role
            expectEnd(cursor)
        case "place":
            guard let name = expectName(&cursor, "the place's id", example: "place nevsky") else { return }
            place = PlaceSyntax(name: name, title: TextSyntax(location: keyword.location))
            block = .place
            expectEnd(cursor)
        case "world", "player":
            parseVariable(keyword, &cursor)
        case "scene":
            guard let name = expectName(&cursor, "the scene's id", example: "scene mill-gate") else { return }
            scene = SceneSyntax(name: name, text: TextSyntax(location: keyword.location))
            block = .scene
            expectEnd(cursor)
            skipsSceneBlock = outlinesScenes
        case "event":
            guard let name = expectName(&cursor, "the event's id", example: "event volynsky-mutiny") else { return }
            let fired = EventOutcomeSyntax(location: keyword.location, text: TextSyntax(location: keyword.location))
            event = EventSyntax(name: name, fired: fired)
            eventOutcome = fired
            block = .event
            expectEnd(cursor)
        case "ending":
            guard let name = expectName(&cursor, "the ending's id", example: "ending soviet-born") else { return }
            ending = EndingSyntax(name: name, text: TextSyntax(location: keyword.location))
            block = .ending
            expectEnd(cursor)
        case "glossary":
            guard let name = expectName(&cursor, "the entry's id", example: "glossary soviet") else { return }
            glossary = GlossarySyntax(name: name, term: TextSyntax(location: keyword.location))
            block = .glossary
            expectEnd(cursor)
        case "constant":
            guard requireFormat2(keyword), let name = expectName(&cursor, "the constant's id", example: "constant bread-ration = 200") else { return }
            guard cursor.take(symbol: "=") else {
                report("write the constant's value after '=', as in 'constant \(name.text) = 200'", at: cursor.location)
                return
            }
            var parser = ExpressionParser(cursor: cursor)
            constant = ConstantSyntax(name: name, value: parser.parseExpression())
            diagnostics += parser.diagnostics
            cursor = parser.cursor
            block = .constant
            expectEnd(cursor)
        case "text":
            guard requireFormat2(keyword), let name = expectName(&cursor, "the text's id", example: "text bread-queue") else { return }
            namedText = NamedTextSyntax(name: name, text: TextSyntax(location: keyword.location))
            block = .namedText
            expectEnd(cursor)
        case "entry":
            guard requireFormat2(keyword), let name = expectName(&cursor, "the entry point's id", example: "entry one-period") else { return }
            entry = EntrySyntax(name: name, title: TextSyntax(location: keyword.location), location: keyword.location)
            block = .entry
            expectEnd(cursor)
        default:
            break
        }
    }

    /// Opens a role card's `goal` or `worry` text, reporting a second one beside the first (whose text the
    /// second's lines then replace, so they bring no second error).
    private mutating func openRoleCardText(_ keyword: Token, _ cursor: inout TokenCursor, existing: TextSyntax?, slot opened: Slot,
                                           repeated message: String, store: (inout RoleSyntax, TextSyntax) -> Void) {
        if let existing {
            diagnostics.append(Diagnostic(.syntax(message), at: keyword.location,
                                          notes: [.init(location: existing.location, message: "the first '\(keyword.text)' is here")]))
        }
        if role != nil { store(&role!, TextSyntax(location: keyword.location)) }
        slot = opened
        openedText = true
        expectEnd(cursor)
    }

    /// `length 15 to 20 choices, 30 to 40 minutes` in a role: either part, in either order, each a number
    /// or a range.
    private mutating func parseLength(_ keyword: Token, _ cursor: inout TokenCursor) {
        let example = "'length 15 to 20 choices, 30 to 40 minutes'"
        if role?.length != nil {
            report("this role already has a 'length' line; give both parts on one line, as in \(example)", at: keyword.location)
            return
        }
        var length = PlayLength()
        repeat {
            let rangeLocation = cursor.location
            guard let low = cursor.takeInteger() else {
                report("expected a number but found \(cursor.currentDescription); write the length as \(example)", at: cursor.location)
                return
            }
            var high = low
            if cursor.take(word: "to") {
                guard let value = cursor.takeInteger() else {
                    report("expected the larger number after 'to' but found \(cursor.currentDescription), as in \(example)", at: cursor.location)
                    return
                }
                high = value
            }
            if low < 1 {
                report("a length is at least 1; write how many choices or minutes a game usually takes, as in \(example)", at: rangeLocation)
                return
            }
            if low > high {
                report("the range \(low) to \(high) is empty; write the smaller number first", at: rangeLocation)
                return
            }
            guard let unit = cursor.takeName() else {
                report("after \(low == high ? "\(low)" : "\(low) to \(high)") write 'choices' or 'minutes', as in \(example)", at: cursor.location)
                return
            }
            let part: WritableKeyPath<PlayLength, ClosedRange<Int>?>
            switch unit.text {
            case "choices", "choice": part = \.choices
            case "minutes", "minute": part = \.minutes
            default:
                let guess = Spelling.closest(to: unit.text, among: ["choices", "minutes"])
                report("'\(unit.text)' is not something a length counts; write 'choices' or 'minutes'" + (guess.map { " (did you mean '\($0)'?)" } ?? ""), at: unit.location)
                return
            }
            if length[keyPath: part] != nil {
                report("'\(unit.text)' is given twice in this line; write each of 'choices' and 'minutes' once", at: unit.location)
                return
            }
            length[keyPath: part] = low...high
        } while cursor.take(symbol: ",")
        guard expectEnd(cursor) else { return }
        role?.length = length
    }

    /// `follows ID` in the scenario block: the earlier act this one carries on from.
    private mutating func parseFollows(_ keyword: Token, _ cursor: inout TokenCursor) {
        guard let name = expectName(&cursor, "the id of the earlier act", example: "follows march-1917") else { return }
        guard expectEnd(cursor) else { return }
        if let first = scenario?.follows {
            diagnostics.append(Diagnostic(.syntax("this scenario already follows '\(first.text)'; an act carries on from one earlier act"), at: keyword.location,
                                          notes: [.init(location: first.location, message: "the first 'follows' is here")]))
            return
        }
        scenario?.follows = name
    }

    /// `carried from VARIABLE` or `carried from ending ENDING, …` in a variable block.
    private mutating func parseCarried(_ keyword: Token, _ cursor: inout TokenCursor) {
        guard requireFormat2(keyword) else { return }
        let example = "'carried from garrison' or 'carried from ending w-delegate, s-deputy'"
        guard cursor.take(word: "from") else {
            report("write \(example): the earlier act's variable, or the endings that make this flag yes", at: cursor.location)
            return
        }
        let source: CarrySourceSyntax.Source
        // `ending` alone at the end of the line is a variable called 'ending'.
        if let word = cursor.current, word.isWord("ending") || word.isWord("endings"), cursor.peekIsWord {
            cursor.advance()
            source = .endings(parseNameList(&cursor, "an ending's id of the earlier act"))
        } else {
            guard let name = expectName(&cursor, "the earlier act's variable", example: "carried from garrison") else { return }
            guard expectEnd(cursor) else { return }
            source = .variable(name)
        }
        if let first = variable?.carried {
            diagnostics.append(Diagnostic(.syntax("this variable is already carried; a variable takes its value from one place"), at: keyword.location,
                                          notes: [.init(location: first.location, message: "the first 'carried from' is here")]))
            return
        }
        variable?.carried = CarrySourceSyntax(source: source, location: keyword.location)
    }

    private mutating func parseVariable(_ keyword: Token, _ cursor: inout TokenCursor) {
        let scope: VariableScope = keyword.text == "world" ? .world : .player
        let type: VariableType
        if cursor.take(word: "number") {
            type = .number
        } else if cursor.take(word: "flag") {
            type = .flag
        } else {
            report("after '\(keyword.text)' write 'number' or 'flag', as in '\(keyword.text) number hunger 0 to 100 = 60' or '\(keyword.text) flag marched'", at: cursor.location)
            return
        }
        guard let name = expectName(&cursor, "the variable's id", example: "\(keyword.text) \(type == .number ? "number hunger 0 to 100" : "flag marched")") else { return }
        var syntax = VariableSyntax(scope: scope, type: type, name: name, range: nil, initial: nil,
                                    label: TextSyntax(location: keyword.location), location: keyword.location)
        if type == .number {
            let rangeLocation = cursor.location
            guard let minimum = cursor.takeInteger(), cursor.take(word: "to"), let maximum = cursor.takeInteger() else {
                report("a number needs its range, as in '\(keyword.text) number \(name.text) 0 to 100 = 50'", at: rangeLocation)
                return
            }
            if minimum > maximum {
                report("the range \(minimum) to \(maximum) is empty; write the smaller number first", at: rangeLocation)
            }
            syntax.range = (minimum, maximum, rangeLocation)
        }
        if cursor.take(symbol: "=") {
            var parser = ExpressionParser(cursor: cursor)
            syntax.initial = parser.parseExpression()
            diagnostics += parser.diagnostics
            cursor = parser.cursor
        }
        variable = syntax
        block = .variable
        expectEnd(cursor)
    }

    // MARK: Statements inside blocks

    private mutating func statement(_ keyword: Token, _ cursor: inout TokenCursor, rest: String) {
        let word = keyword.text
        switch block {
        case .none:
            if Self.statements.contains(word) {
                misplaced(keyword, "before any block", hint: "start a block first, such as 'scene ID'")
            } else {
                unknownStatement(keyword)
            }
            return
        case .scenario:
            slot = .main
            scenarioStatement(keyword, &cursor)
        case .branch:
            slot = .main
            if word == "extends", let name = expectName(&cursor, "the id of the scenario this branch extends", example: "extends march-1917") {
                branch?.extends = name
                expectEnd(cursor)
            } else if word != "extends" {
                misplacedOrUnknown(keyword, "in the branch block", hint: "it has its title (text lines) and 'extends SCENARIO'")
            }
        case .role:
            slot = .main
            switch word {
            case "start":
                if let name = expectName(&cursor, "the start scene's id", example: "start mill-gate") {
                    role?.start = name
                    expectEnd(cursor)
                }
            case "about":
                guard requireFormat2(keyword) else { return }
                if let first = role?.about {
                    // Reported once; its text lines then replace the first's, so they bring no second error.
                    diagnostics.append(Diagnostic(.syntax("this role already has an 'about' text; a role is described once"), at: keyword.location,
                                                  notes: [.init(location: first.location, message: "the first 'about' is here")]))
                }
                role?.about = TextSyntax(location: keyword.location)
                slot = .about
                openedText = true
                expectEnd(cursor)
            case "goal":
                guard requireFormat2(keyword) else { return }
                openRoleCardText(keyword, &cursor, existing: role?.goal, slot: .goal,
                                 repeated: "this role already has a 'goal' text; a role states one public goal") { $0.goal = $1 }
            case "worry":
                guard requireFormat2(keyword) else { return }
                openRoleCardText(keyword, &cursor, existing: role?.worry, slot: .worry,
                                 repeated: "this role already has a 'worry' text; a role keeps one private worry") { $0.worry = $1 }
            case "length":
                guard requireFormat2(keyword) else { return }
                parseLength(keyword, &cursor)
            default:
                misplacedOrUnknown(keyword, "in a role", hint: "a role has its name (text lines), 'about', 'goal' and 'worry' each with its text, 'length' and 'start SCENE'")
            }
        case .place:
            misplacedOrUnknown(keyword, "in a place", hint: "a place has only its name, in text lines")
        case .constant:
            misplacedOrUnknown(keyword, "after a constant", hint: "a constant is one line, 'constant NAME = VALUE'")
        case .namedText:
            misplacedOrUnknown(keyword, "in a named text", hint: "a named text has only its text lines")
        case .variable:
            if keyword.text == "carried" {
                slot = .main
                parseCarried(keyword, &cursor)
            } else {
                misplacedOrUnknown(keyword, "in a variable", hint: "a variable has its label, in text lines, and (format 2) 'carried from VARIABLE'")
            }
        case .scene:
            if choice != nil {
                choiceStatement(keyword, &cursor)
            } else {
                sceneStatement(keyword, &cursor, rest: rest)
            }
        case .event:
            eventStatement(keyword, &cursor)
        case .entry:
            slot = .main
            entryStatement(keyword, &cursor)
        case .ending:
            slot = .main
            switch word {
            case "for":
                let names = parseNameList(&cursor, "a role id")
                ending?.roles += names
            case "debrief":
                ending?.debrief = TextSyntax(location: keyword.location)
                slot = .debrief
                openedText = true
                expectEnd(cursor)
            case "historians":
                // What historians disagree about, shown only when the player asks (format 2).
                guard requireFormat2(keyword) else { return }
                ending?.historians = TextSyntax(location: keyword.location)
                slot = .historians
                openedText = true
                expectEnd(cursor)
            default:
                misplacedOrUnknown(keyword, "in an ending", hint: "an ending has its text, 'for ROLE', 'debrief' and 'historians'")
            }
        case .glossary:
            slot = .main
            if word == "explain" {
                glossary?.explanation = TextSyntax(location: keyword.location)
                slot = .explain
                openedText = true
                expectEnd(cursor)
            } else {
                misplacedOrUnknown(keyword, "in a glossary entry", hint: "an entry has its term (text lines) and 'explain'")
            }
        }
    }

    private mutating func scenarioStatement(_ keyword: Token, _ cursor: inout TokenCursor) {
        switch keyword.text {
        case "languages":
            let names = parseNameList(&cursor, "a language code such as 'hi' or 'en'")
            scenario?.languages.append(contentsOf: names)
        case "calendar":
            if cursor.take(word: "old") {
                scenario?.calendar = .old
            } else if cursor.take(word: "new") {
                scenario?.calendar = .new
            } else {
                report("write 'calendar old' (Julian, as in Russia in 1917) or 'calendar new' (Gregorian)", at: cursor.location)
                return
            }
            _ = cursor.take(word: "style")
            expectEnd(cursor)
        case "year":
            let yearLocation = cursor.location
            guard let year = cursor.takeInteger() else {
                report("'year' needs a year, as in 'year 1917'", at: cursor.location)
                return
            }
            scenario?.year = year
            scenario?.yearLocation = yearLocation
            expectEnd(cursor)
        case "dates":
            guard let start = parseMoment(&cursor) else { return }
            guard cursor.take(word: "to") else {
                report("write the span as 'dates 23 Feb to 27 Feb'", at: cursor.location)
                return
            }
            guard let end = parseMoment(&cursor) else { return }
            scenario?.dates = (start, end)
            expectEnd(cursor)
        case "follows":
            guard requireFormat2(keyword) else { return }
            parseFollows(keyword, &cursor)
        default:
            misplacedOrUnknown(keyword, "in the scenario block", hint: "it has its title, 'languages', 'calendar', 'year', 'dates' and 'follows'")
        }
    }

    /// A line of an `entry` block: `on DATE`, `start ROLE at SCENE`, or an effect on the world.
    private mutating func entryStatement(_ keyword: Token, _ cursor: inout TokenCursor) {
        switch keyword.text {
        case "on":
            guard let moment = parseMoment(&cursor) else { return }
            if entry?.moment != nil {
                report("this entry already has its 'on' line; an entry starts at one moment", at: keyword.location)
                return
            }
            entry?.moment = moment
            expectEnd(cursor)
        case "start":
            guard let role = expectName(&cursor, "a role id", example: "start worker at w-period-start") else { return }
            guard cursor.take(word: "at") else {
                report("write 'start ROLE at SCENE', as in 'start \(role.text) at SCENE'", at: cursor.location)
                return
            }
            guard let scene = expectName(&cursor, "a scene id", example: "start \(role.text) at w-period-start") else { return }
            expectEnd(cursor)
            entry?.starts.append((role, scene))
        case "set", "clear", "add", "subtract":
            if let effect = parseEffect(keyword, &cursor) { entry?.effects.append(effect) }
        default:
            misplacedOrUnknown(keyword, "in an entry", hint: "an entry has its title (text lines), 'on DATE', 'start ROLE at SCENE' for each role, and 'set', 'clear', 'add' or 'subtract' on world variables")
        }
    }

    private mutating func sceneStatement(_ keyword: Token, _ cursor: inout TokenCursor, rest: String) {
        slot = .main
        if conditionalEffectStatement(keyword, &cursor) { return }
        if scene?.isExtension == true, !["when", "choice"].contains(keyword.text) {
            misplaced(keyword, "in an 'in scene' block", hint: "it offers choices ('choice ID'), optionally all under 'when CONDITION'; the scene's own lines belong to the scene")
            return
        }
        switch keyword.text {
        case "when":
            guard scene?.isExtension == true else {
                misplaced(keyword, "in a scene", hint: "'when' belongs to an 'in scene' block of a branch; a scene's passages use 'if'")
                return
            }
            if let condition = parseCondition(&cursor) { scene?.extensionCondition = condition }
        case "for":
            let names = parseNameList(&cursor, "a role id")
            scene?.roles += names
        case "on":
            if let moment = parseMoment(&cursor) {
                scene?.moment = moment
                expectEnd(cursor)
            }
        case "at":
            if let name = expectName(&cursor, "a place id", example: "at vyborg-side") {
                scene?.place = name
                expectEnd(cursor)
            }
        case "if":
            if let condition = parseCondition(&cursor) {
                scene?.passages.append(PassageSyntax(condition: condition, text: TextSyntax(location: keyword.location)))
                slot = .passage
                openedText = true
                // Followed by effects instead of text, it is a conditional effect on entering (format 2).
                effectBlocks.append(OpenEffectBlock(branches: [EffectBranchSyntax(condition: condition, location: keyword.location)],
                                                    location: keyword.location, passage: scene!.passages.count - 1))
            }
        case "note":
            scene?.note = TextSyntax(location: keyword.location)
            slot = .note
            openedText = true
            expectEnd(cursor)
        case "continues":
            guard requireFormat2(keyword) else { return }
            scene?.continues = true
            expectEnd(cursor)
        case "source":
            if rest.isEmpty {
                report("'source' needs the reference, as in 'source NCERT Class 9, chapter 2'", at: cursor.location)
            } else {
                scene?.source = rest
            }
        case "go":
            guard let destination = parseDestination(keyword, &cursor, allowsCondition: true) else { return }
            if let condition = destination.condition {
                scene?.routes.append((destination.target, condition))
            } else {
                setSceneFallback(destination.target, keyword)
                if let call = destination.call { scene?.call = call }
            }
        case "return":
            guard requireFormat2(keyword) else { return }
            scene?.returns = keyword.location
            expectEnd(cursor)
        case "choice":
            guard let name = expectName(&cursor, "the choice's id", example: "choice walk-out") else { return }
            choice = ChoiceSyntax(name: name, text: TextSyntax(location: keyword.location))
            openedText = true
            choiceIndent = lineIndent
            choiceBodyIndent = nil
            choiceHeaderOptions(keyword, &cursor)
        case let word where isFormat2 && Self.sceneEffects.contains(word):
            // Effects on entering the scene.
            if let effect = parseEffect(keyword, &cursor) { appendEffect(effect) }
        case "only", "once", "show", "set", "clear", "add", "subtract", "advance", "journal", "chance", "otherwise", "reply", "default":
            misplaced(keyword, "in a scene outside a choice", hint: isFormat2 || !Self.sceneEffects.contains(keyword.text)
                      ? "start a choice first with 'choice ID'"
                      : "start a choice first with 'choice ID'; in format 2 a scene may also have effects on entering")
        default:
            misplacedOrUnknown(keyword, "in a scene", hint: "")
        }
    }

    private mutating func choiceStatement(_ keyword: Token, _ cursor: inout TokenCursor) {
        slot = .main
        if conditionalEffectStatement(keyword, &cursor) { return }
        switch keyword.text {
        case "choice":
            closeChoice()
            guard let name = expectName(&cursor, "the choice's id", example: "choice walk-out") else { return }
            choice = ChoiceSyntax(name: name, text: TextSyntax(location: keyword.location))
            openedText = true
            choiceIndent = lineIndent
            choiceBodyIndent = nil
            choiceHeaderOptions(keyword, &cursor)
        case "reply":
            guard requireFormat2(keyword) else { return }
            // In a chance section, its text is the reply already; `reply` may introduce it all the same.
            if outcome == nil {
                if choice?.reply != nil {
                    report("this choice already has a 'reply'", at: keyword.location)
                    return
                }
                choice?.reply = TextSyntax(location: keyword.location)
            }
            slot = .reply
            openedText = true
            expectEnd(cursor)
        case "only":
            guard cursor.take(word: "if") else {
                report("write 'only if CONDITION'", at: cursor.location)
                return
            }
            if outcome != nil {
                misplaced(keyword, "inside a 'chance' or 'otherwise' section", hint: "put 'only if' before the first 'chance'")
                return
            }
            if let condition = parseCondition(&cursor) { choice?.guardCondition = condition }
        case "once":
            if outcome != nil {
                misplaced(keyword, "inside a 'chance' or 'otherwise' section", hint: "put 'once' before the first 'chance'")
                return
            }
            choice?.once = true
            expectEnd(cursor)
        case "default":
            guard requireFormat2(keyword) else { return }
            if outcome != nil {
                misplaced(keyword, "inside a 'chance' or 'otherwise' section", hint: "put 'default' before the first 'chance'")
                return
            }
            choice?.isDefault = keyword.location
            expectEnd(cursor)
        case "show":
            guard cursor.take(word: "locked") else {
                report("write 'show locked' to show this choice greyed out when its guard is false", at: cursor.location)
                return
            }
            choice?.showLocked = true
            expectEnd(cursor)
        case "go":
            guard let destination = parseDestination(keyword, &cursor, allowsCondition: false) else { return }
            if let choice, let body = choiceBodyIndent, body > choiceIndent, lineIndent <= choiceIndent {
                diagnostics.append(Diagnostic(
                    .misplacedStatement(statement: "go", place: "after the choices",
                                        hint: "a 'go' written as far left as 'choice' is the scene's, so move it above the first choice; or, if choice '\(choice.name.text)' should lead there, indent it under that choice"),
                    at: keyword.location, notes: [.init(location: choice.text.location, message: "the last choice starts here")]))
                setSceneFallback(destination.target, keyword)
            } else if let first = outcome?.target ?? (outcome == nil ? choice?.target : nil) {
                let section = outcome == nil ? "this choice" : "this '\(outcome?.percent == nil ? "otherwise" : "chance")' section"
                secondGo(keyword, first: first, message: "\(section) already has a 'go' line; it leads to one place (to lead to several, give the choice 'chance' sections, each with its own 'go')")
            } else if outcome != nil {
                outcome?.target = destination.target
                outcome?.call = destination.call
            } else {
                choice?.target = destination.target
                choice?.call = destination.call
            }
        case "return":
            guard requireFormat2(keyword) else { return }
            if outcome != nil { outcome?.returns = keyword.location } else { choice?.returns = keyword.location }
            expectEnd(cursor)
        case "chance", "otherwise":
            closeOutcome()
            var percent: Int?
            if keyword.text == "chance" {
                guard let value = cursor.takeInteger() else {
                    report("'chance' needs a number of times in a hundred, as in 'chance 30'", at: cursor.location)
                    return
                }
                _ = cursor.take(symbol: "%")
                _ = cursor.take(word: "percent")
                if !(0...100).contains(value) {
                    report("a chance is between 0 and 100, not \(value)", at: keyword.location)
                }
                percent = value
            } else if choice?.outcomes.contains(where: { $0.percent == nil }) == true {
                report("this choice already has an 'otherwise'", at: keyword.location)
            } else if choice?.outcomes.isEmpty == true {
                misplaced(keyword, "before any 'chance' in a choice", hint: "'otherwise' follows one or more 'chance N' sections")
                return
            }
            outcome = OutcomeSyntax(percent: percent, location: keyword.location, text: TextSyntax(location: keyword.location))
            openedText = true
            expectEnd(cursor)
        case "for", "on", "at", "if", "note", "source", "continues":
            let hint = keyword.text == "if" ? "a guard on a choice is written 'only if CONDITION'; in format 2, 'if' starts effects that happen only when it holds" : "a scene's own lines come before its first choice"
            misplaced(keyword, "inside a choice", hint: hint)
        case "move":
            misplaced(keyword, "in a choice", hint: "only world events move players; a choice uses 'go SCENE'")
        default:
            if let effect = parseEffect(keyword, &cursor) {
                appendEffect(effect)
            }
        }
    }

    private mutating func eventStatement(_ keyword: Token, _ cursor: inout TokenCursor) {
        slot = .main
        let inOtherwise = event?.otherwise != nil
        // The first `if` before any effect is the event's condition; a later one starts conditional effects.
        let isCondition = keyword.text == "if" && !inOtherwise && event?.condition == nil && eventOutcome?.effects.isEmpty != false
        if !isCondition, conditionalEffectStatement(keyword, &cursor) { return }
        if event?.isReplacement == true, ["on", "between", "otherwise"].contains(keyword.text) {
            misplaced(keyword, "in an 'in event' block", hint: "the event keeps its date; the block gives a condition ('if …') and the outcome that replaces the event's own")
            return
        }
        switch keyword.text {
        case "on", "between", "if":
            if inOtherwise {
                misplaced(keyword, "after 'otherwise'", hint: "an event's date and condition come before 'otherwise'")
                return
            }
            if keyword.text == "if" {
                if let condition = parseCondition(&cursor) { event?.condition = condition }
            } else if let start = parseMoment(&cursor) {
                event?.start = start
                event?.end = nil
                if keyword.text == "between" {
                    guard cursor.take(word: "and") else {
                        report("write a window as 'between 26 Feb, evening and 27 Feb, noon'", at: cursor.location)
                        return
                    }
                    guard let end = parseMoment(&cursor) else { return }
                    event?.end = end
                }
                expectEnd(cursor)
            }
        case "for":
            guard let role = expectName(&cursor, "a role id", example: "for soldier") else { return }
            eventOutcome?.roleTexts.append((role, TextSyntax(location: keyword.location)))
            slot = .roleText
            openedText = true
            expectEnd(cursor)
        case "otherwise":
            if inOtherwise {
                report("this event already has an 'otherwise'", at: keyword.location)
                return
            }
            if let fired = eventOutcome { event?.fired = fired }
            let otherwise = EventOutcomeSyntax(location: keyword.location, text: TextSyntax(location: keyword.location))
            event?.otherwise = otherwise
            eventOutcome = otherwise
            openedText = true
            expectEnd(cursor)
        case "assumes":
            // What the texts of this part (the event's own, its `otherwise`, or a branch's) take for granted.
            guard requireFormat2(keyword) else { return }
            if let condition = parseCondition(&cursor) { eventOutcome?.assumptions.append((condition, keyword.location)) }
        case "go", "once", "only", "chance", "show", "return":
            misplaced(keyword, "in a world event", hint: "an event moves players with 'move ROLE to SCENE'")
        case "advance":
            misplaced(keyword, "in a world event", hint: "the world's clock follows the players; events cannot move it")
        default:
            if let effect = parseEffect(keyword, &cursor) {
                appendEffect(effect)
            }
        }
    }

    /// `go TARGET`, `go SCENE then TARGET` (a call of shared scenes), or in a scene `go TARGET if CONDITION`.
    private mutating func parseDestination(_ keyword: Token, _ cursor: inout TokenCursor, allowsCondition: Bool)
        -> (target: Name, call: Name?, condition: ExpressionSyntax?)? {
        guard let first = expectName(&cursor, "a scene or ending id", example: "go nevsky") else { return nil }
        if cursor.current?.isWord("then") == true {
            guard requireFormat2(keyword, "'go … then …'") else { return nil }
            cursor.advance()
            guard let then = expectName(&cursor, "where the shared scenes return to", example: "go pamphlet then bridge") else { return nil }
            expectEnd(cursor)
            return (then, first, nil)
        }
        if cursor.current?.isWord("if") == true {
            guard allowsCondition else {
                report("a choice's 'go' has no condition: the choice's guard ('only if') decides whether it can be taken; to lead on by a condition, go to a scene whose 'go' lines say 'go SCENE if CONDITION'", at: cursor.location)
                return nil
            }
            guard requireFormat2(keyword, "'go … if …'") else { return nil }
            cursor.advance()
            guard let condition = parseCondition(&cursor) else { return nil }
            return (first, nil, condition)
        }
        expectEnd(cursor)
        return (first, nil, nil)
    }

    /// `choice ID once only if CONDITION`: in format 2 a choice's `once` and guard may stand on its own line.
    private mutating func choiceHeaderOptions(_ keyword: Token, _ cursor: inout TokenCursor) {
        while let token = cursor.current {
            if token.isWord("once") {
                guard requireFormat2(keyword, "'once' on the choice's line") else { return }
                cursor.advance()
                choice?.once = true
            } else if token.isWord("default") {
                guard requireFormat2(keyword, "'default'") else { return }
                choice?.isDefault = token.location
                cursor.advance()
            } else if token.isWord("only") {
                guard requireFormat2(keyword, "'only if' on the choice's line") else { return }
                cursor.advance()
                guard cursor.take(word: "if") else {
                    report("write 'only if CONDITION'", at: cursor.location)
                    return
                }
                var parser = ExpressionParser(cursor: cursor)
                let condition = parser.parseExpression()
                diagnostics += parser.diagnostics
                cursor = parser.cursor
                guard let condition else { return }
                choice?.guardCondition = condition
            } else {
                break
            }
        }
        expectEnd(cursor)
    }

    // MARK: Conditional effects

    /// Handles `if`, `else`, `end` among effects (format 2) and closes open `if`s before any other
    /// statement; true when the statement was one of these and is done with.
    private mutating func conditionalEffectStatement(_ keyword: Token, _ cursor: inout TokenCursor) -> Bool {
        // Most statements are neither these nor inside an open `if`: nothing to do (the first byte decides
        // for most words without comparing strings).
        if effectBlocks.isEmpty {
            let first = keyword.text.utf8.first
            guard first == UInt8(ascii: "i") || first == UInt8(ascii: "e"),
                  keyword.text == "if" || keyword.text == "else" || keyword.text == "end" else { return false }
        }
        switch keyword.text {
        case "if" where block != .scene || choice != nil || effectBlocks.contains(where: { $0.passage == nil }):
            // Inside a choice, an event, or another conditional effect: conditional effects.
            guard isFormat2 else { return false }
            guard let condition = parseCondition(&cursor) else { return true }
            if effectBlocks.count >= Self.maximumEffectNesting {
                diagnostics.append(Diagnostic(.tooComplex("'if' is nested more than \(Self.maximumEffectNesting) deep here; split the effects over scenes"), at: keyword.location))
                return true
            }
            turnPassageIntoEffects(at: keyword.location)
            effectBlocks.append(OpenEffectBlock(branches: [EffectBranchSyntax(condition: condition, location: keyword.location)], location: keyword.location))
            return true
        case "else":
            guard requireFormat2(keyword) else { return true }
            guard let top = effectBlocks.last else {
                misplaced(keyword, "without an 'if' before it", hint: "'else' follows 'if CONDITION' and its effects; for text that varies, write {if …}…{else}…{end} inside the text")
                return true
            }
            if top.passage != nil {
                misplaced(keyword, "after a passage", hint: "a passage ('if' with text) has no 'else'; write {if …}…{else}…{end} inside the text instead")
                return true
            }
            if top.branches.last?.condition == nil {
                report("this 'if' already has its 'else'; 'else' comes last", at: keyword.location)
                return true
            }
            var condition: ExpressionSyntax?
            if cursor.take(word: "if") {
                guard let parsed = parseCondition(&cursor) else { return true }
                condition = parsed
            } else {
                expectEnd(cursor)
            }
            effectBlocks[effectBlocks.count - 1].branches.append(EffectBranchSyntax(condition: condition, location: keyword.location))
            return true
        case "end":
            guard requireFormat2(keyword) else { return true }
            guard let top = effectBlocks.popLast() else {
                misplaced(keyword, "without an 'if' to end", hint: "'end' closes 'if CONDITION' and its effects")
                return true
            }
            expectEnd(cursor)
            if top.passage == nil { appendEffect(.conditional(top.branches, top.location)) }
            return true
        default:
            if Self.effectWords.contains(keyword.text) {
                turnPassageIntoEffects(at: keyword.location)
                return false
            }
            if keyword.text == "go", effectBlocks.contains(where: { $0.passage == nil }) {
                misplaced(keyword, "inside 'if'", hint: "'if' holds effects; where a choice leads is its own 'go' line. To lead on by a condition, go to a scene whose 'go' lines say 'go SCENE if CONDITION'")
                return true
            }
            closeEffectBlocks()
            return false
        }
    }

    /// The statements that are effects, anywhere.
    static let effectWords: Set = ["set", "clear", "add", "subtract", "advance", "journal", "move"]

    /// The effects a scene may have on entering (format 2).
    static let sceneEffects: Set = ["set", "clear", "add", "subtract", "advance", "journal"]

    /// The deepest `if` among effects.
    static let maximumEffectNesting = 16

    /// An `if` in a scene followed by an effect: it was not a passage after all.
    private mutating func turnPassageIntoEffects(at location: SourceLocation) {
        guard let top = effectBlocks.last, let passage = top.passage else { return }
        if let text = scene?.passages[passage].text, !text.isEmpty {
            report("an 'if' in a scene holds either text (a passage) or effects, not both; give the effects their own 'if … end'", at: location)
        }
        scene?.passages.remove(at: passage)
        effectBlocks[effectBlocks.count - 1].passage = nil
        slot = .main
    }

    /// Closes every open `if`: a passage silently, an `if` among effects with a message, since it
    /// needed its `end`.
    private mutating func closeEffectBlocks() {
        while let top = effectBlocks.popLast() {
            guard top.passage == nil else { continue }
            report("this 'if' has no 'end'; write 'end' after its effects", at: top.location)
            appendEffect(.conditional(top.branches, top.location))
        }
    }

    // MARK: Effects

    private mutating func parseEffect(_ keyword: Token, _ cursor: inout TokenCursor) -> EffectSyntax? {
        switch keyword.text {
        case "set":
            guard let name = expectName(&cursor, "a variable id", example: "set hunger to 50") else { return nil }
            if cursor.take(word: "to") {
                guard let value = parseCondition(&cursor) else { return nil }
                return .set(name, value, keyword.location)
            }
            if cursor.take(symbol: "=") {
                report("write 'set \(name.text) to …'", at: keyword.location)
                return nil
            }
            expectEnd(cursor)
            return .set(name, nil, keyword.location)
        case "clear":
            guard let name = expectName(&cursor, "a flag id", example: "clear marched") else { return nil }
            expectEnd(cursor)
            return .clear(name, keyword.location)
        case "add", "subtract":
            let preposition = keyword.text == "add" ? "to" : "from"
            var parser = ExpressionParser(cursor: cursor)
            let amount = parser.parseExpression()
            diagnostics += parser.diagnostics
            cursor = parser.cursor
            guard let amount else { return nil }
            guard cursor.take(word: preposition) else {
                report("write '\(keyword.text) AMOUNT \(preposition) VARIABLE', as in '\(keyword.text) 10 \(preposition) strike'", at: cursor.location)
                return nil
            }
            guard let name = expectName(&cursor, "a variable id", example: "\(keyword.text) 10 \(preposition) strike") else { return nil }
            expectEnd(cursor)
            return keyword.text == "add" ? .add(amount, name, keyword.location) : .subtract(amount, name, keyword.location)
        case "advance":
            guard let amount = cursor.takeInteger(), amount >= 0 else {
                report("write 'advance 2 hours' (minutes, hours or days)", at: cursor.location)
                return nil
            }
            let unit = cursor.current?.text ?? ""
            let minutes: Int
            switch unit {
            case "minute", "minutes": minutes = 1
            case "hour", "hours": minutes = 60
            case "day", "days": minutes = 24 * 60
            default:
                report("write 'advance \(amount) minutes', 'hours' or 'days'", at: cursor.location)
                return nil
            }
            cursor.advance()
            expectEnd(cursor)
            let (total, overflow) = amount.multipliedReportingOverflow(by: minutes)
            if overflow || total > 366 * 24 * 60 * 100 {
                report("that is too long a time to advance", at: keyword.location)
                return nil
            }
            return .advance(minutes: total, keyword.location)
        case "journal":
            expectEnd(cursor)
            slot = .journal
            openedText = true
            return .journal(TextSyntax(location: keyword.location))
        case "move":
            var role: Name?
            if !cursor.take(word: "everyone") {
                guard let name = expectName(&cursor, "a role id or 'everyone'", example: "move soldier to barracks") else { return nil }
                role = name
            }
            guard cursor.take(word: "to") else {
                report("write 'move ROLE to SCENE'", at: cursor.location)
                return nil
            }
            guard let scene = expectName(&cursor, "a scene id", example: "move soldier to barracks") else { return nil }
            expectEnd(cursor)
            return .move(role: role, scene: scene, keyword.location)
        default:
            misplacedOrUnknown(keyword, block == .event ? "in a world event" : "in a choice", hint: "")
            return nil
        }
    }

    private mutating func appendEffect(_ effect: EffectSyntax) {
        withCurrentEffects { $0.append(effect) }
    }

    /// The effect list that statements add to now: the innermost open `if`, a chance section, the
    /// choice, the scene's effects on entering, or the event's outcome.
    private mutating func withCurrentEffects(_ body: (inout [EffectSyntax]) -> Void) {
        if !effectBlocks.isEmpty, effectBlocks[effectBlocks.count - 1].passage == nil {
            let top = effectBlocks.count - 1
            body(&effectBlocks[top].branches[effectBlocks[top].branches.count - 1].effects)
        } else if outcome != nil {
            body(&outcome!.effects)
        } else if choice != nil {
            body(&choice!.effects)
        } else if block == .scene, scene != nil {
            body(&scene!.effects)
        } else if block == .event, eventOutcome != nil {
            body(&eventOutcome!.effects)
        }
    }

    // MARK: Text

    private mutating func addText(_ entry: TextEntrySyntax) {
        func add(_ text: inout TextSyntax) {
            if let existing = text.entries.first(where: { $0.language == entry.language }) {
                diagnostics.append(Diagnostic(.syntax("this text already has \(Self.article(entry.language)) '\(entry.language)' line"), at: entry.languageLocation,
                                              notes: [.init(location: existing.languageLocation, message: "the first '\(entry.language)' line is here")]))
                return
            }
            // Scenarios are written in two languages, most of them: room for both at the first.
            if text.entries.isEmpty { text.entries.reserveCapacity(2) }
            text.entries.append(entry)
        }
        switch (block, slot) {
        case (.none, _):
            diagnostics.append(Diagnostic(.misplacedStatement(statement: "\(entry.language):", place: "before any block", hint: "text belongs to a scene, a choice or another block"), at: entry.languageLocation))
        case (.scenario, _): add(&scenario!.title)
        case (.branch, _): add(&branch!.title)
        case (.role, .about): add(&role!.about!)
        case (.role, .goal): add(&role!.goal!)
        case (.role, .worry): add(&role!.worry!)
        case (.role, _): add(&role!.title)
        case (.place, _): add(&place!.title)
        case (.variable, _): add(&variable!.label)
        case (.glossary, .explain): add(&glossary!.explanation!)
        case (.glossary, _): add(&glossary!.term)
        case (.ending, .debrief): add(&ending!.debrief!)
        case (.ending, .historians): add(&ending!.historians!)
        case (.ending, _): add(&ending!.text)
        case (.constant, _):
            diagnostics.append(Diagnostic(.misplacedStatement(statement: "\(entry.language):", place: "after a constant", hint: "a constant is a number; to write a text once and use it in many places, declare 'text ID'"), at: entry.languageLocation))
        case (.namedText, _): add(&namedText!.text)
        case (.entry, _): add(&self.entry!.title)
        case (.scene, .journal), (.event, .journal):
            // Copied out and back: `add` reports problems, so it cannot run inside the access.
            var effects: [EffectSyntax] = []
            withCurrentEffects { effects = $0 }
            addToLastJournal(&effects, add)
            withCurrentEffects { $0 = effects }
        case (.scene, .reply):
            if outcome != nil { add(&outcome!.text) } else if choice?.reply != nil { add(&choice!.reply!) }
        case (.scene, _):
            if outcome != nil {
                add(&outcome!.text)
            } else if choice != nil {
                add(&choice!.text)
            } else if slot == .note {
                add(&scene!.note!)
            } else if slot == .passage {
                add(&scene!.passages[scene!.passages.count - 1].text)
            } else {
                add(&scene!.text)
            }
        case (.event, .roleText):
            add(&eventOutcome!.roleTexts[eventOutcome!.roleTexts.count - 1].text)
        case (.event, _):
            add(&eventOutcome!.text)
        }
    }

    /// "an 'en' line", "a 'hi' line": the article as the code is read aloud, by its first letter.
    static func article(_ code: String) -> String {
        guard let first = code.lowercased().first else { return "a" }
        return "aeio".contains(first) ? "an" : "a"
    }

    private func addToLastJournal(_ effects: inout [EffectSyntax], _ add: (inout TextSyntax) -> Void) {
        guard case .journal(var text) = effects.last else { return }
        add(&text)
        effects[effects.count - 1] = .journal(text)
    }

    // MARK: Closing blocks

    private mutating func closeOutcome() {
        closeEffectBlocks()
        if let outcome { choice?.outcomes.append(outcome) }
        outcome = nil
    }

    private mutating func closeChoice() {
        closeOutcome()
        if let choice { scene?.choices.append(choice) }
        choice = nil
    }

    private mutating func closeBlock() {
        closeEffectBlocks()
        switch block {
        case .none: break
        case .constant: if let constant { syntax.constants.append(constant) }
        case .namedText: if let namedText { syntax.namedTexts.append(namedText) }
        case .scenario: if let scenario { syntax.scenario.append(scenario) }
        case .branch: if let branch { syntax.branch.append(branch) }
        case .role: if let role { syntax.roles.append(role) }
        case .place: if let place { syntax.places.append(place) }
        case .variable: if let variable { syntax.variables.append(variable) }
        case .scene:
            closeChoice()
            if let scene {
                if scene.isExtension { syntax.sceneExtensions.append(scene) } else { syntax.scenes.append(scene) }
            }
        case .event:
            if var event, let eventOutcome {
                if event.otherwise != nil { event.otherwise = eventOutcome } else { event.fired = eventOutcome }
                if event.isReplacement { syntax.eventReplacements.append(event) } else { syntax.events.append(event) }
            }
        case .ending: if let ending { syntax.endings.append(ending) }
        case .glossary: if let glossary { syntax.glossary.append(glossary) }
        case .entry: if let entry { syntax.entries.append(entry) }
        }
        block = .none
        slot = .main
        scenario = nil; branch = nil; role = nil; place = nil; variable = nil; scene = nil; choice = nil; outcome = nil
        event = nil; eventOutcome = nil; ending = nil; glossary = nil; constant = nil; namedText = nil; entry = nil
    }

    // MARK: Helpers

    private mutating func parseCondition(_ cursor: inout TokenCursor) -> ExpressionSyntax? {
        var parser = ExpressionParser(cursor: cursor)
        let expression = parser.parseExpression()
        diagnostics += parser.diagnostics
        cursor = parser.cursor
        guard let expression else { return nil }
        guard expectEnd(cursor) else { return nil }
        return expression
    }

    private mutating func parseMoment(_ cursor: inout TokenCursor) -> MomentSyntax? {
        var parser = MomentParser(cursor: cursor)
        let moment = parser.parseMoment()
        diagnostics += parser.diagnostics
        cursor = parser.cursor
        return moment
    }

    private mutating func parseNameList(_ cursor: inout TokenCursor, _ what: String) -> [Name] {
        var names: [Name] = []
        repeat {
            guard let name = cursor.takeName() else {
                report("expected \(what) but found \(cursor.currentDescription)", at: cursor.location)
                return names
            }
            names.append(name)
        } while cursor.take(symbol: ",") || (!cursor.isAtEnd && cursor.current?.kind == .word)
        expectEnd(cursor)
        return names
    }

    private mutating func expectName(_ cursor: inout TokenCursor, _ what: String, example: String) -> Name? {
        if let name = cursor.takeName() { return name }
        report("expected \(what) but found \(cursor.currentDescription); for example '\(example)'", at: cursor.location)
        return nil
    }

    @discardableResult
    private mutating func expectEnd(_ cursor: TokenCursor) -> Bool {
        guard let token = cursor.current else { return true }
        report("unexpected '\(token.text)' at the end of this line", at: token.location)
        return false
    }

    /// Records the scene's own `go`, or reports a second one.
    private mutating func setSceneFallback(_ name: Name, _ keyword: Token) {
        if let first = scene?.fallback {
            secondGo(keyword, first: first, message: "this scene already has a 'go' line; a scene has one place to send the player when no choice is available")
        } else {
            scene?.fallback = name
        }
    }

    private mutating func secondGo(_ keyword: Token, first: Name, message: String) {
        diagnostics.append(Diagnostic(.syntax(message), at: keyword.location,
                                      notes: [.init(location: first.location, message: "the first 'go' leads to '\(first.text)' here")]))
    }

    private mutating func report(_ message: String, at location: SourceLocation) {
        diagnostics.append(Diagnostic(.syntax(message), at: location))
    }

    private mutating func misplaced(_ keyword: Token, _ place: String, hint: String) {
        diagnostics.append(Diagnostic(.misplacedStatement(statement: keyword.text, place: place, hint: hint), at: keyword.location))
    }

    private mutating func misplacedOrUnknown(_ keyword: Token, _ place: String, hint: String) {
        if keyword.text == "assumes", hint.isEmpty {
            misplaced(keyword, place, hint: "'assumes' says what a world event's text takes for granted; elsewhere, guard the text itself with '{if …}…{end}'")
        } else if Self.statements.contains(keyword.text) {
            misplaced(keyword, place, hint: hint)
        } else {
            unknownStatement(keyword)
        }
    }

    private mutating func unknownStatement(_ keyword: Token) {
        let suggestion = Spelling.closest(to: keyword.text, among: Self.statements)
        var message = "'\(keyword.text)' is not a statement this format knows"
        if let suggestion { message += "; did you mean '\(suggestion)'?" }
        message += " (text lines start with a language code and a colon, such as 'en: …')"
        report(message, at: keyword.location)
        skipsLinesDeeperThan = lineIndent
    }
}
