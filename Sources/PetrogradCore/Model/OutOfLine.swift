/// Fields that few values of a type have, kept in a box of their own, so that a value without them pays
/// one empty pointer. For the rare fields of choices and scenes: a big story holds a few hundred
/// thousand of them, and keeping such fields in place made each half as big again as it needed to be.
///
/// No box is kept while every field has its empty value, so equal values are stored alike; and a box is
/// never changed once made (setting a field makes a new one), so copies never share a change.
struct OutOfLine<Fields: EmptyFields>: Hashable, Sendable {
    private indirect enum Box: Hashable, Sendable {
        case boxed(Fields)
    }

    private var box: Box?

    init(_ fields: Fields) {
        box = fields == Fields() ? nil : .boxed(fields)
    }

    private var fields: Fields {
        switch box {
        case .boxed(let fields): fields
        case nil: Fields()
        }
    }

    subscript<Value>(_ field: WritableKeyPath<Fields, Value>) -> Value {
        get { fields[keyPath: field] }
        set {
            var changed = fields
            changed[keyPath: field] = newValue
            self = OutOfLine(changed)
        }
    }
}

/// Fields kept `OutOfLine`: `init()` gives each its empty value (nil, false, no routes).
protocol EmptyFields: Hashable, Sendable {
    init()
}
