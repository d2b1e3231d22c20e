@testable import PetrogradCore
import Testing

/// A role's `about` text and `length` line: what the role menu tells a player choosing a role.
@Suite struct RoleDescriptionTests {
    static func story(role lines: String) -> String {
        """
        format 2

        scenario sample
          en: A sample
          hi: एक नमूना
          languages hi en
          dates 23 Feb to 24 Feb

        role worker
          en: Worker
          hi: मज़दूर
        \(lines)
          start mill

        scene mill
          en: The mill.
          hi: मिल।
          on 23 Feb
          go home

        ending home
          en: Home.
          hi: घर।
        """
    }

    static func diagnostics(_ lines: String) -> [String] {
        compile(story(role: lines)).diagnostics.map { "\($0.location.line):\($0.location.column): \($0.text)" }
    }

    @Test func aRoleCarriesItsDescriptionInEachLanguageAndItsLength() throws {
        let scenario = try checkedScenario(Self.story(role: """
              about
                en: A weaver with two children.
                hi: दो बच्चों वाली एक बुनकर।
              length 15 to 20 choices, 30 to 40 minutes
            """))
        let role = scenario.roles[0]
        let about = try #require(role.about)
        #expect(TextRendering.text(about, language: "en").text == "A weaver with two children.")
        #expect(TextRendering.text(about, language: "hi").text == "दो बच्चों वाली एक बुनकर।")
        #expect(role.length == PlayLength(choices: 15...20, minutes: 30...40))
    }

    @Test func theLengthsPartsComeInEitherOrderAndEitherAlone() throws {
        #expect(try checkedScenario(Self.story(role: "  length 40 minutes, 12 choices")).roles[0].length == PlayLength(choices: 12...12, minutes: 40...40))
        #expect(try checkedScenario(Self.story(role: "  length 10 to 12 choices")).roles[0].length == PlayLength(choices: 10...12))
        let plain = try checkedScenario(Self.story(role: ""))
        #expect(plain.roles[0].about == nil && plain.roles[0].length == nil)
    }

    @Test func anAboutTextMissingALanguageIsWarnedAbout() {
        let found = Self.diagnostics("  about en: A weaver.")
        #expect(found == ["12:3: The 'about' text of role 'worker' has no 'hi' text; add a line 'hi: …'"], "\(found)")
    }

    @Test(arguments: [
        ("  length 20 to 15 choices", "12:10: the range 20 to 15 is empty; write the smaller number first"),
        ("  length 15 to 20", "12:18: after 15 to 20 write 'choices' or 'minutes', as in 'length 15 to 20 choices, 30 to 40 minutes'"),
        ("  length 15 to 20 choises", "12:19: 'choises' is not something a length counts; write 'choices' or 'minutes' (did you mean 'choices'?)"),
        ("  length about 20 choices", "12:10: expected a number but found 'about'; write the length as 'length 15 to 20 choices, 30 to 40 minutes'"),
        ("  length 0 to 5 minutes", "12:10: a length is at least 1; write how many choices or minutes a game usually takes, as in 'length 15 to 20 choices, 30 to 40 minutes'"),
        ("  length 5 choices, 6 choices", "12:23: 'choices' is given twice in this line; write each of 'choices' and 'minutes' once"),
        ("  length 5 choices 30 minutes", "12:20: unexpected '30' at the end of this line"),
    ])
    func aMalformedLengthIsReportedWhereItIsWrongAndSaysWhatToWrite(line: String, expected: String) {
        let found = Self.diagnostics(line)
        #expect(found == [expected], "\(found)")
    }

    @Test func aSecondAboutOrLengthIsReportedAtItsOwnLine() {
        let about = compile(Self.story(role: "  about en: A.\n    hi: क।\n  about en: B.\n    hi: ख।")).diagnostics
        #expect(about.map(\.text) == ["this role already has an 'about' text; a role is described once"])
        #expect(about.first?.location.line == 14)
        #expect(about.first?.notes.first?.location.line == 12)
        let length = Self.diagnostics("  length 5 choices\n  length 9 minutes")
        #expect(length == ["13:3: this role already has a 'length' line; give both parts on one line, as in 'length 15 to 20 choices, 30 to 40 minutes'"])
    }

    @Test func aboutAndLengthNeedFormatTwo() {
        let text = Self.story(role: "  about en: A weaver.\n    hi: बुनकर।\n  length 5 choices").replacingOccurrences(of: "format 2", with: "format 1")
        let found = compile(text).diagnostics.map(\.text)
        #expect(found.contains("'about' is new in format 2; make the file's first line 'format 2' to use it"), "\(found)")
        #expect(found.contains("'length' is new in format 2; make the file's first line 'format 2' to use it"), "\(found)")
    }
}
