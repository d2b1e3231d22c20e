import PetrogradCore

/// The role menu at the start of a game: each role by its name in the player's language, with the
/// scenario's one-line description (`about`) and the expected length of play (`length`), wrapped under
/// its number.
///
///     1. Worker — A woman weaver in a Vyborg-side textile mill; her husband is at the front, two
///        children wait at home.
///        about 15–20 choices, 30–40 minutes
public enum RoleMenu {
    /// One role's entry, numbered, wrapped to `width` columns. In English a role whose name is not its
    /// id also shows the id, which `--role` takes; in Hindi, never (no English inside Hindi).
    public static func entry(_ role: Role, number: Int, in scenario: Scenario, language: String, vocabulary: Vocabulary,
                             width: Int) -> String {
        var title = TextRendering.text(role.name, language: language, fallback: scenario.languages.first).text
        if vocabulary.language != "hi", title.lowercased() != role.id { title += " (\(role.id))" }
        if let about = role.about {
            let description = TextRendering.text(about, language: language, fallback: scenario.languages.first).text
            if !description.isEmpty { title += " — " + description }
        }
        let label = "  \(number). "
        let indent = String(repeating: " ", count: label.count)
        let room = max(20, width) - label.count
        var lines = TextWrapper(width: room).lines(wrapping: title)
        if let length = vocabulary.playLength(role.length) { lines += TextWrapper(width: room).lines(wrapping: length) }
        return label + lines.joined(separator: "\n" + indent)
    }

    /// The role whose name, in any of the scenario's languages, is `answer` (case-insensitively), so a
    /// player may answer "मज़दूर" or "worker" as well as a number.
    public static func role(named answer: String, in scenario: Scenario) -> Int? {
        let typed = answer.lowercased()
        guard !typed.isEmpty else { return nil }
        return scenario.roles.firstIndex { role in
            role.name.entries.contains { TextRendering.plain($0.template).lowercased() == typed }
        }
    }
}
