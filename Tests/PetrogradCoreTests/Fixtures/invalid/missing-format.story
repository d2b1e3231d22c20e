# The format line is missing: the first statement is 'scenario'.
scenario unformatted
# expect: 2:1 PG002
  en: No format line
  languages en

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
