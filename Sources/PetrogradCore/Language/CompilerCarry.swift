/// What the compiler is told of the act a scenario `follows`. The compiler reads no files: the caller
/// (the scenario loader) finds the earlier act, as a bundled scenario or a folder beside this one, and
/// hands its checked model in.
public enum EarlierAct: Sendable {
    /// Not looked for: a `follows` line is reported as naming an act that cannot be found.
    case notGiven
    /// Found and checked without errors.
    case found(Scenario)
    /// Looked for and not usable: why, in words ("there is no folder …", "it has 3 errors …").
    case unavailable(String)
}

/// `follows` and `carried from`: every carried name must exist in the earlier act, with the same scope and
/// type and a range that fits, and every role of the earlier act must go on in this one.
extension Compiler {
    mutating func resolveCarry(_ header: ScenarioHeaderSyntax, into scenario: inout Scenario) {
        let carriedSyntax = variables.filter { $0.carried != nil }
        guard let follows = header.follows else {
            for syntax in carriedSyntax {
                diagnostics.append(Diagnostic(.carried("'\(syntax.name.text)' is carried from an earlier act, but the scenario does not say which act it follows; add 'follows ACT' (such as 'follows march-1917') to the scenario block"),
                                              at: syntax.carried!.location))
            }
            return
        }
        if follows.text == header.name.text {
            diagnostics.append(Diagnostic(.carried("an act cannot follow itself; 'follows' names the earlier act, such as 'follows march-1917'"), at: follows.location))
            return
        }
        let earlierAct: Scenario
        switch earlier {
        case .notGiven:
            diagnostics.append(Diagnostic(.carried("this act follows '\(follows.text)', which cannot be found: the earlier act is a bundled scenario of that id, or a folder of that name beside this scenario's folder"),
                                          at: follows.location))
            return
        case .unavailable(let reason):
            diagnostics.append(Diagnostic(.carried("this act follows '\(follows.text)', which cannot be used: \(reason)"), at: follows.location))
            return
        case .found(let found):
            guard found.id == follows.text else {
                diagnostics.append(Diagnostic(.carried("this act follows '\(follows.text)', but the folder found for it holds the scenario '\(found.id)'"), at: follows.location))
                return
            }
            earlierAct = found
        }
        let act = earlierAct.id
        for role in earlierAct.roles where scenario.roleIndex(role.id) == nil {
            diagnostics.append(Diagnostic(.carried("'\(act)' has the role '\(role.id)', which this act lacks; each role of the earlier act goes on as the role of the same id here: add 'role \(role.id)'"),
                                          at: follows.location))
        }
        for syntax in carriedSyntax {
            guard let carried = syntax.carried, let reference = variableIndex[syntax.name.text] else { continue }
            let here = scenario.variable(reference)
            if let source = carrySource(carried, for: here, from: earlierAct) {
                switch reference.scope {
                case .world: scenario.worldVariables[reference.index].carried = source
                case .player: scenario.playerVariables[reference.index].carried = source
                }
            }
        }
        scenario.follows = FollowedAct(id: act, title: earlierAct.title, roles: earlierAct.roles.map(\.id),
                                       endings: Dictionary(uniqueKeysWithValues: earlierAct.endings.map { ($0.id, $0.text) }))
    }

    /// The checked source of one `carried from` line, or nil after reporting why it does not fit.
    private mutating func carrySource(_ syntax: CarrySourceSyntax, for here: Variable, from earlierAct: Scenario) -> CarrySource? {
        let act = earlierAct.id
        switch syntax.source {
        case .endings(let names):
            guard here.type == .flag else {
                diagnostics.append(Diagnostic(.carried("'carried from ending' makes a flag yes or no, but '\(here.id)' is a number; declare it as a flag, or carry it from a number of '\(act)'"),
                                              at: syntax.location))
                return nil
            }
            var isValid = !names.isEmpty
            for name in names where earlierAct.endingIndex(name.text) == nil {
                let suggestion = Spelling.closest(to: name.text, among: earlierAct.endings.map(\.id).sorted())
                diagnostics.append(Diagnostic(.carried("'\(act)' has no ending called '\(name.text)'" + (suggestion.map { "; did you mean '\($0)'?" } ?? "")),
                                              at: name.location))
                isValid = false
            }
            return isValid ? .endings(names.map(\.text)) : nil
        case .variable(let name):
            let all = earlierAct.worldVariables + earlierAct.playerVariables
            guard let there = all.first(where: { $0.id == name.text && !$0.isInternal }) else {
                let suggestion = Spelling.closest(to: name.text, among: all.filter { !$0.isInternal }.map(\.id).sorted())
                diagnostics.append(Diagnostic(.carried("'\(act)' has no variable called '\(name.text)'" + (suggestion.map { "; did you mean '\($0)'?" } ?? "")),
                                              at: name.location))
                return nil
            }
            guard there.scope == here.scope else {
                diagnostics.append(Diagnostic(.carried("'\(name.text)' is a \(there.scope.rawValue) variable in '\(act)', but '\(here.id)' is a \(here.scope.rawValue) variable here; a \(here.scope.rawValue) variable carries from a \(here.scope.rawValue) variable"),
                                              at: name.location))
                return nil
            }
            guard there.type == here.type else {
                let advice = here.type == .flag
                    ? "carry a flag from a flag, or make it yes by endings with 'carried from ending …'"
                    : "carry a number from a number"
                diagnostics.append(Diagnostic(.carried("'\(name.text)' is a \(there.type.rawValue) in '\(act)', but '\(here.id)' is a \(here.type.rawValue) here; \(advice)"),
                                              at: name.location))
                return nil
            }
            if there.type == .number, there.minimum < here.minimum || there.maximum > here.maximum {
                diagnostics.append(Diagnostic(.carried("'\(name.text)' runs \(there.minimum) to \(there.maximum) in '\(act)', wider than \(here.minimum) to \(here.maximum) here; make this range at least \(min(there.minimum, here.minimum)) to \(max(there.maximum, here.maximum))"),
                                              at: name.location))
                return nil
            }
            return .variable(name.text)
        }
    }
}

extension Compiler {
    /// The id of the act a scenario's files say it `follows`, if any: lets the loader find the earlier act
    /// before compiling this one.
    public static func followedAct(of files: [SourceFile]) -> String? {
        for file in files {
            // Only the headers are wanted: scenes' blocks are skipped.
            var parser = Parser(file: file, outlinesScenes: true)
            if let follows = parser.parse().scenario.first?.follows { return follows.text }
        }
        return nil
    }
}
