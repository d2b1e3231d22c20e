/// An entry point (`entry ID`, format 2): a short start later in the story, for a game that fits one
/// school period. The clock starts at its moment, each role in its own scene, the world as it stood then.
public struct Entry: Hashable, Sendable {
    public var id: String
    public var title: LocalizedText
    /// When the world's clock starts.
    public var moment: Moment
    /// The scene each role starts in, by role index (every role has one).
    public var starts: [Int]
    /// The world as it stood: effects on world variables, applied in order at the start.
    public var effects: [Effect]
    public var location: SourceLocation

    public init(id: String, title: LocalizedText, moment: Moment, starts: [Int], effects: [Effect], location: SourceLocation) {
        self.id = id
        self.title = title
        self.moment = moment
        self.starts = starts
        self.effects = effects
        self.location = location
    }
}

extension Scenario {
    /// The index of the entry point with this id.
    public func entryIndex(_ id: String) -> Int? { entries.firstIndex { $0.id == id } }
}
