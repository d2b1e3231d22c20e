import PetrogradCore

/// The words for the journal's dates, a locked choice's needs, the ending shown again, and the summary of
/// the city beside history.
extension Vocabulary {
    /// A short date in the story's calendar, for lines that already sit under a full date: "28 February,
    /// 09:00", "28 फ़रवरी, 09:00".
    public func shortDate(_ moment: Moment) -> String {
        let date = moment.date(in: storyCalendar)
        var text = "\(date.day) \((isHindi ? Self.hindiMonths : Self.englishMonths)[date.month - 1])"
        if !DateFormatting.showsBothCalendars(moment, storyCalendar: storyCalendar) { text += " \(date.year)" }
        if moment.minuteOfDay != 0 { text += ", " + DateFormatting.clock(moment) }
        return text
    }

    /// After a journal line the player learned of later than it happened.
    public func heard(_ moment: Moment) -> String {
        isHindi ? "(ख़बर मिली: \(shortDate(moment)))" : "(heard on \(shortDate(moment)))"
    }

    /// What a locked choice needs, in words.
    public func needs(_ words: String) -> String { isHindi ? "इसके लिए चाहिए: \(words)" : "needs: \(words)" }

    /// The locked marker with what the choice needs inside it, for the menu.
    public func lockedMarker(needing words: String) -> String {
        isHindi ? "(अभी संभव नहीं; चाहिए: \(words))" : "(not possible now; needs: \(words))"
    }

    public var endingNotYet: String {
        isHindi ? "तुम्हारी कहानी अभी पूरी नहीं हुई; अंत तक पहुँचकर 'अंत' फिर से सब दिखाएगा।"
            : "Your story has not ended yet; once it has, 'ending' shows the ending again."
    }

    public var historyHeading: String { isHindi ? "तुम्हारा शहर और इतिहास" : "Your city and history" }
    public var asInHistory: String { isHindi ? "इतिहास की तरह हुआ:" : "As in history:" }
    public var otherwiseInYourCity: String { isHindi ? "तुम्हारे शहर में अलग हुआ:" : "Otherwise in your city:" }
    public var cityAtTheEnd: String { isHindi ? "अंत में शहर:" : "The city at the end:" }
    public func instead(_ text: String) -> String { isHindi ? "इसके बदले: \(text)" : "Instead: \(text)" }
    public var didNotHappen: String { isHindi ? "यह नहीं हुआ।" : "It did not happen." }
    public var notReached: String {
        isHindi ? "इसकी तारीख़ आने से पहले तुम्हारी कहानी पूरी हो गई।" : "Your story ended before its date."
    }
    public func changedByBranch(_ branch: String) -> String {
        isHindi ? "शाखा '\(branch)' ने इसे बदल दिया।" : "The branch '\(branch)' changed it."
    }

    /// Why an event went as it did: the condition that held (as in history, or a branch's), or the one
    /// that was needed and did not hold.
    public func why(_ reason: String, held: Bool) -> String {
        switch (held, isHindi) {
        case (true, false): "Why: \(reason)."
        case (false, false): "Why: it needed \(reason)."
        case (true, true): "क्यों: \(reason)।"
        case (false, true): "क्यों: इसके लिए चाहिए था: \(reason)।"
        }
    }

    /// The help line for `ending`.
    var endingHelp: (String, String, String) {
        ("ending", "अंत", isHindi ? "अपना अंत, इतिहास की बात और अपने शहर की तुलना फिर से देखो" : "show your ending, the debrief and your city beside history again")
    }
}
