import Foundation
import PetrogradConsole
import PetrogradCore

/// `join --watch`: an observer of a class game, without a seat. It shows the city's life as it comes (who
/// chose what, who joined, the world's events, what the teacher says) until the input ends or `quit`.
struct ClassroomWatch {
    let table: ClassroomTable
    var game: Game
    let language: String
    let width: Int
    let output: (String) -> Void

    private var vocabulary: Vocabulary { Vocabulary(language: language, for: game.scenario) }

    mutating func run(reader: inout some LineReader) -> Int32 {
        say(vocabulary.watching(room: table.client.request.code.value, seats: game.state.players.count))
        while true {
            guard takeArrivals() else { return 0 }
            switch reader.readLine(prompt: "> ") {
            case .interrupted: continue
            case .endOfInput, .terminated:
                say(vocabulary.watchGoodbye)
                return 0
            case .line(let line):
                let word = line.trimmingCharacters(in: .whitespaces).lowercased()
                if word.isEmpty { continue }
                if word == "quit" || word == "बाहर" {
                    say(vocabulary.watchGoodbye)
                    return 0
                }
                say(vocabulary.watchHelp)
            }
        }
    }

    private func say(_ text: String) { output(TextWrapper(width: width).wrap(ControlCharacters.escaped(text))) }

    private func text(_ localized: LocalizedText) -> String {
        TextRendering.text(localized, language: language, fallback: game.scenario.languages.first).text
    }

    private func seat(_ index: Int) -> String {
        vocabulary.watchedSeat(index + 1, name: game.names.indices.contains(index) ? game.names[index] : nil)
    }

    /// Shows what arrived; false when the watch ends.
    private mutating func takeArrivals() -> Bool {
        for arrival in table.arrivals(waitingUpTo: 0) {
            switch arrival {
            case .game(let newGame, _, _, _): game = newGame
            case .action(let index, let action):
                guard index == game.log.count + 1, case .success(let events) = game.perform(action) else { continue }
                show(action, events)
            case .said(let words, let toYou): say(vocabulary.teacherSays(words, toYou: toYou))
            case .kicked:
                say(vocabulary.tableKicked)
                return false
            case .problem(let code, let message, let isFinal):
                say(vocabulary.tableProblem(code: code, message: message))
                if isFinal { return false }
            case .connectionLost: say(vocabulary.connectionLost)
            case .room, .answered: break
            }
        }
        return true
    }

    private func show(_ action: Action, _ events: [GameEvent]) {
        let scenario = game.scenario
        switch action {
        case .choose(let number, let id, _):
            if let choice = scenario.choices.first(where: { $0.id == id }) { say(vocabulary.watchedChoice(seat(number - 1), text(choice.text))) }
        case .join(let role, _):
            if let index = scenario.roleIndex(role) { say(vocabulary.watchedJoin(seat(game.state.players.count - 1), role: text(scenario.roles[index].name))) }
        default: break
        }
        for event in events {
            if case .worldEvent = event, let outcome = event.eventOutcome(in: scenario), let words = outcome.text.map(text), !words.isEmpty {
                say("* " + words)
            }
        }
    }
}
