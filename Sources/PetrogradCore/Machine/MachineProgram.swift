/// A checked scenario compiled for one player: flat tables of scenes, choices, outcomes, routes and events
/// that refer to each other by index, and their conditions and effects as machine code
/// (`MachineCodeWriter`). Built once per scenario; read by every `Machine` that plays it.
final class MachineProgram: Sendable {
    /// Where a step leads: a scene (≥ 0), an ending (−(ending + 1)), or nowhere (`MachineProgram.nowhere`).
    typealias Target = Int
    static let nowhere = Int.min

    /// How a step leads on beyond its target: plainly, into shared scenes, or back from them.
    enum Leading: Sendable, Equatable {
        case none
        /// Into this shared scene, keeping the target to come back to.
        case call(scene: Int)
        /// Back where the last call said; the location is where a `return` with nothing to return to is.
        case back(location: Int)
    }

    struct ChoiceEntry: Sendable {
        var isOnce: Bool
        var hasChance: Bool
        /// Code of the guard, or −1 for none.
        var guardCode: Int
        var effectCode: Int
        var firstOutcome: Int
        var outcomeCount: Int
        var defaultTarget: Target
        var leading: Leading
        /// The slot of the hidden count of takings, or −1.
        var counterSlot: Int
        var counterLimit: Int
    }

    /// What availability reads of a choice, apart from the rest so that a scene's choices are tested
    /// from one cache line.
    struct Gate: Sendable {
        /// Code of the guard, or −1 for none.
        var guardCode: Int
        var isOnce: Bool
    }

    struct OutcomeEntry: Sendable {
        var percent: Int
        var effectCode: Int
        /// The outcome says where it leads, so its target and leading replace the choice's.
        var overrides: Bool
        var target: Target
        var leading: Leading
    }

    struct SceneEntry: Sendable {
        /// The scene's moment in minutes, or `Int.min` for none.
        var moment: Int
        var counterSlot: Int
        var counterLimit: Int
        var effectCode: Int
        var firstChoice: Int
        var choiceCount: Int
        var firstRoute: Int
        var routeCount: Int
        var fallback: Target
        var leading: Leading
        /// The scene can hand the player on by itself (a fallback, routes or a leading): settle looks at it.
        var leadsOnItsOwn: Bool
    }

    struct RouteEntry: Sendable {
        var conditionCode: Int
        var target: Target
    }

    struct EventEntry: Sendable {
        /// The event's index in `Scenario.events` (its status is `MachineLayout.eventStatus(index, in:)`).
        var index: Int
        var start: Int
        var end: Int
        var conditionCode: Int
        var firstReplacement: Int
        var replacementCount: Int
        var firedCode: Int
        var hasOtherwise: Bool
        var otherwiseCode: Int
    }

    struct ReplacementEntry: Sendable {
        var conditionCode: Int
        var effectCode: Int
    }

    let scenario: Scenario
    let layout: MachineLayout
    let locations: [SourceLocation]
    let stackSize: Int
    /// `eventOrder` is by start date, so the first event not yet due ends the search for due ones.
    let eventsByStart: Bool
    /// Return slots (`Scenario.returnSlots`) as state slots.
    let returnSlots: [Int]
    let supportedMinutes: ClosedRange<Int>
    /// The program's tables (code, choices and their gates, outcomes, each scene's choices, scenes,
    /// routes, events in `Scenario.eventOrder`, replacements), in raw memory, which every machine playing
    /// this program reads. They are kept only there: the arrays they were made from are given up.
    let tables: MachineTables

    init(_ scenario: Scenario) {
        self.scenario = scenario
        let layout = MachineLayout(scenario)
        self.layout = layout
        var writer = MachineCodeWriter(layout: layout, scenario: scenario)
        func target(_ target: PetrogradCore.Target?) -> Target {
            switch target {
            case .scene(let scene): scene
            case .ending(let ending): -(ending + 1)
            case nil: Self.nowhere
            }
        }
        func leading(_ leading: PetrogradCore.Leading?) -> Leading {
            switch leading {
            case nil: return .none
            case .call(let scene): return .call(scene: scene)
            case .back(let place):
                writer.locations.append(place)
                return .back(location: writer.locations.count - 1)
            }
        }
        var outcomes: [OutcomeEntry] = []
        let choices = scenario.choices.map { choice in
            let first = outcomes.count
            for outcome in choice.outcomes {
                outcomes.append(OutcomeEntry(percent: outcome.percent ?? 0, effectCode: writer.effects(outcome.effects, world: false) ?? -1,
                                             overrides: outcome.target != nil || outcome.leading != nil,
                                             target: target(outcome.target), leading: leading(outcome.leading)))
            }
            let counter = choice.takenCounter
            return ChoiceEntry(isOnce: choice.isOnce, hasChance: choice.hasChance,
                               guardCode: choice.guardCondition.map { writer.condition($0, world: false) } ?? -1,
                               effectCode: writer.effects(choice.effects, world: false) ?? -1,
                               firstOutcome: first, outcomeCount: choice.outcomes.count, defaultTarget: target(choice.defaultTarget),
                               leading: leading(choice.leading), counterSlot: counter.map { layout.playerBase + $0.index } ?? -1,
                               counterLimit: counter.map { scenario.playerLimits[$0.index].upperBound } ?? 0)
        }
        let gates = choices.map { Gate(guardCode: $0.guardCode, isOnce: $0.isOnce) }
        var sceneChoices: [Int] = []
        var routes: [RouteEntry] = []
        let scenes = scenario.scenes.map { scene in
            let firstChoice = sceneChoices.count, firstRoute = routes.count
            sceneChoices += scene.choices
            for route in scene.routes {
                routes.append(RouteEntry(conditionCode: writer.condition(route.condition, world: false), target: target(route.target)))
            }
            let counter = scene.visitCounter
            return SceneEntry(moment: scene.moment?.minutes ?? Int.min, counterSlot: counter.map { layout.playerBase + $0.index } ?? -1,
                              counterLimit: counter.map { scenario.playerLimits[$0.index].upperBound } ?? 0,
                              effectCode: writer.effects(scene.effects, world: false) ?? -1,
                              firstChoice: firstChoice, choiceCount: scene.choices.count, firstRoute: firstRoute, routeCount: scene.routes.count,
                              fallback: target(scene.fallback), leading: leading(scene.leading),
                              leadsOnItsOwn: scene.fallback != nil || !scene.routes.isEmpty || scene.leading != nil)
        }
        var replacements: [ReplacementEntry] = []
        let events = scenario.eventOrder.map { index in
            let event = scenario.events[index]
            let first = replacements.count
            for replacement in event.replacements {
                replacements.append(ReplacementEntry(conditionCode: writer.condition(replacement.condition, world: true),
                                                     effectCode: writer.effects(replacement.outcome.effects, world: true) ?? -1))
            }
            return EventEntry(index: index, start: event.start.minutes, end: event.end.minutes,
                              conditionCode: event.condition.map { writer.condition($0, world: true) } ?? -1,
                              firstReplacement: first, replacementCount: event.replacements.count,
                              firedCode: writer.effects(event.fired.effects, world: true) ?? -1,
                              hasOtherwise: event.otherwise != nil, otherwiseCode: event.otherwise.flatMap { writer.effects($0.effects, world: true) } ?? -1)
        }
        eventsByStart = zip(events, events.dropFirst()).allSatisfy { $0.start <= $1.start }
        returnSlots = scenario.returnSlots.map { layout.playerBase + $0 }
        supportedMinutes = Moment.supportedRange.lowerBound.minutes...Moment.supportedRange.upperBound.minutes
        locations = writer.locations
        stackSize = Swift.max(1, writer.deepest)
        tables = MachineTables(code: writer.code, choices: choices, gates: gates, outcomes: outcomes, sceneChoices: sceneChoices,
                               scenes: scenes, routes: routes, events: events, replacements: replacements)
    }
}
