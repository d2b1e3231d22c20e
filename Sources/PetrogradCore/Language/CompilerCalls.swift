/// Shared scenes that are called and return (ink's tunnels): `go SCENE then TARGET` runs the shared
/// scenes from SCENE and keeps TARGET; `return` in them leads back to it.
///
/// Where to return is kept in hidden player variables, one per level of calls inside calls, so saves,
/// undo and exploration keep it as they keep any value. The checker works out how deep calls can nest,
/// and refuses calls that reach themselves: the depth is then bounded, and the state stays finite.
extension Compiler {
    /// The deepest that calls of shared scenes may nest.
    static let maximumCallDepth = 8

    /// A call or a return written beside a `go`, checked.
    mutating func leading(call: Name?, returns: SourceLocation?, from scene: Int, roles: [Int]) -> Leading? {
        if call != nil, let returns {
            diagnostics.append(Diagnostic(.syntax("this both calls shared scenes ('go … then …') and returns from them ('return'); do one"), at: returns))
            return nil
        }
        if let returns { return .back(returns) }
        guard let call else { return nil }
        guard let target = target(call, forRoles: roles) else { return nil }
        guard case .scene(let called) = target else {
            diagnostics.append(Diagnostic(.syntax("'\(call.text)' is an ending; 'go SCENE then …' calls shared scenes, which come back; to end, write 'go \(call.text)'"), at: call.location))
            return nil
        }
        callSites.append((scene, called, call.location))
        return .call(scene: called)
    }

    /// Works out how deep calls can nest, reports calls that reach themselves or nest too deep, and
    /// makes one hidden variable per level. Returns those variables' indices and every kept target.
    mutating func allocateReturnSlots(scenes: [Scene], choices: [Choice], endings: Int) -> (slots: [Int], targets: [Target]) {
        guard !callSites.isEmpty else { return ([], []) }
        // Each way on from a scene: where it leads and how (a call, a return, or plainly).
        func exits(_ index: Int) -> [(target: Target?, leading: Leading?)] {
            var exits: [(target: Target?, leading: Leading?)] = [(scenes[index].fallback, scenes[index].leading)]
            exits += scenes[index].routes.map { ($0.target, nil) }
            for choiceIndex in scenes[index].choices {
                exits.append((choices[choiceIndex].defaultTarget, choices[choiceIndex].leading))
                for outcome in choices[choiceIndex].outcomes where outcome.target != nil || outcome.leading != nil {
                    exits.append((outcome.target, outcome.leading))
                }
            }
            return exits
        }
        // Where a player can go from a scene inside shared scenes: a call goes on at its kept target (the
        // called scenes are their own level), and a return ends the level.
        func successors(_ index: Int) -> [Target] {
            exits(index).compactMap { exit in
                if case .back = exit.leading { return nil }
                return exit.target
            }
        }
        // What calls keep to return to: the targets beside them.
        var kept = Set<Target>()
        for scene in Set(callSites.map(\.from)) {
            for exit in exits(scene) {
                if case .call = exit.leading, let target = exit.target { kept.insert(target) }
            }
        }
        var depth: [Int: Int] = [:]
        var inProgress: [Int] = []
        var reported = false
        func levels(of shared: Int, calledAt location: SourceLocation) -> Int {
            if let known = depth[shared] { return known }
            if let loop = inProgress.firstIndex(of: shared) {
                if !reported {
                    let names = (inProgress[loop...] + [shared]).map { scenes[$0].id }
                    diagnostics.append(Diagnostic(.syntax("the shared scenes from '\(scenes[shared].id)' are called again from inside themselves (\(names.joined(separator: " → "))); a call cannot contain itself, or it would never come back"), at: location))
                    reported = true
                }
                return Self.maximumCallDepth + 1
            }
            inProgress.append(shared)
            var region: Set<Int> = [shared]
            var queue = [shared]
            var deepest = 0
            while let next = queue.popLast() {
                for site in callSites where site.from == next { deepest = max(deepest, levels(of: site.called, calledAt: site.location)) }
                for case .scene(let scene) in successors(next) where region.insert(scene).inserted { queue.append(scene) }
            }
            inProgress.removeLast()
            let result = min(deepest + 1, Self.maximumCallDepth + 1)
            depth[shared] = result
            return result
        }
        let needed = callSites.map { levels(of: $0.called, calledAt: $0.location) }.max() ?? 0
        if needed > Self.maximumCallDepth, !reported, let site = callSites.first(where: { levels(of: $0.called, calledAt: $0.location) > Self.maximumCallDepth }) {
            diagnostics.append(Diagnostic(.tooComplex("calls of shared scenes nest more than \(Self.maximumCallDepth) deep from here; call fewer inside each other"), at: site.location))
        }
        var slots: [Int] = []
        for level in 1...max(1, min(needed, Self.maximumCallDepth)) {
            slots.append(playerVariables.count)
            let location = callSites[0].location
            playerVariables.append(Variable(id: "return:\(level)", scope: .player, type: .number, minimum: -endings, maximum: scenes.count,
                                            initial: 0, label: LocalizedText(entries: [], location: location), location: location))
        }
        return (slots, kept.sorted { "\($0)" < "\($1)" })
    }
}
