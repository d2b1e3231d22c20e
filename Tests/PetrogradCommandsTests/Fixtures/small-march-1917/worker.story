format 1
# The worker: a woman weaver in a Vyborg-side textile mill, her husband at the front.
# Path: bread-queue → mill-gate → liteiny → znamenskaya-meeting → sunday-evening → monday
#       → tauride-hall (tauride.story) or an ending.

scene bread-queue
  for worker
  on 22 Feb, evening
  at vyborg
  hi: {date}, {place}। तुम एक कपड़ा मिल में बुनकर हो; पति मोर्चे पर है और घर पर दो बच्चे हैं। पाली ख़त्म होने के बाद तुम बर्फ़ में बेकरी के बाहर कतार में खड़ी हो। अफ़वाह है कि जल्द ही रोटी राशन पर मिलेगी, इसलिए हर कोई आज ही ख़रीद लेना चाहता है।
  en: {date}, {place}. You are a weaver in a textile mill; your husband is at the front and two children wait at home. After your shift you stand in the snow in the bakery queue. There is a rumour that bread will soon be rationed, so everyone wants to buy today.
  if hunger >= 70
    hi: पुतिलोव कारखाने में तालाबंदी की ख़बर ने कतार को और बेचैन कर दिया है: तीस हज़ार परिवार अब बिना मज़दूरी के हैं।
    en: News of the Putilov lockout has made the queue even more restless: thirty thousand families are now without wages.
  note
    hi: स्रोत पाठ कहता है कि "7 मार्च" को भूखे लोग सड़कों पर उतरे, जबकि दुकानों पर "ताजी और गरम रोटियों के ढेर" थे। 7 मार्च (नई शैली) = 22 फ़रवरी (पुरानी शैली), पुतिलोव तालाबंदी का दिन; सड़कों पर आंदोलन 23 फ़रवरी / 8 मार्च को शुरू हुआ। और बेकरियाँ भरी नहीं, ख़ाली हो रही थीं: गोदामों में लगभग एक हफ़्ते का आटा था, पर ठंड, ठप रेलें और राशन की अफ़वाह ने दुकानें ख़ाली कर दीं।
    en: The source text says that on "7 March" hungry people took to the streets while the bakeries held "heaps of fresh, hot bread". 7 March New Style is 22 February Old Style, the day of the Putilov lockout; the street movement began on 23 Feb / 8 Mar. And the bakeries were emptying, not full: the warehouses held about a week's flour, but cold, stalled railways and the rationing rumour emptied the shops.
  source Dossier sec. 1.1 (early Feb), sec. 1.2 (22 Feb), sec. 3 rows 1-2

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
    hi: बगल में खड़ी औरत से पूछो कि कल महिला दिवस पर क्या होने वाला है।
    en: Ask the woman beside you what is planned for Women's Day tomorrow.
    once
    add 1 to courage
    journal
      hi: पड़ोसन बोली: "कल महिला दिवस की सभाएँ हैं। पार्टी वाले कहते हैं, अभी हड़ताल मत करो। पर बच्चे क्या खाएँगे?"
      en: My neighbour said: "Tomorrow there are Women's Day meetings. The party people say don't strike yet. But what will the children eat?"

  choice sleep
    hi: घर लौट जाओ; सुबह की पाली जल्दी शुरू होती है।
    en: Go home; the morning shift starts early.
    go mill-gate

scene mill-gate
  for worker
  on 23 Feb, morning
  at vyborg
  hi: आज अंतर्राष्ट्रीय महिला दिवस है। मिल के आँगन में औरतें इकट्ठा हैं; कोई चिल्लाती है: "रोटी दो! युद्ध बंद करो!" स्थानीय पार्टी संगठनकर्ताओं ने सिर्फ़ सभाएँ करने को कहा था, हड़ताल को नहीं। पास के धातु कारखानों में मर्द अभी काम पर हैं।
  en: Today is International Women's Day. Women crowd the mill yard; someone shouts, "Bread! Stop the war!" The local party organisers asked only for meetings, not a strike. In the metal works next door the men are still at their benches.
  note
    hi: NCERT (बॉक्स 1) में मार्फ़ा वासिलेवा का क़िस्सा है, जिन्होंने लोरेंज़ टेलीफ़ोन कारखाने में अकेले हड़ताल शुरू की और फ़ोरमैन की दी रोटी लौटा दी, क्योंकि बाक़ी सब भूखे थे। शाम तक लगभग 87,000 से 1,00,000 लोग हड़ताल पर थे। NCERT लिखता है कि तालाबंदी "दाहिने किनारे" के कारखाने में हुई; पुतिलोव कारखाना असल में बाएँ किनारे पर था — दाहिने किनारे (वीबोर्ग) से औरतों की हड़ताल शुरू हुई।
    en: NCERT (Box 1) tells of Marfa Vasileva, who started a strike on her own at the Lorenz telephone factory and refused the foreman's loaf because others were hungry. By evening roughly 87,000–100,000 were on strike. NCERT puts the lockout at a factory "on the right bank"; the Putilov works were in fact on the left bank — it was the women's strike that began on the right bank, in Vyborg.
  source NCERT Class 9 History, ch. 2, sec. 3 and Box 1, Dossier sec. 1.2 (23 Feb), sec. 2.1 W2, sec. 3 (NCERT simplifications)

  choice walk-out
    hi: करघा छोड़ो और औरतों के साथ फाटक से बाहर निकल जाओ।
    en: Leave your loom and walk out of the gate with the women.
    set walked-out
    add 10 to strike
    journal
      hi: महिला दिवस पर मैं मिल से बाहर निकल आई।
      en: On Women's Day I walked out of the mill.
    go liteiny

  choice call-out-men
    hi: बाहर निकलो, औरतों को लेकर धातु कारखाने चलो और मर्दों को भी बाहर बुलाओ।
    en: Walk out, lead the women to the metal works and call the men out too.
    only if courage >= 6
    show locked
    set walked-out
    set courage to courage + 2
    add 15 to strike
    journal
      hi: हम धातु कारखाने के फाटक पर चिल्लाईं: "बाहर आओ!" और मर्द बाहर आ गए।
      en: We shouted at the metal works gate, "Come out!" And the men came out.
    go liteiny

  choice keep-working
    hi: करघे पर काम करती रहो; एक दिन की मज़दूरी कटना भी भारी पड़ेगा।
    en: Stay at your loom; you cannot afford to lose a day's pay.
    subtract 5 from strike
    journal
      hi: मैं करघे पर रुकी रही, पर दोपहर तक बगल की मिल की औरतें हमें भी बुला ले गईं।
      en: I stayed at my loom, but by noon women from the next mill had called us out too.
    go liteiny

scene liteiny
  for worker
  on 23 Feb, afternoon
  at liteiny-bridge
  hi: {place} पर पुलिस ने रास्ता रोक रखा है। सिपाही ट्रामों से उन लोगों को उतार रहे हैं जो मज़दूर जैसे दिखते हैं। पीछे भीड़ बढ़ती जा रही है; हड़ताल का ज़ोर अब {strike} है।
  en: Police block {place}. They are pulling anyone who looks like a worker off the trams. The crowd behind you keeps growing; the strike now stands at {strike}.
  note
    hi: पुल बंद हुए तो भीड़ जमी हुई नेवा पर चलकर केंद्र तक पहुँची। दाहिने किनारे पर मज़दूरों के इलाक़े और कारखाने थे; बाएँ किनारे पर विंटर पैलेस, मंत्रालय, नेव्स्की प्रॉस्पेक्ट और ड्यूमा का महल।
    en: When the bridges were blocked, crowds walked across the frozen Neva to the centre. The workers' districts and factories were on the right bank; the Winter Palace, the ministries, Nevsky Prospekt and the Duma's palace on the left.
  source NCERT Class 9 History, ch. 2, sec. 3, Dossier sec. 1.2 (layout, 23 Feb), sec. 2.1 W3

  choice try-tram
    hi: ट्राम में बैठकर पुल पार करने की कोशिश करो।
    en: Try to ride across on a tram.
    once
    journal
      hi: एक पुलिस वाले ने मुझे ट्राम से उतार दिया: "आज मज़दूरों के लिए पुल बंद है।"
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

  choice long-way
    hi: लंबा रास्ता लो: दूसरे पुल से घूमकर जाओ।
    en: Take the long way round by another bridge.
    advance 2 hours
    journal
      hi: दूसरे पुल से घूमकर केंद्र पहुँची; तब तक अँधेरा होने लगा था।
      en: I went round by another bridge and reached the centre at dusk.
    go znamenskaya-meeting

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
    hi: 24–25 फ़रवरी को कोसैक भीड़ पर टूट पड़ने से हिचके; 25 फ़रवरी को इसी चौक पर एक कोसैक ने पुलिस अधिकारी क्रिलोव को मार डाला। सैनिकों से यह मेल-जोल ज़्यादातर औरतों ने किया।
    en: On 24–25 Feb the Cossacks held back from charging the crowds; on 25 Feb, on this very square, a Cossack cut down a police officer, Krylov. Much of this "fraternisation" was women talking to the troops.
  source Dossier sec. 1.2 (24-25 Feb), sec. 2.1 W4, sec. 2.2 S1

  choice talk-to-cossacks
    hi: औरतों के साथ आगे बढ़ो और कोसैकों से बात करो: "हम रोटी माँग रही हैं। तुम्हारी भी तो माँ-बहनें हैं।"
    en: Step forward with the other women and talk to the Cossacks: "We are asking for bread. You have mothers and sisters too."
    subtract 10 from garrison
    add 1 to courage
    journal
      hi: एक कोसैक ने घोड़े पर से मेरी ओर देखा और आँख मार दी। वे बिना किसी को मारे आगे निकल गए।
      en: A Cossack looked down at me from his horse and winked. They rode on without striking anyone.
    go sunday-evening

  choice chant
    hi: भीड़ के साथ नारे लगाओ: "रोटी दो!" "युद्ध बंद करो!"
    en: Chant with the crowd: "Bread!" "Stop the war!"
    add 5 to strike
    go sunday-evening

  choice red-banner
    hi: वह लाल झंडा उठाओ जिस पर लिखा है: "निरंकुश शासन मुर्दाबाद!"
    en: Raise the red banner that reads "Down with the autocracy!"
    only if strike >= 60 or courage >= 7
    show locked
    add 10 to strike
    journal
      hi: नारे अब सिर्फ़ रोटी के नहीं रहे; अब वे ज़ार के ख़िलाफ़ भी थे।
      en: The slogans were no longer only about bread; now they were against the Tsar.
    go sunday-evening

scene sunday-evening
  for worker
  on 26 Feb, evening
  at vyborg
  hi: शनिवार को आम हड़ताल थी। पर आज, रविवार को, सैनिकों ने कई जगह भीड़ पर गोली चलाई। वीबोर्ग के रसोईघरों में लोग धीमी आवाज़ में बात कर रहे हैं; कुछ कार्यकर्ता भी कह रहे हैं कि शायद कल काम पर लौट जाना चाहिए।
  en: Saturday was a general strike. But today, Sunday, soldiers fired on crowds in several places. In Vyborg kitchens people talk in low voices; even some activists say it may be time to go back to work.
  if walked-out
    hi: गुरुवार से तुम हर दिन सड़क पर रही हो। क्या यह सब बेकार गया?
    en: You have been on the streets every day since Thursday. Was it all for nothing?
  if not walked-out
    hi: गुरुवार को तुम दूसरों के बुलाने पर बाहर निकली थीं; अब तुम्हें ख़ुद तय करना है।
    en: On Thursday others called you out; now you must decide for yourself.
  note
    hi: 26 फ़रवरी की शाम वीबोर्ग के बोल्शेविक भी हड़ताल ख़त्म करने की सोच रहे थे। मज़दूर बैरकों तक जाकर सैनिकों से गोली न चलाने की विनती करने लगे। तब किसी को नहीं पता था कि आगे क्या होगा।
    en: On the evening of 26 Feb even Vyborg Bolsheviks considered calling off the strike. Workers went to the barracks to beg the soldiers not to shoot. Nobody then knew what would happen next.
  source Dossier sec. 1.2 (26 Feb), sec. 2 (design principle), sec. 2.1 W6

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

  choice stay-home
    hi: आज रात घर पर बच्चों के पास रहो। कल का फ़ैसला कल।
    en: Stay home with the children tonight. Tomorrow can decide for itself.
    go monday

scene monday
  for worker
  on 27 Feb, noon
  at vyborg
  hi: सोमवार, {date}। मिल का भोंपू बज रहा है, पर आधी गली उसकी ओर नहीं, पुल की ओर देख रही है।
  en: Monday, {date}. The mill hooter is sounding, but half the street is looking not at the mill but towards the bridge.
  if garrison <= 45
    hi: लितेयनी पुल की ओर से ख़बर आती है: सैनिक अपने अफ़सरों के ख़िलाफ़ खड़े हो गए हैं और राइफ़लों पर लाल रिबन बाँधे इधर आ रहे हैं। क्रेस्टी जेल के फाटक खोले जा रहे हैं।
    en: Word comes from the Liteiny bridge: soldiers have turned against their officers and are coming this way with red ribbons on their rifles. The gates of Kresty prison are being opened.
  if garrison > 45
    hi: सड़कों पर फ़ौज की गश्त है। कुछ मिलों में लोग काम पर लौट रहे हैं; कुछ में सभाएँ चल रही हैं कि हड़ताल जारी रखी जाए या नहीं।
    en: Army patrols hold the streets. In some mills people are going back to work; in others, meetings argue whether to stay out.

  choice follow-soldiers
    hi: भीड़ और सैनिकों के साथ चलो: खुली हुई क्रेस्टी जेल के सामने से, पुल के पार, टॉराइड महल तक।
    en: Go with the crowd and the soldiers: past the open gates of Kresty, across the bridge, to the Tauride Palace.
    only if garrison <= 45
    add 10 to strike
    journal
      hi: आज सैनिक हमारे साथ थे। हम सब टॉराइड महल की ओर चल पड़े, जहाँ ड्यूमा बैठती है।
      en: Today the soldiers were with us. We all set off for the Tauride Palace, where the Duma sits.
    go tauride-hall

  choice hold-out
    hi: हड़ताल पर डटी रहो, भले ही फ़ौज अब भी सरकार के साथ है।
    en: Stay on strike, even though the army is still with the government.
    only if garrison > 45
    go w-strike-holds

  choice back-to-loom
    hi: मिल लौट जाओ। बच्चों का पेट भरना है।
    en: Go back to the mill. The children have to eat.
    clear walked-out
    go w-loom

# ---------------------------------------------------------------- worker endings

ending w-loom
  for worker
  hi: तुम करघे पर लौट आईं। मिल की खिड़कियों से सड़क की आवाज़ें आती रहीं, पर इस बार तुमने उन्हें सिर्फ़ सुना। शाम को बच्चों के लिए रोटी ले जाते हुए तुम जानती थीं कि इस हफ़्ते जो देखा, वह कभी नहीं भूलेगा।
  en: You went back to your loom. Voices from the street came through the mill windows, but this time you only listened. Carrying bread home that evening, you knew you would never forget what you had seen that week.
  debrief
    hi: इतिहास में: 27 फ़रवरी / 12 मार्च को बहुत-से मज़दूर घर या काम पर ही रहे — डर और भूख असली थे। फिर भी उसी दिन सैनिकों के विद्रोह ने राजधानी में पुरानी सरकार की सत्ता ख़त्म कर दी, और रात को पेत्रोग्राद सोवियत बनी। NCERT के अनुसार फ़रवरी क्रांति का नेतृत्व किसी दल ने नहीं किया; शुरुआत तुम जैसी औरतों ने की।
    en: In history: on 27 Feb / 12 Mar many workers stayed at home or at work — fear and hunger were real. Yet that same day the soldiers' mutiny ended the old government's power in the capital, and that night the Petrograd Soviet was formed. NCERT says no party led the February Revolution; women like you began it.

ending w-strike-holds
  for worker
  hi: फ़ौज ने बग़ावत नहीं की, और तुम्हारी मिल की हड़ताल एक दिन और चली। रात में पुलिस ने कुछ कार्यकर्ताओं को पकड़ लिया। पर भूख, ठंड और ग़ुस्सा कहीं नहीं गए थे।
  en: The army did not mutiny, and your mill stayed out one more day. That night the police arrested some activists. But the hunger, the cold and the anger had not gone anywhere.
  debrief
    hi: यह इतिहास से अलग रास्ता है। असल में 27 फ़रवरी / 12 मार्च की भोर में वोलिन्स्की प्रशिक्षण दस्ते ने बाहर निकलने से इनकार किया, और शाम तक 25,000 से 70,000 सैनिक (अनुमान अलग-अलग हैं) विद्रोह में शामिल हो गए। क्या क्रांति टल सकती थी? इतिहासकार एकमत नहीं: कुछ मानते हैं कि भूखे शहर और ठसाठस भरी बैरकों में विद्रोह देर-सबेर होना ही था; दूसरे कहते हैं कि 26 फ़रवरी की रात आंदोलन ख़त्म लग रहा था, और कुछ लोगों के फ़ैसलों ने बात बदल दी।
    en: This is not what happened. In history, at dawn on 27 Feb / 12 Mar the Volynsky training detachment refused to march out, and by evening 25,000 to 70,000 soldiers (estimates differ) had joined the mutiny. Could the revolution have been put off? Historians disagree: some think a hungry city and overcrowded barracks made a mutiny only a matter of time; others that on the night of 26 Feb the movement seemed over, and a few people's choices made the difference.

ending w-delegate
  for worker
  hi: उसी रात तुम्हारी मिल ने सोवियत के लिए अपना प्रतिनिधि चुना — हर हज़ार मज़दूरों पर एक। हाथ उठाकर वोट हुआ, और बहुत-से हाथ तुम्हारे नाम पर उठे।
  en: That night your mill chose its delegate to the Soviet — one for every thousand workers. The vote was by show of hands, and many hands went up for you.
  debrief
    hi: इतिहास में: 27 फ़रवरी / 12 मार्च को कारखानों की जल्दी में बुलाई सभाओं ने हर 1,000 मज़दूरों पर एक प्रतिनिधि चुना, और रात 9 बजे टॉराइड महल में सोवियत की पहली बैठक हुई। मार्च में मज़दूरों को आठ घंटे का कार्य-दिवस और कारखाना समितियाँ मिलीं; जुलाई 1917 में औरतों को वोट का अधिकार। पहले प्रतिनिधियों में औरतें बहुत कम थीं।
    en: In history: on 27 Feb / 12 Mar hurried factory meetings chose one delegate per 1,000 workers, and at 9 p.m. the Soviet first met in the Tauride Palace. In March workers won the eight-hour day and factory committees; in July 1917 women won the vote. Very few of the first delegates were women.
