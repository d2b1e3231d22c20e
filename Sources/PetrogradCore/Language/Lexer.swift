import Foundation

/// Splits a scenario file into logical lines and tokens, with a 1-based location on each.
///
/// The format is line-oriented: a line is blank, a comment (`#`), a text line (`en: …`, continued on
/// lines indented further), or a statement (keywords, ids, numbers and symbols). The lexer works on
/// bytes so that a megabyte-long line costs one pass; it never fails, it reports.
struct Lexer {
    /// The longest statement line the lexer tokenises; longer lines are reported, not parsed.
    static let maximumStatementLength = 10_000

    let file: SourceFile
    private(set) var diagnostics: [Diagnostic] = []

    /// The file's number in `SourcePaths`, which every location the lexer makes carries.
    private let fileNumber: UInt32

    init(file: SourceFile) {
        self.file = file
        fileNumber = SourcePaths.shared.number(of: file.path)
    }

    /// The list the last statement's tokens were made in, kept to make the next one's in.
    private var tokenBuffer: [Token] = []

    /// The physical lines not yet read; nil until `start()` has accepted the file as text.
    private var physical: PhysicalLines?
    /// Where the line `nextLine()` last handed out starts.
    private(set) var lastLineStart = PhysicalLines.Position(offset: 0, number: 1)
    /// Where the next line starts.
    var position: PhysicalLines.Position { physical?.position ?? lastLineStart }

    /// A lexer of the same file, already started, that reads only the lines from `start` up to the line at
    /// byte `end`, with no reports of its own yet: for reading a scene's block again, once the whole file
    /// has been read with that block skipped (`skipToNextHeader`).
    func reading(from start: PhysicalLines.Position, to end: Int) -> Lexer {
        var copy = self
        copy.physical = physical?.reading(from: start, to: end)
        copy.diagnostics = []
        return copy
    }

    /// Prepares to hand out the file's lines; false (with the problem reported) when the file is not text
    /// at all.
    mutating func start() -> Bool {
        let pieces = file.pieces
        if let problem = pieces.textProblem {
            diagnostics.append(Diagnostic(.textUnreadable(problem.message), at: location(line: problem.line, column: problem.column)))
            return false
        }
        for found in pieces.controlCharacters {
            let message = DiagnosticMessage.controlCharacter(scalar: found.scalar, others: found.others)
            diagnostics.append(Diagnostic(message, at: location(line: found.line, column: found.column)))
        }
        replacedOffsets = pieces.replacedOffsets
        physical = PhysicalLines(pieces: pieces)
        return true
    }

    /// The next logical line of the file, or nil at its end. Lines are made one at a time as the parser
    /// asks, so a big file's lines and tokens are never all in memory at once.
    mutating func nextLine() -> Line? {
        guard var physical else { return nil }
        defer { self.physical = physical }
        while true {
            let lineStart = physical.position
            guard let (lineNumber, lineBytes) = physical.next() else { break }
            lastLineStart = lineStart
            pieceStart = physical.pieceStart
            let indent = Self.indentation(of: lineBytes)
            let body = lineBytes.dropFirst(indent)
            guard let first = body.first else { continue }
            if first == UInt8(ascii: "#") { continue }
            reportTab(inIndentationOf: lineBytes, line: lineNumber, indent: indent)
            if let colon = Self.languagePrefixLength(body) {
                // A text line, continued on following lines indented further than it.
                let text = readText(lineNumber: lineNumber, lineBytes: lineBytes, languageStart: body.startIndex, colon: colon,
                                    physical: &physical, stopsAtLanguageLines: false)
                return Line(number: lineNumber, indent: indent, content: text, location: text.languageLocation)
            }
            let lineLocation = location(line: lineNumber, bytes: lineBytes, offset: indent)
            if body.count > Self.maximumStatementLength {
                diagnostics.append(Diagnostic(
                    .tooComplex("this line is \(body.count) bytes long; a statement must be shorter than \(Self.maximumStatementLength) (long prose belongs on text lines such as 'en: …')"),
                    at: lineLocation))
                continue
            }
            let (tokens, rest, inlineStart) = tokenize(lineNumber: lineNumber, lineBytes: lineBytes, from: lineBytes.startIndex + indent)
            if tokens.isEmpty { continue }
            var inlineText: Line.Content?
            if let inlineStart, let colon = Self.languagePrefixLength(lineBytes[inlineStart...]) {
                // `choice ask en: Ask Dunya.`: the statement's first text, on its own line. Its other
                // languages follow on lines indented further, each starting with its code.
                inlineText = readText(lineNumber: lineNumber, lineBytes: lineBytes, languageStart: inlineStart, colon: colon,
                                      physical: &physical, stopsAtLanguageLines: true)
            }
            return Line(number: lineNumber, indent: indent, content: .statement(tokens: tokens, rest: rest),
                        location: lineLocation, inlineText: inlineText)
        }
        return nil
    }

    /// Reads a text that starts at `languageStart` (its code) on a line, with its continuation lines: the
    /// following lines indented further than the code stands, up to a blank line that nothing continues.
    /// For a text line that is further than the line's indentation; for a text at the end of a statement
    /// (`choice ask en: Ask.`) further than its `en:`, so the block's next statements are not taken in.
    /// Such a text (`stopsAtLanguageLines`) also stops at a line that starts with a language code: that is
    /// the same text in another language.
    private mutating func readText(lineNumber: Int, lineBytes: ArraySlice<UInt8>, languageStart: Int, colon: Int,
                          physical: inout PhysicalLines, stopsAtLanguageLines: Bool) -> Line.Content {
        let language = String(decoding: lineBytes[languageStart..<(languageStart + colon)], as: UTF8.self)
        let languageLocation = location(line: lineNumber, bytes: lineBytes, offset: languageStart - lineBytes.startIndex)
        let textStart = Self.skippingSpaces(lineBytes, from: languageStart + colon + 1)
        var body = String(decoding: Self.trimmingTrailingSpaces(lineBytes[textStart...]), as: UTF8.self)
        let bodyLocation = location(line: lineNumber, bytes: lineBytes, offset: textStart - lineBytes.startIndex)
        var continuationPieces: [TextPiece] = []
        var length = body.utf8.count
        var pendingBreak = false
        // Lines are read ahead; `physical` goes back to after the last line taken into the text.
        var taken = physical.position
        defer { physical.rewind(to: taken) }
        let codeIndent = languageStart - lineBytes.startIndex
        while let (nextNumber, next) = physical.next() {
            let nextIndent = Self.indentation(of: next)
            let kind = Self.continuation(next, indent: nextIndent, codeIndent: codeIndent, stopsAtLanguageLines: stopsAtLanguageLines)
            if kind == .blank {
                // A paragraph break if the text goes on after it.
                pendingBreak = true
                continue
            }
            guard kind == .continues else { break }
            reportTab(inIndentationOf: next, line: nextNumber, indent: nextIndent)
            let piece = String(decoding: Self.trimmingTrailingSpaces(next.dropFirst(nextIndent)), as: UTF8.self)
            if !body.isEmpty {
                let separator = pendingBreak ? "\n\n" : " "
                body += separator
                length += separator.utf8.count
            }
            pendingBreak = false
            continuationPieces.append(TextPiece(offset: length, location: location(line: nextNumber, bytes: next, offset: nextIndent)))
            body += piece
            length += piece.utf8.count
            taken = physical.position
        }
        return .text(TextEntrySyntax(language: language, languageLocation: languageLocation, body: body, bodyLocation: bodyLocation,
                                     continuationPieces: continuationPieces))
    }

    /// What a line after a text is to it.
    enum Continuation {
        /// Blank: a paragraph break if the text goes on after it.
        case blank
        /// More of the text: indented further than its language code.
        case continues
        /// Not the text's: the text ended before it.
        case end
    }

    /// Whether a line continues the text whose language code stands at `codeIndent`. One rule for reading a
    /// text and for skipping it, so that both end it at the same line.
    static func continuation(_ line: ArraySlice<UInt8>, indent: Int, codeIndent: Int, stopsAtLanguageLines: Bool) -> Continuation {
        if indent == line.count { return .blank }
        guard indent > codeIndent else { return .end }
        if stopsAtLanguageLines, languagePrefixLength(line.dropFirst(indent)) != nil { return .end }
        return .continues
    }

    // MARK: Skipping a block

    /// Moves past the lines of the block that is open, up to the next line that starts a block (a statement
    /// whose first word is one of `Parser.headers`), which is left to be read. Lines are told apart as
    /// `nextLine` tells them (texts with their continuation lines, comments, statements with a text at their
    /// end) but nothing is made of them and nothing is reported: the block is read again, whole, later.
    /// Returns how many of its statements start with `choice`.
    mutating func skipToNextHeader() -> Int {
        guard var physical else { return 0 }
        defer { self.physical = physical }
        var choiceLines = 0
        while true {
            let lineStart = physical.position
            guard let (_, lineBytes) = physical.next() else { return choiceLines }
            pieceStart = physical.pieceStart
            let indent = Self.indentation(of: lineBytes)
            let body = lineBytes.dropFirst(indent)
            guard let first = body.first, first != UInt8(ascii: "#") else { continue }
            if Self.languagePrefixLength(body) != nil {
                Self.skipText(codeIndent: indent, stopsAtLanguageLines: false, in: &physical)
                continue
            }
            if body.count > Self.maximumStatementLength { continue }
            let opening = statementOpening(lineBytes, from: body.startIndex)
            if opening.isHeader {
                // The next block's header is left to be read.
                physical.rewind(to: lineStart)
                return choiceLines
            }
            if opening.isChoice { choiceLines += 1 }
            if let codeStart = opening.textStart {
                Self.skipText(codeIndent: codeStart - lineBytes.startIndex, stopsAtLanguageLines: true, in: &physical)
            }
        }
    }

    /// Moves past a text's continuation lines (as `readText` takes them in).
    private static func skipText(codeIndent: Int, stopsAtLanguageLines: Bool, in physical: inout PhysicalLines) {
        var taken = physical.position
        defer { physical.rewind(to: taken) }
        while let (_, next) = physical.next() {
            let kind = continuation(next, indent: indentation(of: next), codeIndent: codeIndent, stopsAtLanguageLines: stopsAtLanguageLines)
            if kind == .blank { continue }
            guard kind == .continues else { return }
            taken = physical.position
        }
    }

    /// How a statement line begins, for skipping: whether it starts a block, whether it is a choice, and
    /// where a text at its end starts (its language code).
    private struct StatementOpening {
        var isHeader = false
        var isChoice = false
        var textStart: Int?
    }

    /// Walks a statement line's tokens as `tokenize` does, making none of them.
    private func statementOpening(_ lineBytes: ArraySlice<UInt8>, from start: Int) -> StatementOpening {
        var index = start
        let end = lineBytes.endIndex
        var tokenCount = 0
        var firstIsSource = false
        var opening = StatementOpening()
        // A text needs its language code's colon: on a line without one, only the first word matters.
        let mayHoldText = lineBytes[start...].withUnsafeBufferPointer { bytes in
            bytes.baseAddress.map { memchr($0, Int32(UInt8(ascii: ":")), bytes.count) != nil } ?? false
        }
        while index < end {
            let byte = lineBytes[index]
            if byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") {
                index += 1
                continue
            }
            // `source` takes the rest of the line as it is written.
            if tokenCount == 1, firstIsSource || !mayHoldText { return opening }
            if byte == UInt8(ascii: "#") { return opening }
            if tokenCount > 0, Self.mayStartLanguageCode(lineBytes, at: index), Self.languagePrefixLength(lineBytes[index...]) != nil {
                opening.textStart = index
                return opening
            }
            if Self.isLetter(byte) {
                let cursor = Self.endOfWord(lineBytes, from: index, to: end)
                if tokenCount == 0 {
                    let word = lineBytes[index..<cursor]
                    if Parser.headerWords.contains(word) {
                        opening.isHeader = true
                        return opening
                    }
                    opening.isChoice = word.elementsEqual("choice".utf8)
                    firstIsSource = word.elementsEqual("source".utf8)
                }
                tokenCount += 1
                index = cursor
            } else if Self.isDigit(byte) {
                index = Self.wholeNumber(lineBytes, from: index, to: end).end
                tokenCount += 1
            } else if let symbol = Self.symbol(in: lineBytes, at: index) {
                index += symbol.utf8.count
                tokenCount += 1
            } else if replacedOffsets.contains(pieceStart + index) {
                index += 3
            } else {
                var cursor = index + 1
                while cursor < end, !Self.isTokenStart(lineBytes[cursor]) { cursor += 1 }
                index = cursor
            }
        }
        return opening
    }

    /// Reports the first tab in a line's indentation. Editors show a tab as different widths, so the
    /// indentation that continues a text (or places a `go`) would mean something other than what the
    /// author sees.
    private mutating func reportTab(inIndentationOf bytes: ArraySlice<UInt8>, line: Int, indent: Int) {
        guard let tab = bytes.prefix(indent).firstIndex(of: UInt8(ascii: "\t")) else { return }
        diagnostics.append(Diagnostic(
            .syntax("tab found: indent with spaces (editors show a tab as different widths, so Petrograd cannot tell how far a tab indents)"),
            at: location(line: line, column: tab - bytes.startIndex + 1)))
    }

    // MARK: Control characters

    /// The offsets (in the bytes the lexer reads) of the U+FFFD that stand for reported control characters.
    private var replacedOffsets = Set<Int>()
    /// Where the piece of the line being read starts in the text: its bytes are indexed from there.
    private var pieceStart = 0

    /// A piece of a file's bytes (whole lines) as the lexer reads them: without the byte-order mark in the
    /// first piece, with ordinary line ends when it is the only piece (a file with lines ended by CR alone
    /// has no line feed to cut it at), and with every character `ControlCharacters.isForbidden` refuses
    /// replaced by U+FFFD, which has the same width in characters: columns stay right, and no later message
    /// can carry the raw character to a terminal. Tabs stay as they are, and so does the CR of a CRLF line
    /// end (or at the end of the file). Also where the U+FFFDs are, and the lines that hold such
    /// characters, to report (PG003) at the first on each; lines are counted from the piece's first.
    static func normalized(_ raw: [UInt8], isFirst: Bool, isOnly: Bool)
        -> (bytes: [UInt8], replaced: [Int], controlCharacters: [SourcePieces.ControlCharacter]) {
        var bytes = isFirst ? withoutByteOrderMark(raw) : raw
        if isOnly { bytes = withOrdinaryLineEnds(bytes) }
        return replacingControlCharacters(bytes)
    }

    private static func replacingControlCharacters(_ bytes: [UInt8])
        -> (bytes: [UInt8], replaced: [Int], controlCharacters: [SourcePieces.ControlCharacter]) {
        // Only these bytes can begin a forbidden scalar: C0 controls, DEL, the lead byte of U+0080–U+009F,
        // and the lead byte of U+202A–U+206F.
        func isCandidate(_ byte: UInt8) -> Bool {
            (byte < 0x20 && byte != 0x09 && byte != 0x0A) || byte == 0x7F || byte == 0xC2 || byte == 0xE2
        }
        func forbiddenScalar(at index: Int) -> (Unicode.Scalar, Int)? {
            let byte = bytes[index]
            guard isCandidate(byte), let (scalar, length) = Self.scalar(in: bytes, at: index), ControlCharacters.isForbidden(scalar),
                  !(byte == 0x0D && (index + 1 == bytes.count || bytes[index + 1] == 0x0A))
            else { return nil }
            return (scalar, length)
        }
        // Most files hold none: then they are read as they are, without a copy.
        // Candidates are looked for a byte at a time without bounds checks: this runs over every byte
        // of a story each time a piece of it is read.
        let firstFound = bytes.withUnsafeBufferPointer { buffer -> Int? in
            for index in buffer.indices where isCandidate(buffer[index]) {
                if forbiddenScalar(at: index) != nil { return index }
            }
            return nil
        }
        guard let first = firstFound else { return (bytes, [], []) }
        var result = Array(bytes[..<first])
        result.reserveCapacity(bytes.count + 16)
        var line = 1 + bytes[..<first].count(where: { $0 == 0x0A })
        var lineStart = (bytes[..<first].lastIndex(of: 0x0A)).map { $0 + 1 } ?? 0
        // The first forbidden character of the current line (its value and column), and how many more follow.
        var pendingScalar: UInt32?
        var pendingColumn = 0
        var pendingOthers = 0
        var found: [SourcePieces.ControlCharacter] = []
        var replaced: [Int] = []
        var index = first
        while index < bytes.count {
            let byte = bytes[index]
            if byte == 0x0A {
                if let scalar = pendingScalar { found.append(SourcePieces.ControlCharacter(line: line, scalar: scalar, column: pendingColumn, others: pendingOthers)) }
                pendingScalar = nil
                line += 1
                lineStart = index + 1
                result.append(byte)
                index += 1
                continue
            }
            guard let (scalar, length) = forbiddenScalar(at: index) else {
                result.append(byte)
                index += 1
                continue
            }
            if pendingScalar == nil {
                pendingScalar = scalar.value
                pendingColumn = String(decoding: bytes[lineStart..<index], as: UTF8.self).count + 1
                pendingOthers = 0
            } else {
                pendingOthers += 1
            }
            replaced.append(result.count)
            result += [0xEF, 0xBF, 0xBD]
            index += length
        }
        if let scalar = pendingScalar { found.append(SourcePieces.ControlCharacter(line: line, scalar: scalar, column: pendingColumn, others: pendingOthers)) }
        return (result, replaced, found)
    }

    /// The scalar that starts at a byte of valid UTF-8, and its length in bytes.
    private static func scalar(in bytes: [UInt8], at index: Int) -> (Unicode.Scalar, Int)? {
        var iterator = bytes[index...].makeIterator()
        var decoder = UTF8()
        guard case .scalarValue(let scalar) = decoder.decode(&iterator) else { return nil }
        return (scalar, UTF8.width(scalar))
    }

    // MARK: Tokens

    /// The tokens of a statement line, the raw rest of a `source` line, and where a text written at the end
    /// of the statement begins (`choice ask en: Ask Dunya.`), if one is.
    private mutating func tokenize(lineNumber: Int, lineBytes: ArraySlice<UInt8>, from start: Int) -> ([Token], String, Int?) {
        // The last line's list, emptied: the parser has let go of that line, so the list is written in
        // place and no line allocates one (room for a usual statement is made once).
        var tokens = tokenBuffer
        tokenBuffer = []
        tokens.removeAll(keepingCapacity: true)
        if tokens.capacity < 8 { tokens.reserveCapacity(8) }
        defer { tokenBuffer = tokens }
        var rest = ""
        var inlineStart: Int?
        var index = start
        let end = lineBytes.endIndex
        while index < end {
            let byte = lineBytes[index]
            if byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") {
                index += 1
                continue
            }
            let tokenLocation = location(line: lineNumber, bytes: lineBytes, offset: index - lineBytes.startIndex)
            if tokens.count == 1, tokens[0].isWord("source") {
                // `source` takes the rest of the line as it is written: a reference is prose, not tokens.
                rest = String(decoding: Self.trimmingTrailingSpaces(lineBytes[index...]), as: UTF8.self)
                break
            }
            if byte == UInt8(ascii: "#") { break }
            if !tokens.isEmpty, Self.mayStartLanguageCode(lineBytes, at: index), Self.languagePrefixLength(lineBytes[index...]) != nil {
                inlineStart = index
                break
            }
            if Self.isLetter(byte) {
                let cursor = Self.endOfWord(lineBytes, from: index, to: end)
                tokens.append(Token(kind: .word, text: String(decoding: lineBytes[index..<cursor], as: UTF8.self), location: tokenLocation))
                index = cursor
            } else if Self.isDigit(byte) {
                let (cursor, value) = Self.wholeNumber(lineBytes, from: index, to: end)
                let text = String(decoding: lineBytes[index..<cursor], as: UTF8.self)
                if value == nil {
                    diagnostics.append(Diagnostic(.syntax("the number \(text.prefix(30))… is too large"), at: tokenLocation))
                }
                tokens.append(Token(kind: .integer(value ?? Int.max), text: text, location: tokenLocation))
                index = cursor
            } else if let symbol = Self.symbol(in: lineBytes, at: index) {
                tokens.append(Token(kind: .symbol, text: symbol, location: tokenLocation))
                index += symbol.utf8.count
            } else if replacedOffsets.contains(pieceStart + index) {
                // A control character, already reported (PG003).
                index += 3
            } else {
                // Report the whole run of unexpected characters once, then carry on after it.
                var cursor = index + 1
                while cursor < end, !Self.isTokenStart(lineBytes[cursor]) { cursor += 1 }
                let run = String(decoding: lineBytes[index..<cursor], as: UTF8.self)
                let message: String
                if byte >= 0x80 {
                    message = "'\(run.prefix(40))' cannot be part of a statement: ids are written with ASCII letters, digits, '-' and '_', and prose goes on a text line such as 'hi: …'"
                } else {
                    message = "unexpected '\(run.prefix(40))' in a statement"
                }
                diagnostics.append(Diagnostic(.syntax(message), at: tokenLocation))
                index = cursor
            }
        }
        return (tokens, rest, inlineStart)
    }

    static func symbol(in bytes: ArraySlice<UInt8>, at index: Int) -> String? {
        let byte = bytes[index]
        let next: UInt8? = index + 1 < bytes.endIndex ? bytes[index + 1] : nil
        switch byte {
        case UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "!"), UInt8(ascii: "="):
            if next == UInt8(ascii: "=") { return String(decoding: [byte, UInt8(ascii: "=")], as: UTF8.self) }
            return byte == UInt8(ascii: "!") ? nil : String(UnicodeScalar(byte))
        case UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "*"), UInt8(ascii: "/"), UInt8(ascii: "("),
             UInt8(ascii: ")"), UInt8(ascii: ","), UInt8(ascii: ":"), UInt8(ascii: "%"), UInt8(ascii: "."):
            return String(UnicodeScalar(byte))
        default:
            return nil
        }
    }

    private static func isTokenStart(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") || byte == UInt8(ascii: "#") || isLetter(byte) || isDigit(byte)
            || (byte < 0x80 && "<>=!+-*/(),:%.".utf8.contains(byte))
    }

    static func isLetter(_ byte: UInt8) -> Bool {
        (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z")) || (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z"))
    }

    static func isDigit(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }

    static func isIdentifierByte(_ byte: UInt8) -> Bool {
        isLetter(byte) || isDigit(byte) || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "_")
    }

    // MARK: Lines

    /// Where an id that starts at `start` ends. An id never ends with '-', so `a -1` and `a-` both read
    /// sensibly.
    static func endOfWord<Bytes: RandomAccessCollection<UInt8>>(_ bytes: Bytes, from start: Int, to end: Int) -> Int where Bytes.Index == Int {
        var cursor = start + 1
        while cursor < end, isIdentifierByte(bytes[cursor]) { cursor += 1 }
        while cursor > start + 1, bytes[cursor - 1] == UInt8(ascii: "-") { cursor -= 1 }
        return cursor
    }

    /// Where the digits that start at `start` end, and their value; nil when it is too large for an Int.
    static func wholeNumber<Bytes: RandomAccessCollection<UInt8>>(_ bytes: Bytes, from start: Int, to end: Int) -> (end: Int, value: Int?) where Bytes.Index == Int {
        var cursor = start
        var value = 0
        var overflow = false
        while cursor < end, isDigit(bytes[cursor]) {
            let (times, o1) = value.multipliedReportingOverflow(by: 10)
            let (plus, o2) = times.addingReportingOverflow(Int(bytes[cursor] - UInt8(ascii: "0")))
            overflow = overflow || o1 || o2
            value = plus
            cursor += 1
        }
        return (cursor, overflow ? nil : value)
    }

    /// A quick test before `languagePrefixLength`, which most words of a statement fail: a language
    /// code is two or three lower-case letters, then a colon or a hyphen.
    static func mayStartLanguageCode(_ bytes: ArraySlice<UInt8>, at index: Int) -> Bool {
        guard bytes[index] >= UInt8(ascii: "a"), bytes[index] <= UInt8(ascii: "z") else { return false }
        for offset in 2...3 where index + offset < bytes.endIndex {
            let byte = bytes[index + offset]
            if byte == UInt8(ascii: ":") || byte == UInt8(ascii: "-") { return true }
        }
        return false
    }

    /// The length of a leading language code (`en`, `hi`, `pt-BR`) when the line is a text line.
    static func languagePrefixLength(_ body: ArraySlice<UInt8>) -> Int? {
        var count = 0
        var index = body.startIndex
        while index < body.endIndex, body[index] >= UInt8(ascii: "a"), body[index] <= UInt8(ascii: "z") {
            count += 1
            index += 1
        }
        guard (2...3).contains(count) else { return nil }
        if index < body.endIndex, body[index] == UInt8(ascii: "-") {
            var region = 0
            index += 1
            while index < body.endIndex, isLetter(body[index]) || isDigit(body[index]) {
                region += 1
                index += 1
            }
            guard region > 0 else { return nil }
        }
        guard index < body.endIndex, body[index] == UInt8(ascii: ":") else { return nil }
        let after = index + 1
        guard after == body.endIndex || body[after] == UInt8(ascii: " ") || body[after] == UInt8(ascii: "\t") else { return nil }
        return index - body.startIndex
    }

    private static func indentation(of bytes: ArraySlice<UInt8>) -> Int {
        var count = 0
        for byte in bytes {
            guard byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") else { break }
            count += 1
        }
        return count
    }

    private static func skippingSpaces(_ bytes: ArraySlice<UInt8>, from index: Int) -> Int {
        var cursor = index
        while cursor < bytes.endIndex, bytes[cursor] == UInt8(ascii: " ") || bytes[cursor] == UInt8(ascii: "\t") { cursor += 1 }
        return cursor
    }

    /// The bytes without the UTF-8 byte-order mark that Windows Notepad puts at the start of a file: it
    /// is no part of the text, and columns are counted as an editor shows them, without it.
    static func withoutByteOrderMark(_ bytes: [UInt8]) -> [UInt8] {
        bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? Array(bytes.dropFirst(3)) : bytes
    }

    /// A file whose lines end in CR alone (as old Mac editors write) read with LF line ends; the bytes
    /// keep their places, so every column stays right. A file with any LF keeps its CRs, and a CR inside
    /// a line is reported as a control character.
    static func withOrdinaryLineEnds(_ bytes: [UInt8]) -> [UInt8] {
        guard !bytes.contains(0x0A), bytes.contains(0x0D) else { return bytes }
        return bytes.map { $0 == 0x0D ? 0x0A : $0 }
    }

    /// The Unicode encoding other than UTF-8 that the bytes are in, judged from a byte-order mark or
    /// from the NUL bytes that ASCII text has in UTF-16 and UTF-32; nil when they are not.
    static func otherUnicodeEncoding(_ bytes: [UInt8]) -> String? {
        if bytes.starts(with: [0xFF, 0xFE, 0x00, 0x00]) || bytes.starts(with: [0x00, 0x00, 0xFE, 0xFF]) { return "UTF-32" }
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) { return "UTF-16" }
        let sample = bytes.prefix(400)
        guard sample.count >= 8 else { return nil }
        let evenNuls = stride(from: 0, to: sample.count, by: 2).filter { sample[$0] == 0 }.count
        let oddNuls = stride(from: 1, to: sample.count, by: 2).filter { sample[$0] == 0 }.count
        let half = sample.count / 2
        // ASCII text is three quarters NUL in UTF-32, and half NUL (every other byte) in UTF-16.
        if (evenNuls + oddNuls) * 100 > sample.count * 65 { return "UTF-32" }
        if max(evenNuls, oddNuls) > half * 7 / 10, min(evenNuls, oddNuls) < half / 10 { return "UTF-16" }
        return nil
    }

    /// How many of a file's first bytes its encoding is judged by.
    static let encodingSampleSize = 400

    /// Why a file is not UTF-8 text, and where, from what was found in it: an encoding other than UTF-8,
    /// its first NUL byte, its first byte where UTF-8 goes wrong. Nil when it is text.
    static func unreadableTextProblem(encoding: String?, nul: (line: Int, column: Int)?, badByte: (offset: Int, line: Int, column: Int)?)
        -> (message: String, line: Int, column: Int)? {
        if let encoding {
            return ("this file is saved as \(encoding), but scenario files are UTF-8 text; open it in your editor and save it again as UTF-8 (in Notepad: Save As, then Encoding: UTF-8)", 1, 1)
        }
        if let nul {
            return ("this file contains a NUL byte, so it is not a text file; scenario files are plain UTF-8 text", nul.line, nul.column)
        }
        if let badByte {
            return ("this file is not valid UTF-8 text (a bad byte at byte \(badByte.offset + 1)); save it as UTF-8 in your editor", badByte.line, badByte.column)
        }
        return nil
    }

    /// The offset of the first byte where decoding UTF-8 goes wrong; nil when the bytes are UTF-8.
    static func firstInvalidUTF8(_ bytes: [UInt8]) -> Int? {
        if String(validating: bytes, as: UTF8.self) != nil { return nil }
        var iterator = bytes.makeIterator()
        var decoder = UTF8()
        var offset = 0
        loop: while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar): offset += UTF8.width(scalar)
            case .emptyInput, .error: break loop
            }
        }
        return offset
    }

    static func lineAndColumn(of offset: Int, in bytes: [UInt8]) -> (Int, Int) {
        var line = 1
        var lineStart = 0
        for index in 0..<min(offset, bytes.count) where bytes[index] == UInt8(ascii: "\n") {
            line += 1
            lineStart = index + 1
        }
        let prefix = bytes[lineStart..<min(offset, bytes.count)]
        return (line, String(decoding: prefix, as: UTF8.self).count + 1)
    }

    private func location(line: Int, column: Int) -> SourceLocation {
        SourceLocation(fileNumber: fileNumber, line: line, column: column)
    }

    /// The location of a byte offset in a line, with the column counted in characters.
    private func location(line: Int, bytes: ArraySlice<UInt8>, offset: Int) -> SourceLocation {
        let prefix = bytes.prefix(offset)
        // Statements are almost always ASCII, where a byte is a character; count characters only otherwise.
        let column = prefix.withContiguousStorageIfAvailable({ !$0.contains { $0 >= 0x80 } }) ?? !prefix.contains { $0 >= 0x80 }
            ? offset + 1 : String(decoding: prefix, as: UTF8.self).count + 1
        return SourceLocation(fileNumber: fileNumber, line: line, column: column)
    }
}

extension Lexer {
    /// The bytes without the spaces and tabs at their end: trimmed before they are decoded, so that each
    /// text is made once. (A space before a combining mark is not at the end, in bytes as in characters.)
    static func trimmingTrailingSpaces(_ bytes: ArraySlice<UInt8>) -> ArraySlice<UInt8> {
        var end = bytes.endIndex
        while end > bytes.startIndex, bytes[end - 1] == UInt8(ascii: " ") || bytes[end - 1] == UInt8(ascii: "\t") { end -= 1 }
        return bytes[bytes.startIndex..<end]
    }
}
