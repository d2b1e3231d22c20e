/// Text that varies each time it is shown moves on here, in the step, once the step is over: each text
/// the step showed, in the order shown, is walked in the final state, and each sequence it reaches moves
/// its counter on. The front end then renders from the counters, so looking again, another language,
/// undo and saves show the same alternative; none of them moves it on.
///
/// A text never stops the game: a condition in it that cannot be decided moves nothing on, and the
/// front end shows the error where the text is.
///
/// Every language of a text varies in the same way (the checker sees to it), so walking the first one
/// decides for all.
extension Step {
    mutating func advanceTextsShown() {
        guard recordsEvents else { return }
        let scenario = storage.scenario
        for event in events {
            switch event {
            case .sceneEntered(let player, let sceneIndex):
                let scene = scenario.scenes[sceneIndex]
                advance(scene.text, player: player)
                // A passage whose condition fails to evaluate is shown with its error by the front end.
                for passage in scene.passages where (try? TextRendering.evaluate(passage.condition, state: state, player: player)) ?? 0 != 0 {
                    advance(passage.text, player: player)
                }
                for choice in scene.choices { advance(scenario.choices[choice].text, player: player) }
            case .outcome(let player, let choice, let outcome):
                if let reply = scenario.choices[choice].reply { advance(reply, player: player) }
                if let text = scenario.choices[choice].outcomes[outcome].text { advance(text, player: player) }
            case .worldEvent, .worldEventReplaced:
                guard let outcome = event.eventOutcome(in: scenario) else { continue }
                for player in state.players.indices {
                    if let text = outcome.text { advance(text, player: player) }
                    for roleText in outcome.roleTexts where roleText.role == state.players[player].role {
                        advance(roleText.text, player: player)
                    }
                }
            case .endingReached(let player, let ending):
                advance(scenario.endings[ending].text, player: player)
                if let debrief = scenario.endings[ending].debrief { advance(debrief, player: player) }
            case .variableChanged, .journal, .rolled, .waiting, .worldEventDecided, .seatChanged, .timedOut, .rewound:
                break
            }
        }
    }

    mutating func advance(_ text: LocalizedText, player: Int) {
        guard let first = text.entries.first, first.template.varies else { return }
        advance(first.template.segments, player: player)
    }

    private mutating func advance(_ segments: [TextTemplate.Segment], player: Int) {
        for segment in segments {
            switch segment {
            case .conditional(let branches):
                // A condition that cannot be decided (it divides by zero) shows its error instead; nothing moves on.
                if let branch = (try? TextRendering.chosenBranch(branches, state: state, player: player)) ?? nil {
                    advance(branch.segments, player: player)
                }
            case .sequence(let sequence):
                let index = sequence.counter.index
                let value = state.players[player].values[index]
                let next: Int = switch sequence.kind {
                case .stopping: min(value + 1, sequence.alternatives.count)
                case .cycle: value % sequence.alternatives.count + 1
                case .once: min(value + 1, sequence.alternatives.count + 1)
                case .shuffle: Int(state.random.next() % UInt64(sequence.alternatives.count)) + 1
                }
                state.players[player].values[index] = next
                if let alternative = sequence.alternative(forCounter: next) {
                    advance(sequence.alternatives[alternative], player: player)
                }
            case .literal, .value, .variable, .roleName, .placeName, .date:
                break
            }
        }
    }
}

extension TextTemplate {
    /// Whether the text has conditions or sequences, anywhere.
    public var varies: Bool {
        // Literals and plain insertions are kept packed: nothing need be unpacked to tell.
        guard packed == nil else { return false }
        return segments.contains { segment in
            switch segment {
            case .conditional, .sequence: true
            default: false
            }
        }
    }
}
