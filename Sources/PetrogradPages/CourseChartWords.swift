/// The few words the course charts say themselves (their descriptions for screen readers and the
/// timeline's title), in Hindi and English. A page's own headings live in `Pages/words`.
struct CourseChartWords {
    let isHindi: Bool

    init(language: String) { isHindi = language == "hi" }

    func lineDescription(_ label: String, cities: Int) -> String {
        isHindi
            ? "खेल की तारीख़ों पर \(label): हर शहर की एक रेखा (\(cities)); खड़ी धारियाँ इतिहास में घटनाओं की तारीख़ें हैं।"
            : "\(label) over the game's dates: one line for each city (\(cities)); the dashed upright lines are history's dates of the events."
    }

    var timelineTitle: String { isHindi ? "घटनाएँ: इस खेल में और इतिहास में" : "The events: in this game and in history" }

    var timelineDescription: String {
        isHindi
            ? "हर घटना की एक पंक्ति: भूरी धारी इतिहास की तारीख़ है, निशान बताता है कि इस खेल में वह कब और कैसे हुई।"
            : "One row for each event: the grey tick is history's date, the mark shows when and how it went in this game."
    }
}
