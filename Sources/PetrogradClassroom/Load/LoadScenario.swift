/// The scenario `benchmark classroom` hosts: one square where workers and soldiers stand for the whole
/// run, three choices that each move the player's clock on by a minute (so a room moves in rounds, as a
/// class does under the clock rules), and a way home that opens only after far more turns than a run
/// takes. Every choice is available at every turn, so a student never runs out of things to do.
public enum LoadScenario {
    /// The scenario's folder name and id.
    public static let id = "classroom-load"

    /// Its one file.
    public static let fileName = "classroom-load.story"

    public static let text = """
        format 2

        scenario classroom-load en: A crowded square
          hi: भरा हुआ चौक
          languages en hi
          dates 23 Feb to 31 Dec

        role worker en: Worker
          hi: मज़दूर
          start square

        role soldier en: Soldier
          hi: सिपाही
          start square

        world number crowd 0 to 1000000 = 0
        player number turns 0 to 1000000 = 0

        scene square en: The square is full of people. You have stood here {turns} times.
          hi: चौक लोगों से भरा है। तुम यहाँ {turns} बार खड़े हो चुके हो।
          on 23 Feb, morning
          choice listen en: Listen to the speaker.
            hi: वक्ता को सुनो।
            add 1 to turns
            advance 1 minutes
            reply en: You listen.
              hi: तुम सुनते हो।
          choice talk en: Talk with your neighbour.
            hi: पड़ोसी से बात करो।
            add 1 to turns
            add 1 to crowd
            advance 1 minutes
            reply en: You talk.
              hi: तुम बात करते हो।
          choice watch en: Watch the street.
            hi: सड़क को देखो।
            add 1 to turns
            advance 1 minutes
            reply en: You watch.
              hi: तुम देखते हो।
          choice home only if turns >= 100000 en: Go home.
            hi: घर जाओ।
            go home

        ending home en: You go home.
          hi: तुम घर जाते हो।
        """
}
