format 2
# World events: the city moves on its own, whoever is playing.
#
# Garrison loyalty starts at 80. Without any player's help: cossacks -10, tsar +10, Sunday -10,
# Pavlovsky -20 = 50 at dawn on 27 Feb, just above the mutiny's threshold (45). Each role has choices
# that can bring it down (or up); see worker.story, soldier.story and duma.story.
#
# After the mutiny the city's flags follow from each other (only events set them):
#   volynsky-mutiny              -> mutiny
#   provisional-committee        -> committee   if mutiny or resolve >= 6
#   soviet-first-session         -> soviet      if mutiny or strike >= 80
#   order-one                    -> order-one   if soviet
#   provisional-government       -> government  if committee and soviet
#   abdication                   -> abdicated   if government and mutiny (the generals need someone to hand the
#                                                country to, and a capital that has risen; a government on paper is not enough)
#   michael-declines             -> dynasty-ended if abdicated (and the government and the mutiny its text narrates)
# Played as in history, every one fires. Without the mutiny, a bold Duma (resolve) and a strike that
# holds (strike) can still give a committee and a Soviet, and so a government; without them the
# alternatives happen, and their texts say plainly that this is what might have happened.
#
# Where a date is named in prose it is given in both calendars: Old Style (New Style).

event putilov-lockout
  on 22 Feb, 20:00
  hi: 22 फ़रवरी (7 मार्च): शहर के दक्षिण-पश्चिम में, पुतिलोव कारख़ाने में, मज़दूरी के झगड़े के बाद प्रबंधन ने तालाबंदी कर दी है: लगभग 30,000 मज़दूर बाहर हैं। (NCERT की पाठ्यपुस्तक लिखती है कि तालाबंदी नदी के "दाहिने किनारे" के एक कारख़ाने में हुई; पुतिलोव कारख़ाना असल में बाएँ, दक्षिणी किनारे पर था।)
  en: 22 February (7 March): in the south-west of the city, at the Putilov works, the management has locked out some 30,000 workers after a pay dispute. (NCERT says the lockout was at a factory "on the right bank"; the Putilov works in fact stood on the left, southern bank.)
  add 10 to strike
  add 5 to hunger
  journal
    hi: पुतिलोव कारख़ाने में तालाबंदी।
    en: Lockout at the Putilov works.

event womens-day
  on 23 Feb, noon
  if strike >= 20
  hi: अंतर्राष्ट्रीय महिला दिवस, 23 फ़रवरी (8 मार्च): वीबोर्ग क्षेत्र शहर का कारख़ाना इलाक़ा है, जहाँ गाँवों से आए दसियों हज़ार लोग काम करते हैं। वहाँ की कपड़ा मिलों से औरतें निकल आई हैं और धातु कारख़ानों के मर्दों को भी बाहर बुला रही हैं। "रोटी!" के नारे शहर भर में सुनाई दे रहे हैं। गोदामों में आटा है, पर बर्फ़ में अटकी रेलों और राशन की अफ़वाह ने बेकरियाँ ख़ाली कर दी हैं। शाम तक लगभग पचास कारख़ानों में हड़ताल है।
  en: International Women's Day, 23 February (8 March): women have walked out of the textile mills of the Vyborg side — the factory district, where tens of thousands who came from the villages now work — and are calling out the men in the metal works. Cries of "Bread!" are heard across the city. There is flour in the warehouses, but trains stuck in the snow and rumours of rationing have emptied the bakeries. By evening some fifty factories are on strike.
  for duma
    hi: गलियारे में कोई कहता है: "बस औरतों का रोटी के लिए हंगामा है, कल तक ठंडा पड़ जाएगा।"
    en: Someone in the corridor says: "Just women making a fuss about bread. It will blow over by tomorrow."
  add 20 to strike
  journal
    hi: महिला दिवस: वीबोर्ग की मिलों की औरतें काम छोड़कर निकलीं और धातु कारख़ानों के मर्दों को भी बाहर बुलाया।
    en: Women's Day: the women of the Vyborg mills walked out and called out the metal works.

event cossacks-hold-back
  between 24 Feb, morning and 25 Feb, evening
  if strike >= 50
  hi: कोसैक घुड़सवारों को भीड़ तितर-बितर करने भेजा गया, पर वे धीरे-धीरे भीड़ में से निकल जाते हैं और चाबुक नहीं चलाते। भीड़ में बात फैलती है: "कोसैक हमारे साथ हैं!"
  en: Cossacks are sent to disperse the crowds, but they ride slowly through them without using their whips. Word spreads through the crowd: "The Cossacks are with us!"
  for soldier
    hi: बैरक में भी यही चर्चा है: अगर कोसैक चाबुक नहीं चलाते, तो यह काम हमसे क्यों करवाया जाए?
    en: The barracks talk of nothing else: if the Cossacks won't strike, why should we be made to?
  subtract 10 from garrison
  journal
    hi: कोसैकों ने भीड़ पर हमला नहीं किया।
    en: The Cossacks would not charge the crowds.
  otherwise
    hi: यहाँ इतिहास दूसरी राह लेता है: कोसैक आदेश मानते हैं और भीड़ को चौकों से खदेड़ देते हैं। फ़िलहाल सड़कें ख़ाली हो जाती हैं।
    en: Here history takes another road: the Cossacks obey and drive the crowds from the squares. For now the streets empty.
    add 5 to garrison
    journal
      hi: कोसैकों ने आदेश माना और चौक ख़ाली करा दिए।
      en: The Cossacks obeyed and cleared the squares.

event tsar-telegram
  on 25 Feb, night
  hi: मोगिल्योव के सेना मुख्यालय से ज़ार निकोलस द्वितीय ने जनरल ख़ाबालोव को तार भेजा है: राजधानी की गड़बड़ी "कल" तक ख़त्म की जाए। सैनिकों से कहा गया है कि वे गोली चला सकते हैं। रात में कई कार्यकर्ता गिरफ़्तार होते हैं। निरंकुश शासक संकट का जवाब जनता के भरोसे वाली सरकार से नहीं, आदेश से देता है। पोस्टरों पर सड़कों पर जमा होने की मनाही छपती है, और कर्फ़्यू का एलान होता है।
  en: From army headquarters at Mogilev, Tsar Nicholas II has telegraphed General Khabalov: the disorders in the capital are to end "tomorrow". Troops are told they may fire. In the night many activists are arrested. The autocrat answers the crisis not with a government the people trust, but with an order. Posters forbid gatherings in the streets, and a curfew is announced.
  for soldier
    hi: सार्जेंट-मेजर असली कारतूस बाँटता है। "हुक्म है," वह कहता है, और किसी की ओर नहीं देखता।
    en: The sergeant-major hands out live cartridges. "Orders," he says, looking at no one.
  add 10 to garrison
  journal
    hi: ज़ार का आदेश: गड़बड़ी कल तक ख़त्म हो।
    en: The Tsar's order: end the disorders by tomorrow.

event sunday-shootings
  on 26 Feb, 16:00
  hi: रविवार, 26 फ़रवरी (11 मार्च): कई जगह सैनिकों ने आदेश मानकर भीड़ पर गोली चलाई। मरने वालों के अनुमान अलग-अलग हैं: कुछ के अनुसार अकेले ज़्नामेन्स्काया चौक पर लगभग चालीस लोग मारे गए, दूसरों के अनुसार पूरे शहर में उस दिन लगभग चालीस। शाम तक सड़कें ख़ाली हैं, और बहुतों को लगता है कि आंदोलन कुचल दिया गया। पर बैरकों में आज रात सैनिक एक-दूसरे से आँख नहीं मिला रहे। (एक स्कूली इतिहास-पाठ कहता है कि सैनिकों ने जनता से सहानुभूति के कारण गोली चलाने से "साफ मना कर दिया"। आज बहुतों ने गोली चलाई; पहला इनकार उसी शाम पावलोव्स्की की एक कंपनी ने किया, बड़ा इनकार अगली सुबह आया।)
  en: Sunday, 26 February (11 March): in several places soldiers obeyed orders and fired on the crowds. Estimates of the dead differ: by some accounts about forty people were killed on Znamenskaya Square alone, by others about forty in the whole city that day. By evening the streets are empty, and many believe the movement has been crushed. But tonight in the barracks the soldiers will not meet each other's eyes. (A school history text says the soldiers "flatly refused" to fire because they sympathised with the people. Today many did fire; the first refusal came that same evening, from a company of the Pavlovsky regiment, and the great one the next morning.)
  subtract 15 from strike
  subtract 10 from garrison

event pavlovsky-company
  on 26 Feb, evening
  hi: शाम को पावलोव्स्की रेजिमेंट की चौथी कंपनी ने सुना कि उसके अपने प्रशिक्षण दस्ते ने लोगों पर गोली चलाई है। शर्म से भरकर वह बाहर निकली और घुड़सवार पुलिस पर गोली चलाई। उसके नेताओं को पीटर-पॉल क़िले की जेल में डाल दिया गया — पर ख़बर हर बैरक तक पहुँच गई।
  en: In the evening the 4th Company of the Pavlovsky regiment heard that its own training squad had shot people. Shamed, it marched out and fired on mounted police. Its ringleaders were jailed in the Peter and Paul Fortress — but the news reached every barracks.
  for soldier
    hi: पावलोव्स्की वालों की ख़बर तुम्हारी बैरक में फुसफुसाहट की तरह फैलती है।
    en: The news of the Pavlovsky men runs through your barrack in whispers.
  subtract 20 from garrison
  journal
    hi: पावलोव्स्की रेजिमेंट की चौथी कंपनी ने घुड़सवार पुलिस पर गोली चलाई।
    en: The Pavlovsky regiment's 4th Company fired on mounted police.

event prorogation
  on 26 Feb, 23:00
  hi: देर रात प्रधानमंत्री गोलित्सिन ने ड्यूमा के अध्यक्ष रोद्ज़ियांको को बताया: ज़ार के पहले से हस्ताक्षर किए हुए आदेश से ड्यूमा का सत्रावसान कर दिया गया है। (NCERT के अनुसार ड्यूमा 25 फ़रवरी को स्थगित हुई; आदेश असल में 26 फ़रवरी (11 मार्च) की देर रात सुनाया गया और अगले दिन से लागू हुआ।)
  en: Late at night Prime Minister Golitsyn tells Rodzianko, the Duma's chairman, that the Duma is prorogued by a decree the Tsar signed in advance. (NCERT says the Duma was suspended on 25 February; the decree was in fact made known late on 26 February (11 March) and took effect the next day.)
  for duma
    hi: देर रात तुम्हारे घर टेलीफ़ोन बजता है: "कल सदन की बैठक नहीं होगी।"
    en: Late at night your telephone rings: "There will be no sitting tomorrow."
  set prorogued
  journal
    hi: ड्यूमा का सत्रावसान।
    en: The Duma is prorogued.

# The central event. In history it happened; here it happens only if the garrison's loyalty has fallen
# far enough by dawn. Otherwise the detachment marches out and the revolution is put off — for now.
event volynsky-mutiny
  on 27 Feb, dawn
  if garrison <= 45
  hi: भोर में वोलिन्स्की रेजिमेंट के प्रशिक्षण दस्ते ने बाहर निकलने से इनकार कर दिया। उनके कमांडर, स्टाफ़-कप्तान लाश्केविच, मारे गए। विद्रोही सैनिक प्रेओब्राज़ेन्स्की और लितोव्स्की रेजिमेंटों को भी "बाहर बुला" रहे हैं, जैसे हड़ताली मज़दूर कारख़ानों को बुलाते हैं।
  en: At dawn the Volynsky regiment's training detachment refused to march out. Their commander, Staff-Captain Lashkevich, was killed. The mutineers are "calling out" the Preobrazhensky and Litovsky regiments, the way strikers call out factories.
  for soldier
    hi: किर्पिचनिकोव तुम्हारी ओर देखता है। अब लौटने का रास्ता नहीं।
    en: Kirpichnikov looks at you. There is no way back now.
  for worker
    hi: वीबोर्ग में ख़बर उड़ती है: "सैनिक हमारी तरफ़ आ गए!"
    en: Word flies round the Vyborg side: "The soldiers have come over to us!"
  for duma
    hi: सुबह-सुबह टेलीफ़ोन पर ख़बर आती है: छावनी में बग़ावत है। अब ड्यूमा को कुछ न कुछ करना होगा।
    en: Early in the morning the telephone brings the news: the garrison is in revolt. Now the Duma must do something.
  set mutiny
  subtract 30 from garrison
  add 20 to strike
  add 3 to resolve
  move soldier to mutiny-yard
  journal
    hi: वोलिन्स्की प्रशिक्षण दस्ते का विद्रोह।
    en: The Volynsky training detachment mutinied.
  otherwise
    hi: यहाँ इतिहास दूसरी राह लेता है: भोर में वोलिन्स्की प्रशिक्षण दस्ता आदेश पर बाहर निकल गया। रात में किर्पिचनिकोव को काफ़ी साथी नहीं मिले, और अफ़सरों ने पहरा दोगुना कर दिया। जनरल ख़ाबालोव मोगिल्योव को तार भेजते हैं कि व्यवस्था बहाल हो रही है। पर बैरकों में शर्म और शहर में भूख वैसी ही है।
    en: Here history takes another road: at dawn the Volynsky training detachment marched out as ordered. In the night Kirpichnikov had not found enough men willing, and the officers had doubled the guard. General Khabalov wires Mogilev that order is being restored. But the shame in the barracks and the hunger in the city remain.
    add 10 to garrison
    subtract 10 from strike
    subtract 2 from resolve
    add 5 to hunger
    journal
      hi: छावनी ने बग़ावत नहीं की — अभी तक।
      en: The garrison has not mutinied — not yet.

# ---------------------------------------------------------------- 27 February to 3 March

# The mutiny spreads through the day. Without a mutiny there is nothing to spread: it lapses.
event garrison-goes-over
  between 27 Feb, morning and 27 Feb, afternoon
  if mutiny
  assumes mutiny
  hi: बग़ावत फैल रही है: दिन ढलने तक दसियों हज़ार सैनिक बैरकों से निकल आए हैं। सैनिक और मज़दूर लितेयनी प्रॉस्पेक्ट के शस्त्रागार (आर्सेनल) पर क़ब्ज़ा करके राइफ़लें बाँट रहे हैं; वीबोर्ग क्षेत्र में उन्होंने क्रेस्ती जेल खोल दी है — राजनीतिक क़ैदी भी छूटे, साधारण अपराधी भी। अदालत और कई थाने जल रहे हैं। जनरल ख़ाबालोव के पास गिनती के वफ़ादार सैनिक बचे हैं। पुलिस मुख्यालय लूटकर तहस-नहस कर दिया गया है; घुड़सवार सैनिक भीड़ पर गोली चलाने से इनकार करते हैं।
  en: The mutiny spreads: by nightfall tens of thousands of soldiers have left their barracks. Soldiers and workers take the Arsenal on Liteiny Prospekt and hand out rifles; on the Vyborg side they open Kresty prison, freeing political prisoners and common criminals alike. The law courts and many police stations burn. General Khabalov has almost no loyal troops left. The police headquarters is ransacked; mounted troops refuse to fire on the crowds.
  for worker
    hi: क्रेस्ती से छूटे लोग वीबोर्ग की गलियों से गुज़र रहे हैं; उनमें जनवरी से बंद मज़दूर नेता भी हैं।
    en: Men freed from Kresty walk through the Vyborg streets; among them are labour leaders jailed since January.
  for soldier
    hi: हर बैरक के सामने एक ही सवाल गूँजता है: "तुम किसके साथ हो?" बग़ावत करने वाले अब अकेले नहीं — शायद यही उन्हें बचाएगा।
    en: Outside every barracks the same question: "Whose side are you on?" The mutineers are no longer alone — and that may be what saves them.
  for duma
    hi: टॉराइड महल की खिड़कियों से धुआँ दिखता है। सैनिकों के जत्थे महल की ओर आ रहे हैं: वे जानना चाहते हैं कि ड्यूमा किसके साथ है।
    en: From the windows of the Tauride Palace you see the smoke. Columns of soldiers are heading for the palace: they want to know whose side the Duma is on.
  subtract 20 from garrison
  journal
    hi: शस्त्रागार पर क़ब्ज़ा, क्रेस्ती जेल खुली, अदालत जली।
    en: The Arsenal taken, Kresty opened, the law courts burned.

event provisional-committee
  on 27 Feb, evening
  if mutiny or resolve >= 6
  assumes mutiny or resolve >= 6      # soldiers at the palace only {if mutiny}
  hi: टॉराइड महल में, सत्रावसान के बाद भी रुके ड्यूमा सदस्यों ने "निजी बैठक" की और "राज्य ड्यूमा की अस्थायी समिति" बनाई — अध्यक्ष मिख़ाइल रोद्ज़ियांको, सदस्यों में मिल्युकोव, शुल्गिन और केरेन्स्की। समिति कहती है कि वह "व्यवस्था बहाल करने" के लिए है, विद्रोह के लिए नहीं। (एक स्कूली इतिहास-पाठ कहता है कि ड्यूमा ने "विसर्जित होने से मना कर दिया"; इतिहास में उसने आदेश औपचारिक रूप से माना — और फिर भी बैठी।)
  en: In the Tauride Palace, deputies who stayed on after the prorogation hold a "private meeting" and set up a Provisional Committee of the State Duma — chaired by Mikhail Rodzianko, with Milyukov, Shulgin and Kerensky among its members. It exists, it says, "to restore order", not to rebel. (A school history text says the Duma "refused to dissolve"; in history it formally obeyed — and met anyway.)
  for duma
    hi: समिति के नाम पढ़े जाते हैं। अगर ज़ार की फ़ौजें मोर्चे से लौटीं, तो यह सूची फाँसी की सूची भी बन सकती है।
    en: The committee's names are read out. If the Tsar's troops return from the front, this list could become a list for the gallows.
  for worker
    hi: लोग कहते हैं, ड्यूमा के साहबों ने "व्यवस्था बहाल करने" के लिए समिति बनाई है। किसकी व्यवस्था, यह कोई नहीं बताता।
    en: People say the Duma gentlemen have formed a committee "to restore order". Whose order, nobody says.
  for soldier
    hi: {if mutiny}महल के बाहर रोद्ज़ियांको सैनिकों से कहते हैं कि समिति व्यवस्था बहाल करेगी। कुछ "उरा!" (जय!) चिल्लाते हैं; कुछ पूछते हैं: क्या फिर उन्हीं अफ़सरों के नीचे?{else}बैरक में एक अफ़सर ख़बर पढ़कर सुनाता है: कुछ ड्यूमा सदस्यों ने "व्यवस्था बहाल करने" के लिए एक समिति बनाई है। सैनिकों से कोई कुछ नहीं पूछता।{end}
    en: {if mutiny}Outside the palace Rodzianko tells the soldiers the committee will restore order. Some cheer; some ask: back under the same officers?{else}In the barracks an officer reads out the news: some deputies have formed a committee "to restore order". Nobody asks the soldiers anything.{end}
  set committee
  journal
    hi: ड्यूमा की अस्थायी समिति बनी (अध्यक्ष: रोद्ज़ियांको)।
    en: The Duma's Provisional Committee was formed (chair: Rodzianko).
  otherwise
    hi: यहाँ इतिहास दूसरी राह लेता है: सत्रावसान का आदेश सुनकर ड्यूमा सदस्य घर चले गए। जिनके पास नाम और अनुभव था, उन्होंने जोखिम नहीं उठाया; कोई समिति नहीं बनी। (असल में सदस्य रुके रहे और समिति बनी।)
    en: Here history takes another road: on hearing the decree the deputies went home. The men with names and experience did not take the risk; no committee was formed. (In history they stayed, and the committee was formed.)
    for duma
      hi: तुम सोचते हो: ड्यूमा की आज रात की सावधानी कल समझदारी कहलाएगी या कायरता?
      en: You wonder whether the Duma's caution tonight will be called wisdom tomorrow, or cowardice.
    journal
      hi: ड्यूमा सदस्य घर लौट गए; कोई समिति नहीं बनी।
      en: The deputies went home; no committee was formed.

event soviet-first-session
  on 27 Feb, 21:00
  if mutiny or strike >= 80
  assumes mutiny or strike >= 80      # a city risen enough for a council: the mutiny, or a strike that holds
  hi: रात 9 बजे पेत्रोग्राद सोवियत की पहली बैठक हुई। कारख़ानों ने जल्दी-जल्दी प्रतिनिधि चुने — हर हज़ार मज़दूरों पर एक। ड्यूमा के मेन्शेविक सदस्य निकोलाई च्खेइद्ज़े अध्यक्ष चुने गए; स्कोबेलेव (मेन्शेविक) और केरेन्स्की (त्रुदोविक) उपाध्यक्ष। 1905 के बाद पहली बार राजधानी के मज़दूरों की अपनी परिषद है — और ड्यूमा के सामने अब एक दूसरी सत्ता खड़ी है।
  en: At 9 p.m. the Petrograd Soviet holds its first session. The factories have hurriedly chosen delegates — one for every thousand workers. The Menshevik Duma deputy Nikolai Chkheidze is elected chairman, Skobelev (Menshevik) and Kerensky (Trudovik) vice-chairmen. For the first time since 1905 the capital's workers have a council of their own — and beside the Duma there now stands a second power.
  for worker
    hi: किसी के पास काग़ज़ नहीं, पर हर कोई बोलना चाहता है। पहले फ़ैसले: शहर के लिए रसद समिति, और हर मोहल्ले में मज़दूरों की मिलिशिया।
    en: Nobody has paper; everybody wants to speak. The first decisions: a food commission for the city, and a workers' militia in every district.
  for soldier
    hi: सोवियत कहती है कि हर कंपनी अपना प्रतिनिधि चुने। पहली बार कोई सैनिकों से पूछ रहा है कि वे क्या सोचते हैं।
    en: The Soviet asks every company to elect a deputy. For the first time, someone is asking soldiers what they think.
  for duma
    hi: समाजवादी सदस्य च्खेइद्ज़े और केरेन्स्की अब सोवियत में भी हैं। ड्यूमा के लोग सोच रहे हैं: सैनिक किसकी बात मानेंगे?
    en: The socialist deputies Chkheidze and Kerensky now sit in the Soviet too. The Duma men wonder: whom will the soldiers obey?
  set soviet
  journal
    hi: पेत्रोग्राद सोवियत की पहली बैठक (अध्यक्ष: च्खेइद्ज़े)।
    en: The Petrograd Soviet met for the first time (chair: Chkheidze).
  otherwise
    hi: यहाँ इतिहास दूसरी राह लेता है: रात को वीबोर्ग क्षेत्र के एक घर में कुछ प्रतिनिधि चुपके से मिलते हैं। पर हड़ताल ढीली पड़ रही है और पुलिस जाग रही है; वे तय करते हैं कि अभी रुकना होगा। कोई सोवियत नहीं बनती। (असल में 27 फ़रवरी (12 मार्च) की रात सोवियत की पहली बैठक हुई।)
    en: Here history takes another road: at night a few delegates meet in secret in a flat on the Vyborg side. But the strike is flagging and the police are awake; they decide they must wait. No Soviet is formed. (In history the Soviet first met on the night of 27 February (12 March).)
    journal
      hi: सोवियत नहीं बन सकी।
      en: No Soviet could be formed.

# The committee takes power only if the city has already gone over; otherwise it waits (it lapses).
event duma-takes-power
  on 28 Feb, 02:00
  if committee and mutiny
  assumes committee and mutiny
  hi: रात दो बजे अस्थायी समिति ने घोषणा की कि वह व्यवस्था बहाल करने की ज़िम्मेदारी अपने हाथ में ले रही है, और मंत्रालयों में अपने कमिसार भेजे। ड्यूमा सदस्य बुबलिकोव ने रेलवे सँभाली और हर स्टेशन को तार भेजा: पुरानी सत्ता विफल हो गई है, राज्य ड्यूमा ने नई सत्ता अपने हाथ में ली है। दिन भर ज़ार के मंत्री गिरफ़्तार होकर टॉराइड महल लाए जाते हैं।
  en: At 2 a.m. the Provisional Committee declares that it is taking responsibility for restoring order, and sends commissars to the ministries. The deputy Bublikov takes over the railways and telegraphs every station: the old power has failed; the State Duma has taken the new power into its hands. All day the Tsar's ministers are arrested and brought to the Tauride Palace.
  for duma
    hi: रोद्ज़ियांको के बुलाने पर ग्रैंड ड्यूक मिख़ाइल 27 फ़रवरी की शाम राजधानी आए और सीधे तार पर भाई से भरोसे वाला मंत्रिमंडल माँगा; ज़ार ने मना किया, और मिख़ाइल ने उनकी मर्ज़ी के ख़िलाफ़ कमान सँभालने से इनकार कर दिया।
    en: At Rodzianko's call Grand Duke Michael came to the capital on the evening of 27 February and asked his brother over the direct wire for a ministry of confidence; the Tsar refused, and Michael would not take charge against his will.
  for soldier
    hi: ड्यूमा का सैन्य आयोग आदेश देता है: सैनिक बैरकों में लौटें और अफ़सरों की बात मानें। बहुत से मना कर देते हैं — इन्हीं अफ़सरों के ख़िलाफ़ तो बग़ावत की थी।
    en: The Duma's military commission orders the soldiers back to barracks, under their officers. Many refuse: these are the officers they mutinied against.
  for worker
    hi: रेल मज़दूर राजधानी की ओर आ रही ज़ार की ट्रेन का रास्ता रोक देंगे।
    en: The railwaymen will not let the Tsar's train through to the capital.
  journal
    hi: ड्यूमा की समिति ने सत्ता सँभाली; बुबलिकोव का तार हर स्टेशन तक।
    en: The Duma committee took power; Bublikov's telegram went to every station.

event order-one
  on 1 Mar, afternoon
  if soviet
  assumes soviet                      # the Duma's order back to the officers only {if committee and mutiny}
  hi: पेत्रोग्राद सोवियत ने सैनिकों के प्रतिनिधियों के साथ मिलकर छावनी के नाम आदेश संख्या 1 जारी किया: हर यूनिट अपनी चुनी हुई समिति बनाए और सोवियत में प्रतिनिधि भेजे; राजनीतिक मामलों में सैनिक सोवियत की बात मानें, और ड्यूमा के आदेश तभी जब वे सोवियत के विरुद्ध न हों; हथियार समितियों के पास रहें, अफ़सरों को कभी न सौंपे जाएँ; ड्यूटी के बाद सैनिकों को नागरिकों के सारे अधिकार — न ज़बरदस्ती की सलामी, न "हुज़ूर", न अपमान।
  en: The Petrograd Soviet, together with soldiers' delegates, issues Order No. 1 to the garrison: every unit elects a committee and sends a deputy to the Soviet; in political matters soldiers obey the Soviet, and the Duma only where it does not contradict the Soviet; weapons stay with the committees, never handed to officers; off duty, soldiers have the rights of citizens — no compulsory salutes, no "Your Excellency", no insults.
  for soldier
    hi: आदेश पढ़कर सुनाया जाता है। कोई खुलकर हँसता है; एक बूढ़ा रिज़र्व सैनिक सीने पर क्रॉस बनाता है। अफ़सर चुप हैं।
    en: The order is read aloud. Someone laughs out loud; an old reservist crosses himself. The officers say nothing.
  for duma
    hi: गुचकोव घबराए हुए हैं: जिस सेना में अफ़सर आदेश न दे सकें, वह युद्ध कैसे लड़ेगी?{if committee and mutiny} सोवियत वाले कहते हैं: सैनिकों को उन्हीं अफ़सरों के नीचे लौटने का हुक्म देकर यह नौबत ड्यूमा ने ख़ुद बुलाई।{end}
    en: Guchkov is dismayed: how can an army fight if its officers cannot command?{if committee and mutiny} The Soviet's men reply that the Duma brought this on itself by ordering the soldiers back under their old officers.{end}
  for worker
    hi: जो सैनिक कुछ दिन पहले पुलों पर मज़दूरों का रास्ता रोक रहे थे, अब उनकी भी अपनी समितियाँ होनी हैं।
    en: Soldiers who days ago were blocking the bridges against the workers are now to have committees of their own.
  set order-one
  journal
    hi: आदेश संख्या 1: हर यूनिट में सैनिकों की चुनी हुई समिति।
    en: Order No. 1: an elected soldiers' committee in every unit.
  otherwise
    assumes not soviet
    hi: यहाँ इतिहास दूसरी राह लेता है: कोई सोवियत नहीं जो सैनिकों की ओर से बोले। अफ़सर पुराना अनुशासन लौटा रहे हैं — सलामी, "हुज़ूर", और मोर्चे पर भेजे जाने का डर। सड़कों पर दिखे सैनिकों के नाम लिखे जा रहे हैं। (असल में 1 मार्च (14 मार्च) को सोवियत ने आदेश संख्या 1 जारी किया।)
    en: Here history takes another road: there is no Soviet to speak for the soldiers. The officers restore the old discipline — the salutes, "Your Excellency", the fear of the front. The names of soldiers seen in the streets are being written down. (In history the Soviet issued Order No. 1 on 1 March (14 March).)
    for soldier
      hi: सार्जेंट-मेजर पेंसिल लिए चारपाइयों के बीच घूमता है और नाम लिखता जाता है। उसके पास से गुज़रते ही सब चुप हो जाते हैं।
      en: The sergeant-major walks between the bunks with a pencil, writing down names. The men fall silent as he passes.
    journal
      hi: फ़ौज में पुराना अनुशासन लौटा।
      en: The old discipline returned to the army.

event agreement-night
  between 1 Mar, evening and 2 Mar, morning
  if committee and soviet and mutiny
  assumes committee and soviet and mutiny   # "the revolutionary regiments", "the units that made the revolution"
  hi: 1 मार्च (14 मार्च) की पूरी रात सोवियत की कार्यकारी समिति और ड्यूमा की समिति नई सरकार के कार्यक्रम पर बातचीत (सौदेबाज़ी) करती रहीं। तय हुआ: राजनीतिक क़ैदियों को आम माफ़ी; भाषण, प्रेस, सभा और हड़ताल की आज़ादी; वर्ग, धर्म और राष्ट्रीयता पर आधारित भेदभाव ख़त्म; सार्वभौमिक, समान, गुप्त और प्रत्यक्ष मतदान से संविधान सभा; पुलिस की जगह जन-मिलिशिया; क्रांति में शामिल सैनिक न निहत्थे होंगे, न पेत्रोग्राद से हटाए जाएँगे। सोवियत इस सरकार का समर्थन "उसी हद तक" करेगी जहाँ तक वह इस कार्यक्रम पर चले — पर सोवियत के नेता मंत्री नहीं बनेंगे। यही "दोहरी सत्ता" है। मित्र राष्ट्र ब्रिटेन और फ़्रांस, जो कहते हैं कि वे लोकतंत्र के लिए लड़ रहे हैं, ड्यूमा की समिति को व्यवहार में मान्यता दे चुके हैं; औपचारिक मान्यता अस्थायी सरकार को मार्च में आगे चलकर मिलेगी। (स्कूली इतिहास-पाठ जिस "14 मार्च" की बात करता है, वह यही रात है।)
  en: Through the night of 1 March (14 March) the Soviet's Executive Committee and the Duma Committee bargain over the new government's programme. Agreed: an amnesty for political prisoners; freedom of speech, press, assembly and strikes; an end to discrimination by class, religion and nationality; a Constituent Assembly elected by universal, equal, secret and direct vote; a people's militia instead of the police; the revolutionary regiments neither disarmed nor removed from Petrograd. The Soviet will support the government "in so far as" it keeps to this — but its leaders will not be ministers. This is "dual power". Russia's allies Britain and France, who say they are fighting for democracy, already deal with the Duma Committee as the government in practice; formal recognition of the Provisional Government will come later in March. (The school history text's "14 March" is this night.)
  for duma
    hi: मिल्युकोव भोर तक हर पंक्ति पर बहस करते हैं। राजतंत्र के सवाल पर दोनों पक्ष चुप रहना तय करते हैं।
    en: Milyukov argues over every line until dawn. On the monarchy, both sides agree to say nothing.
  for worker
    hi: सोवियत के नेता बताते हैं: हमने सत्ता नहीं ली; जिन्होंने ली है, उन पर नज़र रखेंगे। कुछ ताली बजाते हैं; कुछ पूछते हैं कि इन साहबों पर भरोसा क्यों करें।
    en: The Soviet's leaders report: we have not taken power; we will watch those who have. Some applaud; others ask why they should trust these gentlemen.
  for soldier
    hi: एक शर्त तुम्हारे लिए है: क्रांति करने वाली यूनिटें पेत्रोग्राद से बाहर नहीं भेजी जाएँगी। बैरक में लोग इसे वादे की तरह दोहराते हैं।
    en: One condition is yours: the units that made the revolution will not be sent away. In the barracks men repeat it like a promise.
  journal
    hi: सोवियत और ड्यूमा समिति में समझौता: सशर्त समर्थन — दोहरी सत्ता।
    en: The Soviet and the Duma committee agreed: conditional support — dual power.

event provisional-government
  on 2 Mar, 15:00
  if committee and soviet
  assumes committee and soviet        # the mutiny only {if mutiny}: without it, a government on paper
  hi: 2 मार्च (15 मार्च) की दोपहर, टॉराइड महल के कैथरीन हॉल में, कैडेट नेता पावेल मिल्युकोव ने अस्थायी सरकार की घोषणा की: प्रधानमंत्री प्रिंस जॉर्जी ल्वोव; विदेश मंत्री मिल्युकोव; युद्ध मंत्री गुचकोव; न्याय मंत्री केरेन्स्की — अकेले समाजवादी, जिन्होंने सोवियत की मनाही के बावजूद पद लिया और सोवियत में भाषण देकर तालियाँ पाईं। ज़्यादातर मंत्री शिक्षित, संपत्तिवान मध्यम वर्ग के उदारवादी हैं — वकील, प्रोफ़ेसर, उद्योगपति, ज़मींदार। भीड़ से आवाज़ आई: "तुम्हें किसने चुना?" मिल्युकोव: "रूसी क्रांति ने।" पर जब उन्होंने कहा कि बालक अलेक्सेई ज़ार होंगे और मिख़ाइल रीजेंट, तो हॉल में हंगामा मच गया। (स्कूली इतिहास-पाठ का "जार्ज स्लाव" प्रिंस ल्वोव ही हैं — नाम बिगड़ गया लगता है। वे चौथी ड्यूमा में नहीं थे; युद्ध में ज़ेम्स्तवो संघ के प्रमुख थे।){if not mutiny} यहाँ इतिहास दूसरी राह लेता है: इस शहर में छावनी ने बग़ावत नहीं की। मंत्री वफ़ादार रेजिमेंटों की बंदूकों के साये में बोल रहे हैं, और बाहर अफ़सर उनके नाम लिख रहे हैं: यह काग़ज़ पर बनी सरकार है, जिसे रात होने तक गिरफ़्तार किया जा सकता है।{end}
  en: On the afternoon of 2 March (15 March), in the Catherine Hall of the Tauride Palace, the Kadet leader Pavel Milyukov announces the Provisional Government: Prime Minister, Prince Georgy Lvov; Foreign Affairs, Milyukov; War, Guchkov; Justice, Kerensky — the one socialist, who took office against the Soviet's decision and won its cheers with a speech. Most ministers are liberals of the educated, propertied middle class — lawyers, professors, industrialists, landowners. "Who elected you?" someone shouts. "The Russian revolution," says Milyukov. But when he says the boy Alexei will be Tsar with Michael as regent, the hall erupts. (The school history text's "जार्ज स्लाव", George Slav, is Prince Lvov — the name seems garbled. He was not in the Fourth Duma; in the war he led the Zemstvo Union.){if not mutiny} Here history takes another road: in this city the garrison never rose. The ministers speak under the guns of loyal regiments, and officers outside are taking down their names: a government on paper, which could be arrested by nightfall.{end}
  for duma
    hi: ड्यूमा के अध्यक्ष रोद्ज़ियांको मंत्रिमंडल में नहीं हैं। नई सरकार "क्रांति" के नाम पर खड़ी है, ड्यूमा के नाम पर नहीं।
    en: Rodzianko, the Duma's chairman, is not in the cabinet. The new government stands in the name of "the revolution", not of the Duma.
  for worker
    hi: मज़दूर चिल्लाते हैं: अब कोई रोमानोव नहीं, रीजेंट के साथ भी नहीं! शाम तक मिल्युकोव को ख़ुद एलान करना पड़ता है कि वह उनकी निजी राय थी।
    en: Workers shout: no more Romanovs, regent or no regent! By evening Milyukov himself has to announce that it was his personal opinion.
  for soldier
    hi: {if mutiny}कोई सैनिक चिल्लाता है: "हम नया ज़ार लाने सड़कों पर नहीं उतरे थे!"{else}बैरक में अफ़सर ख़बर पढ़कर सुनाते हैं और हँसते हैं: ऐसी सरकार, जिसके साथ एक भी रेजिमेंट नहीं!{end}
    en: {if mutiny}A soldier shouts: "We didn't go out into the streets to get a new Tsar!"{else}In the barracks the officers read out the news and laugh: a government without a single regiment behind it!{end}
  set government
  journal
    hi: अस्थायी सरकार की घोषणा{if mutiny}{else}, सिर्फ़ काग़ज़ पर, वफ़ादार छावनी की बंदूकों के साये में{end}; प्रधानमंत्री प्रिंस जॉर्जी ल्वोव।
    en: The Provisional Government was announced{if mutiny}{else}, on paper only, under the guns of a loyal garrison{end}; Prime Minister, Prince Georgy Lvov.
  otherwise
    assumes not (committee and soviet)  # either failed: "those with the nerve" (no Soviet), "those with the streets" (no committee)
    hi: यहाँ इतिहास दूसरी राह लेता है: 2 मार्च (15 मार्च) बीत गया और कोई नई सरकार नहीं बनी। जिनमें साहस था, उनके पीछे सड़कें नहीं थीं; जिनके पीछे सड़कें थीं, उन्हें दूसरों पर भरोसा नहीं था। मोगिल्योव और प्स्कोव में जनरल इंतज़ार कर रहे हैं कि राजधानी किसके हाथ जाती है। (असल में इसी दिन अस्थायी सरकार की घोषणा हुई।)
    en: Here history takes another road: 2 March (15 March) passed and no new government was formed. Those with the nerve did not have the streets behind them; those with the streets did not trust the others. At Mogilev and Pskov the generals wait to see who will hold the capital. (In history the Provisional Government was announced that day.)
    journal
      hi: कोई नई सरकार नहीं बनी; जनरल इंतज़ार में।
      en: No new government was formed; the generals waited.

event abdication
  on 2 Mar, night
  if government and mutiny
  assumes government and mutiny       # the generals give way to a capital that has risen; the Duma's envoys (a government needs the committee)
  hi: प्स्कोव में, अपनी ट्रेन में, ज़ार निकोलस द्वितीय ने गद्दी छोड़ दी। सलाह पहले उनके जनरलों से आई: सेना के चीफ़ ऑफ़ स्टाफ़ अलेक्सेयेव ने मोर्चों के कमांडरों की राय तार से मँगाई, और जनरल रुज़्स्की ने उनकी सलाह ज़ार के सामने रखी — गद्दी छोड़ दें, ताकि युद्ध चलता रहे। दोपहर 3 बजे के आसपास निकोलस बेटे के पक्ष में मान गए। रात 10 बजे के आसपास ड्यूमा के दूत गुचकोव और शुल्गिन पहुँचे, तो निकोलस ने कहा कि वे बीमार बेटे से अलग नहीं होंगे: उन्होंने अपनी और अलेक्सेई दोनों की ओर से, भाई मिख़ाइल के पक्ष में गद्दी छोड़ी। उस रात डायरी में उन्होंने लिखा कि चारों ओर "विश्वासघात, कायरता और धोखा" है। (एक स्कूली इतिहास-पाठ कहता है कि नई सरकार ने गद्दी छोड़ने की माँग की। ड्यूमा ने दूत ज़रूर भेजे, पर जनरलों की सलाह पहले आई — NCERT की पाठ्यपुस्तक भी यही कहती है।)
  en: At Pskov, in his train, Tsar Nicholas II abdicates. The advice came first from his generals: the Chief of Staff, Alekseev, gathered the front commanders' views by telegraph, and General Ruzsky laid their advice before him — give up the throne, so that the war can go on. At about 3 p.m. Nicholas agreed, in favour of his son. When the Duma's envoys Guchkov and Shulgin arrived at about 10 p.m., he told them he would not be parted from his sick son: he abdicated for himself and Alexei, in favour of his brother Michael. That night he wrote in his diary of "treason, cowardice and deceit" all around. (A school history text says the new government demanded the abdication. The Duma did send envoys, but the generals' advice came first — as NCERT says.)
  for duma
    hi: गुचकोव और शुल्गिन को उम्मीद थी कि अलेक्सेई ज़ार बनेंगे और मिख़ाइल रीजेंट। फ़ैसला हो चुका था — पर वह नहीं जिसकी उन्होंने योजना बनाई थी।
    en: Guchkov and Shulgin had hoped for Alexei as Tsar and Michael as regent. The decision was made — but not the one they had planned.
  for soldier
    hi: आधी रात के बाद ख़बर बैरक में पहुँचती है: "निकोलाई चले गए।" कुछ लोग ख़ुशी से चिल्लाते हैं; एक बूढ़ा सैनिक चुपचाप टोपी उतार लेता है।
    en: After midnight the news reaches the barracks: "Nikolai is gone." Some men cheer; an old soldier quietly takes off his cap.
  for worker
    hi: सुबह तक हर कारख़ाने में ख़बर होगी: ज़ार चले गए। पर उनकी जगह — एक और रोमानोव?
    en: By morning every factory will know: the Tsar is gone. But in his place — another Romanov?
  set abdicated
  journal
    hi: प्स्कोव में ज़ार निकोलस द्वितीय ने अपनी और अलेक्सेई की ओर से, मिख़ाइल के पक्ष में गद्दी छोड़ी।
    en: At Pskov Tsar Nicholas II abdicated for himself and Alexei, in favour of Michael.
  otherwise
    assumes not (government and mutiny)   # which part failed is said {if government}
    hi: यहाँ इतिहास दूसरी राह लेता है — यह वह है जो हो सकता था, वह नहीं जो हुआ: निकोलस द्वितीय अब भी ज़ार हैं। {if government}टॉराइड महल में घोषित सरकार के पीछे एक भी रेजिमेंट नहीं; जिन मंत्रियों को राजधानी की अपनी छावनी गिरफ़्तार कर सकती है, उन्हें जनरल देश नहीं सौंपेंगे, इसलिए अलेक्सेयेव और रुज़्स्की ज़ार पर दबाव नहीं डालते{else}राजधानी में ऐसी कोई सरकार नहीं जिसे जनरल देश सौंप सकें, इसलिए अलेक्सेयेव और रुज़्स्की उन पर दबाव नहीं डालते{end}; मोर्चे से वफ़ादार टुकड़ियाँ बुलाने की बात चल रही है। ज़ारशाही कुछ दिन, शायद कुछ हफ़्ते, और बच सकती है — पर भूख, युद्ध और ग़ुस्सा वैसे ही हैं। (असल में 2 मार्च (15 मार्च) की रात ज़ार ने गद्दी छोड़ी।)
    en: Here history takes another road — this is what might have happened, not what did: Nicholas II is still Tsar. {if government}The government announced in the Tauride Palace has not a single regiment behind it; the generals will not hand the country to ministers whom the capital's own garrison could arrest, so Alekseev and Ruzsky do not press him{else}There is no government in the capital to which the generals could hand the country, so Alekseev and Ruzsky do not press him{end}; there is talk of bringing loyal units from the front. Tsarism may survive for days, perhaps weeks — but the hunger, the war and the anger are all still there. (In history the Tsar abdicated on the night of 2 March (15 March).)
    journal
      hi: ज़ार ने गद्दी नहीं छोड़ी — अभी तक।
      en: The Tsar has not abdicated — not yet.

event michael-declines
  on 3 Mar, noon
  if abdicated and government and mutiny
  assumes abdicated and government and mutiny   # the ministers at Millionnaya Street, the government's programme, a capital that will not accept a new Tsar
  hi: 3 मार्च (16 मार्च), मिलियोन्नाया सड़क का मकान नंबर 12: गुचकोव और मिल्युकोव ग्रैंड ड्यूक मिख़ाइल से ताज स्वीकार करने का आग्रह करते हैं; केरेन्स्की, रोद्ज़ियांको और ज़्यादातर दूसरे लोग मना करते हैं — उन्हें डर है कि राजधानी नया ज़ार नहीं मानेगी। मिख़ाइल घोषणा करते हैं कि वे ताज तभी लेंगे जब सार्वभौमिक मताधिकार से चुनी संविधान सभा उन्हें सौंपे। तीन सौ साल का रोमानोव शासन समाप्त हुआ — "इस प्रकार रूस में ज़ारशाही का अंत हुआ", जैसा स्कूली इतिहास-पाठ कहता है। उसी सुबह "सम्राट मिख़ाइल" की जय बोलने पर रेल मज़दूरों ने गुचकोव को लगभग गिरफ़्तार कर लिया था। (आठ महीने से भी कम समय बाद, 25 अक्टूबर (7 नवंबर) 1917 को, बोल्शेविक अस्थायी सरकार को हटा देंगे — स्कूली इतिहास-पाठ की दूसरी, अक्टूबर की क्रांति।)
  en: 3 March (16 March), 12 Millionnaya Street: Guchkov and Milyukov urge Grand Duke Michael to take the crown; Kerensky, Rodzianko and most of the others urge him not to — they fear the capital will not accept a new Tsar. Michael declares he will accept the crown only if a Constituent Assembly, elected by universal suffrage, offers it to him. Three hundred years of Romanov rule are over — "thus tsarism ended in Russia", as a school history text says. That morning railway workers had nearly arrested Guchkov for proclaiming "Emperor Michael". (Less than eight months later, on 25 October (7 November) 1917, the Bolsheviks would remove the Provisional Government — the school history text's second revolution, in October.)
  for duma
    hi: बहस में हारे मिल्युकोव सरकार छोड़ने की बात करते हैं; साथी उन्हें रोक लेते हैं। सरकार का कार्यक्रम आज छपता है।
    en: Outvoted, Milyukov talks of leaving the government; his colleagues persuade him to stay. Today the government's programme is published.
  for worker
    hi: बालकनियों से लाल झंडे लटक रहे हैं। "अब कोई ज़ार नहीं," एक बूढ़ी औरत कहती है, जैसे इन शब्दों को परख रही हो।
    en: Red flags hang from the balconies. "No more Tsars," says an old woman, as if testing the words.
  for soldier
    hi: दुकानों के साइनबोर्डों से दो सिरों वाले शाही उक़ाब (गरुड़) के निशान उतारे जा रहे हैं। सैनिक अब किसकी शपथ लेंगे, कोई नहीं जानता।
    en: The double-headed imperial eagles are coming down from the shop signs. To whom will soldiers swear their oath now? Nobody knows.
  set dynasty-ended
  journal
    hi: ग्रैंड ड्यूक मिख़ाइल ने ताज अस्वीकार किया: रोमानोव शासन का अंत।
    en: Grand Duke Michael declined the crown: the end of Romanov rule.
