extension ScenarioGenerator {
    /// A one-scene scenario for measuring long sessions: a choice that can be taken for ever, which
    /// moves the clock on, counts, changes a world value and writes a journal line whose words vary (a
    /// `{cycle}`), so every turn grows the action log and the journal and moves text on.
    public static let longSession = """
        format 2

        scenario long-session en: A long wait
          hi: लंबा इंतज़ार
          languages en hi
          dates 23 Feb to 31 Dec

        role waiter en: Waiter
          hi: प्रतीक्षक
          start queue

        world number bread 0 to 1000000 = 0
        player number waits 0 to 1000000 = 0

        scene queue en: {cycle}The queue is long.{or}The queue is longer.{end} Waited {waits} times.
          hi: {cycle}कतार लंबी है।{or}कतार और लंबी है।{end} {waits} बार इंतज़ार किया।
          on 23 Feb, morning
          choice wait en: Wait a little longer.
            hi: थोड़ा और रुको।
            add 1 to waits
            add 1 to bread
            advance 1 minutes
            reply en: {cycle}You wait.{or}You wait again.{or}Snow falls.{end}
              hi: {cycle}तुम रुकती हो।{or}तुम फिर रुकती हो।{or}बर्फ़ गिरती है।{end}
            journal en: {cycle}I waited.{or}I waited again.{end} ({waits})
              hi: {cycle}मैं रुकी।{or}मैं फिर रुकी।{end} ({waits})
          choice leave en: Go home.
            hi: घर जाओ।
            go home

        ending home en: You go home.
          hi: तुम घर जाती हो।
        """
}
