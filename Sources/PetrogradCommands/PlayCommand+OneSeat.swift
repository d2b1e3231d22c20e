import PetrogradConsole
import PetrogradCore

/// A replay plays one seat: a playtest of several players (`players worker soldier duma`) would leave its
/// one player waiting for the others for good. Such a file is refused before anything is claimed or saved,
/// with a word on where it can be run instead. (A save of several players is a table: `play --load`
/// continues it with every seat, as `play --players` does.)
extension PlayCommand {
    /// Why a replay file of several players cannot be played here, or nil when it names one player (or
    /// none, which means one).
    static func severalPlayersProblem(in script: Playtest, file: String) -> String? {
        guard script.players.count > 1 else { return nil }
        let (line, column) = script.playersLine ?? (1, 1)
        let roles = script.players.map(\.text).joined(separator: ", ")
        return "\(file):\(line):\(column): error: this playthrough has \(script.players.count) players (\(roles)), but --replay "
            + "goes on with one player: the others could never move, and the game would wait for them for good. "
            + "'petrograd test \(file)' plays it through with every player; 'petrograd play --players' plays a table at one screen."
    }

    /// True when a save holds a game of several players: a table, continued only at a table.
    static func hasSeveralPlayers(_ document: SaveDocument) -> Bool { document.players.count > 1 }
}
