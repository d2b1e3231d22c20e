format 1
# Insertions that name nothing.

scenario insertions
  en: Insertions
  languages en

world number strike 0 to 100 = 20
player flag marched

role worker
  en: Worker
  start gate

scene gate
  en: The strike stands at {strik}, on {dat}.
# expect: 16:29 PG020
# expect: 16:41 PG020
  choice leave
    en: Leave {marched} as {role}.
# expect: 20:16 PG030
    go home

ending home
  en: You went home, {nobody}, at strike {strike}.
# expect: 25:23 PG020
