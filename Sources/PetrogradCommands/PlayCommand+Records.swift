import Foundation
import PetrogradConsole
import PetrogradCore

/// `play`'s part in the player's records: the name saves are kept under, the move of older saves, and
/// the question that says which saved game is waiting.
extension PlayCommand {
    /// The outcome of choosing the player's name.
    enum NameChoice: Equatable {
        case chosen(PlayerName)
        /// The input ended at the question.
        case inputEnded
        /// `--name` gave a name that cannot be used; says why.
        case refused(String)
    }

    /// The player's name: `--name`, else asked when a person is at the keyboard (the last player's
    /// name offered, never taken silently, since a school lab shares accounts), else the standard
    /// name. A name given or typed is remembered to be offered next time.
    func choosePlayerName(asking: Bool, settings: inout Settings, settingsPath: String, vocabulary: Vocabulary,
                          reader: inout some LineReader, output: (String) -> Void) -> NameChoice {
        let chosen: PlayerName
        if let name {
            switch PlayerName.validated(name) {
            case .failure(let problem): return .refused(vocabulary.nameProblem(problem))
            case .success(let valid): chosen = valid
            }
        } else if asking {
            guard let answer = Self.askName(previous: settings.name, vocabulary: vocabulary, reader: &reader, output: output) else { return .inputEnded }
            chosen = answer
        } else {
            return .chosen(.standard)
        }
        if settings.name != chosen.text {
            settings.name = chosen.text
            settings.save(to: settingsPath)
        }
        return .chosen(chosen)
    }

    /// Asks for a name until one can be used; an empty answer keeps `previous`, or takes the standard
    /// name when there is none. Nil when the input ends.
    static func askName(previous: String?, vocabulary: Vocabulary, reader: inout some LineReader, output: (String) -> Void) -> PlayerName? {
        let offered = previous.flatMap { try? PlayerName.validated($0).get() }
        output(vocabulary.nameQuestion(previous: offered?.text))
        while true {
            switch reader.readLine(prompt: "> ") {
            case .endOfInput, .terminated: return nil
            case .interrupted: continue
            case .line(let line):
                if line.trimmingCharacters(in: .whitespaces).isEmpty {
                    if let offered { return offered }
                    output(vocabulary.nameStandard(.standard))
                    return .standard
                }
                switch PlayerName.validated(line) {
                case .success(let name): return name
                case .failure(let problem): output(vocabulary.nameProblem(problem))
                }
            }
        }
    }

    /// Tells the player, once, that the saves of the layout before names were moved, and what was not.
    func report(_ migration: SaveLayoutMigration.Outcome, in saves: PlayerSaves, vocabulary: Vocabulary, output: (String) -> Void) {
        if !migration.moved.isEmpty {
            output(vocabulary.savesMoved(count: migration.moved.count, to: saves.store(for: .standard).directory, name: .standard))
        }
        for left in migration.left { output(vocabulary.saveNotMoved(left.from, why: left.to)) }
    }

    /// "You have a saved game: the worker, reached 27 February …": which role, and how far it got.
    func savedGameQuestion(_ document: SaveDocument, in scenario: Scenario, language: String, vocabulary: Vocabulary) -> String {
        guard let player = document.players.first else { return vocabulary.continueQuestion }
        func role(of player: SaveDocument.PlayerRecord) -> String {
            scenario.roleIndex(player.role).map {
                TextRendering.text(scenario.roles[$0].name, language: language, fallback: scenario.languages.first).text
            } ?? player.role
        }
        // A table's game names every seat, and how far the city's clock got.
        if document.players.count > 1 {
            let seats = document.players.enumerated().map { seat, player in
                (player.name ?? vocabulary.playerNumber(seat + 1)) + " (" + role(of: player) + ")"
            }
            return vocabulary.savedGameQuestion(role: seats.joined(separator: ", "), reached: DateFormatting.parseISO(document.clock).map(vocabulary.date))
        }
        return vocabulary.savedGameQuestion(role: role(of: player), reached: DateFormatting.parseISO(player.time).map(vocabulary.date))
    }
}
