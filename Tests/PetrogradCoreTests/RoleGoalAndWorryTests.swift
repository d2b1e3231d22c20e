@testable import PetrogradCore
import Testing

/// A role's `goal` (what the person says they want) and `worry` (what they fear and do not say): the two
/// texts of the printed role card.
@Suite struct RoleGoalAndWorryTests {
    static func diagnostics(_ lines: String) -> [String] {
        RoleDescriptionTests.diagnostics(lines)
    }

    @Test func aRoleCarriesItsGoalAndWorryInEachLanguage() throws {
        let scenario = try checkedScenario(RoleDescriptionTests.story(role: """
              goal
                en: Bread for my children.
                hi: अपने बच्चों के लिए रोटी।
              worry en: That I lose my place.
                hi: कि मेरी नौकरी चली जाए।
            """))
        let role = scenario.roles[0]
        let goal = try #require(role.goal), worry = try #require(role.worry)
        #expect(TextRendering.text(goal, language: "en").text == "Bread for my children.")
        #expect(TextRendering.text(goal, language: "hi").text == "अपने बच्चों के लिए रोटी।")
        #expect(TextRendering.text(worry, language: "en").text == "That I lose my place.")
        #expect(TextRendering.text(worry, language: "hi").text == "कि मेरी नौकरी चली जाए।")
        #expect(role.about == nil, "a goal's lines go to the goal, not to 'about'")
        #expect(TextRendering.text(role.name, language: "en").text == "Worker", "the worry's lines do not reach the role's name")
    }

    @Test func aRoleWithoutThemHasNeither() throws {
        let role = try checkedScenario(RoleDescriptionTests.story(role: "")).roles[0]
        #expect(role.goal == nil && role.worry == nil)
    }

    @Test func aGoalOrWorryMissingALanguageIsWarnedAboutWhereItStarts() {
        #expect(Self.diagnostics("  goal en: Bread.") == ["12:3: The 'goal' text of role 'worker' has no 'hi' text; add a line 'hi: …'"])
        #expect(Self.diagnostics("  worry\n    hi: डर।") == ["12:3: The 'worry' text of role 'worker' has no 'en' text; add a line 'en: …'"])
    }

    @Test func anEmptyGoalIsReportedForEachMissingLanguage() {
        #expect(Self.diagnostics("  goal") == ["12:3: The 'goal' text of role 'worker' has no 'hi' text; add a line 'hi: …'",
                                               "12:3: The 'goal' text of role 'worker' has no 'en' text; add a line 'en: …'"])
    }

    @Test func aSecondGoalOrWorryIsReportedAtItsOwnLineWithTheFirst() {
        let goal = compile(RoleDescriptionTests.story(role: "  goal en: A.\n    hi: क।\n  goal en: B.\n    hi: ख।")).diagnostics
        #expect(goal.map(\.text) == ["this role already has a 'goal' text; a role states one public goal"])
        #expect(goal.first?.location.line == 14 && goal.first?.location.column == 3)
        #expect(goal.first?.notes.first?.location.line == 12)
        let worry = compile(RoleDescriptionTests.story(role: "  worry en: A.\n    hi: क।\n  worry en: B.\n    hi: ख।")).diagnostics
        #expect(worry.map(\.text) == ["this role already has a 'worry' text; a role keeps one private worry"])
        #expect(worry.first?.location.line == 14)
    }

    @Test func aLanguageGivenTwiceInAWorryIsReported() {
        let found = Self.diagnostics("  worry\n    en: A.\n    en: B.\n    hi: क।")
        #expect(found == ["14:5: this text already has an 'en' line"], "\(found)")
    }

    @Test func goalAndWorryNeedFormatTwo() {
        let text = RoleDescriptionTests.story(role: "  goal en: Bread.\n    hi: रोटी।\n  worry en: Fear.\n    hi: डर।")
            .replacingOccurrences(of: "format 2", with: "format 1")
        let found = compile(text).diagnostics.map(\.text)
        #expect(found.contains("'goal' is new in format 2; make the file's first line 'format 2' to use it"), "\(found)")
        #expect(found.contains("'worry' is new in format 2; make the file's first line 'format 2' to use it"), "\(found)")
    }

    @Test func aMisspeltWorryIsSuggested() {
        let found = Self.diagnostics("  wory\n    en: Fear.\n    hi: डर।")
        #expect(found.first?.contains("did you mean 'worry'?") == true, "\(found)")
    }
}
