import PetrogradCharts
import Testing

@Suite struct SVGTextTests {
    @Test func escapesEveryCharacterThatCouldOpenMarkup() {
        #expect(SVGText.escaped(#"<script>alert("x")</script> & 'y'"#) == "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;y&#39;")
        #expect(SVGText.escaped("आशा") == "आशा")
    }

    @Test func writesNumbersShortly() {
        #expect(SVGText.number(12) == "12")
        #expect(SVGText.number(12.5) == "12.5")
        #expect(SVGText.number(1.0 / 3) == "0.33")
        #expect(SVGText.number(-0.001) == "0")
        #expect(SVGText.number(.nan) == "0")
    }
}
