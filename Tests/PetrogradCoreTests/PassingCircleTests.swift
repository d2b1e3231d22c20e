@testable import PetrogradCore
import Testing

/// Scenes that hand the player on by their `go` lines for ever (the reliability report's F15): `check`
/// finds them, so a scenario that checks clean can start.
struct PassingCircleTests {
    static let header = "format 1\nscenario x\n  en: X\n  languages en\nrole r\n  en: R\n  start a\n"

    static func errors(_ text: String) -> [String] {
        compile(header + text).diagnostics.filter { $0.severity == .error }.map { "\($0.location.line):\($0.location.column): \($0.text)" }
    }

    @Test func aSceneWhoseGoLeadsBackToItselfIsAnError() {
        #expect(Self.errors("scene a\n  en: A\n  go a\n") == [
            "8:7: scene 'a' can leave a player stuck: its 'go' line leads back to the scene itself, so a player sent on by it would never leave; add a choice without 'only if', or a 'go' line for when nothing else is possible",
        ])
        // With choices, the `go` line is the way out when none is possible: leading back is still a trap.
        #expect(Self.errors("scene a\n  en: A\n  choice c\n    en: C\n    only if 1 > 2\n    go e\n  go a\nending e\n  en: E.\n").count == 1)
    }

    @Test func scenesWithoutChoicesThatPassThePlayerInACircleAreAnError() {
        let errors = Self.errors("scene a\n  en: A\n  go b\nscene b\n  en: B\n  go c\nscene c\n  en: C\n  go b\n")
        #expect(errors.contains { $0.hasPrefix("11:7: scene 'b' can leave a player stuck: it passes the player on by 'go' lines in a circle that never ends: b → c → b;") })
        #expect(errors.contains { $0.hasPrefix("8:7: scene 'a' can leave a player stuck: it passes the player on by 'go' lines in a circle that never ends: b → c → b;") })
    }

    @Test func aChainOfPassingScenesThatEndsIsFine() {
        #expect(Self.errors("scene a\n  en: A\n  go b\nscene b\n  en: B\n  go e\nending e\n  en: E.\n").isEmpty)
        // A choice that repeats its own scene is a loop the player chooses, not a trap.
        #expect(Self.errors("scene a\n  en: A\n  choice again\n    en: Again.\n    go a\n  choice stop\n    en: Stop.\n    go e\nending e\n  en: E.\n").isEmpty)
    }
}
