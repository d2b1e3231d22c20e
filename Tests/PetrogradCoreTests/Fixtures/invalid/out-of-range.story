format 1
# Numbers outside a variable's declared range.

scenario ranges
  en: Ranges
  languages en

world number hunger 0 to 100 = 150
# expect: 8:32 PG031
player number courage 0 to 10 = -1
# expect: 10:33 PG031

role worker
  en: Worker
  start gate

scene gate
  en: The mill gate.
  choice feast
    en: Feast.
    set hunger to 101
# expect: 21:19 PG031
    set courage to 10
    go home
  choice fear
    en: Fear.
    only if courage < 200
# expect: 27:23 PG031
    set courage to -3
# expect: 29:20 PG031
    go home

ending home
  en: You went home.
