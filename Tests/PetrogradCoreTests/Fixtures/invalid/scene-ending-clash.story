format 1
# A scene and an ending share an id.

scenario clash
  en: Clash
  languages en

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
    go gate

scene home
  en: Home, a scene.
  go gate

ending home
# expect: 25:8 PG021
  en: Home, an ending.
