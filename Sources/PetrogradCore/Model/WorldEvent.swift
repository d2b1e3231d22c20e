/// What a world event does when it happens, or instead when it does not.
public struct EventOutcome: Hashable, Sendable {
    public var text: LocalizedText?
    /// Extra text for the players of a role: (role index, text).
    public var roleTexts: [RoleText]
    public var effects: [Effect]
    /// `assumes CONDITION` lines: what this outcome's texts take for granted about the world. `check`
    /// proves each from what is known when the outcome happens; `explore` checks it when the text shows.
    public var assumptions: [Assumption] = []

    /// Text shown to the players of one role.
    public struct RoleText: Hashable, Sendable {
        public var role: Int
        public var text: LocalizedText
    }
}

/// A happening in the city, due on a date (or in a window), that fires when the world is ready.
public struct WorldEvent: Hashable, Sendable {
    public var id: String
    /// When the event becomes due.
    public var start: Moment
    /// When the window closes; equal to `start` for a single date.
    public var end: Moment
    public var condition: Expression?
    public var fired: EventOutcome
    public var otherwise: EventOutcome?
    /// Outcomes that branches put in place of this event's own, tried first, in branch order.
    public var replacements: [EventReplacement] = []
    public var location: SourceLocation
}

/// A branch's outcome for an event, used instead of the event's own when its condition holds.
public struct EventReplacement: Hashable, Sendable {
    public var branch: String
    public var condition: Expression
    public var outcome: EventOutcome
    public var location: SourceLocation
}

/// One `assumes CONDITION` line of an event's outcome: a fact about the world its texts narrate.
public struct Assumption: Hashable, Sendable {
    public var condition: Expression
    public var location: SourceLocation

    public init(condition: Expression, location: SourceLocation) {
        self.condition = condition
        self.location = location
    }
}
