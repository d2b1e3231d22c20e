format 1
# A world event can only look at the world and the date.

scenario city
  en: The city
  languages en

world number strike 0 to 100 = 20
player number courage 0 to 10 = 5

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

event rising
  on 24 Feb
  if courage > 3 or visited gate
# expect: 26:6 PG033
# expect: 26:21 PG033
  en: The city rises.
  add 1 to courage
# expect: 30:12 PG033
  add 5 to strike
