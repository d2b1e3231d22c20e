/// A problem in a scenario that only shows while playing: the game refuses the step and says where.
public struct RuntimeError: Error, Hashable, Sendable, CustomStringConvertible {
    /// What went wrong.
    public enum Kind: Hashable, Sendable {
        case divisionByZero
        /// Scenes that lead on to each other by themselves, in a circle.
        case endlessLoop(scenes: [String])
    }

    public var kind: Kind
    public var location: SourceLocation?

    public var description: String {
        let place = location.map { "\($0): " } ?? ""
        switch kind {
        case .divisionByZero:
            return "\(place)the scenario divides by zero here"
        case .endlessLoop(let scenes):
            return "\(place)these scenes lead on to each other by themselves forever: \(scenes.joined(separator: " → "))"
        }
    }
}
