@testable import PetrogradConsole
import PetrogradCore
import Testing

/// The "more" pause's arithmetic: when it asks, and what the answers do.
@Suite struct PagerTests {
    /// Writes `count` one-row lines through a pager in a window `height` rows tall, answering each
    /// pause with the next of `answers`; returns the line numbers (from 1) before which it paused.
    static func pauses(lines count: Int, height: Int?, isOn: Bool = true, canAsk: Bool = true,
                       answers: [Pager.Answer] = []) -> [Int] {
        var pausedBefore: [Int] = []
        var remaining = answers
        var line = 0
        let ask: (String) -> Pager.Answer = { prompt in
            #expect(prompt == "-- more --")
            pausedBefore.append(line)
            return remaining.isEmpty ? .nextPage : remaining.removeFirst()
        }
        var pager = Pager(isOn: isOn, rows: { height }, ask: canAsk ? ask : nil)
        pager.startTurn()
        for number in 1...count {
            line = number
            pager.willWrite(rows: 1) { "-- more --" }
        }
        return pausedBefore
    }

    @Test func aTurnTallerThanTheWindowPausesBeforeItsFirstLineScrollsAway() {
        // 10 rows: 9 lines of text and the pause's own row on each page.
        #expect(Self.pauses(lines: 25, height: 10) == [10, 19])
        #expect(Self.pauses(lines: 9, height: 10) == [])
    }

    @Test func qShowsTheRestOfTheTurnWithoutPausingAgain() {
        #expect(Self.pauses(lines: 40, height: 10, answers: [.rest]) == [10])
    }

    @Test func offUnknownHeightOrNobodyToAskNeverPauses() {
        #expect(Self.pauses(lines: 40, height: 10, isOn: false) == [])
        #expect(Self.pauses(lines: 40, height: nil) == [])
        #expect(Self.pauses(lines: 40, height: 10, canAsk: false) == [])
        #expect(!Pager.never.canPause)
    }

    @Test func aNewTurnStartsANewPage() {
        var asked = 0
        var pager = Pager(isOn: true, rows: { 5 }, ask: { _ in asked += 1; return .rest })
        for _ in 0..<3 { pager.willWrite(rows: 1) { "" } }
        pager.startTurn()
        for _ in 0..<4 { pager.willWrite(rows: 1) { "" } }
        #expect(asked == 0)
        pager.willWrite(rows: 1) { "" }
        #expect(asked == 1)
    }

    @Test func theKeysAtThePause() {
        #expect(MoreKey.answer(to: [0x0A]) == .nextPage)
        #expect(MoreKey.answer(to: [0x0D]) == .nextPage)
        #expect(MoreKey.answer(to: Array(" ".utf8)) == .nextPage)
        #expect(MoreKey.answer(to: Array("q".utf8)) == .rest)
        #expect(MoreKey.answer(to: Array("ौ".utf8)) == .rest)
        #expect(MoreKey.answer(to: [0x03]) == .rest)
        #expect(MoreKey.answer(to: []) == .rest)
    }

    @Test func thePromptFitsOneRowOfANarrowWindowInBothLanguages() {
        for language in ["en", "hi"] {
            let words = Vocabulary(language: language, storyCalendar: .old, storyLanguages: ["hi", "en"])
            #expect(DisplayWidth.columns(of: words.morePrompt(decorated: true, width: 80)) > 30)
            #expect(DisplayWidth.columns(of: words.morePrompt(decorated: true, width: 20)) < 20)
            #expect(!words.morePrompt(decorated: false, width: 80).contains("--"))
        }
    }
}
