/// Parses conditions and arithmetic by recursive descent, with a depth limit so that no input can
/// exhaust the stack.
///
///     expression  := or
///     or          := and ('or' and)*
///     and         := not ('and' not)*
///     not         := 'not' not | comparison
///     comparison  := sum (('<' | '<=' | '>' | '>=' | '=' | '!=') sum)?
///     sum         := product (('+' | '-') product)*
///     product     := unary (('*' | '/') unary)*
///     unary       := '-' unary | primary
///     primary     := INTEGER | 'yes' | 'no' | 'visited' ID | 'visits' ID | 'taken' CHOICE
///                  | 'times' 'taken' CHOICE | 'before' DATE | 'after' DATE
///                  | ID | '(' expression ')'
struct ExpressionParser {
    /// The deepest nesting accepted; deeper input is reported, never recursed into.
    static let maximumDepth = 64
    /// The most operators one expression may have: a long chain such as `a + b + c …` nests as deeply
    /// as parentheses do once it is checked and evaluated.
    static let maximumOperators = 200

    var cursor: TokenCursor
    private(set) var diagnostics: [Diagnostic] = []
    private var depth = 0
    private var operators = 0
    private var tooDeep = false

    init(cursor: TokenCursor) {
        self.cursor = cursor
    }

    /// Parses one expression; nil after reporting when it cannot.
    mutating func parseExpression() -> ExpressionSyntax? {
        let result = parseOr()
        if tooDeep { return nil }
        return result
    }

    private mutating func enter() -> Bool {
        depth += 1
        if depth > Self.maximumDepth {
            if !tooDeep {
                diagnostics.append(Diagnostic(.tooComplex("this condition is nested more than \(Self.maximumDepth) levels deep; split it into simpler conditions"), at: cursor.location))
            }
            tooDeep = true
            return false
        }
        return true
    }

    private mutating func leave() { depth -= 1 }

    /// Counts an operator; false (after reporting once) when the expression has too many.
    private mutating func countOperator() -> Bool {
        operators += 1
        if operators > Self.maximumOperators {
            if !tooDeep {
                diagnostics.append(Diagnostic(.tooComplex("this condition has more than \(Self.maximumOperators) operators; split it into simpler conditions"), at: cursor.location))
            }
            tooDeep = true
            return false
        }
        return true
    }

    private mutating func parseOr() -> ExpressionSyntax? {
        guard enter() else { return nil }
        defer { leave() }
        guard var left = parseAnd() else { return nil }
        while let token = cursor.current, token.isWord("or") {
            guard countOperator() else { return nil }
            cursor.advance()
            guard let right = parseAnd() else { return nil }
            left = .binary(.or, left, right, token.location)
        }
        return left
    }

    private mutating func parseAnd() -> ExpressionSyntax? {
        guard var left = parseNot() else { return nil }
        while let token = cursor.current, token.isWord("and") {
            guard countOperator() else { return nil }
            cursor.advance()
            guard let right = parseNot() else { return nil }
            left = .binary(.and, left, right, token.location)
        }
        return left
    }

    private mutating func parseNot() -> ExpressionSyntax? {
        guard enter() else { return nil }
        defer { leave() }
        if let token = cursor.current, token.isWord("not") {
            cursor.advance()
            guard let operand = parseNot() else { return nil }
            return .not(operand, token.location)
        }
        return parseComparison()
    }

    private mutating func parseComparison() -> ExpressionSyntax? {
        guard let left = parseSum() else { return nil }
        guard let token = cursor.current, token.kind == .symbol else { return left }
        let op: BinaryOperator
        switch token.text {
        case "<": op = .less
        case "<=": op = .lessOrEqual
        case ">": op = .greater
        case ">=": op = .greaterOrEqual
        case "=": op = .equal
        case "!=": op = .notEqual
        case "==":
            diagnostics.append(Diagnostic(.syntax("write '=' to compare, not '=='"), at: token.location))
            op = .equal
        default: return left
        }
        cursor.advance()
        guard let right = parseSum() else { return nil }
        if let next = cursor.current, next.kind == .symbol, ["<", "<=", ">", ">=", "=", "!="].contains(next.text) {
            diagnostics.append(Diagnostic(.syntax("comparisons cannot be chained; write 'a < b and b < c'"), at: next.location))
            return nil
        }
        return .binary(op, left, right, token.location)
    }

    private mutating func parseSum() -> ExpressionSyntax? {
        guard var left = parseProduct() else { return nil }
        while let token = cursor.current, token.isSymbol("+") || token.isSymbol("-") {
            guard countOperator() else { return nil }
            cursor.advance()
            guard let right = parseProduct() else { return nil }
            left = .binary(token.text == "+" ? .plus : .minus, left, right, token.location)
        }
        return left
    }

    private mutating func parseProduct() -> ExpressionSyntax? {
        guard var left = parseUnary() else { return nil }
        while let token = cursor.current, token.isSymbol("*") || token.isSymbol("/") {
            guard countOperator() else { return nil }
            cursor.advance()
            guard let right = parseUnary() else { return nil }
            left = .binary(token.text == "*" ? .times : .divide, left, right, token.location)
        }
        return left
    }

    private mutating func parseUnary() -> ExpressionSyntax? {
        guard enter() else { return nil }
        defer { leave() }
        if let token = cursor.current, token.isSymbol("-") {
            cursor.advance()
            guard let operand = parseUnary() else { return nil }
            return .negate(operand, token.location)
        }
        return parsePrimary()
    }

    private mutating func parsePrimary() -> ExpressionSyntax? {
        guard let token = cursor.current else {
            diagnostics.append(Diagnostic(.syntax("the condition stops too early; expected a value, a variable or '('"), at: cursor.location))
            return nil
        }
        switch token.kind {
        case .integer(let value):
            cursor.advance()
            return .integer(value, token.location)
        case .symbol where token.text == "(":
            cursor.advance()
            guard let inner = parseOr() else { return nil }
            guard cursor.take(symbol: ")") else {
                diagnostics.append(Diagnostic(.syntax("expected ')' to close the '(' at column \(token.location.column), found \(cursor.currentDescription)"), at: cursor.location))
                return nil
            }
            return inner
        case .word:
            switch token.text {
            case "yes", "no":
                cursor.advance()
                return .boolean(token.text == "yes", token.location)
            case "visited":
                cursor.advance()
                guard let scene = cursor.takeName() else {
                    diagnostics.append(Diagnostic(.syntax("'visited' needs a scene id, as in 'visited nevsky'"), at: cursor.location))
                    return nil
                }
                return .visited(scene, token.location)
            // `visits`, `taken` and `times` are keywords only before an id, so a format-1 variable
            // of that name keeps working.
            case "visits" where cursor.peekIsWord:
                cursor.advance()
                guard let scene = cursor.takeName() else { return nil }
                return .visits(scene, token.location)
            case "taken" where cursor.peekIsWord, "times" where cursor.peekIsWord:
                cursor.advance()
                let counting = token.text == "times"
                if counting, !cursor.take(word: "taken") {
                    diagnostics.append(Diagnostic(.syntax("write 'times taken CHOICE' for how many times a choice was taken"), at: cursor.location))
                    return nil
                }
                guard var choice = cursor.takeName() else {
                    diagnostics.append(Diagnostic(.syntax("'taken' needs a choice id, as in 'taken ask-dunya' or 'taken mill-gate.ask-dunya'"), at: cursor.location))
                    return nil
                }
                var scene: Name?
                if cursor.take(symbol: ".") {
                    guard let inner = cursor.takeName() else {
                        diagnostics.append(Diagnostic(.syntax("after '\(choice.text).' write the choice's id, as in 'taken mill-gate.ask-dunya'"), at: cursor.location))
                        return nil
                    }
                    scene = choice
                    choice = inner
                }
                return .taken(scene: scene, choice: choice, counting: counting, token.location)
            case "before", "after":
                cursor.advance()
                var momentParser = MomentParser(cursor: cursor)
                let moment = momentParser.parseMoment()
                cursor = momentParser.cursor
                diagnostics += momentParser.diagnostics
                guard let moment else { return nil }
                return token.text == "before" ? .before(moment, token.location) : .after(moment, token.location)
            case "and", "or", "not", "to", "from":
                diagnostics.append(Diagnostic(.syntax("expected a value before '\(token.text)'"), at: token.location))
                return nil
            default:
                cursor.advance()
                return .name(Name(text: token.text, location: token.location))
            }
        case .symbol:
            diagnostics.append(Diagnostic(.syntax("expected a value, a variable or '(' but found '\(token.text)'"), at: token.location))
            return nil
        }
    }
}
