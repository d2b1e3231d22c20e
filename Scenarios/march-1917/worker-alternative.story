format 2
# The worker, 27 Feb – 3 Mar, when the garrison has NOT mutinied (the volynsky-mutiny event took its
# `otherwise`): an alternative history, told as one, with a historian's note at each step.
#   monday → strike-meeting | loom-under-guard → secret-delegates (27 Feb, 21:00)
#   → lockout-notice (28 Feb) → night-search (1 Mar) → waiting-city (2 Mar) → strike-end (3 Mar)
#   → w-strike-holds, w-strike-crushed, w-loom, or (if the city's events brought the Tsar down all the
#   same) w-republic.
# The strike's strength decides whether it holds; passages read the world flags (`soviet`, `government`,
# `abdicated`, `dynasty-ended`) in case the other roles moved the city further than the worker did.

scene strike-meeting
  for worker
  on 27 Feb, 14:00
  at factory
  hi: धातु कारख़ाने के आँगन में हड़तालियों की सभा है, पर भीड़ पतली है। फाटक के बाहर फ़ौज की गश्त है। मालिकों का नोटिस पढ़कर सुनाया जाता है: जो कल काम पर नहीं लौटेगा, उसकी नौकरी जाएगी, और जिन मर्दों को फ़ौजी भर्ती से छूट मिली है, वे मोर्चे पर भेजे जाएँगे।
  en: There is a strikers' meeting in the metal works' yard, but the crowd is thin. Army patrols stand outside the gate. The owners' notice is read out: whoever is not back at work tomorrow loses the job, and men exempted from the draft will be sent to the front.
  if not w-hid-dunya
    hi: दुन्या अब भी जेल में है।
    en: Dunya is still in jail.
  if strike >= 60
    hi: फिर भी बहुत-से कारख़ाने अब भी बंद हैं।
    en: Even so, many factories are still out.
  note
    hi: यह इतिहास से अलग रास्ता है: असल में 27 फ़रवरी (12 मार्च) को छावनी ने बग़ावत की। पर यह डर असली था: युद्ध के दौरान हड़तालियों को अक्सर फ़ौज में भर्ती करके मोर्चे पर भेज दिया जाता था — 1916 में अकेले पुतिलोव कारख़ाने से 2,000 मज़दूर। 26 फ़रवरी (11 मार्च) की शाम वीबोर्ग के बोल्शेविक भी सोच रहे थे कि आंदोलन कुचल दिया गया है।
    en: This is not what happened: in history the garrison mutinied on 27 Feb (12 Mar). But the fear was real: in wartime strikers were often drafted and sent to the front — 2,000 from the Putilov works alone in 1916. On the evening of 26 Feb (11 Mar) even Vyborg Bolsheviks thought the movement had been crushed.
  source Great Soviet Encyclopedia, "Putilov Strikes of 1916"; Economic and Political Weekly, editorial "'Midwives' of the Revolution?" (2017); China Miéville, October: The Story of the Russian Revolution; History of the Civil War in the USSR, ch. 2

  choice vote-stay-out
    hi: हाथ उठाओ: कल भी हड़ताल।
    en: Raise your hand: strike again tomorrow.
    add 5 to strike
    reply
      hi: तुम्हारा हाथ उठता है। तुम आँगन में चारों ओर देखती हो: उम्मीद से कम हाथ उठे हैं, पर फिर भी बहुत-से हैं।
      en: Your hand goes up. You look round the yard: fewer hands than you had hoped, but still a good many.
    journal
      hi: सभा में मैंने हड़ताल जारी रखने के लिए हाथ उठाया।
      en: At the meeting I raised my hand to stay out.
    go secret-delegates

  choice vote-return default
    hi: हाथ उठाओ: कल काम पर लौटें, और ताक़त बचाकर रखें।
    en: Raise your hand: back to work tomorrow, and save our strength.
    subtract 10 from strike
    reply
      hi: तुम लौटने के लिए हाथ उठाती हो। आँगन में और हाथ भी धीरे-धीरे उठते हैं, जैसे भारी हों।
      en: You raise your hand to go back. All round the yard other hands go up, slowly, as if they were heavy.
    journal
      hi: मैंने लौटने के लिए हाथ उठाया। बहुतों ने वही किया।
      en: I raised my hand to go back. Many did the same.
    go secret-delegates

  choice barracks-again
    hi: सभा छोड़कर औरतों के साथ{if taken sunday-evening.plead-at-barracks} एक बार फिर{end} मॉस्को रेजिमेंट की बैरकों तक जाओ।
    en: Leave the meeting and go{if taken sunday-evening.plead-at-barracks} once more{end} with the women to the Moscow regiment's barracks.
    subtract 5 from garrison
    reply
      hi: बैरक के फाटक पर दो संतरी तुम्हारी बात सुनते हैं; एक तो सिर भी हिलाता है। फिर आँगन से किसी अफ़सर की कड़क आवाज़ आती है, और वे चुपचाप पीछे हट जाते हैं।
      en: At the barracks gate two sentries hear you out; one even nods. Then an officer's voice barks from the yard, and they step back without a word.
    journal
      hi: संतरियों ने हमारी बात सुनी। फिर एक अफ़सर आया, और वे पीछे हट गए।
      en: The sentries listened to us. Then an officer came, and they stepped back.
    go secret-delegates

scene loom-under-guard
  for worker
  on 27 Feb, noon
  at factory
  hi: मिल में आधे करघे चल रहे हैं। फाटक पर दो सैनिक खड़े हैं, और मैनेजर हाज़िरी की किताब लिए घूम रहा है: जो नहीं आए, उनके नाम लिखे जा रहे हैं। दोपहर की छुट्टी में औरतें फुसफुसा रही हैं: "फिर निकलें?"
  en: Half the looms are running. Two soldiers stand at the gate, and the manager walks the floor with the attendance book, writing down the names of those who stayed away. In the dinner break the women whisper: "Shall we walk out again?"
  if w-took-loaf
    hi: लेबेदेव तुम्हें देखकर मुस्कुराता है: "समझदार औरत।"
    en: Lebedev smiles at you: "A sensible woman."
  note
    hi: यह काल्पनिक रास्ता है। युद्ध के समय मालिक हड़ताल तोड़ने के लिए हाज़िरी की सूचियों, जुर्मानों और काली सूचियों का सहारा लेते थे। असल में 27 फ़रवरी (12 मार्च) को वीबोर्ग की मिलें सैनिकों के विद्रोह की ख़बर से ख़ाली हो गईं।
    en: This is an imagined path. In wartime owners broke strikes with attendance lists, fines and blacklists. In history, on 27 Feb (12 Mar) the Vyborg mills emptied at the news of the soldiers' revolt.
  source Great Soviet Encyclopedia, "Putilov Strikes of 1916"; Economic and Political Weekly, editorial "'Midwives' of the Revolution?" (2017); State Museum of Political History of Russia, "Petrograd Soviet"; China Miéville, October: The Story of the Russian Revolution

  choice walk-out-again
    hi: छुट्टी ख़त्म होने पर करघे पर मत लौटो; फिर फाटक से बाहर निकलो, और औरतों को साथ ले चलो।
    en: When the break ends, don't go back to the loom; walk out of the gate again, and take the women with you.
    set walked-out
    add 10 to strike
    reply
      hi: छुट्टी ख़त्म होने का भोंपू बजता है, पर तुम फाटक पर ही खड़ी रहती हो। एक-एक करके औरतें तुम्हारे पास आ जाती हैं, और तुम सब साथ बाहर निकल जाती हो।
      en: The hooter ends the break, but you stay by the gate. One by one the women join you, and you walk out together.
    journal
      hi: दोपहर की छुट्टी के बाद हम फिर बाहर निकल आईं।
      en: After the dinner break we walked out again.
    go secret-delegates

  choice keep-weaving-on default
    hi: सिर झुकाकर काम करती रहो।
    en: Keep your head down and keep working.
    set w-went-back
    subtract 5 from strike
    go secret-delegates

scene secret-delegates
  for worker
  on 27 Feb, 21:00
  at vyborg
  hi: रात नौ बजे, एक फ़्लैट में लालटेन के पास कुछ कारख़ानों के लोग इकट्ठा हैं। कोई पूछता है: कल भोर में मिलों के फाटकों तक पर्चे कौन पहुँचाएगा?
  en: At nine at night a few people from several factories gather round a lamp in a flat. Someone asks: who will carry leaflets to the mill gates at dawn?
  if soviet
    hi: ख़बर आती है कि फ़ौज के बिना भी हड़ताली कारख़ानों ने प्रतिनिधि चुनकर मज़दूरों की सोवियत बना ली है — ठीक 1905 की तरह। पर पुलिस उसके नेताओं को ढूँढ़ रही है।
    en: News comes that even without the army the striking factories have chosen delegates and formed a workers' Soviet — just as in 1905. But the police are hunting its leaders.
  if not soviet
    hi: बस मुट्ठी भर लोग आए हैं; बाक़ी डर के मारे घर रहे। सोवियत नहीं बन पाई।
    en: Only a handful have come; the rest stayed home out of fear. No Soviet has been formed.
  note
    hi: इतिहास में 27 फ़रवरी (12 मार्च) की रात टॉराइड महल में पेत्रोग्राद सोवियत की पहली बैठक हुई, क्योंकि विद्रोही सैनिकों ने शहर पर क़ब्ज़ा कर लिया था। 1905 में भी सेंट पीटर्सबर्ग में मज़दूरों की सोवियत बनी थी — और कुछ ही हफ़्तों बाद उसके नेता गिरफ़्तार कर लिए गए थे। फ़ौज का साथ न हो, तो क्या हड़ताल अकेले सरकार गिरा सकती थी? इतिहासकार इस पर बँटे हुए हैं।
    en: In history the Petrograd Soviet first met on the night of 27 Feb (12 Mar) in the Tauride Palace, because mutinous soldiers held the city. In 1905, too, a workers' Soviet was formed in St Petersburg — and within weeks its leaders were arrested. Without the army, could a strike alone bring down the government? Historians are divided.
  source Leon Trotsky, History of the Russian Revolution; Richard Pipes, The Russian Revolution; NCERT, India and the Contemporary World – I (Class 9 History), ch. 2, sec. 2.4

  choice carry-leaflets
    hi: पर्चे ले लो; भोर में तुम उन्हें मिलों के फाटकों पर बाँटोगी।
    en: Take the leaflets; at dawn you will hand them out at the mill gates.
    add 5 to strike
    add 1 to courage
    reply
      hi: भोर से पहले तुम शॉल के नीचे पर्चों का बंडल छिपाए एक फाटक से दूसरे फाटक जाती हो और ठिठुरते हाथों में पर्चे थमाती हो। कोई तुम्हें नहीं रोकता।
      en: Before dawn you go from gate to gate with the bundle under your shawl, pressing leaflets into cold hands. Nobody stops you.
    journal
      hi: भोर होने से पहले मैंने तीन मिलों के फाटकों पर पर्चे बाँटे।
      en: Before dawn I handed out leaflets at three mill gates.
    go lockout-notice

  choice refuse-leaflets default
    hi: कहो कि तुम अब और जोखिम नहीं उठा सकतीं, और घर चली जाओ।
    en: Say you cannot take any more risks, and go home.
    subtract 5 from strike
    go lockout-notice

scene lockout-notice
  for worker
  on 28 Feb, morning
  at factory
  hi: मंगलवार की सुबह मिल के फाटक पर ताला है और एक नया नोटिस: मिल "अगले आदेश तक" बंद। जो फिर काम पर आना चाहे, वह दफ़्तर में सूची पर दस्तख़त करे और वादा करे कि हड़ताल नहीं करेगी। कतार में खड़ी औरतें एक-दूसरे से नज़रें चुरा रही हैं।
  en: On Tuesday morning the mill gate is locked, with a new notice: the mill is closed "until further notice". Anyone who wants to work again must sign a list in the office and promise not to strike. The women in line avoid each other's eyes.
  if hunger >= 75
    hi: घर में आटा ख़त्म हो चुका है।
    en: There is no flour left at home.
  if w-went-back
    hi: कल तुम करघे पर थीं, फिर भी तुम्हें बाक़ियों के साथ फाटक से लौटा दिया गया।
    en: You were at your loom yesterday, yet you were turned away at the gate with the rest.
  note
    hi: यह काल्पनिक रास्ता है। युद्ध के समय मालिक और सरकार हड़ताल तोड़ने के लिए तालाबंदी, काली सूची और भर्ती का सहारा लेते थे — जैसे 22 फ़रवरी (7 मार्च) को पुतिलोव में तालाबंदी हुई। पुतिलोव के मज़दूरों ने तब ड्यूमा के समाजवादी सदस्यों केरेन्स्की और च्खेइद्ज़े से मदद माँगी थी। इतिहासकार बहस करते हैं कि अगर फ़ौज वफ़ादार रहती, तो क्या भूख और ग़ुस्सा कुछ हफ़्तों में फिर फूट पड़ते।
    en: This is an imagined path. In wartime owners and government broke strikes with lockouts, blacklists and the draft — as with the Putilov lockout of 22 Feb (7 Mar), when Putilov workers went to the Duma's socialist deputies Kerensky and Chkheidze for help. Historians debate whether, had the army stayed loyal, hunger and anger would have boiled over again within weeks.
  source Economic and Political Weekly, editorial "'Midwives' of the Revolution?" (2017); Great Soviet Encyclopedia, "Putilov Strikes of 1916"

  choice sign-list default
    hi: दफ़्तर जाओ और सूची पर दस्तख़त कर दो।
    en: Go into the office and sign the list.
    set w-went-back
    subtract 10 from strike
    reply
      hi: क्लर्क बिना सिर उठाए रजिस्टर तुम्हारी ओर घुमाकर क़लम थमा देता है। तुम्हारा नाम बाक़ी नामों के नीचे जुड़ जाता है।
      en: The clerk turns the book round and hands you the pen without looking up. Your name goes in under the others.
    journal
      hi: मैंने सूची पर दस्तख़त कर दिए। काग़ज़ पर मेरा नाम बहुत छोटा लग रहा था।
      en: I signed the list. My name looked very small on the paper.
    go night-search

  choice refuse-list
    hi: दस्तख़त मत करो; औरतों से कहो कि सब मिलकर मना करें।
    en: Don't sign; tell the women to refuse together.
    add 5 to strike
    reply
      hi: तुम बगल वाली औरत से धीरे से कहती हो, वह अपनी बगल वाली से। दोपहर तक तुममें से एक भी दफ़्तर के अंदर नहीं जाती।
      en: You say it quietly to the woman beside you, and she to the next. By noon not one of you has gone into the office.
    journal
      hi: हम में से किसी ने दस्तख़त नहीं किए।
      en: None of us signed.
    go night-search

  choice go-to-deputies
    hi: दुन्या के साथियों के साथ टॉराइड महल जाओ और ड्यूमा के समाजवादी सदस्यों — केरेन्स्की या च्खेइद्ज़े — से मदद माँगो।
    en: Go with Dunya's comrades to the Tauride Palace and ask the Duma's socialist deputies — Kerensky or Chkheidze — for help.
    chance 50
      hi: च्खेइद्ज़े तुम्हारी बात ध्यान से सुनते हैं और वादा करते हैं कि तालाबंदी का मामला ड्यूमा के नेताओं के सामने उठाएँगे।
      en: Chkheidze hears you out and promises to put the lockout before the Duma's leaders.
      add 1 to resolve
      journal
        hi: च्खेइद्ज़े ने हमारी बात सुनी।
        en: Chkheidze listened to us.
      go night-search
    otherwise
      hi: महल के फाटक पर पहरेदार तुम्हें लौटा देते हैं: "ड्यूमा की बैठक नहीं हो रही।"
      en: Guards at the palace gate turn you away: "The Duma is not sitting."
      go night-search


scene night-search
  for worker
  on 1 Mar, night
  at vyborg
  hi: बुधवार की रात पुलिस मोहल्ले के घरों की तलाशी ले रही है; सीढ़ियों पर जूतों की आवाज़ है। अफ़वाह है कि जनरल इवानोव मोर्चे से सैनिक लेकर राजधानी के पास पहुँच गए हैं। धातु कारख़ाने का एक नौजवान, जिसका नाम पुलिस की सूची में है, तुम्हारा दरवाज़ा खटखटाता है: "बस आज की रात छिपा लो।"
  en: On Wednesday night the police are searching the houses of the district; there are boots on the stairs. Rumour says General Ivanov has come near the capital with troops from the front. A young man from the metal works, whose name is on the police list, knocks at your door: "Hide me, just for tonight."
  if w-hid-dunya
    hi: दुन्या की तरह ही, उसके पास भी पर्चों का एक गट्ठर है।
    en: Like Dunya, he carries a bundle of leaflets.
  if committee and soviet
    hi: अजीब बात है: ख़बर है कि फ़ौज के बिना भी ड्यूमा और सोवियत के नेता किसी समझौते पर बात कर रहे हैं।
    en: Strangely, the news is that even without the army, the leaders of the Duma and the Soviet are negotiating an agreement.
  note
    hi: इतिहास में जनरल इवानोव को 27 फ़रवरी (12 मार्च) को मोर्चे के सैनिकों के साथ राजधानी में "व्यवस्था बहाल" करने भेजा गया था। रेल-मज़दूरों ने उनकी गाड़ियाँ रोकीं, उनके सैनिक हिचके, और यह अभियान कुछ नहीं कर पाया। यहाँ, जहाँ छावनी वफ़ादार रही, कहानी अलग हो सकती थी।
    en: In history General Ivanov was sent on 27 Feb (12 Mar) with front-line troops to "restore order" in the capital. Railwaymen held up his trains, his soldiers hesitated, and the expedition came to nothing. Here, where the garrison stayed loyal, the story could be different.
  source China Miéville, October: The Story of the Russian Revolution; D. and R. Crawford, The Last Tsar: Emperor Michael II

  choice hide-him
    hi: उसे कोठरी में छिपा लो।
    en: Hide him in the box-room.
    add 5 to strike
    add 1 to courage
    chance 70
      hi: पुलिस सीढ़ियों से ही लौट जाती है। भोर में वह चुपचाप निकल जाता है।
      en: The police turn back on the stairs. At dawn he slips away.
      journal
        hi: मैंने एक नौजवान को रात भर छिपाए रखा।
        en: I hid a young man through the night.
      go waiting-city
    otherwise
      hi: पुलिस कोठरी खोलती है और उसे ले जाती है। जाते-जाते एक पुलिस अफ़सर तुम्हारा नाम भी लिख लेता है।
      en: The police open the box-room and take him away. On his way out an officer writes down your name too.
      subtract 2 from courage
      journal
        hi: पुलिस ने उसे ढूँढ़ निकाला और मेरा नाम लिख लिया।
        en: The police found him and took my name.
      go waiting-city


  choice send-away default
    hi: उसे लौटा दो; तुम्हारे बच्चे हैं।
    en: Send him away; you have children.
    subtract 5 from strike
    go waiting-city

scene waiting-city
  for worker
  on 2 Mar, evening
  at vyborg
  hi: गुरुवार की शाम। रोटी की कतार फिर लंबी है, और कतार में फिर वही बातें: कोई कहता है ज़ार राजधानी लौट रहा है, कोई कहता है जनरल उसे गद्दी छोड़ने को कह रहे हैं। पाँच दिन से किसी को मज़दूरी नहीं मिली।
  en: Thursday evening. The bread queue is long again, and the same talk runs down it: some say the Tsar is coming back to the capital, others that the generals are telling him to step down. No one has had wages for five days.
  if government
    hi: और सचमुच, टॉराइड महल में ड्यूमा और सोवियत के नेताओं ने नई "अस्थायी सरकार" की घोषणा कर दी है।
    en: And in fact the leaders of the Duma and the Soviet have announced a new "Provisional Government" at the Tauride Palace.
  if not government
    hi: पुराने मंत्री अपने दफ़्तरों में लौट आए हैं, वफ़ादार सैनिकों के पहरे में।
    en: The old ministers are back in their offices, under the guard of loyal troops.
  if w-went-back
    hi: हड़ताल के दिनों की मज़दूरी तुम्हारी तनख़्वाह से काट ली गई है।
    en: The strike days have been docked from your pay.
  note
    hi: यह काल्पनिक रास्ता है। इतिहास में 2 मार्च (15 मार्च) को अस्थायी सरकार की घोषणा हुई और रात को निकोलस ने प्स्कोव में गद्दी छोड़ी — पहले जनरलों की सलाह पर। कुछ इतिहासकार मानते हैं कि जनरलों ने इसलिए गद्दी छोड़ने की सलाह दी कि राजधानी की छावनी हाथ से निकल चुकी थी और वे युद्ध के बीच गृहयुद्ध नहीं चाहते थे; फ़ौज वफ़ादार रहती, तो शायद वे ज़ार का साथ देते।
    en: This is an imagined path. In history the Provisional Government was announced on 2 Mar (15 Mar), and that night Nicholas abdicated at Pskov — first on his generals' advice. Some historians argue the generals advised abdication because the capital's garrison was already lost and they wanted no civil war in the middle of the war; had the army stayed loyal, they might have stood by the Tsar.
  source China Miéville, October: The Story of the Russian Revolution; Richard Pipes, The Russian Revolution; A. I. Denikin, The Russian Turmoil; Maurice Paléologue's diary, 17 March 1917

  choice womens-walkout
    hi: कतार की औरतों से कहो: "सोमवार को फिर सब मिलें बंद — जैसे महिला दिवस पर।"
    en: Tell the women in the queue: "On Monday every mill stops again — as on Women's Day."
    add 10 to strike
    reply
      hi: औरतें सिर हिलाती हैं। बेकरी का दरवाज़ा खुलने तक यह बात पूरी कतार में और अगली गली तक फैल चुकी है।
      en: The women nod. By the time the bakery door opens, the word has gone down the whole queue and into the next street.
    journal
      hi: कतार में मैंने कहा: सोमवार को फिर हड़ताल। औरतों ने बात आगे बढ़ाई।
      en: In the queue I said: strike again on Monday. The women passed the word along.
    go strike-end

  choice keep-quiet-queue default
    hi: चुपचाप कतार में खड़ी रहो; अभी बच्चों के लिए रोटी सबसे ज़रूरी है।
    en: Stand quietly in the queue; bread for the children matters most now.
    subtract 5 from strike
    go strike-end

scene strike-end
  for worker
  on 3 Mar, afternoon
  at vyborg
  hi: शुक्रवार की दोपहर। हड़ताल का ज़ोर अब {strike} है।
  en: Friday afternoon. The strike now stands at {strike}.
  if abdicated
    hi: और फिर वह ख़बर, जिसकी किसी को उम्मीद नहीं थी: निकोलस ने गद्दी छोड़ दी है।
    en: And then the news nobody expected: Nicholas has abdicated.
  if not abdicated
    hi: ज़ार गद्दी पर है। मोर्चे से आए वफ़ादार सैनिक शहर में गश्त कर रहे हैं।
    en: The Tsar keeps his throne. Loyal troops from the front patrol the city.
  if strike >= 50
    hi: फिर भी आधा वीबोर्ग अब भी हड़ताल पर है, और रोटी की हर कतार में ग़ुस्सा है।
    en: Even so, half the Vyborg side is still out, and every bread queue is angry.
  if strike < 50
    hi: एक के बाद एक मिल काम पर लौट रही है; पुलिस के पास नामों की सूचियाँ हैं।
    en: Mill after mill is going back to work; the police have lists of names.
  note
    hi: यह काल्पनिक रास्ता है। इतिहास में 3 मार्च (16 मार्च) को ग्रैंड ड्यूक मिख़ाइल ने ताज अस्वीकार किया और रोमानोव शासन ख़त्म हुआ। इतिहासकार पूछते हैं कि क्या 1917 की क्रांति टल सकती थी: कुछ कहते हैं कि युद्ध, भूख और ज़ार की ज़िद के चलते देर-सबेर विस्फोट होना ही था; दूसरे कहते हैं कि 26 फ़रवरी (11 मार्च) की रात सब कुछ अधर में था।
    en: This is an imagined path. In history, on 3 Mar (16 Mar) Grand Duke Michael declined the crown and Romanov rule ended. Historians ask whether the revolution of 1917 could have been put off: some say war, hunger and the Tsar's stubbornness made an explosion certain sooner or later; others that on the night of 26 Feb (11 Mar) everything hung in the balance.
  source Maurice Paléologue's diary, 17 March 1917; D. and R. Crawford, The Last Tsar: Emperor Michael II

  choice stay-out
    hi: औरतों के साथ बाहर डटी रहो।
    en: Stay out with the women.
    only if strike >= 50
    go w-strike-holds

  choice stay-out-alone
    hi: औरतों के साथ बाहर डटी रहो।
    en: Stay out with the women.
    only if strike < 50
    go w-strike-crushed

  choice join-crowds
    hi: लाल झंडा उठाओ और उस भीड़ में शामिल हो जाओ जो ज़ार के जाने का जश्न मना रही है।
    en: Take up a red banner and join the crowd celebrating the Tsar's fall.
    only if abdicated
    go w-republic

  choice back-to-work-final default
    hi: सोमवार को करघे पर लौट जाओ।
    en: Go back to the loom on Monday.
    go w-loom
