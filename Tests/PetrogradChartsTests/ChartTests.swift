import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import PetrogradCharts
import Testing

/// Whether `svg` parses as XML, and the names of its elements in order.
private func elements(_ svg: String) -> [String]? {
    final class Collector: NSObject, XMLParserDelegate {
        var names: [String] = []
        func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String] = [:]) {
            names.append(name)
        }
    }
    let parser = XMLParser(data: Data(svg.utf8))
    let collector = Collector()
    parser.delegate = collector
    return parser.parse() ? collector.names : nil
}

@Suite struct ChartTests {
    let hostile = #"<script>alert("x")</script> & 'Ravi'"#

    func lineChart(series: [LineChart.Series]) -> LineChart {
        LineChart(title: "Hunger", description: "Hunger over the days", xRange: 0...100, yRange: 0...100,
                  xTicks: [.init(x: 0, label: "23 Feb"), .init(x: 50, label: "25 Feb")], series: series,
                  marks: [.init(x: 50, label: "The strike becomes general")])
    }

    @Test func aLineChartIsWellFormedAndEscapesEveryLabel() throws {
        let chart = lineChart(series: [.init(name: hostile, points: [.init(x: 0, y: 65), .init(x: 100, y: 30)])])
        let svg = chart.svg()
        let names = try #require(elements(svg))
        #expect(names.first == "svg")
        #expect(names.contains("title") && names.contains("desc"))
        #expect(!svg.contains("<script"))
        #expect(svg.contains("&lt;script&gt;alert(&quot;x&quot;)"))
    }

    @Test func steppedLinesHoldTheirValueUntilItChanges() {
        let chart = lineChart(series: [.init(name: "a", points: [.init(x: 0, y: 0), .init(x: 50, y: 100), .init(x: 100, y: 100)])])
        // The plot spans x 48…628 and y from 218 (0) to 28 (100) on a 640 × 260 chart with one legend row.
        let path = chart.svg().components(separatedBy: #"class="series" d=""#)[1].prefix { $0 != "\"" }
        #expect(path == "M48 202H338V28H628V28")
    }

    @Test func pointsAreDrawnInDateOrderWhateverOrderTheyCameIn() {
        let ordered = lineChart(series: [.init(name: "a", points: [.init(x: 0, y: 10), .init(x: 100, y: 90)], stepped: false)]).svg()
        let shuffled = lineChart(series: [.init(name: "a", points: [.init(x: 100, y: 90), .init(x: 0, y: 10)], stepped: false)]).svg()
        #expect(ordered == shuffled)
    }

    @Test func valuesOutsideTheRangeStayInsideThePlot() throws {
        let svg = lineChart(series: [.init(name: "a", points: [.init(x: -50, y: 500), .init(x: 500, y: -5)], stepped: false)]).svg()
        #expect(svg.contains(#"d="M48 28L628 202""#))
    }

    @Test func aChartWithNoPointsStillParses() throws {
        #expect(elements(lineChart(series: [.init(name: "empty", points: [])]).svg()) != nil)
        #expect(elements(BarChart(title: "t", description: "d", groups: []).svg()) != nil)
    }

    @Test func barsAreAsLongAsTheirCountsAndLabelled() throws {
        let chart = BarChart(title: "Endings", description: "Endings by role", groups: [
            .init(label: "Worker", bars: [.init(label: "The strike wins", value: 4), .init(label: hostile, value: 2)]),
            .init(label: "Soldier", bars: [.init(label: "Home to the village", value: 0)]),
        ])
        let svg = chart.svg()
        #expect(elements(svg) != nil)
        // The largest count fills the room between the label column and the counts; half the count, half of it.
        let widths = svg.components(separatedBy: "<rect ").dropFirst().compactMap { rect -> Double? in
            rect.components(separatedBy: #"width=""#).dropFirst().first.flatMap { Double($0.prefix { $0 != "\"" }) }
        }
        #expect(widths.count == 3)
        #expect(widths[0] > 200 && abs(widths[0] - 2 * widths[1]) < 0.02 && widths[2] == 0)
        #expect(!svg.contains("<script"))
        #expect(svg.contains(">4</text>") && svg.contains(">0</text>"))
    }

    @Test func aTimelineShowsEachOutcomeBesideHistorysDate() throws {
        let timeline = Timeline(title: "Events", description: "The city's events beside history's dates", xRange: 0...10,
                                xTicks: [.init(x: 0, label: "day 1")], items: [
            .init(label: "Mutiny", historyX: 5, gameX: 5, outcome: .asHistory),
            .init(label: hostile, historyX: 6, gameX: 8, outcome: .otherwise),
            .init(label: "Abdication", historyX: 9, gameX: nil, outcome: .didNotHappen),
        ], legend: (asHistory: "as in history", otherwise: "otherwise", didNotHappen: "did not happen", history: "history's date"))
        let svg = timeline.svg()
        #expect(elements(svg) != nil)
        #expect(svg.components(separatedBy: "fill='#0072B2'").count == 3)   // one dot + the legend's
        #expect(svg.components(separatedBy: "fill=\"white\"").count == 3)     // one hollow dot + the legend's
        #expect(!svg.contains("<script"))
        #expect(svg.contains("did not happen") && svg.contains("history&#39;s date"))
    }

    @Test func longLabelsAreCutWithAnEllipsisAndKeptWholeInATitle() {
        let long = "The Volynsky regiment's training detachment refuses to fire and goes over to the crowd"
        let timeline = Timeline(title: "Events", description: "d", xRange: 0...10, xTicks: [], items: [
            .init(label: long, historyX: 5, gameX: 5, outcome: .asHistory),
        ], legend: (asHistory: "a", otherwise: "o", didNotHappen: "n", history: "h"))
        let svg = timeline.svg()
        #expect(svg.contains("<title>\(SVGText.escaped(long))</title>"))
        let shown = SVGText.fitted(long, width: 640 * 0.5 - 8, fontSize: 10)
        #expect(shown.hasSuffix("…") && shown.count < long.count)
        #expect(svg.contains(SVGText.escaped(shown) + "</text>"))
    }

    @Test func devanagariMarksTakeNoRoomOfTheirOwn() {
        // क + ि is one letter wide and a bit; कि is narrower than two letters.
        let one = SVGText.estimatedWidth("क", fontSize: 10), withSign = SVGText.estimatedWidth("कि", fontSize: 10)
        #expect(withSign > one && withSign < 2 * one)
        #expect(SVGText.estimatedWidth("फ़", fontSize: 10) == one, "a nukta sits on its letter")
        #expect(SVGText.fitted("short", width: 200, fontSize: 10) == "short")
    }

    @Test func theLabelColumnGrowsForLongLabelsWithinItsLimits() {
        #expect(SVGText.labelColumn(["ab"], fontSize: 10, range: 100...300) == 100)
        #expect(SVGText.labelColumn([String(repeating: "m", count: 200)], fontSize: 10, range: 100...300) == 300)
        let middle = SVGText.labelColumn([String(repeating: "a", count: 40)], fontSize: 10, range: 100...300)
        #expect(middle > 200 && middle < 300)
    }

    @Test func theGridFallsOnRoundValues() {
        let ten = LineChart(title: "t", description: "d", xRange: 0...1, yRange: 0...10, xTicks: [], series: []).svg()
        for label in ["0", "2", "4", "6", "8", "10"] { #expect(ten.contains(#"text-anchor="end">\#(label)</text>"#)) }
        #expect(!ten.contains(#"text-anchor="end">3</text>"#))
        let hundred = LineChart(title: "t", description: "d", xRange: 0...1, yRange: 0...100, xTicks: [], series: []).svg()
        for label in ["0", "20", "40", "60", "80", "100"] { #expect(hundred.contains(#"text-anchor="end">\#(label)</text>"#)) }
        let odd = LineChart(title: "t", description: "d", xRange: 0...1, yRange: -3...7, xTicks: [], series: []).svg()
        for label in ["-2", "0", "2", "4", "6"] { #expect(odd.contains(#"text-anchor="end">\#(label)</text>"#)) }
    }
}
