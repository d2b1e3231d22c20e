/// Writes a scenario and its diagnostics in `CompiledScenarioFormat`: the body, and the table of the
/// strings it refers to. Each case of an enum is a tag byte, numbered in the order the reader lists them.
struct CompiledScenarioWriter {
    private(set) var body: [UInt8] = []
    private(set) var strings: [String] = []
    private var stringIndex: [String: Int] = [:]
    /// The string index of each file path a location named, by the path's number in `SourcePaths`.
    private var fileStrings: [UInt32: Int] = [:]

    mutating func write(_ scenario: Scenario, diagnostics: [Diagnostic]) {
        // The table sizes first, so the reader can check every index as it meets it.
        for count in [scenario.roles.count, scenario.places.count, scenario.worldVariables.count, scenario.playerVariables.count,
                      scenario.scenes.count, scenario.choices.count, scenario.endings.count, scenario.events.count] {
            unsigned(count)
        }
        string(scenario.id)
        text(scenario.title)
        array(scenario.languages) { $0.string($1) }
        flag(scenario.calendar == .new)
        optional(scenario.span) { $0.moment($1.lowerBound); $0.moment($1.upperBound) }
        moment(scenario.origin)
        for role in scenario.roles { self.role(role) }
        for place in scenario.places { string(place.id); text(place.name); location(place.location) }
        for variable in scenario.worldVariables { self.variable(variable) }
        for variable in scenario.playerVariables { self.variable(variable) }
        for scene in scenario.scenes { self.scene(scene) }
        for choice in scenario.choices { self.choice(choice) }
        for ending in scenario.endings { self.ending(ending) }
        for event in scenario.events { self.event(event) }
        array(scenario.eventOrder) { $0.unsigned($1) }
        array(scenario.glossary) { $0.string($1.id); $0.text($1.term); $0.text($1.explanation); $0.location($1.location) }
        array(scenario.entries) { writer, entry in
            writer.string(entry.id); writer.text(entry.title); writer.moment(entry.moment)
            writer.array(entry.starts) { $0.unsigned($1) }
            writer.effects(entry.effects); writer.location(entry.location)
        }
        array(scenario.branches) { $0.string($1) }
        array(scenario.returnSlots) { $0.unsigned($1) }
        array(scenario.returnTargets) { $0.target($1) }
        string(scenario.contentHash)
        optional(scenario.follows) { writer, act in
            writer.string(act.id); writer.text(act.title)
            writer.array(act.roles) { $0.string($1) }
            writer.array(act.endings.sorted { $0.key < $1.key }) { $0.string($1.key); $0.text($1.value) }
        }
        array(diagnostics) { $0.diagnostic($1) }
    }

    /// The string table, as it goes before the body.
    func appendStringTable(to bytes: inout [UInt8]) {
        Self.appendUnsigned(UInt64(strings.count), to: &bytes)
        for string in strings {
            let utf8 = Array(string.utf8)
            Self.appendUnsigned(UInt64(utf8.count), to: &bytes)
            bytes += utf8
        }
    }

    // MARK: Model types

    private mutating func role(_ role: Role) {
        string(role.id); text(role.name)
        optional(role.about) { $0.text($1) }
        optional(role.goal) { $0.text($1) }
        optional(role.worry) { $0.text($1) }
        optional(role.length) { writer, length in
            writer.optional(length.choices) { $0.signed($1.lowerBound); $0.signed($1.upperBound) }
            writer.optional(length.minutes) { $0.signed($1.lowerBound); $0.signed($1.upperBound) }
        }
        unsigned(role.start); location(role.location)
    }

    private mutating func variable(_ variable: Variable) {
        string(variable.id)
        flag(variable.scope == .player); flag(variable.type == .flag)
        signed(variable.minimum); signed(variable.maximum); signed(variable.initial)
        text(variable.label); location(variable.location)
        optional(variable.carried) { writer, source in
            switch source {
            case .variable(let id): writer.tag(0); writer.string(id)
            case .endings(let ids): writer.tag(1); writer.array(ids) { $0.string($1) }
            }
        }
    }

    private mutating func scene(_ scene: Scene) {
        string(scene.id)
        array(scene.roles) { $0.unsigned($1) }
        optional(scene.moment) { $0.moment($1) }
        optional(scene.place) { $0.unsigned($1) }
        text(scene.text)
        array(scene.passages) { $0.expression($1.condition); $0.text($1.text) }
        optional(scene.note) { $0.text($1) }
        optional(scene.source) { $0.string($1) }
        optional(scene.fallback) { $0.target($1) }
        array(scene.choices) { $0.unsigned($1) }
        location(scene.location)
        effects(scene.effects)
        flag(scene.continues)
        array(scene.routes) { $0.expression($1.condition); $0.target($1.target) }
        optional(scene.leading) { $0.leading($1) }
        optional(scene.visitCounter) { $0.reference($1) }
    }

    private mutating func choice(_ choice: Choice) {
        string(choice.id); unsigned(choice.scene); text(choice.text)
        optional(choice.guardCondition) { $0.expression($1) }
        flag(choice.isOnce); flag(choice.showsLocked)
        effects(choice.effects)
        array(choice.outcomes) { writer, outcome in
            writer.optional(outcome.percent) { $0.signed($1) }
            writer.optional(outcome.text) { $0.text($1) }
            writer.effects(outcome.effects)
            writer.optional(outcome.target) { $0.target($1) }
            writer.location(outcome.location)
            writer.optional(outcome.leading) { $0.leading($1) }
        }
        optional(choice.defaultTarget) { $0.target($1) }
        location(choice.location)
        optional(choice.reply) { $0.text($1) }
        optional(choice.leading) { $0.leading($1) }
        optional(choice.takenCounter) { $0.reference($1) }
        flag(choice.isDefault)
    }

    private mutating func ending(_ ending: Ending) {
        string(ending.id)
        array(ending.roles) { $0.unsigned($1) }
        text(ending.text)
        optional(ending.debrief) { $0.text($1) }
        optional(ending.historians) { $0.text($1) }
        location(ending.location)
    }

    private mutating func event(_ event: WorldEvent) {
        string(event.id); moment(event.start); moment(event.end)
        optional(event.condition) { $0.expression($1) }
        eventOutcome(event.fired)
        optional(event.otherwise) { $0.eventOutcome($1) }
        array(event.replacements) { writer, replacement in
            writer.string(replacement.branch); writer.expression(replacement.condition)
            writer.eventOutcome(replacement.outcome); writer.location(replacement.location)
        }
        location(event.location)
    }

    private mutating func eventOutcome(_ outcome: EventOutcome) {
        optional(outcome.text) { $0.text($1) }
        array(outcome.roleTexts) { $0.unsigned($1.role); $0.text($1.text) }
        effects(outcome.effects)
        array(outcome.assumptions) { $0.expression($1.condition); $0.location($1.location) }
    }

    private mutating func effects(_ effects: [Effect]) {
        array(effects) { $0.effect($1) }
    }

    private mutating func effect(_ effect: Effect) {
        switch effect {
        case .set(let reference, let value): tag(0); self.reference(reference); expression(value)
        case .add(let reference, let value): tag(1); self.reference(reference); expression(value)
        case .advance(let minutes, let location): tag(2); signed(minutes); self.location(location)
        case .journal(let text): tag(3); self.text(text)
        case .move(let role, let scene): tag(4); optional(role) { $0.unsigned($1) }; unsigned(scene)
        case .conditional(let branches):
            tag(5)
            array(branches) { writer, branch in
                writer.optional(branch.condition) { $0.expression($1) }
                writer.effects(branch.effects)
            }
        }
    }

    mutating func expression(_ expression: Expression) {
        switch expression {
        case .constant(let value): tag(0); signed(value)
        case .variable(let reference): tag(1); self.reference(reference)
        case .visited(let scene): tag(2); unsigned(scene)
        case .before(let moment): tag(3); self.moment(moment)
        case .notBefore(let moment): tag(4); self.moment(moment)
        case .not(let operand): tag(5); self.expression(operand)
        case .and(let a, let b): tag(6); self.expression(a); self.expression(b)
        case .or(let a, let b): tag(7); self.expression(a); self.expression(b)
        case .negate(let operand): tag(8); self.expression(operand)
        case .compare(let comparison, let a, let b):
            tag(9); tag(UInt8(Expression.Comparison.allCases.firstIndex(of: comparison) ?? 0)); self.expression(a); self.expression(b)
        case .arithmetic(let operation, let a, let b):
            let (code, place): (UInt8, SourceLocation?) = switch operation {
            case .plus: (0, nil)
            case .minus: (1, nil)
            case .times: (2, nil)
            case .divide(let location): (3, location)
            }
            tag(10); tag(code); self.expression(a); self.expression(b)
            if let place { location(place) }
        }
    }

    private mutating func text(_ text: LocalizedText) {
        array(text.entries) { writer, entry in
            writer.string(entry.language); writer.segments(entry.template.segments); writer.location(entry.location)
        }
        location(text.location)
    }

    private mutating func segments(_ segments: [TextTemplate.Segment]) {
        array(segments) { $0.segment($1) }
    }

    private mutating func segment(_ segment: TextTemplate.Segment) {
        switch segment {
        case .literal(let literal): tag(0); string(literal)
        case .value(let value): tag(1); expression(value)
        case .conditional(let branches):
            tag(2)
            array(branches) { writer, branch in
                writer.optional(branch.condition) { $0.expression($1) }
                writer.segments(branch.segments)
            }
        case .sequence(let sequence):
            tag(3)
            tag(UInt8(TextSequence.Kind.allCases.firstIndex(of: sequence.kind) ?? 0))
            reference(sequence.counter)
            array(sequence.alternatives) { $0.segments($1) }
        case .variable(let reference): tag(4); self.reference(reference)
        case .roleName: tag(5)
        case .placeName: tag(6)
        case .date: tag(7)
        }
    }

    private mutating func target(_ target: Target) {
        switch target {
        case .scene(let index): tag(0); unsigned(index)
        case .ending(let index): tag(1); unsigned(index)
        }
    }

    private mutating func leading(_ leading: Leading) {
        switch leading {
        case .call(let scene): tag(0); unsigned(scene)
        case .back(let location): tag(1); self.location(location)
        }
    }

    private mutating func reference(_ reference: VariableReference) {
        flag(reference.scope == .player); unsigned(reference.index)
    }

    mutating func location(_ location: SourceLocation) {
        if let index = fileStrings[location.fileNumber] {
            unsigned(index)
        } else {
            let path = location.file
            string(path)
            fileStrings[location.fileNumber] = stringIndex[path]
        }
        signed(location.line); signed(location.column)
    }

    private mutating func moment(_ moment: Moment) { signed(moment.minutes) }

    // MARK: Primitives

    mutating func string(_ string: String) {
        if let index = stringIndex[string] {
            unsigned(index)
            return
        }
        stringIndex[string] = strings.count
        unsigned(strings.count)
        strings.append(string)
    }

    mutating func tag(_ value: UInt8) { body.append(value) }

    mutating func flag(_ value: Bool) { body.append(value ? 1 : 0) }

    /// A count or an index. (Negative values never reach here: the model's indices and counts are not.)
    mutating func unsigned(_ value: Int) { Self.appendUnsigned(UInt64(truncatingIfNeeded: value), to: &body) }

    /// Any Int, zigzag-encoded so small negative numbers stay short.
    mutating func signed(_ value: Int) {
        let wide = Int64(value)
        Self.appendUnsigned(UInt64(bitPattern: (wide << 1) ^ (wide >> 63)), to: &body)
    }

    mutating func optional<Value>(_ value: Value?, _ write: (inout Self, Value) -> Void) {
        guard let value else { return flag(false) }
        flag(true)
        write(&self, value)
    }

    mutating func array<Elements: Collection>(_ elements: Elements, _ write: (inout Self, Elements.Element) -> Void) {
        unsigned(elements.count)
        for element in elements { write(&self, element) }
    }

    static func appendUnsigned(_ value: UInt64, to bytes: inout [UInt8]) {
        var rest = value
        while rest >= 0x80 {
            bytes.append(UInt8(truncatingIfNeeded: rest) | 0x80)
            rest >>= 7
        }
        bytes.append(UInt8(rest))
    }
}
