extension ScenarioGenerator {
    /// The text of a one-role scenario shaped like an ink game, to stress exhaustive search: `flagCount`
    /// independent flags, one set (or not) in each chapter and read `delay` chapters later, and the first
    /// `lateCount` read once more at the very end. Without liveness every combination of flags set so far is
    /// a different state (2^flagCount by the end); with it, a flag stops splitting states once nothing can
    /// read it again, so about 2^(delay + lateCount) states stand in each scene. Deterministic.
    public static func flags(flagCount requested: Int = 36, delay requestedDelay: Int = 10, lateCount requestedLate: Int = 4) -> String {
        let flagCount = max(1, requested)
        let delay = min(max(1, requestedDelay), flagCount)
        let lateCount = min(max(0, requestedLate), flagCount)
        var text = """
            format 1
            scenario flags
              en: Flags
              hi: झंडे
              languages en hi
              calendar old
              dates 1 Jan to 31 Dec
            role r0
              en: Role
              hi: भूमिका
              start c0
            ending end
              for r0
              en: The end.
              hi: अंत।
              debrief
                en: What happened.
                hi: क्या हुआ।
            place square
              en: The square
              hi: चौक

            """
        text.reserveCapacity(flagCount * 600)
        for flag in 0..<flagCount { text += "player number f\(flag) 0 to 1 = 0\n" }
        /// A scene where the player remembers flag `read` or not (both guards read it), then goes on.
        func reading(_ scene: String, _ read: Int?, next: String) -> String {
            var text = "scene \(scene)\n  for r0\n  on 1 Mar\n  at square\n  en: The city waits.\n  hi: शहर इंतज़ार करता है।\n"
            guard let read else { return text + "  choice on\n    en: Go on.\n    hi: आगे बढ़ो।\n    go \(next)\n" }
            text += "  choice remember\n    en: Remember.\n    hi: याद करो।\n    only if f\(read) = 1\n    go \(next)\n"
            text += "  choice forget\n    en: Forget.\n    hi: भूल जाओ।\n    only if f\(read) = 0\n    go \(next)\n"
            return text
        }
        for chapter in 0..<flagCount {
            text += "scene c\(chapter)\n  for r0\n  on 1 Mar\n  at square\n  en: Chapter \(chapter).\n  hi: अध्याय \(chapter)।\n"
            text += "  choice take\n    en: Take part.\n    hi: भाग लो।\n    set f\(chapter) to 1\n    go r\(chapter)\n"
            text += "  choice pass\n    en: Stay away.\n    hi: दूर रहो।\n    go r\(chapter)\n"
            let next = chapter + 1 < flagCount ? "c\(chapter + 1)" : "t\(flagCount - delay)"
            text += reading("r\(chapter)", chapter >= delay ? chapter - delay : nil, next: next)
        }
        // The flags still unread are read in the last chapters, then the first ones once more at the end.
        for flag in (flagCount - delay)..<flagCount {
            text += reading("t\(flag)", flag, next: flag + 1 < flagCount ? "t\(flag + 1)" : "l0")
        }
        for flag in 0..<lateCount {
            text += reading("l\(flag)", flag, next: flag + 1 < lateCount ? "l\(flag + 1)" : "end")
        }
        if lateCount == 0 { text += reading("l0", nil, next: "end") }
        return text
    }
}
