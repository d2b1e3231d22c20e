import Testing
@testable import PetrogradCore

/// A template of one literal is kept without an array, one of literals and plain insertions packed in one
/// array of bytes; it must stay the same value however it was made.
@Suite struct TextTemplateStorageTests {
    @Test func aLiteralIsTheSameTemplateHoweverItWasMade() {
        let made = TextTemplate(segments: [.literal("Bread")])
        #expect(made == TextTemplate(literal: "Bread"))
        #expect(made.hashValue == TextTemplate(literal: "Bread").hashValue)
        #expect(made.segments == [.literal("Bread")])
        #expect(TextTemplate(literal: "Bread") != TextTemplate(literal: "Peace"))
    }

    @Test func changingTheSegmentsChangesTheFormItIsKeptIn() {
        var template = TextTemplate(literal: "Strike at ")
        template.segments.append(.variable(VariableReference(scope: .world, index: 0)))
        #expect(template.segments == [.literal("Strike at "), .variable(VariableReference(scope: .world, index: 0))])
        #expect(template != TextTemplate(literal: "Strike at "))
        template.segments = [.literal("Strike")]
        #expect(template == TextTemplate(literal: "Strike"))
        #expect(TextTemplate(segments: []).segments.isEmpty)
    }

    /// Every segment that packs comes back as it was: long and empty literals, Devanagari, every insertion,
    /// variables' numbers of one byte and of ten.
    @Test func literalsAndPlainInsertionsArePackedAndReadBackAsTheyWere() throws {
        let long = String(repeating: "रोटी और शांति। ", count: 20)
        let segments: [TextTemplate.Segment] = [
            .literal("Strike at "), .variable(VariableReference(scope: .world, index: 3)), .literal(""), .roleName, .placeName,
            .date, .literal(long), .variable(VariableReference(scope: .player, index: Int.max)),
            .variable(VariableReference(scope: .world, index: -1)), .variable(VariableReference(scope: .player, index: 200)),
        ]
        let template = TextTemplate(segments: segments)
        let packed = try #require(template.packed)
        #expect(packed.count <= long.utf8.count + "Strike at ".utf8.count + 40, "one array of bytes, with little beside the prose")
        #expect(template.segments == segments)
        #expect(template == TextTemplate(packed: packed))
        var changed = template
        changed.segments = segments.dropLast()
        #expect(changed != template)
        #expect(changed.segments == Array(segments.dropLast()))
        // A single insertion packs too; a literal alone stays a string.
        #expect(TextTemplate(segments: [.date]).packed != nil)
        #expect(TextTemplate(segments: [.literal("Bread")]).packed == nil)
    }

    /// A text with a value worked out, `{if}` or a sequence keeps its segments as they are.
    @Test func otherSegmentsAreNotPacked() {
        let segments: [TextTemplate.Segment] = [.literal("Bread: "), .value(.constant(2))]
        let template = TextTemplate(segments: segments)
        #expect(template.packed == nil)
        #expect(template.segments == segments)
        let conditional = TextTemplate(segments: [.conditional([TextBranch(condition: nil, segments: [.literal("Peace")])]), .date])
        #expect(conditional.packed == nil)
        #expect(conditional.varies)
        #expect(!TextTemplate(segments: [.literal("At "), .date]).varies)
    }

    /// Only `pack` makes packed bytes, but bytes cut short or not packed at all read as far as they make
    /// sense, never trapping.
    @Test func bytesCutShortReadAsFarAsTheyGo() throws {
        let packed = try #require(PackedSegments.pack([.literal("Bread and peace"), .variable(VariableReference(scope: .world, index: 300)), .date]))
        for length in 0..<packed.count {
            let segments = PackedSegments.unpack(Array(packed.prefix(length)))
            #expect(segments.count <= 3)
        }
        #expect(PackedSegments.unpack([0, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0x01]).isEmpty)
        #expect(PackedSegments.unpack([99, 1, 2]).isEmpty)
        #expect(PackedSegments.unpack([5, 5, 0, 2, 0x61, 0x62]) == [.date, .date, .literal("ab")])
    }
}
