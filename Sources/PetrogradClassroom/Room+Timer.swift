/// The decision clock (`timer 2m`): every seat that may choose now by the clock rules (playing, present, not
/// waiting; connected or not) has a deadline; when it passes, the room takes `pN timeout` for that seat,
/// logged and told to everyone like any action. A seat's deadline starts again after it acts; pausing or
/// ending the game stops every clock.
extension Room {
    func refreshDeadlines() {
        guard let seconds = timerSeconds, !isPaused, !isEnded, storageFailure == nil else {
            deadlines = [:]
            scheduleTimer()
            return
        }
        let state = game.state
        let able = Set(state.players.indices.filter { index in
            let player = state.players[index]
            return player.isActive && !player.isAbsent && player.time <= state.world.clock
        })
        deadlines = deadlines.filter { able.contains($0.key) }
        let now = ContinuousClock.now
        for player in able where deadlines[player] == nil {
            deadlines[player] = now.advanced(by: .seconds(seconds))
        }
        scheduleTimer()
    }

    private func scheduleTimer() {
        timerTask?.cancel()
        timerTask = nil
        guard let earliest = deadlines.values.min() else { return }
        timerTask = Task { [weak self] in
            try? await Task.sleep(until: earliest, clock: .continuous)
            guard !Task.isCancelled else { return }
            await self?.deadlinesPassed()
        }
    }

    private func deadlinesPassed() {
        let now = ContinuousClock.now
        for player in deadlines.filter({ $0.value <= now }).keys.sorted() {
            deadlines[player] = nil
            // A seat that cannot take a default (no choice is open) is simply given another turn of the clock.
            _ = record(.timeOut(player: player + 1))
        }
        refreshDeadlines()
    }
}
