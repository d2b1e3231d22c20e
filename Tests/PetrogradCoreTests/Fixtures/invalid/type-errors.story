format 1
# Flags used as numbers, numbers used as conditions.

scenario types
  en: Types
  languages en

world number hunger 0 to 100 = 60
player flag marched

role worker
  en: Worker
  start gate

scene gate
  en: The mill gate.
  choice march
    en: March.
    only if marched > 1
# expect: 19:13 PG030
    add 1 to marched
# expect: 21:14 PG030
    go home
  choice eat
    en: Eat.
    only if hunger
# expect: 26:13 PG030
    set hunger to marched
# expect: 28:19 PG030
    go home
  choice shout
    en: Shout.
    only if hunger > 50 and 3
# expect: 33:29 PG030
    set marched to 7
# expect: 35:20 PG030
    go home

ending home
  en: You went home.
