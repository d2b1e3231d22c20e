import PetrogradConsole
import Testing

/// Fitting the program's lines to the window: by display width, never inside a grapheme cluster.
@Suite struct ScreenLayoutTests {
    /// The report's S6 heading, which the terminal cut after "व" at 60 columns.
    static let hindiHeading = "== 22 फ़रवरी (पुरानी शैली) / 7 मार्च 1917 (नई शैली), 18:00 — वीबोर्ग क्षेत्र =="
    /// A long message, cut by the terminal mid-syllable in the report.
    static let hindiMessage = "समस्या: 'स्त्रीद्धक्षेत्रमज़दूरक्रांतिस्थितिशब्दावलीवीबोर्गक्षेत्रकतारकीऔरतोंसेकहोपुराना' समझ में नहीं आया। विकल्प की संख्या लिखो, या मदद के लिए 'मदद' लिखो। कई विकल्प मेल खाते हैं: 2. दुन्या से पूछो कि कल महिला दिवस पर क्या होगा, 3. कतार की औरतों से कहो: कल महिला दिवस है।"

    /// Whether a line starts with a sign that belongs to the letter before it (a matra, virama, nukta).
    static func startsWithMark(_ line: String) -> Bool {
        guard let first = line.unicodeScalars.first else { return false }
        return [.nonspacingMark, .spacingMark, .enclosingMark].contains(first.properties.generalCategory)
    }

    @Test(arguments: [hindiHeading, hindiMessage])
    func hindiAt60ColumnsFitsAndNeverStartsALineWithAMark(text: String) {
        let lines = ScreenLayout(width: 60).lines(text)
        #expect(lines.count > 1)
        for line in lines {
            #expect(DisplayWidth.columns(of: line) <= 60, "too wide: \(line)")
            #expect(!Self.startsWithMark(String(line.drop { $0 == " " })), "starts with a mark: \(line)")
        }
        // Nothing is lost: the same words (a word cut in two rejoins), in order.
        #expect(lines.joined().filter { $0 != " " } == text.filter { $0 != " " })
    }

    @Test func aHeadingsContinuationHangsUnderItsTextAndAListItemUnderItsText() {
        let heading = ScreenLayout(width: 60).lines(Self.hindiHeading)
        #expect(heading[0].hasPrefix("== "))
        #expect(heading.dropFirst().allSatisfy { $0.hasPrefix("   ") && !$0.hasPrefix("    ") })
        let item = ScreenLayout(width: 30).lines("  12. Tell the women in the queue, with Dunya: tomorrow is Women's Day")
        #expect(item[0] == "  12. Tell the women in the")
        #expect(item.dropFirst().allSatisfy { $0.hasPrefix("      ") && $0.dropFirst(6).first != " " })
        let entry = ScreenLayout(width: 30).lines("  transcript FILE|off — keep everything shown in a file")
        #expect(entry[1].hasPrefix("    ") && entry[1].dropFirst(4).first != " ")
    }

    @Test func lineBreaksAreKeptAndShortLinesLeftAsTheyAre() {
        let help = "Commands:\n  look — show the scene again\n\n  quit — save and leave"
        #expect(ScreenLayout(width: 80).lines(help) == help.components(separatedBy: "\n"))
        #expect(ScreenLayout(width: 80).lines("") == [""])
    }

    /// Swift's `Character` is an extended grapheme cluster, which since Unicode 15.1 keeps a conjunct
    /// joined by virama whole: the wrapper's cuts between Characters never split one.
    @Test(arguments: ["क्ष", "स्त्र", "द्ध", "क्षे", "ज़ो", "क्रां"])
    func aConjunctWithItsSignsIsOneGraphemeCluster(cluster: String) {
        #expect(cluster.count == 1)
    }

    @Test func aWordOfConjunctsCutToFitIsCutBetweenClustersOnly() {
        let word = String(repeating: "स्त्रक्षद्धि", count: 8)
        let lines = ScreenLayout(width: 7).lines(word)
        #expect(lines.count > 1)
        for line in lines {
            #expect(DisplayWidth.columns(of: line) <= 7)
            #expect(!Self.startsWithMark(line))
            // A cut inside स्त्र would leave a line ending in a virama and the next starting with a letter.
            #expect(line.unicodeScalars.last != "\u{094D}")
        }
        #expect(lines.joined() == word)
    }

    @Test func aLinesRowsAreCountedByDisplayWidth() {
        let layout = ScreenLayout(width: 10)
        #expect(layout.rows(of: "") == 1)
        #expect(layout.rows(of: "मज़दूर मज़दूर") == 1)  // 9 columns
        #expect(layout.rows(of: String(repeating: "漢", count: 6)) == 2)  // 12 columns
    }
}
