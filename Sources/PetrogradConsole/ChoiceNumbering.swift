import PetrogradCore

/// The numbers of the choices on the menu, kept stable while the player stays in one scene.
///
/// The simulation lists the choices offered now; a `once` choice that has been taken drops out of that
/// list, and a choice whose condition has just come true joins it. Numbering by position in the list
/// would then give the same number to another choice, and a student who types the number they remember
/// would take a choice they did not mean (ux.md S14). So within one visit to a scene a choice keeps the
/// number it was first shown with; a choice taken is not renumbered, and its number is not given to
/// another (typing it says the choice is gone); a choice that appears later gets the next number.
/// Entering a scene, even the same one again, starts the numbering afresh from 1, as do `load` and
/// `reload` (the session resets it) and a scene that is not the one numbered (an `undo` back into
/// another scene); an `undo` within the visit gives a taken choice back its own number. Only what is shown depends on it:
/// the game, its log and its saves name choices by id, never by number.
struct ChoiceNumbering {
    /// The scene numbered, and its choices (indices into the scenario's choices) in number order.
    private var scene: Int?
    private var order: [Int] = []

    /// Starts afresh: the player has entered a scene.
    mutating func reset() {
        scene = nil
        order = []
    }

    /// The options offered now in `scene`, each with its number, in number order.
    mutating func number(_ options: [Simulation.ChoiceOption], in scene: Int?) -> [(number: Int, option: Simulation.ChoiceOption)] {
        if scene != self.scene {
            self.scene = scene
            order = []
        }
        for option in options where !order.contains(option.choice) { order.append(option.choice) }
        return options.compactMap { option in order.firstIndex(of: option.choice).map { ($0 + 1, option) } }
            .sorted { $0.number < $1.number }
    }

    /// Whether `number` was given, in this visit to `scene`, to a choice (one no longer offered, when
    /// no option has that number now); never once the player has left the scene, or the story ended.
    func wasGiven(_ number: Int, in scene: Int?) -> Bool {
        scene != nil && scene == self.scene && order.indices.contains(number - 1)
    }
}
