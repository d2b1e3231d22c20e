import Foundation
import PetrogradConsole
import PetrogradCore
import Testing
@testable import PetrogradCommands

/// `petrograd cards`: the printable role cards, run in-process on the bundled acts and on small scenarios.
@Suite struct CardsCommandTests {
    @Test(arguments: ["march-1917", "october-1917"], ["hi", "en"])
    func eachBundledActHasACardPerRoleWithItsGoalAndWorry(act: String, language: String) throws {
        let (status, page) = try cards([act, "--lang", language])
        #expect(status == 0, "\(page.prefix(300))")
        #expect(page.hasPrefix("<!DOCTYPE html>"))
        #expect(page.contains("<html lang=\"\(language)\">"))
        let scenario = try #require(try ScenarioLoader(library: Support.library).load(act).get().compilation.scenario)
        #expect(scenario.roles.count == 3)
        for role in scenario.roles {
            for text in [role.name, try #require(role.goal, "\(act) \(role.id) has a goal"), try #require(role.worry, "\(act) \(role.id) has a worry")] {
                let written = TextRendering.text(text, language: language).text
                #expect(!written.isEmpty)
                #expect(page.contains(Self.escaped(written)), "\(act) \(role.id): \(written)")
            }
            #expect(page.contains("petrograd play \(act) --role \(role.id)"))
        }
        #expect(page.components(separatedBy: "<article class=\"card\"").count - 1 == 3)
        #expect(page.components(separatedBy: "<div class=\"sheet\">").count - 1 == 2, "two cards to a sheet: 3 roles fill 2")
        #expect(page.components(separatedBy: "class=\"cut\"").count - 1 == 1, "one cut line between the two cards of the first sheet")
        #expect(page.contains(language == "hi" ? "यह बात अपने तक ही रखिए" : "Keep this to yourself"))
        #expect(page.contains("base64,AAEAAA"), "the TrueType font is embedded, so the page prints anywhere")
        #expect(!page.contains("{{"), "every tag of the template was filled")
    }

    @Test func theDatesOfTheActAreInBothCalendarsInTheCardsLanguage() throws {
        let (_, english) = try cards(["march-1917", "--lang", "en"])
        #expect(english.contains("22 February – 3 March 1917 (Old Style) / 7 March – 16 March 1917 (New Style)"))
        let (_, hindi) = try cards(["october-1917", "--lang", "hi"])
        #expect(hindi.contains("3 अप्रैल – 27 अक्टूबर 1917 (पुरानी शैली) / 16 अप्रैल – 9 नवंबर 1917 (नई शैली)"))
    }

    @Test func withoutALanguageTheCardsAreInTheScenariosFirst() throws {
        let (status, page) = try cards(["march-1917"])
        #expect(status == 0)
        #expect(page.contains("<html lang=\"hi\">"))
    }

    @Test func everyTextOfTheScenarioIsEscaped() throws {
        let folder = try Support.temporaryFolder()
        try Self.hostileScenario.write(to: folder.appendingPathComponent("s.story"), atomically: true, encoding: .utf8)
        let (status, page) = try cards([folder.path, "--lang", "en"])
        #expect(status == 0, "\(page)")
        #expect(!page.contains("<script"), "no text of the scenario becomes markup")
        #expect(page.contains("&lt;script&gt;alert(&quot;goal&quot;)&lt;/script&gt;"))
        #expect(page.contains("&lt;img src=x onerror=&#39;worry&#39;&gt;"))
        #expect(page.contains("Tom &amp; Jerry"))
        #expect(page.contains("<title>Role cards — A &lt;b&gt;bold&lt;/b&gt; act</title>"))
    }

    @Test func aRoleWithoutGoalOrWorryGetsACardWithoutThoseSections() throws {
        let folder = try Support.temporaryFolder()
        let plain = Self.hostileScenario.components(separatedBy: "\n").filter { !$0.contains("goal") && !$0.contains("worry") && !$0.contains("<") }
            .joined(separator: "\n").replacingOccurrences(of: "scenario hostile", with: "scenario hostile\n  en: A plain act")
        try plain.write(to: folder.appendingPathComponent("s.story"), atomically: true, encoding: .utf8)
        let (status, page) = try cards([folder.path, "--lang", "en"])
        #expect(status == 0, "\(page)")
        #expect(page.components(separatedBy: "<article class=\"card\"").count - 1 == 1)
        #expect(!page.contains("class=\"goal\"") && !page.contains("class=\"worry\""))
        #expect(!page.contains("class=\"cut\""), "one card alone on its sheet has nothing to cut from")
    }

    @Test func theCardsCanBeWrittenToAFile() throws {
        let file = try Support.temporaryFolder().appendingPathComponent("cards.html")
        let (status, text) = try cards(["october-1917", "--lang", "hi", "--output", file.path])
        #expect(status == 0)
        #expect(text == "\(file.path): 3 भूमिका कार्ड, A4 के 2 पन्नों पर (हिंदी)\n")
        let page = try String(contentsOf: file, encoding: .utf8)
        #expect(page.contains("<html lang=\"hi\">") && page.contains("भूमिका कार्ड"))
        let english = try cards(["october-1917", "--lang", "en", "--output", file.path])
        #expect(english.1 == "\(file.path): 3 role cards on 2 A4 sheets (en)\n")

        let unwritable = file.appendingPathComponent("no/such.html").path
        let (failed, message) = try cards(["march-1917", "--output", unwritable])
        #expect(failed == 1)
        #expect(message.hasPrefix("error: the cards \(unwritable) could not be written"), "\(message)")
    }

    @Test func aBranchIsCompiledWithTheScenario() throws {
        let (status, page) = try cards(["march-1917", "--with", "volynsky-obeys", "--lang", "en"])
        #expect(status == 0, "\(page.prefix(400))")
        #expect(page.contains("volynsky-obeys"), "the page says which branches it was made with")
    }

    @Test func anUnknownLanguageScenarioOrBranchIsAClearError() throws {
        let (status, message) = try cards(["march-1917", "--lang", "fr"])
        #expect(status == 1)
        #expect(message == "error: unknown language 'fr'; march-1917 is written in hi, en: choose one of them with --lang\n")
        let (unknown, listing) = try cards(["no-such-act"])
        #expect(unknown == 1 && listing.contains("march-1917"))
        let (noBranch, _) = try cards(["march-1917", "--with", "no-such-branch"])
        #expect(noBranch == 1)
    }

    @Test func theCommandIsRegistered() throws {
        let parsed = try PetrogradCommand.parseAsRoot(["cards", "march-1917", "--lang", "en"])
        #expect(parsed is CardsCommand)
    }

    // MARK: Helpers

    func cards(_ arguments: [String]) throws -> (status: Int32, text: String) {
        let command = try CardsCommand.parse(arguments)
        var output = StringOutput()
        let status = command.execute(library: Support.library, output: &output)
        return (status, output.text)
    }

    /// Text as Mustache escapes it in the page.
    static func escaped(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;").replacingOccurrences(of: ">", with: "&gt;")
            .replacingOccurrences(of: "\"", with: "&quot;").replacingOccurrences(of: "'", with: "&#39;")
    }

    /// A one-role scenario whose texts try to become markup.
    static let hostileScenario = """
        format 2
        scenario hostile
          en: A <b>bold</b> act
          languages en
          dates 23 Feb to 24 Feb

        role worker
          en: Tom & Jerry
          about
            en: Plain about.
          goal
            en: <script>alert("goal")</script>
          worry
            en: <img src=x onerror='worry'>
          start mill

        scene mill
          en: The mill.
          on 23 Feb
          go home

        ending home
          en: Home.
        """
}
