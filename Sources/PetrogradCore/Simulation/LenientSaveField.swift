/// A save field added after format 1 was fixed: a save without it, or with a value this version cannot
/// read (a hand edit), still loads, with the field nil; and a nil field is not written, so saves that do
/// not need it keep their bytes.
@propertyWrapper
public struct LenientSaveField<Value: Codable & Hashable & Sendable>: Codable, Hashable, Sendable {
    public var wrappedValue: Value?

    public init(wrappedValue: Value?) {
        self.wrappedValue = wrappedValue
    }

    public init(from decoder: any Decoder) throws {
        wrappedValue = try? decoder.singleValueContainer().decode(Value.self)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(wrappedValue)
    }
}

extension KeyedDecodingContainer {
    /// A lenient field: missing or unreadable, it is nil.
    public func decode<Value>(_ type: LenientSaveField<Value>.Type, forKey key: Key) throws -> LenientSaveField<Value> {
        LenientSaveField(wrappedValue: (try? decodeIfPresent(Value.self, forKey: key)) ?? nil)
    }
}

extension KeyedEncodingContainer {
    /// A lenient field is written only when it has a value.
    public mutating func encode<Value>(_ value: LenientSaveField<Value>, forKey key: Key) throws {
        if let wrapped = value.wrappedValue { try encode(wrapped, forKey: key) }
    }
}
