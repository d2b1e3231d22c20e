import Foundation
import PetrogradConsole
import PetrogradCore
import Testing
@testable import PetrogradCommands

/// The March act's world events stay true to their own world (issue 11, the review's CF-1 and CF-2): where
/// the mutiny, the Duma committee or the government never happened, `provisional-government`, `abdication`
/// and `michael-declines` do not fire, or speak of the world as it is. The golden playthroughs are played
/// with `Game`, and what each player is shown of the city is read as the player reads it.
@Suite struct OtherWorldEventTests {
    /// A world event as a player was shown it: which outcome, its texts (with the player's role's) in each
    /// language, and the world's flags when it showed.
    struct Shown {
        var id: String
        var otherwise: Bool
        var en: String
        var hi: String
        var flags: [String: Bool]
        /// The same event as players of other roles read it (their role's text instead of this player's), by role.
        var others: [String: (en: String, hi: String)] = [:]
    }

    /// Plays a game, the actions given, and returns every world event shown to its one player, in order.
    static func shown(_ scenario: Scenario, role: String, seed: UInt64 = 1, setup: Simulation.Setup = .init(), actions: [Action],
                      alsoFor otherRoles: [String] = []) throws -> [Shown] {
        let role = try #require(scenario.roleIndex(role))
        let others = try otherRoles.map { ($0, try #require(scenario.roleIndex($0))) }
        var (game, events) = try #require(try? Game.start(scenario, roles: [role], seed: seed, setup: setup).get())
        var shown: [Shown] = []
        func collect(_ events: [GameEvent]) {
            for event in events {
                let otherwise: Bool, index: Int
                switch event {
                case .worldEvent(let number, let isOtherwise): (index, otherwise) = (number, isOtherwise)
                case .worldEventReplaced(let number, _): (index, otherwise) = (number, false)
                default: continue
                }
                var flags: [String: Bool] = [:]
                for (number, variable) in scenario.worldVariables.enumerated() where variable.type == .flag {
                    flags[variable.id] = game.state.world.values[number] != 0
                }
                shown.append(Shown(id: scenario.events[index].id, otherwise: otherwise,
                                   en: Narration.texts(for: [event], player: 0, game: game, language: "en").joined(separator: "\n"),
                                   hi: Narration.texts(for: [event], player: 0, game: game, language: "hi").joined(separator: "\n"),
                                   flags: flags))
                for (name, other) in others {
                    guard let outcome = event.eventOutcome(in: scenario) else { continue }
                    func render(_ language: String) -> String {
                        ([outcome.text].compactMap { $0 } + outcome.roleTexts.filter { $0.role == other }.map(\.text)).compactMap { text in
                            TextRendering.template(text, language: language, fallback: scenario.languages.first).map {
                                TextRendering.render($0.0, scenario: scenario, state: game.state, player: 0, language: language,
                                                     formatDate: { DateFormatting.dayForReaders($0, storyCalendar: scenario.calendar) })
                            }
                        }.joined(separator: "\n")
                    }
                    shown[shown.count - 1].others[name] = (render("en"), render("hi"))
                }
            }
        }
        collect(events)
        for action in actions {
            events = try #require(try? game.perform(action).get(), "\(action) was refused")
            collect(events)
        }
        return shown
    }

    /// The world events shown on a golden playthrough of the act.
    static func shown(playtest name: String) throws -> [Shown] {
        let scenario = try ActTests.scenario()
        let (playtest, problems) = Playtest.parse(try String(contentsOfFile: ActTests.tests + "/" + name, encoding: .utf8))
        #expect(problems.isEmpty)
        let actions = playtest.steps.compactMap { step -> Action? in
            if case .act(let action) = step.instruction { action } else { nil }
        }
        return try shown(scenario, role: try #require(playtest.players.first).text, seed: playtest.seed, actions: actions)
    }

    /// What the historical texts of the three events say, which no other world may be told.
    static let historical = ["When the Duma's envoys Guchkov and Shulgin arrived", "12 Millionnaya Street", "Three hundred years of Romanov rule are over",
                             "Who elected you?", "the revolutionary regiments neither disarmed nor removed"]

    static func event(_ id: String, in shown: [Shown]) -> Shown? { shown.first { $0.id == id } }

    /// The three events in a world with no government: each says what happened instead, or nothing.
    static func expectNoGovernmentWorld(_ shown: [Shown], _ playtest: String) throws {
        let government = try #require(event("provisional-government", in: shown), "\(playtest): provisional-government is shown")
        #expect(government.otherwise, "\(playtest)")
        #expect(government.en.contains("2 March (15 March) passed and no new government was formed"), "\(playtest)")
        #expect(government.hi.contains("कोई नई सरकार नहीं बनी"), "\(playtest)")
        let abdication = try #require(event("abdication", in: shown), "\(playtest): abdication is shown")
        #expect(abdication.otherwise, "\(playtest)")
        #expect(abdication.en.contains("Nicholas II is still Tsar. There is no government in the capital to which the generals could hand the country"), "\(playtest)")
        #expect(abdication.hi.contains("ज़ार"), "\(playtest)")
        #expect(event("michael-declines", in: shown) == nil, "\(playtest): no crown to decline")
        #expect(event("agreement-night", in: shown) == nil, "\(playtest): no bargain without a government")
        for text in historical {
            #expect(!shown.contains { $0.en.contains(text) }, "\(playtest): \(text)")
        }
        #expect(shown.last?.flags["government"] == false && shown.last?.flags["abdicated"] == false)
    }

    @Test func theSoldierWhoGoesHomeAfterNoMutinyMeetsNoAbdicationAndNoMichael() throws {
        let shown = try Self.shown(playtest: "soldier-s-village.playtest")
        #expect(Self.event("volynsky-mutiny", in: shown)?.otherwise == true)
        #expect(Self.event("garrison-goes-over", in: shown) == nil)
        try Self.expectNoGovernmentWorld(shown, "soldier-s-village")
    }

    @Test func theWorkerWhoseStrikeIsCrushedMeetsNoSovietNoOrderOneAndNoGovernment() throws {
        let shown = try Self.shown(playtest: "worker-w-strike-crushed.playtest")
        #expect(Self.event("soviet-first-session", in: shown)?.otherwise == true)
        let order = try #require(Self.event("order-one", in: shown))
        #expect(order.otherwise && order.en.contains("there is no Soviet to speak for the soldiers"))
        try Self.expectNoGovernmentWorld(shown, "worker-w-strike-crushed")
    }

    @Test func theWorkerWhoseStrikeHoldsHasASovietWithoutAMutinyButNoBargainAndNoGovernment() throws {
        let shown = try Self.shown(playtest: "worker-w-strike-holds.playtest")
        let soviet = try #require(Self.event("soviet-first-session", in: shown))
        #expect(!soviet.otherwise && soviet.flags["mutiny"] == false)
        try Self.expectNoGovernmentWorld(shown, "worker-w-strike-holds")
    }

    @Test func theDeputyWhoGoesHomeSeesNoCommitteeTakePowerAndNoGovernment() throws {
        let shown = try Self.shown(playtest: "duma-went-home.playtest")
        let committee = try #require(Self.event("provisional-committee", in: shown))
        #expect(committee.otherwise && committee.en.contains("no committee was formed"))
        #expect(Self.event("duma-takes-power", in: shown) == nil)
        try Self.expectNoGovernmentWorld(shown, "duma-went-home")
    }

    /// CF-2: no mutiny, but a bold Duma and a strike that holds give a committee and a Soviet, so a
    /// government is announced; it is one on paper, and nothing tells of the mutiny or of a revolution's
    /// regiments. The worker whose strike holds (the golden playthrough `worker-w-strike-holds`), in a city
    /// whose Duma is set bold at the start; the soldier's and the Duma member's lines of the same events are
    /// read in the same states.
    @Test func aGovernmentWithoutTheMutinyIsAGovernmentOnPaperAndNoTextNarratesTheRising() throws {
        let scenario = try ActTests.scenario()
        let resolve = VariableReference(scope: .world, index: try #require(scenario.worldVariables.firstIndex { $0.id == "resolve" }))
        let (playtest, _) = Playtest.parse(try String(contentsOfFile: ActTests.tests + "/worker-w-strike-holds.playtest", encoding: .utf8))
        let actions = playtest.steps.compactMap { step -> Action? in
            if case .act(let action) = step.instruction { action } else { nil }
        }
        let shown = try Self.shown(scenario, role: "worker", setup: Simulation.Setup(values: [(resolve, 10)]), actions: actions,
                                   alsoFor: ["soldier", "duma"])
        #expect(Self.event("volynsky-mutiny", in: shown)?.otherwise == true)
        let committee = try #require(Self.event("provisional-committee", in: shown))
        #expect(!committee.otherwise && committee.flags["mutiny"] == false)
        // The soldier's line: no soldiers at the palace where none rose.
        let soldierOnCommittee = try #require(committee.others["soldier"])
        #expect(soldierOnCommittee.en.contains("In the barracks an officer reads out the news") && !soldierOnCommittee.en.contains("Outside the palace"))
        #expect(soldierOnCommittee.hi.contains("बैरक में एक अफ़सर ख़बर पढ़कर सुनाता है"))
        let soviet = try #require(Self.event("soviet-first-session", in: shown))
        #expect(!soviet.otherwise)
        let government = try #require(Self.event("provisional-government", in: shown))
        #expect(!government.otherwise && government.flags["mutiny"] == false)
        #expect(government.en.contains("in this city the garrison never rose") && government.en.contains("a government on paper"))
        #expect(government.hi.contains("इस शहर में छावनी ने बग़ावत नहीं की"))
        let soldierOnGovernment = try #require(government.others["soldier"])
        #expect(soldierOnGovernment.en.contains("a government without a single regiment behind it") && !soldierOnGovernment.en.contains("We didn't go out into the streets"))
        #expect(soldierOnGovernment.hi.contains("एक भी रेजिमेंट नहीं"))
        #expect(Self.event("agreement-night", in: shown) == nil, "the bargain over the revolutionary regiments needs the regiments")
        #expect(Self.event("duma-takes-power", in: shown) == nil)
        // The generals do not give way to a government on paper: the Tsar stays, and the text says why.
        let abdication = try #require(Self.event("abdication", in: shown))
        #expect(abdication.otherwise && abdication.flags["government"] == true)
        #expect(abdication.en.contains("Nicholas II is still Tsar. The government announced in the Tauride Palace has not a single regiment behind it"))
        #expect(!abdication.en.contains("There is no government in the capital"))
        #expect(abdication.hi.contains("टॉराइड महल में घोषित सरकार के पीछे एक भी रेजिमेंट नहीं") && !abdication.hi.contains("राजधानी में ऐसी कोई सरकार नहीं"))
        #expect(Self.event("michael-declines", in: shown) == nil)
        let order = try #require(Self.event("order-one", in: shown)?.others["duma"])
        #expect(order.en.contains("Guchkov is dismayed") && !order.en.contains("ordering the soldiers back under their old officers"))
        #expect(order.hi.contains("गुचकोव घबराए हुए हैं") && !order.hi.contains("सोवियत वाले कहते हैं"))
        for text in ["When the Duma's envoys Guchkov and Shulgin arrived", "12 Millionnaya Street", "the revolutionary regiments neither disarmed nor removed"] {
            #expect(!shown.contains { $0.en.contains(text) }, "\(text)")
        }
    }

    /// Every text shown on every golden playthrough, of the act and of its branch, holds what it assumes
    /// when it shows: the same check as `explore`'s, on the paths the act promises.
    @Test func everyWorldEventOnEveryGoldenPlaythroughHoldsWhatItsTextAssumes() throws {
        for (branches, folder) in [([String](), ActTests.tests), (["volynsky-obeys"], Support.root.appendingPathComponent("Scenarios/branches/volynsky-obeys/tests").path)] {
            let scenario = try ActTests.scenario(with: branches)
            var checked = 0
            for name in try FileManager.default.contentsOfDirectory(atPath: folder).sorted() where name.hasSuffix(".playtest") {
                let (playtest, _) = Playtest.parse(try String(contentsOfFile: folder + "/" + name, encoding: .utf8))
                let roles = try PlaytestRunner.roles(of: playtest, in: scenario).get()
                // A one-period playthrough starts at its entry point.
                let setup = try PlaytestRunner.setup(of: playtest, in: scenario).get()
                var (game, events) = try #require(try? Game.start(scenario, roles: roles, seed: playtest.seed, setup: setup).get())
                func check(_ events: [GameEvent]) {
                    for event in events {
                        guard let outcome = event.eventOutcome(in: scenario) else { continue }
                        for assumption in outcome.assumptions {
                            #expect(Self.holds(assumption.condition, game.state), "\(name): the line 'assumes' at \(assumption.location) is false where its text shows")
                            checked += 1
                        }
                    }
                }
                check(events)
                for step in playtest.steps {
                    guard case .act(let action) = step.instruction else { continue }
                    events = try #require(try? game.perform(action).get())
                    check(events)
                }
            }
            #expect(checked > 20, "assumptions were checked on the golden playthroughs (\(checked))")
        }
    }

    /// The world as an event's condition sees it: its variables and its clock.
    struct World: EvaluationEnvironment {
        let state: GameState
        func value(of variable: VariableReference) -> Int { variable.scope == .world ? state.world.values[variable.index] : 0 }
        func hasVisited(scene: Int) -> Bool { false }
        var now: Moment { state.world.clock }
    }

    static func holds(_ condition: PetrogradCore.Expression, _ state: GameState) -> Bool {
        ((try? condition.evaluate(in: World(state: state))) ?? 0) != 0
    }
}
