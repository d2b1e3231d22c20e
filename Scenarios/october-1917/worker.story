format 2
# The worker in October: the same Vyborg-side woman weaver as in March, her two children at home, her
# husband at the front. In the spring she sits on her mill's factory committee.
# This file: her variables, her one place, the start (its text varies with the carried March ending) and
#   the bridge from April to July: ow-start (3 Apr) → ow-april (20 Apr) → ow-june (18 Jun)
#   → ow-july (3 Jul) → [ow-july-tauride (4 Jul)] → ow-july-after (6 Jul).
# worker-autumn.story: 22 Aug – 20 Oct (the evacuation threat, Kornilov, the committee, the cook, the women).
# worker-october.story: 24–26 Oct, and the one-period start ow-period-start.
# worker-endings.story: the five endings.
#
# The worker moves mostly `red-guard`, `bolsheviks` and `hunger` (sometimes `support`), each choice by 2 to 8.

# ---------------------------------------------------------------- carried from March
# Each flag is yes when the March game of this seat ended so (or did so); a player who starts fresh has
# none of them: she is history's weaver, on her mill's factory committee since March.
player flag ow-was-delegate
  carried from ending w-delegate
player flag ow-was-committee
  carried from ending w-committee
player flag ow-was-republic
  carried from ending w-republic
player flag ow-was-loom
  carried from ending w-loom
player flag ow-feb-failed
  carried from ending w-strike-holds, w-strike-crushed
player flag ow-armed
  carried from w-armed
player flag ow-militia
  carried from w-militia

# ---------------------------------------------------------------- what she does in this act (hidden)
player flag ow-heard-lenin
player flag ow-april-marched
player flag ow-april-armed
player flag ow-against-offensive
player flag ow-soldatki
player flag ow-july-marched
player flag ow-july-armed
player flag ow-defended
player flag ow-hid-rifles
player flag ow-control
player flag ow-canteen
player flag ow-red-guard
player flag ow-railway
player flag ow-medic
player flag ow-bolshevik
player flag ow-coalitionist
player flag ow-cook
player flag ow-creche
player flag ow-post
player flag ow-bench
player flag ow-to-exchange
player flag ow-kind

# ---------------------------------------------------------------- a place only the worker goes
# (the others are the act's, in scenario.story)
place ow-exchange
  hi: टेलीफ़ोन एक्सचेंज
  en: the telephone exchange

# ---------------------------------------------------------------- 3 Apr: the start

# The start (3 Apr). Its text varies with the carried March ending: the delegate, the committee member, the
# republican, the weaver who went back to her loom, and the weaver whose February failed (the act's first
# event, after-february, says that the game picks up history's thread; her own lines say where she stands in
# it). A fresh player is history's weaver, on her mill's factory committee since March.
scene ow-start
  for worker
  on 3 Apr, evening
  at factory
  hi: {if ow-feb-failed}तुम्हारा फ़रवरी दूसरी राह गया था, पर तुम वही बुनकर हो, और इस अप्रैल में तुम्हारी मिल की औरतों ने तुम्हें कारख़ाना समिति में चुना है: फ़रवरी की सड़कों पर उन्होंने तुम्हें देखा था। तुम्हें वह फ़रवरी भी याद है जब फ़ौज मज़दूरों के साथ नहीं आई — और यह भी कि मालिक तालाबंदी के नोटिस कितनी जल्दी लगाते हैं। {end}तुम वीबोर्ग क्षेत्र की एक कपड़ा मिल में बुनती हो; पति अब भी मोर्चे पर है, और घर पर दो बच्चे हैं।{if not ow-was-delegate and not ow-was-republic and not ow-was-loom and not ow-was-committee and not ow-feb-failed} मार्च से तुम मिल की कारख़ाना समिति में हो।{end} अप्रैल की एक शाम। मार्च में आठ घंटे का दिन मिला और जुर्माने बंद हुए। पर दाम मज़दूरी से आगे दौड़ रहे हैं। आज रात वीबोर्ग के बोल्शेविक लाल झंडे लेकर फ़िनलैंड स्टेशन जा रहे हैं: लेनिन विदेश से लौट रहे हैं। दुन्या दरवाज़े पर खड़ी है: "चलोगी?" उधर समिति के कमरे में मज़दूरी की नई माँग पर बैठक है।
  en: {if ow-feb-failed}Your February went another way, but you are the same weaver, and this April the women of your mill have elected you to the factory committee: they saw you in the February streets. You remember a February when the army did not come over to the workers — and how quickly the owners post their lockout notices. {end}You weave in a Vyborg-side textile mill; your husband is still at the front, and two children wait at home.{if not ow-was-delegate and not ow-was-republic and not ow-was-loom and not ow-was-committee and not ow-feb-failed} Since March you have sat on the mill's factory committee.{end} An evening in April. In March the eight-hour day was won and the fines stopped. But prices are running ahead of wages. Tonight the Vyborg Bolsheviks are going to the Finland Station with red banners: Lenin is coming back from abroad. Dunya is at the door: "Coming?" Meanwhile in the committee room there is a meeting on a new wage demand.
  if ow-was-delegate
    hi: मार्च से तुम सोवियत में अपनी मिल की प्रतिनिधि हो, और टॉराइड महल से लौटकर समिति में भी बैठती हो। वहाँ के बड़े-बड़े भाषणों के बाद मिल की बातें तुम्हें ज़्यादा सच्ची लगती हैं।
    en: Since March you have been your mill's delegate to the Soviet, and back from the Tauride you sit on the committee too. After the great speeches there, the mill's business seems the more real to you.
  if ow-was-committee
    hi: मार्च से तुम उसी समिति में हो जो मैनेजर के सामने बैठी थी; आठ घंटे का दिन कुछ तुम्हारा भी जीता हुआ है।
    en: Since March you have sat on the committee that faced the manager; the eight-hour day is partly your winning.
  if ow-was-republic
    hi: मार्च में तुमने नेव्स्की पर गणराज्य का झंडा उठाया था। अब औरतों ने तुम्हें समिति में भेजा है: "तुम नारे लगाना जानती हो, अब हिसाब भी लगाओ।"
    en: In March you carried the republic's banner down Nevsky. Now the women have sent you to the committee: "You know how to shout slogans; now do the sums."
  if ow-was-loom
    hi: मार्च में तुम करघे पर लौट गई थीं। पर जब समिति में एक जगह ख़ाली हुई, तो बूढ़ी प्रस्कोव्या ने तुम्हारा नाम रख दिया: "यह चुप रहती है, पर गिनती ठीक करती है।"
    en: In March you went back to your loom. But when a seat on the committee fell empty, old Praskovya put your name forward: "She keeps quiet, but she counts right."
  if ow-armed or ow-militia
    hi: मार्च की राइफ़ल अब भी तुम्हारे बिस्तर के नीचे एक चिथड़े में लिपटी है।
    en: The rifle from March is still under your bed, wrapped in a rag.
  note
    hi: 10 मार्च (23 मार्च) को सोवियत और पेत्रोग्राद के मालिकों के संघ में आठ घंटे के दिन, कारख़ाना समितियों और समझौता-बोर्डों का समझौता हुआ। पर 1917 भर दाम मज़दूरी से तेज़ बढ़े। लेनिन 3 अप्रैल (16 अप्रैल) की रात जर्मनी से होकर "सीलबंद" रेलगाड़ी से फ़िनलैंड स्टेशन पहुँचे; अगले दिन उन्होंने अप्रैल थीसिस रखीं: अस्थायी सरकार का कोई समर्थन नहीं, युद्ध का अंत, किसानों को ज़मीन, बैंकों का राष्ट्रीयकरण, "सारी सत्ता सोवियतों को"।
    en: On 10 Mar (23 Mar) the Soviet and the Petrograd manufacturers' association agreed the eight-hour day, factory committees and conciliation boards. But all through 1917 prices rose faster than wages. Lenin reached the Finland Station on the night of 3 Apr (16 Apr), having crossed Germany in the "sealed train"; the next day he put forward the April Theses: no support for the Provisional Government, an end to the war, land to the peasants, the banks nationalised, "All power to the soviets".
  source Seventeen Moments in Soviet History (Michigan State University), "Agreement on working conditions in Petrograd" (11 March 1917); China Miéville, October: The Story of the Russian Revolution; NCERT, India and the Contemporary World – I (Class 9 History), ch. 2, sec. 3

  choice ow-to-station
    hi: दुन्या के साथ फ़िनलैंड स्टेशन चलो।
    en: Go to the Finland Station with Dunya.
    set ow-heard-lenin
    add 3 to bolsheviks
    reply
      hi: मशालों के बीच एक बख़्तरबंद गाड़ी पर चढ़कर एक गंजा आदमी कर्कश आवाज़ में कहता है: इस सरकार का कोई समर्थन नहीं। दुन्या की आँखें चमक रही हैं।
      en: Among the torches a bald man climbs onto an armoured car and says in a harsh voice: no support for this government. Dunya's eyes are shining.
    journal
      hi: फ़िनलैंड स्टेशन पर लेनिन को सुना: "अस्थायी सरकार का कोई समर्थन नहीं।"
      en: At the Finland Station I heard Lenin: "No support for the Provisional Government."
    go ow-april

  choice ow-wage-demand
    hi: समिति के कमरे में जाओ और दामों के हिसाब से मज़दूरी की माँग लिखवाओ।
    en: Go to the committee room and get a wage demand written that keeps up with prices.
    subtract 3 from hunger
    reply
      hi: आधी रात तक तुम और प्रस्कोव्या बाज़ार के दाम जोड़ती हो: रोटी, जलावन, जूते। अगले हफ़्ते मैनेजर कुछ बढ़ोतरी मान लेता है। महीने भर में दाम उसे भी खा जाएँगे, पर आज बच्चों के लिए दूध आता है।
      en: Until midnight you and Praskovya add up the market prices: bread, firewood, boots. The next week the manager grants a rise. In a month prices will eat that too, but today there is milk for the children.
    journal
      hi: समिति ने मज़दूरी की माँग रखी, और मैनेजर ने कुछ बढ़ोतरी मानी।
      en: The committee put in a wage demand, and the manager granted a rise.
    go ow-april

  choice ow-home-april default
    hi: घर जाओ: बच्चों ने सुबह से कुछ गरम नहीं खाया।
    en: Go home: the children have had nothing hot since morning.
    reply
      hi: तुम चूल्हा जलाती हो। रात को दूर से "इंटरनेशनल" गाने की आवाज़ आती है; बेटा खिड़की से पूछता है कि वे कौन हैं। "कोई लौटा है," तुम कहती हो।
      en: You light the stove. At night you hear the "Internationale" being sung far off; your son asks from the window who they are. "Someone has come home," you say.
    go ow-april

# ---------------------------------------------------------------- 20 Apr: Milyukov's note (W10)

scene ow-april
  for worker
  on 20 Apr, afternoon
  at factory
  hi: अख़बारों में विदेश मंत्री मिल्युकोव का नोट छपा है: मित्र देशों से वादा कि रूस "निर्णायक जीत तक" लड़ेगा। मिल के आँगन में औरतें अख़बार छीन-छीनकर पढ़ रही हैं; तुम्हारे पति की रेजिमेंट अब भी खाइयों में है। ख़बर आती है कि फ़िनलैंड रेजिमेंट के सैनिक राइफ़लें लेकर मारिइन्स्की महल की ओर चल पड़े हैं: "मिल्युकोव मुर्दाबाद!" सोवियत कहती है, शांत रहो।
  en: The papers carry the foreign minister Milyukov's note: a promise to the Allies that Russia will fight "to a decisive victory". In the mill yard the women snatch the paper from each other; your husband's regiment is still in the trenches. Word comes that soldiers of the Finland Regiment have set off with their rifles for the Mariinsky Palace: "Down with Milyukov!" The Soviet says: keep calm.
  if ow-heard-lenin
    hi: दुन्या कहती है: "देखा? लेनिन ने यही कहा था।"
    en: Dunya says: "You see? That is just what Lenin said."
  note
    hi: मिल्युकोव का नोट 18 अप्रैल (1 मई) को भेजा गया; उसने युद्ध के पुराने लक्ष्य दोहराए। 20–21 अप्रैल (3–4 मई) को लगभग एक लाख लोगों ने प्रदर्शन किया; सैनिक हथियार लेकर मारिइन्स्की महल तक गए। पेत्रोग्राद के कमांडर जनरल कोर्निलोव ने तोपें निकालने का आदेश दिया, पर सैनिकों और अफ़सरों ने नहीं माना, और सोवियत ने कहा कि उसकी लिखित अनुमति के बिना कोई यूनिट बाहर न निकले। कुछ दिन बाद मिल्युकोव और गुचकोव ने इस्तीफ़ा दिया।
    en: Milyukov's note went out on 18 Apr (1 May) and restated the old war aims. On 20–21 Apr (3–4 May) about 100,000 demonstrated; soldiers marched armed to the Mariinsky Palace. General Kornilov, commanding in Petrograd, ordered guns out; soldiers and officers refused, and the Soviet ruled that no unit should go out without its written permission. Within days Milyukov and Guchkov resigned.
  source China Miéville, October: The Story of the Russian Revolution; State Museum of Political History of Russia, "Provisional Government"; Orlando Figes, A People's Tragedy

  choice ow-april-march
    hi: मिल की औरतों के साथ मारिइन्स्की महल चलो, बिना हथियार: "मिल्युकोव मुर्दाबाद! युद्ध मुर्दाबाद!"
    en: March to the Mariinsky Palace with the mill's women, unarmed: "Down with Milyukov! Down with the war!"
    set ow-april-marched
    subtract 5 from support
    reply
      hi: नेव्स्की पर तुम्हारा जुलूस टोपियों-छड़ियों वाले लोगों के जुलूस से टकराता है: "अस्थायी सरकार पर भरोसा"। शाम को तुम गला बैठाए लौटती हो।
      en: On Nevsky your march runs into one of hats and canes: "Trust the Provisional Government". In the evening you come home hoarse.
    journal
      hi: मिल्युकोव के नोट के ख़िलाफ़ मारिइन्स्की महल तक जुलूस में गई।
      en: I marched to the Mariinsky Palace against Milyukov's note.
    go ow-june

  choice ow-april-armed
    hi: मिल की मिलिशिया के साथ चलो, कंधे पर {if ow-armed or ow-militia}अपनी राइफ़ल{else}रैक से ली हुई राइफ़ल{end}: सैनिक हथियार लेकर निकले हैं, तो मज़दूर भी निकलें।
    en: Go with the mill's militia, {if ow-armed or ow-militia}your own rifle{else}a rifle from the rack{end} on your shoulder: if the soldiers go out armed, let the workers go out armed too.
    set ow-april-marched
    set ow-april-armed
    subtract 5 from support
    add 3 to red-guard
    reply
      hi: हथियारबंद मज़दूरों को देखकर नेव्स्की के फ़ुटपाथ ख़ाली हो जाते हैं। कहीं पीछे गोली चलती है — किसने चलाई, कोई नहीं जानता। सोवियत के लोग भागे आते हैं: "हथियार वापस ले जाओ, साथियो!"
      en: At the sight of armed workers the pavements of Nevsky empty. Somewhere behind you a shot is fired — nobody knows by whom. Men from the Soviet come running: "Take your arms back home, comrades!"
    journal
      hi: मिल्युकोव के ख़िलाफ़ राइफ़ल लेकर निकली। नेव्स्की पर गोली चली; सोवियत ने हमें लौटा दिया।
      en: I went out against Milyukov with my rifle. There was a shot on Nevsky; the Soviet sent us home.
    go ow-june

  choice ow-april-stay default
    hi: सोवियत की बात मानो: करघे पर रहो। सरकार को सोवियत ही संभाल लेगी।
    en: Do as the Soviet asks: stay at your loom. The Soviet will keep the government in check.
    add 5 to support
    reply
      hi: आधी मिल ख़ाली है, पर तुम्हारा करघा चलता है। शाम को ख़बर आती है कि मिल्युकोव जाएगा, और सोवियत के समाजवादी मंत्री बनेंगे। शायद अब युद्ध जल्दी ख़त्म होगा।
      en: Half the mill is empty, but your loom runs. In the evening the news comes that Milyukov will go and that socialists from the Soviet will become ministers. Perhaps now the war will end sooner.
    go ow-june

# ---------------------------------------------------------------- 18 Jun: the offensive, the soldiers' wives

scene ow-june
  for worker
  on 18 Jun, morning
  at factory
  hi: जून। मोर्चे से पति की चिट्ठी आई है, दो महीने पुरानी: "कहते हैं, हम फिर हमला करेंगे। बच्चों को चूम लेना।" आज अख़बार चीख़ रहे हैं: गलीशिया में हमला शुरू हो गया है। मिल की सभा में समाजवादी क्रांतिकारी दल का वक्ता हमले के समर्थन का प्रस्ताव रखता है। फाटक के बाहर रोटी की कतार में सैनिकों की पत्नियाँ (सोल्दात्की) खड़ी हैं, जिनके सरकारी भत्ते में अब एक हफ़्ते की रोटी भी नहीं आती।
  en: June. A letter has come from your husband at the front, two months old: "They say we will attack again. Kiss the children for me." Today the papers are shouting: the offensive has begun in Galicia. At the mill meeting a speaker of the Socialist Revolutionaries moves a resolution in support of the offensive. Outside the gate, in the bread queue, stand the soldiers' wives (soldatki), whose government allowance no longer buys a week's bread.
  if coalition
    hi: मई से सरकार में छह समाजवादी मंत्री हैं। फिर भी युद्ध चल रहा है।
    en: Since May there have been six socialist ministers in the government. The war goes on all the same.
  if ow-was-delegate
    hi: सोवियत में तुम देख चुकी हो कि बहुमत — मेन्शेविक और समाजवादी क्रांतिकारी — हमले के साथ है। मिल में तुम्हारी बात का वज़न है: औरतें देख रही हैं कि उनकी प्रतिनिधि किधर हाथ उठाती है।
    en: In the Soviet you have seen that the majority — Mensheviks and Socialist Revolutionaries — backs the offensive. In the mill your word carries weight: the women are watching which way their delegate raises her hand.
  if ow-was-republic
    hi: मार्च में तुमने गणराज्य माँगा था; तीन महीने बाद भी रूस गणराज्य घोषित नहीं हुआ, पर युद्ध वैसा ही है।
    en: In March you demanded a republic; three months on, Russia has still not been proclaimed one, but the war is just the same.
  note
    hi: 18 जून (1 जुलाई) को गलीशिया में "केरेन्स्की हमला" शुरू हुआ। पहले कुछ जीत मिली, फिर जुलाई में जर्मन जवाबी हमले से मोर्चा बिखर गया। सैनिकों की पत्नियाँ (सोल्दात्की) 1917 में शहरों की सबसे बेचैन आबादी में थीं: पति मोर्चे पर, भत्ता कम, दाम ऊँचे। उन्होंने भत्ते और रोटी के लिए अपने जुलूस निकाले।
    en: On 18 Jun (1 Jul) the "Kerensky offensive" began in Galicia. It made some early gains, then collapsed under a German counter-stroke in July. The soldiers' wives (soldatki) were among the most restless people in the towns in 1917: husbands at the front, small allowances, high prices. They held their own demonstrations for allowances and bread.
  source Orlando Figes, A People's Tragedy; China Miéville, October: The Story of the Russian Revolution; NCERT, India and the Contemporary World – I (Class 9 History), ch. 2, sec. 3

  choice ow-for-offensive default
    hi: प्रस्ताव के पक्ष में हाथ उठाओ: अगर मर्द लड़ रहे हैं, तो उनकी लड़ाई बेकार न जाए।
    en: Raise your hand for the resolution: if the men are fighting, let their fight not be for nothing.
    add 7 to support
    subtract 3 from bolsheviks
    reply
      hi: प्रस्ताव थोड़े-से वोटों से पास होता है। दुन्या तुमसे बात नहीं करती। रात को तुम पति की चिट्ठी फिर पढ़ती हो और सोचती हो कि तुमने उसके लिए वोट दिया या उसके ख़िलाफ़।
      en: The resolution passes by a few votes. Dunya will not speak to you. At night you read your husband's letter again and wonder whether you voted for him or against him.
    journal
      hi: मिल की सभा में हमले के समर्थन में हाथ उठाया।
      en: At the mill meeting I raised my hand for the offensive.
    go ow-july

  choice ow-against-offensive
    hi: खड़ी होकर कहो: "हमले का मतलब है और विधवाएँ। बिना क़ब्ज़े और हर्जाने के शांति — अभी।"
    en: Stand up and say: "An offensive means more widows. Peace without annexations or indemnities — now."
    set ow-against-offensive
    add 5 to bolsheviks
    reply
      hi: सन्नाटा, फिर औरतों की तालियाँ। प्रस्ताव गिर जाता है। प्रस्कोव्या वक्ता से पूछती है कि उसका अपना बेटा कहाँ है।
      en: Silence, then the women's applause. The resolution falls. Praskovya asks the speaker where his own son is.
    journal
      hi: मैंने हमले के ख़िलाफ़ बोला: "हमले का मतलब है और विधवाएँ।"
      en: I spoke against the offensive: "An offensive means more widows."
    go ow-july

  choice ow-soldatki
    hi: सभा छोड़ो और सैनिकों की पत्नियों के साथ ज़िले के खाद्य बोर्ड चलो: भत्ता बढ़े, और बच्चों वाली औरतों को पहले रोटी मिले।
    en: Leave the meeting and go with the soldiers' wives to the district food board: a bigger allowance, and bread first for women with children.
    set ow-soldatki
    subtract 3 from hunger
    reply
      hi: खाद्य बोर्ड का बाबू पहले दरवाज़ा बंद करता है, फिर सौ औरतों को देखकर खोल देता है। बच्चों वाली औरतों के लिए अलग कतार का वादा मिलता है। एक सोल्दात्का कहती है: "वादा भी रोटी नहीं है, पर आधी रोटी है।"
      en: The clerk at the food board shuts his door, then, seeing a hundred women, opens it. You win the promise of a separate queue for women with children. A soldier's wife says: "A promise isn't bread, but it's half a loaf."
    journal
      hi: सोल्दात्की के साथ खाद्य बोर्ड गई; बच्चों वाली औरतों के लिए अलग कतार का वादा मिला।
      en: I went to the food board with the soldiers' wives; we won the promise of a separate queue for women with children.
    go ow-july

# ---------------------------------------------------------------- 3–6 Jul: the July Days (W10)

scene ow-july
  for worker
  on 3 Jul, evening
  at factory
  hi: जुलाई की उमस भरी शाम। पहली मशीनगन रेजिमेंट के सैनिक, जिन्हें मोर्चे पर भेजने का हुक्म हुआ है, ट्रकों पर मशीनगनें लादे मिल के आँगन में घुस आते हैं: "बाहर आओ! टॉराइड चलो! सारी सत्ता सोवियतों को!" पुतिलोव के मज़दूर निकल चुके हैं; कल क्रोनश्टाट के नाविक आएँगे। बोल्शेविक समिति ने इंतज़ार करने को कहा था; अब वह उसी की अगुवाई करने दौड़ रही है जिसे रोक नहीं सकी।
  en: A close July evening. Soldiers of the 1st Machine-Gun Regiment, ordered to the front, drive into the mill yard with machine guns on their lorries: "Come out! To the Tauride! All power to the Soviets!" The Putilov men are out; tomorrow the Kronstadt sailors come. The Bolshevik committee had said wait; now it is running to lead what it could not stop.
  if offensive
    hi: मोर्चे से ख़बरें अब जीत की नहीं आतीं।
    en: The news from the front no longer speaks of victories.
  if ow-was-loom
    hi: मार्च में तुम करघे पर लौट गई थीं, जब बाहर क्रांति हो रही थी। आज प्रस्कोव्या तुम्हारी ओर देखती है: इस बार?
    en: In March you went back to your loom while a revolution went on outside. Today Praskovya looks at you: this time?
  if ow-feb-failed
    hi: तुम्हें फ़रवरी याद है, जब फ़ौज मज़दूरों के साथ नहीं आई थी। आज सैनिक ख़ुद बुलाने आए हैं।
    en: You remember a February when the army did not come over to the workers. Today the soldiers have come to call you out themselves.
  note
    hi: 3–5 जुलाई (16–18 जुलाई), "जुलाई के दिन": मोर्चे पर भेजे जाने से बचती पहली मशीनगन रेजिमेंट, क्रोनश्टाट के नाविक और पुतिलोव जैसे कारख़ानों के मज़दूर हथियार लेकर टॉराइड महल पहुँचे और माँगा कि सोवियत सत्ता ले। सोवियत के नेताओं ने मना कर दिया। गोलियाँ चलीं; सैकड़ों लोग मारे गए या घायल हुए। बोल्शेविक नेता अनमने मन से आंदोलन के आगे आए, फिर उसे वापस ले लिया।
    en: 3–5 Jul (16–18 Jul), the "July Days": the 1st Machine-Gun Regiment, facing transfer to the front, the Kronstadt sailors and workers from the Putilov works and other factories marched armed to the Tauride Palace and demanded that the Soviet take power. The Soviet's leaders refused. There was shooting; hundreds were killed or wounded. The Bolshevik leaders reluctantly put themselves at the head of the movement, then called it off.
  source China Miéville, October: The Story of the Russian Revolution; Leon Trotsky, History of the Russian Revolution; Alexander Rabinowitch, "The Bolsheviks Come to Power in Petrograd: Centennial Reflections", Economic and Political Weekly (2017)

  choice ow-july-armed
    hi: राइफ़ल निकालो और मिल की मिलिशिया के साथ ट्रकों के पीछे चलो।
    en: Take out the rifle and follow the lorries with the mill's militia.
    only if ow-armed or ow-militia or ow-april-armed
    show locked
    set ow-july-marched
    set ow-july-armed
    add 5 to red-guard
    add 3 to bolsheviks
    subtract 5 from support
    reply
      hi: बच्चे पड़ोसन के पास हैं। तुम कंधे पर राइफ़ल डालकर लितेयनी पुल पार करती हो। {if ow-armed}यह राइफ़ल तुमने फ़रवरी में उठाई थी, और{else}यह राइफ़ल तुमने{end} अब तक एक बार भी नहीं चलाई।
      en: The children are with the neighbour. You cross the Liteiny bridge with the rifle on your shoulder. {if ow-armed}You picked it up in February, and you{else}You{end} have never once fired it.
    journal
      hi: राइफ़ल लेकर मशीनगन वालों के साथ टॉराइड गई।
      en: I went to the Tauride with the machine-gunners, with my rifle.
    go ow-july-tauride

  choice ow-july-march
    hi: बिना हथियार के मिल की औरतों के साथ चलो: "सारी सत्ता सोवियतों को!"
    en: March with the mill's women, unarmed: "All power to the Soviets!"
    set ow-july-marched
    add 3 to bolsheviks
    subtract 3 from support
    reply
      hi: औरतें रूमाल बाँधकर निकलती हैं। लितेयनी पर भीड़ इतनी घनी है कि तुम प्रस्कोव्या का हाथ पकड़े रहती हो, कि कहीं बिछड़ न जाओ।
      en: The women tie on their headscarves and go. On Liteiny the crowd is so thick that you keep hold of Praskovya's hand so as not to lose her.
    journal
      hi: मिल की औरतों के साथ टॉराइड की ओर जुलूस में गई।
      en: I marched towards the Tauride with the mill's women.
    go ow-july-tauride

  choice ow-july-stay default
    hi: घर पर रहो: बिना योजना के, हथियारों के साथ यह जुलूस ख़ून में ख़त्म होगा।
    en: Stay at home: armed and without a plan, this march will end in blood.
    add 3 to support
    reply
      hi: तुम बच्चों के साथ खिड़की बंद करके बैठी रहती हो। रात भर सड़क पर ट्रक गरजते हैं। अगले दिन दोपहर बाद नदी के पार से गोलियों की आवाज़ आती है, जैसे फ़रवरी में आई थी।
      en: You sit with the children, the window shut. All night lorries roar down the street. The next afternoon there is firing across the river, as there was in February.
    journal
      hi: जुलाई के जुलूस में नहीं गई। अगले दिन नदी पार गोलियाँ चलीं।
      en: I did not go on the July march. The next day there was shooting across the river.
    go ow-july-after

scene ow-july-tauride
  for worker
  on 4 Jul, afternoon
  at tauride
  hi: टॉराइड महल के बाहर हज़ारों लोग हैं: नाविक, सैनिक, मज़दूर। अंदर सोवियत के नेता बहस कर रहे हैं और सत्ता लेने से इनकार कर रहे हैं: "यह सोवियत का काम नहीं।" भीड़ चिल्लाती है: "ले लो, जब दी जा रही है!" फिर अचानक, किसी छत या खिड़की से, गोलियाँ चलती हैं। लोग भागते हैं, कुछ गिरते हैं; नाविक अंधाधुंध जवाबी गोली चलाते हैं।
  en: Thousands stand outside the Tauride Palace: sailors, soldiers, workers. Inside, the Soviet's leaders are arguing, and refusing to take power: "That is not the Soviet's task." The crowd shouts: "Take it, when it's handed to you!" Then suddenly, from some roof or window, shots. People run, some fall; sailors fire back blindly.
  if ow-july-armed
    hi: तुम्हारी राइफ़ल तुम्हारे कंधे पर ही रहती है।
    en: Your rifle stays on your shoulder.
  note
    hi: 4 जुलाई (17 जुलाई) को भीड़ ने टॉराइड महल घेर लिया। गोलियाँ कई जगह चलीं, और कहाँ से पहली गोली चली, यह आज भी पक्का नहीं। उसी रात मोर्चे से वफ़ादार टुकड़ियाँ पहुँचीं, और आंदोलन बिखर गया।
    en: On 4 Jul (17 Jul) the crowds besieged the Tauride Palace. There was firing in several places, and where the first shot came from is still not certain. That night loyal units arrived from the front, and the movement broke up.
  source Leon Trotsky, History of the Russian Revolution; China Miéville, October: The Story of the Russian Revolution

  choice ow-help-sailor
    hi: दीवार के सहारे गिरे एक घायल नाविक को उठाकर आँगन में ले चलो।
    en: Help a wounded sailor who has fallen against a wall into a courtyard.
    set ow-medic
    reply
      hi: नाविक बहुत जवान है; वह बस माँ को पुकारता है। एक डॉक्टरनी उसकी पट्टी बाँधती है। तुम्हारी आस्तीन पर उसका ख़ून है।
      en: The sailor is very young; he only calls for his mother. A woman doctor binds his wound. His blood is on your sleeve.
    journal
      hi: टॉराइड के बाहर गोली चली। एक घायल नाविक को आँगन तक ले गई।
      en: There was shooting outside the Tauride. I helped a wounded sailor into a courtyard.
    go ow-july-after

  choice ow-july-home default
    hi: प्रस्कोव्या और औरतों को लेकर गलियों के रास्ते वीबोर्ग लौट जाओ।
    en: Take Praskovya and the women back to the Vyborg side through the side streets.
    reply
      hi: तुम पीछे की गलियों से निकलती हो। पुल पर कोई कुछ नहीं बोलता। प्रस्कोव्या बस इतना कहती है: "फ़रवरी में हम जीते थे, क्योंकि सैनिक हमारे साथ आए। आज वे आपस में लड़े।"
      en: You leave by the back streets. No one speaks on the bridge. Praskovya says only: "In February we won because the soldiers came over to us. Today they fought each other."
    journal
      hi: गोली चलने के बाद औरतों को लेकर वीबोर्ग लौट आई।
      en: When the shooting started I brought the women back to the Vyborg side.
    go ow-july-after

scene ow-july-after
  for worker
  on 6 Jul, evening
  at factory
  hi: {if july-days}जुलाई के दिन ख़त्म हो गए। दीवारों पर लिखा है कि लेनिन "जर्मन पैसे" पर चलते हैं, और वीबोर्ग में युंकर हथियार ढूँढ़ते घूम रहे हैं।{else}जुलूस टॉराइड तक पहुँचने से पहले ही बिखर गया; सैनिक अपनी बैरकों में लौट गए, और शहर ने राहत की साँस ली। पर ग़ुस्सा कहीं नहीं गया।{end} आज समिति की बैठक में मेन्शेविक फ़्योदोर प्रस्ताव रखता है: समिति "सड़कों के दुस्साहस" की निंदा करे और सोवियत के नेताओं का साथ दे।
  en: {if july-days}The July Days are over. The walls say Lenin is paid with "German money", and junkers (officer cadets) are going round the Vyborg side looking for arms.{else}The march broke up before it reached the Tauride; the soldiers went back to their barracks, and the city breathed again. But the anger has gone nowhere.{end} Today at the committee meeting the Menshevik Fyodor moves that the committee condemn "adventures in the streets" and back the Soviet's leaders.
  if ow-july-marched
    hi: फ़्योदोर बोलते हुए तुम्हारी ओर नहीं देखता।
    en: Fyodor does not look at you as he speaks.
  if ow-was-delegate
    hi: फ़्योदोर याद दिलाता है कि तुम सोवियत की प्रतिनिधि हो, और सोवियत ने सड़कों पर उतरने से मना किया था।
    en: Fyodor reminds you that you are a delegate to the Soviet, and that the Soviet told people not to go into the streets.
  note
    hi: जुलाई के दिनों के बाद सरकार ने ऐसे काग़ज़ छापे जिनमें लेनिन पर जर्मनी से पैसा लेने का आरोप था; "प्रावदा" का दफ़्तर और छापाख़ाना तोड़ दिया गया; लेनिन फ़िनलैंड में छिप गए, दूसरे नेता गिरफ़्तार हुए। 8 जुलाई (21 जुलाई) को केरेन्स्की प्रधानमंत्री बने। जर्मन पैसे के सवाल पर इतिहासकार आज भी बहस करते हैं; पर गर्मियों में यह आरोप बोल्शेविकों को बहुत भारी पड़ा।
    en: After the July Days the government published papers accusing Lenin of taking money from Germany; Pravda's offices and press were wrecked; Lenin hid in Finland and other leaders were arrested. On 8 Jul (21 Jul) Kerensky became prime minister. Historians still argue about the German money; but that summer the charge cost the Bolsheviks dearly.
  source Richard Pipes, The Russian Revolution; China Miéville, October: The Story of the Russian Revolution; Leon Trotsky, History of the Russian Revolution

  choice ow-condemn default
    hi: फ़्योदोर के साथ हाथ उठाओ: अब सड़कों पर और ख़ून नहीं।
    en: Raise your hand with Fyodor: no more blood in the streets.
    add 5 to support
    subtract 3 from bolsheviks
    reply
      hi: प्रस्ताव पास हो जाता है। दुन्या उठकर चली जाती है। उस रात तुम्हें नींद नहीं आती: तुमने ख़ून के ख़िलाफ़ वोट दिया, या अपनों के ख़िलाफ़?
      en: The resolution passes. Dunya gets up and leaves. That night you cannot sleep: did you vote against bloodshed, or against your own people?
    journal
      hi: समिति में "सड़कों के दुस्साहस" की निंदा के पक्ष में हाथ उठाया।
      en: On the committee I voted to condemn "adventures in the streets".
    go ow-evacuation

  choice ow-defend
    hi: खड़ी होकर कहो: {if july-days}"जर्मन पैसा" झूठ है: वीबोर्ग के बोल्शेविक हमारे साथ कतारों में खड़े होते हैं।{else}सिर्फ़ बोल्शेविक कहते हैं कि शांति अभी चाहिए; उन्हें चुप मत कराओ।{end}
    en: Stand up and say: {if july-days}"German money" is a lie: the Vyborg Bolsheviks stand with us in the queues.{else}only the Bolsheviks say peace must come now; don't silence them.{end}
    set ow-defended
    add 3 to bolsheviks
    reply
      hi: प्रस्ताव एक वोट से गिर जाता है। फ़्योदोर कहता है, तुम्हें पछताना पड़ेगा। रात को दुन्या एक गठरी लेकर आती है — पर्चे — और तुम उसे चूल्हे के पीछे रख देती हो, जैसे फ़रवरी में।
      en: The resolution falls by one vote. Fyodor says you will be sorry. At night Dunya comes with a bundle — leaflets — and you put it behind the stove, as in February.
    journal
      hi: समिति में बोल्शेविकों के पक्ष में बोली; निंदा का प्रस्ताव एक वोट से गिरा।
      en: On the committee I spoke up for the Bolsheviks; the motion to condemn them fell by one vote.
    go ow-evacuation

  choice ow-hide-rifles
    hi: बैठक छोड़ो और मिलिशिया की राइफ़लें रंगाई-घर के फ़र्श के नीचे छिपाने में मदद करो, युंकरों के आने से पहले।
    en: Leave the meeting and help hide the militia's rifles under the dye-shed floor, before the junkers come.
    only if ow-armed or ow-militia or ow-july-armed
    show locked
    set ow-hid-rifles
    add 3 to red-guard
    reply
      hi: बारह राइफ़लें, तेल लगे चिथड़ों में लिपटी, तख़्तों के नीचे चली जाती हैं। अगली सुबह युंकर आते हैं, आँगन में घूमते हैं और ख़ाली हाथ लौट जाते हैं।
      en: Twelve rifles, wrapped in oiled rags, go under the boards. The next morning the junkers come, walk round the yard and leave empty-handed.
    journal
      hi: मिलिशिया की राइफ़लें रंगाई-घर के फ़र्श के नीचे छिपा दीं।
      en: We hid the militia's rifles under the dye-shed floor.
    go ow-evacuation
