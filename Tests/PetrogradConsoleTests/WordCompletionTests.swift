import PetrogradConsole
import Testing

@Suite struct WordCompletionTests {
    @Test func theWordIsWhatFollowsTheLastSpaceBeforeTheCursor() {
        #expect(WordCompletion(lineBeforeCursor: "go to मज", candidates: []).word == "मज")
        #expect(WordCompletion(lineBeforeCursor: "go ", candidates: []).word == "")
        #expect(WordCompletion(lineBeforeCursor: "", candidates: []).word == "")
    }

    @Test func aPrefixEndingInsideAGraphemeClusterMatchesByScalars() {
        // ज and the nukta form one Character, so Character-based hasPrefix says no.
        #expect(!"मज़दूर".hasPrefix("मज"))
        let completion = WordCompletion(lineBeforeCursor: "मज", candidates: ["मज़दूर", "किसान"])
        #expect(completion.matches == ["मज़दूर"])
        #expect(completion.action == .edit(deletingScalars: 0, inserting: "\u{93C}दूर "))
    }

    @Test func aUniqueMatchIsCompletedWithATrailingSpace() {
        let completion = WordCompletion(lineBeforeCursor: "talk to सै", candidates: ["सैनिक", "मज़दूर"])
        #expect(completion.action == .edit(deletingScalars: 0, inserting: "निक "))
    }

    @Test func severalMatchesAreExtendedToTheirLongestCommonScalarPrefix() {
        let completion = WordCompletion(lineBeforeCursor: "म", candidates: ["मज़दूर", "मज़दूरी", "मंत्री"])
        #expect(completion.matches == ["मज़दूर", "मज़दूरी", "मंत्री"])
        #expect(completion.commonPrefix == "म")
        #expect(completion.action == .list(["मज़दूर", "मज़दूरी", "मंत्री"]))

        let narrower = WordCompletion(lineBeforeCursor: "मज", candidates: ["मज़दूर", "मज़दूरी"])
        // The common prefix ends inside the cluster री of मज़दूरी: only scalars count.
        #expect(narrower.commonPrefix == "मज़दूर")
        #expect(narrower.action == .edit(deletingScalars: 0, inserting: "\u{93C}दूर"))
    }

    @Test func matchesThatAddNothingAreListed() {
        let completion = WordCompletion(lineBeforeCursor: "look n", candidates: ["north", "nevsky"])
        #expect(completion.action == .list(["north", "nevsky"]))
    }

    @Test func anEmptyWordIsExtendedToWhatAllCandidatesShare() {
        let completion = WordCompletion(lineBeforeCursor: "look ", candidates: ["north", "nevsky"])
        #expect(completion.action == .edit(deletingScalars: 0, inserting: "n"))
    }

    @Test func nothingMatchingRingsTheBell() {
        #expect(WordCompletion(lineBeforeCursor: "xyz", candidates: ["मज़दूर"]).action == .beep)
        #expect(WordCompletion(lineBeforeCursor: "", candidates: []).action == .beep)
    }

    @Test func duplicateCandidatesCountOnce() {
        let completion = WordCompletion(lineBeforeCursor: "ne", candidates: ["nevsky", "nevsky"])
        #expect(completion.matches == ["nevsky"])
        #expect(completion.action == .edit(deletingScalars: 0, inserting: "vsky "))
    }

    @Test func aPrecomposedNuktaLetterMatchesTheDecomposedSpelling() {
        // U+095B is ज़ in one scalar; NFC spells it ज + ़, as the candidate is written.
        let typed = "म\u{95B}"
        let completion = WordCompletion(lineBeforeCursor: typed, candidates: ["मज़दूर"])
        #expect(completion.matches == ["मज़दूर"])
        // The typed word is not a scalar prefix of the candidate, so it is replaced whole.
        #expect(completion.action == .edit(deletingScalars: 2, inserting: "मज़दूर "))
    }

    @Test func candidatesAreLaidOutInColumnsThatFitTheWidth() {
        let lines = CandidateColumns.lines(for: ["मज़दूर", "सैनिक", "nevsky", "a"], width: 20)
        // The widest candidate is 6 columns, so columns are 8 wide and two fit in 20 with the gap.
        #expect(lines == ["मज़दूर    सैनिक", "nevsky  a"])
        #expect(CandidateColumns.lines(for: [], width: 80) == [])
        #expect(CandidateColumns.lines(for: ["क्रांतिकारी"], width: 3) == ["क्रांतिकारी"])
    }

    @Test(arguments: [Int.min, -1, 0, 1, Int(UInt16.max), Int(UInt16.max) + 1, Int.max - 1, Int.max])
    func anyWidthLaysOutEveryCandidateOnceWithoutOverflow(width: Int) {
        let candidates = ["a", "मज़दूर", String(repeating: "x", count: 100_000), "", "nevsky"]
        let lines = CandidateColumns.lines(for: candidates, width: width)
        #expect(!lines.isEmpty)
        // Every candidate is there, in order, whatever the number of columns.
        let words = lines.flatMap { $0.split(separator: " ").map(String.init) }
        #expect(words == candidates.filter { !$0.isEmpty })
        if width < 100_000 {
            #expect(lines.count == candidates.count, "one column when the widest does not fit twice")
        }
    }
}

