format 2
# Petrograd, 22 February – 3 March 1917 (Old Style): the scenario, its roles, places, variables and glossary.
# The full March act: a worker, a soldier and a Duma deputy, from the Putilov lockout to Grand Duke
# Michael declining the throne. Dates are written Old Style (Julian); the game shows New Style (13 days
# later) beside them. The works the historian's notes cite, and where play addresses each claim of the
# school history text the act grew from: ../../docs/sources.md.

scenario march-1917
  hi: पेत्रोग्राद, फ़रवरी–मार्च 1917: रोटी, हड़ताल, बग़ावत और ज़ारशाही का अंत
  en: Petrograd, February–March 1917: Bread, Strike, Mutiny and the End of the Tsars
  languages hi en
  calendar old
  year 1917
  dates 22 Feb to 3 Mar

# ---------------------------------------------------------------- roles
# Each role's length: 'explore march-1917 --mode random --seed 1' (1000 games a role) gives choices to an
# ending of min 15 / mean 17.8 / max 23 (worker), 12 / 13.9 / 18 (soldier), 12 / 15.6 / 21 (duma); the
# minutes are a careful 14-year-old reader's, as measured in the users' report (30–40 per role).

role worker
  hi: मज़दूर
  en: Worker
  about
    hi: वीबोर्ग क्षेत्र की कपड़ा मिल में काम करने वाली एक बुनकर औरत; पति मोर्चे पर है, घर पर दो बच्चे हैं।
    en: A woman weaver in a Vyborg-side textile mill; her husband is at the front, two children wait at home.
  goal
    hi: अपने बच्चों के लिए रोटी और मेहनत की उचित मज़दूरी — और इसके लिए मैं मिल की औरतों के साथ खड़ी रहूँगी।
    en: Bread for my children and a fair wage for the work — and I will stand with the women of the mill to get them.
  worry
    hi: अगर हड़ताल की और नौकरी चली गई, तो बच्चों को कौन खिलाएगा? अगर पुलिस मुझे पकड़ ले, या पति मोर्चे से कभी न लौटे, तो उनका कोई नहीं रहेगा।
    en: If I strike and lose my place, who will feed the children? If the police take me, or my husband never comes back from the front, they will have no one.
  length 15 to 20 choices, 30 to 40 minutes
  start bread-queue

role soldier
  hi: सैनिक
  en: Soldier
  about
    hi: वोलिन्स्की रेजिमेंट के प्रशिक्षण दस्ते का रिज़र्व सैनिक — गाँव से आया, तीस पार का, मोर्चे की सूची से डरता हुआ।
    en: A reservist in the Volynsky regiment's training detachment — a villager past thirty who dreads the list for the front.
  goal
    hi: हुक्म का पालन करना और राजधानी में व्यवस्था बनाए रखना — और बदले में वह इज़्ज़त पाना जो एक सैनिक को मिलनी चाहिए।
    en: To obey my orders and keep order in the capital — and to be treated with the respect a soldier is owed.
  worry
    hi: कि मेरा नाम मोर्चे की सूची में आ जाएगा; कि भीड़ पर गोली चलाने से इनकार किया तो सैनिक अदालत मुझे मौत की सज़ा देगी — और अगर चलाई, तो मैं अपने ही जैसे लोगों को मारूँगा।
    en: That my name will go on the list for the front; that if I refuse to fire on the crowd a court martial will have me shot — and that if I fire, I will be killing people like my own.
  length 12 to 16 choices, 30 to 40 minutes
  start barracks-bunks

role duma
  hi: ड्यूमा सदस्य
  en: Duma deputy
  about
    hi: ड्यूमा में प्रगतिशील गुट का सदस्य, एक प्रांतीय शहर का वकील — ज़ार की नाराज़गी से भी डरता है और "सड़क" से भी।
    en: A Progressive Bloc deputy in the Duma, a lawyer from a provincial town — afraid of the Tsar's anger and of "the street".
  goal
    hi: ऐसी सरकार जिस पर देश भरोसा करे और जो ड्यूमा के प्रति जवाबदेह हो — ताकि युद्ध जीता जा सके और राजधानी में व्यवस्था बनी रहे।
    en: A government the country can trust, answerable to the Duma — so that the war can be won and order kept in the capital.
  worry
    hi: अगर ज़ार की सेना जीती, तो उसकी अवज्ञा करने वाले सदस्य फाँसी चढ़ेंगे; अगर "सड़क" जीती, तो वह ड्यूमा पर भी नहीं रुकेगी। मुझे दोनों से डर है, और मैं नहीं जानता कि कौन ज़्यादा बुरा है।
    en: If the Tsar's troops win, the deputies who defied him will hang; if "the street" wins, it will not stop at the Duma. I fear both, and I do not know which is worse.
  length 12 to 18 choices, 30 to 40 minutes
  start catherine-hall

# ---------------------------------------------------------------- places
# Hindi spellings are the forms used in Hindi school history where one exists.

place vyborg
  hi: वीबोर्ग क्षेत्र
  en: the Vyborg side

place factory
  hi: वीबोर्ग क्षेत्र का कारख़ाना
  en: the works, Vyborg side

place liteiny-bridge
  hi: लितेयनी पुल
  en: the Liteiny bridge

place arsenal
  hi: लितेयनी प्रॉस्पेक्ट का शस्त्रागार (आर्सेनल)
  en: the Arsenal on Liteiny Prospekt

place kresty
  hi: क्रेस्ती जेल (वीबोर्ग क्षेत्र)
  en: Kresty prison, Vyborg side

place nevsky
  hi: नेव्स्की प्रॉस्पेक्ट
  en: Nevsky Prospekt

place znamenskaya
  hi: ज़्नामेन्स्काया चौक
  en: Znamenskaya Square

place nikolaevsky-station
  hi: निकोलायेव्स्की रेलवे स्टेशन (ज़्नामेन्स्काया चौक)
  en: the Nikolaevsky railway station, Znamenskaya Square

place volynsky-barracks
  hi: वोलिन्स्की रेजिमेंट की बैरकें
  en: the Volynsky barracks

place tauride
  hi: टॉराइड महल
  en: the Tauride Palace

place catherine-hall
  hi: टॉराइड महल का कैथरीन हॉल
  en: the Catherine Hall, Tauride Palace

place millionnaya
  hi: मिलियोन्नाया सड़क, मकान नंबर 12
  en: 12 Millionnaya Street

place pskov
  hi: प्स्कोव रेलवे स्टेशन, ज़ार की ट्रेन
  en: the Tsar's train, Pskov station

# ---------------------------------------------------------------- variables
# The world: one city, shared by every player.
# Roles move the numbers: the worker mostly strike and hunger, the soldier garrison, the Duma deputy resolve.

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

# World flags set only by events (events.story); the roles read them, never set them.
world flag mutiny = no
  hi: छावनी में बग़ावत हो चुकी है
  en: The garrison has mutinied
world flag committee = no
  hi: ड्यूमा की अस्थायी समिति बन चुकी है
  en: The Duma's Provisional Committee exists
world flag soviet = no
  hi: पेत्रोग्राद सोवियत बन चुकी है
  en: The Petrograd Soviet exists
world flag order-one = no
  hi: आदेश संख्या 1 जारी हो चुका है
  en: Order No. 1 has been issued
world flag government = no
  hi: अस्थायी सरकार की घोषणा हो चुकी है
  en: The Provisional Government has been announced
world flag abdicated = no
  hi: ज़ार निकोलस द्वितीय गद्दी छोड़ चुके हैं
  en: Tsar Nicholas II has abdicated
world flag dynasty-ended = no
  hi: रोमानोव शासन समाप्त (मिख़ाइल ने ताज अस्वीकार किया)
  en: Romanov rule has ended (Michael declined the crown)

# Each player: their own nerve, and a few things they did (hidden flags, no label).
player number courage 0 to 10 = 5
  hi: हिम्मत
  en: Courage
player flag walked-out
player flag crossed-ice
player flag refused

# ---------------------------------------------------------------- glossary
# Hindi terms as in NCERT Class 9, ch. 2 ("यूरोप में समाजवाद एवं रूसी क्रांति").

# -- the old order

glossary tsar-and-autocracy
  hi: ज़ार, निरंकुशता और ज़ारशाही
  en: Tsar, autocracy and tsarism
  explain
    hi: ज़ार रूस के सम्राट की उपाधि थी। 1917 में ज़ार निकोलस द्वितीय थे। रूस में निरंकुश (स्वेच्छाचारी) शासन था: ज़ार संसद के प्रति जवाबदेह नहीं थे, मंत्री उन्हीं के प्रति उत्तरदायी थे, और वे जब चाहें ड्यूमा को भंग कर सकते थे। ज़ार के इस शासन को ज़ारशाही कहते हैं। मार्च 1917 में यही ज़ारशाही समाप्त हुई।
    en: Tsar was the title of Russia's emperor; in 1917 he was Nicholas II. Russia was an autocracy: the Tsar was not answerable to parliament, his ministers answered only to him, and he could dismiss the Duma whenever he chose. His regime is called tsarism. It came to an end in March 1917.

glossary romanov-dynasty
  hi: रोमानोव राजवंश
  en: The Romanov dynasty
  explain
    hi: वह शाही परिवार जिसने 1613 से 1917 तक, यानी तीन सौ साल से अधिक, रूस पर राज किया। निकोलस द्वितीय के बेटे अलेक्सेई (जन्म 1904) को हीमोफ़ीलिया नाम की गंभीर बीमारी थी; ज़ार के छोटे भाई ग्रैंड ड्यूक मिख़ाइल थे।
    en: The imperial family that ruled Russia from 1613 to 1917 — more than three hundred years. Nicholas II's son Alexei (born 1904) suffered from a serious illness, haemophilia; the Tsar's younger brother was Grand Duke Michael.

glossary russian-society
  hi: 1914 में रूसी समाज
  en: Russian society in 1914
  explain
    hi: NCERT के अनुसार बीसवीं सदी की शुरुआत में रूसी साम्राज्य के लगभग 85 प्रतिशत लोग खेती से जीविका कमाते थे। उद्योग कुछ इलाक़ों (सेंट पीटर्सबर्ग, मॉस्को) में थे। बड़ी ज़मीनें कुलीनों, राजपरिवार और ऑर्थोडॉक्स चर्च के पास थीं। एक स्कूली इतिहास-पाठ कहता है कि समाज "तीन श्रेणियों" में बँटा था जिनमें कोई सद्भावना नहीं थी — यह एक सरल रूप है: ऊपर कुलीन और ज़मींदार, बीच में व्यापारी, उद्योगपति और शिक्षित पेशेवर, और नीचे किसानों और मज़दूरों की विशाल जनता।
    en: According to NCERT, at the start of the twentieth century about 85 per cent of the Russian Empire's people lived by farming. Industry was found in pockets (St Petersburg, Moscow). Large estates belonged to the nobility, the Crown and the Orthodox Church. A school history text says society was split into "three classes" with no goodwill between them — a simplification: nobles and landowners at the top; merchants, industrialists and educated professionals in the middle; and the great mass of peasants and workers below.

glossary industrialisation
  hi: रूस का औद्योगीकरण
  en: Industrialisation in Russia
  explain
    hi: रूस में उद्योग पश्चिमी यूरोप से देर से, पर 1890 के दशक में तेज़ी से बढ़े, जब रेलों का विस्तार हुआ और विदेशी पूँजी आई। गाँवों से लाखों लोग कारख़ानों में काम करने शहरों में आए; बहुतों का गाँव से नाता बना रहा। काम के घंटे लंबे और मज़दूरी कम थी। शहरों में मज़दूर राजनीति में रुचि लेने लगे, उन्होंने संगठन बनाए और हड़तालें कीं — जैसा स्कूली इतिहास-पाठ भी कहता है।
    en: Industry came to Russia later than to Western Europe, but grew fast in the 1890s as the railways spread and foreign capital arrived. Millions left the villages for factory work in the cities; many kept their ties with the village. Hours were long and wages low. In the cities workers began to take an interest in politics, formed associations and went on strike — as a school history text also says.

glossary first-world-war
  hi: प्रथम विश्वयुद्ध और रूस
  en: The First World War and Russia
  explain
    hi: 1914 में रूस ब्रिटेन और फ़्रांस (मित्र राष्ट्रों) की ओर से जर्मनी, ऑस्ट्रिया और तुर्की के विरुद्ध युद्ध में उतरा। NCERT के अनुसार शुरू में युद्ध लोकप्रिय था और लोग ज़ार के साथ खड़े हुए; पर 1917 तक 70 लाख से अधिक सैनिक हताहत हुए और लगभग 30 लाख लोग शरणार्थी बने। रेलें सेना के काम में लगीं, शहरों में रोटी और आटा दुर्लभ हो गया। ज़ार ड्यूमा से सलाह नहीं लेते थे; जर्मन मूल की ज़ारीना और रासपुतिन जैसे सलाहकारों ने राजशाही को अलोकप्रिय बनाया; अक्षम और भ्रष्ट अफ़सरशाही की शिकायतें आम थीं। एक स्कूली इतिहास-पाठ कहता है कि मित्र राष्ट्रों के लोकतंत्र और स्वतंत्रता वाले प्रचार का भी असर पड़ा — इतिहासकार इसे छोटा कारण मानते हैं।
    en: In 1914 Russia went to war on the side of Britain and France (the Allies) against Germany, Austria and Turkey. NCERT says the war was popular at first and people rallied round the Tsar; but by 1917 there were over 7 million casualties and some 3 million refugees. The railways served the army, and bread and flour grew scarce in the cities. The Tsar would not consult the Duma; the German-born Tsarina and advisers such as Rasputin made the monarchy unpopular; complaints of an incompetent and corrupt officialdom were common. A school history text adds that the Allies' wartime talk of democracy and freedom influenced Russians — historians count this a minor cause.

glossary stavka
  hi: स्तावका (सेना का सर्वोच्च मुख्यालय)
  en: Stavka (army headquarters)
  explain
    hi: रूसी सेना का सर्वोच्च मुख्यालय, जो मोगिल्योव शहर में था। अगस्त 1915 से ज़ार ख़ुद सेना के सर्वोच्च कमांडर बन गए और ज़्यादातर वहीं रहने लगे — राजधानी से सैकड़ों किलोमीटर दूर। 1917 में सेना के चीफ़ ऑफ़ स्टाफ़ (सर्वोच्च सेनापति ज़ार के सहायक) जनरल अलेक्सेयेव थे।
    en: The Russian army's supreme headquarters, in the town of Mogilev. From August 1915 the Tsar made himself commander-in-chief and spent most of his time there, hundreds of kilometres from the capital. In 1917 the Chief of Staff was General Alekseev.

glossary zemstvo
  hi: ज़ेम्स्तवो
  en: Zemstvo
  explain
    hi: 1864 से ज़िलों और प्रांतों में चुनी जाने वाली स्थानीय परिषदें, जो स्कूल, अस्पताल और सड़कें सँभालती थीं; इनमें ज़मींदारों का प्रभाव अधिक था। युद्ध के दौरान "अखिल रूसी ज़ेम्स्तवो संघ" ने घायलों और सेना के लिए राहत का काम किया; उसके प्रमुख प्रिंस जॉर्जी ल्वोव थे, जो मार्च 1917 में अस्थायी सरकार के प्रधानमंत्री बने।
    en: Elected local councils in the districts and provinces from 1864, running schools, hospitals and roads; landowners had most influence in them. In the war the All-Russian Zemstvo Union organised relief for the wounded and supplies for the army; it was led by Prince Georgy Lvov, who became Prime Minister of the Provisional Government in March 1917.

glossary garrison
  hi: पेत्रोग्राद की छावनी (गैरिसन)
  en: The Petrograd garrison
  explain
    hi: राजधानी में तैनात सैनिक। 1917 में ये चुने हुए गार्ड नहीं थे (वे मोर्चे पर थे), बल्कि रिज़र्व रेजिमेंटों के नए रंगरूट और बड़ी उम्र के सैनिक थे — लगभग 1,60,000 आदमी, ऐसी बैरकों में जो 20,000 के लिए बनी थीं। उन्हें सबसे ज़्यादा डर मोर्चे पर भेजे जाने का था।
    en: The troops stationed in the capital. In 1917 they were not the elite Guard (that was at the front) but recruits and older reservists of reserve regiments — some 160,000 men in barracks built for 20,000. What they feared most was being sent to the front.

glossary training-detachment
  hi: प्रशिक्षण दस्ता
  en: Training detachment
  explain
    hi: पेत्रोग्राद की रिज़र्व रेजिमेंटों के वे दस्ते जिनमें नए रंगरूटों और बड़ी उम्र के रिज़र्व सैनिकों को मोर्चे पर भेजने से पहले सिखाया जाता था। 27 फ़रवरी का विद्रोह वोलिन्स्की रेजिमेंट के प्रशिक्षण दस्ते से शुरू हुआ।
    en: Units of Petrograd's reserve regiments in which new recruits and older reservists were trained before being sent to the front. The mutiny of 27 February began in the Volynsky regiment's training detachment.

glossary cossacks
  hi: कोसैक
  en: Cossacks
  explain
    hi: दक्षिणी रूस के घुड़सवार सैनिक, जिन्हें सरकार अक्सर भीड़ और हड़तालें दबाने के लिए भेजती थी। फ़रवरी 1917 में उनकी हिचक ने भीड़ का साहस बढ़ाया।
    en: Horsemen from southern Russia whom the government often sent to break up crowds and strikes. In February 1917 their reluctance gave the crowds courage.

glossary old-and-new-style
  hi: पुरानी शैली (जूलियन कैलेंडर) / नई शैली (ग्रेगोरियन कैलेंडर)
  en: Old Style / New Style
  explain
    hi: रूस 31 जनवरी 1918 तक पुरानी शैली (जूलियन कैलेंडर) मानता था — उसके अगले दिन को सीधे 14 फ़रवरी 1918 कहा गया (NCERT की पाठ्यपुस्तक मोटे तौर पर "1 फ़रवरी 1918 तक" लिखती है); भारत और पश्चिमी यूरोप में नई शैली (ग्रेगोरियन कैलेंडर) चलती थी। 1917 में अंतर 13 दिन का था: 23 फ़रवरी (पुरानी शैली) = 8 मार्च (नई शैली)। इसीलिए एक ही क्रांति "फ़रवरी क्रांति" भी है और "मार्च क्रांति" भी; NCERT की पाठ्यपुस्तक इसकी तारीख़ 12 मार्च (नई शैली) देती है।
    en: Until 31 January 1918 Russia used the Julian calendar (Old Style) — the next day was called 14 February 1918 (NCERT says, roughly, "until 1 February 1918"); India and Western Europe used the Gregorian (New Style). In 1917 the gap was 13 days: 23 February Old Style = 8 March New Style. So the same revolution is both the "February" and the "March" Revolution; NCERT dates it to 12 March (New Style).

# -- the Duma and the parties

glossary revolution-1905
  hi: 1905 की क्रांति
  en: The 1905 Revolution
  explain
    hi: जनवरी 1905 में "ख़ूनी रविवार" को ज़ार के सैनिकों ने शांतिपूर्ण जुलूस पर गोली चलाई; इसके बाद पूरे देश में हड़तालें और विद्रोह हुए। ज़ार को चुनी हुई संसद, ड्यूमा, बनाने की अनुमति देनी पड़ी — यह वैधानिक (संवैधानिक) राजतंत्र की ओर एक क़दम था। पर ज़ार ने जल्द ही ड्यूमा की शक्तियाँ घटा दीं। फिर भी लोगों ने सीख लिया कि मत, चुनाव और संसद का क्या अर्थ है, और 1905 में ही पहली सोवियतें बनीं।
    en: In January 1905, on "Bloody Sunday", the Tsar's troops fired on a peaceful procession; strikes and risings followed across the country. The Tsar had to allow an elected parliament, the Duma — a step towards a constitutional monarchy. But he soon cut the Duma's powers. Still, people had learned what votes, elections and a parliament meant, and the first soviets were born in 1905.

glossary constitutional-monarchy
  hi: वैधानिक (संवैधानिक) राजतंत्र
  en: Constitutional monarchy
  explain
    hi: ऐसा राजतंत्र जिसमें राजा रहता है, पर क़ानून बनाने और सरकार चलाने का अधिकार संविधान और चुनी हुई संसद के हाथ में होता है — जैसे ब्रिटेन में। रूस के उदारवादी (जैसे मिल्युकोव) 1917 में भी यही चाहते थे; इसीलिए वे किसी न किसी रूप में राजवंश बचाना चाहते थे।
    en: A monarchy in which a king remains, but the power to make laws and run the government lies with a constitution and an elected parliament — as in Britain. Russia's liberals (such as Milyukov) still wanted this in 1917, which is why they hoped to save the dynasty in some form.

glossary french-revolution
  hi: फ़्रांसीसी क्रांति (1789)
  en: The French Revolution (1789)
  explain
    hi: NCERT की कक्षा 9 इतिहास पुस्तक का पहला अध्याय। 1789 में फ़्रांस में राजतंत्र के विरुद्ध क्रांति ने "स्वतंत्रता, समानता और भ्रातृत्व" के विचार फैलाए। स्कूली इतिहास-पाठ 1917 की रूसी क्रांति की तुलना इसी से करता है: दोनों में एक पुराना राजतंत्र भूखी राजधानी में गिरा और संविधान सभा की माँग उठी; पर रूस में मज़दूरों और सैनिकों की सोवियतें बनीं, और अक्टूबर में समाजवादी क्रांति हुई।
    en: The first chapter of the NCERT Class 9 history book. The revolution against the monarchy in France in 1789 spread the ideas of "liberty, equality and fraternity". A school history text compares the Russian Revolution of 1917 with it: in both an old monarchy fell in a hungry capital and a constituent assembly was demanded; but Russia had soviets of workers and soldiers, and in October a socialist revolution.

glossary state-duma
  hi: ड्यूमा
  en: Duma
  explain
    hi: रूस की चुनी हुई संसद, जो 1905 की क्रांति के बाद बनी और टॉराइड महल में बैठती थी। मताधिकार सीमित था, और ज़ार जब चाहें इसका सत्रावसान या विघटन कर सकते थे। 1917 में चौथी ड्यूमा चल रही थी।
    en: Russia's elected parliament, created after the 1905 revolution, which met in the Tauride Palace. The franchise was narrow, and the Tsar could prorogue or dissolve it whenever he chose. In 1917 the Fourth Duma was sitting.

glossary prorogation
  hi: सत्रावसान
  en: Prorogation
  explain
    hi: संसद के चालू सत्र को आदेश से रोक देना। सदन भंग नहीं होता, पर जब तक फिर न बुलाया जाए, उसकी बैठक नहीं हो सकती। (भारत में भी राष्ट्रपति संसद के सत्र का सत्रावसान करते हैं।) 26 फ़रवरी 1917 की रात ज़ार के आदेश से ड्यूमा का सत्रावसान हुआ।
    en: Suspending a parliament's session by decree. The house is not dissolved, but it cannot sit until it is called again. (In India too the President prorogues sessions of Parliament.) The Duma was prorogued by the Tsar's decree on the night of 26 February 1917.

glossary progressive-bloc
  hi: प्रगतिशील गुट
  en: Progressive Bloc
  explain
    hi: 1915 में ड्यूमा के उदारवादी और नरम रूढ़िवादी सदस्यों का गठबंधन — सदन के आधे से ज़्यादा सदस्य। वे ज़ार को हटाना नहीं चाहते थे; वे युद्ध जीतने के लिए ऐसा मंत्रिमंडल चाहते थे जिस पर जनता भरोसा करे। ज़ार ने उनकी माँग ठुकरा दी।
    en: An alliance formed in 1915 by liberal and moderate conservative Duma deputies — more than half the house. They did not want to remove the Tsar; they wanted a ministry the public trusted, to win the war. The Tsar refused.

glossary liberals
  hi: उदारवादी
  en: Liberals
  explain
    hi: NCERT के अनुसार उदारवादी ऐसा राष्ट्र चाहते थे जिसमें सभी धर्मों को बराबर जगह मिले (धार्मिक सहिष्णुता) और व्यक्ति के अधिकारों की रक्षा हो; वे चुनी हुई संसद और स्वतंत्र न्यायपालिका चाहते थे, पर हर नागरिक को वोट का अधिकार देने के पक्ष में नहीं थे — उनके विचार में मुख्यतः संपत्ति वाले पुरुषों को वोट देना चाहिए था। 1917 के रूस में कैडेट दल सबसे बड़ा उदारवादी दल था; स्कूली इतिहास-पाठ प्रिंस ल्वोव को "उदारवादी नेता" कहता है।
    en: In NCERT's words, liberals wanted a nation that tolerated all religions and protected the rights of individuals; they wanted an elected parliament and independent courts, but did not believe in the vote for every citizen — mainly men of property, they felt, should vote. In the Russia of 1917 the Kadets were the largest liberal party; a school history text calls Prince Lvov a "liberal leader".

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

glossary trudovik
  hi: त्रुदोविक (श्रमिक गुट)
  en: Trudoviks (Labour Group)
  explain
    hi: ड्यूमा में किसानों और मेहनतकशों के प्रतिनिधियों का नरम समाजवादी गुट। 1917 में इसके नेता वकील अलेक्ज़ेंडर केरेन्स्की थे, जो मार्च में समाजवादी क्रांतिकारी दल में शामिल हो गए। केरेन्स्की ड्यूमा की समिति और सोवियत की कार्यकारिणी — दोनों में थे; अस्थायी सरकार में मंत्री बनने वाले अकेले समाजवादी भी वही थे।
    en: A moderate socialist group in the Duma speaking for peasants and working people. In 1917 it was led by the lawyer Alexander Kerensky, who joined the Socialist Revolutionaries in March. Kerensky sat both in the Duma's committee and in the Soviet's Executive, and was the only socialist to join the Provisional Government.

glossary socialism
  hi: समाजवाद
  en: Socialism
  explain
    hi: यह विचार कि उत्पादन के साधन (ज़मीन, कारख़ाने) निजी मालिकों के नहीं, पूरे समाज के होने चाहिए। कार्ल मार्क्स ने इसे "वैज्ञानिक समाजवाद" के रूप में रखा: उनका मानना था कि मज़दूर (सर्वहारा) पूँजीवाद को उखाड़कर एक साम्यवादी समाज बनाएँगे। रूस के समाजवादी दल — मेन्शेविक, बोल्शेविक, समाजवादी क्रांतिकारी — इसी विचार से निकले, पर रास्ते पर उनमें गहरे मतभेद थे। अक्टूबर 1917 के बाद रूस में पहला समाजवादी राज्य बना (1918 में रूसी सोवियत संघात्मक समाजवादी गणराज्य, 1922 में सोवियत संघ); एक स्कूली इतिहास-पाठ कहता है कि 1950 तक लगभग आधी दुनिया इस विचारधारा के प्रभाव में आ गई थी।
    en: The idea that the means of production (land, factories) should belong to society as a whole, not to private owners. Karl Marx set it out as "scientific socialism": he believed the workers (the proletariat) would overthrow capitalism and build a communist society. Russia's socialist parties — Mensheviks, Bolsheviks, Socialist Revolutionaries — all came from this idea, but disagreed deeply about the way. After October 1917 Russia became the first socialist state (the Russian Soviet Federative Socialist Republic in 1918, the Soviet Union in 1922); a school history text says that by 1950 nearly half the world had come under this ideology.

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
    hi: रूसी सामाजिक लोकतांत्रिक श्रमिक दल का लेनिन के नेतृत्व वाला गुट ("बोल्शेविक" = बहुमत)। वे अनुशासित क्रांतिकारियों का दल चाहते थे। फ़रवरी 1917 में लेनिन स्विट्ज़रलैंड में निर्वासन में थे और पेत्रोग्राद के बोल्शेविक इस आंदोलन की अगुवाई नहीं कर रहे थे — NCERT की पाठ्यपुस्तक कहती है कि फ़रवरी क्रांति का नेतृत्व किसी दल ने नहीं किया। अक्टूबर 1917 में बोल्शेविकों ने अस्थायी सरकार को हटाकर सत्ता ली।
    en: The faction of the Russian Social Democratic Workers' Party led by Lenin ("Bolshevik" = majority). They wanted a party of disciplined revolutionaries. In February 1917 Lenin was in exile in Switzerland and the Petrograd Bolsheviks were not leading the movement — NCERT says no party led the February Revolution. In October 1917 the Bolsheviks removed the Provisional Government and took power.

glossary socialist-revolutionary
  hi: समाजवादी क्रांतिकारी (एस.आर.)
  en: Socialist Revolutionaries (SRs)
  explain
    hi: 1901–02 में बना दल जो किसानों के अधिकारों के लिए लड़ता था और चाहता था कि सामंतों की ज़मीन किसानों को मिले। 1917 में यह रूस का सबसे बड़ा दल बना; मेन्शेविकों के साथ मिलकर इसके नेता सोवियत चलाते थे।
    en: A party founded in 1901–02 that fought for the peasants' rights and wanted the landlords' land given to the peasants. In 1917 it became Russia's largest party; together with the Mensheviks its leaders ran the Soviet.

glossary central-workers-group
  hi: केंद्रीय मज़दूर समूह
  en: The Central Workers' Group
  explain
    hi: युद्ध-उद्योग समिति में मज़दूरों के प्रतिनिधियों का समूह, जिसकी अगुवाई मेन्शेविक करते थे। जनवरी 1917 में उसके नेता गिरफ़्तार कर लिए गए; 27 फ़रवरी को भीड़ ने जेलें खोलीं तो वे छूटे और उसी रात पेत्रोग्राद सोवियत की पहली बैठक बुलाने में आगे रहे।
    en: The workers' representatives on the War Industries Committee, led by Mensheviks. Its leaders were arrested in January 1917; when crowds opened the prisons on 27 February they were freed, and that same night they were among those who called the Petrograd Soviet's first session.

glossary bourgeoisie
  hi: बुर्जुआ वर्ग (पूँजीपति और मध्यम वर्ग)
  en: The bourgeoisie (the propertied middle class)
  explain
    hi: मार्क्सवादी भाषा में कारख़ानों, व्यापार और पूँजी के मालिकों का वर्ग, और मोटे तौर पर शिक्षित, संपत्तिवान मध्यम वर्ग। मेन्शेविकों का मानना था कि रूस में पहले "बुर्जुआ क्रांति" होगी — इसीलिए 1917 में सोवियत के नेताओं ने सरकार बनाने का काम ड्यूमा के उदारवादियों पर छोड़ा। एक स्कूली इतिहास-पाठ कहता है कि मज़दूरों ने "समस्त शक्ति मध्य वर्ग के हाथ में सौंप दी"।
    en: In Marxist language, the class that owns factories, trade and capital — and, loosely, the educated, propertied middle class. The Mensheviks believed Russia would first have a "bourgeois revolution" — which is why in 1917 the Soviet's leaders left the forming of a government to the Duma's liberals. A school history text says the workers "handed all power to the middle class".

# -- the streets and the barracks

glossary bread-and-rationing
  hi: रोटी की कमी और राशन
  en: Bread shortage and rationing
  explain
    hi: फ़रवरी 1917 में पेत्रोग्राद में कड़ाके की ठंड थी; बर्फ़ से रेलें रुक गईं और ईंधन कम पड़ गया, इसलिए बेकरियों तक आटा समय पर नहीं पहुँचा। शहर के गोदामों में लगभग एक हफ़्ते का आटा था — कमी पूरी तरह अकाल की नहीं, ढुलाई और बँटवारे की थी। जब ख़बर फैली कि रोटी राशन पर मिलेगी (तय मात्रा में, कार्ड से), तो घबराहट में लोग रात-रात भर कतारों में खड़े रहने लगे।
    en: February 1917 in Petrograd was bitterly cold; snow stopped the trains and fuel ran short, so flour did not reach the bakeries in time. The city's warehouses held about a week's flour — the shortage was one of transport and distribution more than outright famine. When word spread that bread would be rationed (a fixed amount, by card), panic set people queuing all night.

glossary international-womens-day
  hi: अंतर्राष्ट्रीय महिला दिवस
  en: International Women's Day
  explain
    hi: कामकाजी औरतों के अधिकारों का दिन, जिसे समाजवादी 1911 से मनाते थे। 1917 में यह 23 फ़रवरी (पुरानी शैली) = 8 मार्च (नई शैली) को पड़ा। उसी दिन वीबोर्ग की कपड़ा मिलों की औरतों ने हड़ताल कर दी — और क्रांति शुरू हुई।
    en: A day for working women's rights, kept by socialists since 1911. In 1917 it fell on 23 February Old Style = 8 March New Style. That day the women of the Vyborg textile mills went on strike — and the revolution began.

glossary strike-and-lockout
  hi: हड़ताल और तालाबंदी
  en: Strike and lockout
  explain
    hi: हड़ताल: मज़दूर अपनी माँगें मनवाने के लिए मिलकर काम बंद कर देते हैं; जब पूरे शहर के कारख़ाने बंद हों, तो उसे आम हड़ताल कहते हैं। तालाबंदी: मालिक कारख़ाने पर ताला लगाकर मज़दूरों को काम और मज़दूरी से बाहर कर देते हैं — जैसे 22 फ़रवरी 1917 को पुतिलोव कारख़ाने में हुआ।
    en: A strike: workers stop work together to press their demands; when factories across a whole city stop, it is a general strike. A lockout: the owners shut the factory and keep the workers out, without work or wages — as happened at the Putilov works on 22 February 1917.

glossary mutiny
  hi: सैन्य विद्रोह (बग़ावत)
  en: Mutiny
  explain
    hi: जब सैनिक मिलकर अपने अफ़सरों के आदेश मानने से इनकार कर दें। युद्ध के समय इसकी सज़ा मौत हो सकती थी — इसीलिए एक बार विद्रोह कर चुके सैनिकों ने दूसरी रेजिमेंटों को भी अपने साथ लाने की कोशिश की।
    en: When soldiers together refuse to obey their officers. In wartime it could be punished by death — which is why soldiers who had mutinied tried to bring other regiments over to their side.

glossary militia-and-red-guard
  hi: जन-मिलिशिया और रेड गार्ड (लाल रक्षक)
  en: People's militia and Red Guards
  explain
    hi: फ़रवरी के दिनों में ज़ार की पुलिस भाग गई या गिरफ़्तार हो गई। कारख़ानों और मोहल्लों ने हथियारबंद मज़दूरों के अपने दस्ते बनाए, और अस्थायी सरकार ने पुलिस की जगह "जन-मिलिशिया" बनाने का वादा किया। मज़दूरों के हथियारबंद दस्ते आगे चलकर रेड गार्ड (लाल रक्षक) कहलाए; अक्टूबर 1917 में उन्होंने बड़ी भूमिका निभाई।
    en: In the February days the Tsar's police fled or were arrested. Factories and districts formed armed workers' squads of their own, and the Provisional Government promised a "people's militia" in place of the police. The armed workers' squads came to be called Red Guards; they played a large part in October 1917.

# -- the new powers

glossary soviet
  hi: सोवियत
  en: Soviet
  explain
    hi: रूसी शब्द "सोवियत" का अर्थ है परिषद: मज़दूरों के (और 1917 से सैनिकों के भी) चुने हुए प्रतिनिधियों की सभा। पहली सोवियतें 1905 में बनीं। पेत्रोग्राद सोवियत की पहली बैठक 27 फ़रवरी 1917 की रात टॉराइड महल में हुई।
    en: The Russian word "soviet" means council: an assembly of elected deputies of workers (and, from 1917, of soldiers too). The first soviets appeared in 1905. The Petrograd Soviet first met on the night of 27 February 1917 in the Tauride Palace.

glossary soviet-executive
  hi: सोवियत की कार्यकारी समिति
  en: The Soviet's Executive Committee
  explain
    hi: पेत्रोग्राद सोवियत में हज़ारों प्रतिनिधि थे; रोज़ के फ़ैसले कुछ समाजवादी नेताओं की कार्यकारी समिति करती थी, जिसमें ज़्यादातर मेन्शेविक और समाजवादी क्रांतिकारी थे। 1–2 मार्च की रात इसी समिति ने ड्यूमा की समिति से नई सरकार की शर्तें तय कीं।
    en: The Petrograd Soviet had thousands of deputies; day-to-day decisions were taken by an Executive Committee of socialist leaders, mostly Mensheviks and Socialist Revolutionaries. On the night of 1–2 March it was this committee that settled the new government's terms with the Duma's committee.

glossary provisional-committee
  hi: ड्यूमा की अस्थायी समिति
  en: Provisional Committee of the Duma
  explain
    hi: 27 फ़रवरी 1917 को, सत्रावसान के बाद, एक "निजी बैठक" में बनी ड्यूमा नेताओं की समिति (अध्यक्ष: रोद्ज़ियांको)। 2 मार्च को इसी से अस्थायी सरकार निकली।
    en: The committee of Duma leaders (chair: Rodzianko) formed at a "private meeting" after the prorogation on 27 February 1917. On 2 March the Provisional Government grew out of it.

glossary commissar
  hi: कमिसार
  en: Commissar
  explain
    hi: किसी नई सत्ता का भेजा हुआ प्रतिनिधि, जो उसकी ओर से किसी दफ़्तर या संस्था पर नज़र रखे। 28 फ़रवरी 1917 को ड्यूमा की समिति ने मंत्रालयों में अपने कमिसार भेजे — जैसे बुबलिकोव, जिसने रेलवे सँभाली। बाद में यह शब्द बोल्शेविक सरकार के मंत्रियों ("जन-कमिसार") के लिए भी चला।
    en: A representative sent by a new authority to watch over an office or institution in its name. On 28 February 1917 the Duma's committee sent commissars to the ministries — such as Bublikov, who took over the railways. Later the word was also used for the Bolshevik government's ministers ("People's Commissars").

glossary order-one
  hi: आदेश संख्या 1
  en: Order No. 1
  explain
    hi: 1 मार्च 1917 को पेत्रोग्राद सोवियत का छावनी के नाम आदेश: हर यूनिट अपनी चुनी हुई सैनिक समिति बनाए; राजनीतिक मामलों में सैनिक सोवियत की बात मानें; हथियार समितियों के पास रहें, अफ़सरों के पास नहीं; ड्यूटी के बाहर सैनिकों को नागरिकों के सारे अधिकार; अफ़सरों का अपमानजनक बर्ताव बंद। इससे फ़ौज पर असली पकड़ सोवियत की हो गई।
    en: The Petrograd Soviet's order to the garrison of 1 March 1917: every unit to elect a soldiers' committee; in political matters soldiers obey the Soviet; weapons stay with the committees, not the officers; off duty, soldiers have all the rights of citizens; officers' insulting treatment ends. It gave the Soviet the real hold over the army.

glossary soldiers-committee
  hi: सैनिक समिति
  en: Soldiers' committee
  explain
    hi: किसी कंपनी, बटालियन या रेजिमेंट के सैनिकों द्वारा चुनी गई समिति, जो आदेश संख्या 1 के बाद हर यूनिट में बनी। वह हथियारों पर नियंत्रण रखती और सोवियत में प्रतिनिधि भेजती थी। NCERT की पाठ्यपुस्तक बताती है कि 1917 में फ़ौज में "सैनिक समितियाँ" बनीं।
    en: A committee elected by the soldiers of a company, battalion or regiment, formed in every unit after Order No. 1. It controlled the weapons and sent deputies to the Soviet. NCERT notes that "soldiers' committees" were formed in the army in 1917.

glossary provisional-government
  hi: अस्थायी (अंतरिम) सरकार
  en: Provisional Government
  explain
    hi: 2 मार्च 1917 को घोषित सरकार, जो संविधान सभा के चुनाव तक देश चलाने के लिए बनी थी। प्रधानमंत्री प्रिंस जॉर्जी ल्वोव थे (स्कूली इतिहास-पाठ में "जार्ज स्लाव"); इसमें ज़्यादातर उदारवादी (कैडेट) और अक्टूबरवादी थे, समाजवादी केवल केरेन्स्की। अक्टूबर 1917 में बोल्शेविकों ने इसे हटा दिया।
    en: The government announced on 2 March 1917 to run the country until a Constituent Assembly was elected. Its Prime Minister was Prince Georgy Lvov (the school history text's "George Slav"); its members were mostly liberals (Kadets) and Octobrists, with Kerensky the only socialist. The Bolsheviks removed it in October 1917.

glossary dual-power
  hi: दोहरी सत्ता
  en: Dual power
  explain
    hi: मार्च 1917 के बाद की स्थिति, जब देश में दो सत्ताएँ थीं: अस्थायी सरकार, जिसके पास क़ानूनी अधिकार था, और पेत्रोग्राद सोवियत, जिसकी बात मज़दूर और सैनिक मानते थे। सोवियत ने सरकार को "जहाँ तक वह वादे निभाए, वहीं तक" समर्थन दिया।
    en: The situation after March 1917, when the country had two powers: the Provisional Government, which had legal authority, and the Petrograd Soviet, which the workers and soldiers obeyed. The Soviet supported the government only "in so far as" it kept its promises.

glossary abdication
  hi: राजत्याग (गद्दी छोड़ना)
  en: Abdication
  explain
    hi: जब कोई राजा स्वयं गद्दी छोड़ दे। 2 मार्च 1917 को प्स्कोव में ज़ार निकोलस द्वितीय ने अपनी और अपने बेटे अलेक्सेई की ओर से, भाई मिख़ाइल के पक्ष में गद्दी छोड़ी; अगले दिन मिख़ाइल ने ताज अस्वीकार कर दिया।
    en: When a monarch gives up the throne of his own act. On 2 March 1917 at Pskov, Tsar Nicholas II abdicated for himself and his son Alexei, in favour of his brother Michael; the next day Michael declined the crown.

glossary regency
  hi: रीजेंसी (संरक्षक-शासन)
  en: Regency
  explain
    hi: जब राजा नाबालिग हो, तो उसके बड़े होने तक उसकी ओर से कोई संरक्षक (रीजेंट) शासन चलाता है। मिल्युकोव और गुचकोव चाहते थे कि बालक अलेक्सेई ज़ार बनें और ग्रैंड ड्यूक मिख़ाइल रीजेंट — ताकि राजवंश बचा रहे।
    en: When a monarch is under age, a regent rules in his name until he grows up. Milyukov and Guchkov wanted the boy Alexei to become Tsar with Grand Duke Michael as regent — so that the dynasty would survive.

glossary constituent-assembly
  hi: संविधान सभा
  en: Constituent Assembly
  explain
    hi: देश का संविधान बनाने के लिए चुनी गई सभा। मार्च 1917 में तय हुआ कि रूस का भावी शासन — राजतंत्र या गणतंत्र — यही सभा तय करेगी। इसके चुनाव नवंबर 1917 में हुए; जनवरी 1918 में यह टॉराइड महल में एक ही दिन बैठी और बोल्शेविकों ने इसे भंग कर दिया। (भारत की संविधान सभा 1946 से 1949 तक बैठी।)
    en: An assembly elected to draw up a country's constitution. In March 1917 it was agreed that this assembly would decide Russia's future form of government — monarchy or republic. It was elected in November 1917; in January 1918 it met for a single day in the Tauride Palace, and the Bolsheviks dissolved it. (India's Constituent Assembly sat from 1946 to 1949.)

glossary universal-adult-franchise
  hi: सार्वभौमिक वयस्क मताधिकार
  en: Universal adult franchise
  explain
    hi: हर वयस्क नागरिक को — अमीर हो या ग़रीब, पुरुष हो या स्त्री — वोट देने का बराबर अधिकार। NCERT की पाठ्यपुस्तक बताती है कि अस्थायी सरकार ने संविधान सभा का चुनाव इसी आधार पर कराने का निर्णय किया; "सार्वभौमिक, समान, गुप्त और प्रत्यक्ष" मतदान 1–2 मार्च के समझौते की एक शर्त थी।
    en: An equal right to vote for every adult citizen — rich or poor, man or woman. NCERT notes that the Provisional Government decided to elect the Constituent Assembly on this basis; a "universal, equal, secret and direct" vote was one of the terms agreed on the night of 1–2 March.

# -- more terms the roles use

glossary council-of-elders
  hi: वरिष्ठ सदस्यों की परिषद (ड्यूमा)
  en: The Council of Elders (of the Duma)
  explain
    hi: ड्यूमा के अध्यक्ष और दलों के नेताओं की छोटी परिषद, जो सदन का कामकाज तय करती थी। 27 फ़रवरी 1917 को सत्रावसान के बाद इसी परिषद ने "निजी बैठक" बुलाई और अस्थायी समिति बनाई।
    en: The small council of the Duma's chairman and the party leaders that arranged the house's business. On 27 February 1917, after the prorogation, it called the "private meeting" and set up the Provisional Committee.

glossary military-commission
  hi: ड्यूमा का सैन्य आयोग
  en: The Duma's Military Commission
  explain
    hi: 27–28 फ़रवरी 1917 को ड्यूमा की अस्थायी समिति ने विद्रोही सैनिकों को सँभालने के लिए यह आयोग बनाया। 28 फ़रवरी को इसने सैनिकों को बैरकों में लौटकर अफ़सरों का आदेश मानने को कहा — सैनिकों के ग़ुस्से से अगले दिन आदेश संख्या 1 निकला।
    en: The commission the Duma's Provisional Committee set up on 27–28 February 1917 to take charge of the mutinous troops. On 28 February it ordered the soldiers back to barracks and to obey their officers — and out of the soldiers' anger came Order No. 1 the next day.

glossary progressists
  hi: प्रोग्रेसिस्ट (प्रगतिवादी दल)
  en: Progressists
  explain
    hi: व्यापारियों और उद्योगपतियों का एक छोटा उदारवादी दल, कैडेटों और अक्टूबरवादियों के बीच का। रेलवे सँभालने वाले ड्यूमा सदस्य बुबलिकोव और उद्योगपति कोनोवालोव इसी दल के थे।
    en: A small liberal party of merchants and industrialists, between the Kadets and the Octobrists. Bublikov, the deputy who took over the railways, and the industrialist Konovalov belonged to it.

glossary nco
  hi: एन.सी.ओ. (नॉन-कमीशंड अफ़सर)
  en: NCO (non-commissioned officer)
  explain
    hi: सार्जेंट और कॉर्पोरल जैसे छोटे अफ़सर, जो साधारण सैनिकों में से ऊपर उठे थे और उन्हीं के साथ रहते थे (भारतीय सेना में हवलदार और नायक जैसे)। 27 फ़रवरी का विद्रोह एक एन.सी.ओ., तिमोफ़ेई किर्पिचनिकोव, ने संगठित किया।
    en: Junior leaders such as sergeants and corporals, risen from the ranks and living with the men (like the havildars and naiks of the Indian Army). The mutiny of 27 February was organised by an NCO, Timofei Kirpichnikov.

glossary ty-and-vy
  hi: "तू" और "आप" (रूसी में "ती" और "वी"; अफ़सर सैनिकों से कैसे बोलते थे)
  en: "Ty" and "vy" (how officers spoke to soldiers)
  explain
    hi: रूसी में "ती" (तू) बराबर वालों, बच्चों या नौकरों से कहा जाता है, और "वी" (आप) आदर से। ज़ार की सेना में अफ़सर सैनिकों को "ती" कहते थे, और सैनिकों को उन्हें "हुज़ूर" कहना पड़ता था। आदेश संख्या 1 ने यह अपमानजनक बर्ताव बंद किया।
    en: In Russian "ty" (like Hindi "तू") is said to equals, children or servants, and "vy" (like "आप") in respect. In the Tsar's army officers called soldiers "ty", while soldiers had to call them "Your Excellency". Order No. 1 put an end to this insulting treatment.

glossary factory-committee
  hi: कारख़ाना समिति और आठ घंटे का कार्यदिवस
  en: Factory committees and the eight-hour day
  explain
    hi: मार्च 1917 में मज़दूरों ने कारख़ानों में अपनी चुनी हुई समितियाँ बनाईं, जो काम की शर्तों पर मालिकों से बात करती थीं। 10 मार्च (23 मार्च) को पेत्रोग्राद सोवियत और कारख़ाना-मालिकों के संघ में आठ घंटे के कार्यदिवस और कारख़ाना समितियों पर समझौता हुआ। NCERT की पाठ्यपुस्तक भी फ़रवरी के बाद बनी कारख़ाना समितियों का उल्लेख करती है।
    en: In March 1917 workers elected committees in the factories to speak to the owners about working conditions. On 10 March (23 March) the Petrograd Soviet and the manufacturers' association agreed the eight-hour day and factory committees. NCERT also mentions the factory committees formed after February.

glossary amnesty
  hi: आम माफ़ी
  en: Amnesty
  explain
    hi: सरकार द्वारा किसी वर्ग के क़ैदियों या अपराधियों को सामूहिक रूप से माफ़ करके छोड़ देना। मार्च 1917 के समझौते की पहली शर्त थी राजनीतिक क़ैदियों — हड़तालियों, क्रांतिकारियों, निर्वासितों — को आम माफ़ी।
    en: A government's pardon and release of a whole class of prisoners at once. The first term of the March 1917 agreement was an amnesty for political prisoners — strikers, revolutionaries, exiles.

glossary republic
  hi: गणतंत्र
  en: Republic
  explain
    hi: ऐसा राज्य जिसमें कोई राजा न हो और सत्ता जनता के चुने हुए प्रतिनिधियों के हाथ में हो — जैसे आज का भारत। मार्च 1917 में मज़दूर और सैनिक गणतंत्र चाहते थे, पर फ़ैसला संविधान सभा पर छोड़ा गया; रूस को गणतंत्र 1 सितंबर (14 सितंबर) 1917 को घोषित किया गया।
    en: A state with no monarch, where power lies with the people's elected representatives — like India today. In March 1917 workers and soldiers wanted a republic, but the decision was left to the Constituent Assembly; Russia was proclaimed a republic on 1 September (14 September) 1917.

glossary kronstadt
  hi: क्रोनश्टाट
  en: Kronstadt
  explain
    hi: पेत्रोग्राद के पास फ़िनलैंड की खाड़ी में एक टापू पर रूसी नौसेना का अड्डा। 28 फ़रवरी–1 मार्च 1917 को वहाँ के नाविकों ने विद्रोह किया; ख़बरों के अनुसार एडमिरल विरेन और दर्जनों अफ़सर मारे गए। 1917 में क्रोनश्टाट के नाविक सबसे क्रांतिकारी माने गए।
    en: The Russian navy's base on an island in the Gulf of Finland, near Petrograd. On 28 February–1 March 1917 its sailors rose; Admiral Viren and dozens of officers were reported killed. Through 1917 the Kronstadt sailors were known as the most radical of all.

glossary historians-readings
  hi: फ़रवरी 1917: इतिहासकारों की अलग-अलग व्याख्याएँ
  en: How historians read February 1917
  explain
    hi: सोवियत इतिहास-लेखन ने क्रांति को मज़दूर वर्ग और उसके दल के नेतृत्व वाली, लगभग अवश्यंभावी घटना बताया। कम्युनिस्ट-विरोधी पश्चिमी इतिहासकार (जैसे अमेरिकी इतिहासकार रिचर्ड पाइप्स) ज़ोर देते हैं कि सत्ता ढह गई, सेना का अनुशासन टूटा और अराजकता फैली। सामाजिक इतिहासकार इसे "नीचे से" उठी क्रांति मानते हैं — मज़दूरों, औरतों और सैनिकों के अपने फ़ैसलों से बनी। NCERT की पाठ्यपुस्तक कहती है कि फ़रवरी क्रांति का नेतृत्व किसी दल ने नहीं किया। हर स्रोत से पूछिए: किसने लिखा, कब, और क्यों?
    en: Soviet historians told the revolution as a nearly inevitable event led by the working class and its party. Anti-communist Western historians (such as the American Richard Pipes) stress the collapse of authority, the breakdown of army discipline and the spread of anarchy. Social historians see a revolution "from below", made by the choices of workers, women and soldiers. NCERT says no party led the February Revolution. Ask of every source: who wrote it, when, and why?
