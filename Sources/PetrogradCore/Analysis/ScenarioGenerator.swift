/// Writes synthetic scenarios shaped like the real act, for benchmarks: 3 roles, 10 world and 5 player
/// variables, 3 choices per scene guarded by conditions over 2–3 variables, effects on 1–3 variables, a
/// chance roll in one scene of ten and a world event every ten scenes. Deterministic for a given size.
public enum ScenarioGenerator {
    /// The text of a one-file scenario with `sceneCount` scenes (at least 3).
    public static func scenario(sceneCount requested: Int) -> String {
        let sceneCount = max(3, requested)
        var text = """
            format 1
            scenario synthetic
              en: Synthetic scenario
              hi: कृत्रिम परिदृश्य
              languages en hi
              calendar old
              dates 1 Jan to 31 Dec

            """
        text.reserveCapacity(sceneCount * 700)
        for role in 0..<3 {
            text += "role r\(role)\n  en: Role \(role)\n  hi: भूमिका \(role)\n  start s\(role)\n"
            text += "ending end\(role)\n  for r\(role)\n  en: The end for role \(role).\n  hi: भूमिका \(role) का अंत।\n  debrief\n    en: What happened.\n    hi: क्या हुआ।\n"
        }
        for index in 0..<10 { text += "world number w\(index) 0 to 100 = \(index * 10)\n  en: World \(index)\n  hi: विश्व \(index)\n" }
        for index in 0..<5 { text += "player number p\(index) 0 to 10 = 5\n" }
        text += "place square\n  en: The square\n  hi: चौक\n"
        for scene in 0..<sceneCount {
            let role = scene % 3
            let day = 1 + scene * 360 / sceneCount
            text += "scene s\(scene)\n  for r\(role)\n  on \(day % 28 + 1) \(["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"][min(11, day / 30)])\n  at square\n"
            text += "  en: Scene \(scene): the strike stands at {w1}.\n  hi: दृश्य \(scene): हड़ताल {w1} पर है।\n"
            let a = scene % 10, b = (scene + 3) % 10, c = scene % 5
            func target(_ step: Int) -> String { scene + step < sceneCount ? "s\(scene + step)" : "end\(role)" }
            text += "  choice a\n    en: Go on.\n    hi: आगे बढ़ो।\n    only if w\(a) > 50 and p\(c) < 5\n    add 5 to w\(a)\n    go \(target(3))\n"
            text += "  choice b\n    en: Wait.\n    hi: रुको।\n    only if w\(a) <= 50 or p\(c) >= 5 or w\(b) = 7\n    subtract 3 from w\(b)\n    add 1 to p\(c)\n    go \(target(6))\n"
            text += "  choice c\n    en: Think.\n    hi: सोचो।\n    set w\(b) to w\(a) + 1\n    add 1 to w\(a)\n    subtract 1 from p\(c)\n"
            if scene % 10 == 0 {
                text += "    chance 40\n      en: Lucky.\n      hi: भाग्य।\n      go \(target(3))\n    otherwise\n      go \(target(6))\n"
            } else {
                text += "    go \(target(3))\n"
            }
            if scene % 10 == 5 {
                text += "event e\(scene)\n  on \(day % 28 + 1) \(["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"][min(11, day / 30)]), noon\n  if w\(b) > 30\n  en: Something happens.\n  hi: कुछ होता है।\n  add 2 to w\(a)\n  otherwise\n    subtract 2 from w\(a)\n"
            }
        }
        return text
    }
}
