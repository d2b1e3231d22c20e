import PetrogradCore
import Testing

/// Conditions said in words a player can read, in English and Hindi, with labels for variables and
/// nothing of a hidden variable's id.
struct ConditionWordingTests {
    static let scenario = """
        format 2
        scenario wording
          en: Wording
          hi: शब्द
          languages en hi
          dates 23 Feb to 28 Feb

        world number garrison 0 to 100 = 60
          en: Garrison loyalty
          hi: फ़ौज की वफ़ादारी
        world flag mutiny = no
          en: The garrison has mutinied
          hi: छावनी में बग़ावत हो चुकी है
        player number courage 0 to 10 = 3
          en: Courage
          hi: हिम्मत
        player flag secret-plan
        player number fear 0 to 10 = 0

        place square
          en: Znamenskaya Square
          hi: ज़्नामेन्स्काया चौक

        role soldier
          en: Soldier
          hi: सैनिक
          start yard

        scene yard
          on 23 Feb, morning
          at square
          en: The yard.
          hi: आँगन।
          choice brave
            en: Lower your rifle.
            hi: राइफ़ल नीचे करो।
            only if courage >= 6
            show locked
            go out
          choice shout
            en: Shout.
            hi: चिल्लाओ।
            go out

        ending out
          en: Out.
          hi: बाहर।
        """

    /// The scenario's condition `text`, compiled as a choice's guard.
    static func condition(_ text: String) throws -> (Scenario, Expression) {
        let source = scenario.replacingOccurrences(of: "only if courage >= 6", with: "only if " + text)
        let compiled = try checkedScenario(source)
        let choice = try #require(compiled.choices.first { $0.id == "brave" })
        return (compiled, try #require(choice.guardCondition))
    }

    static func words(_ text: String, _ language: String = "en", values: [String: Int]? = nil) throws -> String {
        let (scenario, condition) = try Self.condition(text)
        let lookup = values.map { values in { (reference: VariableReference) -> Int in values[scenario.variable(reference).id] ?? 0 } }
        return ConditionWording(scenario: scenario, language: language, formatDate: Self.date,
                                value: lookup).words(condition)
    }

    /// A date as `day.month`, with the time when there is one.
    static func date(_ moment: Moment) -> String {
        let day = moment.date(in: .old)
        return "\(day.day).\(day.month)" + (moment.minuteOfDay == 0 ? "" : " " + DateFormatting.clock(moment))
    }

    @Test(arguments: [
        ("courage >= 6", "Courage at least 6", "हिम्मत कम से कम 6"),
        ("courage <= 6", "Courage at most 6", "हिम्मत ज़्यादा से ज़्यादा 6"),
        ("courage > 6", "Courage more than 6", "हिम्मत 6 से ज़्यादा"),
        ("courage < 6", "Courage less than 6", "हिम्मत 6 से कम"),
        ("courage = 6", "Courage exactly 6", "हिम्मत ठीक 6"),
        ("6 <= courage", "Courage at least 6", "हिम्मत कम से कम 6"),
        ("not courage >= 6", "Courage less than 6", "हिम्मत 6 से कम"),
    ])
    func comparisonsReadAsBounds(condition: String, english: String, hindi: String) throws {
        #expect(try Self.words(condition) == english)
        #expect(try Self.words(condition, "hi") == hindi)
    }

    @Test func valuesAreShownBesideTheirVariables() throws {
        #expect(try Self.words("courage >= 6", values: ["courage": 3]) == "Courage at least 6 (you have 3)")
        #expect(try Self.words("courage >= 6", "hi", values: ["courage": 3]) == "हिम्मत कम से कम 6 (अभी 3)")
        #expect(try Self.words("garrison <= 45", values: ["garrison": 60]) == "Garrison loyalty at most 45 (now 60)")
    }

    @Test func andOrAndNotJoinTheParts() throws {
        #expect(try Self.words("mutiny and courage >= 6") == "The garrison has mutinied: yes and Courage at least 6")
        #expect(try Self.words("mutiny or garrison <= 30", "hi") == "छावनी में बग़ावत हो चुकी है: हाँ या फ़ौज की वफ़ादारी ज़्यादा से ज़्यादा 30")
        #expect(try Self.words("not (mutiny and courage >= 6)") == "The garrison has mutinied: no or Courage less than 6",
                "a negation is pushed inwards")
        #expect(try Self.words("not mutiny", values: ["mutiny": 1]) == "The garrison has mutinied: no (now yes)")
    }

    @Test func aHiddenVariableNeverShowsItsId() throws {
        let english = try Self.words("secret-plan and courage >= 6")
        #expect(english == "something you did earlier and Courage at least 6")
        let hindi = try Self.words("secret-plan", "hi", values: ["secret-plan": 0])
        #expect(hindi == "पहले की तुम्हारी कोई बात")
        #expect(!english.contains("secret") && !hindi.contains("secret"))
    }

    @Test func datesVisitsAndChoicesTakenAreSaidByWhatThePlayerSaw() throws {
        #expect(try Self.words("before 25 Feb") == "before 25.2")
        #expect(try Self.words("after 24 Feb, noon", "hi") == "24.2 12:00 या उसके बाद")
        #expect(try Self.words("taken shout") == "you have chosen “Shout.”")
        #expect(try Self.words("not taken shout", "hi") == "तुमने “चिल्लाओ।” न चुना हो")
        #expect(try Self.words("visits yard >= 2") == "visits to Znamenskaya Square (23.2 09:00): at least 2")
    }

    @Test func whatTheWordsCannotSayPlainlyNamesWhatItDependsOn() throws {
        #expect(try Self.words("courage + garrison > 50") == "a condition on Courage, Garrison loyalty")
        #expect(try Self.words("courage * 2 > fear", "hi") == "इन पर निर्भर एक शर्त: हिम्मत, पहले की तुम्हारी कोई बात")
    }
}
