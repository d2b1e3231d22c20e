import PetrogradConsole
import PetrogradCore

/// The console plays one seat: a game of several players (a playtest's `players worker soldier duma`, or a
/// save written from one) would leave its one player waiting for the others for good. Such a game is
/// refused before anything is claimed or saved, with a word on where it can be run instead.
extension PlayCommand {
    /// Why a replay file of several players cannot be played here, or nil when it names one player (or
    /// none, which means one).
    static func severalPlayersProblem(in script: Playtest, file: String) -> String? {
        guard script.players.count > 1 else { return nil }
        let (line, column) = script.playersLine ?? (1, 1)
        let roles = script.players.map(\.text).joined(separator: ", ")
        return "\(file):\(line):\(column): error: this playthrough has \(script.players.count) players (\(roles)), but play "
            + "goes on with one player: the others could never move, and the game would wait for them for good. "
            + "'petrograd test \(file)' plays it through with every player; a shared city for a class cannot be played at one console yet."
    }

    /// True when a save holds a game of several players, which this console cannot continue.
    static func hasSeveralPlayers(_ document: SaveDocument) -> Bool { document.players.count > 1 }
}

extension Vocabulary {
    /// A save of several players, asked for with --load.
    func severalPlayersSave(_ name: String, count: Int) -> String {
        language == "hi"
            ? "'\(name)' में \(count) खिलाड़ियों का खेल है। यहाँ एक समय में एक ही खिलाड़ी खेलता है, इसलिए बाक़ी कभी चल नहीं पाएँगे और खेल हमेशा उनकी राह देखता रहेगा। फ़ाइल जैसी थी वैसी छोड़ दी गई है।"
            : "'\(name)' holds a game of \(count) players. This console plays one player, so the others could never move and the game would wait for them for good. The file was left as it is."
    }
}
