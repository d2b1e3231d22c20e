/// A piece of player-facing text: literal prose with values inserted.
public struct TextTemplate: Hashable, Sendable {
    /// One run of a template.
    /// Not boxed but for a sequence: a literal sits in place, and conditional text nests through arrays.
    public enum Segment: Hashable, Sendable {
        case literal(String)
        /// `{strike + 10}`, `{visits nevsky}`: a number worked out when the text is shown.
        case value(Expression)
        /// `{if …}…{else if …}…{else}…{end}`: the first branch whose condition holds (nil: `else`).
        case conditional([TextBranch])
        /// `{stopping}…{or}…{end}` and its kin: text that changes each time it is shown.
        indirect case sequence(TextSequence)
        /// `{hunger}`: a number variable's value.
        case variable(VariableReference)
        /// `{role}`: the player's role name.
        case roleName
        /// `{place}`: the name of the scene's place.
        case placeName
        /// `{date}`: the date, in both calendars.
        case date
    }

    /// Most templates are one literal, kept without an array: a story's texts are read from the compiled
    /// cache at every start, and that array was one allocation in six. Most of the others are literals and
    /// plain insertions, kept packed in one array of bytes (`PackedSegments`). Always the first form that
    /// can hold the segments, so that equal templates are stored alike.
    private enum Storage: Hashable, Sendable {
        case literal(String)
        case packed([UInt8])
        case segments([Segment])
    }

    private var storage: Storage

    public var segments: [Segment] {
        get {
            switch storage {
            case .literal(let text): [.literal(text)]
            case .packed(let bytes): PackedSegments.unpack(bytes)
            case .segments(let segments): segments
            }
        }
        set { storage = Self.storage(of: newValue) }
    }

    public init(segments: [Segment]) {
        storage = Self.storage(of: segments)
    }

    /// The template with no insertions, as plain text.
    public init(literal: String) {
        storage = .literal(literal)
    }

    /// The packed bytes of a template of literals and plain insertions, for keeping one copy of each.
    var packed: [UInt8]? {
        if case .packed(let bytes) = storage { return bytes }
        return nil
    }

    /// A template from bytes `PackedSegments.pack` made.
    init(packed: [UInt8]) {
        storage = .packed(packed)
    }

    private static func storage(of segments: [Segment]) -> Storage {
        if segments.count == 1, case .literal(let text) = segments[0] { return .literal(text) }
        if let bytes = PackedSegments.pack(segments) { return .packed(bytes) }
        return .segments(segments)
    }
}

/// One branch of conditional text.
public struct TextBranch: Hashable, Sendable {
    /// Nil for `{else}`.
    public var condition: Expression?
    public var segments: [TextTemplate.Segment]

    public init(condition: Expression?, segments: [TextTemplate.Segment]) {
        self.condition = condition
        self.segments = segments
    }
}

/// Text that varies each time it is shown. Which alternative shows is kept in a hidden player variable
/// (`counter`), moved on by the simulation's step when the text is shown, so that looking again, another
/// language, undo and saves all show the same alternative.
public struct TextSequence: Hashable, Sendable {
    public enum Kind: String, Hashable, Sendable, CaseIterable {
        /// Each alternative in turn, then the last one for ever.
        case stopping
        /// Each alternative in turn, then from the first again.
        case cycle
        /// Each alternative in turn, then nothing.
        case once
        /// An alternative drawn at random from the game's generator each time.
        case shuffle
    }

    public var kind: Kind
    public var counter: VariableReference
    public var alternatives: [[TextTemplate.Segment]]

    public init(kind: Kind, counter: VariableReference, alternatives: [[TextTemplate.Segment]]) {
        self.kind = kind
        self.counter = counter
        self.alternatives = alternatives
    }

    /// The alternative shown for a counter value; nil for nothing (a used-up `once`). Before the text
    /// has ever been shown (counter 0) the first alternative stands.
    public func alternative(forCounter value: Int) -> Int? {
        let position = max(value, 1) - 1
        switch kind {
        case .once: return position < alternatives.count ? position : nil
        case .stopping, .cycle, .shuffle: return min(position, alternatives.count - 1)
        }
    }

    /// The largest value the counter takes.
    public var counterLimit: Int { kind == .once ? alternatives.count + 1 : alternatives.count }
}

/// A text in several languages, in the order the author wrote them.
public struct LocalizedText: Hashable, Sendable {
    /// One language's version.
    public struct Entry: Hashable, Sendable {
        public var template: TextTemplate
        /// The language's number in `LanguageCodes`: equal numbers are equal codes.
        private var languageNumber: UInt16
        public var location: SourceLocation

        public var language: String {
            get { LanguageCodes.shared.code(languageNumber) }
            set { languageNumber = LanguageCodes.shared.number(of: newValue) }
        }

        public init(language: String, template: TextTemplate, location: SourceLocation) {
            self.init(languageNumber: LanguageCodes.shared.number(of: language), template: template, location: location)
        }

        /// An entry whose language's number is already known (`LanguageNumbers`).
        init(languageNumber: UInt16, template: TextTemplate, location: SourceLocation) {
            self.template = template
            self.languageNumber = languageNumber
            self.location = location
        }

        func isIn(_ languageNumber: UInt16) -> Bool { self.languageNumber == languageNumber }
    }

    /// A story's texts are nearly all in one or two languages: those are kept in place, and only a text
    /// in more has an array of its own. A big story has a few texts a scene, and the array was one
    /// allocation of 144 bytes for each. Always the shortest form that holds the entries, so that equal
    /// texts are stored alike.
    private enum Storage: Hashable, Sendable {
        case none
        case one(Entry)
        case two(Entry, Entry)
        case more([Entry])
    }

    private var storage: Storage
    public var location: SourceLocation

    init(entries: [Entry], location: SourceLocation) {
        storage = Self.storage(of: entries)
        self.location = location
    }

    public var entries: [Entry] {
        get {
            switch storage {
            case .none: []
            case .one(let entry): [entry]
            case .two(let first, let second): [first, second]
            case .more(let entries): entries
            }
        }
        set { storage = Self.storage(of: newValue) }
    }

    /// Adds an entry after the others, keeping the shortest form that holds them.
    mutating func append(_ entry: Entry) {
        switch storage {
        case .none: storage = .one(entry)
        case .one(let first): storage = .two(first, entry)
        case .two(let first, let second): storage = .more([first, second, entry])
        case .more(var entries):
            storage = .none
            entries.append(entry)
            storage = .more(entries)
        }
    }

    public var isEmpty: Bool {
        if case .none = storage { return true }
        return false
    }

    /// The text in `language`, or nil.
    public func template(in language: String) -> TextTemplate? {
        guard let number = LanguageCodes.shared.existingNumber(of: language) else { return nil }
        switch storage {
        case .none: return nil
        case .one(let entry): return entry.isIn(number) ? entry.template : nil
        case .two(let first, let second): return first.isIn(number) ? first.template : second.isIn(number) ? second.template : nil
        case .more(let entries): return entries.first { $0.isIn(number) }?.template
        }
    }

    private static func storage(of entries: [Entry]) -> Storage {
        switch entries.count {
        case 0: .none
        case 1: .one(entries[0])
        case 2: .two(entries[0], entries[1])
        default: .more(entries)
        }
    }
}
