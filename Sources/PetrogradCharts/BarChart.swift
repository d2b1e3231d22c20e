/// Horizontal bars in groups (endings by role: one group a role, one bar an ending), each bar labelled with
/// its name and count. Values are counts, so the scale starts at zero and ends at the largest.
public struct BarChart: Sendable {
    public struct Bar: Hashable, Sendable {
        public var label: String
        public var value: Int
        public init(label: String, value: Int) { self.label = label; self.value = value }
    }

    public struct Group: Hashable, Sendable {
        public var label: String
        public var bars: [Bar]
        public init(label: String, bars: [Bar]) { self.label = label; self.bars = bars }
    }

    public var title: String
    public var description: String
    public var groups: [Group]
    public var width: Double = 640

    public init(title: String, description: String, groups: [Group]) {
        self.title = title; self.description = description; self.groups = groups
    }

    static let barHeight: Double = 16
    static let groupGap: Double = 14
    /// The label column: as wide as the longest ending's name needs, within a fifth and a half of the chart.
    var labelWidth: Double { SVGText.labelColumn(groups.flatMap(\.bars).map(\.label), fontSize: 11, range: (width * 0.2)...(width * 0.5)) }

    public var height: Double {
        let bars = groups.reduce(0) { $0 + $1.bars.count }
        return 28 + Double(groups.count) * (18 + Self.groupGap) + Double(bars) * (Self.barHeight + 4) + 8
    }

    public func svg() -> String {
        let n = SVGText.number, e = SVGText.escaped
        let largest = max(1, groups.flatMap(\.bars).map(\.value).max() ?? 1)
        let left = labelWidth, right = width - 40
        var parts: [String] = []
        parts.append(#"<svg xmlns="http://www.w3.org/2000/svg" class="chart bar-chart" viewBox="0 0 \#(n(width)) \#(n(height))" width="\#(n(width))" height="\#(n(height))" role="img" aria-label="\#(e(title))">"#)
        parts.append("<title>\(e(title))</title><desc>\(e(description))</desc>")
        parts.append(#"<text x="0" y="16" font-size="13" font-weight="bold">\#(e(title))</text>"#)
        var y = 28.0
        for (groupIndex, group) in groups.enumerated() {
            y += 14
            parts.append(#"<text x="0" y="\#(n(y))" font-size="12" font-weight="bold">\#(e(group.label))</text>"#)
            y += 4
            for bar in group.bars {
                let length = (right - left) * Double(bar.value) / Double(largest)
                let shown = SVGText.fitted(bar.label, width: left - 8, fontSize: 11)
                parts.append(#"<text x="\#(n(left - 6))" y="\#(n(y + 12))" font-size="11" text-anchor="end"><title>\#(e(bar.label))</title>\#(e(shown))</text>"#)
                parts.append(#"<rect x="\#(n(left))" y="\#(n(y))" width="\#(n(max(length, bar.value > 0 ? 2 : 0)))" height="\#(n(Self.barHeight))" fill="\#(ChartPalette.colour(groupIndex))"><title>\#(e(bar.label)): \#(bar.value)</title></rect>"#)
                parts.append(#"<text x="\#(n(left + length + 4))" y="\#(n(y + 12))" font-size="11">\#(bar.value)</text>"#)
                y += Self.barHeight + 4
            }
            y += Self.groupGap
        }
        parts.append("</svg>")
        return parts.joined()
    }
}
