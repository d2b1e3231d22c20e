/// A goal a benchmark figure is measured against, printed beside the figure so that a reader sees at once
/// whether it is met: `2.31 M states/s (target ≥ 2 M states/s: met)`.
struct BenchmarkTarget {
    enum Direction {
        /// More is better (rates).
        case atLeast
        /// Less is better (times, memory).
        case atMost
    }

    var direction: Direction
    /// The goal, in the same unit as the figures given to `verdict(_:)`.
    var value: Double
    /// How the goal is written: "2 M states/s", "100 ms".
    var written: String

    static func atLeast(_ value: Double, _ written: String) -> BenchmarkTarget { BenchmarkTarget(direction: .atLeast, value: value, written: written) }
    static func atMost(_ value: Double, _ written: String) -> BenchmarkTarget { BenchmarkTarget(direction: .atMost, value: value, written: written) }

    func isMet(by measured: Double) -> Bool {
        switch direction {
        case .atLeast: measured >= value
        case .atMost: measured <= value
        }
    }

    /// "(target ≥ 2 M states/s: met)" or "(target ≤ 100 ms: not met)".
    func verdict(_ measured: Double) -> String {
        let sign = direction == .atLeast ? "≥" : "≤"
        return "(target \(sign) \(written): \(isMet(by: measured) ? "met" : "not met"))"
    }
}
