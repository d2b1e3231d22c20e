/// An id as written, with where it was written.
public struct Name: Hashable, Sendable {
    public var text: String
    public var location: SourceLocation
}

/// Where one source line's part of a text begins: its offset in the text, in UTF-8 bytes, and its location.
public struct TextPiece: Hashable, Sendable {
    public var offset: Int
    public var location: SourceLocation
}

/// One language's line of a text (with its continuation lines).
public struct TextEntrySyntax: Hashable, Sendable {
    public var language: String
    public var languageLocation: SourceLocation
    public var body: String
    /// Where the body's first line begins: the piece at offset 0.
    public var bodyLocation: SourceLocation
    /// Where each later source line of the text begins. Most texts fit on one line: theirs is empty, and
    /// costs no allocation.
    public var continuationPieces: [TextPiece] = []

    /// Where each source line of the text begins, so a problem inside it can be located exactly.
    public var pieces: [TextPiece] { [TextPiece(offset: 0, location: bodyLocation)] + continuationPieces }

    /// The location of the byte at `offset` in `body`'s UTF-8, with the column counted in characters.
    public func location(atByte offset: Int) -> SourceLocation {
        let piece = continuationPieces.last { $0.offset <= offset } ?? TextPiece(offset: 0, location: bodyLocation)
        var location = piece.location
        let utf8 = body.utf8
        let end = min(max(offset, piece.offset), utf8.count)
        let range = utf8.index(utf8.startIndex, offsetBy: piece.offset)..<utf8.index(utf8.startIndex, offsetBy: end)
        location.column += String(decoding: utf8[range], as: UTF8.self).count
        return location
    }
}

/// A text given in several languages side by side.
public struct TextSyntax: Hashable, Sendable {
    /// Where the text was introduced (its opener, or its block's header).
    public var location: SourceLocation
    public var entries: [TextEntrySyntax] = []

    public var isEmpty: Bool { entries.isEmpty }
}

/// A date, and optionally a time of day, as written.
public struct MomentSyntax: Hashable, Sendable {
    public var day: Int
    public var month: Int
    public var year: Int?
    public var calendar: CalendarKind?
    /// Minutes after midnight, when a time was given.
    public var minuteOfDay: Int?
    public var location: SourceLocation
}

/// A condition or arithmetic expression as written.
///
/// Numbers, yes and no, and names (most of any scenario's expressions) sit in place; the cases that hold
/// other expressions, or more, are boxed. A box for every leaf was most of a guard's memory.
public enum ExpressionSyntax: Hashable, Sendable {
    case integer(Int, SourceLocation)
    case boolean(Bool, SourceLocation)
    case name(Name)
    indirect case visited(Name, SourceLocation)
    /// `visits SCENE`: how many times this player has entered the scene.
    indirect case visits(Name, SourceLocation)
    /// `taken CHOICE` (yes/no) or `times taken CHOICE` (a number); `scene` names the scene when the
    /// choice is written `SCENE.CHOICE`.
    indirect case taken(scene: Name?, choice: Name, counting: Bool, SourceLocation)
    indirect case before(MomentSyntax, SourceLocation)
    indirect case after(MomentSyntax, SourceLocation)
    indirect case not(ExpressionSyntax, SourceLocation)
    indirect case negate(ExpressionSyntax, SourceLocation)
    indirect case binary(BinaryOperator, ExpressionSyntax, ExpressionSyntax, SourceLocation)

    public var location: SourceLocation {
        switch self {
        case .integer(_, let location), .boolean(_, let location), .visited(_, let location), .visits(_, let location),
             .taken(_, _, _, let location),
             .before(_, let location), .after(_, let location), .not(_, let location),
             .negate(_, let location), .binary(_, _, _, let location):
            location
        case .name(let name):
            name.location
        }
    }
}

/// An operator between two expressions.
public enum BinaryOperator: String, Hashable, Sendable {
    case or, and
    case equal = "=", notEqual = "!=", less = "<", lessOrEqual = "<=", greater = ">", greaterOrEqual = ">="
    case plus = "+", minus = "-", times = "*", divide = "/"

    var isComparison: Bool {
        switch self {
        case .equal, .notEqual, .less, .lessOrEqual, .greater, .greaterOrEqual: true
        default: false
        }
    }

    var isArithmetic: Bool {
        switch self {
        case .plus, .minus, .times, .divide: true
        default: false
        }
    }
}

/// One effect as written: a change to variables, the clock, the journal, or where players stand.
public enum EffectSyntax: Hashable, Sendable {
    /// `set VAR to EXPR`, or `set FLAG` (value nil).
    case set(Name, ExpressionSyntax?, SourceLocation)
    case clear(Name, SourceLocation)
    case add(ExpressionSyntax, Name, SourceLocation)
    case subtract(ExpressionSyntax, Name, SourceLocation)
    case advance(minutes: Int, SourceLocation)
    case journal(TextSyntax)
    /// `move ROLE to SCENE`; a nil role means everyone.
    case move(role: Name?, scene: Name, SourceLocation)
    /// `if COND` … `else if COND` … `else` … `end`: effects that happen only when a condition holds.
    case conditional([EffectBranchSyntax], SourceLocation)
}

/// One branch of a conditional effect: its condition (nil for `else`) and its effects.
public struct EffectBranchSyntax: Hashable, Sendable {
    public var condition: ExpressionSyntax?
    public var effects: [EffectSyntax] = []
    public var location: SourceLocation
}

/// `world number hunger 0 to 100 = 60` and its label.
public struct VariableSyntax: Sendable {
    public var scope: VariableScope
    public var type: VariableType
    public var name: Name
    public var range: (minimum: Int, maximum: Int, location: SourceLocation)?
    public var initial: ExpressionSyntax?
    public var label: TextSyntax
    public var location: SourceLocation
    /// `carried from …` (format 2): where a game of a later act takes the value from.
    public var carried: CarrySourceSyntax?
}

/// `carried from VAR` or `carried from ending E1, E2`, with where the line stands.
public struct CarrySourceSyntax: Sendable {
    public enum Source: Sendable {
        /// The earlier act's variable of this id.
        case variable(Name)
        /// Yes when the earlier game ended in one of these endings.
        case endings([Name])
    }

    public var source: Source
    public var location: SourceLocation
}

/// The `scenario` block.
public struct ScenarioHeaderSyntax: Sendable {
    public var name: Name
    public var title: TextSyntax
    public var languages: [Name] = []
    public var calendar: CalendarKind?
    public var year: Int?
    /// Where the `year` line's number stands.
    public var yearLocation: SourceLocation?
    public var dates: (start: MomentSyntax, end: MomentSyntax)?
    public var location: SourceLocation
    /// `follows ID` (format 2): the earlier act this one carries on from.
    public var follows: Name?
}

/// The `branch` block: a branch's id, title and the scenario it extends.
public struct BranchHeaderSyntax: Sendable {
    public var name: Name
    public var title: TextSyntax
    public var extends: Name?
    public var location: SourceLocation
}

/// A `role` block.
public struct RoleSyntax: Sendable {
    public var name: Name
    public var title: TextSyntax
    public var start: Name?
    /// `about` and its text lines: who the player will be.
    public var about: TextSyntax?
    /// `goal` and its text lines: what the person says they want (the role card's public goal).
    public var goal: TextSyntax?
    /// `worry` and its text lines: what they fear and keep to themselves (the role card's secret).
    public var worry: TextSyntax?
    /// `length …`: how long a game in the role lasts.
    public var length: PlayLength?
}

/// A `place` block.
public struct PlaceSyntax: Sendable {
    public var name: Name
    public var title: TextSyntax
}

/// A passage of scene text shown only when its condition holds.
public struct PassageSyntax: Sendable {
    public var condition: ExpressionSyntax
    public var text: TextSyntax
}

/// One outcome of a choice: the only one, or one `chance`/`otherwise` section.
public struct OutcomeSyntax: Sendable {
    /// The percentage, or nil for `otherwise`.
    public var percent: Int?
    public var location: SourceLocation
    public var text: TextSyntax
    public var effects: [EffectSyntax] = []
    public var target: Name?
    /// `go SCENE then …`: the shared scenes run first, and `target` is where they return to.
    public var call: Name?
    /// `return`: back to where the shared scenes were called from.
    public var returns: SourceLocation?
}

/// A `choice` inside a scene.
public struct ChoiceSyntax: Sendable {
    public var name: Name
    public var text: TextSyntax
    public var guardCondition: ExpressionSyntax?
    public var once = false
    /// `default`: where the choice was marked as the one taken when a player's time to decide runs out.
    public var isDefault: SourceLocation?
    public var showLocked = false
    public var effects: [EffectSyntax] = []
    public var target: Name?
    public var call: Name?
    public var returns: SourceLocation?
    public var outcomes: [OutcomeSyntax] = []
    /// `reply`: what the player reads as soon as the choice is taken, whatever the roll.
    public var reply: TextSyntax?
}

/// A `scene` block and its choices.
public struct SceneSyntax: Sendable {
    public var name: Name
    public var roles: [Name] = []
    public var moment: MomentSyntax?
    public var place: Name?
    public var text: TextSyntax
    public var passages: [PassageSyntax] = []
    public var note: TextSyntax?
    public var source: String?
    public var fallback: Name?
    public var call: Name?
    public var returns: SourceLocation?
    /// `go SCENE if CONDITION` lines, in order (format 2).
    public var routes: [(target: Name, condition: ExpressionSyntax)] = []
    public var choices: [ChoiceSyntax] = []
    /// Effects that happen each time a player enters the scene (format 2).
    public var effects: [EffectSyntax] = []
    /// `continues`: the scene's text carries straight on from the text before it, with no break.
    public var continues = false
    /// True for `in scene X` in a branch: choices offered inside a scene declared elsewhere.
    public var isExtension = false
    /// `when COND` in an `in scene` block: a guard added to every choice it offers.
    public var extensionCondition: ExpressionSyntax?
    /// Where the scene's block is, while only its header has been read (`Parser.outlinesScenes`): it is
    /// read whole when its model is built.
    var outline: SceneOutline?
}

/// What a world event does when it fires (or, for `otherwise`, when it does not).
public struct EventOutcomeSyntax: Sendable {
    public var location: SourceLocation
    public var text: TextSyntax
    public var roleTexts: [(role: Name, text: TextSyntax)] = []
    public var effects: [EffectSyntax] = []
    /// `assumes CONDITION` lines: what this outcome's texts take for granted, each with where it stands.
    public var assumptions: [(condition: ExpressionSyntax, location: SourceLocation)] = []
}

/// An `event` block.
public struct EventSyntax: Sendable {
    public var name: Name
    public var start: MomentSyntax?
    public var end: MomentSyntax?
    public var condition: ExpressionSyntax?
    public var fired: EventOutcomeSyntax
    public var otherwise: EventOutcomeSyntax?
    /// True for `in event X` in a branch: an outcome that replaces the event's own when `condition` holds.
    public var isReplacement = false
}

/// An `ending` block.
public struct EndingSyntax: Sendable {
    public var name: Name
    public var roles: [Name] = []
    public var text: TextSyntax
    public var debrief: TextSyntax?
    /// `historians`: what historians disagree about, shown on request (format 2).
    public var historians: TextSyntax?
}

/// A `glossary` block.
public struct GlossarySyntax: Sendable {
    public var name: Name
    public var term: TextSyntax
    public var explanation: TextSyntax?
}

/// `constant NAME = N`: a named number.
public struct ConstantSyntax: Sendable {
    public var name: Name
    public var value: ExpressionSyntax?
}

/// `text ID`: a text written once and inserted with `{ID}` into other texts.
public struct NamedTextSyntax: Sendable {
    public var name: Name
    public var text: TextSyntax
}

/// An `entry` block (format 2): a later start, with its title, moment, start scenes and world.
public struct EntrySyntax: Sendable {
    public var name: Name
    public var title: TextSyntax
    public var moment: MomentSyntax?
    /// `start ROLE at SCENE` lines.
    public var starts: [(role: Name, scene: Name)] = []
    /// `set`, `clear`, `add`, `subtract` on world variables.
    public var effects: [EffectSyntax] = []
    public var location: SourceLocation
}

/// Everything declared in one file, in order.
public struct FileSyntax: Sendable {
    public var path: String
    public var formatVersion: Int?
    public var scenario: [ScenarioHeaderSyntax] = []
    public var branch: [BranchHeaderSyntax] = []
    /// `in scene X` blocks: choices a branch offers inside existing scenes.
    public var sceneExtensions: [SceneSyntax] = []
    /// `in event X` blocks: outcomes a branch puts in place of an event's.
    public var eventReplacements: [EventSyntax] = []
    public var roles: [RoleSyntax] = []
    public var places: [PlaceSyntax] = []
    public var variables: [VariableSyntax] = []
    public var scenes: [SceneSyntax] = []
    public var events: [EventSyntax] = []
    public var endings: [EndingSyntax] = []
    public var glossary: [GlossarySyntax] = []
    public var constants: [ConstantSyntax] = []
    public var namedTexts: [NamedTextSyntax] = []
    public var entries: [EntrySyntax] = []
}

/// Where a scene's block stands in its file: from its header's line up to the line at byte `end`.
struct SceneOutline: Sendable {
    var start: PhysicalLines.Position
    var end: Int
    /// How many of its statements start with `choice`: room for its choices' models is made at once.
    var choiceLines: Int
}
