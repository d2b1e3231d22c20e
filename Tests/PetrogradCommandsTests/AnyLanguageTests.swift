import Foundation
@testable import PetrogradCommands
import PetrogradConsole
import Testing

/// A story in languages other than Hindi and English, set after Russia changed calendar: played in any
/// language it promises, with the program's own words in English and every date shown once.
@Suite struct AnyLanguageTests {
    static let scenario = """
        format 1
        scenario ladoga-1942
          en: The Ice Road, January 1942
          ru: Дорога жизни, январь 1942
          languages en ru
          calendar new
          year 1942
          dates 20 Jan to 22 Jan

        world number loads 0 to 10 = 0
          en: Loads delivered
          ru: Доставлено грузов

        role driver
          en: Driver
          ru: Водитель
          start depot

        place lake
          en: Lake Ladoga
          ru: Ладожское озеро

        scene depot
          on 20 Jan, morning
          at lake
          en: {date}. The lorries wait at the edge of the ice.
          ru: {date}. Грузовики ждут у края льда.
          choice drive
            en: Drive across the ice.
            ru: Ехать по льду.
            add 1 to loads
            journal
              en: I drove the first load across.
              ru: Я перевёз первый груз.
            go far-shore

        scene far-shore
          on 21 Jan, evening
          at lake
          en: {date}. The far shore, and flour for the city.
          ru: {date}. Другой берег и мука для города.
          choice rest
            en: Rest before the road back.
            ru: Отдохнуть перед обратной дорогой.
            go home

        ending home
          en: The road held.
          ru: Дорога выдержала.
        """

    /// The scenario in a new folder; `onlyRussian` keeps only its Russian texts and promises only Russian.
    static func folder(onlyRussian: Bool = false) throws -> URL {
        let folder = try Support.temporaryFolder().appendingPathComponent("ladoga")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        var text = scenario
        if onlyRussian {
            text = text.split(separator: "\n", omittingEmptySubsequences: false)
                .filter { !$0.trimmingCharacters(in: .whitespaces).hasPrefix("en:") }
                .joined(separator: "\n")
                .replacingOccurrences(of: "languages en ru", with: "languages ru")
        }
        try text.write(to: folder.appendingPathComponent("main.story"), atomically: true, encoding: .utf8)
        return folder
    }

    static func play(_ arguments: [String], input: String) throws -> (status: Int32, output: String) {
        let state = try Support.temporaryFolder()
        return try Support.run(["play"] + arguments, input: input,
                               environment: ["XDG_STATE_HOME": state.path, "XDG_CONFIG_HOME": state.path])
    }

    static func occurrences(of text: String, in output: String) -> Int {
        output.components(separatedBy: text).count - 1
    }

    @Test func aStoryIn1942PlaysInRussianWithOneDateAndTheProgramsWordsInEnglish() throws {
        let (status, output) = try Self.play([try Self.folder().path, "--lang", "ru", "--role", "driver", "--seed", "1"],
                                             input: "status\n1\njournal\n1\nquit\n")
        #expect(status == 0, "\(output)")
        #expect(Self.occurrences(of: "Дорога жизни, январь 1942", in: output) == 1, "\(output)")
        #expect(Self.occurrences(of: "The Ice Road, January 1942", in: output) == 1)
        #expect(output.contains("== 20 January 1942, 09:00 — Ладожское озеро =="), "\(output)")
        #expect(output.contains("20 January 1942, 09:00. Грузовики ждут у края льда."))
        // The heading shows the new date and place; the date line under the menu does not repeat it.
        #expect(output.contains("== 21 January 1942, 18:00 — Ладожское озеро =="))
        #expect(!output.contains("[21 January 1942, 18:00 · Ладожское озеро]"))
        #expect(output.contains("== Journal ==\n20 January 1942, 09:00: Я перевёз первый груз."), "\(output)")
        #expect(output.contains("  Доставлено грузов: 0 (0–10)"))
        #expect(output.contains("What will you do?\n  1. Ехать по льду."))
        #expect(output.contains("== The end ==\nДорога выдержала."))
        #expect(!output.contains(" / "), "no second calendar, and no Hindi beside the English words")
        #expect(!output.contains("Style"))
        #expect(!output.contains("[not translated]"))
    }

    @Test func aStoryInOneLanguageShowsItsTitleOnceAndAsksNoLanguage() throws {
        let (status, output) = try Self.play([try Self.folder(onlyRussian: true).path, "--seed", "1"], input: "1\nquit\n")
        #expect(status == 0, "\(output)")
        #expect(output.hasPrefix("Дорога жизни, январь 1942\n\nWhich role will you play?\n  1. Водитель (driver)\n"), "\(output)")
        #expect(Self.occurrences(of: "Дорога жизни, январь 1942", in: output) == 1)
    }

    @Test func theLanguageQuestionOffersTheStorysLanguagesInEnglish() throws {
        let (status, output) = try Self.play([try Self.folder().path, "--role", "driver"], input: "3\nde\nru\nquit\n")
        #expect(status == 0, "\(output)")
        #expect(output.contains("Choose a language:\n  1. English\n  2. ru\nType 1 or 2.\n"), "\(output)")
        #expect(Self.occurrences(of: "Type 1 or 2.", in: output) == 2)
        #expect(!output.contains("भाषा"))
        #expect(output.contains("Грузовики ждут у края льда."))
    }

    @Test func anUnknownLanguageIsRefusedWithTheLanguagesTheStoryPromises() throws {
        let (status, output) = try Self.play([try Self.folder().path, "--lang", "xx", "--role", "driver"], input: "")
        #expect(status == 1)
        #expect(output == "error: unknown language 'xx'; this scenario is written in en, ru: choose one of them with --lang\n", "\(output)")
        let (actStatus, actOutput) = try Self.play(["march-1917", "--lang", "ru"], input: "")
        #expect(actStatus == 1)
        #expect(actOutput.contains("error: unknown language 'ru'; this scenario is written in hi, en: choose one of them with --lang"))
    }

    @Test func theLangCommandSwitchesToAnyLanguageOfTheStoryAndNamesThemOtherwise() throws {
        let (status, output) = try Self.play([try Self.folder().path, "--lang", "en", "--role", "driver"], input: "lang hi\nlang ru\nquit\n")
        #expect(status == 0, "\(output)")
        #expect(output.contains("lang en | lang ru\n"), "\(output)")
        #expect(output.contains("Грузовики ждут у края льда."))
    }

    @Test func showListsTheDatesOfANewStyleStoryOnce() throws {
        var output = StringOutput()
        let status = try ShowCommand.parse([try Self.folder().path]).execute(library: Support.library, output: &output)
        #expect(status == 0)
        #expect(output.text.contains("  calendar: new (dates below: New Style)\n  dates: 20 Jan 1942 to 22 Jan 1942\n"), "\(output.text)")
        #expect(output.text.contains("for every role; on 21 Jan 1942, 18:00; at lake"))
        #expect(!output.text.contains(" / "))
    }

    @Test func aRememberedLanguageTheStoryDoesNotPromiseIsAskedAgain() throws {
        let state = try Support.temporaryFolder()
        try FileManager.default.createDirectory(at: state.appendingPathComponent("petrograd"), withIntermediateDirectories: true)
        try "language=hi\n".write(to: state.appendingPathComponent("petrograd/settings"), atomically: true, encoding: .utf8)
        let (status, output) = try Support.run(["play", try Self.folder().path, "--role", "driver"], input: "2\nquit\n",
                                               environment: ["XDG_STATE_HOME": state.path, "XDG_CONFIG_HOME": state.path])
        #expect(status == 0, "\(output)")
        #expect(output.contains("Choose a language:"), "\(output)")
        #expect(try String(contentsOf: state.appendingPathComponent("petrograd/settings"), encoding: .utf8) == "language=ru\n")
    }
}
