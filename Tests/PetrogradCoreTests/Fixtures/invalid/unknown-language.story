format 1
# A text line in a language the scenario does not promise.

scenario languages
  en: Languages
  languages en

role worker
  en: Worker
  fr: Ouvrier
# expect: 10:3 PG054
  start gate

scene gate
  en: The mill gate.
  ru: Заводские ворота.
# expect: 16:3 PG054
  choice leave
    en: Leave.
    go home

ending home
  en: You went home.
