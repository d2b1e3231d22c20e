import PetrogradCore

/// `historians`: the ending's section on what historians disagree about, shown only when asked for.
extension GameSession {
    func showHistorians() {
        guard case .ending(let ending) = game.state.players[player].position else {
            write(vocabulary.historiansNotYet)
            return
        }
        guard let historians = scenario.endings[ending].historians else {
            write(vocabulary.noHistorians)
            return
        }
        emit([.blank, .heading(vocabulary.historiansHeading), .paragraph(render(historians))])
    }
}
