/// The game's seeded random generator: SplitMix64 (Steele, Lea and Flood, 2014), written out here so that
/// its sequence is the same on every platform and toolchain.
///
/// Its whole state is the seed and the number of draws so far: draw *n* is `mix(seed + (n + 1) × γ)` with
/// γ = 0x9E3779B97F4A7C15. That is why a save records just those two numbers, and why undo, which
/// restores the draw count, never re-rolls a chance.
public struct RandomSource: Hashable, Sendable, Codable {
    public var seed: UInt64
    public var draws: UInt64

    public init(seed: UInt64, draws: UInt64 = 0) {
        self.seed = seed
        self.draws = draws
    }

    /// The next 64 random bits.
    public mutating func next() -> UInt64 {
        draws &+= 1
        var z = seed &+ draws &* 0x9E37_79B9_7F4A_7C15
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A roll from 0 to 99: the high 32 bits scaled to a hundred (`(bits >> 32) × 100 >> 32`).
    public mutating func percentile() -> Int {
        Int(((next() >> 32) &* 100) >> 32)
    }
}
