format 1
# Every id here is already declared in a.story.

player number hunger 0 to 10 = 5
# expect: 4:15 PG021

role worker
# expect: 7:6 PG021
  en: Worker again
  start gate

scene gate
# expect: 12:7 PG021
  en: Another mill gate.
  choice leave
    en: Leave.
    go home

ending home
# expect: 19:8 PG021
  en: You went home again.
