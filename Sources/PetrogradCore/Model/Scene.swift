/// Where a choice, a fallback or a move leads: a scene or an ending.
public enum Target: Hashable, Sendable {
    case scene(Int)
    case ending(Int)
}

/// A passage of scene text shown only while its condition holds.
public struct Passage: Hashable, Sendable {
    public var condition: Expression
    public var text: LocalizedText
}

/// One way a choice can turn out.
public struct Outcome: Hashable, Sendable {
    /// How many times in a hundred this outcome happens; nil for the single outcome of a choice without
    /// chance.
    public var percent: Int?
    public var text: LocalizedText?
    public var effects: [Effect]
    /// Where the player goes; nil to stay in the scene.
    public var target: Target?
    public var location: SourceLocation
    /// Where this outcome leads instead: shared scenes, or back from them; nil to follow `target`.
    public var leading: Leading? = nil
}

/// A way of leading on that is more than a target: a call of shared scenes that come back, or the
/// coming back.
public enum Leading: Hashable, Sendable {
    /// `go SCENE then TARGET`: the player goes to the shared scene, and `TARGET` (the target beside this)
    /// is kept to return to.
    case call(scene: Int)
    /// `return`: back to the target the last call kept.
    case back(SourceLocation)
}

/// `go TARGET if CONDITION`: where a player goes on their own while the condition holds.
public struct Route: Hashable, Sendable {
    public var condition: Expression
    public var target: Target
}

/// A transition: what a player can choose in a scene.
public struct Choice: Hashable, Sendable {
    // The fields are in the order that leaves the least padding between them (Swift lays them out as
    // written): a big story has hundreds of thousands of choices.
    public var id: String
    public var text: LocalizedText
    public var location: SourceLocation
    public var guardCondition: Expression?
    public var isOnce: Bool
    public var showsLocked: Bool
    /// The scene's index in four bytes, in the room the flags leave.
    private var sceneNumber: Int32
    /// Effects that happen whatever the roll.
    public var effects: [Effect]
    /// The outcomes; a choice without `chance` has exactly one, with no percentage. Outcomes whose
    /// percentages add up to less than 100 leave a remainder in which only `effects` happen and the
    /// player goes to `defaultTarget`.
    public var outcomes: ChoiceOutcomes
    /// Where the choice leads when the outcome does not say; nil to stay.
    public var defaultTarget: Target?
    /// The fields below, which most choices do not have.
    private var rare: OutOfLine<RareFields>

    private struct RareFields: EmptyFields {
        var reply: LocalizedText?
        var leading: Leading?
        var takenCounter: VariableReference?
        var isDefault = false
    }

    init(id: String, scene: Int, text: LocalizedText, guardCondition: Expression?, isOnce: Bool, showsLocked: Bool,
         effects: [Effect], outcomes: ChoiceOutcomes, defaultTarget: Target?, location: SourceLocation,
         reply: LocalizedText? = nil, leading: Leading? = nil, takenCounter: VariableReference? = nil, isDefault: Bool = false) {
        self.id = id
        sceneNumber = Int32(clamping: scene)
        self.text = text
        self.guardCondition = guardCondition
        self.isOnce = isOnce
        self.showsLocked = showsLocked
        self.effects = effects
        self.outcomes = outcomes
        self.defaultTarget = defaultTarget
        self.location = location
        rare = OutOfLine(RareFields(reply: reply, leading: leading, takenCounter: takenCounter, isDefault: isDefault))
    }

    /// The index of the scene the choice belongs to (a story of more than two billion scenes is not read).
    public var scene: Int { get { Int(sceneNumber) } set { sceneNumber = Int32(clamping: newValue) } }
    /// What the player reads as soon as the choice is taken, before any outcome's text.
    public var reply: LocalizedText? { get { rare[\.reply] } set { rare[\.reply] = newValue } }
    /// A call of shared scenes, or a return from them, instead of `defaultTarget` alone.
    public var leading: Leading? { get { rare[\.leading] } set { rare[\.leading] = newValue } }
    /// The hidden player variable that counts how often the choice was taken, when the scenario asks.
    public var takenCounter: VariableReference? { get { rare[\.takenCounter] } set { rare[\.takenCounter] = newValue } }
    /// `default`: the choice taken for a player whose time to decide ran out (a classroom's timer).
    public var isDefault: Bool { get { rare[\.isDefault] } set { rare[\.isDefault] = newValue } }

    /// Whether the choice involves a roll of the dice.
    public var hasChance: Bool { outcomes.contains { $0.percent != nil } }
}

/// A state of the machine: a moment a player lives through.
public struct Scene: Hashable, Sendable {
    // The fields are in the order that leaves the least padding between them (Swift lays them out as
    // written): a big story has a hundred thousand scenes.
    public var id: String
    public var text: LocalizedText
    public var location: SourceLocation
    public var moment: Moment?
    /// The scene's text carries straight on from the text before it (ink's glue).
    public var continues = false
    public var place: Int?
    /// Where a player goes when no choice is available.
    public var fallback: Target?
    /// Indices of the roles that may be here; empty for every role.
    public var roles: [Int]
    public var passages: [Passage]
    /// Indices into `Scenario.choices`, in the order written.
    public var choices: [Int]
    /// Effects that happen each time a player enters.
    public var effects: [Effect] = []
    /// The fields below, which most scenes do not have.
    private var rare: OutOfLine<RareFields>

    private struct RareFields: EmptyFields {
        var note: LocalizedText?
        var source: String?
        var routes: [Route] = []
        var leading: Leading?
        var visitCounter: VariableReference?
    }

    init(id: String, roles: [Int], moment: Moment?, place: Int?, text: LocalizedText, passages: [Passage], note: LocalizedText?,
         source: String?, fallback: Target?, choices: [Int], location: SourceLocation, effects: [Effect] = [], continues: Bool = false,
         routes: [Route] = [], leading: Leading? = nil, visitCounter: VariableReference? = nil) {
        self.id = id
        self.roles = roles
        self.moment = moment
        self.place = place
        self.text = text
        self.passages = passages
        self.fallback = fallback
        self.choices = choices
        self.location = location
        self.effects = effects
        self.continues = continues
        rare = OutOfLine(RareFields(note: note, source: source, routes: routes, leading: leading, visitCounter: visitCounter))
    }

    public var note: LocalizedText? { get { rare[\.note] } set { rare[\.note] = newValue } }
    public var source: String? { get { rare[\.source] } set { rare[\.source] = newValue } }
    /// `go … if …` lines, tried in order before `fallback` when no choice is available.
    public var routes: [Route] { get { rare[\.routes] } set { rare[\.routes] = newValue } }
    /// A call of shared scenes, or a return from them, when the player is led on by `fallback`'s line.
    public var leading: Leading? { get { rare[\.leading] } set { rare[\.leading] = newValue } }
    /// The hidden player variable that counts the player's visits, when the scenario asks.
    public var visitCounter: VariableReference? { get { rare[\.visitCounter] } set { rare[\.visitCounter] = newValue } }
}

/// An ending.
public struct Ending: Hashable, Sendable {
    public var id: String
    public var roles: [Int]
    public var text: LocalizedText
    public var debrief: LocalizedText?
    /// What historians disagree about: shown only when the player asks, after the ending.
    public var historians: LocalizedText? = nil
    public var location: SourceLocation
}
