import PetrogradConsole
import Testing

@Suite struct TextWrapperTests {
    static let english = """
        On the morning of the twenty-fifth of October the Military Revolutionary Committee \
        announced that the Provisional Government had been deposed, while ministers still sat \
        in the Winter Palace waiting for troops that never came.
        """

    static let hindi = """
        पच्चीस अक्टूबर की सुबह सैन्य क्रांतिकारी समिति ने घोषणा की कि अस्थायी सरकार को \
        हटा दिया गया है, जबकि मंत्री अभी भी शीत महल में उन सैनिकों की प्रतीक्षा कर रहे थे \
        जो कभी नहीं आए। मज़दूर और किसान सड़कों पर थे।
        """

    /// The words of a text, in order, however it was broken into lines.
    static func words(_ text: String) -> [Substring] {
        text.split(whereSeparator: \.isWhitespace)
    }

    @Test(arguments: [(english, 20), (english, 40), (hindi, 20), (hindi, 40)])
    func noLineIsWiderThanTheWidthAndNoWordIsLost(text: String, width: Int) {
        let lines = TextWrapper(width: width).lines(wrapping: text)
        #expect(lines.count > 1)
        for line in lines {
            #expect(DisplayWidth.columns(of: line) <= width, "\(line)")
        }
        #expect(lines.joined(separator: " ") == Self.words(text).joined(separator: " "))
    }

    @Test func linesAreFilledAsFullAsTheWidthAllows() {
        let lines = TextWrapper(width: 20).lines(wrapping: Self.english)
        #expect(lines.prefix(3) == ["On the morning of", "the twenty-fifth of", "October the Military"])
    }

    @Test func hindiIsMeasuredByColumnsNotByScalars() {
        // "मज़दूर और किसान" is 15 scalars but 13 columns, so it fits in 13.
        #expect(TextWrapper(width: 13).lines(wrapping: "मज़दूर और किसान") == ["मज़दूर और किसान"])
        #expect(TextWrapper(width: 12).lines(wrapping: "मज़दूर और किसान") == ["मज़दूर और", "किसान"])
    }

    @Test func theIndentStartsEveryLineAndCountsTowardsTheWidth() {
        let lines = TextWrapper(width: 20, indent: "    ").lines(wrapping: Self.hindi)
        for line in lines {
            #expect(line.hasPrefix("    "))
            #expect(DisplayWidth.columns(of: line) <= 20)
        }
    }

    @Test func blankLinesBetweenParagraphsAreKeptAndSingleBreaksReflow() {
        let text = "The Winter Palace\nfalls.\n\nशीत महल\nगिर गया।\n"
        #expect(TextWrapper(width: 40).lines(wrapping: text) == [
            "The Winter Palace falls.", "", "शीत महल गिर गया।",
        ])
    }

    @Test func aWordLongerThanTheWidthIsBrokenBetweenGraphemeClusters() {
        let lines = TextWrapper(width: 4).lines(wrapping: "क्रांतिकारी")
        // Every piece is whole clusters: re-joined they give the word, and none starts with a mark.
        #expect(lines.joined() == "क्रांतिकारी")
        for line in lines {
            #expect(DisplayWidth.columns(of: line) <= 4)
            #expect(line.unicodeScalars.first?.properties.generalCategory != .nonspacingMark)
            #expect(line.unicodeScalars.first?.properties.generalCategory != .spacingMark)
        }
        // क्रां is one cluster of three columns, so the first line cannot take ति as well.
        #expect(lines == ["क्रां", "तिका", "री"])
    }

    @Test func wideCharactersAreNeverSplitAcrossTheEdge() {
        #expect(TextWrapper(width: 5).lines(wrapping: "彼得格勒苏维埃") == ["彼得", "格勒", "苏维", "埃"])
    }

    @Test func emptyTextWrapsToNoLines() {
        #expect(TextWrapper(width: 20).lines(wrapping: "") == [])
        #expect(TextWrapper(width: 20).wrap("a b") == "a b")
    }
}
