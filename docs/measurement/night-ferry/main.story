format 2
# The Night Ferry, ported from docs/measurement/night-ferry.ink for docs/format-2-measurement.md.

scenario night-ferry en: The Night Ferry
  languages en

role courier en: Courier
  start docks

player number coins 0 to 9 = 3
player number suspicion -3 to 9 = 0
player flag has-lantern
player flag read-letter
player flag knows-password
player flag fed
constant bribe = 2
constant fare = 1

text haggle en: {shuffle}A gull screams overhead.{or}Somewhere a bell rings the quarter.{or}A cart clatters past on the cobbles.{end} {if suspicion > 1}For a moment you are sure someone has seen you.{else}Nobody notices. Nobody ever does.{end}

scene docks en: {stopping}The fog has come in off the river.{or}The fog is thicker now.{or}You can barely see the water.{end} The last ferry leaves at midnight, and the letter inside your coat is still dry.{if visits docks > 2} A watchman's whistle sounds somewhere behind you.{end}
  choice read once en: Break the seal and read the letter.
    set read-letter
    go letter
  choice lantern once only if not has-lantern en: Buy a lantern from the old woman.
    go lantern-seller
  choice market en: Go up to the night market.
    go market
  choice gate only if visits docks > 1 en: Walk down to the ferry gate.
    go gate
  choice wait once en: Sit on a bollard and wait.
    reply en: You sit. The river knocks against the pilings{if suspicion > 0} and a figure in a grey coat watches you from the chandler's door{end}.
    go docks

scene letter en: You slide a thumbnail under the wax. The letter is three lines long, and the last line is a name you know.
  choice burn en: Burn it.
    subtract 1 from suspicion
    reply en: You hold it over a brazier until the name is ash. Now it is only in your head.
    go docks
  choice fold en: Fold it back.
    add 1 to suspicion
    reply en: You press the broken seal down with your thumb. It will not fool anyone who looks twice.
    go docks

scene lantern-seller
  en: The old woman's lanterns hang from a pole like a row of small moons.

    "{shuffle}Light for the dark, dear?{or}Buy a light, sweetheart?{or}You'll want a lantern on that water.{end}"
  go docks
  choice pay once only if coins >= fare en: Pay her a coin.
    subtract 1 from coins
    set has-lantern
    reply en: She takes the coin without looking at it. "It burns till dawn," she says. "After that, you're on your own."
    go docks
  choice ask once en: Ask about the ferry.
    reply en: "Ferryman's a cousin of the Watch," she says. "He'll take you across if your papers are clean{if read-letter}, and your hands are cleaner{end}."
    go lantern-seller
  choice leave once en: Walk away.
    reply en: "{shuffle}Suit yourself.{or}Mind the fog, then.{end}"
    go docks

scene market en: {stopping}The night market is a tunnel of canvas and smoke. Fish heads, copper pans, a man selling songs.{or}The market again. The song-seller has moved to the other end.{or}The market. The smoke stings your eyes.{end}{if visits market > 3} The stallholders have started to recognise you. That is not good.{end}
  if visits market > 3
    add 1 to suspicion
  end
  choice fortune en: Look for the card-reader.
    go fortune
  choice pie once en: Buy a hot pie.
    if coins > 0
      subtract 1 from coins
      set fed
    end
    reply en: {if fed}It burns your mouth and is the best thing you have eaten all day.{else}You have no coin for pies. The pie-man looks at you as if you were the fog.{end}
    go market
  choice song once en: Listen to the song-seller.
    reply en: He sings {cycle}about a drowned bride{or}about a fisherman's wager{or}a song with no words at all{end}.
    go market
  choice pick only if coins < bribe en: Pick a pocket.
    go pickpocket
  choice back en: Go back down to the docks.
    go docks

scene pickpocket en: You drift behind a fat merchant whose purse swings from his belt like a bell.
  go market
  choice cut once en: Cut the string.
    if suspicion > 1
      add 1 to suspicion
    end
    add 2 to coins
    reply en: {haggle} The purse drops into your palm. Two coins. Enough.
    go market
  choice nerve once en: Lose your nerve.
    reply en: You walk on past him, your heart hammering.
    go market

scene fortune
  en: {if visits fortune = 1}The card-reader sits under a red awning, shuffling a deck as greasy as the pavement.{else}"Back again," she says. "The cards don't change their minds."{end}

    She turns three cards. {shuffle}The Drowned Man.{or}The Tower.{or}The Ferryman.{end} {shuffle}The Key.{or}The Lantern.{or}The Open Door.{end} {shuffle}The Moon.{or}The Watchman.{or}The Letter.{end}
  go market
  choice meaning once en: "What do they mean?"
    reply en: "What do they mean?" you ask. "That you'll cross tonight," she says, "{if suspicion > 1}if you stop looking over your shoulder{else}if you keep your head{end}."
    go market
  choice password once en: "What's the password at the gate?"
    reply en: "What's the password at the gate?" you ask.
    go password
  choice leave once en: Get up and leave.
    reply en: She is already shuffling again.
    go market

scene password en: She laughs. "That costs more than cards."
  continues
  choice pay only if coins >= bribe en: Pay her.
    subtract bribe from coins
    set knows-password
    reply en: She leans close. "Say 'low tide'. The Watch thinks it's clever."
    go market
  choice refuse en: Refuse.
    reply en: "Then the cards are all you get."
    go market

scene gate
  en: {if visits gate = 1}The ferry gate is an iron grille with a sergeant of the Watch behind it, stamping his feet against the cold.{else}The sergeant is still there.{if suspicion > 1} He has noticed you coming back.{end}{end}

    "Papers," he says. "{cycle}And quick.{or}I'm not asking twice.{or}Now.{end}"
  choice password once only if knows-password en: "Low tide."
    reply en: "Low tide." He blinks. Then the grille swings open.
    go ferry
  # The same choice twice, because where it leads depends on suspicion (no 'go … if' yet).
  choice papers-suspect only if suspicion > 1 en: Show him your papers.
    reply en: He reads them slowly{if has-lantern}, holding them up to your lantern{end}. "Wait here," he says, and goes to fetch his captain.
    go arrest
  choice papers only if suspicion <= 1 en: Show him your papers.
    reply en: He reads them slowly{if has-lantern}, holding them up to your lantern{end}. "Go on, then." He waves you through.
    go ferry
  choice bribe-suspect only if coins >= bribe and suspicion > 0 en: Slide him two coins.
    if suspicion > 1
      add 1 to suspicion
    end
    subtract bribe from coins
    reply en: {haggle} He takes the coins, then takes your arm. "Bribing the Watch, is it?"
    go arrest
  choice bribe only if coins >= bribe and suspicion <= 0 en: Slide him two coins.
    subtract bribe from coins
    reply en: {haggle} The coins vanish. So does the sergeant, into his hut.
    go ferry
  choice back en: Step back into the fog.
    go docks

scene ferry
  en: The ferry is a flat black barge with a single lamp at its bow. {if has-lantern}You hold your lantern high and the ferryman nods at you as an equal.{else}In the dark you miss the plank and soak one boot to the knee.{end}

    "Fare," says the ferryman.
  choice pay only if coins >= fare en: Pay the fare.
    subtract fare from coins
    go crossing
  choice broke-known only if read-letter en: Tell him you have no money.
    reply en: "I know who that letter's for," he says quietly. "Get in."
    go crossing
  choice broke only if not read-letter en: Tell him you have no money.
    reply en: He pushes off without you.
    go stranded

scene crossing en: The far bank comes up out of the fog{if has-lantern} in the circle of your lantern's light{else} all at once, black on black{end}.
  choice ashore en: Step ashore.
    go delivered

ending delivered en: You hand the letter to the woman at the top of the steps. {if read-letter}She sees the broken seal and looks at you for a long time. "Then you know," she says. "Good. Someone should."{else}She does not open it. She does not thank you. You never learn what it said.{end}

ending arrest en: The captain of the Watch is a tall man with a kind voice, which is worse. {if read-letter}He finds the letter, reads the name, and his kind voice goes away.{else}He finds the letter and does not open it. "We'll see who wants this back," he says.{end} You spend the night in the guardhouse and the ferry sails without you.

ending stranded en: The lamp at the bow shrinks to a spark and goes out. You stand on the dock with the letter in your coat until the bells ring one.
