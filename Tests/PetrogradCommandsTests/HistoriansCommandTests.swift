import Foundation
import PetrogradConsole
import Testing
@testable import PetrogradCommands

/// `historians` / `इतिहासकार`: an ending's section on what historians disagree about, opened on request,
/// played in-process on a small scenario of its own so that it does not change when the acts are edited.
@Suite struct HistoriansCommandTests {
    static let story = """
        format 2

        scenario debate
          en: A debate
          hi: एक बहस
          languages en hi
          dates 23 Feb to 24 Feb

        role worker
          en: Worker
          hi: मज़दूर
          start mill

        scene mill
          en: The mill is quiet.
          hi: मिल में सन्नाटा है।
          on 23 Feb
          choice strike
            en: Strike.
            hi: हड़ताल करो।
            go struck
          choice work
            en: Work.
            hi: काम करो।
            go worked

        ending struck
          en: You struck.
          hi: तुमने हड़ताल की।
          debrief
            en: In history: the strike spread. Question: why did it spread?
            hi: इतिहास में: हड़ताल फैली। प्रश्न: वह क्यों फैली?
          historians
            en: Your textbook (NCERT) says no party led it. Historians debate this.
            hi: तुम्हारी पाठ्यपुस्तक (NCERT) कहती है कि किसी दल ने नेतृत्व नहीं किया। इतिहासकार इस पर बहस करते हैं।

        ending worked
          en: You worked.
          hi: तुमने काम किया।
          debrief
            en: In history: others struck. Question: what would you have done?
            hi: इतिहास में: दूसरों ने हड़ताल की। प्रश्न: तुम क्या करते?
        """

    /// The scenario's folder, written once per test.
    static func folder() throws -> String {
        let folder = try Support.temporaryFolder().appendingPathComponent("debate")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try story.write(to: folder.appendingPathComponent("debate.story"), atomically: true, encoding: .utf8)
        return folder.path
    }

    static func play(_ language: String, _ lines: [String]) throws -> String {
        let arguments = [try folder(), "--role", "worker", "--lang", language, "--seed", "1"]
        let (status, output) = try Support.playInProcess(arguments, lines: lines, state: try Support.temporaryFolder(), width: 200)
        #expect(status == 0)
        return output
    }

    static let section = [
        "en": "Your textbook (NCERT) says no party led it. Historians debate this.",
        "hi": "तुम्हारी पाठ्यपुस्तक (NCERT) कहती है कि किसी दल ने नेतृत्व नहीं किया। इतिहासकार इस पर बहस करते हैं।",
    ]

    @Test(arguments: [("en", "historians"), ("en", "इतिहासकार"), ("hi", "इतिहासकार"), ("hi", "historians")])
    func beforeTheEndTheCommandSaysTheSectionOpensThere(language: String, word: String) throws {
        let output = try Self.play(language, [word, language == "hi" ? "बाहर" : "quit"])
        #expect(output.contains(language == "hi"
            ? "इतिहासकारों की बहस तुम्हारी कहानी के अंत में खुलेगी; अंत तक पहुँचकर 'इतिहासकार' (या historians) लिखना।"
            : "What historians disagree about opens at the end of your story; once you reach it, type 'historians' (or 'इतिहासकार')."))
        #expect(!output.contains(Self.section[language]!))
    }

    @Test(arguments: [("en", "historians"), ("en", "इतिहासकार"), ("hi", "इतिहासकार"), ("hi", "historians")])
    func afterTheEndTheCommandShowsTheSectionThatTheEndingScreenPointsTo(language: String, word: String) throws {
        let output = try Self.play(language, ["1", word, language == "hi" ? "बाहर" : "quit"])
        let hint = language == "hi"
            ? "इतिहासकार इस पर क्या बहस करते हैं, यह पढ़ने के लिए 'इतिहासकार' (या historians) लिखो।"
            : "To read what historians disagree about, type 'historians' (or 'इतिहासकार')."
        let heading = language == "hi" ? "== इतिहासकार किन बातों पर असहमत हैं ==" : "== What historians disagree about =="
        let parts = output.components(separatedBy: heading)
        #expect(parts.count == 2, "one section heading, shown when asked:\n\(output)")
        #expect(parts[0].contains(hint), "the ending's screen names the command")
        #expect(!parts[0].contains(Self.section[language]!), "the section is not shown with the ending")
        #expect(parts.last?.hasPrefix("\n" + Self.section[language]!) == true)
        #expect(output.contains(language == "hi" ? "प्रश्न: वह क्यों फैली?" : "Question: why did it spread?"), "the debrief stays on the ending's screen")
    }

    @Test func anEndingWithoutTheSectionSaysSoAndItsScreenDoesNotOfferIt() throws {
        let output = try Self.play("en", ["2", "historians", "quit"])
        #expect(!output.contains("To read what historians disagree about"))
        #expect(output.contains("This ending has no section on what historians disagree about; type 'ending' to read the debrief again."))
    }

    @Test func plainOutputShowsTheSectionUnderAPlainHeading() throws {
        let state = try Support.temporaryFolder()
        let result = try Support.run(["play", try Self.folder(), "--role", "worker", "--lang", "hi", "--plain", "--seed", "1"],
                                     input: "1\nhistorians\nबाहर\n", environment: ["XDG_STATE_HOME": state.path, "XDG_CONFIG_HOME": state.path])
        #expect(result.status == 0)
        // The pipe's screen is 80 columns wide: a paragraph read whole is its lines joined by spaces.
        #expect(result.output.replacingOccurrences(of: "\n", with: " ")
            .contains("इतिहासकार इस पर क्या बहस करते हैं, यह पढ़ने के लिए 'इतिहासकार' (या historians) लिखो।"))
        #expect(result.output.contains("\nइतिहासकार किन बातों पर असहमत हैं\n\nतुम्हारी पाठ्यपुस्तक (NCERT)"), "a plain heading, then a blank line")
        #expect(!result.output.contains("== "))
    }

    @Test(arguments: [("en", "  historians / इतिहासकार — after the end: what historians disagree about"),
                      ("hi", "  इतिहासकार (historians) — अंत के बाद: इतिहासकार किन बातों पर असहमत हैं")])
    func helpListsTheCommandInBothLanguages(language: String, line: String) throws {
        let output = try Self.play(language, [language == "hi" ? "मदद" : "help", "quit"])
        #expect(output.contains(line))
    }

    @Test(arguments: [("en", "historians", "इतिहासकार"), ("hi", "इतिहासकार", "historians")])
    func tabCompletesTheWordOfTheLanguagePlayed(language: String, word: String, other: String) throws {
        let state = try Support.temporaryFolder()
        var reader = ScriptedLineReader(lines: [])
        _ = try PlayCommand.parse([try Self.folder(), "--role", "worker", "--lang", language])
            .execute(library: Support.library, reader: &reader, saves: SaveStore(directory: state.path), settingsPath: state.path + "/s",
                     output: { _ in }, width: 80)
        let complete = try #require(reader.completionProvider)
        #expect(complete("").contains(word) && !complete("").contains(other))
        #expect(complete(String(word.prefix(4))).contains(word))
    }
}
