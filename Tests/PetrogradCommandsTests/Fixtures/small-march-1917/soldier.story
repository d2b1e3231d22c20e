format 1
# The soldier: a reservist in the training detachment of the Volynsky regiment.
# Path: barracks-bunks → patrol → znamenskaya-order → barracks-night (or guardroom) → dawn-roll-call
#       → mutiny-yard (moved there by the volynsky-mutiny event) → tauride-hall, or an ending.
# The order to fire on 26 Feb is told as something that happens, with restraint; no option is rewarded
# (Dossier §5.5). Every officer and NCO here carries out or resists orders; none is a villain.

scene barracks-bunks
  for soldier
  on 23 Feb, evening
  at volynsky-barracks
  hi: {date}, {place}। तुम वोलिन्स्की रेजिमेंट के प्रशिक्षण दस्ते में रिज़र्व सैनिक हो — गाँव से आए, तीस पार के। जिस कमरे में सौ लोगों की जगह है, उसमें कई सौ ठुँसे हैं। अफ़सर तुम्हें "तू" कहकर बुलाते हैं, और ट्राम के अंदर बैठने की तुम्हें इजाज़त नहीं। सबसे बड़ा डर: मोर्चे पर भेजा जाना।
  en: {date}, {place}. You are a reservist in the Volynsky regiment's training detachment — a villager past thirty. Hundreds of men are packed into a room meant for a hundred. Officers call you by the contemptuous "ty", and you may not ride inside a tram. Your greatest fear: being sent to the front.
  note
    hi: पेत्रोग्राद की छावनी में चुनिंदा गार्ड नहीं (वे मोर्चे पर थे), बल्कि रंगरूट और बड़ी उम्र के रिज़र्व सैनिक थे: लगभग 1,60,000 लोग, 20,000 के लिए बनी बैरकों में। स्रोत पाठ कहता है कि सेना में "देश-भक्ति" और "कोई आदर्श" नहीं था; NCERT बताता है कि युद्ध शुरू में लोकप्रिय था — मनोबल हारों और भारी नुक़सान के बाद टूटा।
    en: The Petrograd garrison was not the elite Guard (that was at the front) but recruits and older reservists: some 160,000 men in barracks built for 20,000. The source text says the army had no "patriotism" and "no ideal"; NCERT says the war was popular at first — morale collapsed after defeats and huge losses.
  source Dossier sec. 2.2 (context), sec. 3 row 10, NCERT Class 9 History, ch. 2, sec. 2.5

  choice hear-rumours
    hi: बगल की चारपाई वाले उस सैनिक की बात सुनो जो आज शहर गया था।
    en: Listen to the man on the next bunk, who was in town today.
    once
    journal
      hi: उसने बताया कि औरतें मिलों से निकलकर "रोटी!" चिल्ला रही थीं। उसकी अपनी बहन भी उनमें थी।
      en: He said women had walked out of the mills shouting "Bread!" His own sister was among them.

  choice write-home
    hi: घर चिट्ठी लिखो।
    en: Write a letter home.
    once
    journal
      hi: मैंने घर लिखा: "यहाँ सब ठीक है।" सच नहीं लिखा।
      en: I wrote home: "All is well here." I did not write the truth.

  choice lights-out
    hi: बत्ती बुझने दो और सो जाओ। परसों तुम्हारी टुकड़ी गश्त पर जाएगी।
    en: Let the lamps go out and sleep. The day after tomorrow your squad goes out on patrol.
    go patrol

scene patrol
  for soldier
  on 25 Feb, afternoon
  at nevsky
  hi: शनिवार: आम हड़ताल। तुम्हारी टुकड़ी {place} पर गोस्तिनी द्वोर के पास तैनात है। दुकानें बंद हैं, लाल झंडे दिख रहे हैं। कुछ औरतें सीधे तुम्हारी पंक्ति तक आ जाती हैं: "भाई, क्या तुम अपनी माँओं पर गोली चलाओगे?"
  en: Saturday: a general strike. Your squad is posted on {place} near Gostiny Dvor. The shops are shut; red banners are out. Some women walk right up to your line: "Brother, will you shoot at your own mothers?"
  note
    hi: 25 फ़रवरी को हड़तालियों की संख्या 2,40,000 (पेत्रोग्राद सैन्य ज़िले के कमांडर जनरल ख़ाबालोव का अनुमान) से लगभग 3,05,000 तक बताई जाती है। गोस्तिनी द्वोर के पास घुड़सवारों ने गोली चलाई; ख़ाबालोव ने 3 मृत और 10 घायल बताए।
    en: Estimates of the strikers on 25 Feb run from 240,000 (General Khabalov, commander of the Petrograd Military District) to about 305,000. Dragoons fired near Gostiny Dvor; Khabalov reported 3 killed and 10 wounded.
  source Dossier sec. 1.2 (25 Feb)

  choice answer-women
    hi: धीमी आवाज़ में जवाब दो: "हम भी भूखे गाँवों से आए हैं।"
    en: Answer quietly: "We come from hungry villages too."
    subtract 10 from garrison
    add 1 to courage
    journal
      hi: नेव्स्की पर एक औरत ने मुझसे पूछा कि क्या मैं अपनी माँ पर गोली चलाऊँगा। मैंने जवाब दिया।
      en: On Nevsky a woman asked whether I would shoot my own mother. I answered her.
    go znamenskaya-order

  choice eyes-front
    hi: चुप रहो और सामने देखो, जैसा सिखाया गया है।
    en: Say nothing and look straight ahead, as you were drilled.
    go znamenskaya-order

  choice share-tobacco
    hi: पास खड़े एक कोसैक के साथ अपनी मख़ोरका (सस्ता तंबाकू) बाँटो।
    en: Share your makhorka tobacco with a Cossack standing nearby.
    once
    subtract 5 from garrison
    journal
      hi: कोसैक ने कहा: "गोली चलाने का मन हमारा भी नहीं।"
      en: The Cossack said: "We have no wish to shoot either."

scene znamenskaya-order
  for soldier
  on 26 Feb, afternoon
  at znamenskaya
  hi: रविवार। तुम्हारा दस्ता {place} पर पंक्ति में खड़ा है; सामने बड़ी भीड़ है। कल रात ज़ार का आदेश आया था: गड़बड़ी आज ख़त्म होनी चाहिए। तुम्हारे अफ़सर, स्टाफ़-कप्तान लाश्केविच, गोली चलाने का आदेश देते हैं। भीड़ में बहुतों को अब भी यक़ीन नहीं कि सैनिक गोली चलाएँगे।
  en: Sunday. Your detachment stands in line on {place}, a large crowd in front of it. Last night the Tsar's order came: the disorders must end today. Your officer, Staff-Captain Lashkevich, gives the order to fire. Many in the crowd still do not believe the soldiers will shoot.
  note
    hi: स्रोत पाठ कहता है कि सैनिकों ने "गोली चलाने से साफ मना कर दिया क्योंकि उनको जनता से सहानुभूति थी"। असल में 26 फ़रवरी को कई टुकड़ियों ने आदेश मानकर गोली चलाई — वोलिन्स्की प्रशिक्षण दस्ता भी। अकेले इस चौक पर लगभग 40 लोग मारे गए और 40 घायल हुए। विद्रोह अगली सुबह हुआ — शर्म, मज़दूरों से मेल-जोल, मोर्चे के डर और किर्पिचनिकोव जैसे हवलदारों के कारण।
    en: The source text says the soldiers "flatly refused to fire, because they sympathised with the people". In fact on 26 Feb many units obeyed and fired — the Volynsky training detachment too. Some 40 people were killed and 40 wounded on this square alone. The mutiny came the next morning, out of shame, contact with the workers, fear of the front, and NCOs like Kirpichnikov.
  source Dossier sec. 1.2 (26 Feb), sec. 2.2 S2, sec. 3 row 3

  choice fire-as-ordered
    hi: आदेश मानो और बाक़ियों के साथ गोली चलाओ।
    en: Obey the order and fire with the others.
    journal
      hi: ज़्नामेन्स्काया चौक पर मैंने आदेश माना। उसके बाद चौक ख़ाली था — सिवाय उनके जो उठ नहीं सके।
      en: On Znamenskaya Square I obeyed the order. Afterwards the square was empty, except for those who could not get up.
    go barracks-night

  choice aim-high
    hi: राइफ़ल उठाओ, पर लोगों के सिरों के ऊपर निशाना लगाओ।
    en: Raise your rifle, but aim above the people's heads.
    subtract 5 from garrison
    journal
      hi: मैंने सिरों के ऊपर गोली चलाई। दूसरों ने ऐसा नहीं किया, और भीड़ में लोग गिरे।
      en: I fired above their heads. Others did not, and people in the crowd fell.
    go barracks-night

  choice lower-rifle
    hi: राइफ़ल नीचे करो और पंक्ति से पीछे हट जाओ।
    en: Lower your rifle and step back out of the line.
    only if courage >= 6
    show locked
    set refused
    subtract 10 from garrison
    chance 50
      hi: धुएँ और शोर में किसी का ध्यान तुम पर नहीं जाता। पर तुम्हारे अकेले रुकने से गोलियाँ नहीं रुकीं।
      en: In the smoke and noise nobody notices you. But your stopping alone did not stop the shooting.
      go barracks-night
    otherwise
      hi: सार्जेंट-मेजर तुम्हें देख लेता है। शाम को तुम्हें गार्ड-रूम में बंद कर दिया जाता है; कोर्ट-मार्शल की धमकी है।
      en: The sergeant-major sees you. That evening you are locked in the guardroom, under threat of court martial.
      go guardroom

scene guardroom
  for soldier
  on 26 Feb, night
  at volynsky-barracks
  hi: गार्ड-रूम का दरवाज़ा बंद है। रात भर गलियारे से फुसफुसाहटें आती हैं: किर्पिचनिकोव, जिसे आज ही कार्यवाहक सार्जेंट-मेजर बनाया गया है, एक-एक दस्ते के मुखिया से बात कर रहा है। भोर से पहले कोई चुपचाप दरवाज़े की कुंडी खोल देता है।
  en: The guardroom door is locked. All night whispers come from the corridor: Kirpichnikov, made acting sergeant-major only today, is talking to the squad leaders one by one. Before dawn someone quietly slides the bolt open.
  go dawn-roll-call

scene barracks-night
  for soldier
  on 26 Feb, night
  at volynsky-barracks
  hi: बैरक में अजीब चुप्पी है; कोई खाना नहीं खा रहा। वरिष्ठ हवलदार तिमोफ़ेई किर्पिचनिकोव — सख़्त आदमी, जिससे रंगरूट डरते हैं — आज ही कार्यवाहक सार्जेंट-मेजर बना है। वह एक-एक दस्ते के मुखिया के पास जाकर धीरे से कहता है: "कल हम बाहर नहीं निकलेंगे। अपने लोगों पर और गोली नहीं।"
  en: The barrack is strangely silent; no one is eating. Senior NCO Timofei Kirpichnikov — a hard man the recruits fear — was made acting sergeant-major today. He goes from squad leader to squad leader and says quietly: "Tomorrow we don't march out. No more shooting our own people."
  if refused
    hi: चौक पर तुम पीछे हट गए थे। कुछ साथी तुम्हें इज़्ज़त से देखते हैं, कुछ शक से।
    en: On the square you stepped back. Some comrades look at you with respect, some with suspicion.
  note
    hi: किर्पिचनिकोव ख़ुद कठोर अनुशासन के लिए जाना जाता था। वोलिन्स्की के सैनिक "अच्छे" या "बुरे" होने से नहीं बदले: गोलीबारी की शर्म, पावलोव्स्की कंपनी की बग़ावत की ख़बर और मोर्चे का डर — सबने मिलकर असर किया। लाश्केविच जैसे अफ़सर भी ज़ार के तार से आया आदेश लागू कर रहे थे।
    en: Kirpichnikov himself was known for harsh discipline. The Volynsky men did not change because they were "good" or "bad": the shame of the shootings, news of the Pavlovsky company's revolt and fear of the front worked together. Officers like Lashkevich were also carrying out an order that came from the Tsar's telegram.
  source Dossier sec. 1.2 (26-27 Feb), sec. 2.2 S3-S4, sec. 5.5

  choice join-plan
    hi: किर्पिचनिकोव से कहो: "मैं तुम्हारे साथ हूँ।"
    en: Tell Kirpichnikov: "I'm with you."
    subtract 15 from garrison
    journal
      hi: रात में मैंने किर्पिचनिकोव को वचन दिया: कल हम बाहर नहीं निकलेंगे।
      en: In the night I gave Kirpichnikov my word: tomorrow we will not march out.
    go dawn-roll-call

  choice keep-silent
    hi: कुछ मत कहो। करवटें बदलते हुए सुबह का इंतज़ार करो।
    en: Say nothing. Lie awake and wait for morning.
    subtract 5 from garrison
    go dawn-roll-call

  choice warn-officer
    hi: ड्यूटी-अफ़सर को चुपचाप बता दो — बग़ावत की सज़ा मौत हो सकती है, और गाँव में तुम्हारा परिवार राह देख रहा है।
    en: Quietly warn the duty officer — mutiny can mean death, and your family is waiting in the village.
    add 20 to garrison
    journal
      hi: मैंने ड्यूटी-अफ़सर को बता दिया। पता नहीं, मैंने किसे बचाया और किसे धोखा दिया।
      en: I told the duty officer. I do not know whom I saved and whom I betrayed.
    go dawn-roll-call

scene dawn-roll-call
  for soldier
  on 27 Feb, dawn
  at volynsky-barracks
  hi: सोमवार, {date}। अँधेरे गलियारे में दस्ता हथियारों के साथ पंक्ति में खड़ा है। क़दमों की आहट: स्टाफ़-कप्तान लाश्केविच आ रहे हैं।
  en: Monday, {date}. In the dark corridor the detachment stands in line under arms. Footsteps: Staff-Captain Lashkevich is coming.

  choice refuse-with-all
    hi: बाक़ियों के साथ चिल्लाओ: "हम गोली नहीं चलाएँगे!"
    en: Shout with the others: "We will not shoot!"
    only if garrison <= 45
    set refused
    go mutiny-yard

  choice march-out
    hi: पंक्ति में खड़े रहो और आदेश मिलते ही बाहर मार्च करो।
    en: Stay in line and march out when ordered.
    only if garrison > 45
    go s-held

scene mutiny-yard
  for soldier
  on 27 Feb, morning
  at volynsky-barracks
  hi: दस्ते ने बाहर निकलने से इनकार कर दिया है। आँगन में अफ़रा-तफ़री है: स्टाफ़-कप्तान लाश्केविच मारे जा चुके हैं। अब सब जानते हैं — यह बग़ावत है, और लौटने का रास्ता नहीं। किर्पिचनिकोव आवाज़ लगाता है: "प्रेओब्राज़ेन्स्की और लितोव्स्की वालों को बाहर बुलाओ!"
  en: The detachment has refused to march out. The yard is in uproar: Staff-Captain Lashkevich has been killed. Now everyone knows it — this is mutiny, and there is no way back. Kirpichnikov calls out: "Bring out the Preobrazhensky and the Litovsky men!"
  note
    hi: NCERT लिखता है कि एक रेजिमेंट की बैरक में एक अफ़सर को गोली मार दी गई — ये लाश्केविच थे; वे ठीक कैसे मारे गए, इस पर विवरण अलग-अलग हैं। ट्रॉट्स्की का तर्क था कि अब विद्रोहियों के बचने का एक ही रास्ता था: विद्रोह को फैलाना।
    en: NCERT says an officer was shot at a regiment's barracks — this was Lashkevich; accounts differ on exactly how he died. Trotsky argued that the mutineers' only safety now lay in widening the revolt.
  source NCERT Class 9 History, ch. 2, sec. 3, Dossier sec. 1.2 (27 Feb), sec. 2.2 S4

  choice call-out-regiments
    hi: दूसरों के साथ चलो: पड़ोस की रेजिमेंटों को बाहर बुलाओ, फिर टॉराइड महल जाकर पूछो कि ड्यूमा किसके साथ है।
    en: Go with the others: call out the neighbouring regiments, then go to the Tauride Palace to ask whose side the Duma is on.
    journal
      hi: हमने प्रेओब्राज़ेन्स्की और लितोव्स्की वालों को बाहर बुलाया। फिर हम टॉराइड महल गए।
      en: We called out the Preobrazhensky and Litovsky men. Then we went to the Tauride Palace.
    go tauride-hall

  choice back-to-bunk
    hi: अपनी चारपाई पर लौट जाओ और देखो कि कौन जीतता है।
    en: Go back to your bunk and wait to see who wins.
    go s-waited

# ---------------------------------------------------------------- soldier endings

ending s-waited
  for soldier
  hi: तुम दिन भर बैरक में बैठे रहे। बाहर से गोलियों और गानों की आवाज़ें आती रहीं। शाम तक साफ़ हो गया: शहर की फ़ौज का बड़ा हिस्सा विद्रोहियों के साथ है, और पुरानी सरकार के पास लगभग कोई सैनिक नहीं बचा।
  en: You sat in the barracks all day. Shots and songs came from outside. By evening it was clear: much of the garrison had gone over, and the old government had almost no soldiers left.
  debrief
    hi: इतिहास में: 27 फ़रवरी / 12 मार्च की शाम तक 25,000 से 70,000 सैनिक (अनुमान अलग-अलग हैं) विद्रोह में शामिल हो चुके थे, और 1 मार्च तक लगभग पूरी छावनी। बहुतों ने तुम्हारी तरह इंतज़ार किया — बग़ावत की सज़ा मौत थी, और कोई नहीं जानता था कि मोर्चे से वफ़ादार फ़ौज आएगी या नहीं।
    en: In history: by the evening of 27 Feb / 12 Mar between 25,000 and 70,000 soldiers (estimates differ) had mutinied, and most of the garrison by 1 Mar. Many waited, as you did — mutiny could mean death, and no one knew whether loyal troops would come from the front.

ending s-held
  for soldier
  hi: तुम्हारा दस्ता अफ़सरों के पीछे बाहर निकला और लितेयनी पुल पर तैनात हुआ। सामने फिर वही भूखी भीड़ थी। आज गोली नहीं चली — पर कल का कोई भरोसा नहीं।
  en: Your detachment marched out behind its officers and was posted on the Liteiny bridge. The same hungry crowds faced you again. No shots were fired today — but nobody could promise anything for tomorrow.
  debrief
    hi: यह इतिहास से अलग रास्ता है। असल में 27 फ़रवरी / 12 मार्च की भोर में वोलिन्स्की प्रशिक्षण दस्ते ने, किर्पिचनिकोव के कहने पर, बाहर निकलने से इनकार किया, और विद्रोह रेजिमेंट-दर-रेजिमेंट फैला। इतिहासकार एकमत नहीं कि एक रात के फ़ैसले कितने मायने रखते थे: कुछ कहते हैं विद्रोह देर-सबेर होना ही था; दूसरे कहते हैं कि वह सुबह न आती तो ज़ार को मोर्चे से फ़ौज बुलाने का समय मिल सकता था।
    en: This is not what happened. In history, at dawn on 27 Feb / 12 Mar the Volynsky training detachment, urged on by Kirpichnikov, refused to march out, and the mutiny spread from regiment to regiment. Historians disagree about how much one night's choices mattered: some say a mutiny was bound to come; others that without that morning the Tsar might have had time to bring troops from the front.

ending s-deputy
  for soldier
  hi: तुमने अपनी कंपनी की ओर से बोलने के लिए हाथ उठाया। उस रात से सोवियत सिर्फ़ मज़दूरों की नहीं रही — वह मज़दूरों और सैनिकों के प्रतिनिधियों की सोवियत बन गई, और तुम उसके एक प्रतिनिधि थे।
  en: You raised your hand to speak for your company. From that night the Soviet was no longer the workers' alone — it became the Soviet of Workers' and Soldiers' Deputies, and you were one of its deputies.
  debrief
    hi: इतिहास में: सैनिकों के प्रतिनिधि पहले ही दिनों में सोवियत में आ गए। 1 मार्च / 14 मार्च के "आदेश संख्या 1" ने हर टुकड़ी में चुनी हुई समितियाँ बनाईं, हथियार उनके नियंत्रण में दिए, ड्यूटी के बाहर नागरिक अधिकार दिए और अपमानजनक बर्ताव बंद किया। फ़ौज पर असली पकड़ सोवियत की हो गई — यही "दोहरी सत्ता" की जड़ बनी।
    en: In history: soldiers' deputies joined the Soviet in its first days. Order No. 1 (1 Mar / 14 Mar) set up elected committees in every unit, put the weapons under their control, gave soldiers civil rights off duty and banned insulting treatment. Real hold over the army passed to the Soviet — the root of "dual power".
