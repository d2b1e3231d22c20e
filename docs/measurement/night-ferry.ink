// The Night Ferry: a short ink story written for docs/format-2-measurement.md.
// A courier must carry a sealed letter across the river before the last ferry sails.

VAR coins = 3
VAR suspicion = 0
VAR has_lantern = false
VAR read_letter = false
VAR knows_password = false
CONST BRIBE = 2
CONST FARE = 1

-> docks

=== docks ===
{The fog has come in off the river.|The fog is thicker now.|You can barely see the water.} The last ferry leaves at midnight, and the letter inside your coat is still dry.
{docks > 2: A watchman's whistle sounds somewhere behind you.}
* [Break the seal and read the letter]
    ~ read_letter = true
    You slide a thumbnail under the wax. The letter is three lines long, and the last line is a name you know.
    ** [Burn it]
        You hold it over a brazier until the name is ash. Now it is only in your head.
        ~ suspicion = suspicion - 1
        -> docks
    ** [Fold it back]
        You press the broken seal down with your thumb. It will not fool anyone who looks twice.
        ~ suspicion = suspicion + 1
        -> docks
* {not has_lantern} [Buy a lantern from the old woman] -> lantern_seller
+ [Go up to the night market] -> market
+ {docks > 1} [Walk down to the ferry gate] -> gate
* [Sit on a bollard and wait]
    You sit. The river knocks against the pilings{suspicion > 0: and a figure in a grey coat watches you from the chandler's door}.
    -> docks

=== lantern_seller ===
The old woman's lanterns hang from a pole like a row of small moons.
"{~Light for the dark, dear?|Buy a light, sweetheart?|You'll want a lantern on that water.}"
* {coins >= FARE} [Pay her a coin]
    ~ coins = coins - 1
    ~ has_lantern = true
    She takes the coin without looking at it. "It burns till dawn," she says. "After that, you're on your own."
    -> docks
* [Ask about the ferry]
    "Ferryman's a cousin of the Watch," she says. "He'll take you across if your papers are clean<>
    {read_letter:, and your hands are cleaner|}."
    -> lantern_seller
* [Walk away]
    "{~Suit yourself.|Mind the fog, then.}"
    -> docks
+ -> docks

=== market ===
{stopping:
 - The night market is a tunnel of canvas and smoke. Fish heads, copper pans, a man selling songs.
 - The market again. The song-seller has moved to the other end.
 - The market. The smoke stings your eyes.
}
{market > 3:
    The stallholders have started to recognise you. That is not good.
    ~ suspicion = suspicion + 1
}
+ [Look for the card-reader] -> fortune
* [Buy a hot pie]
    {coins > 0:
        ~ coins = coins - 1
        It burns your mouth and is the best thing you have eaten all day.
    - else:
        You have no coin for pies. The pie-man looks at you as if you were the fog.
    }
    -> market
* [Listen to the song-seller]
    He sings {&about a drowned bride|about a fisherman's wager|a song with no words at all}.
    -> market
+ {coins < BRIBE} [Pick a pocket] -> pickpocket
+ [Go back down to the docks] -> docks

= pickpocket
You drift behind a fat merchant whose purse swings from his belt like a bell.
* [Cut the string]
    -> haggle_with_fate ->
    ~ coins = coins + 2
    The purse drops into your palm. Two coins. Enough.
    -> market
* [Lose your nerve]
    You walk on past him, your heart hammering.
    -> market
+ -> market

=== fortune ===
{not fortune.first_reading: The card-reader sits under a red awning, shuffling a deck as greasy as the pavement.}
{fortune > 1: "Back again," she says. "The cards don't change their minds."}
-> first_reading

= first_reading
She turns three cards. {~The Drowned Man.|The Tower.|The Ferryman.} {~The Key.|The Lantern.|The Open Door.} {~The Moon.|The Watchman.|The Letter.}
* "What do they mean?"[] you ask.
    "That you'll cross tonight," she says, "{suspicion > 1:if you stop looking over your shoulder|if you keep your head}."
* "What's the password at the gate?"[] you ask.
    She laughs. "That costs more than cards."
    ** {coins >= BRIBE} [Pay her]
        ~ coins = coins - BRIBE
        ~ knows_password = true
        She leans close. "Say 'low tide'. The Watch thinks it's clever."
    ** [Refuse]
        "Then the cards are all you get."
* [Get up and leave]
    She is already shuffling again.
+ -> market
- -> market

=== gate ===
{gate == 1:
    The ferry gate is an iron grille with a sergeant of the Watch behind it, stamping his feet against the cold.
- else:
    The sergeant is still there.{suspicion > 1: He has noticed you coming back.}
}
"Papers," he says. "{&And quick.|I'm not asking twice.|Now.}"
* {knows_password} "Low tide."
    He blinks. Then the grille swings open.
    -> ferry
* [Show him your papers]
    He reads them slowly{has_lantern:, holding them up to your lantern}.
    {suspicion > 1:
        "Wait here," he says, and goes to fetch his captain.
        -> arrest
    - else:
        "Go on, then." He waves you through.
        -> ferry
    }
* {coins >= BRIBE} [Slide him two coins]
    -> haggle_with_fate ->
    ~ coins = coins - BRIBE
    {suspicion > 0:
        He takes the coins, then takes your arm. "Bribing the Watch, is it?"
        -> arrest
    }
    The coins vanish. So does the sergeant, into his hut.
    -> ferry
+ [Step back into the fog] -> docks

=== haggle_with_fate ===
{~A gull screams overhead.|Somewhere a bell rings the quarter.|A cart clatters past on the cobbles.}
{suspicion > 1:
    For a moment you are sure someone has seen you.
    ~ suspicion = suspicion + 1
- else:
    Nobody notices. Nobody ever does.
}
->->

=== ferry ===
The ferry is a flat black barge with a single lamp at its bow.
{has_lantern:
    You hold your lantern high and the ferryman nods at you as an equal.
- else:
    In the dark you miss the plank and soak one boot to the knee.
}
"Fare," says the ferryman.
* {coins >= FARE} [Pay the fare]
    ~ coins = coins - FARE
    -> crossing
* [Tell him you have no money]
    {read_letter:
        "I know who that letter's for," he says quietly. "Get in."
        -> crossing
    - else:
        He pushes off without you.
        -> stranded
    }

=== crossing ===
The far bank comes up out of the fog{has_lantern: in the circle of your lantern's light| all at once, black on black}.
* [Step ashore]
    {read_letter:
        -> delivered_knowing
    - else:
        -> delivered
    }

=== delivered ===
You hand the letter to the woman at the top of the steps. She does not open it. She does not thank you.
You never learn what it said.
-> END

=== delivered_knowing ===
You hand the letter to the woman at the top of the steps. She sees the broken seal and looks at you for a long time.
"Then you know," she says. "Good. Someone should."
-> END

=== arrest ===
The captain of the Watch is a tall man with a kind voice, which is worse.
{read_letter:
    He finds the letter, reads the name, and his kind voice goes away.
- else:
    He finds the letter and does not open it. "We'll see who wants this back," he says.
}
You spend the night in the guardhouse and the ferry sails without you.
-> END

=== stranded ===
The lamp at the bow shrinks to a spark and goes out. You stand on the dock with the letter in your coat until the bells ring one.
-> END
