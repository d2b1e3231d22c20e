format 1
# Promised languages: every text should have them all.

scenario bilingual
  hi: द्विभाषी
  en: Bilingual
  languages hi en

role worker
  hi: मज़दूर
  en: Worker
  start gate

scene gate
# expect: 14:1 PG050
  en: The mill gate.
  choice leave
    hi: चले जाओ।
    en: Leave.
    go home
  choice stay
# expect: 21:3 PG050
    hi: रुको।
    go home

ending home
  hi: तुम घर लौट आईं।
  en: You went home.
  debrief
# expect: 29:3 PG050
    en: The strike grew.
