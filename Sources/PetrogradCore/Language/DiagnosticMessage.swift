/// Every message `petrograd check` can give, each with a stable code. Alphabetical by case.
///
/// Messages are written for teachers: they say what is wrong and what to write instead.
public enum DiagnosticMessage: Hashable, Sendable {
    /// A `follows` or `carried from` that does not match the earlier act.
    case carried(String)
    /// An `assumes` line that what is known when the texts show does not guarantee: whose texts
    /// (`subject`), the parts not guaranteed (in words), what is known (in words), and what to do.
    case assumptionNotGuaranteed(subject: String, missing: [String], known: String, advice: String)
    /// Chances in one choice that add up to more than 100.
    case chancesExceedHundred(total: Int)
    /// A control or bidi character, which a terminal would obey instead of showing: the first on its
    /// line (a scalar value), and how many more the line holds.
    case controlCharacter(scalar: UInt32, others: Int)
    /// A scene that can leave a player with no way out.
    case deadEnd(scene: String, reason: String)
    /// A scene the dead-end analysis could not decide within its limits.
    case deadEndUnchecked(scene: String, reason: String)
    /// A debrief longer in one language than a period leaves time to read.
    case debriefTooLong(language: String, words: Int, limit: Int)
    /// A date outside the scenario's declared span.
    case dateOutsideSpan(date: String, span: String)
    /// An id declared twice.
    case duplicateDeclaration(kind: String, name: String)
    /// An expression nested too deeply, or a statement line far too long.
    case tooComplex(String)
    /// A date or time that does not exist or cannot be read.
    case invalidDate(String)
    /// A statement that does not belong where it stands.
    case misplacedStatement(statement: String, place: String, hint: String)
    /// A text that lacks a promised language.
    case missingTranslation(language: String, what: String)
    /// A condition that is false whatever the values it reads (each described with its range), and what
    /// that means for the player.
    case neverTrue(consequence: String, reads: [String])
    /// A file whose first statement is not `format 1`, or that asks for a newer format.
    case unsupportedFormat(String)
    /// Two branches that both replace one event's outcome.
    case overlappingReplacements(event: String, first: String, second: String)
    /// A player variable or `visited` used where only the world is known.
    case playerDataInWorldEvent(name: String)
    /// A role without a usable start scene.
    case roleStart(String)
    /// A scenario without a `scenario` block, or with more than one.
    case scenarioBlock(String)
    /// A line this format does not understand.
    case syntax(String)
    /// A file that cannot be read as text.
    case textUnreadable(String)
    /// Scenes a player can enter but never leave for an ending, and why.
    case trap(reason: String, scenes: [String])
    /// A flag used as a number, or a number used as a flag.
    case typeMismatch(String)
    /// A text line in a language the scenario does not promise.
    case unknownLanguage(code: String, known: [String])
    /// An id used but never declared.
    case unknownName(kind: String, name: String, suggestion: String?)
    /// A scene that no role can reach.
    case unreachableScene(name: String)
    /// A variable that is declared but never used.
    case unusedVariable(name: String)
    /// A number outside a variable's declared range.
    case valueOutOfRange(value: Int, variable: String, minimum: Int, maximum: Int)

    /// The stable code, for tools and for searching the documentation.
    public var code: String {
        switch self {
        case .textUnreadable: "PG001"
        case .unsupportedFormat: "PG002"
        case .controlCharacter: "PG003"
        case .syntax: "PG010"
        case .misplacedStatement: "PG011"
        case .tooComplex: "PG012"
        case .unknownName: "PG020"
        case .duplicateDeclaration: "PG021"
        case .scenarioBlock: "PG022"
        case .typeMismatch: "PG030"
        case .valueOutOfRange: "PG031"
        case .chancesExceedHundred: "PG032"
        case .playerDataInWorldEvent: "PG033"
        case .invalidDate: "PG034"
        case .deadEnd: "PG040"
        case .roleStart: "PG041"
        case .trap: "PG042"
        case .missingTranslation: "PG050"
        case .unreachableScene: "PG051"
        case .unusedVariable: "PG052"
        case .dateOutsideSpan: "PG053"
        case .unknownLanguage: "PG054"
        case .overlappingReplacements: "PG055"
        case .deadEndUnchecked: "PG056"
        case .neverTrue: "PG057"
        case .carried: "PG060"
        case .assumptionNotGuaranteed: "PG070"
        case .debriefTooLong: "PG058"
        }
    }

    public var severity: Severity {
        switch self {
        case .missingTranslation, .unreachableScene, .unusedVariable, .dateOutsideSpan, .unknownLanguage, .overlappingReplacements,
             .deadEndUnchecked, .neverTrue, .debriefTooLong:
            .warning
        default:
            .error
        }
    }

    /// The message itself, in English.
    public var text: String {
        switch self {
        case .carried(let what):
            what
        case .assumptionNotGuaranteed(let subject, let missing, let known, let advice):
            "\(subject) assume \(Self.list(missing.map { "“\($0)”" })), but \(known) does not guarantee \(missing.count > 1 ? "them" : "it"); \(advice)"
        case .chancesExceedHundred(let total):
            "the chances in this choice add up to \(total); they must add up to 100 or less"
        case .controlCharacter(let value, let others):
            Self.controlCharacterText(value) + (others > 0 ? " (this line has \(others) more)" : "")
        case .deadEnd(let scene, let reason):
            "scene '\(scene)' can leave a player stuck: \(reason); add a choice without 'only if', or a 'go' line for when nothing else is possible"
        case .deadEndUnchecked(let scene, let reason):
            "scene '\(scene)' was not checked for dead ends: \(reason); make sure a player can always leave it, or add a 'go' line for when nothing else is possible"
        case .debriefTooLong(let language, let words, let limit):
            "this debrief has \(words) words in '\(language)', more than the \(limit) a class can read at the end of a period; "
                + "keep the player's path, what happened in history and one question, and move what historians disagree about into the ending's 'historians' section"
        case .dateOutsideSpan(let date, let span):
            "\(date) is outside the scenario's dates (\(span))"
        case .duplicateDeclaration(let kind, let name):
            "'\(name)' is declared twice; each \(kind) needs its own id"
        case .tooComplex(let what):
            what
        case .invalidDate(let what):
            what
        case .misplacedStatement(let statement, let place, let hint):
            "'\(statement)' does not belong \(place)" + (hint.isEmpty ? "" : "; \(hint)")
        case .missingTranslation(let language, let what):
            "\(what) has no '\(language)' text; add a line '\(language): …'"
        case .neverTrue(let consequence, let reads):
            "this condition is never true"
                + (reads.isEmpty ? " in any case" : ", whatever the value\(reads.count > 1 ? "s" : "") of \(Self.list(reads))")
                + ", so \(consequence); check its numbers and names against the declarations"
        case .unsupportedFormat(let what):
            what
        case .overlappingReplacements(let event, let first, let second):
            "branches '\(first)' and '\(second)' both change event '\(event)'; when both conditions hold, '\(first)' wins (branches apply in order of their ids)"
        case .playerDataInWorldEvent(let name):
            "a world event can only look at world variables and the date, but '\(name)' belongs to each player"
        case .roleStart(let what):
            what
        case .scenarioBlock(let what):
            what
        case .syntax(let what):
            what
        case .textUnreadable(let what):
            what
        case .trap(let reason, let scenes):
            (scenes.count == 1 ? "scene '\(scenes[0])' is a trap: " : "scenes \(Self.list(scenes.map { "'\($0)'" })) are a trap: ")
                + "\(reason), so a player who enters can never reach an ending; give "
                + (scenes.count == 1 ? "it" : "one of these scenes") + " a choice or 'go' that leads out"
        case .typeMismatch(let what):
            what
        case .unknownLanguage(let code, let known):
            "'\(code)' is not one of this scenario's languages (\(known.joined(separator: ", "))); list it in 'languages' or fix the code"
        case .unknownName(let kind, let name, let suggestion):
            "there is no \(kind) called '\(name)'" + (suggestion.map { "; did you mean '\($0)'?" } ?? "")
        case .unreachableScene(let name):
            "no role can ever reach scene '\(name)'"
        case .unusedVariable(let name):
            "variable '\(name)' is declared but never used"
        case .valueOutOfRange(let value, let variable, let minimum, let maximum):
            "\(value) is outside the range of '\(variable)' (\(minimum) to \(maximum))"
        }
    }

    /// `a`, `a and b`, `a, b and c`.
    private static func list(_ items: [String]) -> String {
        items.count <= 1 ? items.joined() : items.dropLast().joined(separator: ", ") + " and " + items[items.count - 1]
    }

    private static func controlCharacterText(_ value: UInt32) -> String {
        guard let scalar = Unicode.Scalar(value) else { return "U+\(String(value, radix: 16, uppercase: true)) is not a character" }
        let name = ControlCharacters.name(of: scalar)
        if value == 0x0D {
            return "\(name) is a carriage return that does not end a line, so a terminal would write over the start of the line; delete it, or save the file with LF or CRLF line ends"
        }
        if ControlCharacters.isBidiControl(scalar) {
            return "\(name) is an invisible character that changes the order in which the rest of the line is shown, so it can read differently from what it says; delete it (scenario files hold plain text; the joiners ZWJ and ZWNJ are allowed)"
        }
        return "\(name) is a control character, which a terminal obeys instead of showing (it can clear the screen, change the window's title or hide text); delete it, as scenario files hold plain text only"
    }
}
