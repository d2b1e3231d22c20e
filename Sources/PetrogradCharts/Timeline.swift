/// Events along a shared axis of dates, one row each: where the class's event happened (a filled dot, or a
/// hollow one when it went otherwise than in history) beside where history put it (a grey tick), so a
/// reader sees both what went otherwise and what came early or late.
public struct Timeline: Sendable {
    public enum Outcome: Hashable, Sendable {
        /// Happened as in history.
        case asHistory
        /// Happened otherwise (its other outcome, or another branch's).
        case otherwise
        /// Did not happen: its time passed, or the story ended first.
        case didNotHappen
    }

    public struct Item: Hashable, Sendable {
        public var label: String
        /// When history had it.
        public var historyX: Double
        /// When it was decided in this game; nil when it never was.
        public var gameX: Double?
        public var outcome: Outcome
        public init(label: String, historyX: Double, gameX: Double?, outcome: Outcome) {
            self.label = label; self.historyX = historyX; self.gameX = gameX; self.outcome = outcome
        }
    }

    public var title: String
    public var description: String
    public var xRange: ClosedRange<Double>
    public var xTicks: [LineChart.Tick]
    public var items: [Item]
    /// The legend's three words, in the page's language: as in history, otherwise, did not happen.
    public var legend: (asHistory: String, otherwise: String, didNotHappen: String, history: String)
    public var width: Double = 640

    public init(title: String, description: String, xRange: ClosedRange<Double>, xTicks: [LineChart.Tick], items: [Item],
                legend: (asHistory: String, otherwise: String, didNotHappen: String, history: String)) {
        self.title = title; self.description = description; self.xRange = xRange; self.xTicks = xTicks
        self.items = items; self.legend = legend
    }

    static let rowHeight: Double = 18
    /// The label column: as wide as the longest event's name needs, within a fifth and a half of the chart.
    var labelWidth: Double { SVGText.labelColumn(items.map(\.label), fontSize: 10, range: (width * 0.2)...(width * 0.5)) }

    public var height: Double { 28 + Double(items.count) * Self.rowHeight + 50 }

    func xPosition(_ x: Double) -> Double {
        let left = labelWidth, right = width - 12
        let span = xRange.upperBound - xRange.lowerBound
        let fraction = span > 0 ? (x - xRange.lowerBound) / span : 0
        return left + min(max(fraction, 0), 1) * (right - left)
    }

    public func svg() -> String {
        let n = SVGText.number, e = SVGText.escaped
        let left = labelWidth, right = width - 12
        var parts: [String] = []
        parts.append(#"<svg xmlns="http://www.w3.org/2000/svg" class="chart timeline" viewBox="0 0 \#(n(width)) \#(n(height))" width="\#(n(width))" height="\#(n(height))" role="img" aria-label="\#(e(title))">"#)
        parts.append("<title>\(e(title))</title><desc>\(e(description))</desc>")
        parts.append(#"<text x="0" y="16" font-size="13" font-weight="bold">\#(e(title))</text>"#)
        var y = 28.0
        for item in items {
            let middle = y + Self.rowHeight / 2
            parts.append(#"<line x1="\#(n(left))" y1="\#(n(middle))" x2="\#(n(right))" y2="\#(n(middle))" stroke='#eee'/>"#)
            let shown = SVGText.fitted(item.label, width: left - 8, fontSize: 10)
            parts.append(#"<text x="\#(n(left - 6))" y="\#(n(middle + 4))" font-size="10" text-anchor="end"><title>\#(e(item.label))</title>\#(e(shown))</text>"#)
            let hx = xPosition(item.historyX)
            parts.append(#"<line x1="\#(n(hx))" y1="\#(n(middle - 6))" x2="\#(n(hx))" y2="\#(n(middle + 6))" stroke='#999' stroke-width="2"/>"#)
            if let gameX = item.gameX {
                let gx = xPosition(gameX)
                let shape: String = switch item.outcome {
                case .asHistory: #"<circle cx="\#(n(gx))" cy="\#(n(middle))" r="5" fill='#0072B2'/>"#
                case .otherwise: #"<circle cx="\#(n(gx))" cy="\#(n(middle))" r="5" fill="white" stroke='#D55E00' stroke-width="2"/>"#
                case .didNotHappen: #"<path d="M\#(n(gx - 4)) \#(n(middle - 4))L\#(n(gx + 4)) \#(n(middle + 4))M\#(n(gx - 4)) \#(n(middle + 4))L\#(n(gx + 4)) \#(n(middle - 4))" stroke='#555' stroke-width="2"/>"#
                }
                parts.append(shape)
            }
            y += Self.rowHeight
        }
        parts.append(#"<line x1="\#(n(left))" y1="\#(n(y))" x2="\#(n(right))" y2="\#(n(y))" stroke='#555'/>"#)
        for tick in xTicks where xRange.contains(tick.x) {
            let x = xPosition(tick.x)
            parts.append(#"<text x="\#(n(x))" y="\#(n(y + 14))" font-size="10" text-anchor="middle">\#(e(tick.label))</text>"#)
        }
        // The legend: the three marks and history's tick, each with its word.
        let ly = y + 36
        let entries: [(String, String)] = [
            (#"<circle cx="0" cy="-4" r="5" fill='#0072B2'/>"#, legend.asHistory),
            (#"<circle cx="0" cy="-4" r="5" fill="white" stroke='#D55E00' stroke-width="2"/>"#, legend.otherwise),
            (#"<path d="M-4 -8L4 0M-4 0L4 -8" stroke='#555' stroke-width="2"/>"#, legend.didNotHappen),
            (#"<line x1="0" y1="-10" x2="0" y2="2" stroke='#999' stroke-width="2"/>"#, legend.history),
        ]
        let spacing = (right - 0) / Double(entries.count)
        for (index, entry) in entries.enumerated() {
            let x = 6 + Double(index) * spacing
            let label = e(entry.1)
            parts.append(#"<g transform="translate(\#(n(x)) \#(n(ly)))">\#(entry.0)<text x="9" y="0" font-size="10">\#(label)</text></g>"#)
        }
        parts.append("</svg>")
        return parts.joined()
    }
}
