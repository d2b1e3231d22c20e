import PetrogradCharts
import PetrogradCore

/// A game's course as charts: the city's labelled numbers over the game's dates, one line for each city,
/// and the world events beside history's dates. Horizontal positions are minutes since the scenario's
/// span begins (or, without a span, since the first sample), so every chart of a report shares its axis.
public enum CourseCharts {
    /// One chart for each labelled world number, titled with its label in `language`; one series for each
    /// city, named as given; ticks once a day (fewer when the story is long), and a dashed mark at each
    /// world event's date in history.
    public static func lines(scenario: Scenario, cities: [(name: String, course: CityCourse)], language: String,
                             dates: PageDates) -> [LineChart] {
        let words = CourseChartWords(language: language)
        let axis = Axis(scenario: scenario, moments: cities.flatMap { $0.course.samples.map(\.moment) }, dates: dates)
        let marks = scenario.eventOrder.map { index in
            LineChart.Mark(x: axis.x(scenario.events[index].start), label: HistoryComparison.name(of: index, in: scenario, language: language))
        }
        return numberVariables(scenario).map { variable in
            let definition = scenario.worldVariables[variable]
            let title = TextRendering.text(definition.label, language: language, fallback: scenario.languages.first).text
            let series = cities.map { city in
                LineChart.Series(name: city.name, points: city.course.samples.map {
                    LineChart.Point(x: axis.x($0.moment), y: Double($0.world.indices.contains(variable) ? $0.world[variable] : definition.initial))
                })
            }
            return LineChart(title: title, description: words.lineDescription(title, cities: cities.count), xRange: axis.range,
                             yRange: Double(definition.minimum)...Double(max(definition.maximum, definition.minimum + 1)),
                             xTicks: axis.ticks, series: series, marks: marks)
        }
    }

    /// The world variables a chart shows: numbers with a label (hidden and engine-made ones are left out).
    public static func numberVariables(_ scenario: Scenario) -> [Int] {
        scenario.worldVariables.indices.filter {
            let variable = scenario.worldVariables[$0]
            return variable.type == .number && !variable.label.isEmpty && !variable.isInternal
        }
    }

    /// Each world event, named in `language`, at its date in history beside when and how it went in
    /// `game`: as in history, otherwise (its other outcome or a branch's), or not at all.
    public static func timeline(game: Game, language: String, dates: PageDates,
                                legend: (asHistory: String, otherwise: String, didNotHappen: String, history: String)) -> Timeline {
        let scenario = game.scenario
        let words = CourseChartWords(language: language)
        let comparison = HistoryComparison(game: game)
        let axis = Axis(scenario: scenario, moments: comparison.entries.map(\.date) + [game.state.world.clock], dates: dates)
        let items = comparison.entries.map { entry in
            let outcome: Timeline.Outcome = switch entry.outcome {
            case .fired: .asHistory
            case .otherwise, .replaced: .otherwise
            case .lapsed, .notReached: .didNotHappen
            }
            return Timeline.Item(label: HistoryComparison.name(of: entry.event, in: scenario, language: language),
                                 historyX: axis.x(scenario.events[entry.event].start),
                                 gameX: entry.outcome == .notReached ? nil : axis.x(entry.date), outcome: outcome)
        }
        return Timeline(title: words.timelineTitle, description: words.timelineDescription, xRange: axis.range, xTicks: axis.ticks,
                        items: items, legend: legend)
    }

    /// The shared horizontal axis: from the span's start (or the earliest moment) to the span's end or the
    /// latest moment, whichever is later, with a tick at the start of a day.
    struct Axis {
        let origin: Moment
        let range: ClosedRange<Double>
        let ticks: [LineChart.Tick]

        /// At most this many ticks, so that labels in both calendars never run into each other.
        static let mostTicks = 7

        init(scenario: Scenario, moments: [Moment], dates: PageDates) {
            let first = scenario.span?.lowerBound ?? moments.min() ?? scenario.origin
            let last = max(scenario.span?.upperBound ?? first, moments.max() ?? first)
            origin = first
            let length = Double(max(last.minutes - first.minutes, 1))
            range = 0...length
            let firstDay = first.minuteOfDay == 0 ? first : first.startOfNextDay
            let days = max(0, (last.dayNumber - firstDay.dayNumber) + 1)
            let step = max(1, (days + Self.mostTicks - 1) / Self.mostTicks)
            var ticks: [LineChart.Tick] = []
            var day = firstDay
            while day <= last {
                ticks.append(LineChart.Tick(x: Double(day.minutes - first.minutes), label: dates.short(day, storyCalendar: scenario.calendar)))
                day = Moment(minutes: day.minutes + step * 1440)
            }
            self.ticks = ticks
        }

        func x(_ moment: Moment) -> Double { Double(moment.minutes - origin.minutes) }
    }
}
