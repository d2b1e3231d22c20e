/// How long a text can be, in words: what `check` holds a debrief to.
extension TextTemplate {
    /// The most words any showing of the text can have. Words are what stands between spaces, and a
    /// piece with no letter or digit in it (a lone dash) is not one; of each `{if}` and each sequence the
    /// longest branch counts, and an inserted value or name counts as one word.
    public var mostWords: Int { Self.wordCount(Self.longest(segments)) }

    /// The words of a plain text, counted as `mostWords` counts them.
    public static func wordCount(_ text: String) -> Int {
        text.split(whereSeparator: \.isWhitespace).count { piece in
            piece.unicodeScalars.contains { $0.properties.isAlphabetic || $0.properties.numericType != nil }
        }
    }

    /// The longest showing of `segments`, with a stand-in word for each insertion.
    private static func longest(_ segments: [Segment]) -> String {
        var text = ""
        for segment in segments {
            switch segment {
            case .literal(let literal): text += literal
            case .conditional(let branches): text += longestOf(branches.map(\.segments))
            case .sequence(let sequence): text += longestOf(sequence.alternatives)
            case .value, .variable, .roleName, .placeName, .date: text += "0"
            }
        }
        return text
    }

    private static func longestOf(_ choices: [[Segment]]) -> String {
        choices.map(longest).max { wordCount($0) < wordCount($1) } ?? ""
    }
}
