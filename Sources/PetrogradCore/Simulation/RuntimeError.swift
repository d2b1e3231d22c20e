/// A problem in a scenario that only shows while playing: the game refuses the step and says where.
public struct RuntimeError: Error, Hashable, Sendable, CustomStringConvertible {
    /// What went wrong.
    public enum Kind: Hashable, Sendable {
        case divisionByZero
        /// An `advance` that would move a player's clock past the last moment Petrograd can count.
        case clockOutOfRange
        /// Scenes that lead on to each other by themselves, in a circle.
        case endlessLoop(scenes: [String])
        /// A `return` reached with no call of shared scenes to return from.
        case nothingToReturnTo
        /// Calls of shared scenes nested deeper than the scenario's calls can (a save edited by hand).
        case callsTooDeep
    }

    public var kind: Kind
    public var location: SourceLocation?

    public var description: String {
        let place = location.map { "\($0): " } ?? ""
        switch kind {
        case .divisionByZero:
            return "\(place)the scenario divides by zero here"
        case .clockOutOfRange:
            let last = DateFormatting.describe(Moment.supportedRange.upperBound.startOfDay, calendar: .old)
            return "\(place)this 'advance' would move the clock past \(last) (Old Style), the last day Petrograd can count; advance less, or lead to an ending before"
        case .endlessLoop(let scenes):
            return "\(place)these scenes lead on to each other by themselves forever: \(scenes.joined(separator: " → "))"
        case .nothingToReturnTo:
            return "\(place)this 'return' was reached without a 'go … then …' to return to; reach these scenes only through 'go SCENE then …'"
        case .callsTooDeep:
            return "\(place)shared scenes were called inside each other more deeply than the scenario allows"
        }
    }
}
