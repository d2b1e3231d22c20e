/// Lays out completion candidates in columns that fit the terminal, like `ls`.
package enum CandidateColumns {
    /// Blank columns between two candidates on a line.
    static let gap = 2

    /// The candidates in as many equal columns as fit in `width` display columns, filled row by row,
    /// padded by display width (Devanagari marks take no column), without trailing spaces. Any width is
    /// taken, even 0 or `Int.max` from a confused terminal: it is kept within what a terminal can report.
    package static func lines(for candidates: [String], width: Int) -> [String] {
        let widths = candidates.map { DisplayWidth.columns(of: $0) }
        guard let widest = widths.max() else {
            return []
        }
        let columnWidth = widest + gap
        let usableWidth = min(max(width, 1), Terminal.maximumWidth)
        let columnCount = max(1, (usableWidth + gap) / columnWidth)
        var lines: [String] = []
        for rowStart in stride(from: 0, to: candidates.count, by: columnCount) {
            let row = rowStart..<min(rowStart + columnCount, candidates.count)
            var line = ""
            for index in row {
                line += candidates[index]
                if index != row.upperBound - 1 {
                    line += String(repeating: " ", count: columnWidth - widths[index])
                }
            }
            lines.append(line)
        }
        return lines
    }
}
