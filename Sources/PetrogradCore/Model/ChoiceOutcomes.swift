/// The outcomes of a choice, in order. A choice without `chance` has one outcome that holds nothing but
/// where the choice is written; that one is kept without an array, which in a big story saves one
/// allocation for most choices. Either way it reads as a collection of `Outcome`s.
public struct ChoiceOutcomes: RandomAccessCollection, MutableCollection, Hashable, Sendable, ExpressibleByArrayLiteral {
    private enum Storage: Hashable, Sendable {
        /// The one outcome of a choice without chance: no text, no effects, the choice's own target.
        case plain(SourceLocation)
        case listed([Outcome])
    }

    /// Always `plain` when it can be, so that equal outcomes are stored alike.
    private var storage: Storage

    public init(_ outcomes: [Outcome]) {
        storage = Self.storage(of: outcomes)
    }

    public init(arrayLiteral outcomes: Outcome...) {
        self.init(outcomes)
    }

    /// The one outcome of a choice without `chance`, written at `location`.
    public init(onlyAt location: SourceLocation) {
        storage = .plain(location)
    }

    public var startIndex: Int { 0 }

    public var endIndex: Int {
        switch storage {
        case .plain: 1
        case .listed(let outcomes): outcomes.count
        }
    }

    public subscript(position: Int) -> Outcome {
        get {
            switch storage {
            case .plain(let location):
                precondition(position == 0, "Index out of range")
                return Outcome(percent: nil, text: nil, effects: [], target: nil, location: location)
            case .listed(let outcomes):
                return outcomes[position]
            }
        }
        set {
            var outcomes = Array(self)
            outcomes[position] = newValue
            storage = Self.storage(of: outcomes)
        }
    }

    private static func storage(of outcomes: [Outcome]) -> Storage {
        if outcomes.count == 1, let only = outcomes.first, only.percent == nil, only.text == nil, only.effects.isEmpty,
           only.target == nil, only.leading == nil {
            return .plain(only.location)
        }
        return .listed(outcomes)
    }
}
