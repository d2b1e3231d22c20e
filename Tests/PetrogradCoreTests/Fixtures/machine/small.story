format 2

scenario small en: A small scenario
  languages en
  calendar old
  dates 1 Jan to 31 Dec

world number strike 0 to 100 = 20
  en: Strike
world number zero 0 to 10 = 0
  en: Zero
world number big -1000000 to 1000000 = 0
  en: Big
player number courage 0 to 5 = 2

role worker en: Worker
  start gate
role soldier en: Soldier
  start barracks

scene gate
  for worker
  on 1 Jan
  en: The gate.
  choice shout en: Shout.
    once
    add 30 to strike
  choice think en: Think.
    if strike > 40
      add 1 to courage
    else if strike > 10
      subtract 1 from courage
    else
      set courage to 5
    end
    add 2 to courage
  choice read en: Read a leaflet.
    go leaflet then square
  choice divide en: Divide.
    only if courage >= 4
    set strike to 100 / zero
  choice sleep en: Sleep a long time.
    only if strike >= 90
    advance 36600 days
  choice gamble en: Gamble.
    chance 30
      en: Won.
      add 10 to strike
      go square
    chance 20
      en: Lost.
      subtract 10 from strike
    otherwise
      add 1 to big
  choice despair en: Despair.
    subtract 2 from courage
  choice maze en: The maze.
    only if courage = 0
    go left
  choice leave en: Leave.
    only if visited square
    go out

scene leaflet en: The leaflet.
  add 1 to courage
  choice fold en: Fold it away.
    return
  choice back en: Read the back.
    go back-page then after-back

scene after-back
  return

scene back-page en: The back page.
  choice done en: Done.
    return

scene square
  on 3 Jan
  en: The square.
  choice back en: Back to the gate.
    go gate
  choice stay en: Stay.
    advance 1 days
    set big to big * 1000 + 7

scene left
  en: Left.
  go right
  choice rest en: Rest.
    only if strike = 100
    go out

scene right
  en: Right.
  go left
  choice rest en: Rest.
    only if strike = 100
    go out

scene barracks
  for soldier
  on 1 Jan
  en: The barracks.
  choice drill en: Drill.
    advance 1 days
  choice march en: March.
    only if strike >= 50
    go out

ending out en: Out.

event rally
  between 2 Jan and 5 Jan
  if strike >= 50
  en: A rally.
  add 5 to strike
  move soldier to square
  otherwise
    en: No rally.
    subtract 5 from strike

event quiet
  between 2 Jan and 3 Jan
  if strike >= 95
  en: Quiet.
  set zero to 1

event dawn
  on 4 Jan
  en: Dawn.
  add 1 to big
  if strike > 30
    add 1 to strike
  end
