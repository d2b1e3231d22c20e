format 2
# Petrograd, April – October 1917 (Old Style): the October act's scenario, roles, places, variables and
# glossary. The same three people as the March act, months later: a bridge through the April crisis, the
# June offensive and the July Days, then the autumn in full, from the Kornilov affair (27 Aug) to the Second
# Congress of Soviets and its decrees (26 Oct). The epilogue, to the Constituent Assembly (5–6 Jan 1918),
# is told in the endings' debriefs. Dates are written Old Style; the game shows New Style beside them.
# A finished March game goes on here: petrograd play october-1917 --from SAVE (see the `carried from`
# lines); a player who starts fresh starts in history's world.

scenario october-1917
  hi: पेत्रोग्राद, अप्रैल–अक्टूबर 1917: दोहरी सत्ता से अक्टूबर क्रांति तक
  en: Petrograd, April–October 1917: From Dual Power to the October Revolution
  languages hi en
  calendar old
  year 1917
  dates 3 Apr to 27 Oct
  follows march-1917

# ---------------------------------------------------------------- roles

role worker
  hi: मज़दूर
  en: Worker
  about
    hi: वही बुनकर औरत, वीबोर्ग क्षेत्र की कपड़ा मिल से — अब कारख़ाना समिति के दिनों में, जब रोटी फिर कम पड़ रही है और मज़दूरों के हाथ में राइफ़लें आ रही हैं।
    en: The same woman weaver from the Vyborg-side mill — now in the days of the factory committees, when bread is short again and rifles are coming into workers' hands.
  goal
    hi: रोटी, शांति, और मार्च में जीता गया आठ घंटे का कार्यदिवस — जिसे हमारी कारख़ाना समिति सँभाले, और कोई छीनने आए तो हम उसकी रक्षा करें।
    en: Bread, peace and the eight-hour day we won in March — kept by our factory committee, and defended if anyone tries to take them back.
  worry
    hi: कि मालिक मिल बंद कर देंगे और भूख से हमें झुका देंगे; कि अगर मैंने राइफ़ल उठाई और विद्रोह नाकाम रहा, तो जुलाई के प्रदर्शनकारियों की तरह पकड़ी जाऊँगी — और बच्चे अकेले रह जाएँगे।
    en: That the owners will close the mill and starve us back to work; that if I take up a rifle and the rising fails, I will be arrested like the marchers of July — and the children left alone.
  start ow-start

role soldier
  hi: सैनिक
  en: Soldier
  about
    hi: वही वोलिन्स्की रिज़र्व सैनिक — अब रेजिमेंट की समिति के ज़माने में, और मोर्चे पर भेजे जाने का डर पहले से भी बड़ा।
    en: The same Volynsky reservist — now in the days of the regimental committees, and more afraid than ever of being sent to the front.
  goal
    hi: शांति, गाँव के लिए ज़मीन, और सिर्फ़ वही हुक्म जिन्हें हमारी रेजिमेंट की समिति ने माना हो — फिर कभी किसी अफ़सर की मनमर्ज़ी नहीं।
    en: Peace, land for the village, and only the orders our regimental committee has agreed to — never again an officer's whim.
  worry
    hi: कि जुलाई के दिनों के बाद की तरह छावनी को आख़िरकार मोर्चे पर भेज दिया जाएगा; कि मेरे पीछे गाँव में ज़मीन बँट जाएगी; या कि जो भी जीते, वह दूसरे पक्ष के सैनिकों को फाँसी देगा।
    en: That the garrison will be sent to the front after all, as the regiments were after the July Days; that the land will be shared out at home while I am away; or that whoever wins will hang the soldiers who chose the other side.
  start os-start

role duma
  hi: ड्यूमा सदस्य
  en: Duma member
  about
    hi: वही प्रांतीय वकील, प्रगतिशील गुट का पूर्व ड्यूमा सदस्य — अब पेत्रोग्राद नगर ड्यूमा का पार्षद और पूर्व-संसद का सदस्य, "व्यवस्था" और "क्रांति" के बीच फँसा हुआ।
    en: The same provincial lawyer, once a Progressive Bloc deputy — now a Petrograd City Duma councillor and a member of the Pre-Parliament, caught between "order" and "the revolution".
  goal
    hi: संविधान सभा बैठने तक व्यवस्था और क़ानून: कोई भी दल ज़बरदस्ती सत्ता न छीने, और चुनाव वादे के मुताबिक़ हों।
    en: Order and law until the Constituent Assembly meets: no party seizes power by force, and the elections are held as promised.
  worry
    hi: कि अस्थायी सरकार शहर खो चुकी है और उसकी रक्षा के लिए सैनिक नहीं बचे; कि कोर्निलोव का दोष मुझ जैसे उदारवादियों पर मढ़ा जाएगा; और कि "व्यवस्था" संविधान सभा से नहीं, किसी जनरल या किसी दल से आएगी।
    en: That the Provisional Government has already lost the city and has no soldiers left to defend it; that liberals like me will be blamed for Kornilov; and that "order" will come not from the Assembly but from a general or a party.
  start od-start

# ---------------------------------------------------------------- places
# Hindi spellings as in the March act and the dossier's gazetteer.

place vyborg
  hi: वीबोर्ग क्षेत्र
  en: the Vyborg side
place factory
  hi: वीबोर्ग क्षेत्र का कारख़ाना
  en: the works, Vyborg side
place liteiny-bridge
  hi: लितेयनी पुल
  en: the Liteiny bridge
place nevsky
  hi: नेव्स्की प्रॉस्पेक्ट
  en: Nevsky Prospekt
place barracks
  hi: वोलिन्स्की रेजिमेंट की बैरक
  en: the Volynsky barracks
place tauride
  hi: टॉराइड महल
  en: the Tauride Palace
place mariinsky
  hi: मारिइन्स्की महल
  en: the Mariinsky Palace
place smolny
  hi: स्मोल्नी संस्थान
  en: the Smolny Institute
place winter-palace
  hi: शीत महल (विंटर पैलेस)
  en: the Winter Palace
place palace-square
  hi: महल चौक
  en: Palace Square
place city-duma
  hi: नेव्स्की पर नगर ड्यूमा का भवन
  en: the City Duma building on Nevsky
place finland-station
  hi: फ़िनलैंड स्टेशन
  en: the Finland Station
place front
  hi: मोर्चा (गैलिशिया)
  en: the front (Galicia)
place peter-paul
  hi: पीटर-पॉल क़िला
  en: the Peter and Paul Fortress

# ---------------------------------------------------------------- variables
# The world: one city, shared by every player. History's course, with no player's help, is in
# events.story's header: support falls, the Bolsheviks rise, the garrison stops obeying the staff.

world number support 0 to 100 = 45
  hi: अस्थायी सरकार पर भरोसा
  en: Trust in the Provisional Government
world number bolsheviks 0 to 100 = 15
  hi: सोवियत में बोल्शेविकों का समर्थन
  en: Bolshevik support in the Soviet
world number garrison 0 to 100 = 30
  hi: फ़ौज की वफ़ादारी (सरकार के प्रति)
  en: Garrison loyalty (to the government)
  carried from garrison
world number hunger 0 to 100 = 70
  hi: भूख (रोटी की कमी)
  en: Hunger (bread shortage)
  carried from hunger
world number red-guard 0 to 100 = 10
  hi: हथियारबंद मज़दूर (रेड गार्ड)
  en: Armed workers (the Red Guard)
world number war-weariness 0 to 100 = 50
  hi: युद्ध से थकान (मोर्चे और बैरकों में)
  en: War-weariness (at the front and in the barracks)

# What February left behind, carried from a finished March game; history's values for a fresh start.
world flag government = yes
  hi: अस्थायी सरकार बनी हुई है
  en: The Provisional Government exists
  carried from government
world flag soviet = yes
  hi: पेत्रोग्राद सोवियत बनी हुई है
  en: The Petrograd Soviet exists
  carried from soviet
world flag order-one = yes
  hi: आदेश संख्या 1 जारी हो चुका है
  en: Order No. 1 has been issued
  carried from order-one
world flag dynasty-ended = yes
  hi: रोमानोव शासन समाप्त (मिख़ाइल ने ताज अस्वीकार किया)
  en: Romanov rule has ended (Michael declined the crown)
  carried from dynasty-ended

# World flags set only by events (events.story); the roles read them, never set them.
world flag april-crisis
  hi: अप्रैल संकट: मिल्युकोव और गुचकोव सरकार से बाहर
  en: The April crisis: Milyukov and Guchkov out of the government
world flag coalition
  hi: समाजवादी मंत्री सरकार में (पहली मिली-जुली सरकार)
  en: Socialist ministers in the government (the first coalition)
world flag offensive
  hi: जून का आक्रमण शुरू हो चुका है
  en: The June offensive has begun
world flag july-days
  hi: जुलाई के दिन: हथियारबंद प्रदर्शन और गोलीबारी
  en: The July Days: armed demonstrations and shooting
world flag bolsheviks-hunted
  hi: बोल्शेविकों पर दमन: लेनिन छिपे हुए
  en: The Bolsheviks repressed: Lenin in hiding
world flag kerensky-premier
  hi: केरेन्स्की प्रधानमंत्री
  en: Kerensky is Prime Minister
world flag kornilov-advance
  hi: कोर्निलोव की फ़ौज राजधानी की ओर
  en: Kornilov's troops are moving on the capital
world flag workers-armed
  hi: मज़दूरों को हथियार मिले
  en: The workers have been armed
world flag kornilov-stopped
  hi: कोर्निलोव की चढ़ाई रुक गई
  en: Kornilov's move has been stopped
world flag bolshevik-majority
  hi: पेत्रोग्राद सोवियत में बोल्शेविक बहुमत
  en: A Bolshevik majority in the Petrograd Soviet
world flag republic
  hi: रूस गणराज्य घोषित
  en: Russia proclaimed a republic
world flag preparliament
  hi: पूर्व-संसद (गणराज्य परिषद) बैठ रही है
  en: The Pre-Parliament (Council of the Republic) is sitting
world flag rising-voted
  hi: बोल्शेविक केंद्रीय समिति ने विद्रोह का फ़ैसला किया
  en: The Bolshevik Central Committee has voted for a rising
world flag mrc
  hi: सैन्य क्रांतिकारी समिति बन चुकी है
  en: The Military Revolutionary Committee exists
world flag garrison-with-mrc
  hi: छावनी सैन्य क्रांतिकारी समिति के साथ
  en: The garrison backs the Military Revolutionary Committee
world flag papers-closed
  hi: बोल्शेविक अख़बार बंद किए गए
  en: The Bolshevik papers were shut
world flag bridges-held
  hi: पुल सैन्य क्रांतिकारी समिति के हाथ में
  en: The bridges are in the Military Revolutionary Committee's hands
world flag government-deposed
  hi: सैन्य क्रांतिकारी समिति ने सरकार को अपदस्थ घोषित किया
  en: The Military Revolutionary Committee has declared the government deposed
world flag kerensky-gone
  hi: केरेन्स्की राजधानी छोड़ गए
  en: Kerensky has left the capital
world flag congress
  hi: सोवियतों की दूसरी कांग्रेस बैठ रही है
  en: The Second Congress of Soviets is sitting
world flag salvation-committee
  hi: मातृभूमि और क्रांति की रक्षा समिति बन चुकी है
  en: The Committee for the Salvation of the Homeland and Revolution exists
world flag palace-taken
  hi: शीत महल पर क़ब्ज़ा, मंत्री गिरफ़्तार
  en: The Winter Palace taken, the ministers arrested
world flag decrees
  hi: शांति और भूमि के आदेश पारित
  en: The decrees on peace and land adopted

# ---------------------------------------------------------------- glossary
# Hindi terms as in NCERT Class 9, ch. 2 ("यूरोप में समाजवाद एवं रूसी क्रांति"), and the March act's.

glossary old-and-new-style
  hi: पुरानी शैली और नई शैली (जूलियन और ग्रेगोरियन कैलेंडर)
  en: Old Style and New Style (the Julian and Gregorian calendars)
  explain
    hi: रूस फ़रवरी 1918 तक पुराना जूलियन कैलेंडर (पुरानी शैली) मानता रहा, जो 1917 में ग्रेगोरियन कैलेंडर (नई शैली) से 13 दिन पीछे था। इसलिए 25 अक्टूबर (पुरानी शैली) की क्रांति बाक़ी दुनिया के लिए 7 नवंबर को हुई — NCERT का बॉक्स 2 यही समझाता है। खेल दोनों तारीख़ें दिखाता है।
    en: Russia kept the old Julian calendar (Old Style) until February 1918; in 1917 it ran 13 days behind the Gregorian calendar (New Style). So the revolution of 25 October (Old Style) happened on 7 November for the rest of the world — as NCERT's Box 2 explains. The game shows both dates.

glossary dual-power
  hi: दोहरी सत्ता
  en: Dual power
  explain
    hi: फ़रवरी के बाद रूस में दो सत्ताएँ थीं: अस्थायी सरकार, जिसके पास मंत्रालय थे, और पेत्रोग्राद सोवियत, जिसकी बात मज़दूर और सैनिक मानते थे। सरकार बिना सोवियत के समर्थन के कोई बड़ा फ़ैसला लागू नहीं कर सकती थी।
    en: After February Russia had two powers: the Provisional Government, which had the ministries, and the Petrograd Soviet, which the workers and soldiers obeyed. The government could carry out no big decision without the Soviet's support.

glossary provisional-government
  hi: अस्थायी सरकार
  en: The Provisional Government
  explain
    hi: मार्च 1917 में ड्यूमा के नेताओं की बनाई सरकार, जिसे संविधान सभा के चुनाव तक देश चलाना था। मई से उसमें समाजवादी मंत्री भी थे; जुलाई से केरेन्स्की उसके प्रधानमंत्री थे। उसने युद्ध जारी रखा और ज़मीन का सवाल संविधान सभा पर छोड़ दिया — इसी से उसका समर्थन घटता गया।
    en: The government formed by the Duma's leaders in March 1917 to run the country until a Constituent Assembly was elected. From May it included socialist ministers; from July Kerensky was its head. It kept up the war and left the land question to the Constituent Assembly — and so its support drained away.

glossary soviet
  hi: सोवियत
  en: Soviet
  explain
    hi: मज़दूरों और सैनिकों के चुने हुए प्रतिनिधियों की परिषद। पेत्रोग्राद सोवियत फ़रवरी 1917 में बनी; गर्मियों तक देश भर में सैकड़ों सोवियतें थीं। जून में पहली अखिल रूसी सोवियत कांग्रेस हुई।
    en: A council of elected deputies of workers and soldiers. The Petrograd Soviet was formed in February 1917; by the summer there were hundreds across the country. The first All-Russian Congress of Soviets met in June.

glossary april-theses
  hi: अप्रैल थीसिस
  en: The April Theses
  explain
    hi: अप्रैल 1917 में निर्वासन से लौटकर लेनिन ने तीन माँगें रखीं: युद्ध ख़त्म हो, ज़मीन किसानों को दी जाए, और बैंकों का राष्ट्रीयकरण हो; अस्थायी सरकार को कोई समर्थन नहीं — "सारी सत्ता सोवियतों को"। उन्होंने पार्टी का नाम बदलकर कम्युनिस्ट पार्टी रखने को भी कहा (NCERT)।
    en: Back from exile in April 1917, Lenin put forward three demands: the war should end, land should go to the peasants, and the banks should be nationalised; no support for the Provisional Government — "all power to the soviets". He also asked that the party be renamed the Communist Party (NCERT).

glossary peace-land-bread
  hi: "शांति, ज़मीन, रोटी"
  en: "Peace, land, bread"
  explain
    hi: 1917 का सबसे मशहूर बोल्शेविक नारा: युद्ध से थके सैनिकों, ज़मीन के भूखे किसानों और राशन की कतार में खड़े मज़दूरों — तीनों से एक साथ बात करने वाला।
    en: The best-known Bolshevik slogan of 1917: it spoke at once to soldiers tired of war, peasants hungry for land and workers standing in the bread queue.

glossary coalition
  hi: मिली-जुली सरकार (कोएलिशन)
  en: The coalition government
  explain
    hi: अप्रैल संकट के बाद, 5 मई (18 मई) 1917 से, अस्थायी सरकार में उदारवादियों के साथ मेन्शेविक और समाजवादी क्रांतिकारी मंत्री भी बैठे: केरेन्स्की युद्ध मंत्री, चेर्नोव कृषि मंत्री, त्सेरेतेली डाक-तार मंत्री। इससे सोवियत के नरम नेता भी सरकार की नाकामियों में साझेदार बन गए।
    en: After the April crisis, from 5 May (18 May) 1917, Menshevik and Socialist Revolutionary ministers sat in the Provisional Government beside the liberals: Kerensky at War, Chernov at Agriculture, Tsereteli at Posts and Telegraphs. It made the Soviet's moderate leaders partners in the government's failures too.

glossary june-offensive
  hi: जून का आक्रमण
  en: The June offensive
  explain
    hi: 18 जून (1 जुलाई) 1917 को युद्ध मंत्री केरेन्स्की के कहने पर गैलिशिया में शुरू हुआ रूसी हमला। पहले कुछ जीत मिली, फिर रेजिमेंटों ने आगे बढ़ने से इनकार किया, और 6 जुलाई (19 जुलाई) को जर्मन जवाबी हमले में मोर्चा टूट गया।
    en: The Russian attack in Galicia launched on 18 June (1 July) 1917 at the urging of the War Minister, Kerensky. After early gains, regiments refused to advance, and on 6 July (19 July) a German counter-stroke broke the front.

glossary july-days
  hi: जुलाई के दिन
  en: The July Days
  explain
    hi: 3–5 जुलाई (16–18 जुलाई) 1917: मोर्चे पर भेजे जाने से नाराज़ पहली मशीनगन रेजिमेंट, क्रोनश्टाट के नाविक और पुतिलोव जैसे कारख़ानों के मज़दूर हथियार लेकर टॉराइड महल पहुँचे और माँगा कि सोवियत सत्ता ले। सोवियत के नेताओं ने इनकार किया; गोलीबारी हुई। सरकार ने बोल्शेविकों पर "जर्मन पैसे" का आरोप लगाया, प्राव्दा का दफ़्तर तोड़ा गया, और लेनिन फ़िनलैंड में छिप गए (NCERT: बोल्शेविक नेता छिपने को मजबूर हुए)।
    en: 3–5 July (16–18 July) 1917: the 1st Machine-Gun Regiment, angry at being sent to the front, the Kronstadt sailors and workers from factories such as the Putilov works came armed to the Tauride Palace and demanded that the Soviet take power. The Soviet's leaders refused; there was shooting. The government accused the Bolsheviks of taking "German money", Pravda's offices were wrecked, and Lenin hid in Finland (NCERT: Bolshevik leaders had to flee or hide).

glossary kornilov-affair
  hi: कोर्निलोव प्रकरण
  en: The Kornilov affair
  explain
    hi: 27–31 अगस्त (9–13 सितंबर) 1917: सर्वोच्च सेनापति जनरल कोर्निलोव ने "व्यवस्था बहाल करने" के लिए जनरल क्रिमोव की घुड़सवार फ़ौज राजधानी की ओर भेजी, और केरेन्स्की ने उन्हें बाग़ी घोषित किया। सोवियत ने बचाव संगठित किया: लगभग 40,000 मज़दूरों को हथियार मिले, रेल मज़दूरों ने गाड़ियाँ दूसरी पटरियों पर मोड़ दीं, और आंदोलनकारियों ने सैनिकों को समझाकर रोक लिया। चढ़ाई बिना लड़ाई के बिखर गई — और बोल्शेविकों की ताक़त बढ़ी।
    en: 27–31 August (9–13 September) 1917: the Supreme Commander, General Kornilov, sent General Krymov's cavalry towards the capital "to restore order", and Kerensky declared him a rebel. The Soviet organised the defence: some 40,000 workers were armed, railwaymen sent the trains down other lines, and agitators talked the soldiers round. The move fell apart without a battle — and the Bolsheviks grew stronger.

glossary red-guard
  hi: रेड गार्ड (लाल रक्षक)
  en: The Red Guard
  explain
    hi: कारख़ानों के हथियारबंद मज़दूर-दस्ते। फ़रवरी की जन-मिलिशिया से निकले, कोर्निलोव के दिनों में बहुत बढ़े, और 24–25 अक्टूबर को पुलों, स्टेशनों और टेलीफ़ोन एक्सचेंज पर तैनात थे। ज़्यादातर नौजवान थे, और उनकी ट्रेनिंग कम थी।
    en: Armed detachments of factory workers. They grew out of February's people's militia, swelled in the Kornilov days, and on 24–25 October stood at the bridges, the stations and the telephone exchange. Most were young, and few were well trained.

glossary pre-parliament
  hi: पूर्व-संसद (रूसी गणराज्य की अस्थायी परिषद)
  en: The Pre-Parliament (the Provisional Council of the Russian Republic)
  explain
    hi: संविधान सभा के चुनाव तक सरकार को सलाह देने वाली एक परिषद, जो 7 अक्टूबर (20 अक्टूबर) 1917 को मारिइन्स्की महल में बैठी। बोल्शेविक पहले ही दिन बाहर निकल गए। 24 अक्टूबर को उसने केरेन्स्की को विद्रोह कुचलने के अधिकार देने से बचते हुए एक ढीला प्रस्ताव पास किया; अगले दिन उसे तितर-बितर कर दिया गया।
    en: A council to advise the government until the Constituent Assembly was elected; it sat in the Mariinsky Palace from 7 October (20 October) 1917. The Bolsheviks walked out on the first day. On 24 October it passed a vague resolution that avoided giving Kerensky powers to crush the rising; the next day it was dispersed.

glossary city-duma
  hi: पेत्रोग्राद नगर ड्यूमा
  en: The Petrograd City Duma
  explain
    hi: शहर की चुनी हुई नगर परिषद — राज्य ड्यूमा (संसद) से अलग। गर्मियों 1917 में सार्वभौमिक मताधिकार से चुनी गई; महापौर समाजवादी क्रांतिकारी श्रेडर थे। 25 अक्टूबर की रात उसके पार्षद शीत महल की ओर निहत्थे चले कि सरकार के "साथ रहें", और लौटा दिए गए।
    en: The city's elected council — not the State Duma (the parliament). It was elected by universal suffrage in the summer of 1917; its mayor was the Socialist Revolutionary Schreider. On the night of 25 October its councillors marched unarmed towards the Winter Palace to "share the fate" of the government, and were turned back.

glossary state-duma-dissolved
  hi: राज्य ड्यूमा का अंत
  en: The end of the State Duma
  explain
    hi: फ़रवरी के बाद चौथी राज्य ड्यूमा सिर्फ़ "निजी बैठकों" में मिलती रही; अक्टूबर 1917 की शुरुआत में उसे औपचारिक रूप से भंग कर दिया गया (सबसे अधिक दी जाने वाली तारीख़ 6 अक्टूबर है)। उसके पूर्व सदस्य मंत्री, पार्टी नेता, पूर्व-संसद के सदस्य या नगर ड्यूमा के पार्षद बने।
    en: After February the Fourth State Duma met only in "private meetings"; early in October 1917 it was formally dissolved (6 October is the date most often given). Its former members became ministers, party leaders, members of the Pre-Parliament or City Duma councillors.

glossary military-revolutionary-committee
  hi: सैन्य क्रांतिकारी समिति
  en: The Military Revolutionary Committee
  explain
    hi: पेत्रोग्राद सोवियत की समिति, जो 12–16 अक्टूबर (25–29 अक्टूबर) 1917 में राजधानी की "क्रांतिकारी रक्षा" के नाम पर बनी, जब सरकार छावनी को मोर्चे पर भेजना चाहती थी। अध्यक्ष वामपंथी समाजवादी क्रांतिकारी लाज़िमिर थे; उसके पीछे की ताक़त लियोन त्रोत्स्की (ट्रॉट्स्की) थे (NCERT: "लियोन ट्रॉट्स्की के नेतृत्व में")। उसके कमिसारों ने रेजिमेंटों से कहा कि जिस आदेश पर समिति के दस्तख़त न हों, उसे न मानें।
    en: The Petrograd Soviet's committee formed on 12–16 October (25–29 October) 1917 for the "revolutionary defence" of the capital, when the government wanted to send the garrison to the front. Its chairman was the Left SR Lazimir; its driving force was Leon Trotsky (NCERT: "under Leon Trotskii"). Its commissars told the regiments to obey no order the committee had not countersigned.

glossary junkers
  hi: युंकर (सैनिक अफ़सर-प्रशिक्षु)
  en: Junkers (officer cadets)
  explain
    hi: सैनिक स्कूलों के प्रशिक्षु अफ़सर, अक्सर बहुत कम उम्र के। 24–25 अक्टूबर को अस्थायी सरकार के गिने-चुने रक्षकों में वही थे, महिला "मृत्यु बटालियन" की एक टुकड़ी और कुछ कोसैकों के साथ।
    en: Trainee officers from the military schools, often very young. On 24–25 October they were most of the few defenders the Provisional Government had, with a detachment of the women's "Battalion of Death" and some Cossacks.

glossary aurora
  hi: क्रूज़र "अव्रोरा"
  en: The cruiser Aurora
  explain
    hi: बाल्टिक बेड़े का युद्धपोत, जिसके नाविक क्रांति के साथ थे। 25 अक्टूबर की रात लगभग पौने दस बजे उसने एक ख़ाली (बिना गोले का) धमाका किया — संकेत के लिए। तुम्हारी पाठ्यपुस्तक (NCERT) लिखती है कि उसने शीत महल पर "गोले बरसाए"; असल गोले पीटर-पॉल क़िले से चले, लगभग 30–35 में से दो ही लगे।
    en: A Baltic Fleet cruiser whose sailors sided with the revolution. At about a quarter to ten on the night of 25 October it fired one blank round — as a signal. Your textbook (NCERT) writes that it "shelled" the Winter Palace; the live shells came from the Peter and Paul Fortress, and of some 30–35 only two hit.

glossary congress-of-soviets
  hi: सोवियतों की दूसरी अखिल रूसी कांग्रेस
  en: The Second All-Russian Congress of Soviets
  explain
    hi: 25 अक्टूबर (7 नवंबर) 1917 की रात 10:40 बजे स्मोल्नी में खुली; शुरुआत में 649 प्रतिनिधि, जिनमें 390 बोल्शेविक। मेन्शेविक और दक्षिणपंथी समाजवादी क्रांतिकारी इसे "सैनिक षड्यंत्र" कहकर बाहर निकल गए। कांग्रेस ने सत्ता सोवियतों के हाथ में मानी और अगली रात शांति और भूमि के आदेश पारित किए।
    en: It opened in Smolny at 10:40 p.m. on 25 October (7 November) 1917, with 649 delegates at the start, 390 of them Bolsheviks. The Mensheviks and Right SRs walked out, calling it a "military plot". The Congress declared power in the soviets' hands and the next night adopted the decrees on peace and land.

glossary decree-on-peace-and-land
  hi: शांति का आदेश और भूमि का आदेश
  en: The Decree on Peace and the Decree on Land
  explain
    hi: 26 अक्टूबर (8 नवंबर) 1917 की रात सोवियत कांग्रेस ने पारित किए: बिना क़ब्ज़े और बिना हर्जाने के तुरंत न्यायपूर्ण शांति का प्रस्ताव; और ज़मींदारों की ज़मीन बिना मुआवज़े ज़ब्त करके किसान समितियों को सौंपना। उसी रात लेनिन के नेतृत्व में जन-कमिसारों की परिषद (सोवनार्कोम) बनी।
    en: Adopted by the Congress of Soviets on the night of 26 October (8 November) 1917: a proposal of an immediate just peace without annexations or indemnities; and the confiscation of the landlords' land without compensation, handed to peasant committees. That night the Council of People's Commissars (Sovnarkom) was formed under Lenin.

glossary constituent-assembly
  hi: संविधान सभा
  en: The Constituent Assembly
  explain
    hi: सार्वभौमिक वयस्क मताधिकार से चुनी जाने वाली सभा, जिसे रूस का संविधान बनाना था। चुनाव 12 नवंबर (25 नवंबर) 1917 से हुए: समाजवादी क्रांतिकारियों को लगभग 40%, बोल्शेविकों को लगभग 22–24% वोट मिले। सभा 5 जनवरी (18 जनवरी) 1918 को टॉराइड महल में बैठी और अगले दिन बोल्शेविकों ने उसे भंग कर दिया।
    en: The assembly, to be elected by universal adult franchise, that was to give Russia its constitution. Elections began on 12 November (25 November) 1917: the Socialist Revolutionaries won about 40%, the Bolsheviks about 22–24%. It met on 5 January (18 January) 1918 in the Tauride Palace and was dispersed by the Bolsheviks the next day.

glossary salvation-committee
  hi: मातृभूमि और क्रांति की रक्षा समिति
  en: The Committee for the Salvation of the Homeland and Revolution
  explain
    hi: 25–26 अक्टूबर की रात नगर ड्यूमा में बनी बोल्शेविक-विरोधी समिति: नगर ड्यूमा, पूर्व-संसद, कांग्रेस छोड़कर निकले मेन्शेविक और समाजवादी क्रांतिकारी। उसने नई सत्ता को न मानने की अपील की; कुछ ही दिनों में युंकरों का उसका विद्रोह कुचल दिया गया।
    en: The anti-Bolshevik committee formed in the City Duma on the night of 25–26 October: the City Duma, the Pre-Parliament, and the Mensheviks and SRs who had walked out of the Congress. It called on people not to recognise the new power; within days the junkers' rising it backed was crushed.

glossary left-sr
  hi: वामपंथी समाजवादी क्रांतिकारी
  en: Left Socialist Revolutionaries
  explain
    hi: समाजवादी क्रांतिकारी पार्टी (जो 1901–02 में बनी और किसानों की पार्टी मानी जाती थी) का वामपंथी धड़ा। 1917 की शरद में वे बोल्शेविकों के साथ सैन्य क्रांतिकारी समिति में थे, और दिसंबर में सोवनार्कोम में भी शामिल हुए।
    en: The left wing of the Socialist Revolutionary party (founded in 1901–02 and seen as the peasants' party). In the autumn of 1917 they sat with the Bolsheviks on the Military Revolutionary Committee, and in December they joined Sovnarkom too.

glossary factory-committee
  hi: कारख़ाना समिति
  en: Factory committee
  explain
    hi: मार्च 1917 से हर कारख़ाने में मज़दूरों की चुनी हुई समिति, जो मज़दूरी, काम के घंटों और भर्ती-छँटनी पर मालिकों से बात करती थी। शरद तक कई समितियाँ कारख़ाने का हिसाब-किताब और कच्चे माल की देखरेख ख़ुद करने लगीं — "मज़दूरों का नियंत्रण"।
    en: From March 1917 an elected workers' committee in every factory, bargaining with the owners over pay, hours, hiring and firing. By the autumn many committees were checking the accounts and the raw materials themselves — "workers' control".

glossary soldiers-committee
  hi: सैनिक समिति
  en: Soldiers' committee
  explain
    hi: आदेश संख्या 1 के बाद हर कंपनी और रेजिमेंट में सैनिकों की चुनी हुई समिति, जिसके पास हथियारों की निगरानी थी। अक्टूबर तक पेत्रोग्राद की ज़्यादातर रेजिमेंटों की समितियाँ अपने अफ़सरों से ज़्यादा सोवियत की सुनती थीं।
    en: After Order No. 1 an elected soldiers' committee in every company and regiment, with control of the weapons. By October most Petrograd regiments' committees listened to the Soviet more than to their officers.

glossary womens-battalion
  hi: महिला मृत्यु बटालियन
  en: The Women's Battalion of Death
  explain
    hi: 1917 की गर्मियों में मरिया बोच्कारेवा की पहल पर बनी औरतों की फ़ौजी टुकड़ी, जिसे थके सैनिकों को शर्मिंदा करके लड़ने को प्रेरित करना था। उसकी एक कंपनी 25 अक्टूबर को शीत महल में थी; शाम को उसका एक हिस्सा चला गया।
    en: A women's military unit formed in the summer of 1917 on Maria Bochkareva's initiative, meant to shame tired soldiers into fighting. One of its companies was in the Winter Palace on 25 October; part of it left in the evening.

# The parties and the old order, as in the March act's glossary.

glossary zemstvo
  hi: ज़ेम्स्तवो
  en: Zemstvo
  explain
    hi: 1864 से ज़िलों और प्रांतों में चुनी जाने वाली स्थानीय परिषदें, जो स्कूल, अस्पताल और सड़कें सँभालती थीं; इनमें ज़मींदारों का प्रभाव अधिक था। युद्ध के दौरान "अखिल रूसी ज़ेम्स्तवो संघ" ने घायलों और सेना के लिए राहत का काम किया; उसके प्रमुख प्रिंस जॉर्जी ल्वोव थे, जो मार्च 1917 में अस्थायी सरकार के प्रधानमंत्री बने।
    en: Elected local councils in the districts and provinces from 1864, running schools, hospitals and roads; landowners had most influence in them. In the war the All-Russian Zemstvo Union organised relief for the wounded and supplies for the army; it was led by Prince Georgy Lvov, who became Prime Minister of the Provisional Government in March 1917.

glossary kadet
  hi: कैडेट (संवैधानिक लोकतांत्रिक दल)
  en: Kadets (Constitutional Democrats)
  explain
    hi: 1905 में बना उदारवादी दल, जिसके नेता इतिहासकार पावेल मिल्युकोव थे। उसके समर्थक ज़्यादातर वकील, प्रोफ़ेसर, डॉक्टर जैसे शिक्षित मध्यम वर्ग के लोग थे। वे संसद के प्रति उत्तरदायी सरकार, नागरिक स्वतंत्रताएँ और युद्ध में विजय चाहते थे।
    en: The liberal party founded in 1905, led by the historian Pavel Milyukov. Its supporters were mostly the educated middle class — lawyers, professors, doctors. It wanted a government answerable to parliament, civil liberties, and victory in the war.

glossary octobrist
  hi: अक्टूबरवादी (ऑक्टोब्रिस्ट)
  en: Octobrists
  explain
    hi: नरम रूढ़िवादी दल, जिसका नाम ज़ार के अक्टूबर 1905 के घोषणापत्र पर पड़ा, जिसमें ड्यूमा का वादा था। इसमें ज़मींदार और उद्योगपति थे; ड्यूमा के अध्यक्ष रोद्ज़ियांको और उद्योगपति गुचकोव इसके प्रमुख नेता थे। वे राजतंत्र के समर्थक थे, पर सुधारों के साथ।
    en: A moderate conservative party, named after the Tsar's Manifesto of October 1905, which promised the Duma. Its members were landowners and industrialists; the Duma's chairman Rodzianko and the industrialist Guchkov were its leading men. They supported the monarchy, but with reforms.

glossary menshevik
  hi: मेन्शेविक
  en: Mensheviks
  explain
    hi: रूसी सामाजिक लोकतांत्रिक श्रमिक दल (मार्क्सवादी) का वह गुट जो 1903 में लेनिन के गुट से अलग हुआ ("मेन्शेविक" = अल्पमत)। उनका मानना था कि रूस में पहले "बुर्जुआ" लोकतांत्रिक क्रांति होनी चाहिए, समाजवाद बाद में आएगा; वे खुला, बड़ा दल चाहते थे। फ़रवरी 1917 में पेत्रोग्राद सोवियत के अध्यक्ष च्खेइद्ज़े मेन्शेविक थे।
    en: The faction of the Russian Social Democratic Workers' Party (Marxists) that split from Lenin's in 1903 ("Menshevik" = minority). They believed Russia must first have a "bourgeois" democratic revolution, with socialism to come later, and wanted a broad, open party. In February 1917 Chkheidze, chairman of the Petrograd Soviet, was a Menshevik.

glossary bolshevik
  hi: बोल्शेविक
  en: Bolsheviks
  explain
    hi: रूसी सामाजिक लोकतांत्रिक श्रमिक दल का लेनिन के नेतृत्व वाला गुट ("बोल्शेविक" = बहुमत)। वे अनुशासित क्रांतिकारियों का दल चाहते थे। फ़रवरी 1917 में लेनिन स्विट्ज़रलैंड में निर्वासन में थे और पेत्रोग्राद के बोल्शेविक इस आंदोलन की अगुवाई नहीं कर रहे थे — तुम्हारी पाठ्यपुस्तक (NCERT) कहती है कि फ़रवरी क्रांति का नेतृत्व किसी दल ने नहीं किया। अक्टूबर 1917 में बोल्शेविकों ने अस्थायी सरकार को हटाकर सत्ता ली।
    en: The faction of the Russian Social Democratic Workers' Party led by Lenin ("Bolshevik" = majority). They wanted a party of disciplined revolutionaries. In February 1917 Lenin was in exile in Switzerland and the Petrograd Bolsheviks were not leading the movement — your textbook (NCERT) says no party led the February Revolution. In October 1917 the Bolsheviks removed the Provisional Government and took power.

glossary socialist-revolutionary
  hi: समाजवादी क्रांतिकारी (एस.आर.)
  en: Socialist Revolutionaries (SRs)
  explain
    hi: 1901–02 में बना दल जो किसानों के अधिकारों के लिए लड़ता था और चाहता था कि सामंतों की ज़मीन किसानों को मिले। 1917 में यह रूस का सबसे बड़ा दल बना; मेन्शेविकों के साथ मिलकर इसके नेता सोवियत चलाते थे।
    en: A party founded in 1901–02 that fought for the peasants' rights and wanted the landlords' land given to the peasants. In 1917 it became Russia's largest party; together with the Mensheviks its leaders ran the Soviet.

glossary bourgeoisie
  hi: बुर्जुआ वर्ग (पूँजीपति और मध्यम वर्ग)
  en: The bourgeoisie (the propertied middle class)
  explain
    hi: मार्क्सवादी भाषा में कारख़ानों, व्यापार और पूँजी के मालिकों का वर्ग, और मोटे तौर पर शिक्षित, संपत्तिवान मध्यम वर्ग। मेन्शेविकों का मानना था कि रूस में पहले "बुर्जुआ क्रांति" होगी — इसीलिए 1917 में सोवियत के नेताओं ने सरकार बनाने का काम ड्यूमा के उदारवादियों पर छोड़ा। एक स्कूली इतिहास-पाठ कहता है कि मज़दूरों ने "समस्त शक्ति मध्य वर्ग के हाथ में सौंप दी"।
    en: In Marxist language, the class that owns factories, trade and capital — and, loosely, the educated, propertied middle class. The Mensheviks believed Russia would first have a "bourgeois revolution" — which is why in 1917 the Soviet's leaders left the forming of a government to the Duma's liberals. A school history text says the workers "handed all power to the middle class".

# ---------------------------------------------------------------- one period: 24–25 October
# A 40–45 minute lesson: each role starts on the morning of 24 Oct in the world as history had it by then
# (events before this moment count as having happened as in history; their journal lines are written).

entry one-period
  hi: एक पीरियड: 24–25 अक्टूबर (6–7 नवंबर) 1917
  en: One period: 24–25 October (6–7 November) 1917
  on 24 Oct, morning
  start worker at ow-period-start
  start soldier at os-period-start
  start duma at od-period-start
  set support to 10
  set bolsheviks to 60
  set garrison to 15
  set red-guard to 50
  set war-weariness to 80
  set hunger to 80
  set april-crisis
  set coalition
  set offensive
  set july-days
  set bolsheviks-hunted
  set kerensky-premier
  set kornilov-advance
  set workers-armed
  set kornilov-stopped
  set bolshevik-majority
  set republic
  set preparliament
  set rising-voted
  set mrc
  set garrison-with-mrc
  set papers-closed
