/// Lines over a shared horizontal axis (a game's dates as hours since the story began), with vertical marks
/// (history's dates for the world events) and a legend. Every label is escaped; the SVG is one string, with
/// a `<title>` and a description for screen readers.
public struct LineChart: Sendable {
    public struct Point: Hashable, Sendable {
        public var x: Double
        public var y: Double
        public init(x: Double, y: Double) { self.x = x; self.y = y }
    }

    public struct Series: Hashable, Sendable {
        public var name: String
        public var points: [Point]
        /// Drawn as steps (the value holds until it changes), which is how a game's values move.
        public var stepped: Bool
        /// Drawn thin and grey: a reference such as history's course rather than a class's.
        public var isReference: Bool
        public init(name: String, points: [Point], stepped: Bool = true, isReference: Bool = false) {
            self.name = name; self.points = points; self.stepped = stepped; self.isReference = isReference
        }
    }

    /// A vertical line at `x` with a short label: when something happened.
    public struct Mark: Hashable, Sendable {
        public var x: Double
        public var label: String
        public init(x: Double, label: String) { self.x = x; self.label = label }
    }

    public struct Tick: Hashable, Sendable {
        public var x: Double
        public var label: String
        public init(x: Double, label: String) { self.x = x; self.label = label }
    }

    public var title: String
    public var description: String
    public var xRange: ClosedRange<Double>
    public var yRange: ClosedRange<Double>
    public var xTicks: [Tick]
    public var series: [Series]
    public var marks: [Mark]
    public var width: Double = 640
    public var height: Double = 260

    public init(title: String, description: String, xRange: ClosedRange<Double>, yRange: ClosedRange<Double>,
                xTicks: [Tick], series: [Series], marks: [Mark] = []) {
        self.title = title; self.description = description; self.xRange = xRange; self.yRange = yRange
        self.xTicks = xTicks; self.series = series; self.marks = marks
    }

    private var plot: (left: Double, top: Double, right: Double, bottom: Double) {
        (48, 28, width - 12, height - 42 - Double(legendRows) * 16)
    }

    private var legendRows: Int { (series.count + 2) / 3 }

    func xPosition(_ x: Double) -> Double {
        let span = xRange.upperBound - xRange.lowerBound
        let fraction = span > 0 ? (x - xRange.lowerBound) / span : 0
        return plot.left + min(max(fraction, 0), 1) * (plot.right - plot.left)
    }

    func yPosition(_ y: Double) -> Double {
        let span = yRange.upperBound - yRange.lowerBound
        let fraction = span > 0 ? (y - yRange.lowerBound) / span : 0
        return plot.bottom - min(max(fraction, 0), 1) * (plot.bottom - plot.top)
    }

    public func svg() -> String {
        let n = SVGText.number, e = SVGText.escaped
        let (left, top, right, bottom) = plot
        var parts: [String] = []
        parts.append(#"<svg xmlns="http://www.w3.org/2000/svg" class="chart line-chart" viewBox="0 0 \#(n(width)) \#(n(height))" width="\#(n(width))" height="\#(n(height))" role="img" aria-label="\#(e(title))">"#)
        parts.append("<title>\(e(title))</title><desc>\(e(description))</desc>")
        parts.append(#"<text x="\#(n(left))" y="16" class="chart-title" font-size="13" font-weight="bold">\#(e(title))</text>"#)
        // Horizontal grid at round values (0, 2, 4 … or 0, 25, 50 …), labelled.
        for value in Self.gridValues(yRange) {
            let y = yPosition(value)
            parts.append(#"<line x1="\#(n(left))" y1="\#(n(y))" x2="\#(n(right))" y2="\#(n(y))" stroke='#ddd' stroke-width="1"/>"#)
            parts.append(#"<text x="\#(n(left - 6))" y="\#(n(y + 4))" font-size="10" text-anchor="end">\#(n(value))</text>"#)
        }
        parts.append(#"<line x1="\#(n(left))" y1="\#(n(bottom))" x2="\#(n(right))" y2="\#(n(bottom))" stroke='#555' stroke-width="1"/>"#)
        for tick in xTicks where xRange.contains(tick.x) {
            let x = xPosition(tick.x)
            parts.append(#"<line x1="\#(n(x))" y1="\#(n(bottom))" x2="\#(n(x))" y2="\#(n(bottom + 4))" stroke='#555'/>"#)
            parts.append(#"<text x="\#(n(x))" y="\#(n(bottom + 15))" font-size="10" text-anchor="middle">\#(e(tick.label))</text>"#)
        }
        for mark in marks where xRange.contains(mark.x) {
            let x = xPosition(mark.x)
            parts.append(#"<g class="mark"><line x1="\#(n(x))" y1="\#(n(top))" x2="\#(n(x))" y2="\#(n(bottom))" stroke='#888' stroke-width="1" stroke-dasharray="3 3"/><title>\#(e(mark.label))</title></g>"#)
        }
        var colourIndex = 0
        for (index, line) in series.enumerated() {
            let colour = line.isReference ? "#999" : ChartPalette.colour(colourIndex)
            let dash = line.isReference ? "4 4" : ChartPalette.dash(colourIndex)
            if !line.isReference { colourIndex += 1 }
            let path = pathData(line)
            if !path.isEmpty {
                let dashAttribute = dash.isEmpty ? "" : #" stroke-dasharray="\#(dash)""#
                parts.append(#"<path class="series" d="\#(path)" fill="none" stroke="\#(colour)" stroke-width="\#(line.isReference ? "1.5" : "2")"\#(dashAttribute)><title>\#(e(line.name))</title></path>"#)
            }
            // The legend: three to a row under the axis.
            let column = Double(index % 3), row = Double(index / 3)
            let lx = left + column * ((right - left) / 3), ly = bottom + 30 + row * 16
            let dashAttribute = dash.isEmpty ? "" : #" stroke-dasharray="\#(dash)""#
            parts.append(#"<line x1="\#(n(lx))" y1="\#(n(ly - 4))" x2="\#(n(lx + 18))" y2="\#(n(ly - 4))" stroke="\#(colour)" stroke-width="2"\#(dashAttribute)/>"#)
            parts.append(#"<text x="\#(n(lx + 22))" y="\#(n(ly))" font-size="10">\#(e(line.name))</text>"#)
        }
        parts.append("</svg>")
        return parts.joined()
    }

    /// Round values across `range` for the grid: a step of 1, 2 or 5 times a power of ten, giving at most six
    /// lines, from the first multiple of the step at or above the bottom.
    static func gridValues(_ range: ClosedRange<Double>) -> [Double] {
        let span = range.upperBound - range.lowerBound
        guard span > 0, span.isFinite else { return [range.lowerBound] }
        var magnitude = 1.0
        while span / magnitude > 50 { magnitude *= 10 }
        while span / magnitude < 5 { magnitude /= 10 }
        let step = [1.0, 2.0, 2.5, 5.0, 10.0].map { $0 * magnitude }.first { span / $0 <= 5 } ?? 10 * magnitude
        var values: [Double] = []
        var value = (range.lowerBound / step).rounded(.up) * step
        while value <= range.upperBound + step * 1e-9 {
            values.append(value)
            value += step
        }
        return values
    }

    /// The path of one series: moves and lines (or steps); empty for no points. A stepped series ends at its
    /// last point: the caller adds one where the value should be seen to hold.
    func pathData(_ line: Series) -> String {
        let n = SVGText.number
        var commands: [String] = []
        for (index, point) in line.points.sorted(by: { $0.x < $1.x }).enumerated() {
            let x = xPosition(point.x), y = yPosition(point.y)
            if index == 0 {
                commands.append("M\(n(x)) \(n(y))")
            } else if line.stepped {
                commands.append("H\(n(x))V\(n(y))")
            } else {
                commands.append("L\(n(x)) \(n(y))")
            }
        }
        return commands.joined()
    }
}
