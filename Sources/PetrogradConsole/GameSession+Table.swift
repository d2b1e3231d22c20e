import PetrogradCore

/// A table around one screen (`play --players`): the session drives every seat. Whose turn it is follows
/// the clock rules (`Simulation.turn`): of the players still playing, the one not waiting whose time is
/// earliest, ties by seat order. The screen belongs to that player (their scene, choices, replies,
/// journal and ending) until the turn passes; `status` adds the shared city's clock, and `players` lists
/// the table.
extension GameSession {
    /// The words of the table's own command, in English and Hindi (known only at a table, so a game of one
    /// player answers and completes exactly as before).
    static let tableCommands: [String: String] = ["players": "players", "खिलाड़ी": "players"]

    /// The table's command words in `language`.
    static func tableCommandWords(in language: String) -> [String] {
        tableCommands.keys.filter { isHindiWord($0) == (language == "hi") }.sorted()
    }

    /// Whether the session drives a table: asked for with `--players`, or a game (loaded or continued)
    /// that has more than one seat.
    var isTable: Bool { table == nil && (drivesTable || game.state.players.count > 1) }

    /// A seat's name: the one given, or "Player 2" when none was.
    func seatName(_ seat: Int) -> String {
        game.names.indices.contains(seat) ? game.names[seat] ?? vocabulary.playerNumber(seat + 1) : vocabulary.playerNumber(seat + 1)
    }

    /// A seat's name and role: "Ravi (Soldier)".
    func seatLabel(_ seat: Int) -> String {
        seatName(seat) + " (" + render(scenario.roles[game.state.players[seat].role].name) + ")"
    }

    /// "— Ravi (Soldier), your turn —", or once every story has ended, whose screen it still is.
    func turnLine() -> String {
        game.state.players[player].isActive ? vocabulary.turn(of: seatLabel(player)) : vocabulary.screenOf(seatLabel(player))
    }

    /// Writes whose turn it is, in bold where the terminal shows it.
    func writeTurnLine() {
        write(turnLine(), style: { [style] in style.bold($0) })
    }

    /// Gives the screen to the player whose turn it is (kept when no one can choose). `announcing`: says
    /// first who waits for whom.
    func takeTurn(announcing: Bool) {
        guard let next = game.simulation.turn(in: game.state) else { return }
        if next != player {
            player = next
            numbering.reset()
            lastHeading = nil
        }
        if announcing { sayWhoWaits() }
    }

    /// After a choice at a table: the same player goes on with their menu, or the turn passes and the next
    /// player's scene is shown, or, when every story has ended, the table is told.
    func passTurn() {
        guard let next = game.simulation.turn(in: game.state) else {
            if !game.state.players.contains(where: \.isActive) {
                write("")
                write(vocabulary.tableFinished)
            }
            return
        }
        if next == player, game.state.players[player].isActive {
            showChoices()
            return
        }
        write("")
        takeTurn(announcing: true)
        showScene()
    }

    /// Which scene the turn's events should leave unshown: when the turn passes on, the chooser's new scene
    /// is shown when their turn comes back, not now and then again.
    func sceneHeldBack() -> Int? {
        guard isTable, let next = game.simulation.turn(in: game.state), next != player,
              case .scene(let scene) = game.state.players[player].position else { return nil }
        return scene
    }

    /// "Asha waits for Ravi and Meena to reach 27 February", for every player who is waiting.
    func sayWhoWaits() {
        for seat in game.state.players.indices {
            let waited = game.simulation.waitedFor(by: seat, in: game.state)
            guard !waited.isEmpty else { continue }
            write(vocabulary.waits(seatName(seat), for: waited.map(seatName), toReach: vocabulary.shortDate(game.state.players[seat].time)))
        }
    }

    /// After `undo` at a table: whose choice was taken back ("Undone: Ravi's choice 'Refuse to fire'"), or
    /// the plain word when what was undone was not one choice (a load, a reload).
    func sayWhatWasUndone(_ logBefore: [Action]) {
        let removed = logBefore.count > game.log.count ? Array(logBefore[game.log.count...]) : []
        guard removed.count == 1, case .choose(let number, let id, _) = removed[0], game.state.players.indices.contains(number - 1),
              case .scene(let scene) = game.state.players[number - 1].position,
              let choice = scenario.choiceIndex(id, inScene: scene) else {
            write(vocabulary.undone)
            return
        }
        player = number - 1
        write(vocabulary.undoneChoice(of: seatName(player), render(scenario.choices[choice].text)))
    }

    /// `players`: the table, a line a seat: name and role, where and when, and whether they play now,
    /// wait (for whom), have left or have ended.
    func showTable() {
        heading(vocabulary.tableHeading)
        let turn = game.simulation.turn(in: game.state)
        for (seat, state) in game.state.players.enumerated() {
            var parts = [seatLabel(seat)]
            var whereAndWhen: [String] = []
            if case .scene(let scene) = state.position, let place = scenario.scenes[scene].place {
                whereAndWhen.append(render(scenario.places[place].name))
            }
            whereAndWhen.append(vocabulary.shortDate(state.time))
            parts.append(whereAndWhen.joined(separator: ", "))
            let waited = game.simulation.waitedFor(by: seat, in: game.state)
            if !state.isActive {
                parts.append(vocabulary.seatEnded)
            } else if state.isAbsent {
                parts.append(vocabulary.seatAway)
            } else if seat == turn {
                parts.append(vocabulary.seatPlaying)
            } else if !waited.isEmpty {
                parts.append(vocabulary.seatWaits(for: waited.map(seatName)))
            } else {
                parts.append(vocabulary.seatNext)
            }
            write("  \(seat + 1). " + parts.joined(separator: " — "))
        }
    }
}
