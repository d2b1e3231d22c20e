/// The texts a player is shown for the events of a step, in one language, in order: scenes entered (with
/// their passages), replies and chance outcomes, world events (with the player's role's text), endings and debriefs.
/// Golden playthroughs check `expect text` against these; values are filled in as the game stands.
public enum Narration {
    public static func texts(for events: [GameEvent], player: Int, game: Game, language: String) -> [String] {
        let scenario = game.scenario
        let state = game.state
        func render(_ text: LocalizedText?) -> String? {
            guard let text, let (template, _) = TextRendering.template(text, language: language, fallback: scenario.languages.first) else { return nil }
            return TextRendering.render(template, scenario: scenario, state: state, player: player, language: language,
                                        formatDate: { DateFormatting.dayForReaders($0, storyCalendar: scenario.calendar) })
        }
        var texts: [String] = []
        for event in events {
            switch event {
            case .sceneEntered(let who, let scene) where who == player:
                texts += [render(scenario.scenes[scene].text)].compactMap { $0 }
                let environment = PlayerEnvironment(world: state.world.values, player: state.players[player])
                for passage in scenario.scenes[scene].passages where ((try? passage.condition.evaluate(in: environment)) ?? 0) != 0 {
                    texts += [render(passage.text)].compactMap { $0 }
                }
            case .outcome(let who, let choice, let outcome) where who == player:
                texts += [render(scenario.choices[choice].reply), render(scenario.choices[choice].outcomes[outcome].text)].compactMap { $0 }
            case .worldEvent, .worldEventReplaced:
                guard let outcome = event.eventOutcome(in: scenario) else { continue }
                texts += [render(outcome.text)].compactMap { $0 }
                for roleText in outcome.roleTexts where roleText.role == state.players[player].role {
                    texts += [render(roleText.text)].compactMap { $0 }
                }
            case .endingReached(let who, let ending) where who == player:
                texts += [render(scenario.endings[ending].text), render(scenario.endings[ending].debrief)].compactMap { $0 }
            default:
                continue
            }
        }
        return texts
    }
}
