format 1

scenario y9999
  en: The last night of year 9999
  languages en
  calendar new
  year 9999
  dates 31 Dec to 31 Dec

role clerk
  en: Clerk
  start last-night

scene last-night
  for clerk
  on 31 Dec, night
  en: The year is ending.

  choice wait
    en: Wait four hours.
    advance 4 hours
    go morning

scene morning
  for clerk
  en: A new year, or none.

  choice stop
    en: Stop.
    go done

ending done
  en: Done.
