import PetrogradCore

/// The act that carries a game on after its ending: its id and title, and whether to ask to go on now
/// (at a terminal) or only to say how.
public struct FollowingAct: Sendable {
    public var id: String
    public var title: LocalizedText
    /// Arguments the command needs besides the act and the file (such as `--name` and `--lang`).
    public var arguments: [String]
    public var asks: Bool

    public init(id: String, title: LocalizedText, arguments: [String] = [], asks: Bool) {
        self.id = id
        self.title = title
        self.arguments = arguments
        self.asks = asks
    }

    /// The command that carries the finished game in `path` on, quoted for a shell.
    public func command(from path: String) -> String {
        (["petrograd", "play", id, "--from", path] + arguments).map(Self.shellQuoted).joined(separator: " ")
    }

    /// A word as a shell reads it: as it is when it holds only safe characters, else in single quotes.
    static func shellQuoted(_ word: String) -> String {
        let safe = word.unicodeScalars.allSatisfy { $0.properties.isAlphabetic || ("0"..."9").contains($0) || "-_./=:+@%,".unicodeScalars.contains($0) }
        return safe && !word.isEmpty ? word : "'" + word.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }
}

extension GameSession {
    /// After this player's ending, when another act follows this one and the game was kept among the
    /// finished ones: says how the story goes on and, at a terminal, asks whether to go on now.
    func offerToGoOn(_ events: [GameEvent]) {
        guard let kept = keptFinishedGame, events.contains(where: { event in
            if case .endingReached(let who, _) = event { return who == player }
            return false
        }), let followingAct = offeredAct ?? findFollowingAct?() else { return }
        offeredAct = followingAct
        let title = TextRendering.text(followingAct.title, language: language, fallback: followingAct.title.entries.first?.language).text
        write("")
        // The command on a line of its own, never wrapped: it is copied whole.
        let lines = vocabulary.storyGoesOn(title: title, command: followingAct.command(from: kept)).split(separator: "\n").map(String.init)
        write(lines[0])
        for line in lines.dropFirst() { write(line, fitted: false) }
        if followingAct.asks {
            write(vocabulary.goOnNowQuestion)
            isAskingToGoOn = true
        }
    }
}
