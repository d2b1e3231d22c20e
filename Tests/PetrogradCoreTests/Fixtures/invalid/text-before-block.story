format 1
# Text must belong to a block; here it comes before any.
en: A cold morning in Petrograd.
# expect: 3:1 PG011

scenario stray
  en: Stray text
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
