/// Constants, and the hidden counts behind `visits SCENE` and `taken CHOICE`.
///
/// A count is a player variable the compiler makes (its id has a colon, which no author's id can), so
/// that saves, undo, exploration and the checker's case analysis all see it as they see any variable.
/// It exists only when the scenario reads it, so a scenario that never asks keeps its state as it was.
extension Compiler {
    /// The most a count can need: one past the largest number it is compared with, or this when it is
    /// used otherwise (in arithmetic, or inserted into text).
    static let countCeiling = 1_000_000

    /// Resolves `constant NAME = VALUE` lines; a value may use numbers and constants declared before it.
    mutating func declareConstants() {
        for constant in constantSyntax {
            let name = constant.name
            if let first = constantValues[name.text] {
                duplicate(name, kind: "constant", first: first.location)
                continue
            }
            if variableIndex[name.text] != nil {
                let reference = variableIndex[name.text]!
                let variable = reference.scope == .world ? worldVariables[reference.index] : playerVariables[reference.index]
                duplicate(name, kind: "variable or constant", first: variable.location)
                continue
            }
            guard let syntax = constant.value else { continue }
            let before = diagnostics.count
            guard let (expression, type) = expression(syntax, ExpressionContext(allowsPlayerData: false)) else { continue }
            guard type == .number, expression.variables.isEmpty else {
                if diagnostics.count == before {
                    diagnostics.append(Diagnostic(.typeMismatch("a constant's value is a number, worked out from numbers and other constants, as in 'constant \(name.text) = 200'"), at: syntax.location))
                }
                continue
            }
            do throws(RuntimeError) {
                let value = try expression.evaluate(in: NoValues())
                constantValues[name.text] = (value, name.location)
            } catch {
                diagnostics.append(Diagnostic(.typeMismatch("this divides by zero"), at: syntax.location))
            }
        }
    }

    /// Whether `{name}` names something to insert (so `{once}` inserts a format-1 variable called `once`).
    func isInsertableName(_ name: String) -> Bool {
        variableIndex[name] != nil || constantValues[name] != nil || namedTextSyntax[name] != nil
    }

    /// The hidden variable of a count, made on first use; notes the limit this use needs.
    mutating func counter(_ id: String, at location: SourceLocation) -> VariableReference {
        let reference: VariableReference
        if let existing = counters[id] {
            reference = existing
        } else {
            reference = VariableReference(scope: .player, index: playerVariables.count)
            playerVariables.append(Variable(id: id, scope: .player, type: .number, minimum: 0, maximum: 1, initial: 0,
                                            label: LocalizedText(entries: [], location: location), location: location))
            counters[id] = reference
        }
        let needed: Int
        if let compared = countComparedWith {
            let (next, overflow) = compared.addingReportingOverflow(1)
            needed = overflow ? Self.countCeiling : min(max(next, 1), Self.countCeiling)
        } else {
            needed = Self.countCeiling
        }
        counterLimits[reference.index] = max(counterLimits[reference.index] ?? 1, needed)
        return reference
    }

    /// The number a count is compared with directly (`visits nevsky > 2`), if the other side is one.
    static func comparedConstant(_ side: ExpressionSyntax, _ other: ExpressionSyntax) -> Int? {
        switch side {
        case .visits, .taken:
            if case .integer(let value, _) = other { return value }
            return nil
        default:
            return nil
        }
    }

    /// The scene and id of the choice `taken` names: `CHOICE` in the scene where it is written, or
    /// `SCENE.CHOICE` anywhere.
    mutating func takenChoice(_ sceneName: Name?, _ choiceName: Name, _ context: ExpressionContext) -> (Int, String)? {
        let scene: Int
        if let sceneName {
            guard let index = sceneIndex[sceneName.text] else {
                unknown(sceneName, kind: "scene", candidates: sceneIndex.keys)
                return nil
            }
            scene = index
        } else {
            guard let index = context.scene else {
                diagnostics.append(Diagnostic(.syntax("here no scene is being written, so say which scene's choice: 'taken SCENE.\(choiceName.text)'"), at: choiceName.location))
                return nil
            }
            scene = index
        }
        if scenes[scene].outline != nil {
            // A later scene's choices are known once its block is read.
            pendingSceneChecks.append(.takes(choice: choiceName, in: scene))
        } else if !checkChoice(choiceName, in: scene) {
            return nil
        }
        return (scene, choiceName.text)
    }

    /// Whether `choiceName` is one of the scene's choices (its own, or offered in it by a branch); reported
    /// when not.
    mutating func checkChoice(_ choiceName: Name, in scene: Int) -> Bool {
        let own = if let building = choicesBeingBuilt, building.scene == scene {
            building.choices.map(\.name.text)
        } else {
            builtChoices[Int(scenes[scene].choices.lowerBound)..<Int(scenes[scene].choices.upperBound)].map(\.id)
        }
        let offered = sceneExtensions.filter { $0.name.text == scenes[scene].name.text }.flatMap { $0.choices.map(\.name.text) }
        guard (own + offered).contains(choiceName.text) else {
            unknown(choiceName, kind: "choice of scene '\(scenes[scene].name.text)'", candidates: own + offered)
            return false
        }
        return true
    }

    /// Gives each count its limit and tells the scenes and choices which counts they move on.
    mutating func attachCounters(scenes sceneModels: inout [Scene], choices choiceModels: inout [Choice]) {
        for (index, limit) in counterLimits { playerVariables[index].maximum = limit }
        for (id, reference) in counters {
            if id.hasPrefix("visits:"), let scene = sceneIndex[String(id.dropFirst("visits:".count))] {
                sceneModels[scene].visitCounter = reference
            } else if id.hasPrefix("taken:") {
                let path = id.dropFirst("taken:".count)
                guard let dot = path.firstIndex(of: "."), let scene = sceneIndex[String(path[..<dot])] else { continue }
                let choiceID = String(path[path.index(after: dot)...])
                if let choice = sceneModels[scene].choices.first(where: { choiceModels[$0].id == choiceID }) {
                    choiceModels[choice].takenCounter = reference
                }
            }
        }
    }
}

/// Nothing to read: constants are worked out from numbers alone.
private struct NoValues: EvaluationEnvironment {
    func value(of variable: VariableReference) -> Int { 0 }
    func hasVisited(scene: Int) -> Bool { false }
    var now: Moment { Moment(minutes: 0) }
}

/// A condition written out without its locations, to compare two languages' conditions.
enum ExpressionShape {
    static func describe(_ expression: Expression) -> String {
        switch expression {
        case .constant(let value): "\(value)"
        case .variable(let reference): "\(reference.scope.rawValue)\(reference.index)"
        case .visited(let scene): "visited\(scene)"
        case .before(let moment): "before\(moment.minutes)"
        case .notBefore(let moment): "from\(moment.minutes)"
        case .not(let a): "not(\(describe(a)))"
        case .negate(let a): "-(\(describe(a)))"
        case .and(let a, let b): "(\(describe(a)) and \(describe(b)))"
        case .or(let a, let b): "(\(describe(a)) or \(describe(b)))"
        case .compare(let op, let a, let b): "(\(describe(a)) \(op) \(describe(b)))"
        // A division's place is not part of its shape: two languages write theirs on different lines.
        case .arithmetic(.divide, let a, let b): "(\(describe(a)) divide \(describe(b)))"
        case .arithmetic(let op, let a, let b): "(\(describe(a)) \(op) \(describe(b)))"
        }
    }
}
