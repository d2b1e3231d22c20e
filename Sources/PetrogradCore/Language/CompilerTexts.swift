import Foundation

extension Compiler {
    /// Checks a text's languages and compiles what is written inside braces in each.
    ///
    /// A `required` text that is missing altogether is reported once per promised language; an optional
    /// one (a variable's label) may be left out entirely, but not given in only some languages. Every
    /// language of a text must vary in the same way (the same `{if}`s, with the same conditions, and the
    /// same sequences, in the same order), so that one decision shows the same variant in each; the
    /// sequences of the second and later languages share the first one's counters.
    /// `what` names the text in a message; it is worked out only when a message needs it.
    mutating func text(_ syntax: TextSyntax, what: @autoclosure () -> String, required: Bool,
                       context: ExpressionContext = ExpressionContext(allowsPlayerData: true)) -> LocalizedText {
        // Entries are added to the text one by one: one or two are kept in place, so an array would only
        // be copied and freed again.
        var localized = LocalizedText(entries: [], location: syntax.location)
        var firstShape: (language: String, shape: [String], controls: [(code: String, location: SourceLocation)])?
        var sharedCounters: [VariableReference]?
        for entry in syntax.entries {
            if !languages.isEmpty, !languages.contains(entry.language) {
                diagnostics.append(Diagnostic(.unknownLanguage(code: entry.language, known: languages), at: entry.languageLocation))
            }
            // Most prose has no braces: it is its own template, with nothing to compile or compare.
            guard entry.body.utf8.contains(where: { $0 == UInt8(ascii: "{") || $0 == UInt8(ascii: "}") }) else {
                if let firstShape, !firstShape.shape.isEmpty {
                    reportDifferentVariation(entry.language, from: firstShape.language, at: entry.languageLocation)
                } else if firstShape == nil {
                    firstShape = (entry.language, [], [])
                }
                localized.append(LocalizedText.Entry(languageNumber: languageNumbers.number(of: entry.language),
                                                     template: TextTemplate(literal: prose.intern(entry.body)), location: entry.languageLocation))
                continue
            }
            var reader = InlineTextCompilation(entry: entry, context: context, counters: sharedCounters)
            let template = reader.compile(&self)
            if sharedCounters == nil { sharedCounters = reader.usedCounters }
            // Most texts do not vary: their shape is empty, and nothing needs comparing.
            let shape = template.varies ? Self.shape(of: template.segments) : []
            if let firstShape {
                if shape != firstShape.shape {
                    // Pointed at the first brace that differs from the first language's, or else the language code.
                    let differing = reader.controls.indices.first { index in
                        index >= firstShape.controls.count || reader.controls[index].code != firstShape.controls[index].code
                    }
                    reportDifferentVariation(entry.language, from: firstShape.language,
                                             at: differing.map { reader.controls[$0].location } ?? entry.languageLocation)
                }
            } else {
                firstShape = (entry.language, shape, reader.controls)
            }
            localized.append(LocalizedText.Entry(languageNumber: languageNumbers.number(of: entry.language), template: template,
                                                 location: entry.languageLocation))
        }
        if required || !syntax.entries.isEmpty {
            for language in languages where !syntax.entries.contains(where: { $0.language == language }) {
                let name = what()
                diagnostics.append(Diagnostic(.missingTranslation(language: language, what: name.prefix(1).uppercased() + name.dropFirst()), at: syntax.location))
            }
        }
        return localized
    }

    private mutating func reportDifferentVariation(_ language: String, from first: String, at location: SourceLocation) {
        diagnostics.append(Diagnostic(.syntax("the '\(language)' text varies differently from the '\(first)' text; every language needs the same {if}s with the same conditions and the same sequences, in the same order"), at: location))
    }

    /// How a text varies, without its prose: what two languages of one text must share.
    static func shape(of segments: [TextTemplate.Segment]) -> [String] {
        var shape: [String] = []
        for segment in segments {
            switch segment {
            case .conditional(let branches):
                shape.append("if")
                for branch in branches {
                    shape.append(branch.condition.map { "when " + ExpressionShape.describe($0) } ?? "else")
                    shape += Self.shape(of: branch.segments)
                }
                shape.append("end")
            case .sequence(let sequence):
                shape.append("\(sequence.kind.rawValue) \(sequence.alternatives.count)")
                for alternative in sequence.alternatives { shape.append("or"); shape += Self.shape(of: alternative) }
                shape.append("end")
            case .literal, .value, .variable, .roleName, .placeName, .date:
                break
            }
        }
        return shape
    }

    /// A hidden player variable that keeps a sequence's place.
    mutating func sequenceCounter(limit: Int, location: SourceLocation) -> VariableReference {
        let reference = VariableReference(scope: .player, index: playerVariables.count)
        playerVariables.append(Variable(id: "text:\(sequenceCount + 1)", scope: .player, type: .number, minimum: 0, maximum: limit,
                                        initial: 0, label: LocalizedText(entries: [], location: location), location: location))
        sequenceCount += 1
        return reference
    }

    /// What `{name}` inserts: a value the game knows, a named text in the same language, or a number.
    mutating func insertion(_ code: [Token], language: String, context: ExpressionContext) -> [TextTemplate.Segment]? {
        if code.count == 1, code[0].kind == .word {
            let name = code[0].text
            switch name {
            case "role": return [.roleName]
            case "place": return [.placeName]
            case "date": return [.date]
            default:
                if namedTextSyntax[name] != nil { return namedText(Name(text: name, location: code[0].location), language: language) }
                if let reference = variableIndex[name] {
                    usedVariables.insert(reference)
                    let variable = reference.scope == .world ? worldVariables[reference.index] : playerVariables[reference.index]
                    guard variable.type == .number else {
                        diagnostics.append(Diagnostic(.typeMismatch("'\(name)' is a flag and cannot be inserted into text; write {if \(name)}…{else}…{end}, or show a passage with 'if \(name)'"), at: code[0].location))
                        return nil
                    }
                    if reference.scope == .player, !context.allowsPlayerData {
                        diagnostics.append(Diagnostic(.playerDataInWorldEvent(name: name), at: code[0].location))
                        return nil
                    }
                    return [.variable(reference)]
                }
                if constantValues[name] == nil {
                    let candidates = Array(variableIndex.keys) + Array(constantValues.keys) + Array(namedTextSyntax.keys) + ["role", "place", "date"]
                    unknown(Name(text: name, location: code[0].location), kind: "value to insert", candidates: candidates)
                    return nil
                }
            }
        }
        var parser = ExpressionParser(cursor: TokenCursor(tokens: code))
        let syntax = parser.parseExpression()
        diagnostics += parser.diagnostics
        if let extra = parser.cursor.current {
            diagnostics.append(Diagnostic(.syntax("unexpected '\(extra.text)' inside these braces"), at: extra.location))
            return nil
        }
        guard let syntax, let (value, type) = expression(syntax, context) else { return nil }
        guard type == .number else {
            diagnostics.append(Diagnostic(.typeMismatch("a yes/no condition cannot be inserted into text; write {if …}…{else}…{end} to choose words by it"), at: syntax.location))
            return nil
        }
        return [.value(value)]
    }

    /// The segments of a named text in one language, compiled once and spliced in wherever it is used.
    mutating func namedText(_ name: Name, language: String) -> [TextTemplate.Segment]? {
        guard let syntax = namedTextSyntax[name.text] else { return nil }
        if namedTextsInProgress.contains(name.text) {
            diagnostics.append(Diagnostic(.syntax("the text '\(name.text)' is inserted into itself (through the texts it inserts); a text cannot contain itself"), at: name.location))
            return nil
        }
        if compiledNamedTexts[name.text] == nil {
            namedTextsInProgress.insert(name.text)
            compiledNamedTexts[name.text] = text(syntax.text, what: "text '\(name.text)'", required: true)
            namedTextsInProgress.remove(name.text)
        }
        guard let template = compiledNamedTexts[name.text]?.template(in: language) else {
            diagnostics.append(Diagnostic(.missingTranslation(language: language, what: "Text '\(name.text)', inserted here,"), at: name.location))
            return nil
        }
        return template.segments
    }
}

/// The compilation of one language's text: prose, with code in braces.
///
///     {NAME} {EXPRESSION}                         a value, or a named text
///     {if COND} … {else if COND} … {else} … {end} conditional text, nested as deep as needed
///     {stopping} … {or} … {end}                   and {cycle}, {once}, {shuffle}: text that varies
///     {{ and }}                                   literal braces
struct InlineTextCompilation {
    let entry: TextEntrySyntax
    let context: ExpressionContext
    /// The counters to reuse, in order: the first language's, for every later one.
    var counters: [VariableReference]?
    private(set) var usedCounters: [VariableReference] = []
    /// Each `{if …}`, `{else}`, `{end}`, sequence word and `{or}` as written, with where: to point at the
    /// first place where two languages vary differently.
    private(set) var controls: [(code: String, location: SourceLocation)] = []

    /// An open `{if}` or sequence, with what has been gathered so far.
    private struct Frame {
        enum Kind {
            case conditional(branches: [TextBranch])
            case sequence(TextSequence.Kind, alternatives: [[TextTemplate.Segment]])
        }
        var kind: Kind
        var location: SourceLocation
        /// What was gathered before the frame opened, in the frame around it.
        var outer: [TextTemplate.Segment]
    }

    /// The deepest nesting of `{if}`s and sequences.
    static let maximumDepth = 16

    init(entry: TextEntrySyntax, context: ExpressionContext, counters: [VariableReference]?) {
        self.entry = entry
        self.context = context
        self.counters = counters
    }

    mutating func compile(_ compiler: inout Compiler) -> TextTemplate {
        // Braces are ASCII, so the walk goes over bytes; characters are counted only to locate a problem.
        let openBrace = UInt8(ascii: "{"), closeBrace = UInt8(ascii: "}")
        // Most prose inserts nothing: it is looked at in place, and copied only when it has braces.
        if !entry.body.utf8.contains(where: { $0 == openBrace || $0 == closeBrace }) { return TextTemplate(literal: entry.body) }
        let bytes = Array(entry.body.utf8)
        let isFormat2 = compiler.fileFormats[entry.languageLocation.fileNumber].map { $0 >= 2 } ?? true
        var frames: [Frame] = []
        var current: [TextTemplate.Segment] = []
        var literal: [UInt8] = []
        // Braces are located walking forward: each count of characters starts where the last one ended, so
        // a text with many braces is read once, not once a brace.
        let pieces = entry.pieces
        var piece = 0
        var locatedOffset = pieces[0].offset
        var locatedColumn = pieces[0].location.column
        func locate(_ offset: Int) -> SourceLocation {
            while piece + 1 < pieces.count, pieces[piece + 1].offset <= offset {
                piece += 1
                locatedOffset = pieces[piece].offset
                locatedColumn = pieces[piece].location.column
            }
            if offset > locatedOffset {
                locatedColumn += String(decoding: bytes[locatedOffset..<offset], as: UTF8.self).count
                locatedOffset = offset
            }
            var location = pieces[piece].location
            location.column = locatedColumn
            return location
        }
        func flush() {
            // Prose in an `{if}` or a sequence is kept once now; the text's own is kept once with it, below.
            if !literal.isEmpty {
                current.append(.literal(frames.isEmpty ? String(decoding: literal, as: UTF8.self) : compiler.prose.intern(literal)))
            }
            literal.removeAll()
        }
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte == closeBrace, index + 1 < bytes.count, bytes[index + 1] == closeBrace {
                literal.append(closeBrace)
                index += 2
                continue
            }
            guard byte == openBrace else {
                literal.append(byte)
                index += 1
                continue
            }
            if index + 1 < bytes.count, bytes[index + 1] == openBrace {
                literal.append(openBrace)
                index += 2
                continue
            }
            guard let end = bytes[(index + 1)...].firstIndex(of: closeBrace) else {
                compiler.diagnostics.append(Diagnostic(.syntax("this '{' is never closed; write '{{' for a brace, or '{hunger}' to insert a value"), at: entry.location(atByte: index)))
                literal += bytes[index...]
                break
            }
            flush()
            let braceLocation = locate(index)
            let tokens = Self.tokens(bytes, from: index + 1, to: end, brace: (index, braceLocation), entry: entry, compiler: &compiler)
            index = end + 1
            guard let first = tokens.first else {
                compiler.diagnostics.append(Diagnostic(.syntax("these braces are empty; write a value to insert, as in '{hunger}', or '{{}}' for braces"), at: braceLocation))
                continue
            }
            let word = first.kind == .word ? first.text : ""
            let isControl = ["if", "else", "end", "or"].contains(word)
                || (tokens.count == 1 && TextSequence.Kind(rawValue: word) != nil && !compiler.isInsertableName(word))
            if isControl { controls.append((tokens.map(\.text).joined(separator: " "), first.location)) }
            if isControl, !isFormat2 {
                compiler.diagnostics.append(Diagnostic(.syntax("'{\(word)}' is new in format 2; make the file's first line 'format 2' to use it"), at: first.location))
                continue
            }
            switch word {
            case "if" where isControl:
                guard frames.count < Self.maximumDepth else {
                    compiler.diagnostics.append(Diagnostic(.tooComplex("'{if}' and sequences are nested more than \(Self.maximumDepth) deep here"), at: first.location))
                    continue
                }
                let condition = self.condition(Array(tokens.dropFirst()), after: first, &compiler)
                frames.append(Frame(kind: .conditional(branches: [TextBranch(condition: condition ?? .constant(0), segments: [])]),
                                    location: first.location, outer: current))
                current = []
            case "else":
                guard let top = frames.last, case .conditional(var branches) = top.kind else {
                    compiler.diagnostics.append(Diagnostic(.syntax("'{else}' without an '{if}' before it; write {if CONDITION}…{else}…{end}"), at: first.location))
                    continue
                }
                if branches.last?.condition == nil {
                    compiler.diagnostics.append(Diagnostic(.syntax("this '{if}' already has its '{else}'; '{else}' comes last"), at: first.location))
                    continue
                }
                var condition: Expression?
                if tokens.count > 1 {
                    guard tokens[1].isWord("if") else {
                        compiler.diagnostics.append(Diagnostic(.syntax("write '{else}' alone, or '{else if CONDITION}'"), at: tokens[1].location))
                        continue
                    }
                    condition = self.condition(Array(tokens.dropFirst(2)), after: tokens[1], &compiler) ?? .constant(0)
                }
                branches[branches.count - 1].segments = current
                branches.append(TextBranch(condition: condition, segments: []))
                frames[frames.count - 1].kind = .conditional(branches: branches)
                current = []
            case "or" where tokens.count == 1:
                guard let top = frames.last, case .sequence(let kind, var alternatives) = top.kind else {
                    compiler.diagnostics.append(Diagnostic(.syntax("'{or}' separates the parts of a sequence such as {stopping}…{or}…{end}; there is none open here"), at: first.location))
                    continue
                }
                alternatives.append(current)
                frames[frames.count - 1].kind = .sequence(kind, alternatives: alternatives)
                current = []
            case "end" where tokens.count == 1:
                guard let frame = frames.popLast() else {
                    compiler.diagnostics.append(Diagnostic(.syntax("'{end}' without an '{if}' or a sequence to end"), at: first.location))
                    continue
                }
                current = frame.outer + [close(frame, last: current, &compiler)]
            case let name where tokens.count == 1 && TextSequence.Kind(rawValue: name) != nil && !compiler.isInsertableName(name):
                guard frames.count < Self.maximumDepth else {
                    compiler.diagnostics.append(Diagnostic(.tooComplex("'{if}' and sequences are nested more than \(Self.maximumDepth) deep here"), at: first.location))
                    continue
                }
                frames.append(Frame(kind: .sequence(TextSequence.Kind(rawValue: name)!, alternatives: []), location: first.location, outer: current))
                current = []
            default:
                if let segments = compiler.insertion(tokens, language: entry.language, context: context) { current += segments }
            }
        }
        flush()
        if let frame = frames.last {
            let what = switch frame.kind {
            case .conditional: "{if}"
            case .sequence(let kind, _): "{\(kind.rawValue)}"
            }
            compiler.diagnostics.append(Diagnostic(.syntax("this '\(what)' has no '{end}'; write '{end}' where its text stops"), at: frame.location))
            while let open = frames.popLast() { current = open.outer + [close(open, last: current, &compiler)] }
        }
        // Literals and plain insertions are packed in one array, kept once however often the text is
        // written; other texts keep their prose once, in a copy of just their segments (grown by appending,
        // the array has room to spare, which a big story's texts would keep).
        if let packed = PackedSegments.pack(current) { return TextTemplate(packed: compiler.prose.intern(packed: packed)) }
        return TextTemplate(segments: current.map { segment in
            if case .literal(let text) = segment { return .literal(compiler.prose.intern(text)) }
            return segment
        })
    }

    private mutating func close(_ frame: Frame, last: [TextTemplate.Segment], _ compiler: inout Compiler) -> TextTemplate.Segment {
        let location = frame.location
        switch frame.kind {
        case .conditional(var branches):
            branches[branches.count - 1].segments = last
            return .conditional(branches)
        case .sequence(let kind, var alternatives):
            alternatives.append(last)
            let counter: VariableReference
            if let counters, usedCounters.count < counters.count {
                counter = counters[usedCounters.count]
            } else {
                counter = compiler.sequenceCounter(limit: kind == .once ? alternatives.count + 1 : alternatives.count, location: location)
            }
            usedCounters.append(counter)
            return .sequence(TextSequence(kind: kind, counter: counter, alternatives: alternatives))
        }
    }

    private func condition(_ tokens: [Token], after keyword: Token, _ compiler: inout Compiler) -> Expression? {
        guard !tokens.isEmpty else {
            compiler.diagnostics.append(Diagnostic(.syntax("'\(keyword.text)' needs a condition, as in '{if hunger > 50}'"), at: keyword.location))
            return nil
        }
        var parser = ExpressionParser(cursor: TokenCursor(tokens: tokens))
        let syntax = parser.parseExpression()
        compiler.diagnostics += parser.diagnostics
        if let extra = parser.cursor.current {
            compiler.diagnostics.append(Diagnostic(.syntax("unexpected '\(extra.text)' after the condition"), at: extra.location))
            return nil
        }
        return syntax.flatMap { compiler.condition($0, context) }
    }

    /// The tokens of the code between two braces, located in the source.
    static func tokens(_ bytes: [UInt8], from start: Int, to end: Int, brace: (offset: Int, location: SourceLocation),
                       entry: TextEntrySyntax, compiler: inout Compiler) -> [Token] {
        var tokens: [Token] = []
        var index = start
        let slice = bytes[start..<end]
        // Code is ASCII, one column a byte from the brace; only code with other characters, or that runs
        // over a line of the source, is located the long way.
        let isSimple = !slice.contains { $0 >= 0x80 } && !entry.continuationPieces.contains { (start..<end).contains($0.offset) }
        func locate(_ offset: Int) -> SourceLocation {
            guard isSimple else { return entry.location(atByte: offset) }
            var location = brace.location
            location.column += offset - brace.offset
            return location
        }
        while index < end {
            let byte = bytes[index]
            if byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") {
                index += 1
                continue
            }
            let location = locate(index)
            if Lexer.isLetter(byte) {
                let cursor = Lexer.endOfWord(bytes, from: index, to: end)
                tokens.append(Token(kind: .word, text: String(decoding: bytes[index..<cursor], as: UTF8.self), location: location))
                index = cursor
            } else if Lexer.isDigit(byte) {
                let (cursor, value) = Lexer.wholeNumber(bytes, from: index, to: end)
                if value == nil { compiler.diagnostics.append(Diagnostic(.syntax("this number is too large"), at: location)) }
                tokens.append(Token(kind: .integer(value ?? Int.max), text: String(decoding: bytes[index..<cursor], as: UTF8.self), location: location))
                index = cursor
            } else if let symbol = Lexer.symbol(in: slice, at: index) {
                tokens.append(Token(kind: .symbol, text: symbol, location: location))
                index += symbol.utf8.count
            } else {
                var cursor = index + 1
                while cursor < end, bytes[cursor] >= 0x80 || !(Lexer.isLetter(bytes[cursor]) || Lexer.isDigit(bytes[cursor]) || bytes[cursor] == UInt8(ascii: " ")) { cursor += 1 }
                let run = String(decoding: bytes[index..<cursor], as: UTF8.self)
                compiler.diagnostics.append(Diagnostic(.syntax("'\(run.prefix(40))' cannot be written inside braces: they hold names such as {hunger} or code such as {if hunger > 50}; prose goes outside them"), at: location))
                index = cursor
            }
        }
        return tokens
    }
}
