/// A template's segments when they are literals and plain insertions (a variable's value, the role's name,
/// the place's name, the date), the form most texts with insertions take, packed in one array of bytes:
/// each literal as a tag, its length and its UTF-8, each insertion as a tag (and a variable's number).
///
/// A big story has a text with an insertion in most scenes. Kept as segments, each was two allocations at
/// least, the array of segments and the prose in it: about 190 bytes for a 35-byte text. Packed, it is one
/// allocation of about 80, and a text written twice is still kept once (the checker keeps one copy of each
/// packed array). `TextTemplate.segments` unpacks it when a text is shown.
enum PackedSegments {
    private enum Tag: UInt8 {
        case literal, worldVariable, playerVariable, roleName, placeName, date
    }

    /// The packed form of `segments`, or nil when one of them is not a literal or a plain insertion, or when
    /// they are one literal alone (kept as a `String`).
    static func pack(_ segments: [TextTemplate.Segment]) -> [UInt8]? {
        if segments.count == 1, case .literal = segments[0] { return nil }
        var size = 0
        for segment in segments {
            switch segment {
            case .literal(let text): size += 1 + lengthOfNumber(UInt64(text.utf8.count)) + text.utf8.count
            case .variable(let reference): size += 1 + lengthOfNumber(UInt64(bitPattern: Int64(reference.index)))
            case .roleName, .placeName, .date: size += 1
            case .value, .conditional, .sequence: return nil
            }
        }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(size)
        for segment in segments {
            switch segment {
            case .literal(let text):
                bytes.append(Tag.literal.rawValue)
                appendNumber(UInt64(text.utf8.count), to: &bytes)
                bytes.append(contentsOf: text.utf8)
            case .variable(let reference):
                bytes.append(reference.scope == .world ? Tag.worldVariable.rawValue : Tag.playerVariable.rawValue)
                appendNumber(UInt64(bitPattern: Int64(reference.index)), to: &bytes)
            case .roleName: bytes.append(Tag.roleName.rawValue)
            case .placeName: bytes.append(Tag.placeName.rawValue)
            case .date: bytes.append(Tag.date.rawValue)
            case .value, .conditional, .sequence: return nil
            }
        }
        return bytes
    }

    /// The segments `pack` made `bytes` of. Only `pack` makes them, so they are whole; bytes that are not
    /// end the segments where they stop making sense, without trapping.
    static func unpack(_ bytes: [UInt8]) -> [TextTemplate.Segment] {
        var segments: [TextTemplate.Segment] = []
        var index = 0
        while index < bytes.count, let tag = Tag(rawValue: bytes[index]) {
            index += 1
            switch tag {
            case .literal:
                guard let length = readNumber(bytes, at: &index), length <= UInt64(bytes.count - index) else { return segments }
                let end = index + Int(length)
                segments.append(.literal(String(decoding: bytes[index..<end], as: UTF8.self)))
                index = end
            case .worldVariable, .playerVariable:
                guard let number = readNumber(bytes, at: &index) else { return segments }
                segments.append(.variable(VariableReference(scope: tag == .worldVariable ? .world : .player, index: Int(Int64(bitPattern: number)))))
            case .roleName: segments.append(.roleName)
            case .placeName: segments.append(.placeName)
            case .date: segments.append(.date)
            }
        }
        return segments
    }

    /// Seven bits a byte, lowest first; the high bit says that another byte follows.
    private static func appendNumber(_ number: UInt64, to bytes: inout [UInt8]) {
        var rest = number
        while rest >= 0x80 {
            bytes.append(UInt8(truncatingIfNeeded: rest) | 0x80)
            rest >>= 7
        }
        bytes.append(UInt8(rest))
    }

    private static func lengthOfNumber(_ number: UInt64) -> Int {
        var length = 1, rest = number
        while rest >= 0x80 {
            length += 1
            rest >>= 7
        }
        return length
    }

    private static func readNumber(_ bytes: [UInt8], at index: inout Int) -> UInt64? {
        var number: UInt64 = 0
        var shift: UInt64 = 0
        while index < bytes.count, shift < 64 {
            let byte = bytes[index]
            index += 1
            number |= UInt64(byte & 0x7F) << shift
            if byte < 0x80 { return number }
            shift += 7
        }
        return nil
    }
}
