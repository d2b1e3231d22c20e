import Testing
@testable import PetrogradCore

/// A template of one literal is kept without an array; it must stay the same value however it was made.
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
}
