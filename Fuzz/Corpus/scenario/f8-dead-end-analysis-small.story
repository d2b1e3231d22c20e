format 1

scenario slow
  en: Slow dead-end analysis
  languages en

role r
  en: R
  start s0

world number v0 0 to 9 = 0
  en: v0
world number v1 0 to 9 = 0
  en: v1
world number v2 0 to 9 = 0
  en: v2
world number v3 0 to 9 = 0
  en: v3
world number v4 0 to 9 = 0
  en: v4
world number v5 0 to 9 = 0
  en: v5

scene s0
  for r
  en: Many guards.

  choice c0
    en: Try.
    only if v0 = 0 and v1 = 1 and v2 = 2 and v3 = 3 and v4 = 4 and v5 = 0 and v0 = 1 and v1 = 2 and v2 = 3 and v3 = 4 and v4 = 0 and v5 = 1 and v0 = 2 and v1 = 3 and v2 = 4 and v3 = 0 and v4 = 1 and v5 = 2 and v0 = 3 and v1 = 4 and v2 = 0 and v3 = 1 and v4 = 2 and v5 = 3 and no
    add 1 to v0
    go end

  choice c1
    en: Try.
    only if v1 = 0 and v2 = 1 and v3 = 2 and v4 = 3 and v5 = 4 and v0 = 0 and v1 = 1 and v2 = 2 and v3 = 3 and v4 = 4 and v5 = 0 and v0 = 1 and v1 = 2 and v2 = 3 and v3 = 4 and v4 = 0 and v5 = 1 and v0 = 2 and v1 = 3 and v2 = 4 and v3 = 0 and v4 = 1 and v5 = 2 and v0 = 3 and no
    add 1 to v1
    go end

  choice c2
    en: Try.
    only if v2 = 0 and v3 = 1 and v4 = 2 and v5 = 3 and v0 = 4 and v1 = 0 and v2 = 1 and v3 = 2 and v4 = 3 and v5 = 4 and v0 = 0 and v1 = 1 and v2 = 2 and v3 = 3 and v4 = 4 and v5 = 0 and v0 = 1 and v1 = 2 and v2 = 3 and v3 = 4 and v4 = 0 and v5 = 1 and v0 = 2 and v1 = 3 and no
    add 1 to v2
    go end

  choice c3
    en: Try.
    only if v3 = 0 and v4 = 1 and v5 = 2 and v0 = 3 and v1 = 4 and v2 = 0 and v3 = 1 and v4 = 2 and v5 = 3 and v0 = 4 and v1 = 0 and v2 = 1 and v3 = 2 and v4 = 3 and v5 = 4 and v0 = 0 and v1 = 1 and v2 = 2 and v3 = 3 and v4 = 4 and v5 = 0 and v0 = 1 and v1 = 2 and v2 = 3 and no
    add 1 to v3
    go end

  choice c4
    en: Try.
    only if v4 = 0 and v5 = 1 and v0 = 2 and v1 = 3 and v2 = 4 and v3 = 0 and v4 = 1 and v5 = 2 and v0 = 3 and v1 = 4 and v2 = 0 and v3 = 1 and v4 = 2 and v5 = 3 and v0 = 4 and v1 = 0 and v2 = 1 and v3 = 2 and v4 = 3 and v5 = 4 and v0 = 0 and v1 = 1 and v2 = 2 and v3 = 3 and no
    add 1 to v4
    go end

  choice c5
    en: Try.
    only if v5 = 0 and v0 = 1 and v1 = 2 and v2 = 3 and v3 = 4 and v4 = 0 and v5 = 1 and v0 = 2 and v1 = 3 and v2 = 4 and v3 = 0 and v4 = 1 and v5 = 2 and v0 = 3 and v1 = 4 and v2 = 0 and v3 = 1 and v4 = 2 and v5 = 3 and v0 = 4 and v1 = 0 and v2 = 1 and v3 = 2 and v4 = 3 and no
    add 1 to v5
    go end

  choice c6
    en: Try.
    only if v0 = 0 and v1 = 1 and v2 = 2 and v3 = 3 and v4 = 4 and v5 = 0 and v0 = 1 and v1 = 2 and v2 = 3 and v3 = 4 and v4 = 0 and v5 = 1 and v0 = 2 and v1 = 3 and v2 = 4 and v3 = 0 and v4 = 1 and v5 = 2 and v0 = 3 and v1 = 4 and v2 = 0 and v3 = 1 and v4 = 2 and v5 = 3 and no
    add 1 to v0
    go end

  choice c7
    en: Try.
    only if v1 = 0 and v2 = 1 and v3 = 2 and v4 = 3 and v5 = 4 and v0 = 0 and v1 = 1 and v2 = 2 and v3 = 3 and v4 = 4 and v5 = 0 and v0 = 1 and v1 = 2 and v2 = 3 and v3 = 4 and v4 = 0 and v5 = 1 and v0 = 2 and v1 = 3 and v2 = 4 and v3 = 0 and v4 = 1 and v5 = 2 and v0 = 3 and no
    add 1 to v1
    go end

  choice out
    en: Leave.
    only if yes
    go end

ending end
  en: End.
