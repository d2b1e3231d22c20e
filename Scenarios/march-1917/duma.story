format 2
# The Duma deputy: a provincial lawyer in the Progressive Bloc, in the Tauride Palace, 23 Feb – 3 Mar 1917.
# Not a villain and not a hero: he wants to win the war, and he fears both the Tsar's troops and "the street".
#
# New scenes carry the prefix d- (the five scenes of the small version keep their ids).
# The trunk (every path):   catherine-hall → d-putilov-delegates → bloc-room → rodzianko-telegram
#                           → d-elders-morning → prorogation-news (27 Feb, noon: obey, private meeting, defy).
# The committee (history):  d-private-meeting → committee-room → (d-michael-wire | d-two-am → d-bublikov)
#                           → d-soldiers-in-palace → (d-order-one) → d-negotiation → d-pskov-or-stay
#                           → (d-premier → d-milyukov-speech | d-pskov-carriage → d-warsaw-station)
#                           → d-millionnaya → d-michael-answer / d-michael-answer-crown → d-committee / d-crown.
# Open defiance:            d-defiant-sitting → d-defiance-evening → committee-room (if the garrison mutinied)
#                           or the waiting line (if it did not) → d-defiance.
# Waiting (no mutiny):      d-quiet-tuesday → d-ivanov-evening → d-food-commission → d-stavka-answer
#                           → d-waiting-end → d-waiting / d-defiance / d-went-home.
# Home:                     d-home-evening → d-home-tuesday → d-home-tuesday-night → d-home-wednesday
#                           → d-home-thursday → d-home-friday → d-went-home (each day offers a way back).
# The world flags (mutiny, committee, soviet, order-one, government, abdicated, dynasty-ended) are set only by
# events.story; the scenes read them, with complementary guards so that no scene is a dead end.
# The deputy moves mostly `resolve`; before dawn on 27 Feb he can also tip the garrison (rostrum-speech,
# back-rodzianko: -5 each), which decides whether the Volynsky mutiny happens when he plays alone.

# ---------------------------------------------------------------- places only the deputy visits

place d-flat
  hi: फ़ुर्श्तात्स्काया सड़क पर तुम्हारे किराए के कमरे
  en: your rented rooms, Furshtatskaya Street

place d-transport-ministry
  hi: यातायात (रेल) मंत्रालय, फ़ोंतान्का
  en: the Ministry of Transport, on the Fontanka

place d-warsaw-station
  hi: वारसॉ रेलवे स्टेशन
  en: the Warsaw railway station

# ================================================================ the trunk: 23–27 February

scene catherine-hall
  for duma
  on 23 Feb, afternoon
  at catherine-hall
  hi: तुम ड्यूमा में प्रगतिशील गुट के सदस्य हो — एक प्रांतीय शहर के वकील। तुम ऐसी सरकार के साथ युद्ध जीतना चाहते हो जिस पर देश भरोसा करे; तुम्हें ज़ार की नाराज़गी से भी डर है और "सड़क" से भी। आज सदन में रोटी की कमी पर बहस है; गलियारों में ख़बर है कि वीबोर्ग की औरतें हड़ताल पर हैं।
  en: You are a Progressive Bloc deputy in the Duma — a lawyer from a provincial town. You want to win the war under a government the country trusts; you fear both the Tsar's anger and "the street". Today the chamber debates the bread shortage; the corridors buzz with news that the Vyborg women are on strike.
  note
    hi: प्रगतिशील गुट अगस्त 1915 में बना: ड्यूमा के 400 से कुछ ज़्यादा सदस्यों में से लगभग 236–241 (कैडेट, प्रगतिवादी, वाम अक्टूबरवादी (लेफ़्ट ऑक्टोब्रिस्ट) और शुल्गिन जैसे कुछ राष्ट्रवादी)। वे "जनता के भरोसे वाला मंत्रिमंडल" माँगते थे; ज़ार ने मना कर दिया और ख़ुद सेना की कमान सँभाल ली। ड्यूमा का चुनाव सीमित, संपत्ति पर आधारित मताधिकार से होता था, इसलिए उसमें ज़मींदार, वकील और व्यापारी ज़्यादा थे, मज़दूर और किसान कम। औरतें ड्यूमा के लिए वोट नहीं दे सकती थीं। NCERT की पाठ्यपुस्तक बताती है कि यूरोप के उदारवादी भी औरतों को वोट का अधिकार नहीं देना चाहते थे। रूस में औरतों को यह अधिकार जुलाई 1917 में मिला।
    en: The Progressive Bloc was formed in August 1915: about 236–241 of the Duma's 400-odd deputies (Kadets, Progressists, Left Octobrists and some Nationalists such as Shulgin). It demanded a "ministry of public confidence"; the Tsar refused and took personal command of the army. The Duma was elected on a narrow franchise based on property, so landowners, lawyers and merchants sat in it, and few workers or peasants. Women could not vote for the Duma at all. NCERT's textbook notes that Europe's liberals, too, "did not want the vote for women". Russian women won the vote only in July 1917.
  source Slavic Review, "Liberal Politics in Wartime Russia: An Analysis of the Progressive Bloc"; NCERT, India and the Contemporary World – I (Class 9 History), ch. 2, sec. 1.1; M. T. Florinsky, Russia: A History and an Interpretation; D. and R. Crawford, The Last Tsar: Emperor Michael II

  choice food-speech
    hi: उठकर बोलो: गोदामों में आटा पड़ा है और बेकरियाँ ख़ाली हैं।
    en: Rise and speak: flour lies in the warehouses while the bakeries stand empty.
    add 1 to resolve
    reply
      hi: तुम भरे गोदामों और ख़ाली बेकरियों की बात करते हो। कुछ सदस्य तालियाँ बजाते हैं; अपनी कुर्सियों पर बैठे इक्का-दुक्का मंत्री छत ताकते रहते हैं।
      en: You speak of full warehouses and empty bakeries. Some deputies applaud; the few ministers in their seats gaze at the ceiling.
    journal
      hi: मैं रोटी के सवाल पर बोला। मंत्रियों की बेंच आधी ख़ाली थी।
      en: I spoke on the bread question. The ministers' bench was half empty.
    go d-putilov-delegates

  choice quiet-word default
    hi: चुप रहो; कृषि मंत्री रित्तिख के विभाग से (जिसके ज़िम्मे अनाज की आपूर्ति है) अकेले में बात करना ज़्यादा काम आएगा।
    en: Keep silent; a quiet word with the Minister of Agriculture, Rittikh, whose department has the grain supply, will do more.
    go d-putilov-delegates

scene d-putilov-delegates
  for duma
  on 24 Feb, noon
  at tauride
  hi: शुक्रवार। लगभग दो लाख लोग हड़ताल पर हैं। गलियारे में केरेन्स्की तुम्हें पुतिलोव कारख़ाने के दो मज़दूरों से मिलवाते हैं, जो तालाबंदी के कारण बेकार बैठे हैं। उनमें से बड़ी उम्र वाला कहता है: "हम तीस हज़ार हैं, मज़दूरी किसी को नहीं मिल रही, और हड़ताल करने वालों को मोर्चे पर भेजा जा रहा है। इस इमारत में हमारी बात कौन कहेगा?"
  en: Friday. Some 200,000 are on strike. In a corridor Kerensky introduces you to two men from the locked-out Putilov works. "There are thirty thousand of us and no wages," says the older one, "and strikers get sent to the front. Who in this building will speak for us?"
  note
    hi: एक स्कूली इतिहास-पाठ कहता है कि "7 मार्च" को भूखे लोग सड़कों पर उतरे। 7 मार्च (नई शैली) = 22 फ़रवरी (पुरानी शैली): उस दिन पुतिलोव कारख़ाने में तालाबंदी हुई; सड़कों पर आंदोलन अगले दिन, 23 फ़रवरी (8 मार्च) को शुरू हुआ। हड़ताल करने वालों को अक्सर फ़ौज में भर्ती कर दिया जाता था — 1916 में पुतिलोव के 2,000 मज़दूर ऐसे ही भेजे गए। तालाबंद मज़दूरों के प्रतिनिधि सचमुच ड्यूमा के समाजवादी सदस्यों, केरेन्स्की और च्खेइद्ज़े, के पास गए थे। 24 फ़रवरी (9 मार्च) को लगभग 2,00,000 लोग हड़ताल पर थे।
    en: A school history text says hungry people took to the streets on "7 March". 7 March New Style is 22 February Old Style: that day the Putilov works locked its workers out; the street movement began the next day, 23 Feb (8 Mar). Strikers were routinely drafted into the army — 2,000 Putilov men in 1916. Delegates of the locked-out workers really did go to the Duma's socialist deputies, Kerensky and Chkheidze. On 24 Feb (9 Mar) about 200,000 were on strike.
  source Economic and Political Weekly, editorial "'Midwives' of the Revolution?" (2017); The Nation, "The Russian Revolution viewed from the 21st century" (2017); China Miéville, October: The Story of the Russian Revolution; Encyclopaedia of Saint Petersburg, "February Revolution of 1917"

  choice hear-them
    hi: उनकी बात सुनो और वादा करो कि गुट में तालाबंदी का सवाल उठाओगे।
    en: Hear them out and promise to raise the lockout in the Bloc.
    add 1 to resolve
    add 3 to strike
    reply
      hi: तुम उनकी बात सुनते हो और उनके नाम लिख लेते हो। बड़े वाले से हाथ मिलाते हो तो उसकी हथेली ठंड से खुरदरी लगती है। "देखेंगे," वह कहता है, "ड्यूमा के वादे कितने दिन चलते हैं।"
      en: You hear them out and write down their names. When you shake the older man's hand, his palm is rough with cold. "We shall see," he says, "how long a Duma promise lasts."
    journal
      hi: पुतिलोव के दो मज़दूरों से मिला। बड़े वाले के हाथ ठंड से फटे हुए थे।
      en: I met two Putilov men. The older one's hands were cracked with cold.
    go bloc-room

  choice send-away default
    hi: कह दो कि युद्ध के समय ड्यूमा हड़तालियों के साथ नहीं दिख सकती।
    en: Tell them the Duma cannot be seen with strikers in wartime.
    go bloc-room

scene bloc-room
  for duma
  on 25 Feb, 16:00
  at tauride
  hi: शनिवार। प्रगतिशील गुट के कमरे में तंबाकू का धुआँ भरा है। ख़बर आई है कि नेव्स्की पर गोस्तिनी द्वोर के पास गोली चली। मिल्युकोव सावधानी की सलाह देते हैं: युद्ध चल रहा है, फ़ैसला "सड़क" को नहीं करने देना चाहिए। गुट से बाहर के समाजवादी सदस्य, केरेन्स्की और च्खेइद्ज़े, माँग करते हैं कि ड्यूमा खुलकर बोले।
  en: Saturday. The Progressive Bloc's room is thick with tobacco smoke. News comes of shooting near Gostiny Dvor on Nevsky. Milyukov counsels caution: there is a war on, and "the street" must not decide. The socialist deputies outside the Bloc, Kerensky and Chkheidze, demand that the Duma speak out.
  if after 25 Feb, evening
    hi: तुम नेव्स्की से लौट आए हो। सदन की बैठक ख़त्म हो चुकी है — बोलने का मौक़ा चला गया, पर अब तुमने शहर को अपनी आँखों से देखा है।
    en: You are back from Nevsky. The sitting has closed — your chance to speak has gone, but now you have seen the city with your own eyes.
  note
    hi: मिल्युकोव (कैडेट) को डर था कि युद्ध के बीच क्रांति से सेना बिखर जाएगी और जर्मनी जीत जाएगा; गुट "क्रांति" नहीं, भरोसे वाला मंत्रिमंडल चाहता था। केरेन्स्की (त्रुदोविक) और च्खेइद्ज़े (मेन्शेविक) गुट में नहीं थे और खुलकर सरकार पर हमला करते थे। अख़बारों पर सेंसर था, और आम हड़ताल के कारण 25 फ़रवरी (10 मार्च) से वे मुश्किल से छपे।
    en: Milyukov (a Kadet) feared that a revolution in the middle of the war would break the army and hand victory to Germany; the Bloc wanted a trusted ministry, not a "revolution". Kerensky (a Trudovik) and Chkheidze (a Menshevik) were outside the Bloc and attacked the government openly. The newspapers were censored, and because of the general strike they hardly appeared from 25 February (10 March).
  source Alpha History, "Telegrams on the eve of the February Revolution"; Encyclopaedia of Saint Petersburg, "February Revolution of 1917"; China Miéville, October: The Story of the Russian Revolution

  choice rostrum-speech
    hi: सदन में बोलो: निहत्थी भीड़ के ख़िलाफ़ फ़ौज का इस्तेमाल बंद हो, और देश के भरोसे वाली सरकार बने।
    en: Rise in the chamber: no more troops against unarmed crowds, and a government the country trusts.
    only if before 25 Feb, evening
    show locked
    add 2 to resolve
    subtract 5 from garrison
    reply
      hi: तुम बोलते हो तो सदन में सन्नाटा छा जाता है, फिर बाईं ओर की बेंचों से तालियाँ बजती हैं। दीर्घा में एक पत्रकार तेज़ी से लिखता जाता है, हालाँकि सेंसर एक-एक शब्द काट देगा।
      en: The chamber falls silent while you speak, then the benches on the left applaud. In the gallery a reporter writes fast, though the censor will cut every word.
    journal
      hi: मैंने सदन में भाषण दिया। सेंसर इसे अख़बारों में नहीं छपने देंगे, पर बातें ज़बानी बैरकों तक पहुँच जाती हैं।
      en: I spoke in the chamber. The censors will keep it out of the papers, but words travel by mouth as far as the barracks.
    go rodzianko-telegram

  choice see-nevsky
    hi: ख़ुद नेव्स्की प्रॉस्पेक्ट जाकर देखो कि क्या हो रहा है।
    en: Go and see Nevsky Prospekt for yourself.
    once
    advance 2 hours
    reply
      hi: तुम ठंड में नेव्स्की पर चलते हो। दुकानों के शटर गिरे हैं, सिरों के ऊपर लाल झंडे लहरा रहे हैं, और भीड़ में बाबू और छात्र, माँएँ और बूढ़े, सब हैं। महल लौटते-लौटते सदन की बैठक ख़त्म हो चुकी है।
      en: You walk along Nevsky in the cold. The shutters are down, red banners sway above the heads, and the crowd is clerks and students, mothers and old men. By the time you are back at the palace, the sitting has closed.
    journal
      hi: नेव्स्की पर बंद दुकानें, लाल झंडे और हर उम्र के लोग। यह कोई "गुंडों का आंदोलन" नहीं है।
      en: On Nevsky: shuttered shops, red banners, people of every age. This is no "hooligan movement".

  choice report-to-bloc
    hi: गुट को बताओ कि तुमने नेव्स्की पर क्या देखा।
    en: Tell the Bloc what you saw on Nevsky.
    only if after 25 Feb, evening
    add 1 to resolve
    go rodzianko-telegram

  choice counsel-caution default
    hi: मिल्युकोव का साथ दो: "पहले व्यवस्था, फिर सुधार।"
    en: Side with Milyukov: "Order first, then reform."
    go rodzianko-telegram

scene rodzianko-telegram
  for duma
  on 26 Feb, evening
  at tauride
  hi: रविवार की शाम। आज शहर में कई जगह सैनिकों ने गोली चलाई। ड्यूमा के अध्यक्ष रोद्ज़ियांको ज़ार को तार भेज रहे हैं: राजधानी में अराजकता है, और देश जिस पर भरोसा करे, ऐसे व्यक्ति को तुरंत नई सरकार बनाने का काम सौंपा जाए। वे गुट से समर्थन माँगते हैं।
  en: Sunday evening. Today soldiers fired on crowds in several places. Rodzianko, the Duma's chairman, is wiring the Tsar that there is anarchy in the capital and that someone the country trusts must at once be asked to form a new government. He asks the Bloc for support.
  note
    hi: रोद्ज़ियांको ने 26 और 27 फ़रवरी (11 और 12 मार्च) को तार भेजे। मोगिल्योव के सेना मुख्यालय (स्तावका) में निकोलस द्वितीय ने इसे बकवास माना और जवाब नहीं दिया। उसी रात प्रधानमंत्री गोलित्सिन ने ज़ार के पहले से हस्ताक्षर किए आदेश से ड्यूमा का सत्रावसान कर दिया।
    en: Rodzianko wired on 26 and 27 Feb (11 and 12 Mar). At army headquarters (Stavka) in Mogilev, Nicholas II dismissed it as nonsense and did not reply. That night Prime Minister Golitsyn prorogued the Duma with a decree the Tsar had signed in advance.
  source Encyclopaedia of Saint Petersburg, "February Revolution of 1917"; China Miéville, October: The Story of the Russian Revolution

  choice back-rodzianko
    hi: खुलकर रोद्ज़ियांको का साथ दो और गुट के दूसरों को भी मनाओ।
    en: Back Rodzianko openly and win over others in the Bloc.
    add 1 to resolve
    subtract 5 from garrison
    reply
      hi: तुम गुट के एक-एक सदस्य के पास जाकर बात करते हो। कुछ फ़ौरन मान जाते हैं; कुछ पूछते हैं कि ज़ार क्या कहेंगे। कमरे के उस पार से रोद्ज़ियांको तुम्हारी ओर देखकर सिर हिलाते हैं।
      en: You go from one Bloc member to the next. Some agree at once; others ask what the Tsar will say. Across the room Rodzianko catches your eye and nods.
    journal
      hi: मैंने रोद्ज़ियांको के तार का समर्थन किया। शायद बैरकों तक भी बात पहुँचे कि ड्यूमा इस सरकार के ख़िलाफ़ है।
      en: I backed Rodzianko's telegram. Perhaps word will reach the barracks too that the Duma stands against this government.
    go d-elders-morning

  choice sign-privately
    hi: दस्तख़त करो, पर कहो कि बात ज़ार तक ही रहे, गलियारों में न फैले।
    en: Sign, but ask that it go to the Tsar alone, not round the corridors.
    add 1 to resolve
    go d-elders-morning

  choice stay-aside default
    hi: अलग रहो: ज़ार के ख़िलाफ़ लिखी हर बात की क़ीमत बाद में चुकानी पड़ सकती है।
    en: Keep out: whatever is written against the Tsar may cost you later.
    subtract 1 from resolve
    go d-elders-morning

scene d-elders-morning
  for duma
  on 27 Feb, 10:00
  at tauride
  hi: सोमवार। रोद्ज़ियांको के दफ़्तर में ड्यूमा के वरिष्ठ सदस्य जुटे हैं। रोद्ज़ियांको ज़ार को दूसरा तार भेज रहे हैं: "आख़िरी घड़ी आ गई है, जब देश और राजवंश के भाग्य का फ़ैसला हो रहा है।" वे चाहते हैं कि उनके नाम के साथ दूसरे सदस्यों के नाम भी हों।
  en: Monday. The Duma's senior members are gathered in Rodzianko's office. He is sending the Tsar a second telegram: "The last hour has come, when the fate of the country and the dynasty is being decided." He wants other deputies' names beside his own.
  if mutiny
    hi: अब सवाल यह नहीं कि ज़ार सुनेंगे या नहीं — सवाल यह है कि सैनिक किसकी सुनेंगे।
    en: The question now is not whether the Tsar will listen, but whom the soldiers will listen to.
  if not mutiny
    hi: बाहर रेजिमेंटें फिर से ड्यूटी पर हैं। शायद यह तार ड्यूमा की आख़िरी बात हो।
    en: Outside, the regiments are back on duty. This telegram may be the Duma's last word.
  note
    hi: NCERT के अनुसार फ़रवरी क्रांति की तारीख़ 12 मार्च (नई शैली) है — यानी आज, 27 फ़रवरी (पुरानी शैली)। रोद्ज़ियांको ने 26 और 27 फ़रवरी (11 और 12 मार्च) को तार भेजे; ज़ार ने जवाब देने के बजाय जनरल इवानोव को मोर्चे से सैनिक लेकर राजधानी भेजा।
    en: NCERT dates the February Revolution to 12 March (New Style) — that is, today, 27 February (Old Style). Rodzianko wired on 26 and 27 Feb (11 and 12 Mar); instead of answering, the Tsar sent General Ivanov with troops from the front to the capital.
  source Leon Trotsky, History of the Russian Revolution; Richard Pipes, The Russian Revolution; China Miéville, October: The Story of the Russian Revolution; NCERT, India and the Contemporary World – I (Class 9 History), ch. 2, Box 2

  choice sign-second
    hi: अपना नाम जोड़ो: ज़ार को यह बात बहुतों से सुननी चाहिए।
    en: Add your name: the Tsar must hear it from many of us.
    add 1 to resolve
    go prorogation-news

  choice keep-counsel default
    hi: अपना नाम अलग रखो; शाम तक देखो कि शहर किसके हाथ में रहता है।
    en: Keep your name off it; wait to see who holds the city by evening.
    subtract 1 from resolve
    go prorogation-news

scene prorogation-news
  for duma
  on 27 Feb, noon
  at tauride
  hi: दोपहर। महल के गलियारों में सदस्य झुंड बनाकर खड़े हैं और धीमी आवाज़ में बहस कर रहे हैं।
  en: Noon. Deputies stand in knots in the palace corridors, arguing in low voices.
  if prorogued
    hi: रात में आया आदेश पढ़कर सुनाया जा चुका है: ड्यूमा का सत्रावसान हो गया है, सदन की बैठक नहीं हो सकती। कोई घर जाने की बात कर रहा है, कोई एक "निजी बैठक" की।
    en: The decree that came in the night has been read out: the Duma is prorogued and the chamber may not sit. Some talk of going home, others of a "private meeting".
  if mutiny
    hi: पहले सैनिक महल के आँगन तक आ पहुँचे हैं और "ड्यूमा" को ढूँढ़ रहे हैं।
    en: The first soldiers have already reached the palace courtyard, asking for "the Duma".
  if not mutiny
    hi: बाहर की सड़कें सुनसान हैं; फ़ौजी गश्त के सिवा कोई नहीं।
    en: The streets outside are empty except for army patrols.
  note
    hi: एक स्कूली इतिहास-पाठ कहता है कि "ड्यूमा ने विसर्जित होने से मना कर दिया"। असल में ड्यूमा ने औपचारिक रूप से आदेश माना: सदस्य दूसरे हॉल में "निजी बैठक" के रूप में मिले, और वरिष्ठ सदस्यों की परिषद ने अस्थायी समिति बनाई। ड्यूमा को सरकार या संविधान सभा घोषित करने के प्रस्ताव को समर्थन नहीं मिला। NCERT की पाठ्यपुस्तक सत्रावसान 25 फ़रवरी (10 मार्च) को बताती है; आदेश 26 फ़रवरी (11 मार्च) की देर रात सुनाया गया और 27 फ़रवरी (12 मार्च) से लागू हुआ।
    en: A school history text says "the Duma refused to dissolve". In fact the Duma formally obeyed: deputies met in another hall as a "private meeting", and the Council of Elders set up the Provisional Committee. A proposal to declare the Duma the government or a Constituent Assembly found no support. NCERT dates the suspension to 25 Feb (10 Mar); the decree was made known late on 26 Feb (11 Mar) and took effect on 27 Feb (12 Mar).
  source Encyclopaedia of Saint Petersburg, "February Revolution of 1917"; China Miéville, October: The Story of the Russian Revolution; Leon Trotsky, History of the Russian Revolution; Richard Pipes, The Russian Revolution

  choice obey-and-leave default
    hi: आदेश का पालन करो और घर चले जाओ।
    en: Obey the decree and go home.
    go d-home-evening

  choice private-meeting
    hi: सदन में नहीं, पर दूसरे हॉल में सदस्यों की "निजी बैठक" में रुको।
    en: Stay — not in the chamber, but at a "private meeting" of deputies in another hall.
    add 1 to resolve
    go d-private-meeting

  choice open-defiance
    hi: प्रस्ताव रखो कि ड्यूमा आदेश न माने और ख़ुद को सर्वोच्च सभा घोषित करे।
    en: Move that the Duma defy the decree and declare itself the supreme assembly.
    only if resolve >= 6 and prorogued
    show locked
    chance 30
      hi: एक पल के लिए हॉल तालियों से गूँज उठता है, और बहुमत तुम्हारे साथ खड़ा हो जाता है।
      en: For a moment the hall rings with applause, and a majority stands with you.
      go d-defiant-sitting
    otherwise
      hi: मिल्युकोव उठकर इसे ख़तरनाक जुआ बताते हैं। प्रस्ताव गिर जाता है, और बैठक "निजी" ही रहती है।
      en: Milyukov rises to call it a dangerous gamble. The motion fails, and the meeting stays "private".
      go d-private-meeting

# ================================================================ 27 February: the private meeting and the committee

scene d-private-meeting
  for duma
  on 27 Feb, 15:00
  at tauride
  hi: अर्धगोलाकार हॉल में — सदन में नहीं, ताकि आदेश न टूटे — लगभग दो सौ सदस्य "निजी बैठक" में मिले हैं। कुछ चाहते हैं कि ड्यूमा ख़ुद को संविधान सभा घोषित करे; मिल्युकोव और वरिष्ठ सदस्य मना करते हैं। रोद्ज़ियांको "व्यवस्था बहाल करने" के लिए एक छोटी समिति का प्रस्ताव रखते हैं।
  en: In the Semicircular Hall — not the chamber, so that no decree is broken — some two hundred deputies meet as a "private meeting". A few want to declare the Duma a Constituent Assembly; Milyukov and the Elders refuse. Rodzianko proposes a small committee "to restore order".
  if mutiny
    hi: हर कुछ मिनट में कोई ख़बर लाता है: एक और रेजिमेंट बाहर आ गई।
    en: Every few minutes someone brings news: another regiment has come out.
  if not mutiny
    hi: दोपहर ढलते-ढलते बेंचें ख़ाली होने लगती हैं। सैनिकों के साथ के बिना कोई अपना नाम किसी सूची में नहीं चाहता।
    en: As the afternoon wears on the benches empty. Without the soldiers, few want their names on any list.
  note
    hi: 27 फ़रवरी (12 मार्च) को दोपहर बाद सदस्य अर्धगोलाकार हॉल में "निजी बैठक" के रूप में मिले। शाम तक वरिष्ठ सदस्यों की परिषद ने बारह सदस्यों की "अस्थायी समिति" बनाई। शुल्गिन ने बाद में लिखा कि ड्यूमा के लोग ज़ार की फ़ौज से भी डरते थे और उमड़ती भीड़ से भी। इतिहासकार बँटे हुए हैं: कुछ इसे समझदारी मानते हैं — क़ानून का एक धागा बचाए रखना; दूसरे कहते हैं कि इसी हिचक ने पहल सड़क और सोवियत को दे दी।
    en: On the afternoon of 27 Feb (12 Mar) the deputies met in the Semicircular Hall as a "private meeting". By evening the Council of Elders had set up a twelve-member "Provisional Committee". Shulgin later wrote that the Duma men feared both the Tsar's troops and the surging crowd. Historians are divided: some see prudence — keeping a thread of legality; others say the hesitation handed the initiative to the street and the Soviet.
  source Leon Trotsky, History of the Russian Revolution; Richard Pipes, The Russian Revolution; Vasily Shulgin's memoir; State Museum of Political History of Russia, "Provisional Committee of the State Duma"

  choice elect-committee
    hi: वरिष्ठ सदस्यों की समिति के पक्ष में वोट दो और आज रात उसके साथ रहो।
    en: Vote for the Elders' committee and stay with it tonight.
    only if mutiny or resolve >= 6
    go committee-room

  choice tip-the-balance
    hi: समिति के पक्ष में बोलो: किसी को तो तैयार रहना होगा।
    en: Speak up for a committee: someone must be ready.
    only if not mutiny and resolve = 5
    add 1 to resolve
    reply
      hi: तुम कुछ ही मिनट बोलते हो। बैठते हो तो दोपहर भर चुप रहे बुज़ुर्ग सदस्य सिर हिला रहे हैं, और रोद्ज़ियांको मतदान करवाते हैं।
      en: You speak for a few minutes, no more. When you sit down, old members who have been silent all afternoon are nodding, and Rodzianko calls the vote.
    journal
      hi: मेरे बोलने के बाद वरिष्ठ सदस्य समिति बनाने पर राज़ी हो गए।
      en: After I spoke, the Elders agreed to form a committee.
    go committee-room

  choice urge-staying
    hi: उनसे कहो कि बिखरें नहीं — हालाँकि वे बिखर जाएँगे।
    en: Urge them not to scatter — though they will.
    only if not mutiny and resolve <= 4
    add 1 to resolve
    reply
      hi: "अगर अभी बिखर गए, तो ज़रूरत के वक़्त यहाँ कौन होगा?" कुछ लोग सिर हिलाते हैं। फिर खूँटियों से एक-एक करके कोट उतरने लगते हैं।
      en: "If we scatter now, who will be here when it matters?" A few nod. Then, one by one, the coats come down from their hooks.
    journal
      hi: कुछ लोगों ने सिर हिलाया, फिर अपने कोट उठा लिए। आख़िरी लोगों के साथ मैं भी निकल आया।
      en: A few nodded, then picked up their coats. I left with the last of them.
    go d-home-evening

  choice go-home-quietly default
    hi: वोट से पहले चुपचाप निकल जाओ।
    en: Slip out before the vote.
    go d-home-evening

scene committee-room
  for duma
  on 27 Feb, night
  at tauride
  hi: रात के नौ बजे, रोद्ज़ियांको का दफ़्तर। समिति — रोद्ज़ियांको, मिल्युकोव, शुल्गिन, केरेन्स्की और दूसरे — कुछ भरोसेमंद सदस्यों के साथ बैठी है — उनमें तुम भी हो। क्या "व्यवस्था बहाल करने वाली समिति" अब शासन करेगी?
  en: Nine at night, Rodzianko's office. The Committee — Rodzianko, Milyukov, Shulgin, Kerensky and others — sits with a few deputies it trusts, like you. Will the "committee to restore order" now govern?
  if mutiny
    hi: शहर में पुरानी सरकार के पास लगभग कोई सैनिक नहीं बचा। मंत्री छिप रहे हैं या गिरफ़्तारी का इंतज़ार कर रहे हैं।
    en: In the city the old government has almost no soldiers left. Its ministers are hiding or waiting to be arrested.
  if not mutiny
    hi: शहर शांत है। मंत्री अब भी अपने दफ़्तरों में हैं, और फ़ौज उनके साथ है। समिति के पास हुक्म देने को कोई नहीं।
    en: The city is quiet. The ministers are still in their offices, and the army is with them. The Committee has no one to command.
  if visited d-defiant-sitting
    hi: आज दोपहर की खुली अवज्ञा के बाद रास्ता और साफ़ है: ड्यूमा ज़ार से नाता तोड़ चुकी है।
    en: After this afternoon's open defiance the choice is starker: the Duma has already broken with the Tsar.
  note
    hi: ड्यूमा के नेताओं की दुविधा: अगर ज़ार की फ़ौज लौटी तो सत्ता लेने वालों को फाँसी हो सकती थी; अगर उन्होंने कुछ न किया तो सत्ता सोवियत और "सड़क" के हाथ चली जाती। रोद्ज़ियांको ने पहले ग्रैंड ड्यूक मिख़ाइल से उम्मीद लगाई कि वे ज़ार के नाम पर कमान सँभालेंगे; जब यह नहीं हुआ, तो 28 फ़रवरी (13 मार्च) की रात लगभग 2 बजे समिति ने ज़िम्मेदारी ले ली।
    en: The Duma leaders' dilemma: if the Tsar's troops came back, those who had taken power could hang; if they did nothing, power would pass to the Soviet and "the street". Rodzianko first hoped that Grand Duke Michael would take charge in the Tsar's name; when that came to nothing, at about 2 a.m. on 28 Feb (13 Mar) the Committee took responsibility.
  source Leon Trotsky, History of the Russian Revolution; Richard Pipes, The Russian Revolution; China Miéville, October: The Story of the Russian Revolution; D. and R. Crawford, The Last Tsar: Emperor Michael II

  choice look-into-soviet
    hi: गलियारे से जाकर सोवियत के हॉल में झाँको।
    en: Go down the corridor and look into the Soviet's hall.
    only if soviet
    once
    reply
      hi: गलियारे के उस पार सोवियत का हॉल खचाखच भरा है और शोर से गूँज रहा है। अध्यक्ष की कुर्सी से च्खेइद्ज़े सबको चुप कराने की कोशिश कर रहे हैं। रोद्ज़ियांको के दफ़्तर की ओर कोई मुड़कर नहीं देखता।
      en: Down the corridor the Soviet's hall is packed and loud. From the chair Chkheidze is trying to make himself heard. Nobody there glances towards Rodzianko's office.
    journal
      hi: सोवियत के हॉल में सैनिकों के ओवरकोट, मज़दूरों की टोपियाँ, और अध्यक्ष की कुर्सी पर च्खेइद्ज़े। वे हमारा इंतज़ार नहीं कर रहे।
      en: In the Soviet's hall: soldiers' greatcoats, workers' caps, and Chkheidze in the chair. They are not waiting for us.

  choice take-responsibility
    hi: "व्यवस्था बहाल करने" के लिए सत्ता लेने के पक्ष में वोट दो: हम नहीं लेंगे, तो सड़क ले लेगी।
    en: Vote to take power "to restore order": if we do not, the street will.
    only if mutiny
    go d-two-am

  choice call-michael
    hi: रोद्ज़ियांको की उम्मीद का साथ दो: ग्रैंड ड्यूक मिख़ाइल कमान सँभालें।
    en: Back Rodzianko's hope: Grand Duke Michael should take charge.
    only if mutiny
    go d-michael-wire

  choice await-tsar
    hi: ज़ार के जवाब का इंतज़ार करने की सलाह दो: फ़ौज अब भी उनकी है।
    en: Advise waiting for the Tsar's answer: the army is still his.
    only if not mutiny
    go d-quiet-tuesday

  choice slip-home default
    hi: यह बोझ तुमसे नहीं उठेगा। चुपचाप घर चले जाओ।
    en: This is more than you can carry. Slip away home.
    go d-home-evening

scene d-michael-wire
  for duma
  on 27 Feb, 23:30
  at tauride
  hi: आधी रात के क़रीब रोद्ज़ियांको महल लौटते हैं, चेहरा उतरा हुआ। ग्रैंड ड्यूक मिख़ाइल ने स्तावका के सीधे तार पर भाई से भरोसे वाला मंत्रिमंडल माँगा। जवाब: नहीं। जनरल इवानोव मोर्चे से सैनिक ला रहे हैं, और मिख़ाइल ज़ार की मर्ज़ी के ख़िलाफ़ कुछ नहीं करेंगे।
  en: Near midnight Rodzianko comes back to the palace, grey-faced. Over the direct wire to Stavka, Grand Duke Michael asked his brother for a trusted ministry. The answer: no. General Ivanov is coming with troops from the front, and Michael will not act against the Tsar's will.
  note
    hi: 27 फ़रवरी (12 मार्च) की रात मिख़ाइल ने सेना मुख्यालय से बात की और भाई को सलाह दी कि जनता के भरोसे वाली सरकार बनाएँ। निकोलस ने मना कर दिया और जनरल इवानोव को सेंट जॉर्ज क्रॉस पाए सैनिकों की एक बटालियन के साथ "व्यवस्था बहाल करने" भेजा। मिख़ाइल ज़ार की सहमति के बिना कुछ करने को तैयार नहीं थे।
    en: On the night of 27 Feb (12 Mar) Michael spoke to army headquarters and advised his brother to appoint a government the public trusted. Nicholas refused and sent General Ivanov with a battalion of men decorated with the Cross of St George to "restore order". Michael would not act without the Tsar's consent.
  source D. and R. Crawford, The Last Tsar: Emperor Michael II; Great Soviet Encyclopedia, "Provisional Committee of the State Duma"

  choice take-it-ourselves
    hi: "तो समिति को अकेले ही, आज रात ही, क़दम उठाना होगा।"
    en: "Then the Committee must act alone, tonight."
    add 1 to resolve
    go d-two-am

  choice no-lawful-way default
    hi: ज़ार या उनके भाई के बिना कोई क़ानूनी रास्ता नहीं। घर चले जाओ।
    en: Without the Tsar or his brother there is no lawful way. Go home.
    go d-home-evening

# ================================================================ 28 February: the Committee takes power

scene d-two-am
  for duma
  on 28 Feb, 02:00
  at tauride
  hi: रात के दो बजे; समिति ने दस्तख़त कर दिए हैं। प्रगतिवादी सदस्य और रेल इंजीनियर बुबलिकोव यातायात मंत्रालय पर क़ब्ज़ा करने के लिए कोट पहन रहे हैं, और उन्हें एक साथी चाहिए। कैथरीन हॉल में सैकड़ों सैनिक राइफ़लें बाँहों में लिए फ़र्श पर सो रहे हैं।
  en: Two in the morning; the Committee has signed. Bublikov, a Progressist deputy and railway engineer, pulls on his coat to take over the Ministry of Transport, and wants a colleague with him. In the Catherine Hall hundreds of soldiers sleep on the floor, rifles in their arms.
  note
    hi: 28 फ़रवरी (13 मार्च) को लगभग 2 बजे रात समिति ने घोषणा की कि वह व्यवस्था बहाल करने की ज़िम्मेदारी ले रही है, और मंत्रालयों में अपने कमिसार भेजे। 1 मार्च (14 मार्च) को ब्रिटेन और फ़्रांस ने समिति को व्यवहार में मान्यता दे दी। इतिहासकार पूछते हैं कि क्या समिति राजतंत्र बचाना चाहती थी: मिल्युकोव और गुचकोव जैसे सदस्य संवैधानिक राजतंत्र चाहते थे, जबकि केरेन्स्की सोवियत में भी थे।
    en: At about 2 a.m. on 28 Feb (13 Mar) the Committee announced that it was taking responsibility for restoring order and sent its commissars to the ministries. On 1 March (14 March) Britain and France gave it de facto recognition. Historians ask whether the Committee meant to save the monarchy: members such as Milyukov and Guchkov wanted a constitutional monarchy, while Kerensky also sat in the Soviet.
  source China Miéville, October: The Story of the Russian Revolution; Petrograd Soviet, Order No. 1 (1 March 1917); D. and R. Crawford, The Last Tsar: Emperor Michael II; Great Soviet Encyclopedia, "Provisional Committee of the State Duma"

  choice with-bublikov
    hi: बुबलिकोव के साथ यातायात मंत्रालय जाओ।
    en: Go with Bublikov to the Ministry of Transport.
    go d-bublikov

  choice stay-in-palace default
    hi: महल में रुको: सैनिक जागेंगे तो किसी को उनसे बात करनी होगी।
    en: Stay in the palace: when the soldiers wake, someone must speak to them.
    go d-soldiers-in-palace

scene d-bublikov
  for duma
  on 28 Feb, 08:00
  at d-transport-ministry
  hi: जब बुबलिकोव दो सैनिकों के साथ अंदर आते हैं, तो मंत्रालय के अफ़सर खड़े हो जाते हैं। उनका तार रवाना हो जाता है। फिर एक क्लर्क लाइन से आया सवाल लाता है: ज़ार की ट्रेन राजधानी की ओर आ रही है, और मोर्चे से फ़ौजी गाड़ियाँ भी। रेलकर्मी क्या करें?
  en: The officials stand up when Bublikov walks in with two soldiers. His telegram goes out. Then a clerk brings a question from the line: the Tsar's train is heading for the capital, and troop trains are coming from the front. What are the railwaymen to do?
  note
    hi: बुबलिकोव ने आदेश दिया कि कोई फ़ौजी गाड़ी राजधानी के पास न आए। 28 फ़रवरी–1 मार्च (13–14 मार्च) की रात ज़ार की ट्रेन मालाया विशेरा पहुँची, तो ख़बर मिली कि आगे ल्यूबान और तोस्नो पर विद्रोही सैनिकों का क़ब्ज़ा है। ट्रेन वहीं से लौटी और बोलोगोये होते हुए प्स्कोव पहुँची। जनरल इवानोव की टुकड़ी त्सारस्कोये सेलो से आगे नहीं बढ़ पाई। रेल और तार पर जिसका क़ब्ज़ा था, वह तय कर सकता था कि ज़ार अपनी फ़ौज तक पहुँचें या नहीं।
    en: Bublikov ordered that no troop train come near the capital. On the night of 28 Feb–1 Mar (13–14 Mar) the Tsar's train reached Malaya Vishera, to reports that mutinous troops held Lyuban and Tosno further up the line. It turned back there and went by way of Bologoe to Pskov. General Ivanov's force got no further than Tsarskoe Selo. Whoever held the railways and the telegraph could decide whether the Tsar reached his troops.
  source China Miéville, October: The Story of the Russian Revolution

  choice close-the-lines
    hi: आदेश दो कि कोई फ़ौजी गाड़ी राजधानी के पास न आने पाए।
    en: Order that no troop train may come near the capital.
    subtract 5 from garrison
    reply
      hi: तुम और बुबलिकोव आदेश पर दस्तख़त करते हो। तार की मशीनें खटखटाने लगती हैं, और लाइन-दर-लाइन हुक्म पहुँच जाता है: कोई फ़ौजी गाड़ी राजधानी के पास न आए।
      en: You and Bublikov put your names to the order. The telegraph keys start to clatter, and down line after line it goes: no troop train is to come near the capital.
    journal
      hi: मैंने बुबलिकोव के साथ लाइनें बंद करवाईं। अब ज़ार की फ़ौज राजधानी तक नहीं पहुँचेगी।
      en: With Bublikov I had the lines closed. The Tsar's troops will not reach the capital now.
    go d-soldiers-in-palace

  choice let-trains-run default
    hi: ज़ार की ट्रेन चलने दो: सम्राट को रोकना हद से आगे जाना है।
    en: Let the Tsar's train run: stopping the Emperor is a step too far.
    add 5 to garrison
    go d-soldiers-in-palace

scene d-soldiers-in-palace
  for duma
  on 28 Feb, 15:00
  at catherine-hall
  hi: कैथरीन हॉल हथियारबंद सैनिकों से भरा है। गिरफ़्तार मंत्रियों और जनरलों को भीड़ के बीच से लाया जा रहा है; केरेन्स्की उन्हें भीड़ से दूर एक बगल के कमरे में रखवाते हैं। अफ़सर अपने कंधों के बिल्ले छिपा रहे हैं। ड्यूमा के सैन्य आयोग ने आदेश तैयार किया है: सब सैनिक बैरक लौटें, अपने अफ़सरों के अधीन।
  en: The Catherine Hall is full of armed soldiers. Arrested ministers and generals are led through the crowd; Kerensky has them kept in a side room, out of its reach. Officers hide their epaulettes. The Duma's military commission has drafted an order: all soldiers back to barracks, under their officers.
  note
    hi: ड्यूमा के सैन्य आयोग ने सैनिकों को बैरक लौटने और अफ़सरों की बात मानने का आदेश दिया। सैनिकों को डर था कि वही अफ़सर उन्हें बग़ावत की सज़ा देंगे या मोर्चे पर भेज देंगे — इसी डर से अगले दिन सोवियत का आदेश संख्या 1 निकला। सरकार कभी छावनी पर पूरा नियंत्रण नहीं पा सकी।
    en: The Duma's military commission ordered the soldiers back to barracks and to obey their officers. The soldiers feared that those same officers would punish them for mutiny or send them to the front — and out of that fear came the Soviet's Order No. 1 the next day. The government never gained full control of the garrison.
  source China Miéville, October: The Story of the Russian Revolution; Petrograd Soviet, Order No. 1 (1 March 1917)

  choice back-to-barracks default
    hi: आदेश का साथ दो: बिना अफ़सरों के फ़ौज भीड़ बन जाती है।
    en: Support the order: without officers an army is a mob.
    go d-order-one

  choice ask-chkheidze
    hi: च्खेइद्ज़े की सोवियत से कहो कि वही सैनिकों को शांत करे।
    en: Ask Chkheidze's Soviet to calm the soldiers instead.
    go d-negotiation

# ================================================================ 1 March: Order No. 1 and the night talks

scene d-order-one
  for duma
  on 1 Mar, 15:30
  at tauride
  hi: समिति के आदेश का जवाब सोवियत से आया है। गलियारे में दो नौजवान अफ़सर तुम्हारी आस्तीन पकड़ लेते हैं: "उनकी समितियाँ हमारी राइफ़लें गिनेंगी! समिति से कहिए कि इसे रद्द करे।" उनके पीछे सैनिकों का एक प्रतिनिधि हाथ बाँधे खड़ा है: "हम ज़ार के ख़िलाफ़ निकले थे। फिर उन्हीं के जूते तले नहीं जाएँगे।"
  en: The answer to the Committee's order has come from the Soviet. In a corridor two young officers catch your sleeve: "Their committees will count our rifles! Make the Committee annul it." Behind them a soldiers' delegate stands with folded arms: "We went out against the Tsar. We will not go back under the same fist."
  note
    hi: आदेश संख्या 1 पर इतिहासकार बँटे हुए हैं। कुछ (जैसे पाइप्स) मानते हैं कि इसने रूसी सेना का अनुशासन तोड़ दिया और अक्टूबर का रास्ता खोला। दूसरे कहते हैं कि इसने वही लिखा जो पहले ही हो चुका था: सैनिक अफ़सरों का भरोसा खो चुके थे, और उन्हें सबसे ज़्यादा डर सज़ा और मोर्चे पर भेजे जाने का था।
    en: Historians disagree about Order No. 1. Some (such as Pipes) hold that it broke the Russian army's discipline and opened the road to October. Others argue that it wrote down what had already happened: the soldiers had lost all trust in their officers, and what they feared most was punishment and being sent to the front.
  source Petrograd Soviet, Order No. 1 (1 March 1917); Richard Pipes, The Russian Revolution; Alexander Rabinowitch, "The Bolsheviks Come to Power in Petrograd: Centennial Reflections", Economic and Political Weekly (2017)

  choice demand-annul
    hi: गुचकोव के पास जाओ और माँग करो कि समिति इस आदेश को मानने से इनकार करे।
    en: Go to Guchkov and demand that the Committee refuse to recognise the order.
    add 1 to resolve
    go d-negotiation

  choice accept-order default
    hi: अफ़सरों से सच कहो: यह आदेश बस वही लिखता है जो हो चुका है।
    en: Tell the officers the truth: the order only writes down what has already happened.
    subtract 1 from resolve
    go d-negotiation

scene d-negotiation
  for duma
  on 1 Mar, 17:00
  at tauride
  hi: आज रात सोवियत की कार्यकारिणी नई सरकार के कार्यक्रम पर बातचीत (सौदेबाज़ी) करने आएगी, और मिल्युकोव पूछते हैं कि क्या माना जा सकता है। सोवियत चाहती है: राजनीतिक बंदियों की रिहाई; भाषण, प्रेस, सभा और हड़ताल की आज़ादी; सार्वभौमिक मताधिकार से चुनी संविधान सभा; पुलिस की जगह जन-मिलिशिया; और क्रांति में शामिल रेजिमेंटें हथियारों के साथ पेत्रोग्राद में ही रहें।
  en: Tonight the Soviet's Executive comes to bargain over the new government's programme, and Milyukov asks what can be conceded. The Soviet wants: an amnesty; freedom of speech, press, assembly and strikes; a Constituent Assembly elected by universal vote; a people's militia instead of the police; and the revolutionary regiments to stay in Petrograd, armed.
  if visited d-order-one
    hi: आज के बाद किसी को विश्वास नहीं कि सैनिकों को हुक्म देकर वापस भेजा जा सकता है।
    en: After today, nobody believes the soldiers can simply be ordered back.
  note
    hi: बातचीत 1–2 मार्च की रात चली; स्कूली इतिहास-पाठ की "14 मार्च" (नई शैली) यही रात है (1 मार्च पुरानी शैली)। सोवियत के नेता — मेन्शेविक और समाजवादी क्रांतिकारी — ख़ुद सत्ता नहीं लेना चाहते थे: उनका मानना था कि पहले "बुर्जुआ" क्रांति आनी चाहिए, और उन्हें गृहयुद्ध व प्रतिक्रांति का डर था। सोवियत ने शर्तों के साथ समर्थन दिया: यही "दोहरी सत्ता" थी। फ़ाइजेस जैसे इतिहासकार कहते हैं कि असली ताक़त — फ़ौज, रेल, छापाख़ाने — सोवियत के पास थी।
    en: The talks ran through the night of 1–2 March; the school history text's "14 March" (New Style) is that night (1 March Old Style). The Soviet's leaders — Mensheviks and Socialist Revolutionaries — did not want power themselves: they believed a "bourgeois" revolution had to come first, and they feared civil war and counter-revolution. The Soviet gave conditional support: this was "dual power". Historians such as Figes argue that the real power — soldiers, railways, printing presses — lay with the Soviet.
  source Petrograd Soviet, Order No. 1 (1 March 1917); China Miéville, October: The Story of the Russian Revolution; Richard Pipes, The Russian Revolution; Maurice Paléologue's diary, 17 March 1917

  choice concede-all default
    hi: पाँचों शर्तें मान लो: सोवियत के बिना कोई सैनिक हमारी नहीं सुनेगा।
    en: Concede all five: without the Soviet no soldier obeys us.
    go d-pskov-or-stay

  choice keep-the-army
    hi: आज़ादियाँ मान लो, पर छावनी पर नियंत्रण के लिए लड़ो।
    en: Concede the freedoms, but fight for control of the garrison.
    add 5 to garrison
    go d-pskov-or-stay

  choice hold-monarchy
    hi: पहले यह शर्त रखो कि राजतंत्र बना रहे, एक रीजेंट (संरक्षक) के साथ।
    en: Insist first that the monarchy stay, with a regent.
    add 5 to strike
    go d-pskov-or-stay

# ================================================================ 2 March: Pskov, or the cabinet

scene d-pskov-or-stay
  for duma
  on 2 Mar, 05:00
  at tauride
  hi: रात भर की बातचीत के बाद धुँधली सुबह। गुचकोव और शुल्गिन के लिए गाड़ी खड़ी है: समिति उन्हें प्स्कोव में ज़ार की ट्रेन तक भेज रही है, ताकि वे गद्दी छोड़ने को कहें — बालक अलेक्सेई के पक्ष में, ग्रैंड ड्यूक मिख़ाइल रीजेंट हों। गुचकोव कहते हैं: "हमारे साथ चलो, या रुककर मंत्रिमंडल चुनने में मदद करो।"
  en: Grey dawn after the night of talks. A car waits for Guchkov and Shulgin: the Committee is sending them to the Tsar's train at Pskov to ask him to abdicate — for the boy Alexei, with Grand Duke Michael as regent. "Come with us," says Guchkov, "or stay and help choose a cabinet."
  note
    hi: एक स्कूली इतिहास-पाठ कहता है कि नई सरकार ने "जार से शासन का परित्याग करने की मांग की"। यह अधूरा है: स्तावका में सेना के चीफ़ ऑफ़ स्टाफ़ अलेक्सेयेव ने तार से मोर्चों के कमांडरों की राय ली, और जनरल रुज़्स्की ने उनकी साझा सलाह ज़ार के सामने रखी — गद्दी छोड़ दें, ताकि युद्ध चलता रहे। जब तक गुचकोव और शुल्गिन पहुँचे, निकोलस फ़ैसला कर चुके थे। NCERT की पाठ्यपुस्तक भी कहती है कि "सैन्य कमांडरों ने उन्हें गद्दी छोड़ने की सलाह दी"। गुचकोव पहले महल-षड्यंत्र की योजना भी बना चुके थे। दोनों भोर में निकले और लूगा में रुकते हुए रात लगभग 10 बजे प्स्कोव पहुँचे।
    en: A school history text says the new government "demanded that the Tsar give up the throne". That is incomplete: at Stavka the Chief of Staff, Alekseev, canvassed the front commanders by telegraph, and General Ruzsky laid their common advice before the Tsar — abdicate, so that the war can go on. By the time Guchkov and Shulgin arrived, Nicholas had decided. NCERT too says that "military commanders advised him to abdicate". Guchkov had earlier plotted a palace coup. The two left at dawn and, after a stop at Luga, reached Pskov at about 10 p.m.
  source China Miéville, October: The Story of the Russian Revolution; Richard Pipes, The Russian Revolution; A. I. Denikin, The Russian Turmoil; Maurice Paléologue's diary, 17 March 1917

  choice go-to-pskov
    hi: उनके साथ प्स्कोव जाओ।
    en: Go with them to Pskov.
    go d-pskov-carriage

  choice stay-for-cabinet default
    hi: पेत्रोग्राद में रुको: मंत्रिमंडल आज ही चुना जाएगा।
    en: Stay in Petrograd: the cabinet is chosen today.
    go d-premier

scene d-premier
  for duma
  on 2 Mar, 10:00
  at tauride
  hi: सरकार का मुखिया कौन हो? ड्यूमा के अध्यक्ष रोद्ज़ियांको मानकर चल रहे हैं कि वही होंगे। पर मिल्युकोव और समिति के ज़्यादातर सदस्य ज़ेम्स्तवो संघ के प्रमुख प्रिंस जॉर्जी ल्वोव को चाहते हैं — वे इस ड्यूमा के सदस्य भी नहीं, पर सेना और ज़ेम्स्तवो उन पर भरोसा करते हैं। फुसफुसाहट है कि "सड़क" के लिए रोद्ज़ियांको बहुत ज़्यादा ज़ार के आदमी हैं।
  en: Who will head the government? Rodzianko, the Duma's chairman, expects to. But Milyukov and most of the Committee want Prince Georgy Lvov, head of the Zemstvo Union — not even a member of this Duma, but trusted by the army and the zemstvos. Rodzianko, they whisper, is too much the Tsar's man for "the street".
  note
    hi: स्कूली इतिहास-पाठ "जार्ज स्लाव" की अध्यक्षता में सरकार की बात करता है। यह प्रिंस जॉर्जी येवगेनयेविच ल्वोव (1861–1925) के नाम का बिगड़ा रूप लगता है: उदारवादी ज़मींदार, युद्ध में ज़ेम्स्तवो संघ के प्रमुख, पहली ड्यूमा (1906) के सदस्य — चौथी ड्यूमा के नहीं। वे 2 मार्च से 7 जुलाई 1917 (नई शैली में 15 मार्च से 20 जुलाई) तक प्रधानमंत्री और गृहमंत्री रहे; उनके बाद केरेन्स्की आए। रोद्ज़ियांको को कोई पद नहीं मिला: नई सरकार ने अपना अधिकार ड्यूमा से नहीं, "क्रांति" से माना।
    en: A school history text speaks of a government headed by "George Slav". This looks like a garbling of Prince Georgy Yevgenyevich Lvov (1861–1925): a liberal landowner, head of the Zemstvo Union in the war, a member of the First Duma (1906) — not of the Fourth. He was Prime Minister and Minister of the Interior from 2 March to 7 July 1917 (15 March to 20 July New Style); Kerensky followed him. Rodzianko was given no post: the new government claimed its authority from "the revolution", not from the Duma.
  source State Museum of Political History of Russia, "Provisional Government"; Britannica Concise Encyclopedia, "Lvov, Georgy"

  choice vote-lvov default
    hi: प्रिंस ल्वोव के पक्ष में वोट दो।
    en: Vote for Prince Lvov.
    go d-milyukov-speech

  choice vote-rodzianko
    hi: रोद्ज़ियांको के पक्ष में वोट दो: ड्यूमा के अध्यक्ष को ही नेतृत्व करना चाहिए।
    en: Vote for Rodzianko: the Duma's chairman should lead.
    add 1 to resolve
    go d-milyukov-speech

scene d-milyukov-speech
  for duma
  on 2 Mar, 15:00
  at catherine-hall
  hi: तीन बजे: जब मिल्युकोव मंत्रियों के नाम सुनाते हैं, कैथरीन हॉल ऊपर की दीर्घाओं तक खचाखच भरा है। बाद में, बगल के कमरे में, नए मंत्री बहस करते हैं कि उन्होंने राजवंश के बारे में क्या कहा। मिल्युकोव: "ताज के बिना जनता किसी सत्ता को नहीं मानेगी।" केरेन्स्की: "सड़क के गले एक और रोमानोव नहीं उतरेगा।"
  en: Three o'clock: the Catherine Hall is packed to the galleries as Milyukov names the ministers. Afterwards, in a side room, the new ministers argue over what he said about the dynasty. Milyukov: "Without the crown the people will recognise no authority." Kerensky: "The street will not swallow another Romanov."
  if government
    hi: केरेन्स्की का चेहरा तमतमाया है: कार्यकारिणी के मना करने पर भी उन्होंने न्याय मंत्री का पद लिया, और सोवियत की सभा ने तालियों से उनका साथ दिया।
    en: Kerensky is flushed: against his Executive's ban he has taken the Ministry of Justice, and the Soviet's assembly cheered him for it.
  note
    hi: भीड़ ने पूछा: "तुम्हें किसने चुना?" मिल्युकोव ने कहा: "रूसी क्रांति ने।" जब उन्होंने रीजेंसी (बालक अलेक्सेई ज़ार, मिख़ाइल रीजेंट) की बात कही, तो हंगामा हो गया; शाम तक उनके साथियों ने इसे उनकी "निजी राय" बताया। केरेन्स्की अकेले ऐसे व्यक्ति थे जो ड्यूमा समिति और सोवियत कार्यकारिणी, दोनों में सक्रिय थे — दो सत्ताओं के बीच का पुल, और आगे चलकर 1917 के सबसे चर्चित नेता।
    en: The crowd asked: "Who elected you?" Milyukov answered: "The Russian revolution did." When he spoke of a regency (the boy Alexei as Tsar, Michael as regent) there was uproar; by evening his colleagues were calling it his "personal opinion". Kerensky was the only man active in both the Duma Committee and the Soviet Executive — the bridge between the two powers, and later the central figure of 1917.
  source China Miéville, October: The Story of the Russian Revolution; Richard Pipes, The Russian Revolution; State Museum of Political History of Russia, "Petrograd Soviet"

  choice back-milyukov
    hi: मिल्युकोव का साथ दो: राजतंत्र ही राज्य को जोड़े हुए है।
    en: Back Milyukov: the monarchy holds the state together.
    add 5 to strike
    go d-millionnaya

  choice disown-regency default
    hi: भीड़ से कहलवा दो कि यह मिल्युकोव की निजी राय थी।
    en: Let the crowd be told it was Milyukov's personal opinion.
    subtract 5 from strike
    go d-millionnaya

scene d-pskov-carriage
  for duma
  on 2 Mar, 22:00
  at pskov
  hi: रात के दस बजे, प्स्कोव स्टेशन, ज़ार का सैलून डिब्बा। निकोलस शांत हैं, लगभग विनम्र। गुचकोव भाषण शुरू करते हैं; ज़ार उन्हें रोक देते हैं। वे फ़ैसला कर चुके हैं — पर वैसा नहीं जैसा समिति चाहती थी: बीमार बेटे से अलग होना उन्हें मंज़ूर नहीं, इसलिए वे अपनी और अलेक्सेई, दोनों की ओर से गद्दी छोड़ रहे हैं, मिख़ाइल के पक्ष में।
  en: Ten at night, Pskov station, the Tsar's saloon carriage. Nicholas is calm, almost courteous. Guchkov begins his speech; the Tsar stops him. He has decided — but not as the Committee hoped: he will not be parted from his sick son, so he abdicates for himself and for Alexei, in favour of Michael.
  note
    hi: राजत्याग-पत्र पर रात लगभग 11:40 बजे दस्तख़त हुए, पर उस पर समय दोपहर 3 बजे का लिखा गया — जब ज़ार ने सेनापतियों की सलाह पर पहली बार हाँ कही थी। उन्होंने एक और आदेश पर भी पुरानी तारीख़ से दस्तख़त किए, जिसमें ल्वोव को प्रधानमंत्री नियुक्त किया गया — ताकि नई सरकार की क़ानूनी कड़ी बनी रहे। बाद में कुछ वकीलों ने कहा कि क़ानून ज़ार को नाबालिग वारिस का अधिकार छोड़ने की इजाज़त नहीं देता था।
    en: The act was signed at about 11:40 p.m. but timed 3 p.m. — the hour when, on his generals' advice, the Tsar had first agreed. He also signed a backdated decree appointing Lvov Prime Minister, giving the new cabinet a legal link to the old order. Some lawyers later argued that the law did not allow the Tsar to renounce the rights of his under-age heir.
  source China Miéville, October: The Story of the Russian Revolution; Richard Pipes, The Russian Revolution; A. I. Denikin, The Russian Turmoil; Maurice Paléologue's diary, 17 March 1917

  choice accept-act default
    hi: जैसा दिया जा रहा है, वैसा राजत्याग-पत्र स्वीकार करो: गद्दी ख़ाली है।
    en: Accept the act as offered: the throne is empty.
    go d-warsaw-station

  choice object-law
    hi: आपत्ति करो कि वे बेटे का हक़ नहीं छोड़ सकते — फिर भी गवाह बनो।
    en: Object that he cannot renounce his son's right — then witness it anyway.
    subtract 1 from resolve
    reply
      hi: ज़ार शांति से तुम्हारी बात सुनते हैं, फिर कंधे उचका देते हैं: फ़ैसला हो चुका है। गुचकोव तुम्हें चेतावनी भरी नज़र से देखते हैं, और तुम चुप हो जाते हो।
      en: The Tsar hears you out calmly, then shrugs: his mind is made up. Guchkov gives you a warning look, and you say no more.
    journal
      hi: मैंने आपत्ति की। ज़ार ने बस कंधे उचकाए: "मैं अपने बेटे से अलग नहीं हो सकता।"
      en: I objected. The Tsar only shrugged: "I cannot be parted from my son."
    go d-millionnaya

scene d-warsaw-station
  for duma
  on 3 Mar, 07:00
  at d-warsaw-station
  hi: सुबह सात बजे, वारसॉ स्टेशन। गुचकोव रेल कारख़ाने में मज़दूरों को घोषणापत्र पढ़कर सुनाते हैं और अंत में कहते हैं: "सम्राट मिख़ाइल अमर रहें!" सन्नाटा, फिर शोर: "हमने एक और ज़ार के लिए क्रांति नहीं की!" कोई दरवाज़े बंद करने को चिल्लाता है। राजत्याग-पत्र शुल्गिन की जेब में है।
  en: Seven in the morning, the Warsaw station. In the railway workshop Guchkov reads the manifesto to the workers and ends: "Long live Emperor Michael!" Silence, then uproar: "We didn't make a revolution for another Tsar!" Someone shouts to lock the doors. The act is in Shulgin's pocket.
  note
    hi: 3 मार्च (16 मार्च) की सुबह रेल मज़दूरों ने "सम्राट मिख़ाइल" की घोषणा करने पर गुचकोव को लगभग गिरफ़्तार कर लिया था। मज़दूरों और सैनिकों के लिए रोमानोव का नाम ही अस्वीकार्य हो चुका था — मिल्युकोव और गुचकोव इसे पहचानने में देर कर रहे थे।
    en: On the morning of 3 Mar (16 Mar) railway workers nearly arrested Guchkov for proclaiming "Emperor Michael". For workers and soldiers the very name Romanov had become unacceptable — something Milyukov and Guchkov were slow to see.
  source Maurice Paléologue's diary, 17 March 1917; D. and R. Crawford, The Last Tsar: Emperor Michael II; China Miéville, October: The Story of the Russian Revolution

  choice shield-guchkov
    hi: भीड़ को चीरकर गुचकोव के पास पहुँचो और मज़दूरों को शांत करो।
    en: Push through to Guchkov's side and talk the men down.
    subtract 5 from strike
    go d-millionnaya

  choice guard-the-act default
    hi: शुल्गिन के साथ चुपके से निकलो और राजत्याग-पत्र सुरक्षित मिलियोन्नाया सड़क तक पहुँचाओ।
    en: Slip out with Shulgin and get the act safely to Millionnaya Street.
    add 5 to strike
    go d-millionnaya

# ================================================================ 3 March: 12 Millionnaya Street

scene d-millionnaya
  for duma
  on 3 Mar, 10:00
  at millionnaya
  hi: मिलियोन्नाया सड़क, मकान 12, प्रिंस पुत्यातिन का फ़्लैट। लंबे, पीले पड़े ग्रैंड ड्यूक मिख़ाइल बारी-बारी से मंत्रियों को सुनते हैं। बैठी आवाज़ में मिल्युकोव ताज लेने की विनती करते हैं; गुचकोव उनके साथ हैं। केरेन्स्की, रोद्ज़ियांको और ज़्यादातर लोग कहते हैं कि मना कर दें: राजधानी नया ज़ार नहीं मानेगी। मिख़ाइल की नज़र कमरे में घूमती है — तुम पर भी: "और आप?"
  en: 12 Millionnaya Street, Prince Putyatin's flat. Grand Duke Michael, tall and pale, hears the ministers in turn. Milyukov, hoarse, pleads with him to take the crown; Guchkov agrees. Kerensky, Rodzianko and most of the others beg him to refuse: the capital will not accept a new Tsar. Michael's eyes move round the room — to you too: "And you?"
  if not abdicated
    hi: पर प्स्कोव से कोई राजत्याग-पत्र नहीं आया। मिख़ाइल के पास तय करने को कुछ नहीं; बैठक बिना फ़ैसले के उठ जाती है।
    en: But no act of abdication has come from Pskov. Michael has nothing to decide, and the meeting breaks up without a decision.
  note
    hi: गुचकोव और मिल्युकोव चाहते थे कि मिख़ाइल ताज लें: उनकी नज़र में राजतंत्र ही वह सत्ता थी जिसे किसानों की फ़ौज और देश समझता था। केरेन्स्की, रोद्ज़ियांको, नेक्रासोव और ज़्यादातर मंत्री मानते थे कि राजधानी नया ज़ार नहीं मानेगी और गृहयुद्ध हो सकता है। मिख़ाइल ने कहा कि वे ताज तभी लेंगे जब सार्वभौमिक मताधिकार से चुनी संविधान सभा उन्हें सौंपे। गणतंत्र 1 सितंबर (14 सितंबर) 1917 को घोषित हुआ; संविधान सभा जनवरी 1918 में मिली और बोल्शेविकों ने उसे भंग कर दिया।
    en: Guchkov and Milyukov wanted Michael to take the crown: to them the monarchy was the one authority the peasant army and the country understood. Kerensky, Rodzianko, Nekrasov and most of the ministers held that the capital would not accept a new Tsar and that it could mean civil war. Michael said he would take the crown only if a Constituent Assembly elected by universal suffrage offered it. A republic was proclaimed on 1 September (14 September) 1917; the Constituent Assembly met in January 1918 and was dispersed by the Bolsheviks.
  source Maurice Paléologue's diary, 17 March 1917; D. and R. Crawford, The Last Tsar: Emperor Michael II; State Museum of Political History of Russia, "Constituent Assembly"
  # Only if no act has come from Pskov (possible when several players share the world): back to the palace.
  go d-waiting-end

  choice advise-accept
    hi: ताज स्वीकार करने की सलाह दो: क़ानूनी सत्ता का यही आख़िरी धागा है।
    en: Advise him to accept: the crown is the last thread of lawful power.
    only if abdicated
    go d-michael-answer-crown

  choice advise-refuse default
    hi: सलाह दो कि जब तक संविधान सभा फ़ैसला न करे, वे मना कर दें।
    en: Advise him to refuse until a Constituent Assembly decides.
    only if abdicated
    go d-michael-answer


scene d-michael-answer
  for duma
  on 3 Mar, 14:00
  at millionnaya
  hi: रोद्ज़ियांको और ल्वोव से अकेले में बात करके मिख़ाइल कमरे में लौटते हैं। वे ताज तभी लेंगे जब संविधान सभा उन्हें सौंपे। केरेन्स्की, आँखों में आँसू लिए, उनका हाथ थाम लेते हैं। तुम्हारी सलाह बहुमत के साथ थी।
  en: After a private talk with Rodzianko and Lvov, Michael comes back into the room. He will take the crown only if a Constituent Assembly offers it. Kerensky, close to tears, grasps his hand. Your advice was with the majority.

  choice out-to-the-street
    hi: बाहर मिलियोन्नाया सड़क पर निकलो।
    en: Walk out into Millionnaya Street.
    go d-committee

scene d-michael-answer-crown
  for duma
  on 3 Mar, 14:00
  at millionnaya
  hi: तुमने मिल्युकोव और गुचकोव के साथ ताज के पक्ष में बात की, और हार गए। अकेले की बातचीत से लौटते मिख़ाइल का चेहरा उनके बोलने से पहले ही सब कह देता है। मिल्युकोव दोनों हाथों में सिर थामे बैठे हैं।
  en: You spoke for the crown, with Milyukov and Guchkov, and lost. Michael's face as he comes back from his private talk tells you before he speaks. Milyukov sits with his head in his hands.

  choice out-with-milyukov
    hi: मिल्युकोव के साथ बाहर सड़क पर निकलो।
    en: Walk out into the street with Milyukov.
    go d-crown

# ================================================================ the waiting line: the garrison stayed loyal

scene d-quiet-tuesday
  for duma
  on 28 Feb, 10:00
  at tauride
  hi: मंगलवार। हड़ताल ठंडी पड़ रही है; कारख़ाना इलाक़ों में पुलिस सूचियाँ लेकर नाम ढूँढ़ रही है। जनरल ख़ाबालोव की गश्त पुलों पर है, और सत्रावसान का आदेश क़ायम है। स्तावका से कुछ नहीं — सिवाय इस ख़बर के कि जनरल इवानोव "एहतियात के तौर पर" मोर्चे से सैनिक ला रहे हैं।
  en: Tuesday. The strike is fading; in the factory districts the police are working through lists of names. General Khabalov's patrols hold the bridges, and the prorogation stands. From Stavka, nothing — except word that General Ivanov is bringing troops from the front "to make sure".
  if committee
    hi: रोद्ज़ियांको की समिति अब भी एक बगल के कमरे में बैठती है, बिना किसी को हुक्म दिए।
    en: Rodzianko's committee still meets in a side room, with no one to command.
  if visited d-defiance-evening and not visited d-home-evening
    hi: भोर में सैनिकों ने वह सदन ख़ाली करा दिया जिसे तुमने छोड़ने से मना किया था। हर सदस्य को बाहर ले जाकर उसका नाम लिखा गया; सरकारी वकील "बग़ावत भड़काने" का मुक़दमा तैयार कर रहा है।
    en: At dawn soldiers cleared the chamber you refused to leave. Each deputy was led out and his name written down; a prosecutor is preparing a charge of "incitement to rebellion".
  if soviet
    hi: शहर में कहीं मज़दूरों की एक सोवियत बैठ रही है — पर सैनिकों के बिना वह छिपते-फिरते लोगों की सभा भर है।
    en: Somewhere in the city a Soviet of workers meets — but without the soldiers it is a council of hunted men.
  note
    hi: यहाँ इतिहास दूसरी राह लेता है। असल में 27 फ़रवरी (12 मार्च) को छावनी ने विद्रोह किया, और जनरल इवानोव की टुकड़ी त्सारस्कोये सेलो से आगे नहीं बढ़ पाई। इतिहासकार पूछते हैं कि अगर छावनी वफ़ादार रहती तो क्या होता। अमेरिकी, कम्युनिस्ट-विरोधी इतिहासकार पाइप्स इसे "वर्दी पहने किसानों" की बग़ावत मानते हैं जो शुरू होने के बाद रोकी नहीं जा सकती थी, पर ख़ाबालोव की नरमी को "घातक" भूल भी कहते हैं; दूसरे कहते हैं कि भूख, युद्ध और सैनिकों का ग़ुस्सा देर-सबेर ज़ारशाही को गिरा ही देते।
    en: Here history takes another road. In fact the garrison mutinied on 27 Feb (12 Mar), and General Ivanov's force got no further than Tsarskoe Selo. Historians ask what would have happened had the garrison stayed loyal. Pipes, an American anti-communist historian, sees a mutiny of "peasants in uniform" that could not be stopped once it had begun, yet calls Khabalov's leniency a "fatal loss of nerve"; others argue that hunger, war and the soldiers' anger would have brought tsarism down sooner or later.
  source Leon Trotsky, History of the Russian Revolution; Richard Pipes, The Russian Revolution; China Miéville, October: The Story of the Russian Revolution; Alexander Rabinowitch, "The Bolsheviks Come to Power in Petrograd: Centennial Reflections", Economic and Political Weekly (2017)

  choice petition-tsar
    hi: गुट की उस अर्ज़ी पर दस्तख़त करो जिसमें ज़ार से भरोसे वाले मंत्रिमंडल की विनती है।
    en: Sign a Bloc petition begging the Tsar for a ministry the country can trust.
    add 1 to resolve
    go d-ivanov-evening

  choice plead-arrested
    hi: शहर के गवर्नर के पास जाकर गिरफ़्तार हड़ताली नेताओं के लिए पैरवी करो।
    en: Go to the city governor and plead for the arrested strike leaders.
    add 5 to strike
    go d-ivanov-evening

  choice home-from-palace default
    hi: घर जाकर इंतज़ार करो।
    en: Go home and wait.
    go d-home-tuesday-night

scene d-ivanov-evening
  for duma
  on 28 Feb, 20:00
  at tauride
  hi: शाम। जनरल इवानोव की गाड़ियाँ त्सारस्कोये सेलो पहुँच गई हैं। सरकारी वकील का एक क्लर्क रोद्ज़ियांको के लिए अनुरोध लेकर आता है: सोमवार की "निजी बैठक" में बोलने वाले हर सदस्य के नाम। रोद्ज़ियांको कमरे में चारों ओर देखते हैं।
  en: Evening. General Ivanov's trains have reached Tsarskoe Selo. A clerk from the prosecutor's office brings Rodzianko a request: the names of every deputy who spoke at Monday's "private meeting". Rodzianko looks round the room.
  note
    hi: यह इतिहास से अलग रास्ता है, पर इवानोव की टुकड़ी असली थी: सेंट जॉर्ज क्रॉस पाए लगभग 800 सैनिक, और पीछे मोर्चे से और रेजिमेंटें। असल इतिहास में वह 1 मार्च (14 मार्च) को त्सारस्कोये सेलो पहुँची, राजधानी को विद्रोहियों के हाथ में पाया और लौट गई।
    en: This is not what happened, but Ivanov's force was real: about 800 men decorated with the Cross of St George, with more regiments ordered from the front. In history it reached Tsarskoe Selo on 1 March (14 March), found the capital in the rebels' hands, and withdrew.
  source China Miéville, October: The Story of the Russian Revolution; D. and R. Crawford, The Last Tsar: Emperor Michael II

  choice give-own-name
    hi: सबसे पहले अपना नाम दो।
    en: Give your own name first.
    add 1 to resolve
    reply
      hi: "सबसे पहले मेरा नाम लिखिए," तुम कहते हो। क्लर्क क़लम डुबोकर धीरे-धीरे तुम्हारा नाम लिखता है, और पूरा कमरा देखता रहता है।
      en: "Put mine first," you say. The clerk dips his pen and writes your name slowly, while the whole room watches.
    journal
      hi: मैंने अपना नाम सबसे पहले लिखवाया। रोद्ज़ियांको ने कुछ नहीं कहा, बस सिर झुका दिया।
      en: I gave my name first. Rodzianko said nothing, only bowed his head.
    go d-food-commission

  choice keep-silent default
    hi: चुप रहो; सूची तुम्हारे बिना भी बन जाएगी।
    en: Say nothing; the list will be made without you.
    subtract 1 from resolve
    go d-food-commission

scene d-food-commission
  for duma
  on 1 Mar, 12:00
  at tauride
  hi: बुधवार। प्रधानमंत्री गोलित्सिन का संदेशवाहक: सरकार गुट के दो सदस्यों को एक ख़ास आयोग में बुला रही है, जो गोदामों से आटा बेकरियों तक पहुँचाएगा। मंत्रियों के साथ काम करना उन्हें माफ़ करने जैसा लगेगा; मना करने से कतारें वैसी ही रहेंगी।
  en: Wednesday. A messenger from Prime Minister Golitsyn: the government invites two Bloc deputies onto a special commission to move flour from the warehouses to the bakeries. Working with the ministers would look like forgiving them; refusing leaves the queues as they are.
  note
    hi: असल इतिहास में 1 मार्च (14 मार्च) तक गोलित्सिन की सरकार ख़त्म हो चुकी थी और कई मंत्री गिरफ़्तार थे। रोटी का संकट आटे की कमी से ज़्यादा बँटवारे का था: गोदामों में लगभग एक हफ़्ते का आटा था, पर ठंड, बर्फ़ में फँसी रेलें और राशन की अफ़वाह ने बेकरियाँ ख़ाली कर दीं। (स्कूली इतिहास-पाठ का "रोटी की दुकानों पर ताजी रोटियों के ढेर" सही नहीं है।)
    en: In history, by 1 March (14 March) the Golitsyn government had collapsed and many ministers were under arrest. The bread crisis was less a lack of flour than a breakdown in distribution: the warehouses held about a week's flour, but cold, snowbound railways and the rationing rumour emptied the bakeries. (The school history text's "heaps of fresh bread in the shops" is not right.)
  source Orlando Figes, A People's Tragedy; The Caravan, "February Revolution" (2021)

  choice join-commission
    hi: मान जाओ: पहले रोटी, राजनीति बाद में।
    en: Accept: bread first, politics later.
    subtract 5 from hunger
    go d-stavka-answer

  choice refuse-commission default
    hi: मना कर दो: भरोसे वाले मंत्रिमंडल के बिना कोई सहयोग नहीं।
    en: Refuse: no cooperation without a ministry the country trusts.
    add 1 to resolve
    go d-stavka-answer

scene d-stavka-answer
  for duma
  on 2 Mar, 16:00
  at tauride
  hi: गुरुवार। टॉराइड महल के गलियारों में गुट के नेता बहस कर रहे हैं कि अब क्या बचा है।
  en: Thursday. In the corridors of the Tauride Palace the Bloc's leaders argue about what is left to do.
  if not government
    hi: आख़िरकार प्रधानमंत्री के ज़रिए ज़ार का जवाब आया है: कोई नया मंत्रिमंडल नहीं; युद्ध ने इजाज़त दी तो ड्यूमा अप्रैल में फिर बैठेगी। कुछ चाहते हैं कि स्तावका के सेनापतियों को लिखा जाए — शायद ज़ार उनकी सुनें।
    en: The Tsar's answer has come at last, through the Prime Minister: no new ministry; the Duma will sit again in April, if the war allows. Some want to write to the generals at Stavka — the Tsar may still listen to them.
  if government
    hi: ज़ार के जवाब का इंतज़ार किए बिना समिति और सोवियत ने अस्थायी सरकार का ऐलान कर दिया है। अब सब कुछ स्तावका के सेनापतियों पर टिका है।
    en: Without waiting for the Tsar's answer, the Committee and the Soviet have named a Provisional Government. Now everything hangs on the generals at Stavka.
  note
    hi: सत्रावसान के आदेश में ड्यूमा को अप्रैल 1917 तक फिर बुलाने की बात थी। असल इतिहास में सेनापतियों ने ज़ार पर दबाव डाला — पर तभी, जब राजधानी हाथ से निकल चुकी थी और एक नई सरकार तैयार थी जिसे वे देश सौंप सकते थे।
    en: The prorogation decree set the Duma to meet again by April 1917. In history the generals did press the Tsar — but only once the capital was lost and a new government was ready to which they could hand the country.
  source Encyclopaedia of Saint Petersburg, "February Revolution of 1917"; China Miéville, October: The Story of the Russian Revolution; Richard Pipes, The Russian Revolution; A. I. Denikin, The Russian Turmoil

  choice write-to-generals
    hi: जनरल अलेक्सेयेव को लिखो: सिर्फ़ सेना ही ज़ार का रास्ता बदलवा सकती है।
    en: Write to General Alekseev: only the army can make the Tsar change course.
    add 1 to resolve
    subtract 5 from garrison
    go d-waiting-end

  choice accept-april default
    hi: इंतज़ार करो: ज़ार और सेनापति ख़ुद फ़ैसला करें।
    en: Wait and see: let the Tsar and the generals settle it.
    go d-waiting-end

scene d-waiting-end
  for duma
  on 3 Mar, 13:00
  at tauride
  hi: शुक्रवार। टॉराइड महल आधा ख़ाली है; दरबान सदन की कुर्सियों पर चादरें डाल रहे हैं। बाहर रोटी की कतारें पहले जितनी ही लंबी हैं।
  en: Friday. The Tauride Palace is half empty; the porters are covering the chamber's chairs with dust sheets. Outside, the bread queues are as long as ever.
  if not abdicated
    hi: ज़ार अब भी ज़ार हैं, और सड़कों पर पुलिस लौट आई है।
    en: The Tsar is still the Tsar, and the police are back on the streets.
  if abdicated
    hi: पर प्स्कोव की ख़बर ने सब बदल दिया है: ज़ार ने गद्दी छोड़ दी है, और नए मंत्री शासन सँभाल रहे हैं।
    en: But the news from Pskov has changed everything: the Tsar has abdicated, and the new ministers are taking charge.
  if visited d-defiance-evening and not visited d-home-evening
    hi: तुम्हारे लिए एक चिट्ठी रखी है: सोमवार को सरकारी वकील के सामने हाज़िर होने का बुलावा।
    en: A letter is waiting for you: a summons to appear before the prosecutor on Monday.

  choice wait-for-april
    hi: पेत्रोग्राद में रुको और अप्रैल का इंतज़ार करो।
    en: Stay in Petrograd and wait for April.
    only if not abdicated and not (visited d-defiance-evening and not visited d-home-evening)
    go d-waiting

  choice face-the-charge
    hi: रुको और बुलावे का जवाब दो: जो किया, उसका बचाव करोगे।
    en: Stay and answer the summons: you will defend what you did.
    only if not abdicated and visited d-defiance-evening and not visited d-home-evening
    go d-defiance

  choice go-to-province default
    hi: ट्रेन पकड़कर अपने प्रांत लौट जाओ; राजधानी से तुम्हारा मन भर चुका है।
    en: Take the train home to your province; you have had enough of the capital.
    go d-went-home

# ================================================================ open defiance

scene d-defiant-sitting
  for duma
  on 27 Feb, 15:00
  at tauride
  hi: जो नामुमकिन लगता था, वह हो गया: ज़ार के आदेश के ख़िलाफ़ ड्यूमा अपने सदन में बैठी है। रोद्ज़ियांको पीले चेहरे और अनमने मन से अध्यक्ष की कुर्सी पर बैठते हैं — "कम से कम यह ढंग से तो हो।" दर्शक दीर्घाएँ छात्रों और मज़दूरों से भर गई हैं। अब प्रस्ताव में तय होना है कि ड्यूमा किस अधिकार का दावा करे।
  en: The impossible has happened: the Duma is sitting in its own chamber, against the Tsar's decree. Rodzianko takes the chair pale and unwilling — "so that at least it is done in order". The public galleries fill with students and workers. Now the motion must say what the Duma claims.
  note
    hi: यह इतिहास से अलग रास्ता है। असल में ऐसी कोई बैठक नहीं हुई: ड्यूमा को संविधान सभा या सरकार घोषित करने के प्रस्ताव को "निजी बैठक" में समर्थन नहीं मिला, और मिल्युकोव जैसे नेताओं ने सावधानी बरतने को कहा। स्कूली इतिहास-पाठ का "ड्यूमा ने विसर्जित होने से मना कर दिया" इसी अनहोनी घटना जैसा लगता है।
    en: This is not what happened. In fact no such sitting took place: at the "private meeting" a proposal to declare the Duma a Constituent Assembly or the government found no support, and leaders such as Milyukov urged caution. The school history text's "the Duma refused to dissolve" sounds like this sitting that never was.
  source Vasily Shulgin's memoir; State Museum of Political History of Russia, "Provisional Committee of the State Duma"

  choice declare-power
    hi: प्रस्ताव रखो कि संविधान सभा बुलाए जाने तक ड्यूमा सत्ता अपने हाथ में ले।
    en: Move that the Duma take power until a Constituent Assembly meets.
    add 1 to resolve
    subtract 5 from garrison
    go d-defiance-evening

  choice demand-ministry default
    hi: बस यह प्रस्ताव रखो कि जब तक ज़ार भरोसे वाला मंत्रिमंडल न दें, ड्यूमा बैठी रहेगी।
    en: Move only that the Duma sit on until the Tsar grants a ministry of confidence.
    go d-defiance-evening

scene d-defiance-evening
  for duma
  on 27 Feb, 19:00
  at tauride
  hi: शाम। ड्यूमा की अवज्ञा की ख़बर पूरे शहर में फैल चुकी है।
  en: Evening. News of the Duma's defiance has run through the city.
  if mutiny
    hi: सैनिक "ज़ार के सामने खड़ी होने वाली ड्यूमा" की जय-जयकार करते हुए महल में भर रहे हैं। वरिष्ठ सदस्यों ने इस अफ़रातफ़री को सँभालने के लिए एक समिति बनाई है, जो रोद्ज़ियांको के दफ़्तर में बैठी है।
    en: Soldiers crowd into the palace to cheer "the Duma that stood up to the Tsar". The Elders have formed a committee to manage the chaos, and it is meeting in Rodzianko's office.
  if not mutiny
    hi: सैनिकों ने महल घेर लिया है। एक कर्नल जनरल ख़ाबालोव का आदेश लाता है: सुबह तक हॉल ख़ाली हो। ज़्यादातर सदस्य बगल के दरवाज़ों से खिसक रहे हैं; कुछ दर्जन सदन में डटे हैं।
    en: Troops surround the palace. A colonel brings General Khabalov's order: the hall is to be cleared by morning. Most deputies are slipping out by the side doors; a few dozen stay on in the chamber.
  if committee and not mutiny
    hi: फिर भी वरिष्ठ सदस्यों ने चुपचाप अपनी एक समिति बना ली है — एक जीवन-नौका, अगर ज़ार जीत जाएँ।
    en: Even so, the Elders have quietly formed a committee of their own — a lifeboat, in case the Tsar wins.

  choice to-committee
    hi: रोद्ज़ियांको के दफ़्तर में समिति के पास जाओ।
    en: Join the Committee in Rodzianko's office.
    only if mutiny
    go committee-room

  choice hold-the-hall
    hi: उन कुछ दर्जन सदस्यों के साथ सदन में डटे रहो।
    en: Stay in the chamber with the few dozen.
    only if not mutiny
    go d-quiet-tuesday

  choice slip-out default
    hi: बगल के दरवाज़े से निकलकर घर चले जाओ।
    en: Slip out by a side door and go home.
    go d-home-evening

# ================================================================ the home line: watching from outside

scene d-home-evening
  for duma
  on 27 Feb, evening
  at d-flat
  hi: शाम। महल से कुछ मिनट की दूरी पर, फ़ुर्श्तात्स्काया सड़क पर तुम्हारे कमरे। मकान-मालकिन ने दरवाज़े की कुंडी चढ़ा दी है।
  en: Evening: your rooms on Furshtatskaya Street, a few minutes' walk from the palace. Your landlady has bolted the door.
  if mutiny
    hi: लितेयनी की ओर कहीं गोलियाँ चलती हैं, और उधर का आसमान लाल है: न्यायालय जल रहा है। लाल झंडे फहराते सैनिकों और छात्रों से भरे ट्रक तेज़ी से गुज़रते हैं।
    en: Shots crack somewhere towards Liteiny, and the sky there glows red: the law courts are burning. Lorries full of soldiers and students race past, red flags flapping.
  if not mutiny
    hi: सड़क शांत है। हर आधे घंटे में खिड़की के नीचे से एक गश्त गुज़रती है।
    en: The street is quiet. Every half hour a patrol passes under the window.
  note
    hi: ड्यूमा के ज़्यादातर सदस्य अस्थायी समिति में नहीं थे; समिति में सिर्फ़ बारह लोग थे। मार्च के बाद ड्यूमा सिर्फ़ "निजी बैठकों" के रूप में मिली, और 1917 की शरद ऋतु में उसे औपचारिक रूप से भंग कर दिया गया।
    en: Most Duma deputies were not in the Provisional Committee, which had only twelve members. After March the Duma met only in "private meetings", and it was formally dissolved in the autumn of 1917.
  source State Museum of Political History of Russia, "Provisional Government"

  choice return-tonight
    hi: महल लौट जाओ: समिति आज रात बैठ रही है।
    en: Go back to the palace: the Committee is meeting tonight.
    only if committee and not visited committee-room
    go committee-room

  choice telephone-palace
    hi: महल को टेलीफ़ोन करो: वे जो भी तय करें, तुम्हारा नाम इस्तेमाल कर सकते हैं।
    en: Telephone the palace: whatever they decide, they may use your name.
    add 1 to resolve
    go d-home-tuesday

  choice stay-in default
    hi: पर्दे खींच दो और घर में ही रहो।
    en: Draw the curtains and stay in.
    go d-home-tuesday

scene d-home-tuesday
  for duma
  on 28 Feb, 09:00
  at d-flat
  hi: सुबह। मकान-मालकिन चाय और जो ख़बर मिली, वह लेकर आती है।
  en: Morning. Your landlady brings tea and what news she has.
  if mutiny
    hi: नुक्कड़ पर एक पर्चा चिपका है: बुबलिकोव का तार — पुरानी सत्ता गिर गई है, ड्यूमा की समिति ने कमान सँभाल ली है। सफ़ेद पट्टियाँ बाँधे छात्र गाड़ियाँ रोक रहे हैं। महल से एक पर्ची आई है: सभी सदस्य आएँ।
    en: A sheet is pasted up on the corner: Bublikov's telegram — the old power has fallen, the Duma's committee has taken charge. Students with white armbands are stopping cars. A note from the palace: all deputies are asked to come.
  if not mutiny
    hi: ट्रामें फिर चलने लगी हैं। दरबान बताता है कि रात में पुलिस बगल के मकान से दो नौजवानों को ले गई।
    en: The trams are running again. The janitor says the police took two young men from the next house in the night.

  choice back-to-palace
    hi: महल लौट जाओ।
    en: Go back to the palace.
    only if mutiny
    go d-soldiers-in-palace

  choice back-to-quiet-palace
    hi: महल लौट जाओ।
    en: Go back to the palace.
    only if not mutiny
    go d-quiet-tuesday

  choice stay-home-tuesday default
    hi: एक दिन और घर पर रहो।
    en: Stay at home another day.
    go d-home-tuesday-night

scene d-home-tuesday-night
  for duma
  on 28 Feb, 22:00
  at d-flat
  hi: देर रात सीढ़ियों पर जूतों की आवाज़, और दरवाज़े पर ज़ोर की दस्तक।
  en: Late at night, boots on the stairs and a hammering at the door.
  if mutiny
    hi: हथियारबंद सैनिक और एक छात्र: किसी ने ख़बर दी है कि इस मकान में पुलिस के मशीनगन चलाने वाले छिपे हैं। नीचे के फ़्लैट में एक बूढ़ी विधवा का बेटा, एक नौजवान अफ़सर, रहता है; अगर वह मिल गया तो कोई नहीं कह सकता कि वे क्या करेंगे।
    en: Armed soldiers and a student: someone has reported police machine-gunners hiding in the building. In the flat below lives a young officer, an old widow's son; if they find him, no one can say what they will do.
  if not mutiny
    hi: पुलिस, एक सूची के साथ: वे दरबान के बेटे को ढूँढ़ रहे हैं, जो वीबोर्ग का हड़ताली है। वह तुम्हारी रसोई में छिपा है; मकान-मालकिन की आँखें तुमसे चुप रहने की भीख माँग रही हैं।
    en: Police, with a list: they are looking for the janitor's son, a striker from the Vyborg side. He is hiding in your kitchen; your landlady's eyes beg you to say nothing.
  note
    hi: फ़रवरी के दिनों में अफ़वाहें उड़ीं कि पुलिस छतों से गोली चला रही है; हथियारबंद दस्ते मकानों की तलाशी लेते और अफ़सरों व पुलिसवालों को पकड़ते। ज़्यादातर को नुक़सान नहीं पहुँचा, पर कुछ मारे भी गए। जब पुलिस और अदालतें न हों, तब एक ड्यूमा सदस्य की ज़बान बहुत मायने रख सकती थी।
    en: In the February days rumours ran that police were firing from rooftops; armed patrols searched buildings and seized officers and policemen. Most came to no harm, but some were killed. With no police and no courts, a Duma deputy's word could count for a great deal.
  source Leon Trotsky, History of the Russian Revolution; Richard Pipes, The Russian Revolution; China Miéville, October: The Story of the Russian Revolution

  choice vouch
    hi: अपना ड्यूमा सदस्य का कार्ड दिखाओ और जिसे वे ढूँढ़ रहे हैं, उसकी ज़मानत दो।
    en: Show your deputy's card and vouch for the man they are looking for.
    add 1 to resolve
    reply
      hi: तुम अपना ड्यूमा सदस्य का कार्ड आगे करते हो। {if mutiny}"नीचे वाले फ़्लैट का अफ़सर पुलिस का मशीनगन चलाने वाला नहीं है; उसकी ज़िम्मेदारी मेरी।"{else}"दरबान का बेटा कोई अपराधी नहीं है; उसकी ज़िम्मेदारी मेरी।"{end} वे आपस में बड़बड़ाते हैं, फिर सीढ़ियाँ उतर जाते हैं।
      en: You hold up your deputy's card. {if mutiny}"The officer downstairs is no police machine-gunner. I answer for him."{else}"The janitor's son is no criminal. I answer for him."{end} They mutter among themselves, then go back down the stairs.
    journal
      hi: मैंने ज़मानत दी। वे बड़बड़ाए, मेरा कार्ड दो बार पढ़ा और चले गए। सुबह तक मेरे हाथ काँपते रहे।
      en: I vouched for him. They grumbled, read my card twice and left. My hands shook until morning.
    go d-home-wednesday

  choice stand-aside default
    hi: उन्हें तलाशी लेने दो; यह तुम्हारा मामला नहीं।
    en: Let them search; it is not your affair.
    subtract 1 from resolve
    reply
      hi: तुम एक ओर हट जाते हो। {if mutiny}देर तक नीचे वाले फ़्लैट से धड़ाधड़ की आवाज़ें आती हैं, और एक बूढ़ी औरत के गिड़गिड़ाने की भी; फिर जूतों की आवाज़ सीढ़ियों से नीचे उतरती चली जाती है।{else}पुलिसवाले तुम्हारे बग़ल से होकर सीधे रसोई की ओर बढ़ जाते हैं। तुम अपने कमरे का दरवाज़ा बंद कर लेते हो, पर मकान-मालकिन के रोने की आवाज़ फिर भी आती है।{end}
      en: You stand aside. {if mutiny}For a long time there is banging in the flat below, and an old woman's voice pleading; then the boots go down the stairs.{else}The police push past you towards the kitchen. You shut yourself in your room, but you can still hear your landlady weeping.{end}
    journal
      hi: मैंने उन्हें तलाशी लेने दी, और यह देखने नहीं गया कि वे किसे साथ ले गए।
      en: I let them search, and did not go out to see whom they took with them.
    go d-home-wednesday

scene d-home-wednesday
  for duma
  on 1 Mar, 12:00
  at d-flat
  hi: बुधवार। रात वाले जा चुके हैं, पर तुम सो नहीं पाए। मकान-मालकिन पूछती है कि क्या तुम बीमार हो, जो ऐसे घर पर बैठे हो।
  en: Wednesday. Last night's visitors have gone, but you did not sleep. Your landlady asks whether you are ill, staying at home like this.
  if mutiny
    hi: मकान-समिति दरबान के कमरे में रात के पहरे का इंतज़ाम कर रही है। कोई एक पर्चा पढ़ता है: सैनिक अपनी समितियाँ चुनेंगे। कहते हैं, आज रात महल में समिति और सोवियत इस पर सौदेबाज़ी करेंगी कि शासन कौन करे।
    en: The house committee meets in the janitor's room to organise a night watch. Someone reads from a leaflet: soldiers are to elect committees of their own. Tonight, they say, the Committee and the Soviet will bargain at the palace over who governs.
  if not mutiny
    hi: कारख़ाने फिर चल पड़े हैं, आधे ख़ाली। सुना है, सरकार खाद्य आयोग के लिए गुट के सदस्य चाहती है।
    en: The factories are working again, half empty. The government, it is said, wants Bloc deputies for a food commission.

  choice back-for-talks
    hi: आज रात की बातचीत के लिए महल जाओ।
    en: Go to the palace for tonight's talks.
    only if mutiny
    go d-negotiation

  choice back-for-commission
    hi: जाकर सुनो कि सरकार क्या पेशकश कर रही है।
    en: Go and hear what the government is offering.
    only if not mutiny
    go d-food-commission

  choice stay-home-wednesday default
    hi: घर पर ही रहो।
    en: Stay at home.
    go d-home-thursday

scene d-home-thursday
  for duma
  on 2 Mar, 12:00
  at d-flat
  hi: गुरुवार। दरबान का बेटा सड़क से ख़बरें लाता है।
  en: Thursday. The janitor's son brings news from the street.
  if mutiny
    hi: अफ़वाह है कि आज नई सरकार का ऐलान होगा, प्रिंस ल्वोव उसके मुखिया होंगे, और दो सदस्य ज़ार से गद्दी छोड़ने को कहने प्स्कोव गए हैं।
    en: Rumour says a new government will be named today with Prince Lvov at its head, and that two deputies have gone to Pskov to ask the Tsar to abdicate.
  if not mutiny
    hi: अख़बार फिर छपने लगे हैं, सेंसर से कटे हुए: आज ड्यूमा को ज़ार का जवाब मिलने की उम्मीद है।
    en: The papers are out again, cut by the censor: the Tsar's answer to the Duma is expected today.

  choice hear-the-ministers
    hi: कैथरीन हॉल जाकर नए मंत्रियों के नाम सुनो।
    en: Go to the Catherine Hall to hear the new ministers named.
    only if mutiny
    go d-milyukov-speech

  choice hear-the-answer
    hi: ज़ार का जवाब सुनने महल जाओ।
    en: Go to the palace to hear the Tsar's answer.
    only if not mutiny
    go d-stavka-answer

  choice stay-home-thursday default
    hi: घर पर ही रहो।
    en: Stay at home.
    go d-home-friday

scene d-home-friday
  for duma
  on 3 Mar, 13:00
  at d-flat
  hi: शुक्रवार। कई दिनों से तुम अपने कमरों से बाहर नहीं निकले।
  en: Friday. You have not left your rooms for days.
  if dynasty-ended
    hi: सड़क पर लोग एक घोषणा ज़ोर से पढ़ रहे हैं: ज़ार ने गद्दी छोड़ दी है, और उनके भाई मिख़ाइल तब तक ताज नहीं लेंगे जब तक संविधान सभा न सौंपे।
    en: In the street people are reading a proclamation aloud: the Tsar has abdicated, and his brother Michael will not take the crown unless a Constituent Assembly offers it.
  if not abdicated
    hi: कुछ नहीं बदला: ज़ार अब भी ज़ार हैं, और रोटी की कतारें पहले जितनी लंबी हैं।
    en: Nothing has changed: the Tsar is still the Tsar, and the bread queues are as long as ever.

  choice pack-for-home default
    hi: अपने प्रांत की ट्रेन के लिए बिस्तर बाँधो।
    en: Pack your bag for the train home to your province.
    go d-went-home

  choice offer-help
    hi: टॉराइड महल जाकर नई सरकार को मदद की पेशकश करो।
    en: Go to the Tauride Palace and offer to help the new government.
    only if abdicated
    go d-committee

  choice see-the-bloc
    hi: महल जाओ: देखो कि गुट अब क्या करना चाहता है।
    en: Go to the palace: see what the Bloc means to do now.
    only if not abdicated
    go d-waiting-end

# ================================================================ endings

ending d-committee
  for duma
  hi: मिख़ाइल ने ताज ठुकरा दिया, और तीन सौ साल का रोमानोव शासन ख़त्म हो गया। ड्यूमा की समिति से निकली, पर "क्रांति" के नाम पर खड़ी अस्थायी सरकार को अब युद्ध में फँसे देश पर सोवियत के साथ-साथ शासन करना है। तुमने उन सदस्यों में रहना चुना जो इस सरकार की सेवा करेंगे।
  en: Michael has declined the crown, and three hundred years of Romanov rule are over. The Provisional Government — born from the Duma's committee, but standing in the name of "the revolution" — must now govern a country at war, side by side with the Soviet. You chose to be one of the deputies who serve it.
  debrief
    hi: तुम्हारा रास्ता: आख़िर में तुमने उस नई व्यवस्था का साथ दिया जो ड्यूमा की "व्यवस्था बहाल करने वाली समिति" से निकली। इतिहास में: 28 फ़रवरी (13 मार्च) की रात समिति ने सत्ता ली; 1 मार्च (14 मार्च) को आदेश संख्या 1 आया; उसी रात सोवियत से समझौता हुआ — शर्तों वाला समर्थन, यानी दोहरी सत्ता; 2 मार्च (15 मार्च) को प्रिंस जॉर्जी ल्वोव प्रधानमंत्री बने; सेनापतियों की सलाह पर ज़ार ने गद्दी छोड़ी; 3 मार्च (16 मार्च) को मिख़ाइल ने ताज ठुकराया। प्रश्न: फ़रवरी 1917 की मुख्य घटनाओं, उनमें शामिल लोगों और उनके असर की सूची बनाओ (NCERT, प्रश्न 4)।
    en: Your path: in the end you served the new order that grew out of the Duma's "committee to restore order". In history: on the night of 28 Feb (13 Mar) the Committee took power; Order No. 1 followed on 1 Mar (14 Mar); that night the talks with the Soviet brought conditional support — dual power; on 2 Mar (15 Mar) Prince Georgy Lvov became Prime Minister; on his generals' advice the Tsar abdicated; on 3 Mar (16 Mar) Michael declined the crown. Question: list the main events of February 1917, who took part and what the effects were (NCERT, question 4).
  historians
    hi: स्कूली इतिहास-पाठ समझौते की उस रात को "14 मार्च" कहता है, और प्रिंस जॉर्जी ल्वोव को "जार्ज स्लाव"। इतिहासकार इस पर बहस करते हैं: सोवियत इतिहासकारों के लिए उदारवादियों ने मज़दूरों और सैनिकों की जीती हुई सत्ता हथिया ली — स्कूली इतिहास-पाठ भी कहता है कि सत्ता "मध्य वर्ग के हाथ में सौंप दी" गई; उदारवादी इतिहासकार डरे हुए लोगों को देखते हैं जो अराजकता से राज्य और युद्ध को बचाना चाहते थे; कई आज कहते हैं कि असली ताक़त शुरू से सोवियत के पास थी, क्योंकि सैनिक उसी की सुनते थे। एक और प्रश्न: सोवियत के नेताओं ने ख़ुद सत्ता क्यों नहीं ली?
    en: The school history text gives that night of talks as "14 March", and calls Prince Georgy Lvov "George Slav". Historians debate this: for Soviet historians the liberals seized the power that workers and soldiers had won — the school history text too says power was "handed to the middle class"; liberal historians see frightened men trying to save the state and the war from chaos; many now stress that the real power lay with the Soviet from the start, because the soldiers listened to it. Another question: why did the Soviet's leaders not take power themselves?

ending d-crown
  for duma
  hi: तुम मिल्युकोव और गुचकोव के साथ ताज के पक्ष में खड़े हुए, और हार गए। जब तक संविधान सभा न कहे, मिख़ाइल ज़ार नहीं बनेंगे; जिस राजतंत्र से तुम्हें रूस को जोड़े रखने की उम्मीद थी, वह चला गया। मिल्युकोव इस्तीफ़े की बात कर रहे हैं, और तुम सोच रहे हो कि अब सैनिक किसकी सुनेंगे।
  en: You stood with Milyukov and Guchkov for the crown, and lost. Michael will not be Tsar unless a Constituent Assembly asks him; the monarchy you hoped would hold Russia together is gone. Milyukov talks of resigning, and you wonder whom the soldiers will obey now.
  debrief
    hi: तुम्हारा रास्ता: आख़िरी घड़ी में तुम संवैधानिक राजतंत्र के पक्ष में खड़े हुए। इतिहास में: 3 मार्च (16 मार्च) को मिलियोन्नाया सड़क पर गुचकोव और मिल्युकोव ने यही कहा: ताज वह अकेली सत्ता है जिसे किसानों की फ़ौज और देश समझते हैं। केरेन्स्की, रोद्ज़ियांको, नेक्रासोव और ज़्यादातर मंत्रियों ने कहा कि राजधानी नया ज़ार नहीं मानेगी और गृहयुद्ध हो सकता है। मिख़ाइल ने मना कर दिया; 1 सितंबर (14 सितंबर) को गणतंत्र घोषित हुआ। प्रश्न: 1917 में ज़ारशाही क्यों गिरी (NCERT, प्रश्न 3)?
    en: Your path: at the last moment you stood for a constitutional monarchy. In history: on 3 Mar (16 Mar) at Millionnaya Street, Guchkov and Milyukov argued just that: the crown was the one authority the peasant army and the country understood. Kerensky, Rodzianko, Nekrasov and most of the ministers replied that the capital would not accept a new Tsar and that it could mean civil war. Michael declined; a republic was proclaimed on 1 Sep (14 Sep). Question: why did the Tsarist autocracy collapse in 1917 (NCERT, question 3)?
  historians
    hi: संविधान सभा जनवरी 1918 में ही मिल पाई, जिसे बोल्शेविकों ने भंग कर दिया। इतिहासकार इस पर बहस करते हैं: कुछ मानते हैं कि मिख़ाइल के अधीन संवैधानिक राजतंत्र नई व्यवस्था को वैधता देकर सेना को सँभाल सकता था; ज़्यादातर मानते हैं कि फ़रवरी के बाद पेत्रोग्राद में कोई रोमानोव टिक नहीं सकता था। तुम्हारी पाठ्यपुस्तक (NCERT) कहती है कि यूरोप के उदारवादी चुनी हुई संसद चाहते थे, पर सबके लिए वोट नहीं — न बिना संपत्ति वाले मर्दों के लिए, न औरतों के लिए। एक और प्रश्न: यूरोप के उदारवादी संवैधानिक राजतंत्र से क्या चाहते थे, और रूस के उदारवादी उसे क्यों नहीं बचा पाए?
    en: The Constituent Assembly met only in January 1918, to be dispersed by the Bolsheviks. Historians debate this: some think a constitutional monarchy under Michael could have given the new order legitimacy and steadied the army; most think that after February no Romanov could have lasted in Petrograd. Your textbook (NCERT) says that Europe's liberals wanted elected parliaments but not the vote for all — not for men without property, and not for women. Another question: what did Europe's liberals want from a constitutional monarchy, and why could Russia's liberals not save one?

ending d-defiance
  for duma
  hi: ड्यूमा ने खुलेआम ज़ार की अवज्ञा की — और फ़ौज ज़ार के साथ रही। सदन ख़ाली करा दिया गया, उसकी बैठक को बग़ावत कहा गया, और अब तुम्हें अदालत में जवाब देना है। मज़दूर बस्तियों में तुम्हारा नाम इज़्ज़त से लिया जाता है; बैरकों में अब भी अफ़सरों का हुक्म चलता है।
  en: The Duma defied the Tsar openly — and the army stayed with the Tsar. The chamber was cleared, its sitting was called a rebellion, and now you must answer for it in court. In the workers' districts your name is spoken with respect; in the barracks the officers still command.
  debrief
    hi: यह इतिहास में नहीं हुआ। तुम्हारा रास्ता: इस कहानी में छावनी ने विद्रोह नहीं किया, इसलिए ड्यूमा की अवज्ञा के पीछे कोई ताक़त नहीं थी। इतिहास में: सदस्यों ने आदेश औपचारिक रूप से माना और "निजी बैठक" में मिले, और ड्यूमा को सरकार या संविधान सभा घोषित करने के प्रस्ताव को समर्थन नहीं मिला। 27 फ़रवरी (12 मार्च) के वोलिन्स्की विद्रोह ने ही ड्यूमा के नेताओं को सत्ता लेने पर मजबूर किया। प्रश्न: फ़रवरी 1917 में ड्यूमा के वोटों से ज़्यादा सैनिकों के क़दम क्यों मायने रखते थे?
    en: This is not what happened. Your path: in this story the garrison did not mutiny, so the Duma's defiance had no force behind it. In history: the deputies formally obeyed and met as a "private meeting", and a proposal to declare the Duma the government or a Constituent Assembly found no support. It was the Volynsky mutiny of 27 Feb (12 Mar) that pushed the Duma's leaders to take power. Question: why did what the soldiers did matter more than the Duma's votes in February 1917?
  historians
    hi: एक स्कूली इतिहास-पाठ कहता है कि ड्यूमा ने "विसर्जित होने से मना कर दिया"; असल में सदस्यों ने आदेश औपचारिक रूप से माना था। इतिहासकार इस पर बहस करते हैं: कुछ कहते हैं कि नेताओं की सावधानी समझदारी थी — बिना सैनिकों के ज़ार से टकराना आत्मघात होता; दूसरे कहते हैं कि इसी हिचक ने पहल सड़क और सोवियत को दे दी। एक और प्रश्न: ड्यूमा पर एक छोटी टिप्पणी लिखो (NCERT, प्रश्न 6)।
    en: A school history text says the Duma "refused to dissolve"; in fact the deputies formally obeyed. Historians debate this: some call the leaders' caution wise — defying the Tsar without soldiers would have been suicide; others say that hesitation handed the initiative to the street and the Soviet. Another question: write a short note on the Duma (NCERT, question 6).

ending d-went-home
  for duma
  hi: आख़िर में तुम घर चले गए — पहले अपने कमरों में, फिर ट्रेन से अपने प्रांतीय शहर। उन दिनों टॉराइड महल में जो भी तय हुआ, तुम्हारे बिना तय हुआ। तुम अपने मतदाताओं से कहोगे कि तुमने ठंडे दिमाग़ से काम लिया। कुछ लोग इसके लिए तुम्हारा शुक्रिया अदा करेंगे, कुछ नहीं।
  en: In the end you went home — to your rooms, and then by train to your provincial town. Whatever was decided in the Tauride Palace in those days was decided without you. You will tell your voters that you kept your head. Some will thank you for it; some will not.
  debrief
    hi: तुम्हारा रास्ता: तुमने आदेश माना, या बोझ उतार दिया, और बाहर से देखा। तुम अकेले नहीं थे: अस्थायी समिति में सिर्फ़ बारह सदस्य थे, और ज़्यादातर सदस्यों ने कोई भूमिका नहीं निभाई। इतिहास में: 27 फ़रवरी (12 मार्च) को नेता "निजी बैठक" में रुके और समिति बनाई; उसी रात उसी इमारत में सोवियत की पहली बैठक हुई; 2 मार्च (15 मार्च) तक प्रिंस ल्वोव के नेतृत्व में अस्थायी सरकार बनी, और 3 मार्च (16 मार्च) को राजवंश ख़त्म हुआ। प्रश्न: ड्यूमा पर एक छोटी टिप्पणी लिखो (NCERT, प्रश्न 6)।
    en: Your path: you obeyed the decree, or laid the burden down, and watched from outside. You were not alone: the Provisional Committee had only twelve members, and most deputies played no part. In history: on 27 Feb (12 Mar) the leaders stayed on as a "private meeting" and formed the Committee; that night the Soviet first met in the same building; by 2 Mar (15 Mar) there was a Provisional Government under Prince Lvov, and on 3 Mar (16 Mar) the dynasty ended. Question: write a short note on the Duma (NCERT, question 6).
  historians
    hi: ड्यूमा फिर कभी संसद के रूप में नहीं बैठी; वह सिर्फ़ "निजी बैठकों" में मिली और 1917 की शरद ऋतु में भंग कर दी गई। इतिहासकार इस पर बहस करते हैं: कुछ के लिए ड्यूमा रूस की संसदीय राजनीति की पाठशाला थी जिसने उदारवादी सरकार को संभव बनाया; दूसरों के लिए, सीमित संपत्ति वाले मताधिकार से चुनी यह सभा — जिसके लिए कोई औरत वोट नहीं दे सकती थी — मज़दूरों और किसानों की प्रतिनिधि कभी थी ही नहीं, इसलिए उसका बह जाना तय था। एक और प्रश्न: फ़रवरी क्रांति में कौन शामिल था, और कौन नहीं?
    en: The Duma never again sat as a parliament; it met only in "private meetings" and was dissolved in the autumn of 1917. Historians debate this: for some the Duma was the school of Russian parliamentary politics that made a liberal government possible; for others, elected on a narrow propertied franchise — no woman could vote for it — it never spoke for the workers and peasants and was bound to be swept aside. Another question: who took part in the February Revolution, and who did not?

ending d-waiting
  for duma
  hi: तुमने इंतज़ार किया — ज़ार के जवाब का, अप्रैल का, युद्ध के पलटने का। छावनी वफ़ादार रही, और फ़िलहाल निकोलस द्वितीय अब भी ज़ार हैं। पर रोटी की कतारें, युद्ध और ग़ुस्सा कहीं नहीं गए, और टॉराइड महल में कोई नहीं मानता कि बात यहीं ख़त्म हो गई।
  en: You waited — for the Tsar's answer, for April, for the war to turn. The garrison stayed loyal, and for now Nicholas II is still Tsar. But the bread queues, the war and the anger have not gone away, and no one in the Tauride Palace believes this is over.
  debrief
    hi: यह इतिहास में नहीं हुआ। तुम्हारा रास्ता: इस कहानी में 27 फ़रवरी (12 मार्च) को सैनिकों ने विद्रोह नहीं किया, और उनके बिना ड्यूमा के नेताओं के पास लेने को कोई सत्ता नहीं थी। इतिहास में: वोलिन्स्की प्रशिक्षण दस्ते ने भोर में बाहर निकलने से इनकार किया, शाम तक ज़्यादातर छावनी उसके साथ थी, और तभी ड्यूमा की समिति ने सत्ता लेने का साहस किया। ज़ार ने रोद्ज़ियांको के तारों का कभी जवाब नहीं दिया; आख़िर में उनके अपने सेनापतियों ने उन्हें गद्दी छोड़ने की सलाह दी। प्रश्न: 1917 में ज़ारशाही क्यों गिरी (NCERT, प्रश्न 3)?
    en: This is not what happened. Your path: in this story the soldiers did not mutiny on 27 Feb (12 Mar), and without them the Duma's leaders had no power to take. In history: the Volynsky training detachment refused to march out at dawn, by evening most of the garrison had joined it, and only then did the Duma's committee dare to take power. The Tsar never answered Rodzianko's telegrams; in the end his own generals advised him to abdicate. Question: why did the Tsarist autocracy collapse in 1917 (NCERT, question 3)?
  historians
    hi: तुम्हारी पाठ्यपुस्तक (NCERT) भूख, युद्ध के नुक़सान और सैनिकों की अपनी शिकायतों पर ज़ोर देती है। इतिहासकार इस पर बहस करते हैं कि इसमें संयोग कितना था: कुछ सरकार की भूलों को निर्णायक मानते हैं — अमेरिकी, कम्युनिस्ट-विरोधी इतिहासकार रिचर्ड पाइप्स ख़ाबालोव की नरमी को "घातक" भूल कहते हैं, हालाँकि वे यह भी लिखते हैं कि शुरू होने के बाद बग़ावत रोकी नहीं जा सकती थी; दूसरे — सामाजिक इतिहासकार — इन्हीं कारणों को देखते हैं, जिनसे पतन देर-सबेर लगभग तय था। एक और प्रश्न: उनमें से कौन-से कारण तुम्हारी कहानी में अब भी मौजूद हैं?
    en: Your textbook (NCERT) stresses hunger, war losses and the soldiers' own grievances. Historians debate how much was chance: some stress the government's blunders — Richard Pipes, the American anti-communist historian, calls Khabalov's leniency a "fatal loss of nerve", though he also writes that once begun the mutiny could not be stopped; others, social historians, point to those same causes, which made a collapse very likely sooner or later. Another question: which of these causes are still present in your story?
