/// Reads the tokens of one statement line from left to right, with intention-revealing methods.
///
/// A value: backtracking is copying it.
struct TokenCursor {
    let tokens: [Token]
    /// Where the line ends, for "expected … at the end of the line" messages.
    let endLocation: SourceLocation
    private(set) var index = 0

    init(tokens: [Token]) {
        self.tokens = tokens
        var end = tokens.last!.location
        end.column += tokens.last!.text.count
        endLocation = end
    }

    var isAtEnd: Bool { index >= tokens.count }
    var current: Token? { isAtEnd ? nil : tokens[index] }
    var location: SourceLocation { current?.location ?? endLocation }

    /// What the next token is, described for a message ("'foo'" or "the end of the line").
    var currentDescription: String { current.map { "'\($0.text)'" } ?? "the end of the line" }

    mutating func advance() { index += 1 }

    /// Whether the token after the current one is a word.
    var peekIsWord: Bool { index + 1 < tokens.count && tokens[index + 1].kind == .word }

    /// Consumes the next token if it is the given word.
    mutating func take(word: String) -> Bool {
        guard let token = current, token.isWord(word) else { return false }
        index += 1
        return true
    }

    /// Consumes the next token if it is the given symbol.
    mutating func take(symbol: String) -> Bool {
        guard let token = current, token.isSymbol(symbol) else { return false }
        index += 1
        return true
    }

    /// Consumes an id, or returns nil without moving.
    mutating func takeName() -> Name? {
        guard let token = current, token.kind == .word else { return nil }
        index += 1
        return Name(text: token.text, location: token.location)
    }

    /// Consumes a whole number (with an optional leading minus), or returns nil without moving.
    mutating func takeInteger() -> Int? {
        var copy = self
        let negative = copy.take(symbol: "-")
        guard let token = copy.current, case .integer(let value) = token.kind else { return nil }
        copy.advance()
        self = copy
        return negative ? -value : value
    }
}
