@testable import PetrogradCore
import Testing

/// The dead-end analysis is bounded in work as well as in combinations (F8): no scenario makes `check`
/// slow, a scene it cannot decide is never called a dead end, and within its limits it stays exact.
struct DeadEndLimitTests {
    static let variables = (1...6).map { "v\($0)" }

    /// The reproduction's shape: `scenes` scenes of `choices` choices; all but the last choice have an
    /// always-false guard of `operators` operators, and the last an always-true one (`g or not g`). Each number is
    /// compared with one constant, so a scene has 5⁶ × 2 = 31,250 combinations of critical values.
    static func slowScenario(scenes: Int, choices: Int, operators: Int) -> String {
        var lines = ["format 1", "scenario slow", "  en: Slow", "  languages en"]
        lines += variables.map { "world number \($0) 0 to 10 = 0" } + ["world flag g"]
        lines += ["role r", "  en: R", "  start s1"]
        let equalities = variables.map { "\($0) = 3" }.joined(separator: " and ") + " and not g and g"
        // 6 '=', 6 'and', 'not' and 'and': 14 operators; then '>' and 'or'; the rest are '+'.
        let terms = (0...(operators - 16)).map { variables[$0 % 6] }
        let falseGuard = "(" + terms.joined(separator: " + ") + ") > 100000 or (" + equalities + ")"
        for scene in 1...scenes {
            lines += ["scene s\(scene)", "  en: Scene \(scene)."]
            for choice in 1..<choices {
                lines += ["  choice c\(choice)", "    en: C\(choice).", "    only if " + falseGuard, "    go out"]
            }
            lines += ["  choice open", "    en: Open.", "    only if g or not g", "    go " + (scene < scenes ? "s\(scene + 1)" : "out")]
        }
        lines += ["ending out", "  en: Out."]
        return lines.joined(separator: "\n") + "\n"
    }

    @Test func theReproductionIsWarnedAboutNotCalledADeadEnd() throws {
        let text = Self.slowScenario(scenes: 3, choices: 100, operators: 190)
        #expect(text.utf8.count > 290_000)
        let guardLine = try #require(text.split(separator: "\n").first { $0.contains("> 100000") })
        let operators = guardLine.split(separator: " ").filter { ["+", ">", "=", "and", "or", "not"].contains($0) }.count
        #expect(operators == 190)
        let diagnostics = compile(text).diagnostics
        #expect(diagnostics.filter { $0.severity == .error }.map(\.text) == [])
        #expect(diagnostics.map { "\($0.location.line) \($0.code) \($0.severity) \($0.text)" } == [1, 2, 3].map { scene in
            let line = 15 + (scene - 1) * (2 + 100 * 4)
            return "\(line) PG056 warning scene 's\(scene)' was not checked for dead ends: trying every case of its choices' conditions would take too long (31,250 combinations of values, up to 37,632 steps each); make sure a player can always leave it, or add a 'go' line for when nothing else is possible"
        })
    }

    @Test func estimatesCountEveryOperatorAndValueOfEveryGuard() throws {
        let scenario = try #require(compile(Self.slowScenario(scenes: 1, choices: 100, operators: 190)).scenario)
        guard case .search(let search) = DeadEndAnalysis.prepare(scene: 0, in: scenario, reenterable: false) else {
            Issue.record("expected a search")
            return
        }
        // 190 operators (one of them the unary 'not') and 190 values in each of 99 guards, 4 nodes in
        // `g or not g`, and 8 values to set (six numbers, the flag, the time).
        #expect(search.guardSizes.dropLast().allSatisfy { $0 == 380 })
        #expect(search.guardSizes.last == 4)
        #expect(search.combinations == 31_250)
        #expect(search.estimatedWork == 31_250 * (99 * 380 + 4 + 8))
        #expect(search.estimatedWork > DeadEndAnalysis.workLimit)
    }

    @Test func withinTheLimitTheSearchStaysExactUpToTheLastCombination() {
        // Stuck only when every number is at its maximum: the last combination tried.
        var lines = ["format 1", "scenario exact", "  en: Exact", "  languages en"]
        lines += Self.variables.map { "world number \($0) 0 to 10 = 0" }
        lines += ["role r", "  en: R", "  start gate", "scene gate", "  en: Gate."]
        for variable in Self.variables {
            lines += ["  choice \(variable)", "    en: Go.", "    only if \(variable) < 10", "    go out"]
        }
        lines += ["ending out", "  en: Out."]
        let diagnostics = compile(lines.joined(separator: "\n")).diagnostics
        #expect(diagnostics.map(\.message) == [
            .deadEnd(scene: "gate", reason: "when v1 = 10 and v2 = 10 and v3 = 10 and v4 = 10 and v5 = 10 and v6 = 10, none of its choices is available"),
        ])
    }

    @Test func theCheapScenesAreDecidedFirstWhenAnExpensiveOneIsLeftOut() {
        // The reproduction's scene, then a cheap scene that really is a dead end.
        let text = Self.slowScenario(scenes: 1, choices: 100, operators: 190).replacingOccurrences(of: "    go out\nending out", with: "    go stuck\nending out")
            + "scene stuck\n  en: Stuck.\n  choice rich\n    en: Rich.\n    only if v2 > 5\n    go out\n"
        #expect(compile(text).diagnostics.map(\.message) == [
            .deadEndUnchecked(scene: "s1", reason: "trying every case of its choices' conditions would take too long (31,250 combinations of values, up to 37,632 steps each)"),
            .deadEnd(scene: "stuck", reason: "when v2 = 0, none of its choices is available"),
        ])
    }

    @Test func theLimitIsForTheWholeScenarioNotEachScene() throws {
        // Three scenes of equal cost: with room for two, the third is left out, whichever it is.
        var lines = ["format 1", "scenario sum", "  en: Sum", "  languages en", "world number a 0 to 100 = 0", "role r", "  en: R", "  start s1"]
        for scene in 1...3 {
            lines += ["scene s\(scene)", "  en: S.", "  choice low", "    en: Low.", "    only if a < 50", "    go " + (scene < 3 ? "s\(scene + 1)" : "out"),
                      "  choice high", "    en: High.", "    only if a >= 50", "    go out"]
        }
        lines += ["ending out", "  en: Out."]
        let scenario = try #require(compile(lines.joined(separator: "\n")).scenario)
        guard case .search(let search) = DeadEndAnalysis.prepare(scene: 0, in: scenario, reenterable: false) else {
            Issue.record("expected a search")
            return
        }
        #expect(DeadEndAnalysis.verdicts(in: scenario, workLimit: 3 * search.estimatedWork) == [.safe, .safe, .safe])
        let verdicts = DeadEndAnalysis.verdicts(in: scenario, workLimit: 2 * search.estimatedWork)
        #expect(verdicts.prefix(2) == [.safe, .safe])
        #expect(verdicts.last == .undecided("trying every case of its choices' conditions would take too long (5 combinations of values, up to 8 steps each)"))
    }

    @Test func moreCombinationsThanTheCheckerTriesGiveAWarning() {
        let flags = (1...17).map { "world flag f\($0)" }
        let all = (1...17).map { "f\($0)" }.joined(separator: " and ")
        let text = (["format 1", "scenario many", "  en: Many", "  languages en"] + flags
            + ["role r", "  en: R", "  start gate", "scene gate", "  en: Gate.", "  choice all", "    en: All.", "    only if \(all)", "    go out",
               "  choice none", "    en: None.", "    only if not (\(all))", "    go out", "ending out", "  en: Out."]).joined(separator: "\n")
        #expect(compile(text).diagnostics.map(\.text) == [
            "scene 'gate' was not checked for dead ends: its choices' conditions have more combinations of values than the checker tries (more than 50,000); make sure a player can always leave it, or add a 'go' line for when nothing else is possible",
        ])
    }
}
