format 1
# Dates and times that do not exist, and windows that end before they begin.

scenario calendar
  en: Calendar
  languages en
  dates 23 Feb to 28 Feb

role worker
  en: Worker
  start gate

scene gate
  on 30 Feb
# expect: 14:6 PG034
  en: The mill gate.
  choice leave
    en: Leave.
    only if before 29 Feb 1917
# expect: 19:20 PG034
    go home
  choice wait
    en: Wait.
    only if after 24 Feb, 25:00
# expect: 24:27 PG034
    go home

ending home
  en: You went home.

# 1900 was a leap year in the Julian calendar, but not in the Gregorian.
event leap-day
  on 29 Feb 1900 new
# expect: 33:6 PG034
  en: A day that never was.

event backwards
  between 26 Feb and 25 Feb
# expect: 38:22 PG034
  en: A window that closes before it opens.
