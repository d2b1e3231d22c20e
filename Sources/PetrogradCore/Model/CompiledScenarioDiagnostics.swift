/// Diagnostics in `CompiledScenarioFormat`, so that a cached start shows the warnings a compiled one
/// would. A message is a case number and its fields, each field marked with its kind; the reader rebuilds
/// a message only when the case exists and its fields have the kinds that case takes.
enum CachedDiagnosticField: Equatable {
    case string(String)
    case strings([String])
    case number(Int)
    case absent
}

extension DiagnosticMessage {
    /// The case number and the fields, in declaration order. Case numbers are part of the format: a new
    /// case takes a new number, and a changed one raises `CompiledScenarioFormat.version`.
    var cachedFields: (tag: UInt8, fields: [CachedDiagnosticField]) {
        switch self {
        case .carried(let text): (0, [.string(text)])
        case .assumptionNotGuaranteed(let subject, let missing, let known, let advice): (1, [.string(subject), .strings(missing), .string(known), .string(advice)])
        case .chancesExceedHundred(let total): (2, [.number(total)])
        case .controlCharacter(let scalar, let others): (3, [.number(Int(scalar)), .number(others)])
        case .deadEnd(let scene, let reason): (4, [.string(scene), .string(reason)])
        case .deadEndUnchecked(let scene, let reason): (5, [.string(scene), .string(reason)])
        case .debriefTooLong(let language, let words, let limit): (6, [.string(language), .number(words), .number(limit)])
        case .dateOutsideSpan(let date, let span): (7, [.string(date), .string(span)])
        case .duplicateDeclaration(let kind, let name): (8, [.string(kind), .string(name)])
        case .tooComplex(let text): (9, [.string(text)])
        case .invalidDate(let text): (10, [.string(text)])
        case .misplacedStatement(let statement, let place, let hint): (11, [.string(statement), .string(place), .string(hint)])
        case .missingTranslation(let language, let what): (12, [.string(language), .string(what)])
        case .neverTrue(let consequence, let reads): (13, [.string(consequence), .strings(reads)])
        case .unsupportedFormat(let text): (14, [.string(text)])
        case .overlappingReplacements(let event, let first, let second): (15, [.string(event), .string(first), .string(second)])
        case .playerDataInWorldEvent(let name): (16, [.string(name)])
        case .roleStart(let text): (17, [.string(text)])
        case .scenarioBlock(let text): (18, [.string(text)])
        case .syntax(let text): (19, [.string(text)])
        case .textUnreadable(let text): (20, [.string(text)])
        case .trap(let reason, let scenes): (21, [.string(reason), .strings(scenes)])
        case .typeMismatch(let text): (22, [.string(text)])
        case .unknownLanguage(let code, let known): (23, [.string(code), .strings(known)])
        case .unknownName(let kind, let name, let suggestion): (24, [.string(kind), .string(name), suggestion.map { .string($0) } ?? .absent])
        case .unreachableScene(let name): (25, [.string(name)])
        case .unusedVariable(let name): (26, [.string(name)])
        case .valueOutOfRange(let value, let variable, let minimum, let maximum): (27, [.number(value), .string(variable), .number(minimum), .number(maximum)])
        }
    }

    /// The message with this case number and these fields; nil when they do not fit any case.
    /// The message with this case number and these fields; nil when they do not fit any case.
    init?(cachedTag tag: UInt8, fields: [CachedDiagnosticField]) {
        func s(_ index: Int) -> String? {
            guard index < fields.count, case .string(let text) = fields[index] else { return nil }
            return text
        }
        func ss(_ index: Int) -> [String]? {
            guard index < fields.count, case .strings(let texts) = fields[index] else { return nil }
            return texts
        }
        func n(_ index: Int) -> Int? {
            guard index < fields.count, case .number(let value) = fields[index] else { return nil }
            return value
        }
        /// An optional string: absent, or there (the outer nil: neither).
        func os(_ index: Int) -> String?? {
            guard index < fields.count else { return nil }
            switch fields[index] {
            case .absent: return .some(nil)
            case .string(let text): return .some(text)
            case .strings, .number: return nil
            }
        }
        let message: DiagnosticMessage?
        switch tag {
        case 0:
            guard fields.count == 1, let a = s(0) else { return nil }
            message = .carried(a)
        case 1:
            guard fields.count == 4, let a = s(0), let b = ss(1), let c = s(2), let d = s(3) else { return nil }
            message = .assumptionNotGuaranteed(subject: a, missing: b, known: c, advice: d)
        case 2:
            guard fields.count == 1, let a = n(0) else { return nil }
            message = .chancesExceedHundred(total: a)
        case 3:
            guard fields.count == 2, let a = n(0), let b = n(1), let scalar = UInt32(exactly: a) else { return nil }
            message = .controlCharacter(scalar: scalar, others: b)
        case 4:
            guard fields.count == 2, let a = s(0), let b = s(1) else { return nil }
            message = .deadEnd(scene: a, reason: b)
        case 5:
            guard fields.count == 2, let a = s(0), let b = s(1) else { return nil }
            message = .deadEndUnchecked(scene: a, reason: b)
        case 6:
            guard fields.count == 3, let a = s(0), let b = n(1), let c = n(2) else { return nil }
            message = .debriefTooLong(language: a, words: b, limit: c)
        case 7:
            guard fields.count == 2, let a = s(0), let b = s(1) else { return nil }
            message = .dateOutsideSpan(date: a, span: b)
        case 8:
            guard fields.count == 2, let a = s(0), let b = s(1) else { return nil }
            message = .duplicateDeclaration(kind: a, name: b)
        case 9:
            guard fields.count == 1, let a = s(0) else { return nil }
            message = .tooComplex(a)
        case 10:
            guard fields.count == 1, let a = s(0) else { return nil }
            message = .invalidDate(a)
        case 11:
            guard fields.count == 3, let a = s(0), let b = s(1), let c = s(2) else { return nil }
            message = .misplacedStatement(statement: a, place: b, hint: c)
        case 12:
            guard fields.count == 2, let a = s(0), let b = s(1) else { return nil }
            message = .missingTranslation(language: a, what: b)
        case 13:
            guard fields.count == 2, let a = s(0), let b = ss(1) else { return nil }
            message = .neverTrue(consequence: a, reads: b)
        case 14:
            guard fields.count == 1, let a = s(0) else { return nil }
            message = .unsupportedFormat(a)
        case 15:
            guard fields.count == 3, let a = s(0), let b = s(1), let c = s(2) else { return nil }
            message = .overlappingReplacements(event: a, first: b, second: c)
        case 16:
            guard fields.count == 1, let a = s(0) else { return nil }
            message = .playerDataInWorldEvent(name: a)
        case 17:
            guard fields.count == 1, let a = s(0) else { return nil }
            message = .roleStart(a)
        case 18:
            guard fields.count == 1, let a = s(0) else { return nil }
            message = .scenarioBlock(a)
        case 19:
            guard fields.count == 1, let a = s(0) else { return nil }
            message = .syntax(a)
        case 20:
            guard fields.count == 1, let a = s(0) else { return nil }
            message = .textUnreadable(a)
        case 21:
            guard fields.count == 2, let a = s(0), let b = ss(1) else { return nil }
            message = .trap(reason: a, scenes: b)
        case 22:
            guard fields.count == 1, let a = s(0) else { return nil }
            message = .typeMismatch(a)
        case 23:
            guard fields.count == 2, let a = s(0), let b = ss(1) else { return nil }
            message = .unknownLanguage(code: a, known: b)
        case 24:
            guard fields.count == 3, let a = s(0), let b = s(1), let c = os(2) else { return nil }
            message = .unknownName(kind: a, name: b, suggestion: c)
        case 25:
            guard fields.count == 1, let a = s(0) else { return nil }
            message = .unreachableScene(name: a)
        case 26:
            guard fields.count == 1, let a = s(0) else { return nil }
            message = .unusedVariable(name: a)
        case 27:
            guard fields.count == 4, let a = n(0), let b = s(1), let c = n(2), let d = n(3) else { return nil }
            message = .valueOutOfRange(value: a, variable: b, minimum: c, maximum: d)
        default: message = nil
        }
        guard let message else { return nil }
        self = message
    }
}

extension CompiledScenarioWriter {
    mutating func diagnostic(_ diagnostic: Diagnostic) {
        location(diagnostic.location)
        let (tag, fields) = diagnostic.message.cachedFields
        self.tag(tag)
        array(fields) { writer, field in
            switch field {
            case .string(let text): writer.tag(0); writer.string(text)
            case .strings(let texts): writer.tag(1); writer.array(texts) { $0.string($1) }
            case .number(let value): writer.tag(2); writer.signed(value)
            case .absent: writer.tag(3)
            }
        }
        array(diagnostic.notes) { $0.location($1.location); $0.string($1.message) }
    }
}

extension CompiledScenarioReader {
    mutating func diagnostic() -> Diagnostic? {
        guard let location = location(), let tag = tag(),
              let fields = array({ reader -> CachedDiagnosticField? in
                  switch reader.tag() {
                  case 0: return reader.string().map { .string($0) }
                  case 1: return reader.array({ $0.string() }).map { .strings($0) }
                  case 2: return reader.signed().map { .number($0) }
                  case 3: return .absent
                  default: return nil
                  }
              }),
              let message = DiagnosticMessage(cachedTag: tag, fields: fields),
              let notes = array({ reader -> Diagnostic.Note? in
                  guard let location = reader.location(), let message = reader.string() else { return nil }
                  return Diagnostic.Note(location: location, message: message)
              })
        else { return nil }
        return Diagnostic(message, at: location, notes: notes)
    }
}
