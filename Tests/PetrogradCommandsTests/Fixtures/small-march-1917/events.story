format 1
# World events: the city moves on its own, whoever is playing.
# Garrison loyalty starts at 80. Without any player's help: cossacks -10, tsar +10, Sunday -10,
# Pavlovsky -20 = 50 at dawn on 27 Feb, just above the mutiny's threshold (45). Each role has choices
# that can bring it down (or up); see worker.story, soldier.story and duma.story.

event putilov-lockout
  on 22 Feb, 20:00
  hi: शहर के दक्षिण-पश्चिम में, पुतिलोव कारखाने में, मज़दूरी के झगड़े के बाद मालिकों ने तालाबंदी कर दी है: लगभग 30,000 मज़दूर बाहर हैं।
  en: In the south-west of the city, at the Putilov works, the management has locked out some 30,000 workers after a pay dispute.
  add 10 to strike
  add 5 to hunger
  journal
    hi: पुतिलोव कारखाने में तालाबंदी।
    en: Lockout at the Putilov works.

event womens-day
  on 23 Feb, noon
  if strike >= 20
  hi: अंतर्राष्ट्रीय महिला दिवस: वीबोर्ग क्षेत्र की कपड़ा मिलों से औरतें निकल आई हैं और धातु कारखानों के मर्दों को भी बाहर बुला रही हैं। "रोटी!" के नारे शहर भर में सुनाई दे रहे हैं।
  en: International Women's Day: women have walked out of the Vyborg-side textile mills and are calling out the men in the metal works. Cries of "Bread!" are heard across the city.
  for duma
    hi: गलियारे में कोई कहता है: "बस औरतों का रोटी के लिए हंगामा है, कल तक ठंडा पड़ जाएगा।"
    en: Someone in the corridor says: "Just women making a fuss about bread. It will blow over by tomorrow."
  add 20 to strike

event cossacks-hold-back
  between 24 Feb, morning and 25 Feb, evening
  if strike >= 50
  hi: कोसैक घुड़सवारों को भीड़ तितर-बितर करने भेजा गया, पर वे धीरे-धीरे भीड़ में से निकल जाते हैं और चाबुक नहीं चलाते। भीड़ में बात फैलती है: "कोसैक हमारे साथ हैं!"
  en: Cossacks are sent to disperse the crowds, but they ride slowly through them without using their whips. Word spreads through the crowd: "The Cossacks are with us!"
  for soldier
    hi: बैरक में भी यही चर्चा है: अगर कोसैक नहीं मारते, तो हमसे क्यों मरवाया जाए?
    en: The barracks talk of nothing else: if the Cossacks won't strike, why should we be made to?
  subtract 10 from garrison
  otherwise
    hi: कोसैक आदेश मानते हैं और भीड़ को चौकों से खदेड़ देते हैं। फ़िलहाल सड़कें ख़ाली हो जाती हैं।
    en: The Cossacks obey and drive the crowds from the squares. For now the streets empty.
    add 5 to garrison

event tsar-telegram
  on 25 Feb, night
  hi: मोगिल्योव के सेना मुख्यालय से ज़ार निकोलस द्वितीय ने जनरल ख़ाबालोव को तार भेजा है: राजधानी की गड़बड़ी "कल" तक ख़त्म की जाए। सैनिकों से कहा गया है कि वे गोली चला सकते हैं। रात में कई कार्यकर्ता गिरफ़्तार होते हैं।
  en: From army headquarters at Mogilev, Tsar Nicholas II has telegraphed General Khabalov: the disorders in the capital are to end "tomorrow". Troops are told they may fire. In the night many activists are arrested.
  for soldier
    hi: सार्जेंट-मेजर कारतूस बाँटता है। "कल असली गोलियाँ," वह कहता है, और किसी की ओर नहीं देखता।
    en: The sergeant-major hands out cartridges. "Live rounds tomorrow," he says, looking at no one.
  add 10 to garrison
  journal
    hi: ज़ार का आदेश: गड़बड़ी कल तक ख़त्म हो।
    en: The Tsar's order: end the disorders by tomorrow.

event sunday-shootings
  on 26 Feb, 16:00
  hi: रविवार: कई जगह सैनिकों ने आदेश मानकर भीड़ पर गोली चलाई। अकेले ज़्नामेन्स्काया चौक पर लगभग चालीस लोग मारे गए। शाम तक सड़कें ख़ाली हैं, और बहुतों को लगता है कि आंदोलन कुचल दिया गया। पर बैरकों में आज रात सैनिक एक-दूसरे से आँख नहीं मिला रहे।
  en: Sunday: in several places soldiers obeyed orders and fired on the crowds. Some forty people were killed on Znamenskaya Square alone. By evening the streets are empty, and many believe the movement has been crushed. But tonight in the barracks the soldiers will not meet each other's eyes.
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

event prorogation
  on 26 Feb, 23:00
  hi: देर रात प्रधानमंत्री गोलित्सिन ने ड्यूमा के अध्यक्ष रोद्ज़ियांको को बताया: ज़ार के पहले से हस्ताक्षर किए हुए आदेश से ड्यूमा का सत्रावसान कर दिया गया है।
  en: Late at night Prime Minister Golitsyn tells Rodzianko, the Duma's chairman, that the Duma is prorogued by a decree the Tsar signed in advance.
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
  hi: भोर में वोलिन्स्की रेजिमेंट के प्रशिक्षण दस्ते ने बाहर निकलने से इनकार कर दिया। उनके कमांडर, स्टाफ़-कप्तान लाश्केविच, मारे गए। विद्रोही सैनिक प्रेओब्राज़ेन्स्की और लितोव्स्की रेजिमेंटों को भी "बाहर बुला" रहे हैं, जैसे हड़ताली मज़दूर कारखानों को बुलाते हैं।
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
  subtract 30 from garrison
  add 20 to strike
  add 3 to resolve
  move soldier to mutiny-yard
  journal
    hi: वोलिन्स्की प्रशिक्षण दस्ते का विद्रोह।
    en: The Volynsky training detachment mutinied.
  otherwise
    hi: भोर में वोलिन्स्की प्रशिक्षण दस्ता आदेश पर बाहर निकल गया: रात में किर्पिचनिकोव को काफ़ी साथी नहीं मिले, और अफ़सरों ने पहरा दोगुना कर दिया। जनरल ख़ाबालोव मोगिल्योव को तार भेजते हैं कि व्यवस्था बहाल हो रही है। पर बैरकों में शर्म और शहर में भूख वैसी ही है।
    en: At dawn the Volynsky training detachment marched out as ordered: in the night Kirpichnikov had not found enough men willing, and the officers had doubled the guard. General Khabalov wires Mogilev that order is being restored. But the shame in the barracks and the hunger in the city remain.
    add 10 to garrison
    subtract 10 from strike
    subtract 2 from resolve
    add 5 to hunger
    journal
      hi: छावनी ने बग़ावत नहीं की — अभी तक।
      en: The garrison has not mutinied — not yet.
