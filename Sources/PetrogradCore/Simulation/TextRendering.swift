import Foundation

/// Fills in a text template from the game's state. Values are digits; names come from the scenario in the
/// requested language; dates are handed to a formatter the front end supplies.
public enum TextRendering {
    /// A template with its insertions shown as `{name}` placeholders removed: the literal prose only.
    public static func plain(_ template: TextTemplate) -> String {
        plain(template.segments)
    }

    /// Literal prose of segments; of varying text, its first branch or alternative.
    static func plain(_ segments: [TextTemplate.Segment]) -> String {
        segments.map { segment in
            switch segment {
            case .literal(let text): text
            case .conditional(let branches): branches.first.map { plain($0.segments) } ?? ""
            case .sequence(let sequence): sequence.alternatives.first.map { plain($0) } ?? ""
            case .value, .variable, .roleName, .placeName, .date: ""
            }
        }.joined()
    }

    /// The segments that stand for varying text in this state: conditions are decided and each sequence
    /// shows the alternative its counter points to. An error (a division by zero) is shown where it
    /// happened, so the author finds it.
    static func selected(_ segments: [TextTemplate.Segment], state: GameState, player: Int?) -> [TextTemplate.Segment] {
        var result: [TextTemplate.Segment] = []
        for segment in segments {
            switch segment {
            case .conditional(let branches):
                do throws(RuntimeError) {
                    if let branch = try chosenBranch(branches, state: state, player: player) {
                        result += selected(branch.segments, state: state, player: player)
                    }
                } catch {
                    result.append(.literal("[\(error.description)]"))
                }
            case .sequence(let sequence):
                let counter = player.flatMap { state.players.indices.contains($0) ? state.players[$0].values[sequence.counter.index] : nil } ?? 0
                if let alternative = sequence.alternative(forCounter: counter) {
                    result += selected(sequence.alternatives[alternative], state: state, player: player)
                }
            case .value(let expression):
                do throws(RuntimeError) {
                    result.append(.literal(String(try evaluate(expression, state: state, player: player))))
                } catch {
                    result.append(.literal("[\(error.description)]"))
                }
            case .literal, .variable, .roleName, .placeName, .date:
                result.append(segment)
            }
        }
        return result
    }

    /// The first branch whose condition holds, in this state.
    static func chosenBranch(_ branches: [TextBranch], state: GameState, player: Int?) throws(RuntimeError) -> TextBranch? {
        for branch in branches {
            guard let condition = branch.condition else { return branch }
            if try evaluate(condition, state: state, player: player) != 0 { return branch }
        }
        return nil
    }

    static func evaluate(_ expression: Expression, state: GameState, player: Int?) throws(RuntimeError) -> Int {
        if let player, state.players.indices.contains(player) {
            return try expression.evaluate(in: PlayerEnvironment(world: state.world.values, player: state.players[player]))
        }
        return try expression.evaluate(in: WorldEnvironment(world: state.world))
    }

    /// The text with every value filled in as it is now, except dates, which stay as `{date}` for the
    /// front end to write in the reader's language. Journal lines are fixed this way when they are added,
    /// so they keep the values of their moment.
    public static func resolvingValues(_ text: LocalizedText, scenario: Scenario, state: GameState, player: Int?) -> LocalizedText {
        var result = text
        let playerState = player.flatMap { state.players.indices.contains($0) ? state.players[$0] : nil }
        for index in result.entries.indices {
            let language = result.entries[index].language
            result.entries[index].template.segments = selected(result.entries[index].template.segments, state: state, player: player).map { segment in
                switch segment {
                case .literal, .date, .value, .conditional, .sequence:
                    return segment
                case .variable(let reference):
                    switch reference.scope {
                    case .world: return .literal(String(state.world.values[reference.index]))
                    case .player: return .literal(playerState.map { String($0.values[reference.index]) } ?? "")
                    }
                case .roleName:
                    return .literal(playerState.map { self.text(scenario.roles[$0.role].name, language: language).text } ?? "")
                case .placeName:
                    guard let playerState, case .scene(let scene) = playerState.position, let place = scenario.scenes[scene].place else { return .literal("") }
                    return .literal(self.text(scenario.places[place].name, language: language).text)
                }
            }
        }
        return result
    }

    /// A template as saves store it: prose with `{date}` where the date goes and braces doubled.
    public static func storageText(_ template: TextTemplate) -> String {
        template.segments.map { segment in
            switch segment {
            case .literal(let text):
                // Scalar by scalar: a brace followed by a combining mark is still a brace.
                String(String.UnicodeScalarView(text.unicodeScalars.flatMap { $0 == "{" || $0 == "}" ? [$0, $0] : [$0] }))
            case .date: "{date}"
            case .variable, .roleName, .placeName, .value, .conditional, .sequence: ""
            }
        }.joined()
    }

    /// Reads `storageText(_:)` back. It walks Unicode scalars, not characters: a brace followed by a
    /// combining mark is one character to Swift, but still a brace.
    public static func template(storageText text: String) -> TextTemplate {
        var segments: [TextTemplate.Segment] = []
        var literal = String.UnicodeScalarView()
        let scalars = Array(text.unicodeScalars)
        let dateMarker = Array("{date}".unicodeScalars)
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            let next = index + 1 < scalars.count ? scalars[index + 1] : nil
            if (scalar == "{" || scalar == "}"), next == scalar {
                literal.append(scalar)
                index += 2
                continue
            }
            if scalar == "{", scalars[index...].starts(with: dateMarker) {
                if !literal.isEmpty { segments.append(.literal(String(literal))); literal = String.UnicodeScalarView() }
                segments.append(.date)
                index += dateMarker.count
                continue
            }
            literal.append(scalar)
            index += 1
        }
        if !literal.isEmpty { segments.append(.literal(String(literal))) }
        return TextTemplate(segments: segments)
    }

    /// Renders a template for a player in a language.
    public static func render(_ template: TextTemplate, scenario: Scenario, state: GameState, player: Int?, language: String,
                              formatDate: (Moment) -> String) -> String {
        var result = ""
        let playerState = player.flatMap { state.players.indices.contains($0) ? state.players[$0] : nil }
        for segment in selected(template.segments, state: state, player: player) {
            switch segment {
            case .literal(let text):
                result += text
            case .value, .conditional, .sequence:
                break
            case .variable(let reference):
                switch reference.scope {
                case .world: result += String(state.world.values[reference.index])
                case .player: result += playerState.map { String($0.values[reference.index]) } ?? ""
                }
            case .roleName:
                if let playerState { result += text(scenario.roles[playerState.role].name, language: language).text }
            case .placeName:
                if let playerState, case .scene(let scene) = playerState.position, let place = scenario.scenes[scene].place {
                    result += text(scenario.places[place].name, language: language).text
                }
            case .date:
                result += formatDate(playerState?.time ?? state.world.clock)
            }
        }
        return result
    }

    /// The text in a language, falling back to the scenario's first language; `isFallback` says when the
    /// requested language was missing, so the front end can mark it.
    public static func text(_ localized: LocalizedText, language: String, fallback: String? = nil) -> (text: String, isFallback: Bool) {
        if let template = localized.template(in: language) { return (plain(template), false) }
        if let fallback, let template = localized.template(in: fallback) { return (plain(template), true) }
        if let first = localized.entries.first { return (plain(first.template), true) }
        return ("", true)
    }

    /// The template in a language, or the fallback language's with `isFallback` set.
    public static func template(_ localized: LocalizedText, language: String, fallback: String?) -> (template: TextTemplate, isFallback: Bool)? {
        if let template = localized.template(in: language) { return (template, false) }
        if let fallback, let template = localized.template(in: fallback) { return (template, true) }
        return localized.entries.first.map { ($0.template, true) }
    }
}
