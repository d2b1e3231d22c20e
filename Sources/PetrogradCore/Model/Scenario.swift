/// A checked scenario: everything the simulation needs, with ids resolved to indices.
public struct Scenario: Sendable {
    public var id: String
    public var title: LocalizedText
    /// The promised languages; the first is the fallback.
    public var languages: [String]
    /// The calendar the author wrote dates in.
    public var calendar: CalendarKind
    /// The declared span of dates, if any.
    public var span: ClosedRange<Moment>?
    /// Where the clock starts when a role's first scene has no date: the start of the span, or else
    /// 1 January of the scenario's year.
    public var origin: Moment
    public var roles: [Role]
    public var places: [Place]
    public var worldVariables: [Variable]
    public var playerVariables: [Variable]
    public var scenes: [Scene]
    public var choices: [Choice]
    public var endings: [Ending]
    /// World events in the order they were declared.
    public var events: [WorldEvent]
    /// Indices of `events` in the order they are considered: by date, then by declaration.
    public var eventOrder: [Int]
    public var glossary: [GlossaryEntry]
    /// Entry points (`entry ID`): later starts, each with its moment, its scenes and its world.
    public var entries: [Entry] = []
    /// The ids of the branches compiled in, in the order they apply (sorted by id).
    public var branches: [String]
    /// The hidden player variables that keep where calls of shared scenes return to, outermost first
    /// (0: empty; a scene's index + 1; or −(an ending's index + 1)). As many as calls can nest.
    public var returnSlots: [Int] = []
    /// Every target a `return` can lead back to: each `then` of the scenario's calls.
    public var returnTargets: [Target] = []
    /// A hash of the scenario's files (FNV-1a, 64 bits, hexadecimal), recorded in saves.
    public var contentHash: String
    /// The earlier act this one carries on from (`follows`), as it was when this act was checked.
    public var follows: FollowedAct? = nil

    /// Each world variable's range, kept apart so the simulation's hot path reads two numbers, not a
    /// whole declaration.
    public var worldLimits: [ClosedRange<Int>] { _worldLimits }
    /// Each player variable's range.
    public var playerLimits: [ClosedRange<Int>] { _playerLimits }
    var _worldLimits: [ClosedRange<Int>] = []
    var _playerLimits: [ClosedRange<Int>] = []

    /// Fills the derived tables once the declarations are final.
    mutating func deriveTables() {
        _worldLimits = worldVariables.map { $0.minimum...$0.maximum }
        _playerLimits = playerVariables.map { $0.minimum...$0.maximum }
    }

    /// Every target a player can be led to from a scene: by its `go` lines, its choices and their
    /// outcomes, into shared scenes and back from them. For analysis: a `return` is taken to lead to every
    /// target any call keeps.
    public func destinations(ofScene index: Int) -> [Target] {
        var targets: [Target] = []
        forEachDestination(ofScene: index) { target in
            if !targets.contains(target) { targets.append(target) }
        }
        return targets
    }

    /// Each target a player can be led to from a scene, as `destinations(ofScene:)` lists them, but
    /// with repeats and no list made: the checker calls it for every scene.
    func forEachDestination(ofScene index: Int, _ body: (Target) -> Void) {
        func add(_ leading: Leading?) {
            switch leading {
            case .call(let called): body(.scene(called))
            case .back: for target in returnTargets { body(target) }
            case nil: break
            }
        }
        if let fallback = scenes[index].fallback { body(fallback) }
        for route in scenes[index].routes { body(route.target) }
        add(scenes[index].leading)
        for choiceIndex in scenes[index].choices {
            body(choices[choiceIndex].defaultTarget ?? .scene(index))
            add(choices[choiceIndex].leading)
            for outcome in choices[choiceIndex].outcomes {
                if let target = outcome.target { body(target) }
                add(outcome.leading)
            }
        }
    }

    /// The index of the role with this id.
    public func roleIndex(_ id: String) -> Int? { roles.firstIndex { $0.id == id } }
    /// The index of the scene with this id.
    public func sceneIndex(_ id: String) -> Int? { scenes.firstIndex { $0.id == id } }
    /// The index of the ending with this id.
    public func endingIndex(_ id: String) -> Int? { endings.firstIndex { $0.id == id } }

    /// The target named by an id.
    public func target(_ id: String) -> Target? {
        if let scene = sceneIndex(id) { return .scene(scene) }
        if let ending = endingIndex(id) { return .ending(ending) }
        return nil
    }

    /// The id of a target.
    public func id(of target: Target) -> String {
        switch target {
        case .scene(let index): scenes[index].id
        case .ending(let index): endings[index].id
        }
    }

    /// The variable a reference points to.
    public func variable(_ reference: VariableReference) -> Variable {
        switch reference.scope {
        case .world: worldVariables[reference.index]
        case .player: playerVariables[reference.index]
        }
    }

    /// The choice of a scene with this id.
    public func choiceIndex(_ id: String, inScene scene: Int) -> Int? {
        scenes[scene].choices.first { choices[$0].id == id }
    }
}
