/// A piece of player-facing text: literal prose with values inserted.
public struct TextTemplate: Hashable, Sendable {
    /// One run of a template.
    public enum Segment: Hashable, Sendable {
        case literal(String)
        /// `{hunger}`: a number variable's value.
        case variable(VariableReference)
        /// `{role}`: the player's role name.
        case roleName
        /// `{place}`: the name of the scene's place.
        case placeName
        /// `{date}`: the date, in both calendars.
        case date
    }

    public var segments: [Segment]

    public init(segments: [Segment]) {
        self.segments = segments
    }

    /// The template with no insertions, as plain text.
    public init(literal: String) {
        segments = [.literal(literal)]
    }
}

/// A text in several languages, in the order the author wrote them.
public struct LocalizedText: Hashable, Sendable {
    /// One language's version.
    public struct Entry: Hashable, Sendable {
        public var language: String
        public var template: TextTemplate
        public var location: SourceLocation
    }

    public var entries: [Entry]
    public var location: SourceLocation

    public var isEmpty: Bool { entries.isEmpty }

    /// The text in `language`, or nil.
    public func template(in language: String) -> TextTemplate? {
        entries.first { $0.language == language }?.template
    }
}
