format 1
# Misspelt keywords: each is reported, with the keyword it most likely meant.

scenario misspelt
  en: Misspelt
  languages en
  calender old
# expect: 7:3 PG010

role worker
  en: Worker
  start gate

scene gate
  en: The mill gate.
  choice leave
    en: Leave.
    go home
  choice stay
    en: Stay.
    got home
# expect: 21:5 PG010
  marching on
# expect: 23:3 PG010
  choise wait
# expect: 25:3 PG010

ending home
  en: You went home.
