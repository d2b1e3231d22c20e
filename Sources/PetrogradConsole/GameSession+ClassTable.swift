import PetrogradCore

/// A class game (`petrograd join`): the same prompt, with this seat's choices sent to the ``GameTable``
/// and the shared game moved only by the actions the table sends back, in its order. What the others do
/// is shown only as it concerns this seat: the city's events, and this seat's own scene when the clock
/// lets it go on.
extension GameSession {
    /// What the screen keeps about the class table beyond the game.
    struct TableSeat {
        var isPaused = false
        var timerSeconds: Int?
        var isConnected = true
        /// Set for piped input: before reading the next line, wait while this seat waits for the others
        /// (or the game is paused), so a script's next choice is not refused.
        var waitsForTurnBeforeReading = false
        /// Whether the first prompt has come: a seat that waits from the start is told so there.
        var hasReachedFirstPrompt = false
    }

    /// Joins the session to a class table: this seat (counting from 1), and whether to wait for the
    /// turn before reading a line (for piped input).
    public func sit(at table: any GameTable, seat: Int, paused: Bool, timerSeconds: Int?, waitsForTurnBeforeReading: Bool) {
        self.table = table
        player = seat - 1
        tableSeat = TableSeat(isPaused: paused, timerSeconds: timerSeconds, waitsForTurnBeforeReading: waitsForTurnBeforeReading)
        numbering.reset()
    }

    /// Says where the student sits, above the first scene.
    public func announceTable(room: String) {
        write(vocabulary.tableWelcome(room: room, seat: player + 1, seats: game.state.players.count))
        if tableSeat.isPaused { write(vocabulary.tablePaused) }
        if let seconds = tableSeat.timerSeconds { write(vocabulary.tableTimer(seconds: seconds)) }
    }

    /// Whether this seat waits for the others to reach its time.
    var isWaitingAtTable: Bool {
        game.state.players.indices.contains(player) && game.state.players[player].isActive
            && !game.simulation.waitedFor(by: player, in: game.state).isEmpty
    }

    /// Answers the commands a class table does not have (and adds a note to `help`); true when it did.
    func answersAtTable(_ command: String) -> Bool {
        switch command {
        case "undo": write(vocabulary.tableUndo)
        case "save", "load", "saves": write(vocabulary.tableNoSaves)
        case "reload": write(vocabulary.tableNoReload)
        case "help":
            write(vocabulary.help)
            write("")
            paragraph(vocabulary.tableHelpNote)
        default: return false
        }
        return true
    }

    /// Sends a choice to the table and shows what it brings, once the table has put it in the log.
    func chooseAtTable(_ table: any GameTable, choice: Int, number: Int) {
        if isWaitingAtTable {
            showWaitingAtTable()
            return
        }
        if tableSeat.isPaused {
            write(vocabulary.tableRefusal(reason: "paused", message: ""))
            return
        }
        let chosenText = render(scenario.choices[choice].text)
        switch table.choose(scenario.choices[choice].id) {
        case .accepted(let index):
            nameTakenChoice(number, chosenText)
            // The action comes back with the others': wait for it (briefly) so the turn shows at once.
            var tries = 0
            while game.log.count < index, tries < 100 {
                tries += 1
                guard takeTableArrivals(waitingUpTo: 0.05) else { return }
            }
        case .refused(let reason, let message):
            write(reason == "waiting" ? "\(vocabulary.waiting) \(vocabulary.date(game.state.players[player].time))"
                                      : vocabulary.tableRefusal(reason: reason, message: message))
        case .pending:
            write(vocabulary.choicePending)
        }
    }

    /// Takes what the table sent and shows it; for piped input, waits while this seat waits. Returns false
    /// when the session must end (the seat was taken out, or the table stopped).
    func takeTableArrivals(waitingUpTo seconds: Double = 0) -> Bool {
        guard let table else { return true }
        if !tableSeat.hasReachedFirstPrompt {
            tableSeat.hasReachedFirstPrompt = true
            if isWaitingAtTable { showWaitingAtTable() }
        }
        for arrival in table.arrivals(waitingUpTo: seconds) where !take(arrival) { return false }
        while tableSeat.waitsForTurnBeforeReading, isWaitingAtTable || tableSeat.isPaused, !TerminationSignals.received() {
            for arrival in table.arrivals(waitingUpTo: 0.5) where !take(arrival) { return false }
        }
        return true
    }

    /// Leaves the table on `quit` or at the end of input: nothing to save here, the game is the teacher's.
    func leaveTable() -> Bool {
        table?.close()
        write(vocabulary.tableGoodbye)
        transcript = nil
        return true
    }

    /// Shows one arrival; false when the session must end.
    private func take(_ arrival: TableArrival) -> Bool {
        switch arrival {
        case .game(let newGame, let seat, let paused, let timerSeconds):
            if !tableSeat.isConnected {
                tableSeat.isConnected = true
                write(vocabulary.reconnected)
            }
            if let seat { player = seat - 1 }
            if newGame.log.count >= game.log.count, Array(newGame.log.prefix(game.log.count)) == game.log {
                // What happened while the connection was down: shown as if it had come line by line.
                for action in newGame.log.dropFirst(game.log.count) { apply(action) }
            } else {
                game = newGame
                numbering.reset()
                showScene()
            }
            _ = take(.room(paused: paused, timerSeconds: timerSeconds))
        case .action(let index, let action):
            // A line already here (sent again after a reconnect) is skipped.
            if index == game.log.count + 1 { apply(action) }
        case .answered(let answer):
            if case .refused(let reason, let message) = answer { write(vocabulary.tableRefusal(reason: reason, message: message)) }
        case .said(let text, let toYou):
            write("")
            paragraph(vocabulary.teacherSays(text, toYou: toYou))
        case .room(let paused, let timerSeconds):
            if paused != tableSeat.isPaused {
                tableSeat.isPaused = paused
                write(paused ? vocabulary.tablePaused : vocabulary.tableResumed)
                if !paused, game.state.players[player].isActive, !isWaitingAtTable { showChoices() }
            }
            if timerSeconds != tableSeat.timerSeconds {
                tableSeat.timerSeconds = timerSeconds
                write(vocabulary.tableTimer(seconds: timerSeconds))
            }
        case .kicked:
            write("")
            paragraph(vocabulary.tableKicked)
            return false
        case .connectionLost:
            if tableSeat.isConnected {
                tableSeat.isConnected = false
                paragraph(vocabulary.connectionLost)
            }
        case .problem(let code, let message, let isFinal):
            write(vocabulary.tableProblem(code: code, message: message))
            if isFinal { return false }
        }
        return true
    }

    /// Moves the shared game by one line of the table's log and shows what concerns this seat.
    private func apply(_ action: Action) {
        let wasWaiting = isWaitingAtTable
        switch game.perform(action) {
        case .failure(let refusal):
            // The server's game and this copy disagree: say so rather than hide it.
            write(vocabulary.problem("the class game's line '\(action)' does not apply here: \(refusal)"))
        case .success(let events):
            switch action {
            case .rewind:
                write("")
                paragraph(vocabulary.tableRewound)
                numbering.reset()
                showScene()
                return
            case .end:
                write("")
                paragraph(vocabulary.tableEnded)
            case .rename(let seat, let name) where seat == player + 1:
                write(vocabulary.seatPassed(to: name))
            default:
                break
            }
            for case .timedOut(let who, let choice) in events where who == player {
                write(vocabulary.timedOut(render(scenario.choices[choice].text)))
            }
            show(events)
            guard game.state.players.indices.contains(player), game.state.players[player].isActive else { return }
            let isOwn = action.player == player + 1
            if isOwn || events.contains(where: { if case .sceneEntered(player, _) = $0 { true } else { false } }) {
                if isWaitingAtTable { showWaitingAtTable() } else if !tableSeat.isPaused { showChoices() }
            } else if wasWaiting, !isWaitingAtTable {
                write("")
                write(vocabulary.yourTurnAgain)
                showChoices()
            }
        }
    }

    /// "You wait for the others to reach (date). Waiting for: …"
    private func showWaitingAtTable() {
        write("\(vocabulary.waiting) \(vocabulary.date(game.state.players[player].time))")
        let others = game.simulation.waitedFor(by: player, in: game.state).map { index in
            vocabulary.seatName(index + 1, name: game.names.indices.contains(index) ? game.names[index] : nil)
        }
        if !others.isEmpty { write(vocabulary.waitingFor(others)) }
    }
}
