format 2
# A small act that follows the March act, for the tests of carried games: it carries the March world's
# garrison, hunger and four flags, each player's courage and committee flag, and one flag per March ending.

scenario after-march-1917
  hi: मार्च के बाद: एक छोटा अंक
  en: After March: a small act
  languages hi en
  calendar old
  year 1917
  dates 3 Apr to 5 Apr
  follows march-1917

role worker
  hi: मज़दूर
  en: Worker
  start spring-morning

role soldier
  hi: सैनिक
  en: Soldier
  start spring-morning

role duma
  hi: ड्यूमा सदस्य
  en: Duma deputy
  start spring-morning

world number garrison 0 to 100 = 30
  hi: सरकार के प्रति फ़ौज की आज्ञाकारिता
  en: The garrison's obedience to the government
  carried from garrison
world number hunger 0 to 100 = 70
  hi: भूख
  en: Hunger
  carried from hunger
world flag government = yes
  carried from government
world flag soviet = yes
  carried from soviet
world flag order-one = yes
  carried from order-one
world flag dynasty-ended = yes
  carried from dynasty-ended

player number courage 0 to 10 = 5
  hi: हिम्मत
  en: Courage
  carried from courage
player flag was-on-committee
  carried from w-on-committee
player flag was-delegate
  carried from ending w-delegate, s-deputy
player flag ended-d-committee
  carried from ending d-committee
player flag ended-d-crown
  carried from ending d-crown
player flag ended-d-defiance
  carried from ending d-defiance
player flag ended-d-went-home
  carried from ending d-went-home
player flag ended-d-waiting
  carried from ending d-waiting
player flag ended-s-deputy
  carried from ending s-deputy
player flag ended-s-committee
  carried from ending s-committee
player flag ended-s-village
  carried from ending s-village
player flag ended-s-waited
  carried from ending s-waited
player flag ended-s-held
  carried from ending s-held
player flag ended-w-delegate
  carried from ending w-delegate
player flag ended-w-committee
  carried from ending w-committee
player flag ended-w-republic
  carried from ending w-republic
player flag ended-w-loom
  carried from ending w-loom
player flag ended-w-strike-holds
  carried from ending w-strike-holds
player flag ended-w-strike-crushed
  carried from ending w-strike-crushed

scene spring-morning
  on 3 Apr, morning
  hi: अप्रैल की सुबह है। फ़ौज की आज्ञाकारिता {garrison} है, भूख {hunger}, हिम्मत {courage}।
  en: It is an April morning. The garrison's obedience stands at {garrison}, hunger at {hunger}, courage at {courage}.
  choice go-on
    hi: आगे बढ़ो।
    en: Go on.
    go spring-end

ending spring-end
  hi: अंक यहीं ख़त्म होता है।
  en: The act ends here.
