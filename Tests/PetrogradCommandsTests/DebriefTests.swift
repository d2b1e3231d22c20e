import Foundation
import PetrogradConsole
import PetrogradCore
import Testing
@testable import PetrogradCommands

/// Every ending of every bundled scenario and branch (those to come included, as the library holds them)
/// has a debrief a class can read at the end of a period and a section on what historians disagree about.
@Suite struct DebriefTests {
    /// Each bundled scenario alone, and each bundled branch with the scenario it extends: (what, scenario);
    /// and the ids of bundled scenarios that do not load (the first test reports them).
    static func bundled() -> (scenarios: [(String, Scenario)], broken: [String]) {
        let loader = ScenarioLoader(library: Support.library)
        var found: [(String, Scenario)] = [], broken: [String] = []
        for id in Support.library.scenarioIDs {
            guard case .success(let loaded) = loader.load(id, with: []), let scenario = loaded.compilation.scenario else {
                broken.append(id)
                continue
            }
            found.append((id, scenario))
        }
        for branch in Support.library.branchIDs {
            let bases = Support.library.scenarioIDs.compactMap { id -> (String, Scenario)? in
                guard case .success(let loaded) = loader.load(id, with: [branch]), !loaded.compilation.hasErrors,
                      let scenario = loaded.compilation.scenario else { return nil }
                return ("\(id) with \(branch)", scenario)
            }
            if bases.isEmpty { broken.append(branch) }
            found += bases
        }
        return (found, broken)
    }

    @Test func everyEndingHasADebriefOfAtMost120WordsAndAHistoriansSectionInEveryLanguage() throws {
        let (scenarios, broken) = Self.bundled()
        #expect(broken.isEmpty, "these bundled scenarios or branches do not load: \(broken)")
        #expect(scenarios.contains { $0.0 == "march-1917" } && scenarios.contains { $0.0 == "march-1917 with volynsky-obeys" })
        var endings = 0
        for (name, scenario) in scenarios {
            for ending in scenario.endings {
                endings += 1
                let debrief = try #require(ending.debrief, "\(name): ending '\(ending.id)' has no debrief")
                let historians = try #require(ending.historians, "\(name): ending '\(ending.id)' has no historians section")
                for language in scenario.languages {
                    let words = try #require(debrief.template(in: language), "\(name): the debrief of '\(ending.id)' has no '\(language)'").mostWords
                    #expect(words <= Compiler.debriefWordLimit, "\(name): the debrief of '\(ending.id)' has \(words) words in '\(language)'")
                    #expect(words >= 40, "\(name): the debrief of '\(ending.id)' has only \(words) words in '\(language)': path, history and a question")
                    let section = try #require(historians.template(in: language), "\(name): the historians section of '\(ending.id)' has no '\(language)'")
                    #expect(section.mostWords >= 20, "\(name): the historians section of '\(ending.id)' is nearly empty in '\(language)'")
                }
            }
        }
        #expect(endings >= 16 + 19, "the act's 16 endings, and the act with its branch's 19")
    }

    /// The review's form (PE-1, C11, H28): a path, history, and one question under one label; in Hindi NCERT is
    /// the pupil's textbook (पाठ्यपुस्तक, feminine), not "NCERT कहता है"; and Pipes is never a "liberal".
    @Test func everyDebriefAsksOneQuestionUnderOneLabelAndNoSectionCallsPipesALiberal() throws {
        for (name, scenario) in Self.bundled().scenarios where scenario.languages.contains("hi") && scenario.languages.contains("en") {
            for ending in scenario.endings {
                let hindi = TextRendering.text(try #require(ending.debrief), language: "hi").text
                let english = TextRendering.text(try #require(ending.debrief), language: "en").text
                #expect(hindi.components(separatedBy: "प्रश्न:").count == 2, "\(name) '\(ending.id)': one 'प्रश्न:' in\n\(hindi)")
                #expect(english.components(separatedBy: "Question:").count == 2, "\(name) '\(ending.id)': one 'Question:' in\n\(english)")
                for label in ["सोचो:", "सवाल:", "Think:", "Questions:"] {
                    #expect(!hindi.contains(label) && !english.contains(label), "\(name) '\(ending.id)' still says '\(label)'")
                }
                let sections = [hindi, english, TextRendering.text(try #require(ending.historians), language: "hi").text,
                                TextRendering.text(try #require(ending.historians), language: "en").text]
                for text in sections {
                    for verb in ["कहता", "लिखता", "बताता", "मानता"] {
                        #expect(!text.contains("NCERT \(verb)"), "\(name) '\(ending.id)': 'तुम्हारी पाठ्यपुस्तक (NCERT) …ती है', not 'NCERT \(verb) है'")
                    }
                    #expect(!text.contains("उदारवादी इतिहासकार पाइप्स") && !text.contains("liberal historian Pipes"))
                }
            }
        }
    }

    /// PE-6: a soldier's debrief returns to the shot he fired and the officer he warned, and only then.
    @Test func theSoldiersDebriefReturnsToWhatHeDidAndOnlyToThat() throws {
        let scenario = try #require(Self.bundled().scenarios.first { $0.0 == "march-1917" }?.1)
        let soldier = try #require(scenario.roles.firstIndex { $0.id == "soldier" })
        let (game, _) = try #require(try? Game.start(scenario, roles: [soldier], seed: 1).get())
        func index(_ id: String) throws -> Int { try #require(scenario.playerVariables.firstIndex { $0.id == id }) }
        let fired = try index("s-fired"), informed = try index("s-informed")
        // The game in one period starts after the shooting and has no such flags (OnePeriodTests).
        for ending in scenario.endings where ending.roles.contains(soldier) && !ending.id.contains("-period-") {
            let template = try #require(ending.debrief?.template(in: "en"))
            func shown(_ flags: [Int]) -> String {
                var state = game.state
                for flag in flags { state.players[0].values[flag] = 1 }
                return TextRendering.render(template, scenario: scenario, state: state, player: 0, language: "en", formatDate: { _ in "" })
            }
            let plain = shown([]), both = shown([fired, informed])
            #expect(!plain.contains("you fired as ordered") && !plain.contains("You warned the duty officer"), "'\(ending.id)'")
            #expect(both.contains("On 26 Feb (11 Mar) you fired as ordered"), "'\(ending.id)'")
            #expect(both.contains("You warned the duty officer. Nobody else knows; you do."), "'\(ending.id)'")
        }
    }
}
