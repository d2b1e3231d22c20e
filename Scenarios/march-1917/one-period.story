format 2
# A game in one period (issue 11, point 4): `petrograd play march-1917 --at one-period`.
# It starts on the evening of Sunday 26 Feb and ends by the afternoon of Monday 27 Feb; each role has its
# own short scenes (w-period-*, s-period-*, d-period-*), four real decisions and three endings, and reads
# at most 1,200 words per language (tests: period-*.playtest).
#
# The world as history had it by 26 Feb, evening (events.story; scenario.story's starting values):
# - strike 60: the lockout (+10) and Women's Day (+20), the general strike of 24–25 Feb that the
#   city made, and the Sunday shootings (-15);
# - hunger 70: the lockout's +5 on 65;
# - garrison 65: the Cossacks (-10), the Tsar's order (+10), Sunday (-10), and the soldiers' own
#   doubts; the Pavlovsky company (-20, at 18:00, told at the start) brings it to 45, the mutiny's
#   threshold at dawn, so that the mutiny happens as in history unless a player holds the men back;
# - resolve 4: Rodzianko's first telegram to the Tsar (26 Feb).
# The prorogation (26 Feb, 23:00) and the mutiny (27 Feb, dawn) happen in play.

entry one-period
  hi: एक पीरियड का खेल: 26–27 फ़रवरी (11–12 मार्च)
  en: A game in one period: 26–27 February (11–12 March)
  on 26 Feb, evening
  start worker at w-period-start
  start soldier at s-period-start
  start duma at d-period-start
  set strike to 60
  set hunger to 70
  set garrison to 65
  set resolve to 4

# ---------------------------------------------------------------- the worker

scene w-period-start
  for worker
  on 26 Feb, evening
  at vyborg
  hi: रविवार, 26 फ़रवरी (11 मार्च) की शाम। ज़्नामेन्स्काया चौक से लौटे लोग बताते हैं कि आज सैनिकों ने भीड़ पर गोली चलाई; सिर्फ़ उसी चौक पर लगभग चालीस लोग मारे गए। तुम्हारे कमरे में दोनों बच्चे सो रहे हैं, पति मोर्चे पर है। आज रात मिल के अहाते में सभा है। सुना है, मोहल्ले के पार्टी वाले भी सोच रहे हैं कि हड़ताल रोक दी जाए।
  en: Sunday evening, 26 February (11 March). People back from Znamenskaya Square say the soldiers fired on the crowd today; some forty were killed on the square alone. In your room both children are asleep; your husband is at the front. There is a meeting in the mill yard tonight. They say even the district's party men are thinking of calling the strike off.
  choice meeting
    hi: सभा में जाओ और कहो कि हड़ताल नहीं रुकनी चाहिए।
    en: Go to the meeting and say the strike must not stop.
    reply
      hi: अहाते में लालटेन की रोशनी में तुम बोलती हो: "आज रुक गए, तो जो मरे, वे बेकार मरे।" औरतें हामी भरती हैं।
      en: In the lantern light of the yard you speak: "If we stop now, the dead died for nothing." The women murmur agreement.
    add 5 to strike
    go w-period-patrol
  choice stay-in default
    hi: आज रात बच्चों के पास रहो।
    en: Stay with the children tonight.
    reply
      hi: तुम दरवाज़ा बंद करती हो। बाहर कोई "रोटी!" चिल्लाता है, फिर सन्नाटा।
      en: You bolt the door. Outside someone shouts "Bread!", then silence.
    go w-period-patrol

scene w-period-patrol
  for worker
  on 26 Feb, night
  hi: रात को तुम पानी लेने निकलती हो। बेकरी के कोने पर सैनिकों का एक गश्ती दस्ता ठिठुर रहा है — गाँव के लड़के, तुम्हारे छोटे भाई की उम्र के। शायद इन्हीं के साथियों ने आज गोली चलाई।
  en: At night you go out for water. On the corner by the bakery a patrol of soldiers stands freezing — village boys, your younger brother's age. Perhaps it was their comrades who fired today.
  choice talk
    hi: उनसे बात करो: "मेरा आदमी भी मोर्चे पर है। क्या तुम मुझ पर भी गोली चलाओगे?"
    en: Speak to them: "My man is at the front too. Would you shoot me as well?"
    reply
      hi: सबसे छोटा सैनिक ज़मीन की ओर देखता है। "हम अपनी मर्ज़ी से नहीं चलाते, बहन," वह धीरे से कहता है।
      en: The youngest looks at the ground. "We don't shoot because we want to, sister," he says quietly.
    subtract 5 from garrison
    go w-period-night
  choice bread
    hi: अपनी आख़िरी रोटी का टुकड़ा सबसे छोटे सैनिक को दे दो।
    en: Give your last piece of bread to the youngest soldier.
    reply
      hi: वह झिझकता है, फिर ले लेता है। कोई कुछ नहीं कहता, पर एक सैनिक अपनी राइफ़ल कंधे से उतार लेता है।
      en: He hesitates, then takes it. Nobody says a word, but one of them lowers his rifle from his shoulder.
    subtract 3 from garrison
    go w-period-night
  choice pass default
    hi: बिना देखे आगे निकल जाओ।
    en: Walk past without looking.
    reply
      hi: दरवाज़े तक पहुँचने तक तुम्हें अपनी पीठ पर उनकी नज़रें महसूस होती रहती हैं।
      en: You feel their eyes on your back all the way to your door.
    go w-period-night

scene w-period-night
  for worker
  on 26 Feb, 23:30
  hi: आधी रात से पहले तुम्हारी बेटी जाग जाती है। "पापा कब आएँगे?" तुम्हारे पास जवाब नहीं है। कल सोमवार है: मिल खुल सकती है, और फ़ोरमैन ने कहा है कि जो काम पर नहीं लौटेगा, उसका नाम सूची में जाएगा।
  en: Before midnight your daughter wakes. "When will Papa come?" You have no answer. Tomorrow is Monday: the mill may open, and the foreman has said that whoever does not come back will go on a list.
  choice out-again
    hi: तय करो कि कल फिर सड़क पर निकलोगी, चाहे जो हो।
    en: Decide that tomorrow you will go out on the street again, whatever happens.
    reply
      hi: तुम बेटी के बाल सहलाती हो। डर है, पर फ़ैसला हो चुका है।
      en: You stroke your daughter's hair. You are afraid, but your mind is made up.
    add 5 to strike
    go w-period-dawn
  choice back-to-work default
    hi: तय करो कि मिल खुली तो काम पर लौट जाओगी: बच्चों को खाना चाहिए।
    en: Decide that if the mill opens you will go back to work: the children must eat.
    reply
      hi: तुम सोचती हो: जब तक हालात नहीं बदलते, करघा ही रोटी देता है।
      en: You think: until things change, the loom is what puts bread on the table.
    subtract 5 from strike
    go w-period-dawn

scene w-period-dawn
  for worker
  on 27 Feb, dawn
  hi: सोमवार, 27 फ़रवरी (12 मार्च) की भोर। नदी के उस पार से, लितेयनी पुल की ओर से, नारे और राइफ़लों की आवाज़ें आ रही हैं। पड़ोसिन दरवाज़ा खटखटाती है: "सब पुल की ओर जा रहे हैं! और क्रेस्ती जेल में हमारे लोग बंद हैं — मिल का प्रतिनिधि प्योत्र भी, जिसे शनिवार रात पकड़ा गया।"
  en: Dawn on Monday, 27 February (12 March). From across the river, towards the Liteiny bridge, come shouts and rifle shots. Your neighbour hammers on the door: "Everyone's going to the bridge! And our people are locked up in Kresty — Pyotr too, the mill's delegate, taken on Saturday night."
  choice street
    hi: भीड़ के साथ लितेयनी प्रॉस्पेक्ट चलो, जहाँ सैनिक आ रहे हैं।
    en: Go with the crowd to Liteiny Prospekt, where the soldiers are coming.
    go w-period-street
  choice kresty
    hi: क्रेस्ती जेल चलो, प्योत्र और दूसरे क़ैदियों के लिए।
    en: Go to Kresty prison, for Pyotr and the other prisoners.
    go w-period-kresty
  choice home default
    hi: बच्चों के साथ घर पर रहो और दरवाज़ा बंद रखो।
    en: Stay at home with the children and keep the door shut.
    go w-period-home

ending w-period-street
  for worker
  hi: लितेयनी प्रॉस्पेक्ट पर सैनिक और मज़दूर साथ चल रहे हैं; कोई तुम्हारे हाथ में राइफ़ल थमाना चाहता है। तुम मना करती हो और घायलों के लिए पट्टियाँ उठा लेती हो। शाम तक शहर बदल चुका है — और तुमने उसे बीचोबीच खड़े होकर बदलते देखा।
  en: On Liteiny Prospekt soldiers and workers march together; someone wants to put a rifle in your hands. You refuse and carry bandages for the wounded instead. By evening the city has changed — and you watched it change from the middle of it.
  debrief
    hi: तुम्हारा रास्ता: गोलीबारी के बाद भी तुम सड़क पर लौटीं। इतिहास में: 27 फ़रवरी (12 मार्च) को वोलिन्स्की दस्ते की बग़ावत के बाद सैनिकों और मज़दूरों ने लितेयनी प्रॉस्पेक्ट के शस्त्रागार पर क़ब्ज़ा करके राइफ़लें बाँटीं, और शाम तक 25,000 से 70,000 सैनिक बग़ावत में शामिल हो चुके थे। रात 9 बजे पेत्रोग्राद सोवियत की पहली बैठक हुई। प्रश्न: 1917 में ज़ारशाही निरंकुशता क्यों ढह गई? (NCERT, प्रश्न 3)
    en: Your path: even after the shootings you went back to the street. In history, on 27 February (12 March), after the Volynsky detachment mutinied, soldiers and workers took the Arsenal on Liteiny and handed out rifles, and by evening 25,000 to 70,000 soldiers had joined the mutiny. At 9 p.m. the Petrograd Soviet met for the first time. Question: Why did the Tsarist autocracy collapse in 1917? (NCERT, question 3)
  historians
    hi: तुम्हारी पाठ्यपुस्तक (NCERT) कहती है कि फ़रवरी क्रांति का नेतृत्व किसी दल ने नहीं किया। इतिहासकार इस पर बहस करते हैं: सोवियत इतिहास-लेखन ने इसे पार्टी के नेतृत्व वाली क्रांति बताया; सामाजिक इतिहासकार इसे "नीचे से" उठी क्रांति मानते हैं, जिसे मज़दूरों, औरतों और सैनिकों ने ख़ुद आगे बढ़ाया।
    en: Your textbook (NCERT) says that no party led the February Revolution. Historians debate this: Soviet historiography told it as a party-led revolution; social historians see a revolution "from below", carried forward by workers, women and soldiers themselves.

ending w-period-kresty
  for worker
  hi: क्रेस्ती जेल के फाटक भीड़ ने खोल दिए हैं। बाहर निकलते लोगों में प्योत्र भी है, दाढ़ी बढ़ी हुई, आँखें चौंधियाई हुई। "मिल चलो," वह कहता है, "आज रात प्रतिनिधि चुनने हैं।" पर तुम देखती हो कि छूटने वालों में चोर-उचक्के भी हैं, और तुम्हें समझ नहीं आता कि ख़ुश हो या डरो।
  en: The crowd has opened the gates of Kresty prison. Among those coming out is Pyotr, unshaven, blinking at the light. "To the mill," he says, "we must elect delegates tonight." But you see that thieves are walking out too, and you do not know whether to be glad or afraid.
  debrief
    hi: तुम्हारा रास्ता: तुमने क़ैदियों को छुड़ाने का रास्ता चुना। इतिहास में: 27 फ़रवरी (12 मार्च) को भीड़ और सैनिकों ने क्रेस्ती समेत जेलें खोल दीं; राजनीतिक क़ैदी भी छूटे और साधारण अपराधी भी। छूटे हुए मज़दूर नेता उसी दिन पेत्रोग्राद सोवियत बनाने में लग गए, जिसकी पहली बैठक रात 9 बजे हुई — कारख़ानों ने हर हज़ार मज़दूरों पर एक प्रतिनिधि चुना। प्रश्न: पेत्रोग्राद सोवियत किन लोगों से बनी थी, और उसने मज़दूरों को क्या दिया? फ़रवरी की मुख्य घटनाओं की सूची बनाओ (NCERT, प्रश्न 4)।
    en: Your path: you chose to free the prisoners. In history, on 27 February (12 March) crowds and soldiers opened the prisons, Kresty among them, freeing political prisoners and common criminals alike. Freed labour leaders set to work that same day to form the Petrograd Soviet, which met at 9 p.m. — the factories chose one delegate for every thousand workers. Question: Who made up the Petrograd Soviet, and what did it give the workers? List the main events of February (NCERT, question 4).
  historians
    hi: इतिहासकार इन दिनों को अलग-अलग पढ़ते हैं। कुछ के लिए यह व्यवस्था का टूटना था: जेलें खुलीं, थाने और अदालत जले, अपराधी भी छूटे। दूसरों के लिए यह "नीचे से" उठी क्रांति थी, जिसने एक ही दिन में अपनी व्यवस्था भी खड़ी की — सोवियत, रसद समिति और मोहल्लों की मज़दूर मिलिशिया।
    en: Historians read these days differently. For some they were a breakdown of order: prisons opened, police stations and the law courts burned, criminals freed with the rest. For others they were a revolution "from below" that built its own order within a day — the Soviet, a food commission and a workers' militia in every district.

ending w-period-home
  for worker
  hi: दिन भर तुम खिड़की से शहर की आवाज़ें सुनती रहीं: नारे, गोलियाँ, और दूर उठता धुआँ। बच्चे तुम्हारे पास सुरक्षित रहे। शाम को पड़ोसिन ख़बर लाती है: "सैनिक हमारी तरफ़ आ गए!" तुमने क्रांति घर के भीतर से देखी — यह भी उसमें शामिल होने का एक ढंग था।
  en: All day you listened to the city from your window: slogans, shots, smoke rising in the distance. The children stayed safe beside you. In the evening your neighbour brings the news: "The soldiers have come over to us!" You saw the revolution from indoors — and that too was a way of taking part.
  debrief
    hi: तुम्हारा रास्ता: तुमने बच्चों के पास रहना चुना। इतिहास में: फ़रवरी के दिनों में बहुत-सी औरतें — मिलों की बुनकर, सैनिकों की पत्नियाँ — रोटी की कतारों से सड़कों तक आईं, और बहुत-सी घर सँभालती रहीं, क्योंकि पति मोर्चे पर थे। 27 फ़रवरी (12 मार्च) को छावनी की बग़ावत ने हड़ताल को क्रांति बना दिया। जुलाई 1917 में रूस की औरतों को वोट का अधिकार मिला। प्रश्न: फ़रवरी क्रांति में औरतों की क्या भूमिका थी?
    en: Your path: you chose to stay with your children. In history many women — mill weavers, soldiers' wives — went from the bread queues to the streets in the February days, and many kept their homes going, with their husbands at the front. On 27 February (12 March) the garrison's mutiny turned the strike into a revolution. In July 1917 Russia's women won the vote. Question: What part did women play in the February Revolution?
  historians
    hi: 23 फ़रवरी को मिलों की औरतों ने तब काम छोड़ा, जब पार्टियों के स्थानीय संगठनकर्ता (बोल्शेविक भी) हड़ताल नहीं बुला रहे थे। इतिहासकार इसे अलग-अलग पढ़ते हैं: कुछ के लिए यह रोटी के लिए भूखी औरतों का अपने-आप भड़का ग़ुस्सा था, जिसे बाद में दूसरों ने क्रांति बनाया; सामाजिक इतिहासकारों के लिए मज़दूर औरतें सोच-समझकर क़दम उठाने वाली राजनीतिक ताक़त थीं।
    en: On 23 February the women of the mills walked out although the parties' local organisers (Bolsheviks included) had not called a strike. Historians read this differently: for some it was the spontaneous anger of hungry women, which others then turned into a revolution; for social historians women workers were a political force acting by their own decision.

# ---------------------------------------------------------------- the soldier

scene s-period-start
  for soldier
  on 26 Feb, evening
  at volynsky-barracks
  hi: रविवार, 26 फ़रवरी (11 मार्च) की शाम। आज दोपहर तुम्हारे प्रशिक्षण दस्ते ने ज़्नामेन्स्काया चौक पर हुक्म मानकर भीड़ पर गोली चलाई। अब बैरक में कोई किसी से आँख नहीं मिलाता। चारपाइयों के बीच सिर्फ़ राइफ़लें साफ़ करने की आवाज़ है।
  en: Sunday evening, 26 February (11 March). This afternoon your training detachment obeyed orders and fired on the crowd in Znamenskaya Square. Now nobody in the barracks meets anyone's eyes. Between the bunks there is only the sound of rifles being cleaned.
  choice say-it
    hi: वह बात ज़ोर से कहो जो सब सोच रहे हैं: "हमने अपने ही लोगों पर गोली चलाई।"
    en: Say aloud what everyone is thinking: "We fired on our own people."
    reply
      hi: कोई जवाब नहीं देता, पर कई सिर हिलते हैं। कोने से कोई बुदबुदाता है: "कल फिर यही करना पड़ेगा।"
      en: Nobody answers, but several heads nod. From the corner someone mutters: "Tomorrow they'll make us do it again."
    subtract 5 from garrison
    go s-period-whisper
  choice keep-quiet default
    hi: सिर झुकाकर चुपचाप अपनी राइफ़ल साफ़ करते रहो।
    en: Keep your head down and go on cleaning your rifle.
    reply
      hi: नली चमकने लगती है। तुम्हारे हाथ फिर भी काँप रहे हैं।
      en: The barrel begins to shine. Your hands are shaking all the same.
    go s-period-whisper

scene s-period-whisper
  for soldier
  on 26 Feb, night
  hi: बत्तियाँ बुझने के बाद किर्पिचनिकोव, जिसे आज ही कार्यवाहक सार्जेंट-मेजर बनाया गया है, एक-एक चारपाई पर जाकर धीरे से बात कर रहा है। वह तुम्हारे पास रुकता है; तुम्हारी टोली के लोग तुम्हारी बात मानते हैं। "कल भोर में वे हमें फिर बाहर ले जाएँगे। मैं अपने लोगों को गोली चलाने नहीं ले जाऊँगा। तुम साथ हो?"
  en: After lights out, Kirpichnikov, made acting sergeant-major only today, goes from bunk to bunk, speaking softly. He stops at yours; the men of your section listen to you. "At dawn they'll march us out again. I won't lead our men out to shoot. Are you with us?"
  choice agree
    hi: वचन दो: भोर में तुम बाहर नहीं निकलोगे।
    en: Give your word: at dawn you will not march out.
    reply
      hi: किर्पिचनिकोव तुम्हारा हाथ दबाता है और अगली चारपाई की ओर बढ़ जाता है।
      en: Kirpichnikov presses your hand and moves on to the next bunk.
    subtract 10 from garrison
    go s-period-midnight
  choice think default
    hi: कहो कि सुबह तक सोचोगे।
    en: Say you will think about it until morning.
    reply
      hi: "सुबह तक सोचने का वक़्त किसी के पास नहीं," वह कहता है, पर नाराज़ नहीं होता।
      en: "Nobody has until morning," he says, but he is not angry.
    go s-period-midnight
  choice warn
    hi: कहो कि यह बग़ावत है और तुम अफ़सरों को बता दोगे।
    en: Say this is mutiny and you will tell the officers.
    reply
      hi: किर्पिचनिकोव देर तक तुम्हें देखता है। "बता दो," वह कहता है, "पर याद रखना, आज चौक पर कौन मरा।" वह आगे बढ़ जाता है। तुम जागते पड़े रहते हो, पर उठते नहीं।
      en: Kirpichnikov looks at you for a long time. "Tell them, then," he says. "But remember who died on the square today." He moves on. You lie awake, but you do not get up.
    add 10 to garrison
    go s-period-midnight

scene s-period-midnight
  for soldier
  on 26 Feb, 23:30
  hi: आधी रात के क़रीब तुम्हारे पास की चारपाई से सेम्योन फुसफुसाता है — उन्नीस साल का, इसी महीने भर्ती हुआ। "अगर हम मना करें, तो वे हमें गोली मार देंगे। अगर बाहर निकलें, तो हमें उन्हें मारना होगा। मैं क्या करूँ?"
  en: Near midnight Semyon whispers from the next bunk — nineteen, called up only this month. "If we refuse, they'll shoot us. If we march out, we'll have to shoot them. What do I do?"
  choice together
    hi: उसे बताओ: अगर पूरा दस्ता एक साथ खड़ा रहे, तो किसी एक को सज़ा नहीं दी जा सकती।
    en: Tell him: if the whole detachment stands together, no one man can be punished.
    reply
      hi: सेम्योन की साँसें कुछ शांत होती हैं। "एक साथ," वह दोहराता है, जैसे कोई दुआ हो।
      en: Semyon's breathing slows a little. "Together," he repeats, like a prayer.
    subtract 5 from garrison
    go s-period-dawn
  choice letter
    hi: घर के लिए चिट्ठी लिखने में उसकी मदद करो, कहीं कुछ हो जाए तो।
    en: Help him write a letter home, in case something happens.
    reply
      hi: मोमबत्ती की रोशनी में वह माँ को लिखता है कि वह ठीक है। तुम दोनों जानते हो कि यह सच नहीं।
      en: By candlelight he writes to his mother that he is well. You both know it is not true.
    go s-period-dawn
  choice obey default
    hi: उससे कहो: "सिर नीचे रखो और जो हुक्म हो, वही करो।"
    en: Tell him: "Keep your head down and do as you're ordered."
    reply
      hi: सेम्योन करवट बदल लेता है। देर तक तुम्हें उसकी साँसें सुनाई देती हैं।
      en: Semyon turns to the wall. For a long time you hear him breathing.
    add 5 to garrison
    go s-period-dawn

scene s-period-dawn
  for soldier
  on 27 Feb, 05:00
  hi: भोर से पहले, अँधेरे में, किर्पिचनिकोव टोलियों को गलियारे में खड़ा कर रहा है — अफ़सरों के आने से पहले। बाहर बर्फ़ चमक रही है। जल्द ही स्टाफ़-कप्तान लाश्केविच आएँगे और "बाहर चलो" का हुक्म देंगे। तुम्हें अभी तय करना है कि उस घड़ी तुम कहाँ खड़े होगे।
  en: Before dawn, in the dark, Kirpichnikov is lining up the sections in the corridor — before the officers come. Outside the snow gleams. Soon Staff-Captain Lashkevich will arrive and give the order to march out. You must decide now where you will stand when that moment comes.
  choice stand
    hi: किर्पिचनिकोव की टोलियों के साथ खड़े हो जाओ।
    en: Stand with Kirpichnikov's sections.
    go s-period-refused
  choice ranks default
    hi: हुक्म के मुताबिक़ अपनी पंक्ति में जाओ।
    en: Take your place in the ranks, as ordered.
    go s-period-ranks
  choice infirmary
    hi: बुख़ार का बहाना करके दवाख़ाने चले जाओ।
    en: Plead a fever and go to the infirmary.
    go s-period-aside

ending s-period-refused
  for soldier
  hi: तुम किर्पिचनिकोव के लोगों के बीच खड़े हो। जब हुक्म आता है, पूरा दस्ता एक आवाज़ में जवाब देता है — और कोई बाहर नहीं निकलता। उस पल के बाद लौटने का कोई रास्ता नहीं बचता। तुम्हारे बगल में सेम्योन काँप रहा है, पर अपनी जगह से हिलता नहीं।
  en: You stand among Kirpichnikov's men. When the order comes, the whole detachment answers with one voice — and nobody marches out. After that moment there is no way back. Beside you Semyon is trembling, but he does not leave his place.
  debrief
    hi: तुम्हारा रास्ता: रात में तुमने साथ देने का फ़ैसला किया। इतिहास में: 27 फ़रवरी (12 मार्च) की भोर में वोलिन्स्की प्रशिक्षण दस्ते ने बाहर निकलने से इनकार किया; स्टाफ़-कप्तान लाश्केविच मारे गए। बग़ावत कर चुके सैनिक प्रेओब्राज़ेन्स्की और लितोव्स्की रेजिमेंटों को बाहर बुलाने गए — अकेले रह जाते तो सज़ा तय थी। तुम्हारी पाठ्यपुस्तक (NCERT) फ़रवरी क्रांति को इसी दिन, 12 मार्च, से जोड़ती है। प्रश्न: सैनिकों ने उस सुबह हुक्म मानने से इनकार क्यों किया — शर्म से, डर से, या दोनों से?
    en: Your path: in the night you chose to stand with the others. In history, at dawn on 27 February (12 March) the Volynsky training detachment refused to march out; Staff-Captain Lashkevich was killed. Having mutinied, the soldiers went to call out the Preobrazhensky and Litovsky regiments — left alone, they would surely be punished. Your textbook (NCERT) dates the February Revolution to this day, 12 March. Question: Why did the soldiers refuse their orders that morning — from shame, from fear, or both?
  historians
    hi: सैनिकों ने हुक्म क्यों ठुकराया, इस पर इतिहासकार एकमत नहीं। कुछ गोलीबारी के बाद की शर्म और मज़दूरों से सैनिकों के रिश्तों पर ज़ोर देते हैं; दूसरे डर पर — मोर्चे के डर पर, और बग़ावत के बाद सज़ा के डर पर। त्रोत्स्की (ट्रॉट्स्की) ने लिखा कि पुल जला चुके सैनिकों के बचने का एक ही रास्ता था: बग़ावत को फैलाना।
    en: Historians do not agree why the soldiers refused. Some stress shame after the shootings and the soldiers' ties with the workers; others stress fear — of the front, and, once they had mutinied, of punishment. Trotsky wrote that, having burned their bridges, the soldiers' only salvation was to widen the revolt.

ending s-period-ranks
  for soldier
  hi: तुम अपनी पंक्ति में जाकर खड़े हो जाते हो। गलियारे में दो तरह के लोग हैं: जो हुक्म का इंतज़ार कर रहे हैं, और जो किर्पिचनिकोव की ओर देख रहे हैं। तुम्हारे पैर वहीं जमे रहते हैं — तुम किस ओर थे, यह दिन ढलने तक तय होगा।
  en: You go and stand in your rank. The corridor holds two kinds of men: those waiting for the order, and those watching Kirpichnikov. Your feet stay where they are — and the rest of the day will decide which side you were on.
  debrief
    hi: तुम्हारा रास्ता: तुमने हुक्म मानने का रास्ता चुना। इतिहास में: उस भोर ज़्यादातर वोलिन्स्की सैनिक किर्पिचनिकोव के साथ गए, और दिन भर में बग़ावत रेजिमेंट-दर-रेजिमेंट फैली। पर बहुत से सैनिकों ने तुम्हारी तरह पहले इंतज़ार किया और बाद में भीड़ के साथ हो लिए। प्रश्न: एक सैनिक के लिए हुक्म मानने में क्या ख़तरा था, और न मानने में क्या?
    en: Your path: you chose to obey. In history most of the Volynsky men went with Kirpichnikov that dawn, and through the day the mutiny spread from regiment to regiment. But many soldiers waited, as you did, and joined the crowd later. Question: What did a soldier risk by obeying, and what by refusing?
  historians
    hi: इतिहासकार एकमत नहीं कि उस सुबह कितना कुछ सैनिकों पर टिका था। कुछ कहते हैं कि फ़ौज के इनकार के बिना हड़ताल कुचल दी जाती और ज़ार को मोर्चे से फ़ौज बुलाने का समय मिल जाता; दूसरे कहते हैं कि भूख, युद्ध की हारों और ज़ार की ज़िद के चलते विद्रोह देर-सबेर होना ही था।
    en: Historians do not agree how much hung on the soldiers that morning. Some say that without the army's refusal the strike would have been crushed and the Tsar would have had time to bring troops from the front; others that, with hunger, defeats in the war and a Tsar who would not share power, a mutiny was bound to come.

ending s-period-aside
  for soldier
  hi: दवाख़ाने का अर्दली तुम्हें देखता है, कुछ पूछता नहीं और एक चारपाई की ओर इशारा कर देता है। खिड़की से तुम गलियारे का शोर सुनते हो, फिर आँगन का, फिर सड़क का। तुमने न गोली चलाई, न किसी को रोका। अब यह बात हमेशा तुम्हारे साथ रहेगी।
  en: The orderly in the infirmary looks at you, asks nothing, and points to a cot. Through the window you hear the noise of the corridor, then of the yard, then of the street. You neither fired nor stopped anyone. That will stay with you.
  debrief
    hi: तुम्हारा रास्ता: तुम किनारे हट गए। इतिहास में: 27 फ़रवरी (12 मार्च) की शाम तक 25,000 से 70,000 सैनिक बग़ावत में शामिल हो चुके थे, और बहुत-से चुपचाप किनारे रहे। पुरानी सरकार के लिए लड़ने को लगभग कोई तैयार नहीं था; जनरल ख़ाबालोव के पास गिनती के वफ़ादार सैनिक बचे। किनारे रहना भी एक फ़ैसला था। प्रश्न: क्या चुप रहने वाले सैनिक भी क्रांति का हिस्सा थे? अपने जवाब का कारण बताओ।
    en: Your path: you stepped aside. In history, by the evening of 27 February (12 March) between 25,000 and 70,000 soldiers had joined the mutiny, and many others quietly stood aside. Almost nobody was ready to fight for the old government; General Khabalov was left with a handful of loyal troops. Standing aside was a choice too. Question: Were the soldiers who kept silent part of the revolution as well? Give reasons for your answer.
  historians
    hi: सोवियत इतिहास-लेखन ने फ़रवरी को पार्टी के नेतृत्व वाली क्रांति बताया; तुम्हारी पाठ्यपुस्तक (NCERT) कहती है कि किसी दल ने उसका नेतृत्व नहीं किया। सामाजिक इतिहासकार इसे "नीचे से" उठी क्रांति मानते हैं, जिसमें चुप रहने वाले भी एक ताक़त थे — क्योंकि उन्होंने पुरानी सरकार के लिए लड़ने से मना किया।
    en: Soviet historiography told February as a party-led revolution; your textbook (NCERT) says no party led it. Social historians see a revolution "from below", in which even the silent counted — because they refused to fight for the old government.

# ---------------------------------------------------------------- the Duma deputy

scene d-period-start
  for duma
  on 26 Feb, evening
  at tauride
  hi: रविवार, 26 फ़रवरी (11 मार्च) की शाम, टॉराइड महल। ड्यूमा के अध्यक्ष रोद्ज़ियांको अपने दफ़्तर में कुछ सदस्यों को ज़ार के नाम तार का मसौदा पढ़कर सुना रहे हैं: "राजधानी में अराजकता है… देश के भरोसे वाली सरकार तुरंत बनाई जाए।" आज चौक पर गोली चली है। सब तुम्हारी ओर देखते हैं: तुम प्रगतिशील गुट की ओर से क्या कहोगे?
  en: Sunday evening, 26 February (11 March), the Tauride Palace. In his office the Duma's chairman, Rodzianko, reads a few deputies the draft of a telegram to the Tsar: "Anarchy in the capital… a government with the country's confidence must be formed at once." Today there was shooting on the square. They all look at you: what will you say for the Progressive Bloc?
  choice strong
    hi: कहो कि तार उतने ही कड़े शब्दों में भेजा जाए, जितने में लिखा है।
    en: Say the telegram should go exactly as strongly as it is written.
    reply
      hi: रोद्ज़ियांको सिर हिलाते हैं। "ठीक। अगर अब भी नहीं सुनेंगे, तो दोष हमारा नहीं होगा।"
      en: Rodzianko nods. "Good. If he still will not listen, the fault will not be ours."
    add 1 to resolve
    go d-period-night
  choice soft default
    hi: नरम शब्दों की सलाह दो: ज़ार को दबाव पसंद नहीं।
    en: Advise softer words: the Tsar hates being pushed.
    reply
      hi: दो शब्द बदले जाते हैं। तुम्हें लगता है कि बात वही रही, बस आवाज़ धीमी हो गई।
      en: Two words are changed. You feel the message is the same, only quieter.
    subtract 1 from resolve
    go d-period-night

scene d-period-night
  for duma
  on 26 Feb, 23:30
  hi: देर रात, घर पर, तुम्हें चैन नहीं। रोद्ज़ियांको के तार का ज़ार की ओर से कोई जवाब नहीं आया। खिड़की के बाहर शहर अँधेरा और चुप है।
  en: Late at night, at home, you cannot settle. No answer has come from the Tsar to Rodzianko's telegram. Outside the window the city is dark and silent.
  choice colleagues
    hi: गुट के साथियों को टेलीफ़ोन करो: जो भी हो, कल सुबह जल्दी महल में मिलें।
    en: Telephone your colleagues in the Bloc: whatever happens, meet early at the palace tomorrow.
    reply
      hi: तीन में से दो मान जाते हैं। तीसरा कहता है: "सत्रावसान का मतलब है घर बैठना।"
      en: Two of the three agree. The third says: "Prorogued means stay at home."
    add 1 to resolve
    go d-period-morning
  choice sleep default
    hi: सो जाओ: आज रात और कुछ नहीं हो सकता।
    en: Go to bed: nothing more can be done tonight.
    reply
      hi: नींद देर से आती है। सपने में तुम बंद दरवाज़ों वाला एक ख़ाली सभाकक्ष देखते हो।
      en: Sleep comes late. You dream of an empty chamber with locked doors.
    go d-period-morning

scene d-period-morning
  for duma
  on 27 Feb, 08:00
  at catherine-hall
  hi: सोमवार, 27 फ़रवरी (12 मार्च) की सुबह। कैथरीन हॉल में सदस्य झुंडों में खड़े हैं; सत्रावसान का आदेश पढ़ा जा चुका है। कोई कहता है कि ड्यूमा ख़ुद को सरकार घोषित करे। मिल्युकोव सावधानी की सलाह देते हैं: आदेश औपचारिक रूप से मानो, पर बिखरो मत — दूसरे हॉल में "निजी बैठक" करो।
  en: The morning of Monday, 27 February (12 March). In the Catherine Hall deputies stand in knots; the decree of prorogation has been read. Someone says the Duma should declare itself the government. Milyukov urges caution: obey the decree formally, but do not disperse — hold a "private meeting" in another hall.
  choice defy
    hi: ड्यूमा को सरकार घोषित करने का प्रस्ताव रखो।
    en: Propose that the Duma declare itself the government.
    reply
      hi: कुछ लोग तालियाँ बजाते हैं, ज़्यादातर नज़रें चुराते हैं। प्रस्ताव का कोई समर्थन नहीं करता, पर तुम्हारी आवाज़ सबने सुनी।
      en: A few clap; most look away. No one will second the motion, but everyone heard you.
    add 2 to resolve
    go d-period-gates
  choice private default
    hi: मिल्युकोव का साथ दो: आदेश मानो, पर निजी बैठक के लिए रुको।
    en: Side with Milyukov: obey the decree, but stay for the private meeting.
    reply
      hi: तुम दूसरे हॉल की ओर बढ़ते हो। क़ानून भी बचा, और ड्यूमा भी — कम से कम आज के लिए।
      en: You move towards the other hall. The law is kept, and so is the Duma — for today at least.
    add 1 to resolve
    go d-period-gates
  choice law
    hi: कहो कि आदेश क़ानून है: सदस्यों को घर जाना चाहिए।
    en: Say the decree is law: the deputies should go home.
    reply
      hi: कुछ बुज़ुर्ग सदस्य तुम्हारी बात पर सिर हिलाते हैं और कोट उठा लेते हैं।
      en: Some of the older deputies nod at your words and pick up their coats.
    subtract 2 from resolve
    go d-period-gates

scene d-period-gates
  for duma
  on 27 Feb, afternoon
  at tauride
  hi: दोपहर बाद महल के फाटकों पर सैनिकों और मज़दूरों की भीड़ है, हाथों में राइफ़लें। वे पूछ रहे हैं: "ड्यूमा किसके साथ है?" अंदर वरिष्ठ सदस्यों की परिषद समिति बनाने की बात कर रही है। रोद्ज़ियांको ज़ार को भेजे अपने तार लेकर सैनिकों को दिखाने बाहर जा रहे हैं। तुम्हें अब अपनी जगह चुननी है।
  en: In the afternoon a crowd of soldiers and workers fills the palace gates, rifles in their hands. They are asking: "Whose side is the Duma on?" Inside, the Council of Elders is talking of forming a committee. Rodzianko is going out with his telegrams to the Tsar, to show the soldiers. You must choose your place now.
  choice speak
    hi: रोद्ज़ियांको के साथ बाहर जाओ और सैनिकों से बात करो।
    en: Go out with Rodzianko and speak to the soldiers.
    go d-period-gate
  choice committee default
    hi: अंदर रहो, जहाँ समिति बन रही है।
    en: Stay inside, where the committee is being formed.
    go d-period-committee
  choice leave
    hi: बग़ल के दरवाज़े से निकलकर घर चले जाओ।
    en: Slip out by a side door and go home.
    go d-period-home

ending d-period-gate
  for duma
  hi: महल की सीढ़ियों पर खड़े होकर तुम सैनिकों से कहते हो कि ड्यूमा उन्हें अकेला नहीं छोड़ेगी। कोई "हुर्रे" नहीं बोलता; एक सैनिक पूछता है: "और हमारे अफ़सर?" तुम्हारे पास जवाब नहीं है। पर भीड़ महल में घुसती नहीं — वह सुन रही है।
  en: Standing on the palace steps, you tell the soldiers the Duma will not abandon them. Nobody cheers; one soldier asks: "And our officers?" You have no answer. But the crowd does not storm the palace — it is listening.
  debrief
    hi: तुम्हारा रास्ता: तुम "सड़क" से मिलने बाहर गए। इतिहास में: 27 फ़रवरी (12 मार्च) को सैनिकों के जत्थे यह जानने टॉराइड महल पहुँचे कि ड्यूमा किसके साथ है; रोद्ज़ियांको ने उन्हें ज़ार को भेजे अपने तार दिखाए। उसी रात उसी महल में पेत्रोग्राद सोवियत भी बैठी — एक इमारत में दो सत्ताएँ। प्रश्न: सैनिक ड्यूमा और सोवियत में से किसकी बात मानते, और क्यों?
    en: Your path: you went out to meet "the street". In history, on 27 February (12 March) columns of soldiers came to the Tauride Palace to find out whose side the Duma was on; Rodzianko showed them his telegrams to the Tsar. That night the Petrograd Soviet met in the same palace — two powers in one building. Question: Whom would the soldiers obey, the Duma or the Soviet, and why?
  historians
    hi: इतिहासकार ड्यूमा के नेताओं को अलग-अलग आँकते हैं। कुछ के लिए वे अनमने क्रांतिकारी थे, जिन्होंने सत्ता सिर्फ़ इसलिए ली कि "सड़क" को रोक सकें; दूसरे कहते हैं कि प्रगतिशील गुट ने बरसों तक "जनता के भरोसे वाली सरकार" माँगकर ज़ार के ख़िलाफ़ ज़मीन पहले ही तैयार कर दी थी।
    en: Historians judge the Duma's leaders differently. For some they were reluctant revolutionaries who took power only to hold back "the street"; others say that the Progressive Bloc, demanding for years "a ministry of public confidence", had already prepared the ground against the Tsar.

ending d-period-committee
  for duma
  hi: शाम तक वरिष्ठ सदस्यों की परिषद ने "राज्य ड्यूमा की अस्थायी समिति" बना दी है — अध्यक्ष रोद्ज़ियांको। नाम पढ़े जाते हैं, और तुम सोचते हो: अगर ज़ार की फ़ौजें मोर्चे से लौटीं, तो यही सूची फाँसी की सूची होगी। फिर भी तुम रुकते हो।
  en: By evening the Council of Elders has set up the Provisional Committee of the State Duma, chaired by Rodzianko. The names are read out, and you think: if the Tsar's troops come back from the front, this same list will be a list for the gallows. Still, you stay.
  debrief
    hi: तुम्हारा रास्ता: तुम महल के भीतर रहे। इतिहास में: सदस्यों ने सत्रावसान का आदेश औपचारिक रूप से माना, पर "निजी बैठक" में रुके; ड्यूमा को सरकार घोषित करने का प्रस्ताव किसी ने नहीं माना। वरिष्ठ सदस्यों की परिषद ने अस्थायी समिति बनाई, जिसने 28 फ़रवरी (13 मार्च) की रात सत्ता सँभाली। प्रश्न: ड्यूमा के नेता ज़ार से खुलकर टकराने से क्यों डरते थे — और सड़क से क्यों?
    en: Your path: you stayed inside the palace. In history the deputies formally obeyed the decree but stayed on as a "private meeting"; nobody backed the proposal to declare the Duma the government. The Council of Elders set up the Provisional Committee, which took power in the night of 28 February (13 March). Question: Why were the Duma's leaders afraid of an open break with the Tsar — and of the street?
  historians
    hi: समिति की सावधानी को इतिहासकार अलग-अलग पढ़ते हैं। कुछ कहते हैं कि ड्यूमा के नेताओं ने राज्य को चलता रखा और शहर को गृहयुद्ध से बचाया; दूसरे कहते हैं कि ज़ार से खुलकर न टकराकर उन्होंने क्रांति की आवाज़ सड़क पर — और जल्द ही सोवियत के हाथ में — छोड़ दी।
    en: Historians read the committee's caution differently. Some say the Duma's leaders kept the state running and spared the city a civil war; others that, by not breaking openly with the Tsar, they left the voice of the revolution to the street — and soon to the Soviet.

ending d-period-home
  for duma
  hi: तुम्हारे घर की गली शांत है। तुम दरवाज़ा बंद करके बैठते हो और रात भर टेलीफ़ोन की घंटी का इंतज़ार करते हो। जो ख़बरें आती हैं, वे दूसरों के फ़ैसलों की हैं। तुमने ज़ार का क़ानून माना — पर जिस सरकार का वह क़ानून था, वह शायद कल तक न बचे।
  en: Your street is quiet. You shut the door, sit down and wait all night for the telephone to ring. The news that comes is of other men's decisions. You obeyed the Tsar's law — but the government whose law it was may not last until tomorrow.
  debrief
    hi: तुम्हारा रास्ता: तुमने आदेश माना और घर लौट गए। इतिहास में: बहुत-से सदस्य डरे हुए थे, पर ड्यूमा के नेता महल में रुके, और उनकी अस्थायी समिति ने 2 मार्च (15 मार्च) को बनी अस्थायी सरकार की नींव रखी। ज़ार ने भरोसे वाली सरकार की माँग ठुकराई थी; उसी ज़िद ने उनके अपने समर्थकों को भी दूर कर दिया। प्रश्न: 1917 में ज़ारशाही निरंकुशता क्यों ढह गई? (NCERT, प्रश्न 3)
    en: Your path: you obeyed the decree and went home. In history many deputies were afraid, but the Duma's leaders stayed in the palace, and their Provisional Committee laid the ground for the Provisional Government formed on 2 March (15 March). The Tsar had refused a government with the country's confidence; that refusal drove away even his own supporters. Question: Why did the Tsarist autocracy collapse in 1917? (NCERT, question 3)
  historians
    hi: ज़ारशाही इतनी जल्दी क्यों गिरी, इस पर इतिहासकार कारणों को अलग-अलग तौलते हैं: भूख और युद्ध के नुक़सान (तुम्हारी पाठ्यपुस्तक इन पर ज़ोर देती है), ज़ार का सत्ता बाँटने से इनकार, या छावनी की बग़ावत — जिसके बिना, कुछ कहते हैं, हड़ताल कुचल दी जाती।
    en: Historians weigh the causes of the autocracy's quick fall differently: hunger and the losses of the war (your textbook stresses these), the Tsar's refusal to share power, or the garrison's mutiny — without which, some argue, the strike would have been crushed.
