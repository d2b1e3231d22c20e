import Foundation
import PetrogradConsole
import Testing
@testable import PetrogradCommands

/// The bundled act's text agrees with itself and with the numbers on the status screen (the users'
/// report, S11 and S17).
@Suite struct StoryConsistencyTests {
    /// Plays the bundled act in-process with scripted input; returns everything shown.
    static func play(_ role: String, language: String, lines: [String]) throws -> String {
        let state = try Support.temporaryFolder()
        var reader = ScriptedLineReader(lines: lines + ["quit"])
        var shown: [String] = []
        let status = try PlayCommand.parse(["march-1917", "--role", role, "--lang", language, "--seed", "1", "--plain"])
            .execute(library: Support.library, reader: &reader, saves: SaveStore(directory: state.path),
                     settingsPath: state.appendingPathComponent("settings").path, output: { shown.append($0) }, width: 1000)
        #expect(status == 0)
        return shown.joined(separator: "\n")
    }

    /// S11: the soldier who gave names is told his name is not on the marching list; the world event of
    /// the same day must not then say he does not know.
    @Test(arguments: [("en", "Your name is not on it", "You do not know whether your name is on it"),
                      ("hi", "तुम्हारा नाम उसमें नहीं है", "तुम नहीं जानते कि उसमें तुम्हारा नाम है या नहीं")])
    func theSoldierWhoGaveNamesKnowsHeIsOffTheList(language: String, known: String, unknown: String) throws {
        let output = try Self.play("soldier", language: language, lines: ["3", "1", "2", "1", "3", "1", "1", "2", "2"])
        #expect(output.contains(known))
        #expect(!output.contains(unknown))
    }

    /// S17: in solo play nobody but the worker moves the strike; a soldier alone sees the strike at 50 on
    /// Saturday, so his text does not call it a general strike. A worker who spread it does see one.
    @Test func aGeneralStrikeIsNamedOnlyWhenTheStatusShowsOne() throws {
        let soldier = try Self.play("soldier", language: "en", lines: ["3", "1", "status"])
        #expect(soldier.contains("Saturday, 25 February (10 March): the strike is spreading, though many factories are still at work."))
        #expect(soldier.contains("Strike strength: 50 (0–100)"))
        #expect(!soldier.contains("general strike"))
        // The first choice offered each time (a taken `once` choice keeps its number, so the numbers grow).
        let worker = try Self.play("worker", language: "en", lines: ["1", "2", "3", "1", "1", "2", "1", "status"])
        #expect(worker.contains("Saturday: the whole city is on general strike."))
        #expect(worker.contains("Strike strength: 70 (0–100)"))
        let hindi = try Self.play("soldier", language: "hi", lines: ["3", "1"])
        #expect(hindi.contains("हड़ताल फैल रही है, हालाँकि कई कारख़ाने अभी चल रहे हैं"))
        #expect(!hindi.contains("आम हड़ताल"))
    }

    /// The status screen says where each number stands, and lists a flag only once it is set: at the start
    /// "The garrison has mutinied: no" would tell a student what is to come (the users' report, section 2).
    @Test func theStatusSaysWhereANumberStandsAndListsNoEventToCome() throws {
        let english = try Self.play("soldier", language: "en", lines: ["status"])
        #expect(english.contains("Strike strength: 50 (0–100), middling"), "\(english)")
        #expect(english.contains("Garrison loyalty (to the government): 80 (0–100), high"))
        #expect(!english.contains(": no\n") && !english.contains("mutinied"))
        let hindi = try Self.play("soldier", language: "hi", lines: ["स्थिति"])
        #expect(hindi.contains("(0–100), मध्यम"), "\(hindi)")
        #expect(!hindi.contains(": नहीं\n"))
    }
}
