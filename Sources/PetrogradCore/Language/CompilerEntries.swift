/// Entry points (`entry ID`, format 2): checked once the scenes and roles are known.
extension Compiler {
    /// The scenario's entry points. Each needs its moment, a start scene for every role (a scene for that
    /// role, dated no earlier than the entry), and effects on world variables only; its id may not be a
    /// scene's, since `--at` takes either.
    mutating func buildEntries() -> [Entry] {
        var built: [Entry] = []
        var firstLocations: [String: SourceLocation] = [:]
        for syntax in self.syntax.flatMap(\.entries) {
            let id = syntax.name.text
            if let first = firstLocations[id] {
                duplicate(syntax.name, kind: "entry", first: first)
                continue
            }
            firstLocations[id] = syntax.name.location
            if let scene = sceneIndex[id] {
                diagnostics.append(Diagnostic(.duplicateDeclaration(kind: "scene or entry", name: id), at: syntax.name.location,
                                              notes: [.init(location: scenes[scene].name.location, message: "'\(id)' is the id of this scene; '--at \(id)' would not know which you mean, so give the entry another id")]))
            }
            let title = text(syntax.title, what: "the title of entry '\(id)'", required: true)
            var entryMoment: Moment?
            if let momentSyntax = syntax.moment {
                entryMoment = moment(momentSyntax)
                if let entryMoment, let span, !span.contains(entryMoment) {
                    diagnostics.append(Diagnostic(.dateOutsideSpan(date: DateFormatting.describe(entryMoment, calendar: calendar),
                                                                   span: "\(DateFormatting.describe(span.lowerBound, calendar: calendar)) to \(DateFormatting.describe(span.upperBound, calendar: calendar))"),
                                                  at: momentSyntax.location))
                }
            } else {
                diagnostics.append(Diagnostic(.invalidDate("entry '\(id)' needs its moment, the time the game starts at, as in 'on 26 Feb, evening'"), at: syntax.name.location))
            }
            var starts: [Int?] = Array(repeating: nil, count: roles.count)
            var startLocations: [Int: SourceLocation] = [:]
            for (roleName, sceneName) in syntax.starts {
                let role = self.role(roleName)
                if let role, let first = startLocations[role] {
                    diagnostics.append(Diagnostic(.roleStart("role '\(roleName.text)' already starts at this entry; each role has one 'start' line"), at: roleName.location,
                                                  notes: [.init(location: first, message: "the first 'start \(roleName.text)' is here")]))
                    continue
                }
                if let role { startLocations[role] = roleName.location }
                guard let scene = sceneIndex[sceneName.text] else {
                    unknown(sceneName, kind: "scene", candidates: sceneIndex.keys)
                    continue
                }
                guard let role else { continue }
                let allowed = scenes[scene].roles
                // A misspelt role in the 'for' line is reported as unknown instead.
                if !allowed.isEmpty, !allowed.contains(role), !scenes[scene].namesUnknownRole {
                    diagnostics.append(Diagnostic(.roleStart("role '\(roleName.text)' cannot start in scene '\(sceneName.text)', which is only for \(allowed.map { "'\(roles[$0].name.text)'" }.joined(separator: ", ")); start the role in one of its own scenes"),
                                                  at: sceneName.location,
                                                  notes: [.init(location: scenes[scene].name.location, message: "scene '\(sceneName.text)' is declared here")]))
                }
                if let entryMoment, let (sceneMoment, momentLocation) = scenes[scene].moment, sceneMoment < entryMoment {
                    diagnostics.append(Diagnostic(.invalidDate("scene '\(sceneName.text)' is dated \(DateFormatting.describe(sceneMoment, calendar: calendar)), before entry '\(id)' begins (\(DateFormatting.describe(entryMoment, calendar: calendar))); start the role in a scene dated at or after the entry's moment, or move the entry earlier"),
                                                  at: sceneName.location,
                                                  notes: [.init(location: momentLocation, message: "the scene's date is here")]))
                }
                starts[role] = scene
            }
            for (index, role) in roles.enumerated() where starts[index] == nil && !startLocations.keys.contains(index) {
                diagnostics.append(Diagnostic(.roleStart("role '\(role.name.text)' cannot start at entry '\(id)': it has no start there; add 'start \(role.name.text) at SCENE'"), at: syntax.name.location))
            }
            let context = ExpressionContext(allowsPlayerData: false)
            var effects: [Effect] = []
            for effectSyntax in syntax.effects {
                let name: Name
                switch effectSyntax {
                case .set(let written, _, _), .clear(let written, _), .add(_, let written, _), .subtract(_, let written, _): name = written
                default: continue
                }
                if let reference = variableIndex[name.text], reference.scope == .player {
                    usedVariables.insert(reference)
                    diagnostics.append(Diagnostic(.typeMismatch("an entry sets the world as it stood, but '\(name.text)' belongs to each player; set world variables only"), at: name.location))
                    continue
                }
                if let effect = effect(effectSyntax, context) { effects.append(effect) }
            }
            guard let entryMoment, starts.allSatisfy({ $0 != nil }) else { continue }
            built.append(Entry(id: id, title: title, moment: entryMoment, starts: starts.map { $0! }, effects: effects, location: syntax.name.location))
        }
        return built
    }
}
