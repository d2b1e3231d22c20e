import Testing
@testable import PetrogradCore

/// Graph labels are printed to terminals and read by Graphviz and Mermaid: control characters in them are
/// made visible, and each language's own quoting still holds.
@Suite struct GraphLabelTests {
    @Test func aDOTStringMakesControlsVisibleAndEscapesQuotesBackslashesAndLineEnds() {
        let quoted = ScenarioGraph.dotQuoted("a\u{1B}]0;x\u{07}\"b\\\nc\u{9B}\u{202E}")
        #expect(quoted == "\"a^[]0;x^G\\\"b\\\\\\nc<U+009B><U+202E>\"")
        #expect(!ControlCharacters.contains(in: quoted))
    }

    @Test func aMermaidLabelMakesControlsVisibleAndUsesEntitiesForItsOwnCharacters() {
        let escaped = ScenarioGraph.mermaidEscaped("a\u{1B}[2J\"<b>|#&\n\u{202E}")
        #expect(escaped == "a^[[2J#quot;#lt;b#gt;#124;#35;#amp;<br/>#lt;U+202E#gt;")
        #expect(!ControlCharacters.contains(in: escaped))
    }
}
