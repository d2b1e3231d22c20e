/// A starting branch for authors, as `petrograd new branch` writes it: one file that offers a new choice in
/// a scene of a scenario, leading to a new scene from which the player either carries on with the base story
/// or reaches a new ending. Every part carries a comment saying what it does, and the whole checks clean
/// with its scenario and can be played, so an author starts from something that works.
///
/// It only makes text; writing the file, and compiling it to be sure, is the caller's job.
public struct BranchTemplate: Sendable {
    /// The branch's id, which also names its file (`ID.story`).
    public var id: String
    /// The scene that gets the new choice.
    public var baseScene: String
    /// The new choice offered in `baseScene`.
    public var choiceID: String
    /// The branch's own scene, where the new choice leads.
    public var sceneID: String
    /// The choice in the new scene that goes back to the base story.
    public var returnChoiceID = "carry-on"
    /// The scene `returnChoiceID` leads to.
    public var returnTarget: String
    /// The choice of `baseScene` whose way `returnChoiceID` follows; nil when it leads back to `baseScene`.
    public var returnVia: String?
    /// The choice in the new scene that leads to the new ending.
    public var endingChoiceID = "step-aside"
    /// The branch's own ending.
    public var endingID: String
    /// The role the branch is tried with: the scene's only role, or its first, or the scenario's first.
    public var role: String
    /// The text of `ID.story`.
    public private(set) var text = ""

    /// How the author names the scenario and the branch folder in commands, for the file's comments.
    public struct Commands: Sendable {
        /// The scenario as the author named it (a bundled id or a folder).
        public var scenario: String
        /// The branch folder as the author will name it, such as `./second-thoughts`.
        public var folder: String

        public init(scenario: String, folder: String) {
            self.scenario = scenario
            self.folder = folder
        }
    }

    /// Whether `text` is a valid id: ASCII letters, digits, `-` and `_`, starting with a letter.
    public static func isValidID(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first, first.isASCIILetter else { return false }
        return text.unicodeScalars.allSatisfy { $0.isASCIILetter || ("0"..."9").contains($0) || $0 == "-" || $0 == "_" }
    }

    /// A branch `id` of `scenario` (compiled without branches) that offers its new choice in the scene at
    /// index `scene`. Ids that would clash with the scenario's get a number (`id-2`).
    public init(id: String, scenario: Scenario, scene: Int, commands: Commands) {
        let base = scenario.scenes[scene]
        self.id = id
        baseScene = base.id
        let targets = Set(scenario.scenes.map(\.id) + scenario.endings.map(\.id))
        sceneID = Self.unique(id, among: targets)
        endingID = Self.unique(id + "-ending", among: targets.union([sceneID]))
        choiceID = Self.unique(id, among: Set(base.choices.map { scenario.choices[$0].id }))
        let onward = Self.onwardTarget(from: scene, in: scenario)
        returnTarget = scenario.id(of: onward.target)
        returnVia = onward.via
        let roles = base.roles.map { scenario.roles[$0].id }
        role = roles.first ?? scenario.roles.first?.id ?? ""
        text = write(scenario: scenario, scene: base, roles: roles, commands: commands)
    }

    /// Where the player goes to carry on with the base story: where the first of the scene's choices that
    /// is always offered and simply leads to another scene goes (so the branch bypasses no guard and no
    /// roll), else back to the scene itself, whose own choices (or `go`) then carry the player on. Returns
    /// the choice followed, if any.
    static func onwardTarget(from scene: Int, in scenario: Scenario) -> (target: Target, via: String?) {
        for choice in scenario.scenes[scene].choices.map({ scenario.choices[$0] })
        where choice.guardCondition == nil && !choice.hasChance {
            if case .scene(let target)? = choice.outcomes.first?.target ?? choice.defaultTarget, target != scene {
                return (.scene(target), choice.id)
            }
        }
        return (.scene(scene), nil)
    }

    static func unique(_ id: String, among taken: Set<String>) -> String {
        if !taken.contains(id) { return id }
        var number = 2
        while taken.contains("\(id)-\(number)") { number += 1 }
        return "\(id)-\(number)"
    }

    // MARK: Playing it

    /// Plays `scenario` (compiled with this branch) as the branch's role, starting in the base scene:
    /// through the new choice to the new scene, then to the new ending. Nil when it works, or what went
    /// wrong. When the world's events move the player out of the base scene at the start, there is
    /// nothing to try, and that is no problem.
    public func problemPlaying(_ scenario: Scenario, seed: UInt64 = 1917) -> String? {
        guard let scene = scenario.sceneIndex(baseScene), let own = scenario.sceneIndex(sceneID),
              let ending = scenario.endingIndex(endingID), let role = scenario.roleIndex(role) else {
            return "the scenario compiled with the branch lacks the branch's scenes or its role"
        }
        var game: Game
        switch Game.start(scenario, roles: [role], seed: seed, setup: Simulation.Setup(startScene: scene)) {
        case .failure(let error): return "the game cannot start in '\(baseScene)': \(error)"
        case .success(let started): game = started.0
        }
        guard game.state.players[0].position == .scene(scene) else { return nil }
        if case .failure(let refusal) = game.perform(.choose(player: 1, choice: choiceID)) {
            return "in '\(baseScene)', \(refusal)"
        }
        guard game.state.players[0].position == .scene(own) else {
            return "choice '\(choiceID)' did not lead to scene '\(sceneID)'"
        }
        let returning = game.simulation.apply(.choose(player: 1, choice: returnChoiceID), to: game.state)
        guard case .success(let transition) = returning, transition.state.players[0].position != .scene(own) else {
            return "choice '\(returnChoiceID)' in '\(sceneID)' does not lead back into the story"
        }
        if case .failure(let refusal) = game.perform(.choose(player: 1, choice: endingChoiceID)) {
            return "in '\(sceneID)', \(refusal)"
        }
        guard game.state.players[0].position == .ending(ending) else {
            return "choice '\(endingChoiceID)' did not lead to ending '\(endingID)'"
        }
        return nil
    }

    // MARK: Writing it

    /// The texts the template knows, by language.
    private typealias Texts = [String: String]

    private func write(scenario: Scenario, scene: Scene, roles: [String], commands: Commands) -> String {
        let languages = scenario.languages
        let unknown = languages.filter { !["hi", "en"].contains($0) }
        let folder = commands.folder, from = commands.scenario
        let roleOption = roles.count == 1 ? " --role \(roles[0])" : ""
        let forLine = roles.isEmpty ? [] : ["  for " + roles.joined(separator: ", ")]
        let title = words(id)
        func texts(_ texts: Texts, indent: String = "  ") -> [String] {
            languages.compactMap { language in texts[language].map { "\(indent)\(language): \($0)" } }
        }

        var lines = ["format 2"]
        lines += [
            "# The branch '\(id)' of \(scenario.id), as 'petrograd new branch' wrote it: a starting point that",
            "# checks clean and can be played. Change the texts, add scenes, choices and endings, and check as you go:",
            "#   petrograd check \(from) --with \(folder)",
            "#   petrograd play \(from) --with \(folder)\(roleOption) --at \(baseScene)",
            "#   petrograd explore \(from) --with \(folder)",
            "# 'check' lists every problem with its file, line and column; 'play --at' starts in the scene this",
            "# branch adds to; 'explore' tries every path and says which endings can be reached.",
            "# 'petrograd show \(from)' lists the scenario's scenes, choices, events and endings to build on.",
        ]
        if !unknown.isEmpty {
            lines += Self.comment("This template has texts in Hindi and English only: add the \(unknown.joined(separator: ", ")) lines.")
        }

        lines += [
            "",
            "# 'branch ID' names the branch; its text lines are its title. 'extends' names the scenario it adds to:",
            "# a branch never changes that scenario's files; it is loaded beside them with '--with'.",
            "branch \(id)",
        ]
        lines += texts([
            "hi": "शाखा \(id): दृश्य \(baseScene) से एक नई राह",
            "en": "\(title): a new path from scene \(baseScene)",
        ])
        lines.append("  extends \(scenario.id)")

        lines += [
            "",
            "# 'in scene SCENE' offers new choices in a scene of the scenario; its own text and choices stay as they",
            "# are. 'when CONDITION' (optional) offers them only while it holds: here, until the player has been in",
            "# this branch's scene, so that the choice is offered once.",
            "in scene \(baseScene)",
            "  when not visited \(sceneID)",
            "",
            "  choice \(choiceID)",
        ]
        lines += texts(["hi": "एक पल रुककर सोच-विचार करो।", "en": "Stop for a moment and think it over."], indent: "    ")
        lines += Self.comment("'reply' is what the player reads as soon as the choice is taken.", indent: "    ")
        lines.append("    reply")
        lines += texts(["hi": "भीड़ से एक क़दम हटकर तुम्हें सोचने का एक पल मिलता है।", "en": "Stepping aside from the crowd, you have a moment to think."], indent: "      ")
        lines.append("    go \(sceneID)")

        var placement = "for the same roles"
        switch (scene.moment != nil, scene.place != nil) {
        case (true, true): placement += ", at the same time and place"
        case (true, false): placement += ", at the same time"
        case (false, true): placement += ", at the same place"
        case (false, false): break
        }
        let clock = scene.moment == nil ? "" : " Its date sets the player's clock (which never goes back)."
        let source = scene.source == nil ? "" : " (here, the same as \(baseScene)'s)"
        lines.append("")
        lines += Self.comment("The branch's own scene, \(placement) as \(baseScene).\(clock) 'note' is the historian's "
            + "note, which players read with 'history'; 'source' names where it comes from\(source).")
        lines.append("scene \(sceneID)")
        lines += forLine
        if let moment = scene.moment { lines.append("  on " + Self.written(moment, calendar: scenario.calendar)) }
        if let place = scene.place { lines.append("  at " + scenario.places[place].id) }
        lines += texts([
            "hi": "एक पल के लिए सब कुछ थम-सा जाता है। आज अब तक क्या हुआ, और आगे क्या किया जा सकता है? यह सोचने का समय है। पर शहर ज़्यादा देर इंतज़ार नहीं करेगा।",
            "en": "For a moment everything seems to stand still. What has happened today, and what can still be done? It is time to think. But the city will not wait for long.",
        ])
        lines.append("  note")
        lines += texts([
            "hi": "यह क्षण कल्पित है: कोई दस्तावेज़ नहीं बताता कि इस घड़ी किसी एक व्यक्ति ने क्या सोचा। उस समय आसपास क्या हो रहा था, यह मुख्य कहानी के दृश्य बताते हैं।",
            "en": "This moment is imagined: no record tells us what any one person thought at this hour. What was happening around it is told in the scenes of the main story.",
        ], indent: "    ")
        lines.append("  source " + (scene.source ?? "\(scenario.id), scene \(baseScene)"))

        let onward = returnVia.map { "to \(returnTarget), where \(baseScene)'s choice '\($0)' leads" }
            ?? "back to \(baseScene), whose own choices carry the player on (this branch's is offered only once)"
        lines.append("")
        lines += Self.comment("Back to the base story: \(onward).", indent: "  ")
        lines.append("  choice \(returnChoiceID)")
        lines += texts(["hi": "सोच-विचार बहुत हुआ; अब आगे बढ़ो।", "en": "Enough thinking; carry on."], indent: "    ")
        lines += [
            "    go \(returnTarget)",
            "",
            "  # Out of the story: to this branch's own ending.",
            "  choice \(endingChoiceID)",
        ]
        lines += texts(["hi": "इन घटनाओं से अलग हटकर घर लौट जाओ।", "en": "Step aside from these events and go home."], indent: "    ")
        lines.append("    go \(endingID)")

        lines += [
            "",
            "# A new ending: its text closes the story; 'debrief' sets the player's path beside what happened.",
            "ending \(endingID)",
        ]
        lines += forLine
        lines += texts([
            "hi": "घर लौटने के बाद इन दिनों की घटनाओं से तुम्हारा कोई वास्ता नहीं रहता। शहर में क्या हुआ, यह तुम्हें बाद में दूसरों से पता चलता है।",
            "en": "Once you are home, the events of these days pass you by. What happened in the city, you learn later from others.",
        ])
        lines.append("  debrief")
        lines += texts([
            "hi": "तुम्हारा रास्ता: तुमने इन घटनाओं से अलग रहना चुना। इतिहास में: हर कोई इन घटनाओं में शामिल नहीं हुआ। बहुत से लोग घर पर रहे और देखते रहे कि आगे क्या होता है। उनकी सावधानी भी इस कहानी का हिस्सा है: घटनाएँ बहुत से आम लोगों के फ़ैसलों से बनती हैं, और अलग खड़े रहना भी एक फ़ैसला है।",
            "en": "Your path: you chose to stand aside from these events. In history, not everyone took part: many people stayed at home and waited to see how things would turn out. Their caution is part of the story too: events are made by the choices of many ordinary people, and standing aside is a choice as well.",
        ], indent: "    ")
        return lines.joined(separator: "\n") + "\n"
    }

    /// A comment wrapped at about a hundred characters.
    static func comment(_ text: String, indent: String = "") -> [String] {
        var lines: [String] = []
        var line = indent + "#"
        for word in text.split(separator: " ") {
            if line.count + 1 + word.count > 100, line != indent + "#" {
                lines.append(line)
                line = indent + "#"
            }
            line += " " + word
        }
        return lines + [line]
    }

    /// `second-thoughts` → `Second thoughts`.
    private func words(_ id: String) -> String {
        let spaced = id.map { $0 == "-" || $0 == "_" ? " " : String($0) }.joined()
        return spaced.prefix(1).uppercased() + spaced.dropFirst()
    }

    /// A moment as a scenario writes it, in the scenario's calendar: `22 Feb 1917, evening`, `25 Feb 1917, 22:00`.
    static func written(_ moment: Moment, calendar: CalendarKind) -> String {
        let date = moment.date(in: calendar)
        var text = "\(date.day) \(DateFormatting.monthAbbreviations[date.month - 1]) \(date.year)"
        if moment.minuteOfDay != 0 {
            let word = MomentParser.timesOfDay.first { $0.minutes == moment.minuteOfDay }?.word
            text += ", " + (word ?? DateFormatting.clock(moment))
        }
        return text
    }
}

private extension Unicode.Scalar {
    var isASCIILetter: Bool { ("a"..."z").contains(self) || ("A"..."Z").contains(self) }
}
