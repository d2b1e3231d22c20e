format 1
# Dead ends are judged from the declared ranges.

scenario stuck
  en: Stuck
  languages en

world number hunger 0 to 100 = 60
world number strike 0 to 100 = 20

role worker
  en: Worker
  start gate

scene gate
  en: The mill gate.
  choice a
    en: To the bakery.
    go bakery
  choice b
    en: To the square.
    go square
  choice c
    en: To the bridge.
    go bridge

# Reported: when hunger and strike are both 50 or less, no choice is available.
scene bakery
# expect: 28:7 PG040
  en: The bakery queue.
  choice riot
    en: Riot.
    only if hunger > 50
    go home
  choice walk-out
    en: Strike.
    only if strike > 50
    go home

# Not reported: whatever hunger is, one of the two guards holds.
scene square
  en: The square.
  choice riot
    en: Riot.
    only if hunger > 50
    go home
  choice wait
    en: Wait.
    only if hunger <= 50
    go home

# Reported: no choices and no 'go'.
scene bridge
# expect: 53:7 PG040
  en: The bridge, and nothing to do.

ending home
  en: You went home.
