/// The words of a table around one screen (`play --players`): whose turn it is, who waits for whom, the
/// `players` list and an undo that names whose choice it took back.
extension Vocabulary {
    /// A seat given no name: "Player 2".
    public func playerNumber(_ number: Int) -> String { isHindi ? "खिलाड़ी \(number)" : "Player \(number)" }

    /// The heading line when the screen passes to a player: "— Ravi (Soldier), your turn —".
    public func turn(of seat: String) -> String { isHindi ? "— \(seat), तुम्हारी बारी —" : "— \(seat), your turn —" }

    /// The heading line once every story has ended: whose screen it still is.
    public func screenOf(_ seat: String) -> String { isHindi ? "— \(seat) —" : "— \(seat) —" }

    /// "Asha waits for Ravi and Meena to reach 27 February."
    public func waits(_ seat: String, for others: [String], toReach date: String) -> String {
        isHindi ? "\(seat) को \(list(others)) के \(date) तक पहुँचने का इंतज़ार है।"
            : "\(seat) waits for \(list(others)) to reach \(date)."
    }

    /// A player's story ended at a table; the turn passes on.
    public func storyOver(of seat: String) -> String {
        isHindi ? "\(seat) की कहानी पूरी हुई।" : "\(seat)'s story is over."
    }

    /// Every story at the table has ended.
    public var tableFinished: String {
        isHindi ? "इस मेज़ पर सबकी कहानी पूरी हुई। 'खिलाड़ी' लिखकर सबको देखो, 'अंत' लिखकर यह अंत फिर पढ़ो, या 'बाहर' लिखकर खेल से निकलो।"
            : "Every story at this table is over. Type 'players' to see the table, 'ending' to read this ending again, or 'quit' to leave."
    }

    /// `undo` at a table, naming whose choice was taken back.
    public func undoneChoice(of seat: String, _ choice: String) -> String {
        isHindi ? "वापस लिया गया: \(seat) का चुना हुआ विकल्प '\(choice)'" : "Undone: \(seat)'s choice '\(choice)'"
    }

    /// The status line of the shared city's clock.
    public func cityClock(_ date: String) -> String {
        isHindi ? "शहर की घड़ी: \(date)" : "The city's clock: \(date)"
    }

    public var tableHeading: String { isHindi ? "खिलाड़ी" : "Players" }
    public var seatPlaying: String { isHindi ? "अभी इसकी बारी" : "playing now" }
    public var seatNext: String { isHindi ? "बारी आने वाली है" : "ready" }
    public var seatEnded: String { isHindi ? "कहानी पूरी" : "story over" }
    public var seatAway: String { isHindi ? "अभी मेज़ पर नहीं" : "away" }
    public func seatWaits(for others: [String]) -> String { isHindi ? "\(list(others)) का इंतज़ार" : "waits for \(list(others))" }

    /// The help row of `players`.
    var playersHelp: String { isHindi ? "मेज़ के सब खिलाड़ी: कौन कहाँ है, किसकी बारी है, कौन किसका इंतज़ार कर रहा है" : "everyone at the table: where they are, whose turn it is, who waits for whom" }

    /// Names in a list: "Ravi", "Ravi and Meena", "Asha, Ravi and Meena".
    func list(_ names: [String]) -> String {
        guard names.count > 1 else { return names.first ?? "" }
        return names.dropLast().joined(separator: ", ") + (isHindi ? " और " : " and ") + names[names.count - 1]
    }
}
