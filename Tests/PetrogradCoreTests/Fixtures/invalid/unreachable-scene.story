format 1
# A scene that nothing leads to.

scenario island
  en: Island
  languages en

role worker
  en: Worker
  start gate

scene gate
  en: The mill gate.
  choice leave
    en: Leave.
    go home

scene island
# expect: 18:7 PG051
  en: No one ever comes here.
  go home

ending home
  en: You went home.
