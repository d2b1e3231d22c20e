format 1
# An insertion that is never closed.

scenario braces
  hi: कोष्ठक
  en: Braces
  languages hi en

world number strike 0 to 100 = 20

role worker
  hi: मज़दूर
  en: Worker
  start gate

scene gate
  hi: हड़ताल {strike पर है।
# expect: 17:12 PG010
  en: The strike stands at {strike.
# expect: 19:28 PG010
  choice leave
    hi: चले जाओ। {{यह ठीक है}}
    en: Leave. {{This is fine}}
    go home

ending home
  hi: हड़ताल {strike} पर थी, तुम घर लौट आईं।
  en: The strike stood at {strike}; you went home.
