import Testing
@testable import PetrogradClassroom

@Suite struct RoomCodeTests {
    @Test func typedCodesIgnoreCaseSpacesAndDashes() {
        #expect(RoomCode(typed: "ab3-k7p")?.value == "AB3K7P")
        #expect(RoomCode(typed: " AB3 K7P ")?.value == "AB3K7P")
    }

    @Test func confusableAndWrongLengthCodesAreRefused() {
        #expect(RoomCode(typed: "AB0K7P") == nil)
        #expect(RoomCode(typed: "ABIK7P") == nil)
        #expect(RoomCode(typed: "AB3K7") == nil)
        #expect(RoomCode(typed: "") == nil)
    }

    @Test func randomCodesAreValid() {
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<100 {
            let code = RoomCode.random(using: &generator)
            #expect(RoomCode(typed: code.value) == code)
        }
    }
}
