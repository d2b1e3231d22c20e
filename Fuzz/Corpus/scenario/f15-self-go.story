format 1

scenario selfgo
  en: A scene that leads to itself
  languages en

role r
  en: R
  start s0

scene s0
  for r
  en: Round and round.
  go s0

ending never
  en: Never reached.
