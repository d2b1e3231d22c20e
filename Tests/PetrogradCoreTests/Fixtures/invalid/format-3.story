format 3
# expect: 1:1 PG002
# A format this version cannot read.

scenario future
  en: From the future
  languages en

role worker
  en: Worker
  start gate

scene gate
  en: The mill gate.
  choice leave
    en: Leave.
    go home

ending home
  en: You went home.
