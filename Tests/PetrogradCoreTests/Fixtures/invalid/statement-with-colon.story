format 1
# A statement written like a text line, with a colon after its keyword.

scenario colon
  en: Colons
  languages en

role worker
  en: Worker
  start gate

scene: gate
# expect: 12:6 PG010
  en: The mill gate.
  choice leave
    en: Leave.
    go: home
# expect: 17:5 PG010

ending home
  en: You went home.
