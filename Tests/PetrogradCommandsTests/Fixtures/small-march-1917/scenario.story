format 1
# Petrograd, 22–27 February 1917 (Old Style): the scenario, its roles, places, variables and glossary.
# The small foundation version: a worker, a soldier and a Duma deputy, five days, one mutiny.
# Dates are written Old Style (Julian); the game shows New Style (13 days later) beside them.
# Facts: ../../../shared/history/dossier-1917.md (cited in notes as "Dossier §…").

scenario march-1917
  hi: पेत्रोग्राद, फ़रवरी 1917: रोटी, हड़ताल और बग़ावत
  en: Petrograd, February 1917: Bread, Strike and Mutiny
  languages hi en
  calendar old
  year 1917
  dates 22 Feb to 27 Feb

# ---------------------------------------------------------------- roles

role worker
  hi: मज़दूर
  en: Worker
  start bread-queue

role soldier
  hi: सैनिक
  en: Soldier
  start barracks-bunks

role duma
  hi: ड्यूमा सदस्य
  en: Duma deputy
  start catherine-hall

# ---------------------------------------------------------------- places

place vyborg
  hi: वीबोर्ग क्षेत्र
  en: the Vyborg side

place liteiny-bridge
  hi: लितेयनी पुल
  en: the Liteiny bridge

place nevsky
  hi: नेव्स्की प्रॉस्पेक्ट
  en: Nevsky Prospekt

place znamenskaya
  hi: ज़्नामेन्स्काया चौक
  en: Znamenskaya Square

place volynsky-barracks
  hi: वोलिन्स्की रेजिमेंट की बैरकें
  en: the Volynsky barracks

place tauride
  hi: टॉराइड महल
  en: the Tauride Palace

# ---------------------------------------------------------------- variables
# The world: one city, shared by every player.

world number strike 0 to 100 = 20
  hi: हड़ताल का ज़ोर
  en: Strike strength
world number hunger 0 to 100 = 65
  hi: भूख (रोटी की कमी)
  en: Hunger (bread shortage)
# The Volynsky mutiny (events.story) breaks out at dawn on 27 Feb only if this has fallen to 45 or less.
world number garrison 0 to 100 = 80
  hi: फ़ौज की वफ़ादारी (सरकार के प्रति)
  en: Garrison loyalty (to the government)
world number resolve 0 to 10 = 3
  hi: ड्यूमा का संकल्प
  en: Duma resolve
world flag prorogued = no
  hi: ड्यूमा का सत्रावसान हो चुका है
  en: The Duma has been prorogued

# Each player: their own nerve, and a few things they did (hidden flags, no label).
player number courage 0 to 10 = 5
  hi: हिम्मत
  en: Courage
player flag walked-out
player flag crossed-ice
player flag refused

# ---------------------------------------------------------------- glossary

glossary state-duma
  hi: ड्यूमा
  en: Duma
  explain
    hi: रूस की चुनी हुई संसद, जो 1905 की क्रांति के बाद बनी और टॉराइड महल में बैठती थी। मताधिकार सीमित था, और ज़ार जब चाहे इसका सत्रावसान या विघटन कर सकता था। 1917 में चौथी ड्यूमा चल रही थी।
    en: Russia's elected parliament, created after the 1905 revolution, which met in the Tauride Palace. The franchise was narrow, and the Tsar could prorogue or dissolve it whenever he chose. In 1917 the Fourth Duma was sitting.

glossary soviet
  hi: सोवियत
  en: Soviet
  explain
    hi: रूसी शब्द "सोवियत" का अर्थ है परिषद: मज़दूरों के (और 1917 से सैनिकों के भी) चुने हुए प्रतिनिधियों की सभा। पहली सोवियतें 1905 में बनीं। पेत्रोग्राद सोवियत की पहली बैठक 27 फ़रवरी 1917 की रात टॉराइड महल में हुई।
    en: The Russian word "soviet" means council: an assembly of elected deputies of workers (and, from 1917, of soldiers too). The first soviets appeared in 1905. The Petrograd Soviet first met on the night of 27 February 1917 in the Tauride Palace.

glossary strike-and-lockout
  hi: हड़ताल और तालाबंदी
  en: Strike and lockout
  explain
    hi: हड़ताल: मज़दूर अपनी माँगें मनवाने के लिए मिलकर काम बंद कर देते हैं; जब पूरे शहर के कारखाने बंद हों, तो उसे आम हड़ताल कहते हैं। तालाबंदी: मालिक कारखाने पर ताला लगाकर मज़दूरों को काम और मज़दूरी से बाहर कर देते हैं — जैसे 22 फ़रवरी 1917 को पुतिलोव कारखाने में हुआ।
    en: A strike: workers stop work together to press their demands; when factories across a whole city stop, it is a general strike. A lockout: the owners shut the factory and keep the workers out, without work or wages — as happened at the Putilov works on 22 February 1917.

glossary mutiny
  hi: सैन्य विद्रोह (बग़ावत)
  en: Mutiny
  explain
    hi: जब सैनिक मिलकर अपने अफ़सरों के आदेश मानने से इनकार कर दें। युद्ध के समय इसकी सज़ा मौत हो सकती थी — इसीलिए एक बार विद्रोह कर चुके सैनिकों ने दूसरी रेजिमेंटों को भी अपने साथ लाने की कोशिश की।
    en: When soldiers together refuse to obey their officers. In wartime it could be punished by death — which is why soldiers who had mutinied tried to bring other regiments over to their side.

glossary old-and-new-style
  hi: पुरानी शैली / नई शैली
  en: Old Style / New Style
  explain
    hi: रूस 1918 तक जूलियन कैलेंडर (पुरानी शैली) मानता था; भारत और पश्चिमी यूरोप में ग्रेगोरियन कैलेंडर (नई शैली) चलता था। 1917 में अंतर 13 दिन का था: 23 फ़रवरी (पुरानी शैली) = 8 मार्च (नई शैली)। इसीलिए एक ही क्रांति "फ़रवरी क्रांति" भी है और "मार्च क्रांति" भी; NCERT इसकी तारीख़ 12 मार्च (नई शैली) देता है।
    en: Until 1918 Russia used the Julian calendar (Old Style); India and Western Europe used the Gregorian (New Style). In 1917 the gap was 13 days: 23 February Old Style = 8 March New Style. So the same revolution is both the "February" and the "March" Revolution; NCERT dates it to 12 March (New Style).

glossary progressive-bloc
  hi: प्रगतिशील गुट
  en: Progressive Bloc
  explain
    hi: 1915 में ड्यूमा के उदारवादी और नरम रूढ़िवादी सदस्यों का गठबंधन — सदन के आधे से ज़्यादा सदस्य। वे ज़ार को हटाना नहीं चाहते थे; वे युद्ध जीतने के लिए ऐसा मंत्रिमंडल चाहते थे जिस पर जनता भरोसा करे। ज़ार ने उनकी माँग ठुकरा दी।
    en: An alliance formed in 1915 by liberal and moderate conservative Duma deputies — more than half the house. They did not want to remove the Tsar; they wanted a ministry the public trusted, to win the war. The Tsar refused.

glossary prorogation
  hi: सत्रावसान
  en: Prorogation
  explain
    hi: संसद के चालू सत्र को आदेश से रोक देना। सदन भंग नहीं होता, पर जब तक फिर न बुलाया जाए, उसकी बैठक नहीं हो सकती। (भारत में भी राष्ट्रपति संसद के सत्र का सत्रावसान करते हैं।) 26 फ़रवरी 1917 की रात ज़ार के आदेश से ड्यूमा का सत्रावसान हुआ।
    en: Suspending a parliament's session by decree. The house is not dissolved, but it cannot sit until it is called again. (In India too the President prorogues sessions of Parliament.) The Duma was prorogued by the Tsar's decree on the night of 26 February 1917.

glossary cossacks
  hi: कोसैक
  en: Cossacks
  explain
    hi: दक्षिणी रूस के घुड़सवार सैनिक, जिन्हें सरकार अक्सर भीड़ और हड़तालें दबाने के लिए भेजती थी। फ़रवरी 1917 में उनकी हिचक ने भीड़ का साहस बढ़ाया।
    en: Horsemen from southern Russia whom the government often sent to break up crowds and strikes. In February 1917 their reluctance gave the crowds courage.

glossary provisional-committee
  hi: ड्यूमा की अस्थायी समिति
  en: Provisional Committee of the Duma
  explain
    hi: 27 फ़रवरी 1917 को, सत्रावसान के बाद, एक "निजी बैठक" में बनी ड्यूमा नेताओं की समिति (अध्यक्ष: रोद्ज़ियांको)। 2 मार्च को इसी से अस्थायी सरकार निकली।
    en: The committee of Duma leaders (chair: Rodzianko) formed at a "private meeting" after the prorogation on 27 February 1917. On 2 March the Provisional Government grew out of it.

glossary training-detachment
  hi: प्रशिक्षण दस्ता
  en: Training detachment
  explain
    hi: पेत्रोग्राद की रिज़र्व रेजिमेंटों के वे दस्ते जिनमें नए रंगरूटों और बड़ी उम्र के रिज़र्व सैनिकों को मोर्चे पर भेजने से पहले सिखाया जाता था। 27 फ़रवरी का विद्रोह वोलिन्स्की रेजिमेंट के प्रशिक्षण दस्ते से शुरू हुआ।
    en: Units of Petrograd's reserve regiments in which new recruits and older reservists were trained before being sent to the front. The mutiny of 27 February began in the Volynsky regiment's training detachment.
