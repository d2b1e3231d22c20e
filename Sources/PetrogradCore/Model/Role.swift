/// A role a player can take.
public struct Role: Hashable, Sendable {
    public var id: String
    public var name: LocalizedText
    /// One line that tells a player choosing a role who they will be (`about`); nil when not written.
    public var about: LocalizedText?
    /// What a person in this role says they want (`goal`), printed on the role card; nil when not written.
    public var goal: LocalizedText?
    /// What they fear and do not say (`worry`), printed on the card as a secret; nil when not written.
    public var worry: LocalizedText?
    /// How long a game in this role usually lasts (`length`); nil when not written.
    public var length: PlayLength?
    /// The index of the scene where the role begins.
    public var start: Int
    public var location: SourceLocation

    public init(id: String, name: LocalizedText, about: LocalizedText? = nil, goal: LocalizedText? = nil, worry: LocalizedText? = nil,
                length: PlayLength? = nil, start: Int, location: SourceLocation) {
        self.id = id
        self.name = name
        self.about = about
        self.goal = goal
        self.worry = worry
        self.length = length
        self.start = start
        self.location = location
    }
}

/// The expected length of a game in a role, as the role menu states it: how many choices, and how many
/// minutes for a careful reader. Either may be left out; each is a range (equal ends for one number).
public struct PlayLength: Hashable, Sendable {
    public var choices: ClosedRange<Int>?
    public var minutes: ClosedRange<Int>?

    public init(choices: ClosedRange<Int>? = nil, minutes: ClosedRange<Int>? = nil) {
        self.choices = choices
        self.minutes = minutes
    }
}

/// A named place where scenes happen.
public struct Place: Hashable, Sendable {
    public var id: String
    public var name: LocalizedText
    public var location: SourceLocation
}

/// A glossary entry declared by the scenario.
public struct GlossaryEntry: Hashable, Sendable {
    public var id: String
    public var term: LocalizedText
    public var explanation: LocalizedText
    public var location: SourceLocation
}
