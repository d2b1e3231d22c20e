format 2
# The worker: a woman weaver in a Vyborg-side textile mill; her husband is at the front, two children at home.
# This file: 22–26 Feb (bread-queue → mill-gate → liteiny → znamenskaya-meeting → bakery → saturday-night
#   → sunday-morning → [nevsky-sunday] → sunday-evening → monday).
# worker-revolution.story: 27 Feb – 3 Mar when the garrison mutinies (world flag `mutiny`).
# worker-alternative.story: 27 Feb – 3 Mar when it does not (an alternative history, told as one).
# worker-endings.story: the six endings.
#
# The worker moves mostly `strike` and `hunger`. Her appeals to soldiers (talk-to-cossacks, speak-to-soldier,
# plead-at-barracks) are what can bring `garrison` to the mutiny's threshold (45): with the city's events
# alone it stands at 50 at dawn on 27 Feb; any one appeal tips it, throwing ice or looting pushes it back up.

# Hidden flags: what this worker did (no label; used in passages and guards below and in the other files).
player flag w-took-loaf
player flag w-looted
player flag w-hid-dunya
player flag w-saw-shooting
player flag w-armed
player flag w-elected
player flag w-militia
player flag w-on-committee
player flag w-republic
player flag w-went-back

# ---------------------------------------------------------------- 22 Feb: the bread queue (W1, W5)

scene bread-queue
  for worker
  on 22 Feb, evening
  at vyborg
  hi: तुम वीबोर्ग की एक कपड़ा मिल में बुनकर हो; पति मोर्चे पर है और घर पर दो बच्चे हैं। पाली के बाद तुम बर्फ़ में बेकरी की कतार में खड़ी हो। अफ़वाह है कि जल्द ही रोटी राशन पर मिलेगी, इसलिए हर कोई आज ही ख़रीद लेना चाहता है। आगे पड़ोसन दुन्या खड़ी है — तुम्हारी तरह बुनकर, जो चुपके से मज़दूरों की सभाएँ करवाती है। पीछे अक्सिन्या है, जिसका पति भी मोर्चे पर है। वह सरकारी भत्ते के कुछ रूबल मुट्ठी में भींचे है: "मेरे आदमी को मोर्चे पर ले गए, और बदले में ये भत्ता देते हैं। इतनी महँगाई में इससे बच्चों की रोटी भी नहीं आती!" कतार में सबसे ऊँची, सबसे ग़ुस्से भरी आवाज़ें सैनिकों की पत्नियों की हैं।
  en: You are a weaver in a Vyborg-side textile mill; your husband is at the front and two children wait at home. After your shift you stand in the snow in the bakery queue. There is a rumour that bread will soon be rationed, so everyone wants to buy today. Ahead of you stands your neighbour Dunya — a weaver like you, who quietly organises workers' meetings. Behind you is Aksinya, whose husband is at the front too. She clutches the few roubles of her state allowance: "They took my man to the front and pay me this for him. With prices what they are, it won't even buy the children's bread!" The loudest, angriest voices in the queue are the soldiers' wives'.
  if hunger >= 70
    hi: पुतिलोव कारख़ाने में तालाबंदी की ख़बर ने कतार को और बेचैन कर दिया है: तीस हज़ार परिवार अब बिना मज़दूरी के हैं।
    en: News of the Putilov lockout has made the queue even more restless: thirty thousand families are now without wages.
  note
    hi: एक स्कूली इतिहास-पाठ कहता है कि "7 मार्च" को भूखे लोग सड़कों पर उतरे, जबकि दुकानों पर "ताजी और गरम रोटियों के ढेर" थे। 7 मार्च (नई शैली) = 22 फ़रवरी (पुरानी शैली), पुतिलोव तालाबंदी का दिन; सड़कों पर आंदोलन 23 फ़रवरी (8 मार्च) को शुरू हुआ। और बेकरियाँ भरी नहीं, ख़ाली हो रही थीं: गोदामों में लगभग एक हफ़्ते का आटा था, पर ठंड, ठप रेलें और राशन की अफ़वाह ने दुकानें ख़ाली कर दीं। कतार में तुम्हारी तरह बहुत-सी सैनिकों की पत्नियाँ (रूसी में "सोल्दात्की") थीं। पति के बदले सरकार उन्हें भत्ता देती थी, पर युद्ध की महँगाई में उससे रोटी नहीं ख़रीदी जा सकती थी; रोटी की कतारों में सबसे नाराज़ लोगों में वे भी थीं।
    en: A school history text says that on "7 March" hungry people took to the streets while the bakeries held "heaps of fresh, hot bread". 7 March New Style is 22 February Old Style, the day of the Putilov lockout; the street movement began on 23 Feb (8 Mar). And the bakeries were emptying, not full: the warehouses held about a week's flour, but cold, stalled railways and the rationing rumour emptied the shops. Many in the queues were, like you, soldiers' wives (in Russian, soldatki). The state paid them an allowance for their absent husbands, but with wartime prices it did not buy bread; in the bread queues theirs were among the angriest voices.
  source Orlando Figes, A People's Tragedy; The Caravan, "February Revolution" (2021); Economic and Political Weekly, editorial "'Midwives' of the Revolution?" (2017); Encyclopaedia of Saint Petersburg, "February Revolution of 1917"

  choice wait-longer
    hi: दो घंटे और कतार में खड़ी रहो।
    en: Stay in the queue two more hours.
    once
    advance 2 hours
    chance 30
      hi: आख़िरी बची रोटियों में से आधी रोटी तुम्हारे हिस्से आती है।
      en: You get half a loaf, one of the last.
      journal
        hi: दो घंटे खड़ी रही; आधी रोटी मिली।
        en: I stood two hours and got half a loaf.
    otherwise
      hi: बेकर शटर गिरा देता है: "आटा ख़त्म।" कतार में ग़ुस्से की बुदबुदाहट फैल जाती है।
      en: The baker pulls the shutter down: "No more flour." An angry murmur runs down the queue.
      journal
        hi: दो घंटे खड़ी रही; रोटी नहीं मिली।
        en: I stood two hours and got no bread.

  choice ask-neighbour
    hi: दुन्या से पूछो कि कल महिला दिवस पर क्या होने वाला है।
    en: Ask Dunya what is planned for Women's Day tomorrow.
    once
    add 1 to courage
    reply
      hi: दुन्या धीरे से बताती है: कल महिला दिवस की सभाएँ हैं, पर पार्टी वाले कहते हैं कि हड़ताल का वक़्त अभी नहीं आया। फिर ख़ाली अलमारियों की ओर इशारा करती है: "यह बच्चों को कौन समझाए?"
      en: Dunya lowers her voice: Women's Day meetings tomorrow, but the party people say it is too early to strike. She nods at the empty shelves: "Tell that to the children."
    journal
      hi: दुन्या बोली: "कल महिला दिवस की सभाएँ हैं। पार्टी वाले कहते हैं, अभी हड़ताल मत करो। पर बच्चे क्या खाएँगे?"
      en: Dunya said: "Tomorrow there are Women's Day meetings. The party people say don't strike yet. But what will the children eat?"

  choice spread-word
    hi: दुन्या के साथ कतार की औरतों से कहो: कल महिला दिवस है, मिल के आँगन में आना।
    en: Tell the women in the queue, with Dunya: tomorrow is Women's Day — come to the mill yard.
    add 5 to strike
    add 1 to courage
    reply
      hi: बात फुसफुसाहट में एक औरत से दूसरी तक, पूरी कतार में फैल जाती है। कोई मना नहीं करती।
      en: The word passes in whispers from woman to woman, all down the queue. Nobody says no.
    journal
      hi: कतार की औरतों से कहा: कल मिल के आँगन में मिलेंगे।
      en: I told the women in the queue: tomorrow, the mill yard.
    go mill-gate

  choice sleep default
    hi: घर लौट जाओ; सुबह की पाली जल्दी शुरू होती है।
    en: Go home; the morning shift starts early.
    go mill-gate

# ---------------------------------------------------------------- 23 Feb: Women's Day (W2, NCERT Box 1)

scene mill-gate
  for worker
  on 23 Feb, morning
  at factory
  hi: आज अंतर्राष्ट्रीय महिला दिवस है। मिल के आँगन में औरतें इकट्ठा हैं; कोई चिल्लाती है: "रोटी दो! युद्ध बंद करो!" पार्टी संगठनकर्ताओं ने सिर्फ़ सभाएँ करने को कहा था, हड़ताल को नहीं। फ़ोरमैन लेबेदेव फाटक पर रोटियों की टोकरी लिए खड़ा है: "जो करघे पर लौटेगी, उसे एक रोटी मिलेगी।"
  en: Today is International Women's Day. Women crowd the mill yard; someone shouts, "Bread! Stop the war!" The party organisers asked only for meetings, not a strike. Foreman Lebedev stands at the gate with a basket of loaves: "A loaf for every woman who goes back to her loom."
  note
    hi: NCERT (बॉक्स 1) में मार्फ़ा वासिलेवा का क़िस्सा है, जिन्होंने लोरेंज़ टेलीफ़ोन कारख़ाने में लगभग अकेले हड़ताल शुरू की। फ़ोरमैन ने उन्हें रोटी भेजी, फिर भी वे काम पर नहीं लौटीं: "जब बाक़ी सब भूखे हैं, तो अकेले मेरा पेट भरना ठीक नहीं।" शाम तक लगभग 87,000 से 1,00,000 लोग हड़ताल पर थे। NCERT की पाठ्यपुस्तक लिखती है कि तालाबंदी "दाहिने किनारे" के कारख़ाने में हुई; पुतिलोव कारख़ाना असल में बाएँ किनारे पर था — दाहिने किनारे (वीबोर्ग) से औरतों की हड़ताल शुरू हुई।
    en: NCERT (Box 1) tells of Marfa Vasileva, who started a strike almost single-handed at the Lorenz telephone factory. The foreman sent her a loaf, yet she would not go back to work: she could not be the only one fed when the others were hungry. By evening roughly 87,000–100,000 were on strike. NCERT puts the lockout at a factory "on the right bank"; the Putilov works were in fact on the left bank — it was the women's strike that began on the right bank, in Vyborg.
  source NCERT, India and the Contemporary World – I (Class 9 History), ch. 2, sec. 3 and Box 1; The Nation, "The Russian Revolution viewed from the 21st century" (2017); China Miéville, October: The Story of the Russian Revolution; Encyclopaedia of Saint Petersburg, "February Revolution of 1917"

  choice walk-out
    hi: करघा छोड़ो और औरतों के साथ फाटक से बाहर निकल जाओ।
    en: Leave your loom and walk out of the gate with the women.
    set walked-out
    add 10 to strike
    reply
      hi: तुम करघा छोड़कर औरतों के साथ बाहर निकल आती हो — ठंड और नारों के बीच।
      en: You leave your loom and walk out with the women, into the cold and the shouting.
    journal
      hi: महिला दिवस पर मैं मिल से बाहर निकल आई।
      en: On Women's Day I walked out of the mill.
    go liteiny

  choice refuse-loaf
    hi: फ़ोरमैन की रोटी पड़ोसन के भूखे बच्चों को दे दो, और मार्फ़ा वासिलेवा की तरह कहो: "सब भूखे हैं, तो अकेले मेरा पेट भरना ठीक नहीं।" फिर बाहर निकल जाओ।
    en: Give the foreman's loaf to your neighbour's hungry children and say, as Marfa Vasileva did: "I cannot be the only one fed when the others are hungry." Then walk out.
    set walked-out
    add 10 to strike
    add 1 to courage
    reply
      hi: लेबेदेव देखता रह जाता है और उसकी रोटी बच्चों के हाथ में पहुँच जाती है। और औरतें भी तुम्हारे पीछे फाटक से निकल आती हैं।
      en: Lebedev stares as his loaf goes to the children. More women follow you out of the gate.
    journal
      hi: लेबेदेव की रोटी पड़ोसन के बच्चों को दी और फाटक से बाहर निकल आई।
      en: I gave Lebedev's loaf to my neighbour's children and walked out of the gate.
    go liteiny

  choice call-out-men
    hi: बाहर निकलो, औरतों को लेकर धातु कारख़ाने चलो और मर्दों को भी बाहर बुलाओ।
    en: Walk out, lead the women to the metal works and call the men out too.
    only if courage >= 6
    show locked
    set walked-out
    set courage to courage + 2
    add 15 to strike
    reply
      hi: धातु कारख़ाने के फाटक पर तुम सब चिल्लाती हो: "बाहर आओ!" पल भर कुछ नहीं होता; फिर मर्द औज़ार रखकर बाहर निकलने लगते हैं।
      en: At the metal works gate you all shout, "Come out!" For a moment nothing happens; then the men put down their tools and start coming out.
    journal
      hi: हम धातु कारख़ाने के फाटक पर चिल्लाईं: "बाहर आओ!" और मर्द बाहर आ गए।
      en: We shouted at the metal works gate, "Come out!" And the men came out.
    go liteiny

  choice keep-working default
    hi: फ़ोरमैन की रोटी लो और करघे पर लौट जाओ; एक दिन की मज़दूरी कटना भी भारी पड़ेगा।
    en: Take the foreman's loaf and go back to your loom; you cannot afford to lose a day's pay.
    set w-took-loaf
    subtract 5 from strike
    reply
      hi: तुम रोटी लेकर करघे पर लौट आती हो। पर दोपहर तक बगल की मिल की औरतें तुम्हारी पाली को भी बाहर बुला लेती हैं, और तुम भी निकल पड़ती हो।
      en: You take the loaf back to your loom. But by noon women from the next mill have called your shift out, and you go with them.
    journal
      hi: मैंने लेबेदेव की रोटी ली और करघे पर रुकी रही, पर दोपहर तक बगल की मिल की औरतें हमें भी बुला ले गईं।
      en: I took Lebedev's loaf and stayed at my loom, but by noon women from the next mill had called us out too.
    go liteiny

# ---------------------------------------------------------------- 23 Feb: the bridge and the ice (W3)

scene liteiny
  for worker
  on 23 Feb, afternoon
  at liteiny-bridge
  hi: {place} पर पुलिस ने रास्ता रोक रखा है। पुलिसवाले ट्रामों से उन लोगों को उतार रहे हैं जो मज़दूर जैसे दिखते हैं। पीछे भीड़ बढ़ती जा रही है; हड़ताल का ज़ोर अब {strike} है।
  en: Police block {place}. They are pulling anyone who looks like a worker off the trams. The crowd behind you keeps growing; the strike now stands at {strike}.
  note
    hi: पुल बंद हुए तो भीड़ जमी हुई नेवा पर चलकर केंद्र तक पहुँची। दाहिने किनारे पर मज़दूरों के इलाक़े और कारख़ाने थे; बाएँ किनारे पर विंटर पैलेस, मंत्रालय, नेव्स्की प्रॉस्पेक्ट और ड्यूमा का महल। NCERT की पाठ्यपुस्तक लिखती है कि मज़दूरों ने नदी पार करके "फ़ैशनेबल इलाक़ों" को घेर लिया।
    en: When the bridges were blocked, crowds walked across the frozen Neva to the centre. The workers' districts and factories were on the right bank; the Winter Palace, the ministries, Nevsky Prospekt and the Duma's palace on the left. NCERT says the workers crossed the river and surrounded the "fashionable quarters".
  source NCERT, India and the Contemporary World – I (Class 9 History), ch. 2, sec. 3; The Nation, "The Russian Revolution viewed from the 21st century" (2017); China Miéville, October: The Story of the Russian Revolution; Encyclopaedia of Saint Petersburg, "February Revolution of 1917"

  choice try-tram
    hi: ट्राम में बैठकर पुल पार करने की कोशिश करो।
    en: Try to ride across on a tram.
    once
    reply
      hi: तुम ट्राम में चढ़ जाती हो, पर पुल पर एक पुलिसवाला बाँह पकड़कर तुम्हें नीचे उतार देता है: "आज नहीं। तुम लोगों के लिए पुल बंद है।"
      en: You squeeze onto a tram, but at the bridge a policeman hauls you off by the arm: "Not today. The bridge is closed to your sort."
    journal
      hi: एक पुलिसवाले ने मुझे ट्राम से उतार दिया: "आज मज़दूरों के लिए पुल बंद है।"
      en: A policeman pulled me off the tram: "The bridge is closed to workers today."

  choice cross-ice
    hi: किनारे से नीचे उतरो और जमी हुई नेवा पर पैदल पार करो।
    en: Climb down the embankment and walk across the frozen Neva.
    chance 75
      hi: बर्फ़ तुम्हारा भार सह लेती है। दूसरे किनारे पर सैकड़ों लोग पहले से हैं, और तुम उनके साथ नेव्स्की तक पहुँच जाती हो।
      en: The ice holds. Hundreds are already on the far bank, and you reach Nevsky with them.
      set crossed-ice
      add 5 to strike
      go znamenskaya-meeting
    otherwise
      hi: किनारे पर घुड़सवार पुलिस तुम्हें वापस खदेड़ देती है। आज नहीं — पर कल फिर कोशिश होगी।
      en: Mounted police on the bank drive you back. Not today — but tomorrow you will try again.
      subtract 1 from courage
      go znamenskaya-meeting

  choice throw-ice
    hi: धातु कारख़ाने के लड़कों के साथ पुलिस पर बर्फ़ के ढेले फेंको।
    en: Throw lumps of ice at the police with the lads from the metal works.
    add 5 to strike
    add 5 to garrison
    reply
      hi: बर्फ़ का एक ढेला एक पुलिसवाले की टोपी उड़ा देता है। "गुंडे!" वह चिल्लाता है, और लड़के किनारे-किनारे भाग निकलते हैं।
      en: A lump of ice knocks a policeman's cap off. "Hooligans!" he shouts, and the lads scatter along the embankment.
    journal
      hi: हमने बर्फ़ के ढेले फेंके। पुलिस ने इसे गुंडागर्दी कहा, और अफ़सरों ने सैनिकों से भी यही कहा।
      en: We threw ice. The police called it hooliganism, and the officers told the soldiers so.
    go znamenskaya-meeting

  choice long-way default
    hi: लंबा रास्ता लो: दूसरे पुल से घूमकर जाओ।
    en: Take the long way round by another bridge.
    advance 2 hours
    reply
      hi: तुम लंबा चक्कर काटकर साँझ ढले केंद्र पहुँचती हो; पैर सुन्न पड़ गए हैं।
      en: You trudge the long way round and reach the centre at dusk, your feet numb.
    journal
      hi: दूसरे पुल से घूमकर केंद्र पहुँची; तब तक अँधेरा होने लगा था।
      en: I went round by another bridge and reached the centre at dusk.
    go znamenskaya-meeting

# ---------------------------------------------------------------- 24 Feb: the Cossacks (W4)

scene znamenskaya-meeting
  for worker
  on 24 Feb, afternoon
  at znamenskaya
  hi: आज लगभग दो लाख लोग हड़ताल पर हैं। {place} पर, निकोलायेव्स्की रेलवे स्टेशन के सामने, एक के बाद एक वक्ता बोल रहे हैं। चौक के किनारे कोसैक घुड़सवारों की एक कतार आदेश का इंतज़ार कर रही है।
  en: Today about 200,000 are on strike. On {place}, in front of the Nicholas railway station, speaker follows speaker. At the edge of the square a line of mounted Cossacks waits for orders.
  if crossed-ice
    hi: कल नदी की बर्फ़ पर चलने से तुम्हारे जूते अब तक गीले हैं।
    en: Your boots are still wet from crossing the river ice yesterday.
  if strike + hunger / 2 >= 90
    hi: लगता है पूरा शहर सड़कों पर है: छात्र, दफ़्तरों के बाबू, सैनिकों की पत्नियाँ भी।
    en: It feels as if the whole city is out: students, office clerks, soldiers' wives too.
  note
    hi: 24–25 फ़रवरी (9–10 मार्च) को कोसैक भीड़ पर टूट पड़ने से हिचके; 25 फ़रवरी (10 मार्च) को इसी चौक पर एक कोसैक ने पुलिस अधिकारी क्रिलोव को मार डाला। सैनिकों से यह मेल-जोल ज़्यादातर औरतों ने किया।
    en: On 24–25 Feb (9–10 Mar) the Cossacks held back from charging the crowds; on 25 Feb (10 Mar), on this very square, a Cossack cut down a police officer, Krylov. Much of this "fraternisation" was women talking to the troops.
  source Saylor Academy, "February 1917: Anatomy of a Revolution"; Encyclopaedia of Saint Petersburg, "February Revolution of 1917"; Alpha History, "Telegrams on the eve of the February Revolution"; The Nation, "The Russian Revolution viewed from the 21st century" (2017)

  choice talk-to-cossacks
    hi: औरतों के साथ आगे बढ़ो और कोसैकों से बात करो: "हम रोटी माँग रही हैं। तुम्हारी भी तो माँ-बहनें हैं।"
    en: Step forward with the other women and talk to the Cossacks: "We are asking for bread. You have mothers and sisters too."
    subtract 10 from garrison
    add 1 to courage
    reply
      hi: कोसैक सुनते रहते हैं। एक तुम्हें चुपके से आँख से इशारा करता है, और टुकड़ी बिना चाबुक उठाए आगे निकल जाती है।
      en: The Cossacks listen. One gives you a knowing wink, and the troop rides on without raising a whip.
    journal
      hi: एक कोसैक ने घोड़े पर से मेरी ओर देखा और चुपके से आँख से इशारा किया। वे बिना किसी को मारे आगे निकल गए।
      en: A Cossack looked down at me from his horse and gave a knowing wink. They rode on without striking anyone.
    go bakery

  choice chant default
    hi: भीड़ के साथ नारे लगाओ: "रोटी दो!" "युद्ध बंद करो!"
    en: Chant with the crowd: "Bread!" "Stop the war!"
    add 5 to strike
    go bakery

  choice red-banner
    hi: वह लाल झंडा उठाओ जिस पर लिखा है: "निरंकुश शासन मुर्दाबाद!"
    en: Raise the red banner that reads "Down with the autocracy!"
    only if strike >= 60 or courage >= 7
    show locked
    add 10 to strike
    reply
      hi: तुम झंडा ऊँचा उठाती हो। आसपास की भीड़ नया नारा पकड़ लेती है: अब सिर्फ़ "रोटी दो!" नहीं, "ज़ार मुर्दाबाद!" भी।
      en: You lift the banner high. Around you the crowd takes up a new cry: not only "Bread!" now, but "Down with the Tsar!"
    journal
      hi: नारे अब सिर्फ़ रोटी के नहीं रहे; अब वे ज़ार के ख़िलाफ़ भी थे।
      en: The slogans were no longer only about bread; now they were against the Tsar.
    go bakery

  choice flee
    hi: कोसैक आगे बढ़ें, तो गलियों की ओर भाग जाओ।
    en: When the Cossacks move forward, run for the side streets.
    subtract 1 from courage
    reply
      hi: घोड़ों की टापें सुनते ही तुम भागती हो, और गलियों में दूर तक जाकर ही रुकती हो। दिल ज़ोर-ज़ोर से धड़क रहा है।
      en: At the sound of the hooves you run, and stop only deep in the side streets, your heart pounding.
    journal
      hi: घोड़ों की टापें सुनकर मैं गलियों में भाग गई।
      en: At the sound of the hooves I ran into the side streets.
    go bakery

# ---------------------------------------------------------------- 25 Feb: hungry by a bakery (W5)

# A general strike only when the city's number shows one (strike >= 60), so text and status agree.
scene bakery
  for worker
  on 25 Feb, morning
  at vyborg
  hi: शनिवार: {if strike >= 60}पूरे शहर में आम हड़ताल है{else}हड़ताल एक कारख़ाने से दूसरे कारख़ाने तक फैल रही है, पर शहर अभी पूरा नहीं रुका{end}। साम्प्सोनियेव्स्की प्रॉस्पेक्ट पर एक बेकरी का शटर गिरा है, और सामने भीड़ जमा है। कोई चिल्लाता है कि बेकर अमीरों के लिए आटा छिपाए बैठा है। एक लड़का खिड़की तोड़ देता है; अंदर से ताज़ी रोटी की गंध आती है।
  en: Saturday: {if strike >= 60}the whole city is on general strike{else}the strike is spreading from factory to factory, but the city has not stopped yet{end}. On Sampsonievsky Prospekt a bakery's shutter is down, and a crowd has gathered. Someone shouts that the baker is hiding flour for the rich. A boy smashes a window; the smell of fresh bread drifts out.
  if w-took-loaf
    hi: फ़ोरमैन की रोटी परसों ही ख़त्म हो गई।
    en: The foreman's loaf was gone the day before yesterday.
  if hunger >= 75
    hi: बच्चों ने कल रात सिर्फ़ चाय और एक सूखा टुकड़ा खाया था।
    en: Last night the children had only tea and a dry crust.
  note
    hi: एक स्कूली इतिहास-पाठ कहता है कि रोटी की दुकानों पर "ताजी और गरम रोटियों के ढेर" थे और भूखी जनता ने लूटमार की। असल में बेकरियाँ भरी नहीं, ख़ाली हो रही थीं; आटा गोदामों में था, पर ठंड और ठप रेलों से दुकानों तक नहीं पहुँचा। कुछ दुकानें सचमुच लूटी गईं, और ज़ारीना ने पति को लिखा कि यह "गुंडों का आंदोलन" है। पर इन्हीं दिनों नारे रोटी से आगे बढ़कर युद्ध और निरंकुश शासन के ख़िलाफ़ हो गए — इसी ने दंगे को क्रांति बनाया। इतिहासकार इस पर एकमत नहीं कि भीड़ कितनी संगठित थी: कुछ इसे स्वतःस्फूर्त ग़ुस्सा मानते हैं, कुछ इसमें कारख़ानों के अनुभवी कार्यकर्ताओं का हाथ देखते हैं।
    en: A school history text says the bread shops held "heaps of fresh, hot bread" and the hungry crowds looted them. In fact the bakeries were emptying, not full: the flour was in the warehouses, but cold and stalled railways kept it from the shops. Some shops really were looted, and the Tsarina wrote to her husband that it was a "hooligan movement". But in these same days the slogans moved on from bread to the war and the autocracy — that is what turned a riot into a revolution. Historians disagree on how organised the crowds were: some see spontaneous anger, others the hand of experienced factory activists.
  source Orlando Figes, A People's Tragedy; The Caravan, "February Revolution" (2021); Richard Pipes, The Russian Revolution; Encyclopaedia of Saint Petersburg, "February Revolution of 1917"

  choice queue-quietly default
    hi: शटर के सामने कतार में खड़ी रहो, जैसे हमेशा खड़ी रहती हो।
    en: Stand in line before the shutter, as you always have.
    chance 30
      hi: दोपहर को बेकर पिछला दरवाज़ा खोलकर कुछ रोटियाँ बेचता है। एक तुम्हें मिल जाती है।
      en: At noon the baker opens the back door and sells a few loaves. You get one.
      journal
        hi: कतार में खड़ी रही; दोपहर को एक रोटी मिली।
        en: I queued, and at noon I got a loaf.
      go saturday-night
    otherwise
      hi: शटर गिरा ही रहता है। तुम ख़ाली हाथ घर लौटती हो।
      en: The shutter stays down. You go home empty-handed.
      journal
        hi: कतार में खड़ी रही; ख़ाली हाथ लौटी।
        en: I queued and came home empty-handed.
      go saturday-night


  choice take-bread
    hi: दूसरों के साथ टूटी खिड़की से अंदर जाओ और बच्चों के लिए रोटी उठा लो।
    en: Climb in through the broken window with the others and take bread for the children.
    set w-looted
    add 5 to hunger
    add 5 to garrison
    reply
      hi: अंदर से तुम दो रोटियाँ उठाकर शॉल में छिपा लेती हो। बाहर निकलते हुए जूतों के नीचे काँच चटकता है।
      en: Inside, you grab two loaves and hide them under your shawl. Glass crunches under your boots as you climb out.
    journal
      hi: मैंने दो रोटियाँ उठाईं। अगली सुबह गली की हर बेकरी बंद रही, और अफ़सरों ने सैनिकों से कहा कि सड़कों पर लुटेरे हैं।
      en: I took two loaves. The next morning every bakery on the street stayed shut, and the officers told the soldiers that looters ruled the streets.
    go saturday-night

  choice make-it-political
    hi: पेटी पर चढ़कर कहो: "बेकर दुश्मन नहीं! युद्ध बंद करो! निरंकुश शासन मुर्दाबाद!" — और भीड़ को नेव्स्की की ओर ले चलो।
    en: Climb onto a crate and cry: "The baker is not the enemy! Stop the war! Down with the autocracy!" — and lead the crowd towards Nevsky.
    add 10 to strike
    add 1 to courage
    reply
      hi: भीड़ शटर से मुँह मोड़ लेती है। कहीं से एक लाल झंडा निकल आता है, और सब मिलकर नेव्स्की की ओर चल पड़ते हैं।
      en: The crowd turns away from the shutter. Someone brings out a red banner, and together you set off towards Nevsky.
    journal
      hi: हमने बेकरी छोड़ दी और लाल झंडे के पीछे नेव्स्की की ओर चल पड़े।
      en: We left the bakery alone and marched behind a red banner towards Nevsky.
    go saturday-night

# ---------------------------------------------------------------- 25 Feb, night: the arrests

scene saturday-night
  for worker
  on 25 Feb, 22:00
  at vyborg
  hi: रात दस बजे दरवाज़े पर धीमी दस्तक होती है। दुन्या है, हाँफती हुई: "पुलिस पूरे मोहल्ले में लोगों को उठा रही है। मेरे पास सैनिकों के लिए पर्चे हैं — 'भाइयो, अपने लोगों पर गोली मत चलाओ!' आज रात मुझे यहाँ छिपने दोगी?" तुम्हारे बच्चे सो रहे हैं।
  en: At ten at night there is a soft knock. It is Dunya, out of breath: "The police are taking people all over the district. I have leaflets for the soldiers — 'Brothers, don't shoot your own people!' Will you hide me tonight?" Your children are asleep.
  note
    hi: 25 फ़रवरी (10 मार्च) की रात, ज़ार के तार के बाद, पुलिस ने बोल्शेविक समिति के सदस्यों समेत बहुत-से कार्यकर्ताओं को गिरफ़्तार किया। फिर भी वीबोर्ग के कार्यकर्ताओं ने सैनिकों के नाम पर्चे बाँटे। हर घर के लिए ख़तरा असली था: राजनीतिक कार्यकर्ता को छिपाने पर जेल हो सकती थी।
    en: On the night of 25 Feb (10 Mar), after the Tsar's telegram, the police arrested many activists, including members of the Bolshevik committee. Even so, Vyborg activists handed out leaflets addressed to the soldiers. The risk to every household was real: hiding a political activist could mean prison.
  source Alpha History, "Telegrams on the eve of the February Revolution"; Encyclopaedia of Saint Petersburg, "February Revolution of 1917"; China Miéville, October: The Story of the Russian Revolution; History of the Civil War in the USSR, ch. 2

  choice hide-dunya
    hi: उसे अंदर ले लो और पर्चे चूल्हे के पीछे छिपा दो।
    en: Let her in and hide the leaflets behind the stove.
    set w-hid-dunya
    add 5 to strike
    add 1 to courage
    reply
      hi: तुम पर्चे चूल्हे के पीछे छिपा देती हो। लैंप बुझने से पहले ही दुन्या फ़र्श पर सो जाती है।
      en: You hide the leaflets behind the stove. Dunya is asleep on the floor before the lamp is out.
    journal
      hi: दुन्या हमारे फ़र्श पर सोई। भोर में वह पर्चे लेकर बैरकों की ओर निकल गई।
      en: Dunya slept on our floor. At dawn she went off towards the barracks with her leaflets.
    go sunday-morning

  choice turn-away default
    hi: उसे मना कर दो: "दुन्या, मेरे बच्चे हैं।"
    en: Turn her away: "Dunya, I have children."
    subtract 1 from courage
    reply
      hi: दुन्या सिर हिलाकर जल्दी-जल्दी सीढ़ियाँ उतर जाती है। तुम कुंडी लगाकर बच्चों के पास जागती बैठी रहती हो।
      en: Dunya nods and hurries down the stairs. You bolt the door and sit awake by the children.
    journal
      hi: मैंने दुन्या के लिए दरवाज़ा नहीं खोला। रात दो बजे सीढ़ियों पर जूतों की आवाज़ आई।
      en: I did not open the door to Dunya. At two in the morning I heard boots on the stairs.
    go sunday-morning

# ---------------------------------------------------------------- 26 Feb: Sunday (W6)

scene sunday-morning
  for worker
  on 26 Feb, morning
  at vyborg
  hi: रविवार की सुबह। दीवारों पर जनरल ख़ाबालोव के इश्तहार चिपके हैं: सभाएँ मना हैं, और फ़ौज हथियार चलाएगी। पुलों पर सैनिक खड़े हैं। फिर भी गलियों में लोग इकट्ठा हो रहे हैं: "चलो, केंद्र चलें!"
  en: Sunday morning. General Khabalov's posters are pasted on the walls: gatherings are forbidden, and the troops will use their weapons. Soldiers stand on the bridges. Still, people are gathering in the lanes: "To the centre!"
  if w-hid-dunya
    hi: दुन्या भोर में पर्चे लेकर निकल गई थी।
    en: Dunya slipped out at dawn with her leaflets.
  if not w-hid-dunya
    hi: दुन्या के दरवाज़े पर पुलिस की मुहर लगी है। पड़ोसी कहते हैं, रात दो बजे उसे ले गए।
    en: Dunya's door carries a police seal. The neighbours say they took her at two in the morning.
  note
    hi: 25 फ़रवरी (10 मार्च) की रात ज़ार ने मोगिल्योव से जनरल ख़ाबालोव को तार भेजा कि गड़बड़ी "कल" तक ख़त्म हो। ख़ाबालोव ने सभाओं पर रोक के इश्तहार लगवाए, और सैनिकों से कहा गया कि वे गोली चला सकते हैं। उस रविवार को कोई नहीं जानता था कि आगे क्या होगा।
    en: On the night of 25 Feb (10 Mar) the Tsar telegraphed General Khabalov from Mogilev to end the disorders "tomorrow". Khabalov had posters put up banning gatherings, and the troops were told they might fire. That Sunday no one knew what would happen next.
  source Alpha History, "Telegrams on the eve of the February Revolution"; Encyclopaedia of Saint Petersburg, "February Revolution of 1917"; China Miéville, October: The Story of the Russian Revolution

  choice to-centre
    hi: भीड़ के साथ{if crossed-ice} फिर{end} बर्फ़ पर से नदी पार करो और केंद्र चलो।
    en: Cross the river ice{if crossed-ice} again{end} with the crowd and go to the centre.
    go nevsky-sunday

  choice stay-vyborg default
    hi: आज वीबोर्ग में ही रहो और बच्चों को घर के अंदर रखो।
    en: Stay on the Vyborg side today and keep the children indoors.
    reply
      hi: तुम बच्चों को घर में रखती हो। दोपहर बाद नदी पार से गोलियों की आवाज़ आती है, और इमारत में सन्नाटा छा जाता है।
      en: You keep the children in. In the afternoon shots sound across the river, and the building goes quiet.
    journal
      hi: रविवार को मैं घर पर रही। दोपहर बाद नदी के पार से गोलियों की आवाज़ आई।
      en: On Sunday I stayed at home. In the afternoon we heard shooting from across the river.
    go sunday-evening

scene nevsky-sunday
  for worker
  on 26 Feb, 16:00
  at znamenskaya
  hi: ज़्नामेन्स्काया चौक, दोपहर बाद। भीड़ गा रही है; कुछ औरतें सैनिकों की कतार से बात कर रही हैं। फिर बिगुल बजता है। गोलियों की आवाज़ — एक बार, फिर दोबारा। लोग भागते हैं, गिरते हैं। जब आवाज़ थमती है, तो बर्फ़ पर कई लोग हिल नहीं रहे।
  en: Znamenskaya Square, late afternoon. The crowd is singing; some women are talking to the line of soldiers. Then a bugle sounds. Shots — once, then again. People run, people fall. When the noise stops, several people on the snow are not moving.
  note
    hi: एक स्कूली इतिहास-पाठ कहता है कि सैनिकों ने गोली चलाने से "साफ मना कर दिया क्योंकि उनको जनता से सहानुभूति थी"। असल में 26 फ़रवरी (11 मार्च) को कई यूनिटों ने आदेश मानकर गोली चलाई — इसी चौक पर वोलिन्स्की प्रशिक्षण दस्ते ने भी। मरने वालों के अनुमान अलग-अलग हैं: कुछ के अनुसार अकेले यहाँ लगभग चालीस लोग मारे गए, दूसरों के अनुसार पूरे शहर में उस दिन लगभग चालीस। विद्रोह अगली सुबह हुआ। इतिहासकार उसके कारणों को अलग-अलग तौलते हैं: गोली चलाने की शर्म, मज़दूरों (ख़ासकर औरतों) से मेल-जोल, मोर्चे पर भेजे जाने का डर, और किर्पिचनिकोव जैसे हवलदारों की पहल।
    en: A school history text says the soldiers "flatly refused" to fire "because they sympathised with the people". In fact on 26 Feb (11 Mar) many units obeyed and fired — on this square the Volynsky training detachment among them. Estimates of the dead differ: by some accounts about forty people were killed here alone, by others about forty in the whole city that day. The mutiny came the next morning. Historians weigh its causes differently: shame at the shooting, fraternisation with workers (especially women), fear of being sent to the front, and NCOs such as Kirpichnikov who took the lead.
  source Encyclopaedia of Saint Petersburg, "February Revolution of 1917"; China Miéville, October: The Story of the Russian Revolution; Richard Pipes, The Russian Revolution

  choice help-wounded
    hi: एक घायल लड़की को उठाकर पास के आँगन में ले जाओ, जहाँ एक छात्र पट्टियाँ बाँध रहा है।
    en: Help carry a wounded girl into a courtyard, where a student is binding wounds.
    set w-saw-shooting
    add 1 to courage
    reply
      hi: तुम लड़की को उठाकर आँगन तक ले जाने में हाथ बँटाती हो। छात्र पट्टी बाँधता है, फिर सिर उठाकर तुम्हारी ओर देखता है और हामी भरता है।
      en: You help carry the girl into the courtyard. The student binds her wound, then looks up at you and nods.
    journal
      hi: हम लड़की को आँगन में ले गए। छात्र ने कहा, वह बच जाएगी।
      en: We carried the girl into a courtyard. The student said she would live.
    go sunday-evening

  choice speak-to-soldier
    hi: उस जवान सैनिक के पास जाओ जिसने राइफ़ल नीचे कर ली है और काँप रहा है, और पूछो: "किस पर गोली चला रहे हो?"
    en: Go up to the young soldier who has lowered his rifle and is shaking, and ask him: "Who are you shooting at?"
    set w-saw-shooting
    subtract 5 from garrison
    reply
      hi: वह कुछ कहने को मुँह खोलता है, फिर बंद कर लेता है। गाँव का एक लड़का ही तो है, भौंहों पर पाला जमा हुआ।
      en: He opens his mouth, then shuts it. He is only a village boy, with frost on his eyebrows.
    journal
      hi: सैनिक ने कोई जवाब नहीं दिया। वह बर्फ़ की ओर देखता रहा।
      en: The soldier did not answer. He kept looking at the snow.
    go sunday-evening

  choice get-away default
    hi: पिछले आँगनों से होकर बच्चों के पास घर लौट जाओ।
    en: Slip away through the back courtyards and home to the children.
    set w-saw-shooting
    subtract 1 from courage
    go sunday-evening

# Saturday's general strike is named only if the number showed one then (>= 60 on Saturday; the Sunday
# shootings take 15 off, hence >= 45 now).
scene sunday-evening
  for worker
  on 26 Feb, evening
  at vyborg
  hi: {if strike >= 45}शनिवार को आम हड़ताल थी{else}शनिवार को हड़ताल फैली थी{end}। पर आज, रविवार को, सैनिकों ने कई जगह भीड़ पर गोली चलाई। वीबोर्ग के रसोईघरों में लोग धीमी आवाज़ में बात कर रहे हैं; कुछ कार्यकर्ता भी कह रहे हैं कि शायद कल काम पर लौट जाना चाहिए।
  en: {if strike >= 45}Saturday was a general strike{else}On Saturday the strike spread{end}. But today, Sunday, soldiers fired on crowds in several places. In Vyborg kitchens people talk in low voices; even some activists say it may be time to go back to work.
  if walked-out and not taken sunday-morning.stay-vyborg
    hi: गुरुवार से तुम हर दिन सड़क पर रही हो। क्या यह सब बेकार गया?
    en: You have been on the streets every day since Thursday. Was it all for nothing?
  if walked-out and taken sunday-morning.stay-vyborg
    hi: गुरुवार से तुम रोज़ सड़क पर रहीं; बस आज घर में रहीं। क्या यह सब बेकार गया?
    en: Since Thursday you have been on the streets every day but today. Was it all for nothing?
  if not walked-out
    hi: गुरुवार को तुम दूसरों के बुलाने पर बाहर निकली थीं; अब तुम्हें ख़ुद तय करना है।
    en: On Thursday others called you out; now you must decide for yourself.
  if w-saw-shooting
    hi: ज़्नामेन्स्काया चौक की बर्फ़ तुम्हारी आँखों के सामने से नहीं हटती।
    en: You cannot stop seeing the snow on Znamenskaya Square.
  note
    hi: 26 फ़रवरी (11 मार्च) की शाम वीबोर्ग के बोल्शेविक भी हड़ताल ख़त्म करने की सोच रहे थे। मज़दूर बैरकों तक जाकर सैनिकों से गोली न चलाने की विनती करने लगे। तब किसी को नहीं पता था कि आगे क्या होगा।
    en: On the evening of 26 Feb (11 Mar) even Vyborg Bolsheviks considered calling off the strike. Workers went to the barracks to beg the soldiers not to shoot. Nobody then knew what would happen next.
  source Encyclopaedia of Saint Petersburg, "February Revolution of 1917"; China Miéville, October: The Story of the Russian Revolution; History of the Civil War in the USSR, ch. 2

  choice plead-at-barracks
    hi: दूसरी औरतों के साथ बैरकों तक जाओ और सैनिकों से विनती करो कि वे अपने ही लोगों पर गोली न चलाएँ।
    en: Go with other women to the barracks and beg the soldiers not to shoot their own people.
    journal
      hi: अँधेरे में हम बैरकों के फाटक तक गईं।
      en: In the dark we went to the barracks gates.
    chance 60
      hi: फाटक पर खड़ा एक जवान सैनिक चुपचाप सब सुनता है, फिर धीरे से कहता है: "हम फिर गोली नहीं चलाएँगे।"
      en: A young soldier at the gate hears you out in silence, then says quietly, "We will not shoot again."
      subtract 15 from garrison
      go monday
    otherwise
      hi: एक अफ़सर फाटक बंद करवा देता है। फिर भी बाड़ के पीछे खड़े सैनिकों ने तुम्हारी बात सुन ली।
      en: An officer has the gate shut. Still, the soldiers behind the fence heard you.
      subtract 5 from garrison
      go monday

  choice argue-strike-on
    hi: रसोई की सभा में कहो: "अगर अब लौट गए, तो मरने वाले बेकार मरे। कल भी हड़ताल।"
    en: At the kitchen meeting, say: "If we go back now, the dead died for nothing. Strike again tomorrow."
    add 5 to strike
    reply
      hi: रसोई में सन्नाटा छा जाता है। फिर चूल्हे के पास बैठा एक बूढ़ा सिर हिलाता है, उसके बाद एक-दो और।
      en: The kitchen goes quiet. Then an old man by the stove nods, and one or two others.
    journal
      hi: रसोई में मैंने कहा: कल भी हड़ताल। कुछ ने सिर हिलाया, कुछ चुप रहे।
      en: In the kitchen I said: strike again tomorrow. Some nodded; some said nothing.
    go monday

  choice stay-home default
    hi: आज रात घर पर बच्चों के पास रहो। कल का फ़ैसला कल।
    en: Stay home with the children tonight. Tomorrow can decide for itself.
    go monday
