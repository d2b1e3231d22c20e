format 1

scenario y1
  en: The first day of year 1
  languages en
  calendar old
  year 1
  dates 1 Jan to 2 Jan

role scribe
  en: Scribe
  start first-day

scene first-day
  for scribe
  on 1 Jan, dawn
  en: It is 1 January 1, Old Style: 30 December 0, New Style.

  choice wait
    en: Wait.
    advance 1 hours

  choice go-home
    en: Go home.
    go home

ending home
  en: Home.
