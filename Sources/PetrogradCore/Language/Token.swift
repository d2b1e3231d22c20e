/// One token of a statement line: a word (keyword or id), a whole number, or a symbol.
public struct Token: Hashable, Sendable {
    /// What kind of token this is.
    public enum Kind: Hashable, Sendable {
        case word
        case integer(Int)
        case symbol
    }

    public var kind: Kind
    /// The token exactly as written.
    public var text: String
    public var location: SourceLocation

    /// Whether this token is the given word (keywords are lower case and matched exactly).
    func isWord(_ word: String) -> Bool { kind == .word && text == word }
    /// Whether this token is the given symbol.
    func isSymbol(_ symbol: String) -> Bool { kind == .symbol && text == symbol }
}
