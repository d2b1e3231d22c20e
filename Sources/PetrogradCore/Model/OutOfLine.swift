/// A value kept in a box of its own, so that a struct that holds it, optionally, pays one pointer, and
/// nothing more while it is nil. For the fields few choices and scenes have: a big story holds a few
/// hundred thousand of them, and keeping such fields in place made each twice the size it needed.
///
/// The box is never changed once made: setting a field makes a new one, so copies never share a change.
indirect enum OutOfLine<Value: Hashable & Sendable>: Hashable, Sendable {
    case boxed(Value)

    var value: Value {
        switch self {
        case .boxed(let value): value
        }
    }
}
