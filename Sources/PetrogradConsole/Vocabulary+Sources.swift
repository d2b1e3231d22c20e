import Foundation

extension Vocabulary {
    /// The works a note's `source` line names, one a line under a label, as `history` shows them. The
    /// line is a list of full references (author, title, chapter) separated by semicolons; one work keeps
    /// the label on its own line ("Source: …").
    public func sourceLines(_ source: String) -> [String] {
        let works = source.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        guard works.count > 1 else { return ["\(sourceLabel): \(source)"] }
        return [language == "hi" ? "स्रोत:" : "Sources:"] + works
    }
}
