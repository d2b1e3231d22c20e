format 2
# World events of the October act: the city moves on its own, whoever is playing.
#
# History's course with no player's help (start: support 45, bolsheviks 15, garrison 30, red-guard 10,
# war-weariness 50): Lenin's return and the April crisis bring the Bolsheviks to 25 and support to 35; the
# coalition lifts support to 45; the offensive's casualty lists cost 5; the July Days cost the Bolsheviks
# 10 (they are blamed) and give the government 5; the collapse at the front costs support 10 and gives the
# Bolsheviks 10; Kerensky's premiership gives 5. Kornilov: the Soviet's call to arms (+10 red-guard), the
# arming (+25 red-guard, +10 bolsheviks), the collapse (-20 support, +10 bolsheviks, -10 garrison) leave
# support 20 and the Bolsheviks at 45: a majority in the Soviet (>= 40) on 31 Aug (+10). The garrison
# (30; -5 offensive, +10 July repression, -10 Kornilov, -5 the order for the front) stands at 20 on
# 21 Oct, under the garrison conference's 40; so the bridges, the palace (<= 30) and the decrees follow.
# A carried March world changes the start: a loyal garrison (a March in which the mutiny failed) keeps the
# palace in the government's hands; a world without the Bolsheviks' rise keeps the Soviet moderate.
#
# The flags follow from each other (only events set them):
#   kornilov-advance -> workers-armed (red-guard >= 20) -> kornilov-stopped (red-guard >= 30 or garrison <= 40)
#   bolshevik-majority (bolsheviks >= 40) -> rising-voted (bolsheviks >= 50), mrc -> garrison-with-mrc
#   (garrison <= 40) -> bridges-held (mrc and (garrison-with-mrc or red-guard >= 40)) -> government-deposed
#   (rising-voted), kerensky-gone, palace-taken (garrison <= 30) -> decrees (congress)
# Each event's `assumes` lines say what its text takes for granted; `check` proves the condition gives it.
# Where a date is named in prose it is given in both calendars: Old Style (New Style).

# ---------------------------------------------------------------- the bridge: April to August

event after-february
  on 3 Apr, morning
  if government and soviet
  assumes government and soviet
  hi: अप्रैल 1917 की शुरुआत। फ़रवरी के दिनों को एक महीना बीत चुका है। राजधानी में दोहरी सत्ता है: मारिइन्स्की महल में अस्थायी सरकार, जिसके पास मंत्रालय हैं, और टॉराइड महल में पेत्रोग्राद सोवियत, जिसकी बात मज़दूर और सैनिक मानते हैं। 10 मार्च (23 मार्च) को आठ घंटे का कार्य-दिवस मान लिया गया; सभाओं पर रोक हट गई; हर कारख़ाने और हर कंपनी में समितियाँ चुनी गई हैं। पर युद्ध जारी है, रोटी की कतारें फिर लंबी हो रही हैं, और ज़मीन का सवाल "संविधान सभा तक" टाल दिया गया है।
  en: Early April 1917. A month has passed since the February days. The capital has dual power: in the Mariinsky Palace the Provisional Government, which has the ministries; in the Tauride Palace the Petrograd Soviet, which the workers and soldiers obey. On 10 March (23 March) the eight-hour day was agreed; the bans on meetings are gone; committees have been elected in every factory and every company. But the war goes on, the bread queues are growing again, and the land question has been put off "until the Constituent Assembly".
  journal
    hi: फ़रवरी के एक महीने बाद: दोहरी सत्ता, आठ घंटे का दिन, और युद्ध जारी।
    en: A month after February: dual power, the eight-hour day, and the war going on.
  otherwise
    # No 'assumes' here: this text speaks of the carried March world, which its own effects then put right.
    hi: तुम्हारे मार्च में फ़रवरी की बग़ावत अपनी मंज़िल तक नहीं पहुँची: वह शहर, जिसमें तुमने वे दिन जिए, इतिहास से अलग राह पर चला गया। यह अंक वहाँ से आगे नहीं चल सकता, क्योंकि अक्टूबर की हर घटना फ़रवरी की क्रांति पर टिकी है। इसलिए खेल यहाँ इतिहास का धागा फिर पकड़ता है: असल पेत्रोग्राद में 27 फ़रवरी (12 मार्च) को छावनी ने बग़ावत की, सोवियत और अस्थायी सरकार बनीं, और 3 मार्च (16 मार्च) को रोमानोव शासन ख़त्म हुआ। अप्रैल 1917 में तुम उसी शहर में हो — वही इंसान, पर इतिहास की दुनिया में।
    en: In your March the February rising did not reach its end: the city you lived those days in took a road of its own, away from history. This act cannot go on from there, because every event of October rests on the February Revolution. So here the game picks up history's thread again: in the real Petrograd the garrison mutinied on 27 February (12 March), the Soviet and the Provisional Government were formed, and on 3 March (16 March) Romanov rule ended. In April 1917 you are in that city — the same person, in history's world.
    set government
    set soviet
    set order-one
    set dynasty-ended
    set garrison to 30
    journal
      hi: मेरा फ़रवरी दूसरी राह गया; यहाँ से कहानी इतिहास की राह पर।
      en: My February went another way; from here the story follows history's.

event lenin-returns
  on 3 Apr, night
  hi: 3 अप्रैल (16 अप्रैल) की रात फ़िनलैंड स्टेशन पर लेनिन उतरते हैं। वे स्विट्ज़रलैंड से जर्मनी होकर एक "सीलबंद" रेलगाड़ी में आए हैं। अगले दिन वे अपनी "अप्रैल थीसिस" पढ़ते हैं: अस्थायी सरकार को कोई समर्थन नहीं, युद्ध का अंत, ज़मीन किसानों को, बैंकों का राष्ट्रीयकरण — "सारी सत्ता सोवियतों को!" उनकी अपनी पार्टी के कई नेता भी पहले चौंक जाते हैं।
  en: On the night of 3 April (16 April) Lenin steps down at the Finland Station. He has come from Switzerland across Germany in a "sealed" train. The next day he reads his "April Theses": no support for the Provisional Government, an end to the war, land to the peasants, the banks nationalised — "All power to the soviets!" Even many of his own party's leaders are taken aback at first.
  add 5 to bolsheviks
  journal
    hi: लेनिन लौटे; अप्रैल थीसिस: "सारी सत्ता सोवियतों को!"
    en: Lenin returned; the April Theses: "All power to the soviets!"

event april-crisis
  between 20 Apr, morning and 21 Apr, evening
  if support <= 55
  hi: विदेश मंत्री मिल्युकोव ने मित्र देशों को एक नोट भेजा है: रूस "निर्णायक जीत" तक लड़ेगा और ज़ार के समय की संधियाँ निभाएगा — जिनमें कुस्तुंतुनिया और जलडमरूमध्य भी हैं। 20 और 21 अप्रैल (3 और 4 मई) को फ़िनलैंड रेजिमेंट समेत हथियारबंद सैनिक और लगभग एक लाख लोग सड़कों पर हैं: "मिल्युकोव मुर्दाबाद!" राजधानी के सैन्य कमांडर जनरल कोर्निलोव तोपें निकालने का आदेश देते हैं; सैनिक और अफ़सर मना कर देते हैं। सोवियत एलान करती है कि उसकी लिखित अनुमति के बिना कोई टुकड़ी बाहर नहीं निकलेगी। मई की शुरुआत में मिल्युकोव और गुचकोव सरकार छोड़ देते हैं।
  en: The Foreign Minister, Milyukov, has sent the Allies a note: Russia will fight to "decisive victory" and keep the Tsar's treaties — the Straits and Constantinople among them. On 20 and 21 April (3 and 4 May) armed soldiers, the Finland Regiment among them, and some hundred thousand people are in the streets: "Down with Milyukov!" General Kornilov, commanding the capital's district, orders guns brought out; soldiers and officers refuse. The Soviet declares that no unit will go out without its written permission. At the start of May Milyukov and Guchkov leave the government.
  subtract 10 from support
  add 5 to bolsheviks
  set april-crisis
  journal
    hi: अप्रैल संकट: "मिल्युकोव मुर्दाबाद!"; मिल्युकोव और गुचकोव सरकार से बाहर।
    en: The April crisis: "Down with Milyukov!"; Milyukov and Guchkov out of the government.
  otherwise
    hi: यहाँ इतिहास दूसरी राह लेता है: मिल्युकोव के नोट पर बड़बड़ाहट तो होती है, पर सरकार पर भरोसा अभी इतना है कि सड़कें नहीं भरतीं। मिल्युकोव अपनी कुर्सी पर बने रहते हैं, और युद्ध के लक्ष्यों का सवाल अगली बार के लिए टल जाता है। (असल में 20–21 अप्रैल (3–4 मई) को हथियारबंद प्रदर्शनों ने मिल्युकोव और गुचकोव को सरकार से निकलवा दिया।)
    en: Here history takes another road: there is grumbling at Milyukov's note, but trust in the government is still high enough that the streets do not fill. Milyukov keeps his post, and the question of war aims is put off to another day. (In history armed demonstrations on 20–21 April (3–4 May) forced Milyukov and Guchkov out of the government.)
    subtract 5 from support
    journal
      hi: मिल्युकोव का नोट: बड़बड़ाहट, पर कोई संकट नहीं।
      en: Milyukov's note: grumbling, but no crisis.

event coalition
  on 5 May, noon
  if april-crisis
  assumes april-crisis
  hi: 5 मई (18 मई): पहली मिली-जुली सरकार। छह समाजवादी मंत्री बनते हैं — केरेन्स्की युद्ध और नौसेना मंत्री, समाजवादी क्रांतिकारी चेर्नोव कृषि मंत्री, मेन्शेविक त्सेरेतेली डाक-तार मंत्री, स्कोबेलेव श्रम मंत्री, और नया खाद्य मंत्रालय पेशेखोनोव को। सोवियत के नरम नेता अब सरकार में हैं — उसकी सफलताओं में भी, और उसकी नाकामियों में भी।
  en: 5 May (18 May): the first coalition. Six socialists become ministers — Kerensky at War and the Navy, the Socialist Revolutionary Chernov at Agriculture, the Menshevik Tsereteli at Posts and Telegraphs, Skobelev at Labour, and Peshekhonov at a new Ministry of Food. The Soviet's moderate leaders are now in the government — in its successes, and in its failures.
  add 10 to support
  set coalition
  journal
    hi: पहली मिली-जुली सरकार: समाजवादी मंत्री बने।
    en: The first coalition: socialists became ministers.
  otherwise
    assumes not april-crisis
    hi: यहाँ इतिहास दूसरी राह लेता है: मिल्युकोव के बने रहने से सोवियत के नेता सरकार से बाहर ही रहते हैं। उनके हाथ साफ़ रहते हैं — पर सरकार उन्हीं उदारवादियों की रहती है जिन पर मज़दूरों और सैनिकों को सबसे कम भरोसा है। (असल में 5 मई (18 मई) को छह समाजवादी मंत्री बने।)
    en: Here history takes another road: with Milyukov still in office, the Soviet's leaders stay out of the government. Their hands stay clean — but the government stays in the hands of the liberals whom the workers and soldiers trust least. (In history six socialists became ministers on 5 May (18 May).)

event offensive
  on 18 Jun, morning
  if war-weariness < 85
  hi: 18 जून (1 जुलाई): युद्ध मंत्री केरेन्स्की के कहने पर गैलिशिया में रूसी सेना हमला शुरू करती है। उन्होंने महीने भर मोर्चे पर घूमकर भाषण दिए हैं — सैनिक उन्हें "मुख्य समझाने वाला" कहने लगे हैं। पहले दो दिन कुछ जीत मिलती है। फिर एक के बाद एक रेजिमेंटें सभाएँ करके आगे बढ़ने से मना करने लगती हैं।
  en: 18 June (1 July): at the urging of the War Minister, Kerensky, the Russian army attacks in Galicia. He has spent a month touring the front making speeches — soldiers have started calling him the "persuader-in-chief". The first two days bring some gains. Then, one after another, regiments hold meetings and refuse to advance.
  add 10 to war-weariness
  subtract 5 from support
  subtract 5 from garrison
  set offensive
  journal
    hi: जून का आक्रमण शुरू हुआ।
    en: The June offensive began.
  otherwise
    hi: यहाँ इतिहास दूसरी राह लेता है: मोर्चे की समितियाँ हमले के ख़िलाफ़ वोट देती हैं, और केरेन्स्की उसे "अभी के लिए" टाल देते हैं। मित्र देश नाराज़ हैं, पर हज़ारों जानें बचती हैं। (असल में 18 जून (1 जुलाई) को आक्रमण शुरू हुआ और कुछ ही दिनों में टूट गया।)
    en: Here history takes another road: the front's committees vote against the attack, and Kerensky puts it off "for now". The Allies are angry, but thousands of lives are spared. (In history the offensive began on 18 June (1 July) and broke down within days.)

event july-days
  between 3 Jul, afternoon and 4 Jul, evening
  if bolsheviks >= 20 or garrison <= 35
  hi: 3–4 जुलाई (16–17 जुलाई): मोर्चे पर भेजे जाने का आदेश पाकर पहली मशीनगन रेजिमेंट ने हथियार उठा लिए हैं। क्रोनश्टाट के हज़ारों नाविक और पुतिलोव जैसे कारख़ानों के मज़दूर हथियार लेकर टॉराइड महल पहुँचते हैं: "सारी सत्ता सोवियतों को!" सोवियत के नेता सत्ता लेने से इनकार करते हैं। सड़कों पर गोलियाँ चलती हैं; सैकड़ों लोग मारे जाते या घायल होते हैं। बोल्शेविक नेता अनमने ढंग से प्रदर्शन के आगे आते हैं, फिर उसे वापस ले लेते हैं। सरकार काग़ज़ छापती है कि लेनिन "जर्मन पैसे" पर चलते हैं; प्राव्दा का दफ़्तर तोड़ दिया जाता है; लेनिन फ़िनलैंड में छिप जाते हैं, त्रोत्स्की (ट्रॉट्स्की) समेत कई नेता गिरफ़्तार होते हैं।
  en: 3–4 July (16–17 July): ordered to the front, the 1st Machine-Gun Regiment has taken up arms. Thousands of Kronstadt sailors and workers from factories such as the Putilov works come armed to the Tauride Palace: "All power to the soviets!" The Soviet's leaders refuse to take power. Shots ring out in the streets; hundreds are killed or wounded. The Bolshevik leaders put themselves at the head of the march half-heartedly, then call it off. The government publishes papers saying Lenin lives on "German money"; Pravda's offices are wrecked; Lenin hides in Finland, and many leaders, Trotsky among them, are arrested.
  subtract 10 from bolsheviks
  add 5 to support
  add 10 to garrison
  set july-days
  set bolsheviks-hunted
  journal
    hi: जुलाई के दिन: टॉराइड महल पर हथियारबंद प्रदर्शन, गोलीबारी; बोल्शेविकों पर दमन, लेनिन छिपे।
    en: The July Days: an armed march on the Tauride Palace, shooting; the Bolsheviks repressed, Lenin in hiding.
  otherwise
    hi: यहाँ इतिहास दूसरी राह लेता है: मशीनगन रेजिमेंट में ग़ुस्सा है, पर सड़क पर उतरने लायक़ साथ नहीं मिलता। रेजिमेंट बड़बड़ाती हुई मोर्चे के लिए अपनी टुकड़ियाँ भेज देती है। कोई गोली नहीं चलती — और बोल्शेविकों पर कोई दमन भी नहीं होता। (असल में 3–5 जुलाई (16–18 जुलाई) के हथियारबंद प्रदर्शनों में सैकड़ों लोग हताहत हुए और बोल्शेविकों को छिपना पड़ा।)
    en: Here history takes another road: the Machine-Gunners are angry, but they find too little support to come out into the streets. Grumbling, the regiment sends its drafts to the front. No shots are fired — and no repression falls on the Bolsheviks. (In history the armed demonstrations of 3–5 July (16–18 July) left hundreds dead or wounded, and the Bolsheviks had to go into hiding.)
    journal
      hi: जुलाई में कोई बड़ा प्रदर्शन नहीं हुआ।
      en: No great demonstration in July.

event offensive-collapses
  on 6 Jul, noon
  if offensive
  assumes offensive
  hi: 6 जुलाई (19 जुलाई): तार्नोपोल के पास जर्मन जवाबी हमले में मोर्चा टूट जाता है। पूरी की पूरी टुकड़ियाँ पीछे भाग रही हैं; रास्ते में गोदाम लूटे जा रहे हैं। अख़बारों में हताहतों की लंबी सूचियाँ छपती हैं। जिस हमले से सरकार ने अपनी ताक़त दिखानी चाही थी, वही उसकी कमज़ोरी का सबूत बन गया है।
  en: 6 July (19 July): near Tarnopol a German counter-stroke breaks the front. Whole units are running back; depots are looted along the way. The papers print long lists of the dead and wounded. The attack meant to show the government's strength has become the proof of its weakness.
  subtract 10 from support
  add 10 to bolsheviks
  add 15 to war-weariness
  journal
    hi: तार्नोपोल के पास मोर्चा टूटा।
    en: The front broke near Tarnopol.

event kerensky-premier
  on 8 Jul, noon
  hi: 7–8 जुलाई (20–21 जुलाई): प्रिंस ल्वोव इस्तीफ़ा देते हैं, और केरेन्स्की मंत्री-अध्यक्ष — प्रधानमंत्री — बनते हैं, युद्ध मंत्रालय भी उन्हीं के पास रहता है। वे विंटर पैलेस में रहने लगते हैं। लोग कहते हैं कि अब सब कुछ एक ही आदमी के भाषणों पर टिका है।
  en: 7–8 July (20–21 July): Prince Lvov resigns, and Kerensky becomes Minister-Chairman — Prime Minister — keeping the War Ministry too. He moves into the Winter Palace. People say that everything now rests on one man's speeches.
  add 5 to support
  set kerensky-premier
  journal
    hi: केरेन्स्की प्रधानमंत्री बने।
    en: Kerensky became Prime Minister.

event kornilov-commander
  on 18 Jul, noon
  hi: 18 जुलाई (31 जुलाई): जनरल लावर कोर्निलोव सर्वोच्च सेनापति बनते हैं। वे मोर्चे पर मौत की सज़ा वापस लाने और पीछे के इलाक़ों में "व्यवस्था" की माँग करते हैं। अफ़सर, उद्योगपति और कई उदारवादी उनमें वह "मज़बूत हाथ" देखने लगते हैं जिसकी उन्हें तलाश थी।
  en: 18 July (31 July): General Lavr Kornilov becomes Supreme Commander. He demands the death penalty back at the front and "order" in the rear. Officers, industrialists and many liberals begin to see in him the "strong hand" they have been looking for.
  journal
    hi: कोर्निलोव सर्वोच्च सेनापति बने।
    en: Kornilov became Supreme Commander.

event riga-falls
  on 21 Aug, evening
  hi: 21 अगस्त (3 सितंबर): जर्मनों ने रीगा ले लिया। पेत्रोग्राद अब मोर्चे से बहुत दूर नहीं लगता। अफ़वाहें हैं कि सरकार राजधानी छोड़कर मॉस्को जा सकती है, और कि छावनी के "फ़ालतू" सैनिक मोर्चे पर भेजे जाएँगे।
  en: 21 August (3 September): the Germans have taken Riga. Petrograd no longer feels far from the front. There are rumours that the government may leave the capital for Moscow, and that the garrison's "spare" soldiers will be sent to the front.
  add 5 to war-weariness
  add 5 to hunger
  journal
    hi: जर्मनों ने रीगा लिया।
    en: The Germans took Riga.

# ---------------------------------------------------------------- the Kornilov affair: 27–31 August

event kornilov-advance
  on 27 Aug, evening
  if support < 60
  hi: 27 अगस्त (9 सितंबर): केरेन्स्की जनरल कोर्निलोव को बाग़ी घोषित करते हैं। कोर्निलोव ने जनरल क्रिमोव की घुड़सवार फ़ौज — कॉकेशस की "जंगली डिवीज़न" समेत — राजधानी की ओर भेज दी है, "व्यवस्था बहाल करने" के लिए। किसके ख़िलाफ़ व्यवस्था? सोवियत के ख़िलाफ़, कहते हैं मज़दूर; शायद केरेन्स्की के ख़िलाफ़ भी। सोवियत "प्रतिक्रांति से संघर्ष की समिति" बनाती है। बोल्शेविक उसमें शामिल होते हैं, इस शर्त पर कि मज़दूरों को हथियार मिलें और जुलाई के क़ैदी छोड़े जाएँ।
  en: 27 August (9 September): Kerensky declares General Kornilov a rebel. Kornilov has sent General Krymov's cavalry — the Caucasian "Savage Division" among them — towards the capital, "to restore order". Order against whom? Against the Soviet, say the workers; perhaps against Kerensky too. The Soviet forms a Committee for Struggle against Counter-revolution. The Bolsheviks join it, on condition that the workers are armed and the July prisoners freed.
  for duma
    hi: कैडेट मंत्री उसी रात इस्तीफ़ा दे देते हैं। तुम्हारे कई पुराने साथी खुलकर कहते हैं कि कोर्निलोव ठीक कर रहे हैं।
    en: The Kadet ministers resign that same night. Many of your old colleagues say openly that Kornilov is right.
  add 10 to red-guard
  set kornilov-advance
  journal
    hi: कोर्निलोव की फ़ौज राजधानी की ओर; केरेन्स्की ने उन्हें बाग़ी कहा।
    en: Kornilov's troops moved on the capital; Kerensky called him a rebel.
  otherwise
    hi: यहाँ इतिहास दूसरी राह लेता है: सरकार पर भरोसा अभी इतना है कि कोर्निलोव को "व्यवस्था बहाल करने" का कोई बहाना नहीं मिलता। वे मोगिल्योव में सेना मुख्यालय में ही रहते हैं, और अफ़सरों की बड़बड़ाहट बड़बड़ाहट ही रहती है। (असल में 27 अगस्त (9 सितंबर) को कोर्निलोव की घुड़सवार फ़ौज राजधानी की ओर बढ़ी।)
    en: Here history takes another road: trust in the government is still high enough that Kornilov finds no pretext to "restore order". He stays at headquarters in Mogilev, and the officers' grumbling stays grumbling. (In history Kornilov's cavalry moved on the capital on 27 August (9 September).)
    journal
      hi: कोर्निलोव मुख्यालय में ही रहे।
      en: Kornilov stayed at headquarters.

event workers-armed
  between 28 Aug, morning and 29 Aug, evening
  if kornilov-advance and red-guard >= 20
  assumes kornilov-advance
  hi: कारख़ानों में राइफ़लें बँट रही हैं। सरकार के अपने गोदाम खुलते हैं, क्योंकि कोर्निलोव से लड़ने वाला और कोई नहीं। लगभग 40,000 मज़दूर रेड गार्ड में लिखे जाते हैं; कारख़ानों के आँगनों में क़वायद होती है, और काम की बेंचों से राइफ़लें टिकी रहती हैं।
  en: Rifles are being handed out in the factories. The government's own stores open, because there is no one else to fight Kornilov. Some 40,000 workers sign on in the Red Guard; there is drill in the factory yards, and rifles lean against the workbenches.
  add 25 to red-guard
  add 10 to bolsheviks
  set workers-armed
  journal
    hi: कारख़ानों में मज़दूरों को हथियार मिले: लगभग 40,000 रेड गार्ड।
    en: The workers were armed in the factories: some 40,000 Red Guards.
  otherwise
    hi: यहाँ इतिहास दूसरी राह लेता है: {if kornilov-advance}सोवियत की समिति हथियार माँगती है, पर कारख़ानों में उन्हें उठाने वाले कम हैं; गोदाम बंद ही रहते हैं। शहर की रक्षा रेल मज़दूरों, तार-बाबुओं और आंदोलनकारियों के भरोसे है।{else}कोई चढ़ाई नहीं हुई, तो कारख़ानों में राइफ़लें भी नहीं बँटीं।{end} (असल में अगस्त के आख़िर में लगभग 40,000 मज़दूरों को हथियार मिले।)
    en: Here history takes another road: {if kornilov-advance}the Soviet's committee asks for arms, but in the factories few come forward to take them; the stores stay shut. The city's defence rests on the railwaymen, the telegraph clerks and the agitators.{else}There was no advance, so no rifles were handed out in the factories either.{end} (In history some 40,000 workers were armed at the end of August.)

event kornilov-stopped
  between 29 Aug, morning and 31 Aug, evening
  if kornilov-advance and (red-guard >= 30 or garrison <= 40)
  assumes kornilov-advance
  hi: कोर्निलोव की चढ़ाई बिना एक भी लड़ाई के बिखर जाती है। रेल मज़दूर फ़ौजी गाड़ियों को दूसरी पटरियों पर मोड़ देते हैं; तार-बाबू संदेश रोक लेते हैं; सोवियत के आंदोलनकारी और मुसलमान प्रतिनिधि "जंगली डिवीज़न" के घुड़सवारों से उनकी अपनी ज़बान में बात करते हैं, और सैनिक आगे बढ़ने से मना कर देते हैं। जनरल क्रिमोव केरेन्स्की से मिलकर लौटते हैं और ख़ुद को गोली मार लेते हैं; कोर्निलोव गिरफ़्तार होते हैं। पर केरेन्स्की ने पहले कोर्निलोव से जो बातचीत की थी, उसकी ख़बर फैल चुकी है — अब उन पर न बाएँ वाले भरोसा करते हैं, न दाएँ वाले।
  en: Kornilov's move falls apart without a single battle. Railwaymen send the troop trains down other lines; telegraph clerks hold back messages; the Soviet's agitators and Muslim delegates talk to the Savage Division's horsemen in their own languages, and the soldiers refuse to go on. General Krymov comes back from seeing Kerensky and shoots himself; Kornilov is arrested. But word has spread of Kerensky's earlier dealings with Kornilov — now neither the left nor the right trusts him.
  subtract 20 from support
  add 10 to bolsheviks
  subtract 10 from garrison
  set kornilov-stopped
  journal
    hi: कोर्निलोव की चढ़ाई बिना लड़ाई के रुकी; केरेन्स्की पर भरोसा टूटा।
    en: Kornilov's move stopped without a battle; trust in Kerensky broke.
  otherwise
    hi: यहाँ इतिहास दूसरी राह लेता है: {if kornilov-advance}शहर में न हथियारबंद मज़दूर हैं, न ऐसी छावनी जो सोवियत की सुने; पर क्रिमोव की गाड़ियाँ भी पटरियों पर अटकी हैं। आख़िर में जनरल ख़ुद पीछे हटते हैं, और श्रेय केरेन्स्की को मिलता है: सरकार कुछ दिन मज़बूत दिखती है, सोवियत कमज़ोर।{else}कोई चढ़ाई नहीं थी, तो रोकने को भी कुछ नहीं था।{end} (असल में 29–31 अगस्त को रेल मज़दूरों, आंदोलनकारियों और रेड गार्ड ने चढ़ाई रोकी, और इससे बोल्शेविकों की ताक़त बढ़ी।)
    en: Here history takes another road: {if kornilov-advance}the city has neither armed workers nor a garrison that listens to the Soviet; but Krymov's trains are stuck on the lines too. In the end the generals pull back themselves, and Kerensky gets the credit: for a few days the government looks strong and the Soviet weak.{else}There was no advance, so there was nothing to stop.{end} (In history railwaymen, agitators and the Red Guard stopped the advance on 29–31 August, and the Bolsheviks grew stronger for it.)
    add 5 to support

event bolshevik-majority
  between 31 Aug, night and 25 Sep, evening
  if bolsheviks >= 40
  hi: 31 अगस्त (13 सितंबर) की रात पेत्रोग्राद सोवियत पहली बार बोल्शेविकों का प्रस्ताव पास करती है: सारी सत्ता मज़दूरों, सैनिकों और किसानों की सोवियतों को। कुछ ही दिनों में मॉस्को सोवियत भी यही करती है। सितंबर में जेल से छूटे त्रोत्स्की (ट्रॉट्स्की) पेत्रोग्राद सोवियत के अध्यक्ष चुने जाते हैं — वही पद जो उन्होंने 1905 में सँभाला था।
  en: On the night of 31 August (13 September) the Petrograd Soviet passes a Bolshevik resolution for the first time: all power to the soviets of workers', soldiers' and peasants' deputies. Within days the Moscow Soviet does the same. In September Trotsky, freed from prison, is elected chairman of the Petrograd Soviet — the post he held in 1905.
  add 10 to bolsheviks
  set bolshevik-majority
  journal
    hi: पेत्रोग्राद सोवियत में बोल्शेविक बहुमत; त्रोत्स्की अध्यक्ष बने।
    en: A Bolshevik majority in the Petrograd Soviet; Trotsky became its chairman.
  otherwise
    hi: यहाँ इतिहास दूसरी राह लेता है: सितंबर बीत जाता है, और पेत्रोग्राद सोवियत में मेन्शेविक और समाजवादी क्रांतिकारी ही बहुमत में रहते हैं। बोल्शेविक ज़ोर से बोलते हैं, पर वोट उनके पक्ष में नहीं पड़ते। (असल में 31 अगस्त (13 सितंबर) को सोवियत ने पहली बार बोल्शेविक प्रस्ताव पास किया।)
    en: Here history takes another road: September passes, and the Mensheviks and Socialist Revolutionaries keep their majority in the Petrograd Soviet. The Bolsheviks speak loudly, but the votes do not go their way. (In history the Soviet passed a Bolshevik resolution for the first time on 31 August (13 September).)
    journal
      hi: सोवियत में नरम समाजवादियों का बहुमत बना रहा।
      en: The moderate socialists kept their majority in the Soviet.

event republic
  on 1 Sep, noon
  if dynasty-ended
  assumes dynasty-ended
  hi: 1 सितंबर (14 सितंबर): केरेन्स्की के आदेश से रूस गणराज्य घोषित होता है — संविधान सभा के फ़ैसले की राह देखे बिना। राजतंत्र का सवाल, जो मार्च से खुला था, अब काग़ज़ पर भी बंद है।
  en: 1 September (14 September): by Kerensky's decree Russia is proclaimed a republic — without waiting for the Constituent Assembly to decide. The question of the monarchy, open since March, is now closed on paper too.
  set republic
  journal
    hi: रूस गणराज्य घोषित हुआ।
    en: Russia was proclaimed a republic.
  otherwise
    assumes not dynasty-ended
    hi: यहाँ इतिहास दूसरी राह लेता है — यह वह है जो हो सकता था: इस शहर में मार्च में मिख़ाइल ने ताज ले लिया था, और आज भी सरकार के फ़रमान "सम्राट" के नाम से निकलते हैं। केरेन्स्की गणराज्य घोषित नहीं कर सकते; सड़कों पर लोग पूछते हैं कि फ़रवरी आख़िर किसलिए था। (असल में मिख़ाइल ने 3 मार्च को ताज अस्वीकार किया, और 1 सितंबर (14 सितंबर) को रूस गणराज्य घोषित हुआ।)
    en: Here history takes another road — this is what might have happened: in this city Michael took the crown in March, and the government's decrees still go out in an "Emperor's" name. Kerensky cannot proclaim a republic; in the streets people ask what February was for. (In history Michael declined the crown on 3 March, and Russia was proclaimed a republic on 1 September (14 September).)
    subtract 10 from support
    journal
      hi: कोई गणराज्य नहीं: सरकार अब भी एक सम्राट के नाम से चलती है।
      en: No republic: the government still rules in an emperor's name.

# ---------------------------------------------------------------- October

event preparliament
  on 7 Oct, afternoon
  if support >= 5
  hi: 7 अक्टूबर (20 अक्टूबर): मारिइन्स्की महल में पूर्व-संसद — रूसी गणराज्य की अस्थायी परिषद — बैठती है, ताकि संविधान सभा तक सरकार को सलाह दे सके। {if bolshevik-majority}पहले ही दिन त्रोत्स्की एक घोषणा पढ़ते हैं — "यह सरकार जनता से ग़द्दारी कर रही है" — और बोल्शेविक सभागार से बाहर निकल जाते हैं। पीछे से कोई चिल्लाता है: "जर्मन गाड़ी में बैठो!"{else}बोल्शेविक अल्पमत में बैठे रहते हैं और हर प्रस्ताव पर लंबी बहस करते हैं।{end} राज्य ड्यूमा अब नहीं रही: कुछ दिन पहले उसे औपचारिक रूप से भंग कर दिया गया।
  en: 7 October (20 October): in the Mariinsky Palace the Pre-Parliament — the Provisional Council of the Russian Republic — sits for the first time, to advise the government until the Constituent Assembly. {if bolshevik-majority}On the first day Trotsky reads a declaration — "this government is betraying the people" — and the Bolsheviks walk out of the hall. Someone shouts after them: "Get in your German train!"{else}The Bolsheviks sit on in the minority and argue every motion at length.{end} The State Duma is no more: it was formally dissolved a few days ago.
  set preparliament
  journal
    hi: मारिइन्स्की महल में पूर्व-संसद बैठी{if bolshevik-majority}; बोल्शेविक बाहर निकल गए{end}।
    en: The Pre-Parliament sat in the Mariinsky Palace{if bolshevik-majority}; the Bolsheviks walked out{end}.
  otherwise
    hi: यहाँ इतिहास दूसरी राह लेता है: सरकार पर भरोसा इतना कम है कि लोकतांत्रिक सम्मेलन किसी परिषद पर सहमत ही नहीं हो पाता। मारिइन्स्की महल के सभागार ख़ाली हैं, और सरकार अब किसी के सामने जवाबदेह नहीं दिखती। (असल में 7 अक्टूबर (20 अक्टूबर) को पूर्व-संसद बैठी।)
    en: Here history takes another road: trust in the government is so low that the Democratic Conference cannot agree on any council at all. The halls of the Mariinsky Palace stand empty, and the government seems answerable to no one. (In history the Pre-Parliament sat on 7 October (20 October).)

event rising-voted
  on 10 Oct, night
  if bolshevik-majority and bolsheviks >= 50
  assumes bolshevik-majority
  hi: 10 अक्टूबर (23 अक्टूबर) की रात, एक मेन्शेविक के फ़्लैट में, बोल्शेविक केंद्रीय समिति के 21 में से 12 सदस्य मिलते हैं। लेनिन दाढ़ी मुँड़ाए, विग लगाए, फ़िनलैंड से छिपकर आए हैं। वे कहते हैं कि सत्ता लेने का समय आ गया है। बहस रात भर चलती है। वोट: 10 विद्रोह के पक्ष में, 2 विरोध में — कामेनेव और ज़िनोवियेव। कब और कैसे, यह तय नहीं होता। 16 अक्टूबर को फ़ैसला दोहराया जाता है, और कुछ दिन बाद कामेनेव और ज़िनोवियेव अख़बार में खुलकर इसका विरोध करते हैं — यानी पूरा शहर जान जाता है।
  en: On the night of 10 October (23 October), in a Menshevik's flat, 12 of the Bolshevik Central Committee's 21 members meet. Lenin has come secretly from Finland, clean-shaven, in a wig. He says the time to take power has come. The argument goes on all night. The vote: 10 for a rising, 2 against — Kamenev and Zinoviev. When and how is not decided. On 16 October the decision is repeated, and a few days later Kamenev and Zinoviev oppose it openly in a newspaper — so the whole city knows.
  set rising-voted
  journal
    hi: बोल्शेविक केंद्रीय समिति ने 10–2 से विद्रोह का फ़ैसला किया।
    en: The Bolshevik Central Committee voted 10–2 for a rising.
  otherwise
    hi: यहाँ इतिहास दूसरी राह लेता है: {if bolshevik-majority}केंद्रीय समिति में कामेनेव और ज़िनोवियेव की बात चलती है: सोवियतों की कांग्रेस और संविधान सभा का इंतज़ार करो, जहाँ हमारी ताक़त अपने आप बढ़ेगी। लेनिन की चिट्ठियाँ मेज़ पर पड़ी रहती हैं।{else}सोवियत में बहुमत के बिना बोल्शेविक विद्रोह की बात तक नहीं छेड़ते।{end} (असल में 10 अक्टूबर (23 अक्टूबर) को केंद्रीय समिति ने 10–2 से विद्रोह का फ़ैसला किया।)
    en: Here history takes another road: {if bolshevik-majority}in the Central Committee Kamenev and Zinoviev's view carries: wait for the Congress of Soviets and the Constituent Assembly, where our strength will grow of itself. Lenin's letters lie on the table.{else}Without a majority in the Soviet the Bolsheviks do not even raise the question of a rising.{end} (In history the Central Committee voted 10–2 for a rising on 10 October (23 October).)

event mrc
  between 12 Oct, morning and 16 Oct, evening
  if bolshevik-majority
  assumes bolshevik-majority
  hi: सरकार ने छावनी की रेजिमेंटों को मोर्चे पर भेजने का आदेश दिया है — रीगा के बाद, कहती है सरकार; राजधानी को क्रांतिकारी सैनिकों से ख़ाली करने के लिए, कहते हैं सैनिक। जवाब में पेत्रोग्राद सोवियत राजधानी की "क्रांतिकारी रक्षा" के लिए सैन्य क्रांतिकारी समिति बनाती है: अध्यक्ष वामपंथी समाजवादी क्रांतिकारी लाज़िमिर, साथ में पोद्वोइस्की और अंतोनोव-ओव्सेयेन्को, और पीछे की असली ताक़त त्रोत्स्की।
  en: The government has ordered the garrison's regiments to the front — because of Riga, says the government; to empty the capital of revolutionary soldiers, say the soldiers. In reply the Petrograd Soviet forms a Military Revolutionary Committee for the "revolutionary defence" of the capital: its chairman the Left SR Lazimir, with Podvoisky and Antonov-Ovseenko, and Trotsky its real driving force.
  subtract 5 from garrison
  set mrc
  journal
    hi: पेत्रोग्राद सोवियत ने सैन्य क्रांतिकारी समिति बनाई।
    en: The Petrograd Soviet formed the Military Revolutionary Committee.
  otherwise
    assumes not bolshevik-majority
    hi: यहाँ इतिहास दूसरी राह लेता है: सोवियत के नरम नेता "क्रांतिकारी रक्षा" की समिति को ज़रूरी नहीं मानते। छावनी को मोर्चे पर भेजने का आदेश बहस में उलझा रहता है, और कोई ऐसी समिति नहीं जो रेजिमेंटों से कहे कि किसका हुक्म मानें। (असल में 12–16 अक्टूबर (25–29 अक्टूबर) को सैन्य क्रांतिकारी समिति बनी।)
    en: Here history takes another road: the Soviet's moderate leaders see no need for a committee of "revolutionary defence". The order to send the garrison to the front stays tangled in argument, and there is no committee to tell the regiments whose orders to obey. (In history the Military Revolutionary Committee was formed on 12–16 October (25–29 October).)

event garrison-conference
  on 21 Oct, afternoon
  if mrc and garrison <= 40
  assumes mrc
  hi: 21 अक्टूबर (3 नवंबर): छावनी की रेजिमेंटों के प्रतिनिधियों का सम्मेलन सैन्य क्रांतिकारी समिति के पीछे खड़ा होता है। समिति मुख्यालय को बताती है कि अब छावनी के लिए कोई भी आदेश तभी माना जाएगा जब उस पर समिति के दस्तख़त हों। हर रेजिमेंट में समिति का एक कमिसार आ बैठता है।
  en: 21 October (3 November): a conference of the garrison's regimental delegates stands behind the Military Revolutionary Committee. The committee tells the staff that from now on no order to the garrison will be obeyed unless it bears the committee's countersignature. A commissar of the committee sits down in every regiment.
  subtract 10 from garrison
  set garrison-with-mrc
  journal
    hi: छावनी सम्मेलन सैन्य क्रांतिकारी समिति के साथ: "बिना समिति के दस्तख़त कोई आदेश नहीं।"
    en: The garrison conference backed the Military Revolutionary Committee: "no order without the committee's countersignature".
  otherwise
    hi: यहाँ इतिहास दूसरी राह लेता है: {if mrc}रेजिमेंटों के प्रतिनिधि बँट जाते हैं। ज़्यादातर "तटस्थ" रहने का एलान करते हैं, कुछ कहते हैं कि वे मुख्यालय की सुनेंगे। समिति के कमिसार कई बैरकों में बाहर ही रोक दिए जाते हैं।{else}समिति ही नहीं बनी, तो छावनी से उसके पीछे खड़े होने को कहने वाला भी कोई नहीं।{end} (असल में 21 अक्टूबर (3 नवंबर) को छावनी सम्मेलन ने सैन्य क्रांतिकारी समिति का साथ दिया।)
    en: Here history takes another road: {if mrc}the regimental delegates are divided. Most declare themselves "neutral"; some say they will listen to the staff. The committee's commissars are stopped at the gate of many barracks.{else}No committee was formed, so no one asks the garrison to stand behind it.{end} (In history the garrison conference backed the Military Revolutionary Committee on 21 October (3 November).)

event papers-closed
  on 24 Oct, dawn
  if bolshevik-majority
  hi: 24 अक्टूबर (6 नवंबर) की भोर: केरेन्स्की के युंकर और मिलिशिया छापाख़ाने पर छापा मारकर बोल्शेविक अख़बार "राबोची पुत" (नाम बदला हुआ प्राव्दा) और "सोल्दात" को सील कर देते हैं। {if mrc}सैन्य क्रांतिकारी समिति लितोव्स्की रेजिमेंट के सैनिक भेजती है, और देर सुबह तक अख़बार फिर छपने लगता है। सरकार ने पहला वार किया है — और इसी से दूसरी ओर को "रक्षा" का बहाना मिल गया है।{else}कोई उन्हें खुलवाने वाला नहीं; अख़बार बंद रहते हैं।{end}
  en: Dawn, 24 October (6 November): Kerensky's junkers and militia raid the printing works and seal the Bolshevik papers Rabochii put' (Pravda under a new name) and Soldat. {if mrc}The Military Revolutionary Committee sends soldiers of the Litovsky regiment, and by late morning the paper is printing again. The government has struck first — and so given the other side its reason to "defend" itself.{else}No one comes to open them again; the papers stay shut.{end}
  set papers-closed
  journal
    hi: सरकार ने बोल्शेविक अख़बार बंद किए{if mrc}; समिति के सैनिकों ने खुलवा दिए{end}।
    en: The government shut the Bolshevik papers{if mrc}; the committee's soldiers opened them again{end}.
  otherwise
    assumes not bolshevik-majority
    hi: यहाँ इतिहास दूसरी राह लेता है: सोवियत नरम हाथों में है, तो केरेन्स्की को पहले वार करने की कोई ज़रूरत नहीं दिखती। अख़बार रोज़ की तरह छपते हैं। (असल में 24 अक्टूबर (6 नवंबर) की भोर सरकार ने बोल्शेविक अख़बार बंद किए।)
    en: Here history takes another road: with the Soviet in moderate hands, Kerensky sees no need to strike first. The papers come out as usual. (In history the government shut the Bolshevik papers at dawn on 24 October (6 November).)

event bridges
  on 24 Oct, afternoon
  if mrc and (garrison-with-mrc or red-guard >= 40)
  assumes mrc
  hi: मुख्यालय नेवा के पुल उठाने का आदेश देता है, ताकि कारख़ानों वाले इलाक़े शहर के बीच से कट जाएँ। लितेयनी पुल पर भारी भीड़ युंकरों को घेर लेती है, और वे पीछे हट जाते हैं। शाम और रात में सैन्य क्रांतिकारी समिति की टुकड़ियाँ — सैनिक, नाविक और रेड गार्ड — एक-एक करके पुल, तार-घर और समाचार एजेंसी ले लेती हैं; लगभग कहीं गोली नहीं चलती। सिर्फ़ महल के पास वाला पुल सरकार के हाथ में रहता है।
  en: The staff orders the Neva bridges raised, to cut the factory districts off from the centre. At the Liteiny bridge a great crowd surrounds the junkers, and they fall back. Through the evening and the night the Military Revolutionary Committee's detachments — soldiers, sailors and Red Guards — take the bridges, the telegraph office and the news agency one by one; hardly a shot is fired anywhere. Only the bridge by the palace stays in the government's hands.
  set bridges-held
  journal
    hi: पुल, तार-घर और समाचार एजेंसी सैन्य क्रांतिकारी समिति के हाथ में।
    en: The bridges, the telegraph office and the news agency in the Military Revolutionary Committee's hands.
  otherwise
    hi: यहाँ इतिहास दूसरी राह लेता है: {if mrc}समिति के पास पुल लेने लायक़ लोग नहीं हैं: छावनी तटस्थ है और रेड गार्ड कम। युंकर पुल उठा देते हैं और रात भर उन पर पहरा देते हैं।{else}कोई समिति नहीं, तो पुलों के लिए लड़ने वाला भी कोई नहीं: मुख्यालय के आदेश पर पुल उठ जाते हैं।{end} वीबोर्ग क्षेत्र रात भर शहर के बीच से कटा रहता है। (असल में 24–25 अक्टूबर की रात समिति की टुकड़ियों ने पुल ले लिए।)
    en: Here history takes another road: {if mrc}the committee has too few people to take the bridges: the garrison is neutral and the Red Guards are few. The junkers raise the bridges and guard them all night.{else}There is no committee, so no one contests the bridges: they rise at the staff's order.{end} The Vyborg side is cut off from the centre all night. (In history the committee's detachments took the bridges on the night of 24–25 October.)
    journal
      hi: पुल उठा दिए गए; सरकार ने उन्हें थामे रखा।
      en: The bridges were raised; the government held them.

event government-deposed
  on 25 Oct, 10:00
  if mrc and bridges-held and rising-voted
  assumes mrc and bridges-held and rising-voted
  hi: 25 अक्टूबर (7 नवंबर), सुबह 10 बजे: सैन्य क्रांतिकारी समिति की घोषणा "रूस के नागरिकों के नाम" — लेनिन की लिखी हुई — शहर की दीवारों पर चिपकाई जा रही है: अस्थायी सरकार अपदस्थ कर दी गई है; सत्ता पेत्रोग्राद सोवियत की सैन्य क्रांतिकारी समिति के हाथ में है। उस समय भी मंत्री शीत महल में बैठे हैं।
  en: 25 October (7 November), 10 a.m.: the Military Revolutionary Committee's proclamation "To the Citizens of Russia!" — written by Lenin — is being pasted on the city's walls: the Provisional Government has been deposed; power is in the hands of the Petrograd Soviet's Military Revolutionary Committee. At that hour the ministers are still sitting in the Winter Palace.
  set government-deposed
  journal
    hi: समिति ने एलान किया: अस्थायी सरकार अपदस्थ।
    en: The committee proclaimed the Provisional Government deposed.
  otherwise
    hi: यहाँ इतिहास दूसरी राह लेता है: {if bridges-held}समिति पुल थामे बैठी है, पर बोल्शेविक केंद्रीय समिति ने विद्रोह का फ़ैसला नहीं किया है: कोई घोषणा नहीं छपती, और सब सोवियतों की कांग्रेस का इंतज़ार करते हैं कि वही तय करे।{else}पुल सरकार के हाथ में हैं; कोई यह एलान करने की हालत में नहीं कि सरकार गिर गई।{end} (असल में 25 अक्टूबर (7 नवंबर) को सुबह 10 बजे समिति ने सरकार को अपदस्थ घोषित किया।)
    en: Here history takes another road: {if bridges-held}the committee holds the bridges, but the Bolshevik Central Committee never voted for a rising: no proclamation is printed, and everyone waits for the Congress of Soviets to decide.{else}The bridges are in the government's hands; no one is in a position to proclaim that it has fallen.{end} (In history the committee declared the government deposed at 10 a.m. on 25 October (7 November).)

event kerensky-gone
  on 25 Oct, 11:00
  if bridges-held
  assumes bridges-held
  hi: लगभग 11 बजे केरेन्स्की एक कार में राजधानी से निकल जाते हैं — कहते हैं, अमरीकी दूतावास की झंडे वाली कार उनके पीछे चलती है — ताकि मोर्चे से वफ़ादार फ़ौज ला सकें। (बाद में यह कहानी चली कि वे औरतों के कपड़े पहनकर भागे थे; यह एक गढ़ा हुआ क़िस्सा है।) शीत महल में मंत्री कोनोवालोव के साथ बैठे हैं, और किश्किन को शहर का विशेष आयुक्त बनाया गया है।
  en: At about 11 o'clock Kerensky leaves the capital by car — a car flying the American embassy's flag follows him, it is said — to bring loyal troops from the front. (Later a story spread that he fled dressed as a woman; it is an invention.) In the Winter Palace the ministers sit with Konovalov, and Kishkin has been made special commissioner for the city.
  set kerensky-gone
  journal
    hi: केरेन्स्की फ़ौज लाने मोर्चे की ओर निकल गए।
    en: Kerensky left for the front to bring troops.
  otherwise
    assumes not bridges-held
    hi: यहाँ इतिहास दूसरी राह लेता है: पुल सरकार के हाथ में हैं, और केरेन्स्की शीत महल में ही रहते हैं, फ़ोन पर रेजिमेंटों और मोर्चे से मदद माँगते हुए। (असल में 25 अक्टूबर को लगभग 11 बजे वे कार से राजधानी छोड़ गए।)
    en: Here history takes another road: the bridges are in the government's hands, and Kerensky stays in the Winter Palace, telephoning the regiments and the front for help. (In history he left the capital by car at about 11 a.m. on 25 October.)

event congress
  on 25 Oct, 22:40
  if soviet
  assumes soviet
  hi: रात 10:40 बजे स्मोल्नी के सभागार में सोवियतों की दूसरी अखिल रूसी कांग्रेस खुलती है; अध्यक्षता मेन्शेविक दान करते हैं। {if bolshevik-majority}649 प्रतिनिधियों में 390 बोल्शेविक हैं। दूर से तोपों की आवाज़ आती है। मेन्शेविक और दक्षिणपंथी समाजवादी क्रांतिकारी इसे "सैनिक षड्यंत्र" कहकर सभागार छोड़ देते हैं; मार्तोव सभी समाजवादी दलों की मिली-जुली सरकार की माँग करते हैं, और त्रोत्स्की जाने वालों से कहते हैं कि वे "इतिहास के कूड़ेदान" में जा रहे हैं।{else}इस शहर में बोल्शेविकों के पास बहुमत नहीं है; मेन्शेविक और समाजवादी क्रांतिकारी सभी समाजवादी दलों की मिली-जुली सरकार की बात कर रहे हैं, और बहस सुबह तक चलती है।{end}
  en: At 10:40 p.m., in the assembly hall of Smolny, the Second All-Russian Congress of Soviets opens, with the Menshevik Dan in the chair. {if bolshevik-majority}Of 649 delegates, 390 are Bolsheviks. Guns can be heard in the distance. The Mensheviks and the Right SRs call it a "military plot" and walk out; Martov asks for a coalition of all the socialist parties, and Trotsky tells those leaving that they are going to "the dustbin of history".{else}In this city the Bolsheviks have no majority; the Mensheviks and SRs talk of a coalition of all the socialist parties, and the argument goes on until morning.{end}
  set congress
  journal
    hi: स्मोल्नी में सोवियतों की दूसरी कांग्रेस खुली{if bolshevik-majority}; मेन्शेविक और दक्षिणपंथी समाजवादी क्रांतिकारी बाहर निकल गए{end}।
    en: The Second Congress of Soviets opened in Smolny{if bolshevik-majority}; the Mensheviks and Right SRs walked out{end}.
  otherwise
    assumes not soviet
    hi: यहाँ इतिहास दूसरी राह लेता है: सोवियत बिखर चुकी है, और कांग्रेस बुलाने वाला कोई नहीं बचा।
    en: Here history takes another road: the Soviet has fallen apart, and no one is left to call a Congress.

event salvation-committee
  on 26 Oct, 01:00
  if government-deposed and congress and bolshevik-majority
  assumes government-deposed and congress and bolshevik-majority
  hi: आधी रात के बाद नेव्स्की पर नगर ड्यूमा के भवन में, नगर ड्यूमा के पार्षद, पूर्व-संसद के सदस्य और कांग्रेस छोड़कर आए मेन्शेविक और समाजवादी क्रांतिकारी "मातृभूमि और क्रांति की रक्षा समिति" बनाते हैं। वे अपील करते हैं कि कोई नई सत्ता को न माने। उनके पास भाषण हैं, प्रस्ताव हैं — और बहुत कम राइफ़लें।
  en: After midnight, in the City Duma building on Nevsky, City Duma councillors, members of the Pre-Parliament, and the Mensheviks and SRs who walked out of the Congress form a "Committee for the Salvation of the Homeland and Revolution". They call on everyone not to recognise the new power. They have speeches, resolutions — and very few rifles.
  set salvation-committee
  journal
    hi: नगर ड्यूमा में "मातृभूमि और क्रांति की रक्षा समिति" बनी।
    en: The Committee for the Salvation of the Homeland and Revolution was formed in the City Duma.
  otherwise
    hi: यहाँ इतिहास दूसरी राह लेता है: नगर ड्यूमा में बचाव की कोई समिति नहीं बनती; पार्षद रात भर बहस करते हैं और सुबह घर चले जाते हैं। (असल में 25–26 अक्टूबर की रात नगर ड्यूमा में यह समिति बनी।)
    en: Here history takes another road: no salvation committee is formed in the City Duma; the councillors argue all night and go home in the morning. (In history the committee was formed in the City Duma on the night of 25–26 October.)

event palace-taken
  on 26 Oct, 02:10
  if mrc and bridges-held and garrison <= 30
  assumes mrc and bridges-held
  hi: शाम 6:30 बजे समिति ने मंत्रियों को हथियार डालने का अल्टीमेटम भेजा था; उन्होंने मना कर दिया। रात लगभग पौने दस बजे क्रूज़र "अव्रोरा" ने एक ख़ाली धमाका किया — संकेत के लिए; फिर पीटर-पॉल क़िले से असली गोले चले, जिनमें से दो ही महल को लगे। शाम होते-होते कोसैक और महिला बटालियन का एक हिस्सा महल छोड़ चुके थे; युंकर भी एक-एक करके खिसक रहे थे। 26 अक्टूबर (8 नवंबर) को रात लगभग 2:10 बजे हमलावर गलियारों से होकर अंदर पहुँचते हैं, और अंतोनोव-ओव्सेयेन्को मंत्रियों को गिरफ़्तार करते हैं। उन्हें पीटर-पॉल क़िले ले जाया जाता है। उस रात दोनों ओर बहुत कम लोग मरे — NCERT लिखता है कि रात होते-होते शहर समिति के नियंत्रण में था।
  en: At 6:30 p.m. the committee had sent the ministers an ultimatum to surrender; they refused. At about a quarter to ten at night the cruiser Aurora fired a blank — a signal; then live shells came from the Peter and Paul Fortress, only two of which hit the palace. By evening the Cossacks and part of the women's battalion had left the palace; the junkers too were slipping away one by one. At about 2:10 a.m. on 26 October (8 November) the attackers make their way in along the corridors, and Antonov-Ovseenko arrests the ministers. They are taken to the Peter and Paul Fortress. Very few died on either side that night — NCERT writes that by nightfall the city was under the committee's control.
  set palace-taken
  journal
    hi: शीत महल पर क़ब्ज़ा; मंत्री गिरफ़्तार होकर पीटर-पॉल क़िले भेजे गए।
    en: The Winter Palace was taken; the ministers were arrested and sent to the Peter and Paul Fortress.
  otherwise
    hi: यहाँ इतिहास दूसरी राह लेता है: {if bridges-held}छावनी की रेजिमेंटें पुलों पर तो खड़ी हैं, पर महल पर धावा बोलने को तैयार नहीं। युंकर और कोसैक रात भर महल थामे रहते हैं, और सुबह मंत्री अब भी वहीं हैं, मोर्चे से आने वाली फ़ौज की राह देखते हुए। शहर दो हिस्सों में बँटा है, और यह रात किसी के हाथ कुछ तय किए बिना बीत गई।{else}पुल सरकार के हाथ में हैं, तो महल तक कोई पहुँचा ही नहीं: शीत महल में मंत्री रात भर बैठकें करते रहते हैं।{end} (असल में 26 अक्टूबर (8 नवंबर) को रात लगभग 2 बजे शीत महल पर क़ब्ज़ा हुआ और मंत्री गिरफ़्तार हुए।)
    en: Here history takes another road: {if bridges-held}the garrison's regiments stand on the bridges, but they will not storm the palace. The junkers and Cossacks hold it all night, and in the morning the ministers are still there, waiting for troops from the front. The city is split in two, and the night has passed with nothing settled.{else}The bridges are in the government's hands, so no one reached the palace at all: the ministers sit in meeting all night in the Winter Palace.{end} (In history the Winter Palace was taken and the ministers arrested at about 2 a.m. on 26 October (8 November).)
    journal
      hi: शीत महल पर क़ब्ज़ा नहीं हुआ; मंत्री वहीं रहे।
      en: The Winter Palace was not taken; the ministers stayed.

event decrees
  on 26 Oct, night
  if congress and palace-taken
  assumes congress and palace-taken
  hi: 26 अक्टूबर (8 नवंबर) की रात कांग्रेस लेनिन के दो आदेश पारित करती है। शांति का आदेश: सभी युद्धरत देशों से बिना क़ब्ज़े और बिना हर्जाने के तुरंत न्यायपूर्ण शांति का प्रस्ताव। भूमि का आदेश: ज़मींदारों की ज़मीन बिना मुआवज़े ज़ब्त, किसान समितियों के हाथ में। फिर लेनिन की अध्यक्षता में जन-कमिसारों की परिषद — सोवनार्कोम — बनती है; त्रोत्स्की विदेश मामलों के कमिसार हैं। कांग्रेस 27 अक्टूबर की सुबह लगभग 5 बजे उठती है।
  en: On the night of 26 October (8 November) the Congress adopts two of Lenin's decrees. The Decree on Peace: an offer to all the warring countries of an immediate just peace, without annexations or indemnities. The Decree on Land: the landlords' land confiscated without compensation, in the hands of peasant committees. Then a Council of People's Commissars — Sovnarkom — is formed under Lenin; Trotsky is commissar for foreign affairs. The Congress rises at about 5 a.m. on 27 October.
  add 10 to bolsheviks
  set decrees
  journal
    hi: कांग्रेस ने शांति और भूमि के आदेश पारित किए; लेनिन की अध्यक्षता में सोवनार्कोम बना।
    en: The Congress adopted the decrees on peace and land; Sovnarkom was formed under Lenin.
  otherwise
    hi: यहाँ इतिहास दूसरी राह लेता है: {if congress}शीत महल अब भी मंत्रियों के हाथ में है, और कांग्रेस किसी नई सरकार के आदेश पारित नहीं करती। मार्तोव की बात ज़ोर पकड़ती है: सभी समाजवादी दलों की मिली-जुली सरकार, और संविधान सभा का इंतज़ार। शांति और ज़मीन के सवाल खुले रहते हैं।{else}कोई कांग्रेस नहीं बैठी, तो कोई आदेश भी नहीं निकला।{end} (असल में 26 अक्टूबर (8 नवंबर) की रात कांग्रेस ने शांति और भूमि के आदेश पारित किए।)
    en: Here history takes another road: {if congress}the Winter Palace is still in the ministers' hands, and the Congress passes no decrees of a new government. Martov's call gains ground: a coalition of all the socialist parties, and a wait for the Constituent Assembly. The questions of peace and land stay open.{else}No Congress sat, so no decree was issued.{end} (In history the Congress adopted the decrees on peace and land on the night of 26 October (8 November).)
    journal
      hi: कोई आदेश पारित नहीं हुआ; समाजवादी मिली-जुली सरकार की बातचीत।
      en: No decrees were adopted; talk of an all-socialist coalition.
