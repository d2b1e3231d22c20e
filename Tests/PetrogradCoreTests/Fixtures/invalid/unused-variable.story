format 1
# Variables declared but never used.

scenario unused
  en: Unused
  languages en

world number hunger 0 to 100 = 60
# expect: 8:14 PG052
world number strike 0 to 100 = 20
player flag marched
# expect: 11:13 PG052

role worker
  en: Worker
  start gate

scene gate
  en: The mill gate; the strike stands at {strike}.
  choice leave
    en: Leave.
    go home

ending home
  en: You went home.
