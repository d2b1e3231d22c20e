format 1
# Names that are used but never declared.

scenario unknown
  en: Unknown names
  languages en

world number hunger 0 to 100 = 60
world number strike 0 to 100 = 20

role worker
  en: Worker
  start gate

place vyborg
  en: The Vyborg side

scene gate
  for workers
# expect: 19:7 PG020
  at vyborgg
# expect: 21:6 PG020
  en: The mill gate. Hunger {hunger}, strike {strike}.
  choice leave
    en: Leave.
    only if hungr > 50
# expect: 26:13 PG020
    add 5 to strik
# expect: 28:14 PG020
    go hom
# expect: 30:8 PG020
  choice stay
    en: Stay.
    only if visited gates
# expect: 34:21 PG020
    go nowhere-at-all
# expect: 36:8 PG020

ending home
  en: You went home.
