format 2
# The soldier: a reservist in the Volynsky regiment's training detachment, 23 Feb – 3 Mar 1917 (Old Style).
#
# 23 Feb barracks-bunks → 24 Feb s-cordon → 25 Feb patrol → 26 Feb znamenskaya-order
#   → barracks-night (or guardroom) → 27 Feb dawn-roll-call, where the volynsky-mutiny event decides:
#
#   mutiny:    mutiny-yard → s-crossroads (→ s-arsenal / s-kresty) or s-bunk-waiting
#              → s-barracks-evening / s-tauride → s-soviet-session → 28 Feb s-rodzianko-order
#              → 1 Mar s-company-meeting → 2 Mar s-street-salute → s-milyukov
#              → 3 Mar s-third-march → s-deputy / s-committee / s-village / s-waited
#   no mutiny: dawn-roll-call → s-held-bridge → s-held-evening → 28 Feb s-held-arrests → 1 Mar s-held-front
#              → 2 Mar s-held-pskov → 3 Mar s-held-end → s-held / s-village / s-committee
#
# The soldier moves `garrison` (loyalty to the government): before dawn on 27 Feb his choices can add up
# to +30 or −45, enough to decide the mutiny either way on his own. The world flags (mutiny, committee,
# soviet, order-one, government, abdicated, dynasty-ended) are set only by the city's events; here they are
# read, with complementary guards, so that no scene is a dead end.
# Ethics (as in classroom simulations: violence is reported, never played or rewarded): the order to fire is told with restraint, never in detail and never rewarded;
# officers, NCOs and police have reasons; Kronstadt appears once, as a report.

# ---------------------------------------------------------------- the soldier's own flags (hidden)

player flag s-fired
player flag s-fired-high
player flag s-pledged
player flag s-informed
player flag s-named-names
player flag s-hid-officer
player flag s-spoke
player flag s-elected-deputy
player flag s-committee-member
player flag s-deserter

# ---------------------------------------------------------------- 23 Feb: the barracks (S1 context)

scene barracks-bunks
  for soldier
  on 23 Feb, evening
  at volynsky-barracks
  hi: गुरुवार की शाम, 23 फ़रवरी (8 मार्च)। तुम वोलिन्स्की रेजिमेंट के प्रशिक्षण दस्ते में रिज़र्व सैनिक हो — गाँव से आए, तीस पार के। सौ लोगों के कमरे में कई सौ ठुँसे हैं। अफ़सर तुम्हें नौकर की तरह "तू" कहकर बुलाते हैं, और ट्राम के अंदर बैठने की तुम्हें इजाज़त नहीं। हर हफ़्ते मोर्चे पर जाने वाली "मार्चिंग कंपनी" की सूची पढ़ी जाती है, और हर बार तुम अपना नाम सुनने से डरते हो। बगल की चारपाई वाला सैनिक, जो आज शहर गया था, तुम्हारे हाथ में एक मुड़ा-तुड़ा पर्चा थमा देता है: "युद्ध मुर्दाबाद! रोटी दो!"
  en: Thursday evening, 23 February (8 March). You are a reservist in the Volynsky regiment's training detachment — a villager past thirty. Hundreds of men are packed into a room meant for a hundred. Officers call you "ty", as one speaks to a servant, and you may not ride inside a tram. Every week the list for the next marching company to the front is read out, and every week you dread hearing your name. The man on the next bunk, back from town, presses a crumpled leaflet into your hand: "Down with the war! Bread!"
  note
    hi: पेत्रोग्राद की छावनी में चुनिंदा गार्ड नहीं (वे मोर्चे पर थे), बल्कि रंगरूट और बड़ी उम्र के रिज़र्व सैनिक थे: लगभग 1,60,000 लोग, 20,000 के लिए बनी बैरकों में। एक स्कूली इतिहास-पाठ कहता है कि सेना में "देश-भक्ति" नहीं थी और उसके सामने "कोई आदर्श" नहीं था; NCERT की पाठ्यपुस्तक बताती है कि युद्ध शुरू में लोकप्रिय था — मनोबल हारों और भारी नुक़सान के बाद टूटा।
    en: The Petrograd garrison was not the elite Guard (that was at the front) but recruits and older reservists: some 160,000 men in barracks built for 20,000. A school history text says the army had no "patriotism" and "no ideal"; NCERT says the war was popular at first — morale collapsed after defeats and huge losses.
  source Richard Pipes, The Russian Revolution; NCERT, India and the Contemporary World – I (Class 9 History), ch. 2, sec. 2.5

  choice hear-rumours
    hi: उससे पूछो कि शहर में उसने क्या देखा।
    en: Ask him what he saw in town.
    once
    reply
      hi: "औरतें मिलों से निकल आईं, 'रोटी!' चिल्लाती हुई," वह कहता है। "मेरी बहन भी उनमें थी। आज महिला दिवस था।"
      en: "The women walked out of the mills shouting 'Bread!'" he says. "My sister was among them. It was Women's Day."
    journal
      hi: उसने बताया कि औरतें मिलों से निकलकर "रोटी!" चिल्ला रही थीं। उसकी बहन भी उनमें थी।
      en: He said women had walked out of the mills shouting "Bread!" His sister was among them.

  choice pass-leaflet
    hi: पर्चा पढ़ो और चुपचाप अगली चारपाई की ओर बढ़ा दो।
    en: Read the leaflet and quietly pass it on to the next bunk.
    subtract 5 from garrison
    add 1 to courage
    reply
      hi: तुम चूल्हे की रोशनी में पढ़ते हो — "युद्ध मुर्दाबाद! रोटी दो!" — फिर पर्चा छोटा-सा तह करके अगली चारपाई के कंबल के नीचे सरका देते हो। अँधेरे में एक हाथ उसे थाम लेता है।
      en: You read it by the glow of the stove — "Down with the war! Bread!" — fold it small and slide it under the next man's blanket. A hand closes on it in the dark.
    journal
      hi: मैंने मज़दूरों का पर्चा पढ़ा और आगे बढ़ा दिया।
      en: I read the workers' leaflet and passed it on.
    go s-cordon

  choice hand-in-leaflet
    hi: पर्चा सार्जेंट को दे दो: पर्चे के साथ पकड़ा गया आदमी अगली सूची में मोर्चे पर जाता है।
    en: Hand the leaflet to the sergeant: a man caught with one goes to the front on the next list.
    add 5 to garrison
    reply
      hi: सार्जेंट पर्चा पढ़ता है, देर तक तुम्हें देखता है और उसे जेब में रख लेता है। "शाबाश," वह कहता है। चारपाइयों पर कोई कुछ नहीं बोलता।
      en: The sergeant reads it, looks at you for a long moment and puts it in his pocket. "Good lad," he says. On the bunks nobody says a word.
    journal
      hi: मैंने पर्चा सार्जेंट को सौंप दिया।
      en: I handed the leaflet to the sergeant.
    go s-cordon

  choice lights-out default
    hi: पर्चा चूल्हे में डालो और सो जाओ।
    en: Push it into the stove and go to sleep.
    go s-cordon

# ---------------------------------------------------------------- 24 Feb: the bridge and the Cossacks (S1)

scene s-cordon
  for soldier
  on 24 Feb, afternoon
  at liteiny-bridge
  hi: शुक्रवार, 24 फ़रवरी (9 मार्च)। तुम्हारी कंपनी घुड़सवार पुलिस के साथ {place} पर तैनात है; पास में कोसैक घुड़सवारों की एक टुकड़ी खड़ी है। वीबोर्ग क्षेत्र से हड़ताली मज़दूरों के जत्थे आ रहे हैं। पुल बंद है, तो लोग किनारे से उतरकर जमी हुई नेवा पर चलने लगते हैं। पुलिस का एक अफ़सर तुम्हारे दस्ते पर चिल्लाता है: "रोको उन्हें!" कोसैक देखते रहते हैं, पर हिलते नहीं।
  en: Friday, 24 February (9 March). Your company holds {place} together with mounted police; a troop of Cossacks waits nearby. Columns of strikers are coming from the Vyborg side. The bridge is closed, so people climb down the bank and start across the frozen Neva. A police officer shouts at your squad: "Stop them!" The Cossacks watch, and do not move.
  note
    hi: 24 फ़रवरी (9 मार्च) को लगभग 2,00,000 मज़दूर हड़ताल पर थे। कोसैकों को भीड़ हटाने भेजा गया, पर वे अक्सर चाबुक चलाए बिना भीड़ के बीच से धीरे-धीरे निकल जाते थे; औरतें उनसे सीधे बात करती थीं। पुल रोके गए तो लोग जमी हुई नदी पार करके शहर के केंद्र तक पहुँचे।
    en: On 24 Feb (9 Mar) some 200,000 workers were on strike. Cossacks sent to disperse the crowds often rode slowly through them without using their whips; women talked to them directly. When the bridges were held, people crossed the frozen river to the centre.
  source The Nation, "The Russian Revolution viewed from the 21st century" (2017); China Miéville, October: The Story of the Russian Revolution; Encyclopaedia of Saint Petersburg, "February Revolution of 1917"; Saylor Academy, "February 1917: Anatomy of a Revolution"

  choice block-ice
    hi: किनारे पर उतरो और लोगों को बर्फ़ से वापस लौटाओ।
    en: Go down to the bank and turn people back from the ice.
    add 5 to garrison
    reply
      hi: लोग फिसलते-गिरते किनारे पर वापस चढ़ जाते हैं। एक औरत का रोटी का थैला बर्फ़ पर छूट जाता है; कोई उसे उठाने नहीं लौटता।
      en: People scramble back up the bank. A woman's bread bag is left lying on the ice; nobody goes back for it.
    go patrol

  choice look-away default
    hi: राइफ़ल ज़मीन पर टिकाकर किनारे पर खड़े रहो, और उन्हें जाने दो।
    en: Stand on the bank with your rifle grounded, and let them pass.
    subtract 5 from garrison
    add 1 to courage
    reply
      hi: पास से गुज़रती एक औरत तुम्हारी ओर देखे बिना कहती है: "शुक्रिया, सिपाही।"
      en: A woman passing you says, without looking at you: "Thank you, soldier."
    go patrol

  choice share-tobacco
    hi: कोसैकों के पास जाओ और अपनी मख़ोरका (सस्ता तंबाकू) उनके साथ बाँटो।
    en: Walk over to the Cossacks and share your makhorka tobacco.
    subtract 5 from garrison
    reply
      hi: एक कोसैक चुटकी भर तंबाकू लेता है और धीरे से कहता है: "चाबुक चलाने का मन हमारा भी नहीं।"
      en: A Cossack takes a pinch and says quietly: "We have no wish to use the whip either."
    journal
      hi: लितेयनी पुल पर एक कोसैक ने कहा: "चाबुक चलाने का मन हमारा भी नहीं।"
      en: At the Liteiny bridge a Cossack said: "We have no wish to use the whip either."
    go patrol

# ---------------------------------------------------------------- 25 Feb: Nevsky, the general strike

# The text names a general strike only when the city's number shows one (strike >= 60, as in s-tauride):
# in solo play nobody but the worker moves the strike, and it stays at 50.
scene patrol
  for soldier
  on 25 Feb, afternoon
  at nevsky
  hi: शनिवार, 25 फ़रवरी (10 मार्च): {if strike >= 60}आम हड़ताल{else}हड़ताल फैल रही है, हालाँकि कई कारख़ाने अभी चल रहे हैं{end}। तुम्हारी टुकड़ी {place} पर गोस्तिनी द्वोर के पास तैनात है। दुकानें बंद हैं, लाल झंडे दिख रहे हैं। पंक्ति में ख़बर दौड़ती है: ज़्नामेन्स्काया चौक पर एक कोसैक ने पुलिस के एक अफ़सर को मार गिराया। कुछ औरतें सीधे तुम्हारी पंक्ति तक आ जाती हैं: "भाई, क्या तुम अपनी माँओं पर गोली चलाओगे?"
  en: Saturday, 25 February (10 March): {if strike >= 60}a general strike{else}the strike is spreading, though many factories are still at work{end}. Your squad is posted on {place} near Gostiny Dvor. The shops are shut; red banners are out. Word runs down the line: on Znamenskaya Square a Cossack has cut down a police officer. Some women walk right up to your line: "Brother, will you shoot at your own mothers?"
  if hunger >= 70
    hi: उनके चेहरे भूख से पीले हैं। रोटी की कतारें अब रात भर लगती हैं।
    en: Their faces are grey with hunger. The bread queues now last all night.
  note
    hi: 25 फ़रवरी को हड़तालियों की संख्या 2,40,000 (पेत्रोग्राद सैन्य ज़िले के कमांडर जनरल ख़ाबालोव का अनुमान) से लगभग 3,05,000 तक बताई जाती है। गोस्तिनी द्वोर के पास घुड़सवारों ने गोली चलाई; ख़ाबालोव ने 3 मृत और 10 घायल बताए।
    en: Estimates of the strikers on 25 Feb run from 240,000 (General Khabalov, commander of the Petrograd Military District) to about 305,000. Dragoons fired near Gostiny Dvor; Khabalov reported 3 killed and 10 wounded.
  source Alpha History, "Telegrams on the eve of the February Revolution"; Encyclopaedia of Saint Petersburg, "February Revolution of 1917"

  choice answer-women
    hi: धीमी आवाज़ में जवाब दो: "हम भी भूखे गाँवों से आए हैं।"
    en: Answer quietly: "We come from hungry villages too."
    subtract 10 from garrison
    add 1 to courage
    reply
      hi: तुम इतने धीरे बोलते हो कि बस वही सुन पाती है। वह पल भर और तुम्हें देखती है, फिर भीड़ में लौट जाती है।
      en: You say it so quietly that only she can hear. She looks at you a moment longer, then steps back into the crowd.
    journal
      hi: नेव्स्की पर एक औरत ने मुझसे पूछा कि क्या मैं अपनी माँ पर गोली चलाऊँगा। मैंने जवाब दिया।
      en: On Nevsky a woman asked whether I would shoot my own mother. I answered her.
    go znamenskaya-order

  choice eyes-front default
    hi: चुप रहो और सामने देखो, जैसा सिखाया गया है।
    en: Say nothing and look straight ahead, as you were drilled.
    go znamenskaya-order

# ---------------------------------------------------------------- 26 Feb: the order to fire (S2)

scene znamenskaya-order
  for soldier
  on 26 Feb, afternoon
  at znamenskaya
  hi: रविवार, 26 फ़रवरी (11 मार्च)। तुम्हारा दस्ता {place} पर पंक्ति में खड़ा है; सामने बड़ी भीड़ है। कल रात ज़ार का आदेश आया था: गड़बड़ी आज ख़त्म होनी चाहिए। तुम्हारे अफ़सर, स्टाफ़-कप्तान लाश्केविच, गोली चलाने का आदेश देते हैं। भीड़ में बहुतों को अब भी यक़ीन नहीं कि सैनिक गोली चलाएँगे।
  en: Sunday, 26 February (11 March). Your detachment stands in line on {place}, a large crowd in front of it. Last night the Tsar's order came: the disorders must end today. Your officer, Staff-Captain Lashkevich, gives the order to fire. Many in the crowd still do not believe the soldiers will shoot.
  note
    hi: एक स्कूली इतिहास-पाठ कहता है कि सैनिकों ने "गोली चलाने से साफ मना कर दिया क्योंकि उनको जनता से सहानुभूति थी"। असल में 26 फ़रवरी (11 मार्च) को कई टुकड़ियों ने आदेश मानकर गोली चलाई — वोलिन्स्की प्रशिक्षण दस्ता भी; मरने वालों के अनुमान अलग-अलग हैं: कुछ के अनुसार अकेले इस चौक पर लगभग 40 लोग मारे गए और 40 घायल हुए, दूसरों के अनुसार पूरे शहर में उस दिन लगभग 40 मारे गए। कुछ सैनिकों ने ऊपर निशाना लगाया। विद्रोह अगली सुबह हुआ। क्यों — इस पर इतिहासकार एकमत नहीं: कुछ शर्म और मज़दूरों से मेल-जोल को मुख्य कारण मानते हैं, तो दूसरे मोर्चे के डर और अपनी जान बचाने की चिंता को।
    en: A school history text says the soldiers "flatly refused to fire, because they sympathised with the people". In fact on 26 Feb (11 Mar) many units obeyed and fired — the Volynsky training detachment too; estimates of the dead differ: by some accounts some 40 were killed and 40 wounded on this square alone, by others about 40 were killed in the whole city that day. Some soldiers aimed high. The mutiny came the next morning. Why is debated: some historians stress shame and contact with the workers; others stress fear of the front and self-preservation.
  source Encyclopaedia of Saint Petersburg, "February Revolution of 1917"; China Miéville, October: The Story of the Russian Revolution; Richard Pipes, The Russian Revolution

  choice fire-as-ordered
    hi: आदेश मानो और बाक़ियों के साथ गोली चलाओ।
    en: Obey the order and fire with the others.
    set s-fired
    reply
      hi: तुम बाक़ियों के साथ गोली चलाते हो। धमाका चौक के आर-पार गूँजता है; धुआँ छँटता है तो भीड़ भाग चुकी है, और बर्फ़ पर कुछ लोग बेहरकत पड़े हैं।
      en: You fire with the others. The volley cracks across the square; when the smoke thins, the crowd has fled, and some people lie still on the snow.
    journal
      hi: ज़्नामेन्स्काया चौक पर मैंने आदेश माना। उसके बाद चौक ख़ाली था — सिवाय उनके जो उठ नहीं सके।
      en: On Znamenskaya Square I obeyed the order. Afterwards the square was empty, except for those who could not get up.
    go barracks-night

  choice aim-high default
    hi: राइफ़ल उठाओ, पर लोगों के सिरों के ऊपर निशाना लगाओ।
    en: Raise your rifle, but aim above the people's heads.
    set s-fired-high
    subtract 5 from garrison
    reply
      hi: तुम इमारतों की मुँडेरों की ओर निशाना साधकर गोली चलाते हो, और ऊपर से प्लास्टर झड़ता है। पर तुम्हारे बग़ल से चली गोलियाँ ऊपर नहीं जातीं।
      en: You aim at the cornices and fire, and plaster rains down. But the rifles beside you are not aimed high.
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
    journal
      hi: ज़्नामेन्स्काया चौक पर मैंने गोली नहीं चलाई।
      en: On Znamenskaya Square I did not fire.
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
  hi: गार्ड-रूम का दरवाज़ा बंद है। रात भर गलियारे से फुसफुसाहटें आती हैं: किर्पिचनिकोव, जिसे आज ही कार्यवाहक सार्जेंट-मेजर बनाया गया है, एक-एक दस्ते के मुखिया से बात कर रहा है। भोर से पहले कोई चुपचाप दरवाज़े की कुंडी खोल देता है — और चला जाता है।
  en: The guardroom door is locked. All night whispers come from the corridor: Kirpichnikov, made acting sergeant-major only today, is talking to the squad leaders one by one. Before dawn someone quietly slides the bolt open — and walks away.

  choice slip-out
    hi: चुपके से निकलो और किर्पिचनिकोव से कहो: "मैं तुम्हारे साथ हूँ।"
    en: Slip out and tell Kirpichnikov: "I'm with you."
    set s-pledged
    subtract 10 from garrison
    reply
      hi: अँधेरे गलियारे में टटोलते हुए तुम आगे बढ़ते हो। किर्पिचनिकोव तुम्हारी बात सुनता है, एक बार कसकर तुम्हारा कंधा दबाता है और तुम्हें पंक्ति में तुम्हारी जगह भेज देता है।
      en: You feel your way down the dark corridor. Kirpichnikov hears you out, grips your shoulder once, and sends you to your place in the line.
    journal
      hi: गार्ड-रूम से निकलकर मैंने किर्पिचनिकोव को वचन दिया।
      en: I slipped out of the guardroom and gave Kirpichnikov my word.
    go dawn-roll-call

  choice stay-in-cell default
    hi: जहाँ हो वहीं रहो। खुला दरवाज़ा जाल भी हो सकता है।
    en: Stay where you are. An open door can be a trap.
    go dawn-roll-call

# ---------------------------------------------------------------- 26 Feb, night: Kirpichnikov (S3, S4)

scene barracks-night
  for soldier
  on 26 Feb, night
  at volynsky-barracks
  hi: बैरक में अजीब चुप्पी है; कोई खाना नहीं खा रहा। वरिष्ठ हवलदार तिमोफ़ेई किर्पिचनिकोव — सख़्त आदमी, जिससे रंगरूट डरते हैं — आज ही कार्यवाहक सार्जेंट-मेजर बना है। वह एक-एक दस्ते के मुखिया के पास जाकर धीरे से कहता है: "कल हम बाहर नहीं निकलेंगे। अपने लोगों पर और गोली नहीं।"
  en: The barrack is strangely silent; no one is eating. Senior NCO Timofei Kirpichnikov — a hard man the recruits fear — was made acting sergeant-major today. He goes from squad leader to squad leader and says quietly: "Tomorrow we don't march out. No more shooting our own people."
  if s-fired
    hi: कोई तुमसे नहीं पूछता कि चौक पर तुमने क्या देखा। पूछने की ज़रूरत भी नहीं।
    en: Nobody asks you what you saw on the square. Nobody needs to.
  if s-fired-high
    hi: तुमने ऊपर निशाना लगाया था। तुम नहीं जानते कि वह काफ़ी था या नहीं।
    en: You aimed high. You do not know whether that was enough.
  if refused
    hi: चौक पर तुम पीछे हट गए थे। कुछ साथी तुम्हें इज़्ज़त से देखते हैं, कुछ शक से।
    en: On the square you stepped back. Some comrades look at you with respect, some with suspicion.
  note
    hi: किर्पिचनिकोव ख़ुद कठोर अनुशासन के लिए जाना जाता था (उसका उपनाम था "मोर्दोबोई" — "मुँह तोड़ने वाला")। वोलिन्स्की के सैनिक "अच्छे" या "बुरे" होने से नहीं बदले: गोलीबारी की शर्म, पावलोव्स्की रेजिमेंट की चौथी कंपनी की बग़ावत की ख़बर और मोर्चे का डर — सबने मिलकर असर किया। लाश्केविच जैसे अफ़सर भी ज़ार के तार से आया आदेश लागू कर रहे थे।
    en: Kirpichnikov himself was known for harsh discipline (his nickname was "Mordoboi", "face-smasher"). The Volynsky men did not change because they were "good" or "bad": the shame of the shootings, news of the Pavlovsky regiment's 4th Company's revolt and fear of the front worked together. Officers like Lashkevich were also carrying out an order that came from the Tsar's telegram.
  source Encyclopaedia of Saint Petersburg, "February Revolution of 1917"; China Miéville, October: The Story of the Russian Revolution; Leon Trotsky, History of the Russian Revolution; Richard Pipes, The Russian Revolution

  choice join-plan
    hi: किर्पिचनिकोव से कहो: "मैं तुम्हारे साथ हूँ।"
    en: Tell Kirpichnikov: "I'm with you."
    set s-pledged
    subtract 15 from garrison
    reply
      hi: किर्पिचनिकोव तुम्हें ग़ौर से देखता है, फिर सिर हिलाता है: "तो सुबह, हाज़िरी के वक़्त। सब एक साथ।"
      en: Kirpichnikov looks at you hard, then nods: "In the morning, then, at roll call. All of us together."
    journal
      hi: रात में मैंने किर्पिचनिकोव को वचन दिया: कल हम बाहर नहीं निकलेंगे।
      en: In the night I gave Kirpichnikov my word: tomorrow we will not march out.
    go dawn-roll-call

  choice keep-silent default
    hi: कुछ मत कहो। करवटें बदलते हुए सुबह का इंतज़ार करो।
    en: Say nothing. Lie awake and wait for morning.
    subtract 5 from garrison
    go dawn-roll-call

  choice warn-officer
    hi: ड्यूटी-अफ़सर को चुपचाप बता दो — बग़ावत की सज़ा मौत हो सकती है, और गाँव में तुम्हारा परिवार राह देख रहा है।
    en: Quietly warn the duty officer — mutiny can mean death, and your family is waiting in the village.
    set s-informed
    add 20 to garrison
    reply
      hi: ड्यूटी-अफ़सर सुनता है, कुछ लिखता नहीं और तुम्हें चारपाई पर लौटा देता है। तुम जागते पड़े रहते हो; पता नहीं उसने तुम्हारी बात पर यक़ीन किया या नहीं।
      en: The duty officer listens, writes nothing down and sends you back to your bunk. You lie awake, not knowing whether he believed you.
    journal
      hi: मैंने ड्यूटी-अफ़सर को बता दिया। पता नहीं, मैंने किसे बचाया और किसे धोखा दिया।
      en: I told the duty officer. I do not know whom I saved and whom I betrayed.
    go dawn-roll-call

# ---------------------------------------------------------------- 27 Feb, dawn: the volynsky-mutiny event decides
# Entering this scene brings the clock to dawn; if the mutiny breaks out, the event moves the soldier to
# mutiny-yard at once. He chooses here only when it did not (the alternative history).

scene dawn-roll-call
  for soldier
  on 27 Feb, dawn
  at volynsky-barracks
  hi: सोमवार, 27 फ़रवरी (12 मार्च), भोर से पहले। अँधेरे गलियारे में दस्ता हथियारों के साथ पंक्ति में खड़ा है। किसी की साँस तेज़ चल रही है। क़दमों की आहट: स्टाफ़-कप्तान लाश्केविच आ रहे हैं। अगले एक मिनट में जो होगा, उसी पर सब टिका है।
  en: Monday, 27 February (12 March), before first light. In the dark corridor the detachment stands in line under arms. Someone is breathing hard. Footsteps: Staff-Captain Lashkevich is coming. Everything hangs on the next minute.
  note
    hi: इतिहास में इसी सुबह, 27 फ़रवरी (12 मार्च) को, दस्ते ने बाहर निकलने से इनकार किया — NCERT की पाठ्यपुस्तक इसी दिन को फ़रवरी क्रांति की तारीख़ (12 मार्च) मानती है। अगर तुम अब भी यहाँ पंक्ति में खड़े हो, तो तुम एक वैकल्पिक इतिहास में हो: रात में किर्पिचनिकोव को काफ़ी साथी नहीं मिले।
    en: In history, on this morning of 27 Feb (12 Mar), the detachment refused to march out — NCERT dates the February Revolution to this day (12 March). If you are still standing in line here, you are in an alternative history: in the night Kirpichnikov did not find enough men.
  source Leon Trotsky, History of the Russian Revolution; Richard Pipes, The Russian Revolution; NCERT, India and the Contemporary World – I (Class 9 History), ch. 2, Box 2
  go mutiny-yard

  choice march-out default
    hi: पंक्ति में खड़े रहो और लाश्केविच के पीछे बाहर मार्च करो।
    en: Stay in line and march out behind Lashkevich.
    only if not mutiny
    go s-held-bridge

  choice stand-by-kirpichnikov
    hi: आगे बढ़कर किर्पिचनिकोव के पास खड़े हो जाओ: "हमने तय किया था कि बाहर नहीं जाएँगे!" — चाहे तुम अकेले ही क्यों न रहो।
    en: Step forward beside Kirpichnikov: "We agreed not to march!" — even if you stand alone.
    only if not mutiny
    set refused
    add 1 to courage
    subtract 10 from garrison
    reply
      hi: कोई और आगे नहीं आता। लाश्केविच देर तक तुम्हें देखते हैं, अपनी नोटबुक में तुम्हारा नाम लिखते हैं, और कूच का आदेश देते हैं।
      en: Nobody else steps forward. Lashkevich looks at you for a long moment, writes your name in his notebook, and gives the order to march.
    journal
      hi: भोर में मैं किर्पिचनिकोव के साथ खड़ा हुआ — अकेला।
      en: At dawn I stood by Kirpichnikov — alone.
    go s-held-bridge

# ================================================================ the mutiny (history)

scene mutiny-yard
  for soldier
  on 27 Feb, morning
  at volynsky-barracks
  hi: दस्ते ने बाहर निकलने से इनकार कर दिया है। आँगन में अफ़रा-तफ़री है: स्टाफ़-कप्तान लाश्केविच मारे जा चुके हैं। अब सब जानते हैं — यह बग़ावत है, और लौटने का रास्ता नहीं। किर्पिचनिकोव आवाज़ लगाता है: "प्रेओब्राज़ेन्स्की और लितोव्स्की वालों को बाहर बुलाओ!"
  en: The detachment has refused to march out. The yard is in uproar: Staff-Captain Lashkevich has been killed. Now everyone knows it — this is mutiny, and there is no way back. Kirpichnikov calls out: "Bring out the Preobrazhensky and the Litovsky men!"
  if s-pledged
    hi: रात में तुमने वचन दिया था। अब उसे निभाने का समय है।
    en: In the night you gave your word. Now is the time to keep it.
  if s-informed
    hi: किसी को नहीं पता कि रात में तुमने ड्यूटी-अफ़सर को बताया था। तुम्हें उम्मीद है कि कभी पता भी नहीं चलेगा।
    en: Nobody knows that you warned the duty officer last night. You hope nobody ever will.
  note
    hi: NCERT की पाठ्यपुस्तक लिखती है कि एक रेजिमेंट की बैरक में एक अफ़सर को गोली मार दी गई — ये लाश्केविच थे; वे ठीक कैसे मारे गए, इस पर विवरण अलग-अलग हैं। त्रोत्स्की का तर्क था कि अब विद्रोहियों के बचने का एक ही रास्ता था: विद्रोह को फैलाना — जैसे हड़ताली एक कारख़ाने से दूसरे को "बाहर बुलाते" थे।
    en: NCERT says an officer was shot at a regiment's barracks — this was Lashkevich; accounts differ on exactly how he died. Trotsky argued that the mutineers' only safety now lay in widening the revolt — "calling out" regiment after regiment, as strikers called out factories.
  source NCERT, India and the Contemporary World – I (Class 9 History), ch. 2, sec. 3; Leon Trotsky, History of the Russian Revolution; Richard Pipes, The Russian Revolution

  choice call-out-regiments
    hi: दूसरों के साथ चलो: पड़ोस की रेजिमेंटों को बाहर बुलाओ।
    en: Go with the others: call out the neighbouring regiments.
    reply
      hi: तुम दूसरों के साथ दौड़ते हुए पड़ोस की बैरकों तक पहुँचते हो और खिड़कियों की ओर चिल्लाते हो। पहले प्रेओब्राज़ेन्स्की वाले बाहर आते हैं, फिर लितोव्स्की वाले, हाथों में राइफ़लें लिए।
      en: You run with the others to the next barracks, shouting up at the windows. First the Preobrazhensky men come out, then the Litovsky, rifles in hand.
    journal
      hi: हमने प्रेओब्राज़ेन्स्की और लितोव्स्की वालों को बाहर बुलाया।
      en: We called out the Preobrazhensky and Litovsky men.
    go s-crossroads

  choice back-to-bunk default
    hi: अपनी चारपाई पर लौट जाओ और देखो कि कौन जीतता है।
    en: Go back to your bunk and wait to see who wins.
    go s-bunk-waiting

scene s-crossroads
  for soldier
  on 27 Feb, noon
  at liteiny-bridge
  hi: दोपहर हो चुकी है। तुम सैकड़ों सैनिकों और मज़दूरों के साथ {place} के पास हो। ज़िला अदालत की इमारत से धुआँ उठ रहा है। बगल में शस्त्रागार के फाटक खुले हैं; पुल के उस पार, वीबोर्ग क्षेत्र में, क्रेस्ती जेल है। अब कोई आदेश नहीं दे रहा। राइफ़ल तुम्हारे हाथ में है — उसे लेकर कहाँ जाओगे?
  en: It is past midday. You are near {place} among hundreds of soldiers and workers. Smoke rises from the District Court. Beside it the Arsenal's gates stand open; across the bridge, on the Vyborg side, is Kresty prison. Nobody gives orders any more. The rifle is in your hands — where will you take it?
  note
    hi: 27 फ़रवरी को सैनिकों और भीड़ ने शस्त्रागार पर क़ब्ज़ा करके मज़दूरों को हथियार दिए, अदालत और थाने जलाए और जेलें खोलीं। सैनिकों के झुंड टॉराइड महल पहुँचे, यह पूछने कि ड्यूमा किसके साथ है। शाम तक 25,000 से 70,000 सैनिक विद्रोह में शामिल हो चुके थे (अनुमान अलग-अलग हैं)।
    en: On 27 Feb soldiers and crowds seized the Arsenal and armed workers, burned the law courts and police stations, and opened the prisons. Crowds of soldiers went to the Tauride Palace to ask where the Duma stood. By evening 25,000 to 70,000 soldiers had mutinied (estimates differ).
  source Leon Trotsky, History of the Russian Revolution; Richard Pipes, The Russian Revolution; State Museum of Political History of Russia, "Petrograd Soviet"

  choice to-arsenal
    hi: शस्त्रागार जाओ, जहाँ मज़दूर हथियार ले रहे हैं।
    en: Go to the Arsenal, where workers are taking weapons.
    go s-arsenal

  choice to-kresty
    hi: पुल पार करके क्रेस्ती जेल जाओ।
    en: Cross the bridge to Kresty prison.
    go s-kresty

  choice to-tauride
    hi: टॉराइड महल जाओ और पूछो कि ड्यूमा किसके साथ है।
    en: Go to the Tauride Palace and ask whose side the Duma is on.
    go s-tauride

  choice back-to-barracks default
    hi: बैरक लौट जाओ; आज के लिए बहुत हुआ।
    en: Go back to the barracks; enough for one day.
    go s-barracks-evening

scene s-arsenal
  for soldier
  on 27 Feb, afternoon
  at arsenal
  hi: शस्त्रागार के आँगन में मज़दूर बाँहें भर-भरकर राइफ़लें बाहर ला रहे हैं। सोलह-सत्रह साल का एक लड़का राइफ़ल उलट-पलटकर देख रहा है — उसे लोड करना नहीं आता। तीस साल से यहाँ नौकरी कर रहा एक बूढ़ा क्लर्क गिड़गिड़ाता है: "कम से कम गिनती तो रखो, वरना ये हथियार शहर के तहख़ानों में गुम हो जाएँगे।"
  en: In the Arsenal yard workers are carrying out rifles by the armful. A boy of sixteen or so turns a rifle over in his hands — he does not know how to load it. An old clerk who has worked here thirty years pleads: "At least keep a count, or these weapons will vanish into the city's cellars."
  note
    hi: शस्त्रागार से बँटे हथियारों से मज़दूरों की सशस्त्र टोलियाँ बनीं, जो आगे चलकर "रेड गार्ड" बनीं। नई सरकार ने बाद में पुलिस की जगह "जन-मिलिशिया" बनाने का वादा किया। हथियारबंद भीड़ से कुछ लोगों ने व्यवस्था की रक्षा की, तो कुछ ने लूटपाट भी की।
    en: Rifles from the Arsenal armed workers' patrols — the seed of the later Red Guards. The new government would promise to replace the police with a people's militia. Armed crowds both kept order in some streets and looted in others.
  source Leon Trotsky, History of the Russian Revolution; Richard Pipes, The Russian Revolution; State Museum of Political History of Russia, "Provisional Government"

  choice arm-workers
    hi: लड़के को लोड करना सिखाओ, और ज़िले के मज़दूरों की गश्ती टोलियों को राइफ़लें बाँटो।
    en: Show the boy how to load, and hand out rifles to the district's workers' patrols.
    add 5 to strike
    subtract 5 from garrison
    reply
      hi: तुम लड़के को दो बार दिखाते हो कि राइफ़ल कैसे भरते हैं, फिर गश्ती टोलियों को राइफ़लें थमाते रहते हो, जब तक बाँहें दुखने न लगें।
      en: You show the boy twice how to load, then hand rifles out to the patrols until your arms ache.
    journal
      hi: शस्त्रागार में मैंने मज़दूरों को राइफ़लें बाँटीं।
      en: At the Arsenal I handed out rifles to workers.
    go s-tauride

  choice keep-count default
    hi: क्लर्क के साथ बैठकर हर निकलती राइफ़ल की सूची बनाओ।
    en: Sit down with the clerk and list every rifle that leaves.
    add 1 to resolve
    reply
      hi: क्लर्क एक बही ले आता है। राइफ़ल के बाद राइफ़ल, नंबर के बाद नंबर — तुम लिखते जाते हो, और आसपास आँगन ख़ाली होता जाता है।
      en: The clerk fetches a ledger. Rifle after rifle, number after number, you write them down while the yard empties around you.
    journal
      hi: शस्त्रागार में मैंने हथियारों की सूची बनाई।
      en: At the Arsenal I kept a list of the weapons.
    go s-tauride

scene s-kresty
  for soldier
  on 27 Feb, afternoon
  at kresty
  hi: क्रेस्ती जेल के फाटक टूट चुके हैं और भीड़ कोठरियाँ खोल रही है। बाहर निकलने वालों में "केंद्रीय मज़दूर समूह" के नेता भी हैं, जो जनवरी से बंद थे — और चोर-उचक्के भी। चश्मा लगाए एक दुबला-सा मेन्शेविक तुमसे कहता है: "हमें टॉराइड महल तक ले चलो, सिपाही। आज रात वहाँ मज़दूरों की सोवियत बनेगी।"
  en: The gates of Kresty prison are down and the crowd is opening the cells. Among those coming out are the leaders of the Central Workers' Group, jailed since January — and thieves too. A thin Menshevik in spectacles says to you: "Take us to the Tauride Palace, soldier. Tonight a Soviet of workers will be formed there."
  note
    hi: जनवरी 1917 में गिरफ़्तार "केंद्रीय मज़दूर समूह" (मेन्शेविक नेतृत्व वाला) के नेता 27 फ़रवरी को जेल से छूटे और सीधे टॉराइड महल गए, जहाँ उन्होंने सोवियत की अस्थायी कार्यकारिणी बनाई।
    en: The leaders of the Menshevik-led Central Workers' Group, arrested in January 1917, were freed on 27 Feb and went straight to the Tauride Palace, where they formed the Soviet's provisional executive.
  source State Museum of Political History of Russia, "Petrograd Soviet"; Leon Trotsky, History of the Russian Revolution; Richard Pipes, The Russian Revolution

  choice escort-freed
    hi: छूटे हुए लोगों को टॉराइड महल तक पहुँचाओ।
    en: Escort the freed men to the Tauride Palace.
    reply
      hi: कोठरियों में रहकर पीले पड़ चुके लोग बीच में चलते हैं; तुम राइफ़ल लिए आगे-आगे चलते हो, और भीड़ रास्ता देती जाती है।
      en: The freed men walk in the middle, pale from the cells; you march in front with your rifle, and the crowds make way.
    journal
      hi: मैं क्रेस्ती से छूटे मज़दूर नेताओं को टॉराइड महल ले गया।
      en: I escorted workers' leaders freed from Kresty to the Tauride Palace.
    go s-tauride

  choice sort-prisoners default
    hi: रुककर सूचियाँ देखो: राजनीतिक क़ैदियों को छोड़ो, चोरों को बंद रहने दो। फिर बैरक लौटो।
    en: Stay and check the lists: free the political prisoners, keep the thieves locked up. Then go back to the barracks.
    add 1 to resolve
    go s-barracks-evening

scene s-bunk-waiting
  for soldier
  on 27 Feb, afternoon
  at volynsky-barracks
  hi: बैरक लगभग ख़ाली है। बाहर से गोलियों, गानों और ट्रकों के हॉर्न की आवाज़ें आती हैं। दरवाज़े पर दूसरी कंपनी का एक नौजवान अफ़सर आता है — तलवार के बिना, चेहरा सफ़ेद। "कल मैंने गोली चलाने का आदेश नहीं दिया था," वह धीरे से कहता है। "क्या तुम लोग मुझे भीड़ से बचाओगे?"
  en: The barracks are almost empty. From outside come shots, songs and the horns of lorries. A young officer from another company appears at the door — no sword, his face white. "I did not give the order to fire yesterday," he says quietly. "Will you men protect me from the crowd?"
  note
    hi: 27-28 फ़रवरी को बहुत से अफ़सर छिप गए या गिरफ़्तार होकर टॉराइड महल लाए गए; कुछ मारे भी गए। बहुत से सैनिकों ने बाहर निकलने से पहले इंतज़ार किया — बग़ावत की सज़ा मौत थी, और कोई नहीं जानता था कि मोर्चे से वफ़ादार फ़ौज आएगी या नहीं।
    en: On 27-28 Feb many officers hid, or were arrested and brought to the Tauride Palace; some were killed. Many soldiers waited before going out — mutiny could mean death, and no one knew whether loyal troops would come from the front.
  source Leon Trotsky, History of the Russian Revolution; Richard Pipes, The Russian Revolution; China Miéville, October: The Story of the Russian Revolution

  choice hide-officer
    hi: अँधेरा होने तक उसे सामान वाले कमरे में छिपा दो।
    en: Hide him in the store room until dark.
    set s-hid-officer
    add 5 to garrison
    reply
      hi: तुम उसे सामान वाले कमरे में ओवरकोटों के बीच बिठाकर दरवाज़ा भिड़ा देते हो। दो बार लोग झाँकने आते हैं; दोनों बार तुम कहते हो कि कमरा ख़ाली है।
      en: You sit him down among the greatcoats in the store room and pull the door to. Twice men come to look; twice you tell them the room is empty.
    journal
      hi: मैंने एक अफ़सर को भीड़ से छिपाया।
      en: I hid an officer from the crowd.
    go s-barracks-evening

  choice go-out-after-all
    hi: उससे कहो कि तुम कोई वादा नहीं कर सकते, राइफ़ल उठाओ और आख़िरकार बाहर निकल जाओ।
    en: Tell him you can promise nothing, pick up your rifle and go out after all.
    go s-crossroads

  choice stay-on-bunk default
    hi: दीवार की ओर करवट ले लो। यह तुम्हारी लड़ाई नहीं।
    en: Turn to the wall. This is not your fight.
    go s-barracks-evening

scene s-barracks-evening
  for soldier
  on 27 Feb, evening
  at volynsky-barracks
  hi: शाम को लोग लौटते हैं — थके हुए, गला बैठा हुआ, आँखें चमकती हुईं। कोई ज़ोर से एक पर्चा पढ़ता है: टॉराइड महल में आज रात सोवियत बनेगी, और हर कंपनी से एक सैनिक प्रतिनिधि बुलाया गया है। सब एक-दूसरे की ओर देखते हैं।
  en: In the evening the men come back — tired, hoarse, their eyes shining. Someone reads a leaflet aloud: tonight a Soviet is being formed in the Tauride Palace, and every company is asked to send one soldier as its deputy. The men look round at each other.
  if s-hid-officer
    hi: जिस अफ़सर को तुमने छिपाया था, वह शाम के धुँधलके में चुपचाप निकल गया।
    en: The officer you hid has slipped away in the dusk.
  note
    hi: 27 फ़रवरी को सोवियत ने कारख़ानों से हर 1,000 मज़दूरों पर एक और सेना से हर कंपनी से एक प्रतिनिधि बुलाया। जल्द ही सोवियत में सैनिक प्रतिनिधि मज़दूरों से ज़्यादा हो गए।
    en: On 27 Feb the Soviet called for one delegate per 1,000 workers from the factories and one per company from the army. Soon soldiers' deputies outnumbered the workers'.
  source State Museum of Political History of Russia, "Petrograd Soviet"; China Miéville, October: The Story of the Russian Revolution; Encyclopaedia of Saint Petersburg, "February Revolution of 1917"; Leon Trotsky, History of the Russian Revolution

  choice go-as-delegate
    hi: कहो: "मैं जाऊँगा।"
    en: Say: "I'll go."
    add 1 to courage
    go s-tauride

  choice stay-in-barracks default
    hi: किसी और को जाने दो और सो जाओ।
    en: Let someone else go, and sleep.
    go s-rodzianko-order

# ---------------------------------------------------------------- 27 Feb, evening: the Tauride Palace (S5)

scene s-tauride
  for soldier
  on 27 Feb, evening
  at tauride
  hi: {place} के गलियारे ठसाठस भरे हैं। सैनिक राइफ़लें और मशीनगन की पेटियाँ लिए अंदर घुस आए हैं; कोई फ़र्श पर सो रहा है, कोई चाय उबाल रहा है। कारख़ानों से मज़दूरों के प्रतिनिधि आ रहे हैं, काग़ज़ की पर्चियों पर लिखे अधिकार-पत्र हाथ में लिए। दूसरे हिस्से में ड्यूमा के सदस्य बंद दरवाज़ों के पीछे बैठे हैं। एक ही इमारत में दो दुनियाएँ।
  en: The corridors of {place} are packed. Soldiers have pushed in with rifles and machine-gun belts; some sleep on the floor, some boil tea. Workers' delegates arrive from the factories, their mandates scribbled on scraps of paper. In the other wing Duma deputies sit behind closed doors. Two worlds in one building.
  if committee
    hi: "ड्यूमा हमारे साथ है!" कोई चिल्लाता है। "ड्यूमा अपने साथ है," पास खड़ा एक बूढ़ा सैनिक बुदबुदाता है।
    en: "The Duma is with us!" someone shouts. "The Duma is with the Duma," mutters an old soldier nearby.
  if not committee
    hi: ड्यूमा के सदस्य एक-एक कर खिसक रहे हैं; यहाँ कोई ड्यूमा की ओर से नहीं बोलता।
    en: The deputies are slipping away one by one; nobody here speaks for the Duma.
  if strike >= 60
    hi: मज़दूरों के प्रतिनिधि बताते हैं कि शहर का कोई कारख़ाना आज नहीं चला।
    en: The workers' delegates say that not one factory in the city worked today.
  note
    hi: एक स्कूली इतिहास-पाठ कहता है कि "ड्यूमा ने विसर्जित होने से मना कर दिया"। असल में सदस्यों ने सत्रावसान का आदेश औपचारिक रूप से माना, पर "निजी बैठक" में रुककर अस्थायी समिति बनाई। उसी इमारत में, छूटे हुए मज़दूर नेताओं ने सोवियत की बैठक बुलाई। रोद्ज़ियांको ने भीतर आए सैनिकों को ज़ार को भेजे अपने तार पढ़कर सुनाए।
    en: A school history text says "the Duma refused to dissolve". In fact the deputies formally obeyed the prorogation, but stayed on as a "private meeting" and formed the Provisional Committee. In the same building, the freed labour leaders called the Soviet together. Rodzianko read out to the soldiers who crowded in the telegrams he had sent the Tsar.
  source Leon Trotsky, History of the Russian Revolution; Richard Pipes, The Russian Revolution; State Museum of Political History of Russia, "Petrograd Soviet"; Vasily Shulgin's memoir

  choice ask-a-deputy
    hi: गलियारे में एक ड्यूमा सदस्य को रोको और पूछो: "ड्यूमा किसके साथ है — हमारे या ज़ार के?"
    en: Stop a Duma deputy in the corridor and ask: "Whose side is the Duma on — ours or the Tsar's?"
    once
    reply
      hi: वह घबराकर मुस्कुराता है: "हम व्यवस्था बहाल करेंगे, भाई।" किसकी व्यवस्था, यह वह नहीं बताता।
      en: He smiles nervously: "We shall restore order, brother." Whose order, he does not say.

  choice join-soviet-session
    hi: भीड़ में से रास्ता बनाकर उस कमरे तक पहुँचो जहाँ रात नौ बजे सोवियत बैठेगी।
    en: Push through to the room where the Soviet will meet at nine.
    go s-soviet-session

  choice guard-palace default
    hi: मुख्य दरवाज़े पर पहरा सँभालो — आज रात महल को पहरेदारों की ज़रूरत है।
    en: Take a post at the main doors — the palace needs guards tonight.
    add 1 to resolve
    reply
      hi: तुम रात भर मुख्य दरवाज़े पर खड़े रहकर आने-जाने वालों को जाँचते हो। भोर से पहले राइफ़ल पर टिके-टिके घड़ी भर झपकी ले लेते हो।
      en: All night you stand at the main doors, checking everyone who comes and goes. Before dawn you doze for a while on your feet, leaning on your rifle.
    journal
      hi: मैंने रात भर टॉराइड महल के दरवाज़े पर पहरा दिया।
      en: I stood guard all night at the doors of the Tauride Palace.
    go s-rodzianko-order

scene s-soviet-session
  for soldier
  on 27 Feb, 21:00
  at tauride
  hi: रात नौ बजे। धुएँ से भरा कमरा; कुर्सियाँ कम, लोग ज़्यादा। एक के बाद एक सैनिक कुर्सी पर चढ़कर अपनी रेजिमेंट की ख़बर देता है: "हमारी कंपनी जनता के साथ है!" हर बार कमरा तालियों से गूँज उठता है।
  en: Nine at night. A smoke-filled room; fewer chairs than people. One soldier after another climbs onto a chair to report for his regiment: "Our company is with the people!" Each time the room roars.
  if not soviet
    hi: पर आज कोई सोवियत नहीं बनती: मुट्ठी भर प्रतिनिधि आए हैं, और वे फुसफुसाकर बात करते हैं।
    en: But no Soviet is formed tonight: only a handful of delegates have come, and they talk in whispers.
  note
    hi: पहली बैठक में सैनिकों ने अपनी रेजिमेंटों के विद्रोह की ख़बरें दीं, और सोवियत ने सैनिकों के प्रतिनिधि भी बुलाने का फ़ैसला किया। इस तरह वह "मज़दूरों और सैनिकों के प्रतिनिधियों की सोवियत" बनी। अध्यक्ष च्खेइद्ज़े (मेन्शेविक) थे; उपाध्यक्ष स्कोबेलेव और केरेन्स्की।
    en: At the first session soldiers reported their regiments' risings, and the Soviet decided to take in soldiers' deputies too. So it became the "Soviet of Workers' and Soldiers' Deputies". Chkheidze (Menshevik) chaired; Skobelev and Kerensky were vice-chairmen.
  source Leon Trotsky, History of the Russian Revolution; Richard Pipes, The Russian Revolution; Petrograd Soviet, Order No. 1 (1 March 1917); State Museum of Political History of Russia, "Petrograd Soviet"

  choice speak-for-company
    hi: कुर्सी पर चढ़ो और वोलिन्स्की वालों की ओर से बोलो।
    en: Climb onto a chair and speak for the Volynsky men.
    set s-spoke
    add 1 to courage
    subtract 5 from garrison
    reply
      hi: तुम्हारी आवाज़ काँपती है। "हम वर्दी पहने किसान हैं," तुम कहते हो। "बस इतना बता दो कि आज जो हमने किया, उसके लिए हमें मोर्चे पर नहीं भेजा जाएगा।" कमरा गूँज उठता है।
      en: Your voice shakes. "We are peasants in greatcoats," you say. "Only tell us we won't be sent to the front for what we did today." The room roars.
    journal
      hi: सोवियत की पहली बैठक में मैं अपनी कंपनी की ओर से बोला।
      en: At the Soviet's first session I spoke for my company.
    go s-rodzianko-order

  choice listen-at-back default
    hi: पीछे खड़े होकर सुनो, और बैरक वालों को बताने के लिए सब याद रखो।
    en: Listen from the back, and remember it all for the men at the barracks.
    go s-rodzianko-order

# ---------------------------------------------------------------- 28 Feb: Rodzianko's order (S6)

scene s-rodzianko-order
  for soldier
  on 28 Feb, morning
  at volynsky-barracks
  hi: मंगलवार, 28 फ़रवरी (13 मार्च)। सुबह अफ़सर बैरक लौटते हैं — कुछ वही जो कल छिप गए थे। वे ड्यूमा के सैन्य आयोग का आदेश पढ़ते हैं, रोद्ज़ियांको के नाम से: सैनिक बैरकों में लौटें, अपने अफ़सरों का हुक्म मानें, व्यवस्था बनाए रखें। कतार में फुसफुसाहट दौड़ती है: "पहले राइफ़लें वापस लेंगे, फिर कल वालों को सज़ा देंगे।"
  en: Tuesday, 28 February (13 March). In the morning officers return to the barracks — some of them the same men who hid yesterday. They read an order of the Duma's Military Commission, in Rodzianko's name: soldiers are to return to barracks, obey their officers and keep order. A whisper runs down the line: "First they take back the rifles, then they punish yesterday's men."
  if s-hid-officer
    hi: जिस नौजवान अफ़सर को तुमने कल छिपाया था, वह भी उनमें है। वह तुम्हें देखकर सिर हिलाता है, कुछ कहता नहीं।
    en: The young officer you hid yesterday is among them. He nods to you and says nothing.
  note
    hi: 28 फ़रवरी (13 मार्च) को रोद्ज़ियांको के सैन्य आयोग ने सैनिकों को बैरकों में लौटने और अफ़सरों की बात मानने का आदेश दिया। सैनिकों को डर था कि अफ़सर उनसे हथियार छीनकर बदला लेंगे — इसी ग़ुस्से से "आदेश संख्या 1" निकला। इतिहासकार इसे अलग-अलग पढ़ते हैं: कम्युनिस्ट-विरोधी इतिहासकार (जैसे अमेरिकी इतिहासकार पाइप्स) यहीं से फ़ौज के बिखरने की शुरुआत देखते हैं; सामाजिक इतिहासकार इसे सैनिकों का अपनी इज़्ज़त और क्रांति की रक्षा करना मानते हैं।
    en: On 28 Feb (13 Mar) Rodzianko's Military Commission ordered soldiers back to barracks under their officers. Soldiers feared the officers would disarm them and take revenge — and from that anger came Order No. 1. Historians read it differently: anti-communist historians (the American Pipes, for one) see here the start of the army's collapse; social historians see soldiers defending their dignity and the revolution.
  source China Miéville, October: The Story of the Russian Revolution; Petrograd Soviet, Order No. 1 (1 March 1917)

  choice obey-officers default
    hi: अपने अफ़सरों के अधीन पंक्ति में खड़े हो जाओ। आदेश तो आदेश है।
    en: Fall in under your officers. An order is an order.
    add 10 to garrison
    go s-company-meeting

  choice keep-rifle
    hi: राइफ़ल अपनी चारपाई के पास रखो और चुप रहो।
    en: Keep your rifle by your bunk and say nothing.
    subtract 5 from garrison
    go s-company-meeting

  choice complain-to-soviet
    hi: दूसरों के साथ टॉराइड महल जाओ और सोवियत से पूछो: "अब हमारा हुक्म कौन देगा?"
    en: Go with others to the Tauride Palace and ask the Soviet: "Who gives us orders now?"
    only if soviet
    add 1 to courage
    subtract 10 from garrison
    reply
      hi: सोवियत के कमरे में तुम अकेले नहीं हो: कई रेजिमेंटों के सैनिक यही सवाल पूछ रहे हैं। एक प्रतिनिधि तुम्हारी बात लिख लेता है और कहता है कि सैनिकों के लिए एक आदेश तैयार हो रहा है।
      en: You are not the only ones in the Soviet's room: soldiers from many regiments are asking the same question. A deputy writes down what you say and tells you an order for the soldiers is being drawn up.
    journal
      hi: हम सोवियत से पूछने गए कि अब हमारा हुक्म कौन देगा।
      en: We went to ask the Soviet who gives us orders now.
    go s-company-meeting

# ---------------------------------------------------------------- 1 Mar: Order No. 1 (S6)

scene s-company-meeting
  for soldier
  on 1 Mar, evening
  at volynsky-barracks
  hi: बुधवार की शाम, 1 मार्च (14 मार्च)। कंपनी आँगन में इकट्ठी है।
  en: Wednesday evening, 1 March (14 March). The company is gathered in the yard.
  if order-one
    hi: अब वही करना है जो "आदेश संख्या 1" कहता है: कंपनी अपनी समिति चुनेगी, और सोवियत के लिए अपना प्रतिनिधि भी। राइफ़लों की अलमारी की चाबियाँ अब समिति के पास रहेंगी। पीछे से कोई तुम्हारा नाम पुकारता है।
    en: Now the company must do what Order No. 1 says: elect its committee, and its deputy to the Soviet. The keys to the rifle racks will go to the committee. Someone at the back calls out your name.
  if not order-one
    hi: अफ़सरों ने पुराना अनुशासन लौटा दिया है: सुबह की परेड, सलामी, "तू"। राइफ़लें शस्त्रागार में बंद हैं, और चाबी कर्नल के पास है।
    en: The officers have brought back the old discipline: morning drill, saluting, "ty". The rifles are locked in the armoury, and the colonel has the key.
  if s-spoke
    hi: लोगों को याद है कि सोमवार रात तुम सोवियत में बोले थे।
    en: The men remember that you spoke at the Soviet on Monday night.
  note
    hi: आदेश संख्या 1 (1 मार्च / 14 मार्च) सैनिकों के प्रतिनिधियों के साथ सोवियत में लिखा गया: हर टुकड़ी में चुनी हुई समिति; राजनीतिक मामलों में टुकड़ियाँ सोवियत के अधीन; ड्यूमा के सैन्य आयोग के आदेश तभी माने जाएँ जब सोवियत के आदेशों से न टकराएँ; हथियार समितियों के नियंत्रण में, अफ़सरों को कभी नहीं; ड्यूटी पर सख़्त अनुशासन, पर ड्यूटी के बाहर पूरे नागरिक अधिकार।
    en: Order No. 1 (1 Mar / 14 Mar) was drafted in the Soviet together with soldiers' delegates: an elected committee in every unit; in political matters units answer to the Soviet; the Duma's Military Commission to be obeyed only where it does not contradict the Soviet; weapons under the committees, never handed to officers; strict discipline on duty, full civil rights off duty.
  source Petrograd Soviet, Order No. 1 (1 March 1917)

  choice stand-for-soviet
    hi: सोवियत में कंपनी का प्रतिनिधि बनने के लिए खड़े हो जाओ।
    en: Stand as the company's deputy to the Soviet.
    only if order-one and courage >= 6
    show locked
    set s-elected-deputy
    reply
      hi: आँगन में हाथ उठते हैं — लगभग सबके। कोई कॉपी से फाड़े पन्ने पर तुम्हारा अधिकार-पत्र लिख देता है।
      en: Hands go up across the yard — nearly all of them. Someone writes out your mandate on a page torn from a notebook.
    journal
      hi: कंपनी ने मुझे सोवियत में अपना प्रतिनिधि चुना।
      en: The company elected me its deputy to the Soviet.
    go s-street-salute

  choice stand-for-committee
    hi: कंपनी समिति के लिए खड़े हो जाओ: राइफ़लों की अलमारी की चाबियाँ तुम्हारे पास रहेंगी।
    en: Stand for the company committee: the keys to the rifle racks will be in your keeping.
    only if order-one
    set s-committee-member
    subtract 5 from garrison
    reply
      hi: हाथ उठाकर तुम्हें चुन लिया जाता है। उसी शाम राइफ़लों की अलमारी की चाबियाँ तुम्हें सौंप दी जाती हैं; जेब में वे भारी लगती हैं।
      en: You are elected by a show of hands. That evening the keys to the rifle racks are handed to you; they feel heavy in your pocket.
    journal
      hi: मुझे कंपनी समिति में चुना गया।
      en: I was elected to the company committee.
    go s-street-salute

  choice vote-only default
    hi: दूसरों के लिए हाथ उठाओ, और उन्हें ही खड़ा होने दो।
    en: Raise your hand for others, and let them stand.
    only if order-one
    go s-street-salute

  choice accept-discipline
    hi: पंक्ति में खड़े हो जाओ और सिर झुकाए रखो।
    en: Fall in and keep your head down.
    only if not order-one
    add 5 to garrison
    go s-street-salute

# ---------------------------------------------------------------- 2 Mar: saluting and "ty"; the new government

scene s-street-salute
  for soldier
  on 2 Mar, morning
  at nevsky
  hi: गुरुवार सुबह, 2 मार्च (15 मार्च), {place}। तुम ड्यूटी पर नहीं हो। एक नौजवान अफ़सर तुम्हें रोकता है: "सलामी क्यों नहीं दी? तू जानता है मैं कौन हूँ?" वह ग़ुस्से में है, और डरा हुआ भी: कल से शहर में ख़बरें हैं कि क्रोनश्टाट में नाविकों ने अपने अफ़सरों को मार डाला।
  en: Thursday morning, 2 March (15 March), {place}. You are off duty. A young officer stops you: "Why didn't you salute? Do you know who I am, ty?" He is angry, and frightened too: since yesterday the city has heard reports that at Kronstadt sailors killed their officers.
  if order-one
    hi: ज़िंदगी में पहली बार तुम ट्राम के अंदर बैठकर आए हो: आदेश कहता है, ड्यूटी के बाहर सैनिक भी नागरिक है।
    en: For the first time in your life you rode inside a tram: off duty, the Order says, a soldier is a citizen.
  if not order-one
    hi: तुम हमेशा की तरह पैदल आए हो: ट्राम अब भी तुम्हारे लिए नहीं है।
    en: You came on foot, as soldiers always have: the trams are still not for you.
  note
    hi: आदेश संख्या 1 ने ड्यूटी के बाहर ज़रूरी सलामी ख़त्म की, "हुज़ूर" जैसी उपाधियाँ हटाईं, और अफ़सरों का सैनिकों को अपमानजनक "तू" कहना मना किया। अफ़सरों का डर भी असली था: 1 मार्च को क्रोनश्टाट में एडमिरल विरेन और दर्जनों अफ़सर मारे गए।
    en: Order No. 1 abolished compulsory saluting off duty, replaced titles like "Your Excellency", and forbade officers to address soldiers with the insulting "ty". The officers' fear was real too: on 1 Mar at Kronstadt Admiral Viren and dozens of officers were killed.
  source Petrograd Soviet, Order No. 1 (1 March 1917); China Miéville, October: The Story of the Russian Revolution

  choice salute-anyway
    hi: सलामी दे दो। बरसों की आदत आसानी से नहीं छूटती।
    en: Salute. The habit of years is hard to break.
    add 5 to garrison
    go s-milyukov

  choice answer-as-citizen
    hi: शांति से जवाब दो: "ड्यूटी के बाहर सलामी ज़रूरी नहीं। और मुझसे 'आप' कहकर बात कीजिए।"
    en: Answer calmly: "Off duty I need not salute. And you will call me 'vy'."
    only if order-one
    subtract 5 from garrison
    reply
      hi: अफ़सर का चेहरा लाल हो जाता है। फिर वह सिर हिलाकर "आप" कहता है — तुम्हें यक़ीन नहीं होता। राहगीर रुककर देखते हैं।
      en: The officer flushes. Then, to your surprise, he nods and says "vy". Passers-by stop to watch.
    journal
      hi: नेव्स्की पर एक अफ़सर ने मुझे "आप" कहा।
      en: On Nevsky an officer called me "vy".
    go s-milyukov

  choice walk-on default
    hi: कुछ मत कहो और आगे बढ़ जाओ।
    en: Say nothing and walk on.
    go s-milyukov

scene s-milyukov
  for soldier
  on 2 Mar, 15:00
  at catherine-hall
  hi: दोपहर बाद, टॉराइड महल का कैथरीन हॉल। सैनिकों और मज़दूरों की भीड़ में तुम भी धक्के खा रहे हो। मंच पर चश्मा लगाए, सफ़ेद मूँछों वाले मिल्युकोव हैं। तुम सिर्फ़ एक बात सुनने आए हो: क्या तुम्हें मोर्चे पर भेजा जाएगा?
  en: Afternoon, Catherine Hall in the Tauride Palace. You are jostled in a crowd of soldiers and workers. On the platform stands Milyukov, spectacles and white moustache. You have come to hear one thing only: will they send you to the front?
  if government
    hi: मंत्रियों के नाम पढ़े जाते हैं: एक प्रिंस, एक प्रोफ़ेसर, कारख़ानों के मालिक — और एक समाजवादी वकील, केरेन्स्की। तुम्हारे आसपास के लोग बस एक बात दोहराते हैं: पेत्रोग्राद की रेजिमेंटें यहीं रहेंगी। सब मानते हैं कि युद्ध चलता रहेगा।
    en: The ministers' names are read out: a prince, a professor, factory owners — and one socialist lawyer, Kerensky. The men around you repeat only one thing: the Petrograd regiments will stay here. The war, everyone agrees, goes on.
  if not government
    hi: पर वे कुछ घोषित नहीं करते: ड्यूमा और सोवियत में समझौता नहीं हुआ, और अब भी कोई सरकार नहीं है।
    en: But he announces nothing: the Duma men and the Soviet have not agreed, and there is still no government.
  note
    hi: एक स्कूली इतिहास-पाठ कहता है कि 14 मार्च को "जार्ज स्लाव" की अध्यक्षता में सरकार बनी। असल में समझौता 1-2 मार्च (14-15 मार्च) की रात हुआ, और 2 मार्च (15 मार्च) को मिल्युकोव ने सरकार की घोषणा की; प्रधानमंत्री प्रिंस जॉर्जी ल्वोव थे — "जार्ज स्लाव" शायद "(जी.) ल्वोव" का बिगड़ा रूप है। सरकार के कार्यक्रम में क्रांतिकारी टुकड़ियों को पेत्रोग्राद से न हटाने की शर्त सोवियत की माँग थी।
    en: A school history text says a government under "George Slav" was formed on 14 March. In fact the agreement was reached in the night of 1-2 Mar (14-15 Mar) and Milyukov announced the government on 2 Mar (15 Mar); the prime minister was Prince Georgy Lvov — "George Slav" looks like a garbling of "(G.) Lvov". The promise not to remove the revolutionary units from Petrograd was one of the Soviet's conditions.
  source China Miéville, October: The Story of the Russian Revolution; Orlando Figes, A People's Tragedy; State Museum of Political History of Russia, "Provisional Government"; Britannica Concise Encyclopedia, "Lvov, Georgy"

  choice shout-no-romanovs
    hi: दूसरों के साथ चिल्लाओ: "तुम्हें किसने चुना? रोमानोव अब नहीं चाहिए!"
    en: Shout with the others: "Who elected you? No more Romanovs!"
    subtract 5 from garrison
    go s-third-march

  choice cheer-promise
    hi: वादे पर ताली बजाओ: पेत्रोग्राद वालों के लिए मोर्चा नहीं।
    en: Cheer the promise: no front for the Petrograd men.
    only if government
    add 5 to garrison
    go s-third-march

  choice slip-out default
    hi: भीड़ से निकलो और कंपनी को बताने जाओ कि तुमने क्या सुना।
    en: Push your way out and go and tell the company what you heard.
    go s-third-march

# ---------------------------------------------------------------- 3 Mar: the end of the dynasty; where the soldier stands

scene s-third-march
  for soldier
  on 3 Mar, afternoon
  at volynsky-barracks
  hi: शुक्रवार, 3 मार्च (16 मार्च)। बैरक में एक के ऊपर एक ख़बरें आ रही हैं। पर युद्ध ख़त्म नहीं हुआ, और गाँव में कुछ ही हफ़्तों में बुवाई शुरू होगी।
  en: Friday, 3 March (16 March). In the barracks one piece of news tumbles over another. But the war is not over, and in the village the sowing begins in a few weeks.
  if abdicated
    hi: ज़ार ने गद्दी छोड़ दी है। कुछ लोग बहस करते हैं कि क्या इसका मतलब है कि युद्ध ख़त्म; सार्जेंट कहता है — नहीं।
    en: The Tsar has abdicated. Some men argue that this must mean the war is over; the sergeant says it does not.
  if dynasty-ended
    hi: फिर ख़बर आती है कि मिख़ाइल ने भी ताज नहीं लिया। कोई भोजनालय की दीवार से ज़ार की तस्वीर उतार देता है; कोई उसे रोकता नहीं।
    en: Then word comes that Michael has refused the crown too. Someone takes the Tsar's portrait down from the wall of the mess; nobody stops him.
  if not abdicated
    hi: ज़ार ने अब तक गद्दी नहीं छोड़ी। बैरक में कोई नहीं जानता कि कल क्या होगा।
    en: The Tsar has not abdicated. Nobody in the barracks knows what tomorrow will bring.
  if s-informed
    hi: कोई नहीं जानता कि रविवार रात तुमने ड्यूटी-अफ़सर से क्या कहा था। तुम जानते हो।
    en: Nobody knows what you told the duty officer on Sunday night. You know.
  note
    hi: एक स्कूली इतिहास-पाठ कहता है कि नई सरकार ने ज़ार से गद्दी छोड़ने की माँग की। यह अधूरी बात है: ड्यूमा समिति ने गुचकोव और शुल्गिन को प्स्कोव भेजा, पर उनके पहुँचने से पहले ही सेना के चीफ़ ऑफ़ स्टाफ़ अलेक्सेयेव, जनरल रुज़्स्की और मोर्चों के कमांडरों की सलाह पर निकोलस फ़ैसला कर चुके थे — NCERT की पाठ्यपुस्तक भी लिखती है कि सैन्य कमांडरों ने उन्हें पद छोड़ने की सलाह दी। 3 मार्च (16 मार्च) को मिख़ाइल ने ताज तभी लेने की बात कही जब संविधान सभा उसे सौंपे। गाँवों में किसान ज़मीन के बँटवारे की राह देख रहे थे; उनमें से ज़्यादातर समाजवादी क्रांतिकारियों (एस.आर.) के साथ थे, जो ज़मीन जोतने वालों को देने का वादा करते थे, और नवंबर 1917 के संविधान सभा चुनाव में एस.आर. को सबसे ज़्यादा (लगभग 40 प्रतिशत) वोट मिले।
    en: A school history text says the new government demanded the abdication. That is incomplete: the Duma Committee sent Guchkov and Shulgin to Pskov, but before they arrived Nicholas had decided, on the advice of Chief of Staff Alekseev, General Ruzsky and the front commanders — NCERT too says the military commanders advised him to abdicate. On 3 Mar (16 Mar) Michael said he would take the crown only if a Constituent Assembly offered it. In the villages the peasants waited for the land to be shared out; most of them backed the Socialist Revolutionaries (SRs), who promised the land to those who worked it, and in the Constituent Assembly elections of November 1917 the SRs won the most votes (about 40 per cent).
  source China Miéville, October: The Story of the Russian Revolution; Richard Pipes, The Russian Revolution; Maurice Paléologue's diary, 17 March 1917; D. and R. Crawford, The Last Tsar: Emperor Michael II; Orlando Figes, A People's Tragedy

  choice go-to-soviet
    hi: टॉराइड महल जाओ: कंपनी का अधिकार-पत्र तुम्हारी जेब में है।
    en: Go to the Tauride Palace: your company's mandate is in your pocket.
    only if s-elected-deputy and soviet
    go s-deputy

  choice keep-the-keys
    hi: अपनी कंपनी के साथ रहो: आज रात समिति की बैठक है।
    en: Stay with your company: the committee meets tonight.
    only if s-committee-member and order-one
    go s-committee

  choice go-home
    hi: गाँव लौट जाओ। लोग कहते हैं, अब ज़मीन बँटेगी।
    en: Go home to the village. People say the land will be shared out now.
    go s-village

  choice stay-in-barracks-end default
    hi: बैरक में रहो और देखो कि आगे क्या होता है।
    en: Stay in the barracks and see what comes.
    go s-waited

# ================================================================ no mutiny (alternative history)

scene s-held-bridge
  for soldier
  on 27 Feb, afternoon
  at liteiny-bridge
  hi: दोपहर बाद। तुम्हारा दस्ता फिर {place} पर है। आज कोई गोली नहीं चली, पर वीबोर्ग क्षेत्र से आने वाली भीड़ पहले से बड़ी है। औरतें अब वोलिन्स्की वालों को पहचानती हैं: "कल चौक पर तुम्हीं थे न?" एक अफ़सर आदेश देता है: पुल ख़ाली कराओ। बगल में त्वेर से आया एक लड़का फुसफुसाता है: "अगर किर्पिचनिकोव को दस आदमी और मिल जाते…"
  en: Afternoon. Your detachment is on {place} again. No shots have been fired today, but the crowd from the Vyborg side is bigger than ever. The women know the Volynsky men by now: "Weren't you the ones on the square yesterday?" An officer orders: clear the bridge. Beside you a boy from Tver whispers: "If Kirpichnikov had found ten more men…"
  if refused
    hi: सार्जेंट-मेजर तुम्हें अगली पंक्ति में रखता है, जहाँ वह तुम पर नज़र रख सके।
    en: The sergeant-major keeps you in the front rank, where he can watch you.
  note
    hi: यह वैकल्पिक इतिहास है। इतिहासकार एकमत नहीं कि एक रात के फ़ैसले कितने मायने रखते थे: कुछ कहते हैं कि भूखे शहर और शर्मिंदा छावनी में विद्रोह देर-सबेर होना ही था; दूसरे कहते हैं कि वह सुबह न आती तो ज़ार को मोर्चे से फ़ौज बुलाने का समय मिल सकता था।
    en: This is an alternative history. Historians disagree about how much one night's choices mattered: some say that in a hungry city with a shamed garrison a mutiny was bound to come; others that without that morning the Tsar might have had time to bring troops from the front.
  source Leon Trotsky, History of the Russian Revolution; Richard Pipes, The Russian Revolution

  choice clear-bridge
    hi: आदेश के मुताबिक़ राइफ़ल के कुंदों से भीड़ को पीछे धकेलो।
    en: Push the crowd back with your rifle butts, as ordered.
    add 5 to garrison
    go s-held-evening

  choice open-the-line default
    hi: पंक्ति खोल दो और उन्हें निकल जाने दो।
    en: Open the line and let them through.
    add 1 to courage
    subtract 10 from garrison
    reply
      hi: तुम राइफ़ल नीचे करके एक ओर हट जाते हो; बग़ल वाले भी यही करते हैं। भीड़ उमड़कर पुल पर आगे निकल जाती है, और पीछे एक अफ़सर चिल्लाता रह जाता है।
      en: You lower your rifle and step aside; the men beside you do the same. The crowd streams past onto the bridge, and behind you an officer shouts himself hoarse.
    journal
      hi: लितेयनी पुल पर मैंने भीड़ के लिए पंक्ति खोल दी।
      en: On the Liteiny bridge I opened the line for the crowd.
    go s-held-evening

scene s-held-evening
  for soldier
  on 27 Feb, night
  at volynsky-barracks
  hi: रात। बैरक के फाटक पर दोगुना पहरा है। लाश्केविच — इस इतिहास में वे ज़िंदा हैं — चारपाइयों के बीच से गुज़रते हुए कहते हैं: "बस कुछ दिन और, भाइयो। मोर्चे से फ़ौज आ रही है।" वे थके हुए लगते हैं, क्रूर नहीं। बाड़ की सलाखों के पार एक मज़दूर औरत तुम्हें फुसफुसाकर बुलाती है: "कल हम पावलोव्स्की बैरक जाएँगे। क्या तुम लोग बाहर आओगे?"
  en: Night. The barracks gate has a double guard. Lashkevich — alive in this history — walks between the bunks: "Just a few more days, lads. Troops are coming from the front." He sounds tired, not cruel. Through the railings of the fence a worker woman calls to you in a whisper: "Tomorrow we go to the Pavlovsky barracks. Will you men come out?"
  if soviet
    hi: वह बताती है कि मज़दूरों ने टॉराइड महल में अपनी सोवियत बना ली है — पर सैनिकों के बिना उसके पास राइफ़लें नहीं।
    en: She says the workers have formed their Soviet in the Tauride Palace anyway — but without soldiers it has no rifles.
  if s-pledged
    hi: कल रात तुमने किर्पिचनिकोव को वचन दिया था। वचन काफ़ी नहीं निकला।
    en: Last night you gave Kirpichnikov your word. A word was not enough.
  note
    hi: इतिहास में 26 फ़रवरी की शाम मज़दूर पावलोव्स्की बैरक जाकर सैनिकों से गोली न चलाने की विनती कर रहे थे। बहुत सी औरतों ने सैनिकों से सीधे बात की।
    en: In history, on the evening of 26 Feb workers went to the Pavlovsky barracks to beg the soldiers not to shoot. Many women talked to soldiers directly.
  source Saylor Academy, "February 1917: Anatomy of a Revolution"; China Miéville, October: The Story of the Russian Revolution; History of the Civil War in the USSR, ch. 2

  choice promise-her
    hi: वादा करो: "अगर बाक़ी निकलेंगे, तो मैं भी।"
    en: Promise: "If the others come out, so will I."
    subtract 10 from garrison
    reply
      hi: तुम धीरे से वादा करते हो। वह जंगले के बीच से तुम्हारी उँगलियाँ दबाती है और पहरेदार के मुड़ने से पहले अँधेरे में ओझल हो जाती है।
      en: You whisper your promise. She squeezes your fingers through the railings and is gone into the dark before the guard turns round.
    journal
      hi: बाड़ के पार मैंने एक मज़दूर औरत से वादा किया।
      en: Through the fence I made a promise to a worker woman.
    go s-held-arrests

  choice send-her-away default
    hi: उससे कहो कि पहरेदार देखें, उससे पहले घर चली जाए।
    en: Tell her to go home before the guard sees her.
    add 5 to garrison
    go s-held-arrests

scene s-held-arrests
  for soldier
  on 28 Feb, morning
  at volynsky-barracks
  hi: मंगलवार, 28 फ़रवरी (13 मार्च)। सुबह की परेड में ज़िला मुख्यालय से एक कर्नल आता है। वह कहता है कि कोर्ट-मार्शल होंगे, और जो "भड़काने वालों" के नाम बताएगा, उसका नाम मोर्चे वाली सूची से हटा दिया जाएगा। पंक्ति में किर्पिचनिकोव की जगह ख़ाली है; रात में उसे ले गए। कर्नल कोई ज़ालिम नहीं लगता; वह किसी थके हुए बाबू की तरह बोलता है: "तुम मेरी मदद करो, मैं तुम्हारी करूँगा।"
  en: Tuesday, 28 February (13 March). At morning parade a colonel from district staff addresses the men. There will be courts martial, he says, and anyone who names the "agitators" will be struck off the list for the front. Kirpichnikov's place in the line is empty; they took him in the night. The colonel is no brute; he speaks like a tired clerk: "You help me, and I help you."
  if s-informed
    hi: रविवार रात तुमने ड्यूटी-अफ़सर को बताया था। शायद इसीलिए वे उसे ले गए। तुम कभी नहीं जान पाओगे।
    en: On Sunday night you told the duty officer. Perhaps that is why they came for him. You will never know.
  note
    hi: युद्ध के समय बग़ावत की सज़ा मौत हो सकती थी, और हड़ताल करने वाले मज़दूरों को सज़ा के तौर पर अक्सर मोर्चे पर भेज दिया जाता था (1916 में पुतिलोव के 2,000 मज़दूर)। मोर्चे का डर ही सबसे बड़ा हथियार था — सरकार का भी, और विद्रोह का भी।
    en: In wartime mutiny could be punished by death, and striking workers were often sent to the front as punishment (2,000 Putilov men in 1916). Fear of the front was the strongest weapon — the government's, and the mutiny's.
  source Great Soviet Encyclopedia, "Putilov Strikes of 1916"; Economic and Political Weekly, editorial "'Midwives' of the Revolution?" (2017); Richard Pipes, The Russian Revolution

  choice say-nothing default
    hi: कहो कि तुमने कुछ नहीं सुना।
    en: Say you heard nothing.
    subtract 5 from garrison
    go s-held-front

  choice give-names
    hi: जो नाम तुम जानते हो, बता दो — और अपना नाम सूची से हटवा लो।
    en: Give the names you know — and keep your own name off the list.
    set s-named-names
    add 10 to garrison
    reply
      hi: परेड के बाद तुम कर्नल के पास जाते हो। तुम जो भी नाम बताते हो, वह साफ़ अक्षरों में लिखता जाता है, और फिर ऐसे धन्यवाद देता है जैसे तुम डाक लेकर आए हो।
      en: After parade you go to the colonel. He writes down every name you give him in a neat hand, then thanks you as if you had brought him the post.
    journal
      hi: मैंने कर्नल को नाम बताए।
      en: I gave the colonel names.
    go s-held-front

scene s-held-front
  for soldier
  on 1 Mar, evening
  at volynsky-barracks
  hi: बुधवार की शाम, 1 मार्च (14 मार्च)। हाज़िरी के समय अगली मार्चिंग कंपनी की सूची पढ़ी जाती है: चौदह दिन में मोर्चे के लिए रवाना।
  en: Wednesday evening, 1 March (14 March). At roll call the list for the next marching company is read out: leaving for the front in fourteen days.
  if not s-named-names
    hi: तुम्हारा नाम उसमें है। तुम्हें पत्नी याद आती है, नदी किनारे राई की पट्टी, और मोर्चे से लौटती वे चिट्ठियाँ जिन पर दूसरों के नाम होते हैं।
    en: Your name is on it. You think of your wife, of the strip of rye by the river, of the letters that come back from the front bearing other men's names.
  if s-named-names
    hi: तुम्हारा नाम उसमें नहीं है; कर्नल ने अपना वादा निभाया। रात के खाने पर तुम्हारे दस्ते में कोई तुम्हारे पास नहीं बैठता।
    en: Your name is not on it; the colonel kept his word. At supper nobody in your squad sits next to you.
  if order-one
    hi: फिर भी मज़दूरों की सोवियत का "आदेश संख्या 1" हाथों-हाथ घूम रहा है: समितियाँ चुनो, राइफ़लें अपने पास रखो, "तू" अब नहीं। अफ़सर ऐसे दिखाते हैं जैसे उन्होंने उसे देखा ही नहीं।
    en: Yet a copy of Order No. 1 from the workers' Soviet passes from hand to hand: elect committees, keep the rifles, no more "ty". The officers pretend not to see it.
  note
    hi: NCERT के अनुसार 1917 तक रूस की सेना के 70 लाख से ज़्यादा लोग मारे गए, घायल हुए या बंदी बने। पेत्रोग्राद के रिज़र्व सैनिक जानते थे कि "मार्चिंग कंपनी" में नाम आने का क्या मतलब है। भगोड़ों को मज़दूर बस्तियों में छिपने की जगह मिल जाती थी।
    en: According to NCERT, by 1917 over 7 million Russian soldiers had been killed, wounded or taken prisoner. Petrograd's reservists knew what a name on a marching-company list meant. Deserters could find hiding places in the workers' districts.
  source NCERT, India and the Contemporary World – I (Class 9 History), ch. 2, sec. 2.5

  choice do-your-duty default
    hi: सिर झुकाओ और अपना फ़र्ज़ निभाओ।
    en: Keep your head down and do your duty.
    add 5 to garrison
    go s-held-pskov

  choice hide-in-vyborg
    hi: आज रात दीवार फाँदकर वीबोर्ग क्षेत्र चले जाओ, जहाँ मज़दूर भगोड़ों को छिपाते हैं।
    en: Climb the wall tonight and go to the Vyborg side, where workers hide deserters.
    set s-deserter
    subtract 10 from garrison
    reply
      hi: बत्ती बुझने के बाद तुम दीवार फाँदकर बर्फ़ में कूद जाते हो। सुबह होते-होते तुम वीबोर्ग क्षेत्र में एक मज़दूर का दरवाज़ा खटखटाते हो, और दरवाज़ा खुल जाता है।
      en: After lights-out you climb the wall and drop into the snow. Towards morning you knock at a worker's door on the Vyborg side, and it opens.
    journal
      hi: मैं बैरक की दीवार फाँदकर वीबोर्ग क्षेत्र चला गया।
      en: I climbed the barracks wall and went to the Vyborg side.
    go s-held-pskov

  choice elect-committee-anyway
    hi: अपने दस्ते को इकट्ठा करो और आदेश के मुताबिक़ समिति चुनो।
    en: Gather your squad and elect a committee, as the Order says.
    only if order-one
    set s-committee-member
    subtract 10 from garrison
    reply
      hi: तुम अफ़सरों की नज़र से दूर, अस्तबल के पीछे अपने दस्ते को इकट्ठा करते हो। हाथ उठते हैं, नाम लिखे जाते हैं, और पहली बार तुम्हारी अपनी समिति बनती है।
      en: You gather your squad behind the stables, out of the officers' sight. Hands go up, names are written down, and for the first time you have a committee of your own.
    journal
      hi: अफ़सरों के बावजूद हमने दस्ते की समिति चुनी।
      en: In spite of the officers, we elected a squad committee.
    go s-held-pskov

scene s-held-pskov
  for soldier
  on 2 Mar, afternoon
  hi: गुरुवार, 2 मार्च (15 मार्च)। अफ़वाहें हवा से तेज़ उड़ती हैं: ज़ार की गाड़ी प्स्कोव में रुकी है; जनरल मुख्यालय से तार पर तार भेज रहे हैं कि राजधानी की फ़ौज पर भरोसा नहीं। मॉस्को रेजिमेंट के कुछ सैनिक आज रात फिर कोशिश करना चाहते हैं।
  en: Thursday, 2 March (15 March). Rumours fly faster than the wind: the Tsar's train has stopped at Pskov; the generals at headquarters are wiring that the capital's troops cannot be trusted. Some men of the Moscow regiment mean to try again tonight.
  if s-deserter
    hi: तुम यह सब वीबोर्ग क्षेत्र के एक मज़दूर के कमरे में, चूल्हे के पीछे बिछे गद्दे पर लेटे हुए सुनते हो।
    en: You hear it all in a worker's room on the Vyborg side, lying on a mattress behind the stove.
  if not s-deserter
    hi: बैरक में अफ़सर ताश खेलते हैं और सैनिकों की ओर नहीं देखते। किसी को नहीं पता कि मोर्चे से फ़ौज आएगी या नहीं।
    en: In the barracks the officers play cards and do not look at the men. Nobody knows whether troops will come from the front.
  if s-committee-member
    hi: तुम्हारे दस्ते की नई समिति शौचालय में मिलती है — वही एक जगह जहाँ अफ़सर नहीं आते।
    en: Your squad's new committee meets in the latrine — the one place the officers never go.
  if government
    hi: कहते हैं, टॉराइड महल में ड्यूमा और सोवियत ने मिलकर एक अस्थायी सरकार भी घोषित कर दी है।
    en: They say the Duma men and the Soviet have even announced a Provisional Government in the Tauride Palace.
  note
    hi: असल इतिहास में 2 मार्च (15 मार्च) को प्स्कोव में जनरल रुज़्स्की ने मोर्चों के कमांडरों और सेना के चीफ़ ऑफ़ स्टाफ़ अलेक्सेयेव की सलाह ज़ार तक पहुँचाई: गद्दी छोड़ दें। जनरलों को डर था कि राजधानी की अशांति के कारण रूस युद्ध हार जाएगा।
    en: In real history, on 2 Mar (15 Mar) at Pskov General Ruzsky passed on to the Tsar the advice of the front commanders and Chief of Staff Alekseev: abdicate. The generals feared that the unrest in the capital would lose them the war.
  source China Miéville, October: The Story of the Russian Revolution; Richard Pipes, The Russian Revolution; A. I. Denikin, The Russian Turmoil

  choice join-second-rising
    hi: उन लोगों के साथ चलो जो आज रात फिर उठना चाहते हैं।
    en: Go with the men who mean to rise tonight.
    add 1 to courage
    subtract 15 from garrison
    reply
      hi: अँधेरा होने पर तुम मॉस्को रेजिमेंट के लोगों के साथ निकल पड़ते हो, हाथों में राइफ़लें। कोई कुछ नहीं बोलता; सब जानते हैं कि किर्पिचनिकोव के साथ क्या हुआ।
      en: After dark you set out with the Moscow regiment's men, rifles in hand. Nobody speaks; you all know what happened to Kirpichnikov.
    journal
      hi: 2 मार्च की रात मैं दूसरे विद्रोह में शामिल हुआ।
      en: On the night of 2 Mar I joined the second rising.
    go s-held-end

  choice stay-out default
    hi: इससे दूर रहो। बहुत लोग पहले ही क़ीमत चुका चुके हैं।
    en: Keep out of it. Too many have paid already.
    add 5 to garrison
    go s-held-end

scene s-held-end
  for soldier
  on 3 Mar, afternoon
  at volynsky-barracks
  hi: शुक्रवार, 3 मार्च (16 मार्च)। रेजिमेंट को कल सुबह परेड का हुक्म मिला है — कहाँ जाना है, यह कोई नहीं बताता।
  en: Friday, 3 March (16 March). The regiment has orders to parade tomorrow morning — where it will go, nobody says.
  if abdicated
    hi: प्स्कोव से ख़बर आती है: ज़ार ने आख़िरकार गद्दी छोड़ दी — उनके जनरल राजधानी की फ़ौज की ज़िम्मेदारी लेने को तैयार नहीं थे।
    en: News comes from Pskov: the Tsar has abdicated after all — his generals would no longer answer for the capital's garrison.
  if dynasty-ended
    hi: और मिख़ाइल ने ताज लेने से मना कर दिया। रोमानोव चले गए — भले ही तुम्हारी रेजिमेंट ने वह सुबह गँवा दी थी।
    en: And Michael has declined the crown. The Romanovs are gone — even though your regiment let its morning pass.
  if not abdicated
    hi: ज़ार गद्दी पर बने हुए हैं। बैरक में कहते हैं कि मोर्चे से वफ़ादार रेजिमेंटें रास्ते में हैं; सड़कें शांत हैं, बेकरियाँ अब भी ख़ाली।
    en: The Tsar keeps his throne. In the barracks they say loyal regiments are on their way from the front; the streets are quiet, the bakeries still empty.
  note
    hi: यह दृश्य वैकल्पिक इतिहास है। असल में 27 फ़रवरी के विद्रोह के बाद अस्थायी सरकार बनी, ज़ार ने 2 मार्च को गद्दी छोड़ी और 3 मार्च को मिख़ाइल ने ताज ठुकराया। इतिहासकार पूछते हैं: क्या ज़ारशाही फ़ौज के बिना बच सकती थी? ज़्यादातर का उत्तर है — नहीं।
    en: This scene is alternative history. In reality, after the mutiny of 27 Feb a Provisional Government was formed, the Tsar abdicated on 2 Mar and Michael declined on 3 Mar. Historians ask: could tsarism have survived without the army? Most answer no.
  source Leon Trotsky, History of the Russian Revolution; Richard Pipes, The Russian Revolution; Maurice Paléologue's diary, 17 March 1917; D. and R. Crawford, The Last Tsar: Emperor Michael II

  choice march-behind-officers default
    hi: अपने अफ़सरों के पीछे पंक्ति में लगो। रेजिमेंट जहाँ जाएगी, तुम भी जाओगे।
    en: Fall in behind your officers. Where the regiment goes, you go.
    go s-held

  choice desert-home
    hi: जो भी ख़तरा हो, गाँव लौट जाओ।
    en: Go home to the village, whatever the risk.
    go s-village

  choice committee-holds
    hi: समिति के साथ डटे रहो: राइफ़लें अब अफ़सरों को नहीं दी जाएँगी।
    en: Stand with the committee: the rifles will not be handed back to the officers.
    only if s-committee-member and order-one
    go s-committee

# ---------------------------------------------------------------- soldier endings

ending s-deputy
  for soldier
  hi: तुम अपनी कंपनी का अधिकार-पत्र लेकर टॉराइड महल पहुँचे। वह सोवियत, जो सोमवार रात मज़दूरों की थी, अब मज़दूरों और सैनिकों के प्रतिनिधियों की सोवियत है, और उसकी बेंचों पर वर्दी वालों की भीड़ है। तुम उनमें से एक हो: एक किसान, जिसे कल तक अफ़सर "तू" कहते थे।
  en: You reached the Tauride Palace with your company's mandate. The Soviet that belonged to the workers on Monday night is now the Soviet of Workers' and Soldiers' Deputies, and its benches are crowded with greatcoats. You are one of them: a peasant whom officers called "ty" until yesterday.
  debrief
    hi: तुम्हारा रास्ता: बग़ावत के बाद कंपनी ने तुम्हें टॉराइड महल में सोवियत के लिए चुना। {if s-fired}26 फ़रवरी (11 मार्च) को तुमने आदेश पर गोली चलाई; इतिहास में गोली चलाने वाले बहुत-से सैनिकों ने अगली सुबह इनकार किया। {end}{if s-informed}तुमने ड्यूटी-अफ़सर को बता दिया था। यह कोई और नहीं जानता; तुम जानते हो। {end}इतिहास में: सैनिकों के प्रतिनिधि पहले ही दिनों में सोवियत में आ गए और जल्द ही मज़दूरों से ज़्यादा हो गए। आदेश संख्या 1 (1 मार्च / 14 मार्च) ने फ़ौज पर असली पकड़ सोवियत को दी, जबकि 2 मार्च (15 मार्च) को बनी अस्थायी सरकार के पास क़ानूनी अधिकार था — यही "दोहरी सत्ता" थी। प्रश्न: पेत्रोग्राद सोवियत के नेताओं ने सत्ता ख़ुद क्यों नहीं ली?
    en: Your path: after the mutiny your company sent you to the Soviet in the Tauride Palace. {if s-fired}On 26 Feb (11 Mar) you fired as ordered; in history, many who had fired refused the next morning. {end}{if s-informed}You warned the duty officer. Nobody else knows; you do. {end}In history: soldiers' deputies joined the Soviet in its first days and soon outnumbered the workers'. Order No. 1 (1 Mar / 14 Mar) gave the Soviet the real hold over the army, while the Provisional Government formed on 2 Mar (15 Mar) held the legal authority — this was "dual power". Question: why did the Petrograd Soviet's leaders not take power themselves?
  historians
    hi: एक स्कूली इतिहास-पाठ कहता है कि मज़दूरों ने "समस्त शक्ति मध्य वर्ग के हाथ में सौंप दी"। इतिहासकार इस पर बहस करते हैं: कुछ कहते हैं कि सोवियत के नेताओं (मेन्शेविक और समाजवादी क्रांतिकारी) ने सोच-समझकर सत्ता नहीं ली — उनके मत में पहले "बुर्जुआ" क्रांति आनी थी, और उन्हें गृहयुद्ध का डर था; दूसरे कहते हैं कि सैनिकों के सहारे सत्ता असल में सोवियत के पास ही थी। एक और प्रश्न: फ़रवरी क्रांति की मुख्य घटनाओं और उसमें शामिल लोगों की सूची बनाओ (NCERT, प्रश्न 4)।
    en: A school history text says the workers "handed all power to the middle class". Historians debate this: some say the Soviet's leaders (Mensheviks and Socialist Revolutionaries) chose not to take power — they believed a "bourgeois" revolution had to come first, and they feared civil war; others say that, with the soldiers behind it, the Soviet held the real power all along. Another question: list the main events of the February Revolution and the people involved (NCERT, question 4).

ending s-committee
  for soldier
  hi: उस रात कंपनी समिति की पहली बैठक हुई: एक मोमबत्ती, एक रजिस्टर, और राइफ़लों की अलमारी की चाबियाँ तुम्हारी जेब में। पहले फ़ैसले छोटे थे — खाना, छुट्टी, अफ़सरों से बात करने का ढंग। पर अब कोई तुम्हें "तू" कहकर नहीं बुलाएगा, और कोई तुम्हारे हथियार छीनकर तुम्हें मोर्चे पर नहीं भेजेगा — कम से कम बिना पूछे नहीं।
  en: That night the company committee met for the first time: a candle, a register, and the keys to the rifle racks in your pocket. The first decisions were small — food, leave, how officers should speak to the men. But nobody will call you "ty" now, and nobody will take your rifle and send you to the front — not without asking.
  debrief
    hi: तुम्हारा रास्ता: आदेश संख्या 1 के तहत तुम अपनी कंपनी की चुनी हुई समिति में पहुँचे। {if s-fired}26 फ़रवरी (11 मार्च) को तुमने आदेश पर गोली चलाई; इतिहास में गोली चलाने वाले बहुत-से सैनिकों ने अगली सुबह इनकार किया। {end}{if s-informed}तुमने ड्यूटी-अफ़सर को बता दिया था। यह कोई और नहीं जानता; तुम जानते हो। {end}इतिहास में: मार्च 1917 में हर टुकड़ी में समितियाँ बनीं, पहले पेत्रोग्राद में, फिर मोर्चे पर; तुम्हारी पाठ्यपुस्तक (NCERT) भी फ़रवरी के बाद "सैनिकों की समितियों" का ज़िक्र करती है। प्रश्न: 1917 में ज़ारशाही निरंकुशता क्यों ढह गई, और इसमें सैनिकों की क्या भूमिका थी (NCERT, प्रश्न 3)?
    en: Your path: under Order No. 1 you were elected to your company's committee. {if s-fired}On 26 Feb (11 Mar) you fired as ordered; in history, many who had fired refused the next morning. {end}{if s-informed}You warned the duty officer. Nobody else knows; you do. {end}In history: committees were formed in every unit in March 1917, first in Petrograd, then at the front; your textbook (NCERT) too mentions "soldiers' committees" after February. Question: why did the Tsarist autocracy collapse in 1917, and what part did the soldiers play (NCERT, question 3)?
  historians
    hi: इतिहासकार समितियों को अलग-अलग आँकते हैं: कम्युनिस्ट-विरोधी इतिहासकार — जैसे अमेरिकी इतिहासकार रिचर्ड पाइप्स — मानते हैं कि समितियों ने अफ़सरों का अधिकार तोड़कर फ़ौज को बिखेर दिया; सामाजिक इतिहासकार कहते हैं कि फ़ौज पहले ही टूट रही थी, और समितियों ने महीनों तक उसे थामे रखा और सैनिकों को पहली बार इज़्ज़त दी।
    en: Historians judge the committees differently: anti-communist historians — the American Richard Pipes, for one — argue that by breaking the officers' authority the committees made the army fall apart; social historians answer that the army was already breaking, and that for months the committees held it together and gave soldiers dignity for the first time.

ending s-village
  for soldier
  hi: तुमने राइफ़ल बैरक में छोड़ी और एक भरी हुई ट्रेन की छत पर बैठकर गाँव की ओर चल पड़े। रास्ते भर स्टेशनों पर लोग पूछते रहे: "पेत्रोग्राद में क्या हुआ?" तुम्हारे पास बताने को बहुत कुछ था — और गाँव में ज़मीन के बारे में पूछने को उससे भी ज़्यादा।
  en: You left your rifle in the barracks and rode home on the roof of a crowded train. At every station people asked: "What happened in Petrograd?" You had a great deal to tell — and, in the village, even more to ask about the land.
  debrief
    hi: तुम्हारा रास्ता: तुमने पेत्रोग्राद की राजनीति के बजाय गाँव और ज़मीन को चुना। {if s-fired}26 फ़रवरी (11 मार्च) को तुमने आदेश पर गोली चलाई; इतिहास में गोली चलाने वाले बहुत-से सैनिकों ने अगली सुबह इनकार किया। {end}{if s-informed}तुमने ड्यूटी-अफ़सर को बता दिया था। यह कोई और नहीं जानता; तुम जानते हो। {end}इतिहास में: मार्च में पेत्रोग्राद के सैनिक ज़्यादातर शहर में रहे, क्योंकि नई सरकार ने वादा किया था कि क्रांति करने वाली टुकड़ियाँ मोर्चे पर नहीं भेजी जाएँगी। पर 1917 भर सेना से भागने वाले बढ़ते गए, और गर्मियों में किसान ज़मींदारों की ज़मीन पर क़ब्ज़ा करने लगे (NCERT)। प्रश्न: 1917 में रूस के किसानों और सैनिकों की सबसे बड़ी माँगें क्या थीं?
    en: Your path: you chose the village and the land over the politics of Petrograd. {if s-fired}On 26 Feb (11 Mar) you fired as ordered; in history, many who had fired refused the next morning. {end}{if s-informed}You warned the duty officer. Nobody else knows; you do. {end}In history: most Petrograd soldiers stayed in the city in March, since the new government promised that the units that made the revolution would not be sent to the front. But desertion grew all through 1917, and in the summer peasants began seizing landlords' land (NCERT). Question: what did Russia's peasants and soldiers most want in 1917?
  historians
    hi: इतिहासकार इसे अलग-अलग पढ़ते हैं: कुछ के लिए भगोड़े सैनिक अराजकता के वाहक थे जिन्होंने मोर्चा गिरा दिया; दूसरों के लिए वे वर्दी पहने किसान थे जो युद्ध से थककर अपनी ज़मीन की ओर लौटे — "शांति, ज़मीन, रोटी" का नारा उन्हीं से ताक़त पाता था। एक और प्रश्न: अक्टूबर के बाद बोल्शेविकों ने ज़मीन के बारे में क्या किया (NCERT, प्रश्न 5)?
    en: Historians read this differently: for some, deserters were carriers of anarchy who brought the front down; for others, they were peasants in uniform, worn out by the war, going home to their land — the force behind the slogan "Peace, Land, Bread". Another question: what did the Bolsheviks do about land after October (NCERT, question 5)?

ending s-waited
  for soldier
  hi: तुम बैरक में रहे। तुम्हारे चारों ओर दुनिया बदल गई — ज़ार गया, "तू" गया, अफ़सर अब सैनिकों से पूछकर बात करते हैं — पर युद्ध नहीं गया। रात को चारपाई पर लेटे हुए तुम सोचते हो कि सूची में तुम्हारा नाम फिर कब आएगा।
  en: You stayed in the barracks. Around you the world changed — the Tsar gone, "ty" gone, officers now asking before they speak — but the war did not go. At night on your bunk you wonder when your name will be on the list again.
  debrief
    hi: तुम्हारा रास्ता: बड़े दिनों में तुम ज़्यादातर किनारे रहे। {if s-fired}26 फ़रवरी (11 मार्च) को तुमने आदेश पर गोली चलाई; इतिहास में गोली चलाने वाले बहुत-से सैनिकों ने अगली सुबह इनकार किया। {end}{if s-informed}तुमने ड्यूटी-अफ़सर को बता दिया था। यह कोई और नहीं जानता; तुम जानते हो। {end}इतिहास में: 27 फ़रवरी (12 मार्च) की शाम तक 25,000 से 70,000 सैनिक विद्रोह में शामिल हो चुके थे, और 1 मार्च तक लगभग पूरी छावनी — पर बहुतों ने तुम्हारी तरह इंतज़ार किया। क्रांति के बाद भी युद्ध चलता रहा; अस्थायी सरकार ने उसे जारी रखा, और यही आगे चलकर उसकी अलोकप्रियता का बड़ा कारण बना। प्रश्न: फ़रवरी 1917 की मुख्य घटनाओं और लोगों की सूची बनाओ (NCERT, प्रश्न 4)।
    en: Your path: in the great days you mostly stood aside. {if s-fired}On 26 Feb (11 Mar) you fired as ordered; in history, many who had fired refused the next morning. {end}{if s-informed}You warned the duty officer. Nobody else knows; you do. {end}In history: by the evening of 27 Feb (12 Mar) between 25,000 and 70,000 soldiers had mutinied, and most of the garrison by 1 Mar — but many waited, as you did. After the revolution the war went on; the Provisional Government continued it, and that became a main cause of its unpopularity. Question: make a list of the main events of February 1917 and the people involved (NCERT, question 4).
  historians
    hi: तुम्हारी पाठ्यपुस्तक (NCERT) कहती है कि फ़रवरी क्रांति का नेतृत्व किसी दल ने नहीं किया। इतिहासकार इस पर बहस करते हैं: सोवियत इतिहास-लेखन ने फ़रवरी को पार्टी के नेतृत्व वाली क्रांति बताया; सामाजिक इतिहासकार इसे "नीचे से" उठी क्रांति मानते हैं, जिसमें चुप रहने वाले भी एक ताक़त थे — क्योंकि उन्होंने पुरानी सरकार के लिए लड़ने से मना किया। अक्टूबर तक क्या हुआ (NCERT प्रश्न 4 की दूसरी सूची के लिए): 3 अप्रैल (16 अप्रैल) को लेनिन लौटे और "अप्रैल थीसिस" रखी; 3–5 जुलाई (16–18 जुलाई) के "जुलाई के दिनों" के बाद बोल्शेविक नेता छिप गए; 27–31 अगस्त (9–13 सितंबर) को कोर्निलोव की पेत्रोग्राद पर चढ़ाई बिना लड़ाई के ढह गई; 24–26 अक्टूबर (6–8 नवंबर) को सैन्य क्रांतिकारी समिति ने शहर पर क़ब्ज़ा किया, मंत्री गिरफ़्तार हुए, और सोवियतों की कांग्रेस ने शांति और ज़मीन के आदेश पास किए। एक और प्रश्न: अक्टूबर तक अस्थायी सरकार अलोकप्रिय क्यों हो गई?
    en: Your textbook (NCERT) says that no party led the February Revolution. Historians debate this: Soviet historiography told it as a party-led revolution; social historians see a revolution "from below", in which even the silent counted — because they refused to fight for the old government. What happened up to October (for the second list of NCERT's question 4): on 3 Apr (16 Apr) Lenin returned and set out the April Theses; after the July Days of 3–5 Jul (16–18 Jul) the Bolshevik leaders went into hiding; on 27–31 Aug (9–13 Sep) Kornilov's move on Petrograd collapsed without a battle; on 24–26 Oct (6–8 Nov) the Military Revolutionary Committee took the city, the ministers were arrested, and the Congress of Soviets passed the decrees on peace and land. Another question: why had the Provisional Government lost support by October?

ending s-held
  for soldier
  hi: तुम अपनी रेजिमेंट के साथ रहे और अफ़सरों के पीछे मार्च करते रहे। शहर भूखा रहा, मोर्चा पहले की तरह दूर और पास दोनों रहा। तुम्हारे दस्ते ने वह सुबह गँवा दी — और तुम कभी नहीं जान पाओगे कि एक रात में कहे गए कुछ शब्द क्या बदल सकते थे।
  en: You stayed with your regiment and marched behind your officers. The city stayed hungry; the front stayed as far and as near as ever. Your detachment let its morning pass — and you will never know what a few words spoken in one night might have changed.
  debrief
    hi: यह इतिहास से अलग रास्ता है। तुम्हारा रास्ता: तुम्हारे और दूसरों के फ़ैसलों से छावनी की वफ़ादारी इतनी ऊँची रही कि विद्रोह नहीं हुआ। {if s-fired}26 फ़रवरी (11 मार्च) को तुमने आदेश पर गोली चलाई; इतिहास में गोली चलाने वाले बहुत-से सैनिकों ने अगली सुबह इनकार किया। {end}{if s-informed}तुमने ड्यूटी-अफ़सर को बता दिया था। यह कोई और नहीं जानता; तुम जानते हो। {end}{if s-named-names}तुमने कर्नल को नाम दिए थे। {end}इतिहास में: 27 फ़रवरी (12 मार्च) की भोर में वोलिन्स्की प्रशिक्षण दस्ते ने, किर्पिचनिकोव के कहने पर, बाहर निकलने से इनकार किया, और विद्रोह रेजिमेंट-दर-रेजिमेंट फैला; 2 मार्च (15 मार्च) को ज़ार ने गद्दी छोड़ी। प्रश्न: 1917 में ज़ारशाही निरंकुशता क्यों ढह गई (NCERT, प्रश्न 3)?
    en: This is not what happened. Your path: your choices and others' kept the garrison's loyalty high enough that the mutiny did not break out. {if s-fired}On 26 Feb (11 Mar) you fired as ordered; in history, many who had fired refused the next morning. {end}{if s-informed}You warned the duty officer. Nobody else knows; you do. {end}{if s-named-names}You gave the colonel names. {end}In history: at dawn on 27 Feb (12 Mar) the Volynsky training detachment, urged on by Kirpichnikov, refused to march out, and the mutiny spread from regiment to regiment; on 2 Mar (15 Mar) the Tsar abdicated. Question: why did the Tsarist autocracy collapse in 1917 (NCERT, question 3)?
  historians
    hi: इतिहासकार एकमत नहीं कि एक रात के फ़ैसले कितने मायने रखते थे: कुछ कहते हैं कि भूख, युद्ध की हारों और ज़ार की ज़िद के चलते विद्रोह देर-सबेर होना ही था; दूसरे कहते हैं कि वह सुबह न आती तो ज़ार को मोर्चे से फ़ौज बुलाने का समय मिल सकता था। एक और प्रश्न: क्या फ़ौज के बिना क्रांति सफल हो सकती थी?
    en: Historians disagree about how much one night's choices mattered: some say that with hunger, defeats in the war and a Tsar who would not share power, a mutiny was bound to come; others that without that morning the Tsar might have had time to bring troops from the front. Another question: could the revolution have succeeded without the army?
