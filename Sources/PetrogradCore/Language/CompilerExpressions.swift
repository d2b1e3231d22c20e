/// What an expression may look at where it stands.
struct ExpressionContext {
    /// False in world events, which know only the world and the date.
    var allowsPlayerData: Bool
    /// The scene whose choices `taken CHOICE` names without a scene.
    var scene: Int? = nil
}

/// The type of a checked expression.
enum ExpressionType {
    case number
    case boolean

    var article: String { self == .number ? "a number" : "a yes/no condition" }
}

extension Compiler {
    /// Checks a condition: it must be yes/no.
    mutating func condition(_ syntax: ExpressionSyntax, _ context: ExpressionContext) -> Expression? {
        guard let (expression, type) = expression(syntax, context) else { return nil }
        guard type == .boolean else {
            diagnostics.append(Diagnostic(.typeMismatch("this is a number, but a condition must be true or false; compare it, as in '\(Self.describe(syntax)) > 50'"), at: syntax.location))
            return nil
        }
        return shared(expression)
    }

    /// The copy of `expression` kept so far, or `expression`, now kept. Stories ask the same things in many
    /// scenes ("hunger > 50 and strike < 20") and subtract the same amounts: each is kept once, and its
    /// boxes shared. A lone variable or constant has no boxes to share.
    mutating func shared(_ expression: Expression) -> Expression {
        switch expression {
        case .constant, .variable, .visited, .before, .notBefore: expression
        case .not, .and, .or, .negate, .compare, .arithmetic: sharedExpressions.insert(expression).memberAfterInsert
        }
    }

    /// Checks an expression and works out its type.
    mutating func expression(_ syntax: ExpressionSyntax, _ context: ExpressionContext) -> (Expression, ExpressionType)? {
        switch syntax {
        case .integer(let value, _):
            return (.constant(value), .number)
        case .boolean(let value, _):
            return (.constant(value ? 1 : 0), .boolean)
        case .name(let name):
            if variableIndex[name.text] == nil, let constant = constantValues[name.text] {
                return (.constant(constant.value), .number)
            }
            guard let reference = variableIndex[name.text] else {
                var candidates = Array(variableIndex.keys)
                if context.allowsPlayerData { candidates.sort() }
                let base = name.text.split(separator: "-").first.map(String.init)
                if name.text.contains("-"), let base, variableIndex[base] != nil {
                    diagnostics.append(Diagnostic(.unknownName(kind: "variable", name: name.text, suggestion: nil), at: name.location,
                                                  notes: [.init(location: name.location, message: "to subtract, put spaces around the minus sign: '\(base) - …'")]))
                } else {
                    unknown(name, kind: "variable", candidates: candidates)
                }
                return nil
            }
            usedVariables.insert(reference)
            if reference.scope == .player, !context.allowsPlayerData {
                diagnostics.append(Diagnostic(.playerDataInWorldEvent(name: name.text), at: name.location))
                return nil
            }
            let variable = reference.scope == .world ? worldVariables[reference.index] : playerVariables[reference.index]
            return (.variable(reference), variable.type == .number ? .number : .boolean)
        case .visited(let name, let location):
            guard let scene = sceneIndex[name.text] else {
                unknown(name, kind: "scene", candidates: sceneIndex.keys)
                return nil
            }
            if !context.allowsPlayerData {
                diagnostics.append(Diagnostic(.playerDataInWorldEvent(name: "visited \(name.text)"), at: location))
                return nil
            }
            return (.visited(scene: scene), .boolean)
        case .visits(let name, let location):
            guard sceneIndex[name.text] != nil else {
                unknown(name, kind: "scene", candidates: sceneIndex.keys)
                return nil
            }
            guard context.allowsPlayerData else {
                diagnostics.append(Diagnostic(.playerDataInWorldEvent(name: "visits \(name.text)"), at: location))
                return nil
            }
            return (.variable(counter("visits:\(name.text)", at: location)), .number)
        case .taken(let sceneName, let choiceName, let counting, let location):
            guard let (scene, choice) = takenChoice(sceneName, choiceName, context) else { return nil }
            guard context.allowsPlayerData else {
                diagnostics.append(Diagnostic(.playerDataInWorldEvent(name: "taken \(choice)"), at: location))
                return nil
            }
            if !counting { countComparedWith = 0 }
            let count = Expression.variable(counter("taken:\(scenes[scene].name.text).\(choice)", at: location))
            return counting ? (count, .number) : (.compare(.greater, count, .constant(0)), .boolean)
        case .before(let momentSyntax, _):
            guard let value = moment(momentSyntax) else { return nil }
            return (.before(value), .boolean)
        case .after(let momentSyntax, _):
            guard let value = moment(momentSyntax) else { return nil }
            // A whole day counts as a whole day: `after 26 Feb` begins when 27 Feb does.
            let threshold = momentSyntax.minuteOfDay == nil ? value.startOfNextDay : value
            return (.notBefore(threshold), .boolean)
        case .not(let operand, _):
            guard let inner = booleanOperand(operand, context, of: "not") else { return nil }
            return (.not(inner), .boolean)
        case .negate(let operand, _):
            guard let inner = numberOperand(operand, context, of: "-") else { return nil }
            return (.negate(inner), .number)
        case .binary(let op, let left, let right, let location):
            switch op {
            case .and, .or:
                let a = booleanOperand(left, context, of: op.rawValue)
                let b = booleanOperand(right, context, of: op.rawValue)
                guard let a, let b else { return nil }
                return (op == .and ? .and(a, b) : .or(a, b), .boolean)
            case .equal, .notEqual:
                countComparedWith = Self.comparedConstant(left, right)
                let a = expression(left, context)
                countComparedWith = Self.comparedConstant(right, left)
                let b = expression(right, context)
                countComparedWith = nil
                guard let a, let b else { return nil }
                if a.1 != b.1 {
                    diagnostics.append(Diagnostic(.typeMismatch("'\(op.rawValue)' compares \(a.1.article) with \(b.1.article); compare like with like, as in 'marched = yes' or 'hunger = 50'"), at: location))
                    return nil
                }
                checkComparedConstant(left, right)
                return (.compare(op == .equal ? .equal : .notEqual, a.0, b.0), .boolean)
            case .less, .lessOrEqual, .greater, .greaterOrEqual:
                countComparedWith = Self.comparedConstant(left, right)
                let a = numberOperand(left, context, of: op.rawValue)
                countComparedWith = Self.comparedConstant(right, left)
                let b = numberOperand(right, context, of: op.rawValue)
                countComparedWith = nil
                guard let a, let b else { return nil }
                checkComparedConstant(left, right)
                let comparison: Expression.Comparison = switch op {
                case .less: .less
                case .lessOrEqual: .lessOrEqual
                case .greater: .greater
                default: .greaterOrEqual
                }
                return (.compare(comparison, a, b), .boolean)
            case .plus, .minus, .times, .divide:
                let a = numberOperand(left, context, of: op.rawValue)
                let b = numberOperand(right, context, of: op.rawValue)
                guard let a, let b else { return nil }
                if op == .divide, case .integer(0, let zero) = right {
                    diagnostics.append(Diagnostic(.typeMismatch("this divides by zero"), at: zero))
                    return nil
                }
                let arithmetic: Expression.Arithmetic = switch op {
                case .plus: .plus
                case .minus: .minus
                case .times: .times
                default: .divide(at: location)
                }
                return (.arithmetic(arithmetic, a, b), .number)
            }
        }
    }

    private mutating func booleanOperand(_ syntax: ExpressionSyntax, _ context: ExpressionContext, of op: String) -> Expression? {
        guard let (expression, type) = expression(syntax, context) else { return nil }
        guard type == .boolean else {
            diagnostics.append(Diagnostic(.typeMismatch("'\(op)' needs yes/no conditions on both sides, but this is a number; compare it, as in '\(Self.describe(syntax)) > 0'"), at: syntax.location))
            return nil
        }
        return expression
    }

    private mutating func numberOperand(_ syntax: ExpressionSyntax, _ context: ExpressionContext, of op: String) -> Expression? {
        guard let (expression, type) = expression(syntax, context) else { return nil }
        guard type == .number else {
            diagnostics.append(Diagnostic(.typeMismatch("'\(op)' works on numbers, but \(Self.describe(syntax)) is a yes/no flag or condition"), at: syntax.location))
            return nil
        }
        return expression
    }

    /// A variable compared with a number outside its range is a mistake: the comparison never changes.
    private mutating func checkComparedConstant(_ left: ExpressionSyntax, _ right: ExpressionSyntax) {
        // Each side in turn as the variable's (called for every comparison: no list is made of the two).
        checkComparedConstant(variableSide: left, constantSide: right)
        checkComparedConstant(variableSide: right, constantSide: left)
    }

    private mutating func checkComparedConstant(variableSide: ExpressionSyntax, constantSide: ExpressionSyntax) {
        guard case .name(let name) = variableSide, let reference = variableIndex[name.text] else { return }
        let variable = reference.scope == .world ? worldVariables[reference.index] : playerVariables[reference.index]
        guard variable.type == .number else { return }
        var value: Int?
        var location = constantSide.location
        if case .integer(let v, let l) = constantSide { value = v; location = l }
        if case .negate(.integer(let v, _), let l) = constantSide { value = -v; location = l }
        // One past either end is a common, harmless way to write a bound (`hunger > -1`); further is a mistake.
        if let value, Self.distance(value, outside: variable.minimum...variable.maximum) > 1 {
            diagnostics.append(Diagnostic(.valueOutOfRange(value: value, variable: name.text, minimum: variable.minimum, maximum: variable.maximum), at: location))
        }
    }

    /// How far a value lies outside a range (0 inside), without overflowing.
    static func distance(_ value: Int, outside range: ClosedRange<Int>) -> UInt {
        if value < range.lowerBound { return UInt(bitPattern: range.lowerBound &- value) }
        if value > range.upperBound { return UInt(bitPattern: value &- range.upperBound) }
        return 0
    }

    static func describe(_ syntax: ExpressionSyntax) -> String {
        switch syntax {
        case .name(let name): name.text
        case .integer(let value, _): String(value)
        default: "the value"
        }
    }

    // MARK: Effects

    /// The effects that resolve, in a list made at their number (one allocation, not one a doubling).
    mutating func effects(_ syntax: [EffectSyntax], _ context: ExpressionContext) -> [Effect] {
        var effects: [Effect] = []
        effects.reserveCapacity(syntax.count)
        for effectSyntax in syntax {
            if let effect = effect(effectSyntax, context) { effects.append(effect) }
        }
        // Stories do the same things in many places ("add 5 to hunger"): each list is kept once.
        return effects.isEmpty ? effects : sharedEffectLists.insert(effects).memberAfterInsert
    }

    mutating func effect(_ syntax: EffectSyntax, _ context: ExpressionContext) -> Effect? {
        switch syntax {
        case .set(let name, let valueSyntax, _):
            guard let (reference, variable) = assignable(name, context) else { return nil }
            guard let valueSyntax else {
                guard variable.type == .flag else {
                    diagnostics.append(Diagnostic(.typeMismatch("'\(name.text)' is a number; write 'set \(name.text) to 10' (only flags can be set without a value)"), at: name.location))
                    return nil
                }
                return .set(reference, .constant(1))
            }
            guard let (value, type) = expression(valueSyntax, context) else { return nil }
            let expected: ExpressionType = variable.type == .number ? .number : .boolean
            guard type == expected else {
                diagnostics.append(Diagnostic(.typeMismatch("'\(name.text)' is \(expected.article), but this value is \(type.article)"), at: valueSyntax.location))
                return nil
            }
            checkConstant(valueSyntax, fits: variable)
            return .set(reference, value)
        case .clear(let name, _):
            guard let (reference, variable) = assignable(name, context) else { return nil }
            guard variable.type == .flag else {
                diagnostics.append(Diagnostic(.typeMismatch("'\(name.text)' is a number; only flags can be cleared (write 'set \(name.text) to 0')"), at: name.location))
                return nil
            }
            return .set(reference, .constant(0))
        case .add(let amountSyntax, let name, _), .subtract(let amountSyntax, let name, _):
            guard let (reference, variable) = assignable(name, context) else { return nil }
            guard variable.type == .number else {
                diagnostics.append(Diagnostic(.typeMismatch("'\(name.text)' is a flag; use 'set \(name.text)' or 'clear \(name.text)' instead of adding"), at: name.location))
                return nil
            }
            guard let amount = numberOperand(amountSyntax, context, of: "add") else { return nil }
            if case .subtract = syntax { return .add(reference, shared(.negate(amount))) }
            return .add(reference, amount)
        case .advance(let minutes, let location):
            if !context.allowsPlayerData {
                diagnostics.append(Diagnostic(.misplacedStatement(statement: "advance", place: "in a world event", hint: ""), at: location))
                return nil
            }
            return .advance(minutes: minutes, location)
        case .journal(let textSyntax):
            return .journal(text(textSyntax, what: "this journal line", required: true, context: context))
        case .conditional(let branches, _):
            let compiled = branches.map { branch in
                EffectBranch(condition: branch.condition.flatMap { condition($0, context) } ?? (branch.condition == nil ? nil : .constant(0)),
                             effects: effects(branch.effects, context))
            }
            return .conditional(compiled)
        case .move(let roleName, let sceneName, _):
            var role: Int?
            if let roleName {
                guard let index = self.role(roleName) else { return nil }
                role = index
            }
            guard let scene = sceneIndex[sceneName.text] else {
                unknown(sceneName, kind: "scene", candidates: sceneIndex.keys)
                return nil
            }
            checkOnceRead(.moves(role: role, to: scene, name: sceneName))
            return .move(role: role, scene: scene)
        }
    }

    private mutating func assignable(_ name: Name, _ context: ExpressionContext) -> (VariableReference, Variable)? {
        guard let reference = variableIndex[name.text] else {
            unknown(name, kind: "variable", candidates: variableIndex.keys)
            return nil
        }
        usedVariables.insert(reference)
        if reference.scope == .player, !context.allowsPlayerData {
            diagnostics.append(Diagnostic(.playerDataInWorldEvent(name: name.text), at: name.location))
            return nil
        }
        return (reference, reference.scope == .world ? worldVariables[reference.index] : playerVariables[reference.index])
    }

    private mutating func checkConstant(_ syntax: ExpressionSyntax, fits variable: Variable) {
        var value: Int?
        if case .integer(let v, _) = syntax { value = v }
        if case .negate(.integer(let v, _), _) = syntax { value = -v }
        if let value, variable.type == .number, !(variable.minimum...variable.maximum).contains(value) {
            diagnostics.append(Diagnostic(.valueOutOfRange(value: value, variable: variable.id, minimum: variable.minimum, maximum: variable.maximum), at: syntax.location))
        }
    }
}
