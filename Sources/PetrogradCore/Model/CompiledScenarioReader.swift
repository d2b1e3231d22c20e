/// Reads `CompiledScenarioFormat`, trusting nothing: every read returns nil past the end of the bytes,
/// for an unknown tag, for an index outside its table, for a range or moment the model never holds, and
/// past `CompiledScenarioFormat.maximumNesting`. One nil makes the whole file unreadable.
struct CompiledScenarioReader {
    private let bytes: ArraySlice<UInt8>
    private var position: Int
    private var strings: [String] = []
    /// The numbers of the languages texts are written in, for their entries.
    private var languageNumbers = LanguageNumbers()
    /// The last file path a location named, by its string's index, with its number in `SourcePaths`: a
    /// scenario's locations are nearly all in one file, so this spares a look-up in that table each.
    private var lastFile: (string: Int, number: UInt32)?
    private var depth = 0
    // The sizes of the tables indices point into, read before anything that points.
    private var roleCount = 0, placeCount = 0, worldCount = 0, playerCount = 0
    private var sceneCount = 0, choiceCount = 0, endingCount = 0, eventCount = 0

    init(_ bytes: ArraySlice<UInt8>) {
        self.bytes = bytes
        position = bytes.startIndex
    }

    /// The string table, then the scenario and its diagnostics; nil when anything is wrong.
    mutating func readCompilation() -> (scenario: Scenario, diagnostics: [Diagnostic])? {
        guard readStringTable(), let scenario = readScenario(), let diagnostics = array({ $0.diagnostic() }),
              position == bytes.endIndex else { return nil }
        return (scenario, diagnostics)
    }

    private mutating func readStringTable() -> Bool {
        guard let count = count() else { return false }
        strings.reserveCapacity(count)
        for _ in 0..<count {
            guard let length = self.count(), length <= bytes.endIndex - position else { return false }
            let end = position + length
            guard let text = String(validating: bytes[position..<end], as: UTF8.self) else { return false }
            strings.append(text)
            position = end
        }
        return true
    }

    private mutating func readScenario() -> Scenario? {
        guard let roles = count(), let places = count(), let world = count(), let player = count(),
              let scenes = count(), let choices = count(), let endings = count(), let events = count() else { return nil }
        (roleCount, placeCount, worldCount, playerCount) = (roles, places, world, player)
        (sceneCount, choiceCount, endingCount, eventCount) = (scenes, choices, endings, events)
        guard let id = string(), let title = text(), let languages = array({ $0.string() }), let isNew = flag(),
              let span = optional({ reader -> ClosedRange<Moment>? in
                  guard let lower = reader.moment(), let upper = reader.moment(), lower <= upper else { return nil }
                  return lower...upper
              }),
              let origin = moment(),
              let roleList = repeated(roles, { $0.role() }),
              let placeList = repeated(places, { reader -> Place? in
                  guard let id = reader.string(), let name = reader.text(), let location = reader.location() else { return nil }
                  return Place(id: id, name: name, location: location)
              }),
              let worldVariables = repeated(world, { $0.variable(scope: .world) }),
              let playerVariables = repeated(player, { $0.variable(scope: .player) }),
              let sceneList = repeated(scenes, { $0.scene() }),
              let choiceList = repeated(choices, { $0.choice() }),
              let endingList = repeated(endings, { $0.ending() }),
              let eventList = repeated(events, { $0.event() }),
              let eventOrder = array({ $0.index(below: $0.eventCount) }),
              eventOrder.count == events, Set(eventOrder).count == events,
              let glossary = array({ reader -> GlossaryEntry? in
                  guard let id = reader.string(), let term = reader.text(), let explanation = reader.text(),
                        let location = reader.location() else { return nil }
                  return GlossaryEntry(id: id, term: term, explanation: explanation, location: location)
              }),
              let entries = array({ $0.entry() }),
              let branches = array({ $0.string() }),
              let returnSlots = array({ $0.index(below: $0.playerCount) }),
              let returnTargets = array({ $0.target() }),
              let contentHash = string(),
              let follows = optional({ $0.followedAct() })
        else { return nil }
        // The simulation relies on these; the compiler guarantees them.
        guard !roleList.isEmpty, !languages.isEmpty, origin.isSupported,
              sceneList.indices.allSatisfy({ scene in sceneList[scene].choices.allSatisfy { choiceList[$0].scene == scene } }),
              choiceList.allSatisfy({ !$0.outcomes.isEmpty })
        else { return nil }
        var scenario = Scenario(
            id: id, title: title, languages: languages, calendar: isNew ? .new : .old, span: span, origin: origin,
            roles: roleList, places: placeList, worldVariables: worldVariables, playerVariables: playerVariables,
            scenes: sceneList, choices: choiceList, endings: endingList, events: eventList, eventOrder: eventOrder,
            glossary: glossary, entries: entries, branches: branches, returnSlots: returnSlots, returnTargets: returnTargets,
            contentHash: contentHash, follows: follows)
        scenario.deriveTables()
        return scenario
    }

    // MARK: Model types

    private mutating func role() -> Role? {
        guard let id = string(), let name = text(), let about = optional({ $0.text() }), let goal = optional({ $0.text() }),
              let worry = optional({ $0.text() }),
              let length = optional({ reader -> PlayLength? in
                  guard let choices = reader.optional({ $0.range() }), let minutes = reader.optional({ $0.range() }) else { return nil }
                  return PlayLength(choices: choices, minutes: minutes)
              }),
              let start = index(below: sceneCount), let location = location() else { return nil }
        return Role(id: id, name: name, about: about, goal: goal, worry: worry, length: length, start: start, location: location)
    }

    private mutating func range() -> ClosedRange<Int>? {
        guard let lower = signed(), let upper = signed(), lower <= upper else { return nil }
        return lower...upper
    }

    private mutating func variable(scope: VariableScope) -> Variable? {
        guard let id = string(), let isPlayer = flag(), isPlayer == (scope == .player), let isFlag = flag(),
              let minimum = signed(), let maximum = signed(), let initial = signed(), minimum <= initial, initial <= maximum,
              let label = text(), let location = location(),
              let carried = optional({ reader -> CarrySource? in
                  switch reader.tag() {
                  case 0: return reader.string().map { .variable($0) }
                  case 1: return reader.array({ $0.string() }).map { .endings($0) }
                  default: return nil
                  }
              })
        else { return nil }
        return Variable(id: id, scope: scope, type: isFlag ? .flag : .number, minimum: minimum, maximum: maximum, initial: initial,
                        label: label, location: location, carried: carried)
    }

    private mutating func scene() -> Scene? {
        guard let id = string(), let roles = array({ $0.index(below: $0.roleCount) }), let moment = optional({ $0.moment() }),
              let place = optional({ $0.index(below: $0.placeCount) }), let text = text(),
              let passages = array({ reader -> Passage? in
                  guard let condition = reader.expression(), let text = reader.text() else { return nil }
                  return Passage(condition: condition, text: text)
              }),
              let note = optional({ $0.text() }), let source = optional({ $0.string() }), let fallback = optional({ $0.target() }),
              let choices = array({ $0.index(below: $0.choiceCount) }), let location = location(), let effects = effects(),
              let continues = flag(),
              let routes = array({ reader -> Route? in
                  guard let condition = reader.expression(), let target = reader.target() else { return nil }
                  return Route(condition: condition, target: target)
              }),
              let leading = optional({ $0.leading() }), let visitCounter = optional({ $0.reference() })
        else { return nil }
        return Scene(id: id, roles: roles, moment: moment, place: place, text: text, passages: passages, note: note, source: source,
                     fallback: fallback, choices: choices, location: location, effects: effects, continues: continues, routes: routes,
                     leading: leading, visitCounter: visitCounter)
    }

    private mutating func choice() -> Choice? {
        guard let id = string(), let scene = index(below: sceneCount), let text = text(), let guardCondition = optional({ $0.expression() }),
              let isOnce = flag(), let showsLocked = flag(), let effects = effects(),
              let outcomes = array({ reader -> Outcome? in
                  guard let percent = reader.optional({ reader -> Int? in reader.signed().flatMap { (0...100).contains($0) ? $0 : nil } }),
                        let text = reader.optional({ $0.text() }), let effects = reader.effects(), let target = reader.optional({ $0.target() }),
                        let location = reader.location(), let leading = reader.optional({ $0.leading() }) else { return nil }
                  return Outcome(percent: percent, text: text, effects: effects, target: target, location: location, leading: leading)
              }),
              let defaultTarget = optional({ $0.target() }), let location = location(), let reply = optional({ $0.text() }),
              let leading = optional({ $0.leading() }), let takenCounter = optional({ $0.reference() }), let isDefault = flag()
        else { return nil }
        return Choice(id: id, scene: scene, text: text, guardCondition: guardCondition, isOnce: isOnce, showsLocked: showsLocked,
                      effects: effects, outcomes: ChoiceOutcomes(outcomes), defaultTarget: defaultTarget, location: location, reply: reply,
                      leading: leading, takenCounter: takenCounter, isDefault: isDefault)
    }

    private mutating func ending() -> Ending? {
        guard let id = string(), let roles = array({ $0.index(below: $0.roleCount) }), let text = text(),
              let debrief = optional({ $0.text() }), let historians = optional({ $0.text() }), let location = location() else { return nil }
        return Ending(id: id, roles: roles, text: text, debrief: debrief, historians: historians, location: location)
    }

    private mutating func event() -> WorldEvent? {
        guard let id = string(), let start = moment(), let end = moment(), start <= end, let condition = optional({ $0.expression() }),
              let fired = eventOutcome(), let otherwise = optional({ $0.eventOutcome() }),
              let replacements = array({ reader -> EventReplacement? in
                  guard let branch = reader.string(), let condition = reader.expression(), let outcome = reader.eventOutcome(),
                        let location = reader.location() else { return nil }
                  return EventReplacement(branch: branch, condition: condition, outcome: outcome, location: location)
              }),
              let location = location()
        else { return nil }
        return WorldEvent(id: id, start: start, end: end, condition: condition, fired: fired, otherwise: otherwise,
                          replacements: replacements, location: location)
    }

    private mutating func eventOutcome() -> EventOutcome? {
        guard let text = optional({ $0.text() }),
              let roleTexts = array({ reader -> EventOutcome.RoleText? in
                  guard let role = reader.index(below: reader.roleCount), let text = reader.text() else { return nil }
                  return EventOutcome.RoleText(role: role, text: text)
              }),
              let effects = effects(),
              let assumptions = array({ reader -> Assumption? in
                  guard let condition = reader.expression(), let location = reader.location() else { return nil }
                  return Assumption(condition: condition, location: location)
              })
        else { return nil }
        return EventOutcome(text: text, roleTexts: roleTexts, effects: effects, assumptions: assumptions)
    }

    private mutating func entry() -> Entry? {
        guard let id = string(), let title = text(), let moment = moment(), let starts = array({ $0.index(below: $0.sceneCount) }),
              starts.count == roleCount, let effects = effects(), let location = location() else { return nil }
        return Entry(id: id, title: title, moment: moment, starts: starts, effects: effects, location: location)
    }

    private mutating func followedAct() -> FollowedAct? {
        guard let id = string(), let title = text(), let roles = array({ $0.string() }),
              let endings = array({ reader -> (String, LocalizedText)? in
                  guard let id = reader.string(), let text = reader.text() else { return nil }
                  return (id, text)
              }) else { return nil }
        var byID: [String: LocalizedText] = [:]
        for (id, text) in endings {
            guard byID.updateValue(text, forKey: id) == nil else { return nil }
        }
        return FollowedAct(id: id, title: title, roles: roles, endings: byID)
    }

    private mutating func effects() -> [Effect]? {
        nested { $0.array({ $0.effect() }) }
    }

    private mutating func effect() -> Effect? {
        switch tag() {
        case 0: guard let reference = reference(), let value = expression() else { return nil }; return .set(reference, value)
        case 1: guard let reference = reference(), let value = expression() else { return nil }; return .add(reference, value)
        case 2: guard let minutes = signed(), let location = location() else { return nil }; return .advance(minutes: minutes, location)
        case 3: return text().map { .journal($0) }
        case 4:
            guard let role = optional({ $0.index(below: $0.roleCount) }), let scene = index(below: sceneCount) else { return nil }
            return .move(role: role, scene: scene)
        case 5:
            let branches = array({ reader -> EffectBranch? in
                guard let condition = reader.optional({ $0.expression() }), let effects = reader.effects() else { return nil }
                return EffectBranch(condition: condition, effects: effects)
            })
            return branches.map { .conditional($0) }
        default: return nil
        }
    }

    mutating func expression() -> Expression? {
        nested { reader -> Expression? in
            switch reader.tag() {
            case 0: return reader.signed().map { .constant($0) }
            case 1: return reader.reference().map { .variable($0) }
            case 2: return reader.index(below: reader.sceneCount).map { .visited(scene: $0) }
            case 3: return reader.moment().map { .before($0) }
            case 4: return reader.moment().map { .notBefore($0) }
            case 5: return reader.expression().map { .not($0) }
            case 6: guard let a = reader.expression(), let b = reader.expression() else { return nil }; return .and(a, b)
            case 7: guard let a = reader.expression(), let b = reader.expression() else { return nil }; return .or(a, b)
            case 8: return reader.expression().map { .negate($0) }
            case 9:
                let comparisons = Expression.Comparison.allCases
                guard let tag = reader.tag(), Int(tag) < comparisons.count, let a = reader.expression(), let b = reader.expression() else { return nil }
                return .compare(comparisons[Int(tag)], a, b)
            case 10:
                guard let tag = reader.tag(), tag < 4, let a = reader.expression(), let b = reader.expression() else { return nil }
                switch tag {
                case 0: return .arithmetic(.plus, a, b)
                case 1: return .arithmetic(.minus, a, b)
                case 2: return .arithmetic(.times, a, b)
                default: return reader.location().map { .arithmetic(.divide(at: $0), a, b) }
                }
            default: return nil
            }
        }
    }

    /// A text's entries are added to it one by one: a text in one or two languages keeps them in place, so
    /// an array of them would be made only to be copied and freed again.
    private mutating func text() -> LocalizedText? {
        guard let count = count() else { return nil }
        var text = LocalizedText(entries: [], location: SourceLocation(fileNumber: 0, line: 0, column: 0))
        for _ in 0..<count {
            guard let language = string(), let template = template(), let location = location() else { return nil }
            text.append(LocalizedText.Entry(languageNumber: languageNumbers.number(of: language), template: template, location: location))
        }
        guard let location = location() else { return nil }
        text.location = location
        return text
    }

    /// A template's segments; one literal is read without an array of its own (`TextTemplate(literal:)`).
    private mutating func template() -> TextTemplate? {
        let start = position
        if count() == 1, tag() == 0, let text = string() { return TextTemplate(literal: text) }
        position = start
        return segments().map(TextTemplate.init(segments:))
    }

    private mutating func segments() -> [TextTemplate.Segment]? {
        nested { $0.array({ $0.segment() }) }
    }

    private mutating func segment() -> TextTemplate.Segment? {
        switch tag() {
        case 0: return string().map { .literal($0) }
        case 1: return expression().map { .value($0) }
        case 2:
            let branches = array({ reader -> TextBranch? in
                guard let condition = reader.optional({ $0.expression() }), let segments = reader.segments() else { return nil }
                return TextBranch(condition: condition, segments: segments)
            })
            return branches.map { .conditional($0) }
        case 3:
            let kinds = TextSequence.Kind.allCases
            guard let tag = tag(), Int(tag) < kinds.count, let counter = reference(),
                  let alternatives = array({ $0.segments() }), !alternatives.isEmpty else { return nil }
            return .sequence(TextSequence(kind: kinds[Int(tag)], counter: counter, alternatives: alternatives))
        case 4: return reference().map { .variable($0) }
        case 5: return .roleName
        case 6: return .placeName
        case 7: return .date
        default: return nil
        }
    }

    private mutating func target() -> Target? {
        switch tag() {
        case 0: return index(below: sceneCount).map { .scene($0) }
        case 1: return index(below: endingCount).map { .ending($0) }
        default: return nil
        }
    }

    private mutating func leading() -> Leading? {
        switch tag() {
        case 0: return index(below: sceneCount).map { .call(scene: $0) }
        case 1: return location().map { .back($0) }
        default: return nil
        }
    }

    private mutating func reference() -> VariableReference? {
        guard let isPlayer = flag(), let index = index(below: isPlayer ? playerCount : worldCount) else { return nil }
        return VariableReference(scope: isPlayer ? .player : .world, index: index)
    }

    mutating func location() -> SourceLocation? {
        guard let file = index(below: strings.count), let line = signed(), let column = signed() else { return nil }
        if let lastFile, lastFile.string == file {
            return SourceLocation(fileNumber: lastFile.number, line: line, column: column)
        }
        let number = SourcePaths.shared.number(of: strings[file])
        lastFile = (file, number)
        return SourceLocation(fileNumber: number, line: line, column: column)
    }

    private mutating func moment() -> Moment? {
        guard let minutes = signed() else { return nil }
        let moment = Moment(minutes: minutes)
        return moment.isSupported ? moment : nil
    }

    // MARK: Primitives

    /// A reference into the string table.
    mutating func string() -> String? {
        index(below: strings.count).map { strings[$0] }
    }

    mutating func tag() -> UInt8? {
        guard position < bytes.endIndex else { return nil }
        defer { position += 1 }
        return bytes[position]
    }

    mutating func flag() -> Bool? {
        switch tag() {
        case 0: false
        case 1: true
        default: nil
        }
    }

    mutating func index(below limit: Int) -> Int? {
        guard let value = unsigned(), value < UInt64(limit) else { return nil }
        return Int(value)
    }

    /// A count of things still to read: each takes at least one byte, so a count above the bytes left
    /// is damage (and never makes the reader reserve memory it cannot fill).
    mutating func count() -> Int? {
        index(below: bytes.endIndex - position + 1)
    }

    mutating func signed() -> Int? {
        guard let raw = unsigned() else { return nil }
        let value = Int64(bitPattern: raw >> 1) ^ -Int64(bitPattern: raw & 1)
        return Int(value)
    }

    mutating func unsigned() -> UInt64? {
        var value: UInt64 = 0
        var shift: UInt64 = 0
        while let byte = tag() {
            let bits = UInt64(byte & 0x7f)
            // A tenth byte may hold only the top bit; anything more would not fit 64 bits.
            guard shift < 64, shift < 63 || bits <= 1 else { return nil }
            value |= bits << shift
            if byte & 0x80 == 0 { return value }
            shift += 7
        }
        return nil
    }

    /// `count` bytes as a little-endian number (the header's fixed fields).
    mutating func fixed(width count: Int) -> UInt64? {
        guard bytes.endIndex - position >= count else { return nil }
        var value: UInt64 = 0
        for offset in 0..<count { value |= UInt64(bytes[position + offset]) << UInt64(8 * offset) }
        position += count
        return value
    }

    mutating func optional<Value>(_ read: (inout Self) -> Value?) -> Value?? {
        switch flag() {
        case false: return .some(nil)
        case true: return read(&self).map { .some($0) }
        default: return nil
        }
    }

    mutating func array<Element>(_ read: (inout Self) -> Element?) -> [Element]? {
        guard let count = count() else { return nil }
        return repeated(count, read)
    }

    mutating func repeated<Element>(_ count: Int, _ read: (inout Self) -> Element?) -> [Element]? {
        var elements: [Element] = []
        elements.reserveCapacity(Swift.min(count, bytes.endIndex - position))
        for _ in 0..<count {
            guard let element = read(&self) else { return nil }
            elements.append(element)
        }
        return elements
    }

    /// Reads one level deeper, refusing to go past the nesting limit.
    private mutating func nested<Value>(_ read: (inout Self) -> Value?) -> Value? {
        guard depth < CompiledScenarioFormat.maximumNesting else { return nil }
        depth += 1
        defer { depth -= 1 }
        return read(&self)
    }
}
