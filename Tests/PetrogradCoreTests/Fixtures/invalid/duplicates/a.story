format 1
# The first declarations; b.story declares the same ids again.

scenario twice
  en: Declared twice
  languages en

world number hunger 0 to 100 = 60

role worker
  en: Worker
  start gate

scene gate
  en: The mill gate, at hunger {hunger}.
  choice leave
    en: Leave.
    go home

ending home
  en: You went home.
