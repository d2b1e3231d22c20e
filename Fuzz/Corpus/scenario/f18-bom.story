format 1
# A one-role scenario: a worker at the Liteiny bridge.

scenario bridge
  hi: लितेइनी पुल
  en: The Liteiny Bridge
  languages hi en
  calendar old
  dates 23 Feb to 24 Feb

role worker
  hi: मज़दूर
  en: Worker
  start at-the-bridge

place liteiny
  hi: लितेइनी पुल
  en: The Liteiny bridge

world number strike 0 to 100 = 20
  hi: हड़ताल
  en: Strike
player flag crossed

scene at-the-bridge
  for worker
  on 23 Feb, afternoon
  at liteiny
  hi: पुलिस ने पुल रोक रखा है। हड़ताल का आकार अब {strike} है।
  en: Police hold the bridge. The strike now stands at {strike}.
  note
    hi: जब पुल रोके गए, भीड़ जमी हुई नेवा पर चलकर केंद्र तक पहुँची।
    en: When the bridges were held, crowds walked across the frozen Neva.
  source Dossier 1.2, 23 Feb

  choice ice
    hi: बर्फ़ पर से पार करो।
    en: Cross on the ice.
    set crossed
    add 10 to strike
    chance 80
      hi: बर्फ़ ने भार सह लिया।
      en: The ice holds.
      go nevsky
    otherwise
      hi: पुलिस ने रोक लिया।
      en: The police turn you back.
      go home

  choice home
    hi: घर लौट जाओ।
    en: Go home.
    go home

scene nevsky
  for worker
  on 23 Feb, evening
  hi: तुम नेव्स्की प्रॉस्पेक्ट पर हो।
  en: You are on Nevsky Prospekt.
  go crossed-over

ending crossed-over
  hi: तुमने पुल की नाकाबंदी को पार कर लिया।
  en: You got past the blockade.
  debrief
    hi: इतिहास में बहुत से मज़दूर ऐसे ही केंद्र तक पहुँचे।
    en: In history many workers reached the centre this way.

ending home
  hi: तुम घर लौट आईं।
  en: You went home.
  debrief
    hi: अगले दिन हड़ताल और फैली।
    en: The next day the strike grew.

event rumour
  on 24 Feb
  if strike >= 30
  hi: शहर में खबर फैली कि हड़ताल बढ़ रही है।
  en: Word spreads that the strike is growing.
  add 5 to strike
