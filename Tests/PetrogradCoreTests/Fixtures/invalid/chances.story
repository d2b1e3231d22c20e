format 1
# Chances that add up to more than 100, and a chance above 100.

scenario dice
  en: Dice
  languages en

role worker
  en: Worker
  start gate

scene gate
  en: The mill gate.
  choice ice
    en: Cross the ice.
    chance 70
# expect: 16:5 PG032
      en: The ice holds.
      go home
    chance 40
      en: The ice cracks.
      go home
  choice bridge
    en: Cross the bridge.
    chance 150
# expect: 25:5 PG010
# expect: 25:5 PG032
      go home
  choice fair
    en: Toss a coin.
    chance 50
      go home
    otherwise
      go home

ending home
  en: You went home.
