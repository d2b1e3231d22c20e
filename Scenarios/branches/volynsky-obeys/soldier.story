format 2
# The soldier after the detachment obeyed: 27 Feb – 3 Mar 1917 (Old Style), an alternative history.
# Every scene's note says what really happened; the works it cites: ../../../docs/sources.md.
#
# vo-liteiny-march (27 Feb, morning) -> vo-bridge (noon), where this branch's noon event has decided:
#   mutiny (the other regiments rose):  vo-kirochnaya-stand (afternoon) -> vo-swept-evening (evening)
#                                        -> back into the act, a few hours late (s-tauride, s-rodzianko-order,
#                                        s-bunk-waiting), where s-third-march (3 Mar) offers ending vo-hours-late
#   no mutiny (the order held):          vo-barracks-quiet (evening) -> vo-tuesday (28 Feb) -> vo-wednesday
#                                        (1 Mar) -> vo-thursday (2 Mar) -> vo-friday (3 Mar)
#                                        -> ending vo-order-held or vo-hidden
# Like the act, every path keeps at least 12 real decisions on at least 6 days ('explore' reports it).
# vo-bridge reads `mutiny` with complementary guards, so it is never a dead end.

# ---------------------------------------------------------------- 27 Feb, morning: the march

scene vo-liteiny-march
  for soldier
  on 27 Feb, morning
  at vo-kirochnaya
  hi: सोमवार सुबह, 27 फ़रवरी (12 मार्च)। दस्ता चार-चार की कतार में बैरक से निकलता है, आगे-आगे स्टाफ़-कप्तान लाश्केविच। आदेश है: लितेयनी पुल पर डटे रहो, वीबोर्ग क्षेत्र से किसी भीड़ को शहर के बीच न आने दो। {place} पर लोग रुककर चुपचाप देखते हैं। खिड़कियाँ खुलती हैं। कोई बर्फ़ पर थूक देता है। एक बूढ़ी औरत सीने पर क्रॉस बनाती है — किसके लिए, पता नहीं। कोई गाना नहीं गाता।
  en: Monday morning, 27 February (12 March). The detachment marches out of the barracks in column of fours, Staff-Captain Lashkevich at its head. The orders: hold the Liteiny bridge; let no crowd from the Vyborg side into the centre. On {place} people stop and watch in silence. Windows open. Someone spits in the snow. An old woman crosses herself — for whom, you cannot tell. Nobody sings.
  if vo-reported
    hi: किर्पिचनिकोव की जगह ख़ाली है। रात से तुम्हारी पंक्ति में किसी ने तुमसे एक शब्द नहीं कहा।
    en: Kirpichnikov's place in the line is empty. Since the night, nobody in your rank has said a word to you.
  if not vo-reported
    hi: किर्पिचनिकोव तुमसे दो पंक्ति आगे चल रहा है, चेहरा राख जैसा। उसने एक बार भी पीछे मुड़कर नहीं देखा।
    en: Kirpichnikov marches two ranks ahead of you, his face the colour of ash. He has not looked back once.
  if s-fired
    hi: कल चौक पर भी तुमने आदेश माना था। आज का आदेश बस खड़े रहने का है, तुम ख़ुद से कहते हो। यह वैसा नहीं है।
    en: Yesterday on the square you obeyed as well. Today's order is only to stand, you tell yourself. It is not the same.
  note
    hi: यह दृश्य वैकल्पिक इतिहास है। असल में 27 फ़रवरी (12 मार्च) की इसी सुबह वोलिन्स्की प्रशिक्षण दस्ते ने बाहर निकलने से इनकार किया, स्टाफ़-कप्तान लाश्केविच मारे गए, और बाग़ी सैनिक इन्हीं सड़कों से होते हुए प्रेओब्राज़ेन्स्की और लितोव्स्की रेजिमेंटों और छठी सैपर बटालियन को "बाहर बुलाने" गए। किर्पिचनिकोव रात भर एक-एक दस्ता-मुखिया से बात करता रहा था; दस्ते ने इसलिए इनकार किया कि काफ़ी लोग एक साथ खड़े हुए। यह शाखा पूछती है: अगर वह रात अलग बीतती, तो क्या होता?
    en: This scene is alternative history. In reality, on this morning of 27 Feb (12 Mar) the Volynsky training detachment refused to march out, Staff-Captain Lashkevich was killed, and the mutineers went along these streets to "call out" the Preobrazhensky and Litovsky regiments and the 6th Sapper Battalion. Kirpichnikov had talked to the squad leaders one by one all night; the detachment refused because enough of them stood together. This branch asks: what if that night had gone differently?
  source Leon Trotsky, History of the Russian Revolution; Richard Pipes, The Russian Revolution

  choice vo-eyes-front default
    hi: क़दम मिलाकर चलो और सीधे सामने देखो।
    en: Keep in step and look straight ahead.
    go vo-bridge

  choice vo-whisper-aim-high
    hi: एक पंक्ति पीछे खिसककर त्वेर वाले लड़के के बगल में आ जाओ और फुसफुसाओ: "पुल पर जो भी हुक्म मिले — निशाना ऊपर।"
    en: Drop back a rank beside the boy from Tver and whisper: "Whatever the order at the bridge — aim high."
    add 1 to courage
    subtract 5 from garrison
    journal
      hi: कूच करते हुए मैंने त्वेर वाले लड़के से कहा: निशाना ऊपर।
      en: On the march I told the boy from Tver: aim high.
    go vo-bridge

# ---------------------------------------------------------------- 27 Feb, noon: the bridge

scene vo-bridge
  for soldier
  on 27 Feb, noon
  at liteiny-bridge
  hi: दोपहर। दस्ता {place} के दक्षिणी सिरे पर पंक्ति बनाकर खड़ा है। नदी के उस पार, वीबोर्ग क्षेत्र के किनारे, भीड़ जमा हो रही है; कुछ लोग जमी हुई नेवा पर उतर आए हैं और धीरे-धीरे, बाँह में बाँह डाले, इस ओर बढ़ रहे हैं — ज़्यादातर औरतें। लाश्केविच अगली पंक्ति को राइफ़लें भरने का आदेश देते हैं। उनकी आवाज़ थकी हुई है।
  en: Noon. The detachment stands in line at the southern end of {place}. Across the river, on the Vyborg bank, a crowd is gathering; some people have come down onto the frozen Neva and are walking this way, slowly, arm in arm — most of them women. Lashkevich orders the front rank to load. His voice sounds tired.
  if mutiny
    hi: तभी मुख्यालय का एक साइकिल-सवार लितेयनी प्रॉस्पेक्ट पर तेज़ी से आता है और लाश्केविच के हाथ में एक पर्ची थमा देता है। वे उसे दो बार पढ़ते हैं। "पीछे मुड़," वे कहते हैं। "किरोचनाया वापस। बाग़ी सैनिकों को बैरकों में लौटाना है।"
    en: Then a cyclist from headquarters comes racing down Liteiny Prospekt and puts a note into Lashkevich's hand. He reads it twice. "About turn," he says. "Back to Kirochnaya. The mutineers are to be driven back into their barracks."
  if not mutiny
    hi: बर्फ़ पर चलती औरतें पंक्ति से पचास क़दम पहले रुक जाती हैं, और वहीं खड़ी रहती हैं। कोई कुछ नहीं कहता। तुम्हें अपनी उँगली के नीचे ट्रिगर की ठंडक महसूस होती है।
    en: The women on the ice stop fifty paces short of the line, and stand there. Nobody says anything. You can feel the cold of the trigger under your finger.
  note
    hi: असल इतिहास में 27 फ़रवरी की दोपहर तक बग़ावत लितेयनी प्रॉस्पेक्ट पर फैल चुकी थी और शस्त्रागार पर क़ब्ज़ा हो चुका था। बग़ावत को हथियार से रोकने की अकेली गंभीर कोशिश कर्नल अलेक्सांद्र कुतेपोव ने की, जो मोर्चे से छुट्टी पर आए थे: जनरल ख़ाबालोव ने उन्हें कई रेजिमेंटों के सैनिकों से बनी एक टुकड़ी देकर लितेयनी पुल से निकोलायेव्स्की स्टेशन तक का इलाक़ा ख़ाली कराने भेजा। शाम तक उस टुकड़ी के ज़्यादातर सैनिक भीड़ में घुल-मिल गए। इस वैकल्पिक इतिहास में यही काम वोलिन्स्की दस्ते को मिला है।
    en: In real history, by noon on 27 Feb the mutiny had spread along Liteiny Prospekt and the Arsenal had been taken. The one serious attempt to stop it by force was made by Colonel Alexander Kutepov, a front-line officer on leave: General Khabalov gave him a detachment made up of men from several regiments and sent him to clear the streets from the Liteiny bridge to the Nikolaevsky station. By evening most of its soldiers had melted into the crowds. In this alternative history the Volynsky detachment is given that task.
  source Leon Trotsky, History of the Russian Revolution; Richard Pipes, The Russian Revolution; A. P. Kutepov, "The First Days of the Revolution in Petrograd" (memoir, 1926)

  choice vo-about-turn
    hi: पीछे मुड़ो और टुकड़ी के साथ लितेयनी प्रॉस्पेक्ट से होते हुए किरोचनाया की ओर लौटो, जैसा हुक्म है।
    en: About turn, and march back up Liteiny Prospekt to Kirochnaya with the column, as ordered.
    only if mutiny
    go vo-kirochnaya-stand

  choice vo-hold-the-line default
    hi: पंक्ति में खड़े रहो, राइफ़ल तैयार, जैसा हुक्म है।
    en: Stand in the line, rifle at the ready, as ordered.
    only if not mutiny
    chance 100
      hi: औरतें देर तक वहीं खड़ी रहती हैं। फिर एक-एक करके वे बर्फ़ पर से लौट जाती हैं। गोली चलाने का कोई हुक्म नहीं आता। तुम्हें राहत महसूस नहीं होती — बस थकान।
      en: The women stand there a long time. Then, one by one, they turn back across the ice. No order to fire is given. You feel no relief — only tiredness.
      go vo-barracks-quiet

  choice vo-ground-rifle
    hi: राइफ़ल का कुंदा बर्फ़ पर टिका दो, ताकि बर्फ़ पर खड़ी औरतें उसे देख सकें।
    en: Ground your rifle butt in the snow, so that the women on the ice can see it.
    only if not mutiny
    add 1 to courage
    subtract 5 from garrison
    chance 50
      hi: पंक्ति में किसी का ध्यान नहीं जाता। बर्फ़ पर, भूरी शॉल ओढ़े एक औरत उसे देखती है और धीरे से सिर हिलाती है। थोड़ी देर बाद भीड़ लौट जाती है।
      en: Nobody in the line notices. Out on the ice, a woman in a grey shawl sees it, and slowly nods. A little later the crowd turns back.
      go vo-barracks-quiet
    otherwise
      hi: सार्जेंट-मेजर देख लेता है। वह कुछ नहीं कहता; बस अपनी नोटबुक निकाल लेता है। थोड़ी देर बाद भीड़ लौट जाती है।
      en: The sergeant-major sees it. He says nothing; he only takes out his notebook. A little later the crowd turns back.
      set vo-named
      journal
        hi: लितेयनी पुल पर मैंने राइफ़ल नीचे टिका दी। सार्जेंट-मेजर ने मेरा नाम लिख लिया।
        en: On the Liteiny bridge I grounded my rifle. The sergeant-major wrote down my name.
      go vo-barracks-quiet

# ================================================================ the other regiments rose

scene vo-kirochnaya-stand
  for soldier
  on 27 Feb, afternoon
  at vo-kirochnaya
  hi: दोपहर बाद, {place}। सड़क के उस पार, कुछ सौ क़दम दूर, भूरे ओवरकोटों का एक हुजूम है — लितोव्स्की, प्रेओब्राज़ेन्स्की, सैपर — उनके बीच मज़दूर भी, संगीनों पर लाल कपड़े की पट्टियाँ बँधी हुईं। वे गोली नहीं चला रहे। वे पुकार रहे हैं: "वोलिन्स्की वालो! भाइयो! तुम किसके साथ हो?" लाश्केविच अगली पंक्ति को घुटनों के बल बैठकर निशाना लेने का आदेश देते हैं। उनकी आवाज़ बीच में टूट जाती है। बगल में त्वेर वाला लड़का काँप रहा है।
  en: Afternoon, {place}. Across the street, a few hundred paces away, stands a mass of grey greatcoats — Litovsky, Preobrazhensky, sappers — with workers among them and strips of red cloth tied to their bayonets. They are not firing. They are calling out: "Volynsky men! Brothers! Whose side are you on?" Lashkevich orders the front rank to kneel and take aim. His voice breaks in the middle. Beside you the boy from Tver is shaking.
  if vo-reported
    hi: उस भीड़ में सबसे आगे किर्पिचनिकोव खड़ा है — दोपहर में भीड़ ने गार्ड-रूम का ताला तोड़ दिया था। वह सीधे तुम्हारी पंक्ति की ओर देख रहा है।
    en: At the front of that crowd stands Kirpichnikov — at noon the crowd broke the guardroom lock. He is looking straight at your line.
  if not vo-reported
    hi: किर्पिचनिकोव अगली पंक्ति में घुटनों पर है। उसकी राइफ़ल की नली ज़मीन की ओर झुकी है।
    en: Kirpichnikov is kneeling in the front rank. The barrel of his rifle points at the ground.
  note
    hi: त्रोत्स्की ने लिखा कि जब भीड़ और सैनिक आमने-सामने होते हैं, तो एक "निर्णायक मिनट" आता है: सैनिकों की भूरी दीवार अभी टूटी नहीं, कंधे से कंधा मिलाए खड़ी है, पर डगमगाने लगी है — और अफ़सर अपनी आख़िरी ताक़त जुटाकर गोली चलाने का आदेश देता है। 27 फ़रवरी को ऐसी कई दीवारें टूटीं। इतिहासकार रिचर्ड पाइप्स ने लिखा कि जिस तेज़ी से बग़ावत पूरी छावनी में फैली, उससे लगता है कि उसे रोकने के लिए कुछ भी नहीं किया जा सकता था। इस दृश्य की घटनाएँ कल्पित हैं; उनकी पृष्ठभूमि असली है।
    en: Trotsky wrote that when a crowd and soldiers face each other there comes a "critical minute": the grey wall of soldiers has not yet given way and still stands shoulder to shoulder, but already wavers — and the officer gathers his last strength to give the order to fire. On 27 Feb many such walls gave way. The historian Richard Pipes wrote that the speed with which the mutiny spread through the garrison suggests that nothing could have been done to stop it. The events of this scene are imagined; their background is real.
  source Richard Pipes, The Russian Revolution; Leon Trotsky, History of the Russian Revolution, chapter "Five Days"

  choice vo-wait-for-order default
    hi: घुटनों पर बैठो, निशाना लो, और आदेश का इंतज़ार करो।
    en: Kneel, take aim, and wait for the order.
    chance 100
      hi: तुम घुटनों पर बैठते हो। आदेश नहीं आता। लाश्केविच पंक्ति पर नज़र डालते हैं और वही देखते हैं जो तुम देख रहे हो: किसी की उँगली ट्रिगर पर नहीं है। अगली पंक्ति अपने-आप उठ खड़ी होती है। कुछ ही मिनटों में सड़क के दोनों ओर के ओवरकोट एक-दूसरे में मिल जाते हैं — चिल्लाते हुए, गले मिलते हुए। दस्ते ने छह घंटे अपने अफ़सरों का हुक्म माना। अब वह ख़त्म हुआ।
      en: You kneel. The order does not come. Lashkevich looks along the line and sees what you see: nobody's finger is on a trigger. The front rank gets up of its own accord. Within minutes the greatcoats from both sides of the street have run into one another, shouting, embracing. The detachment obeyed its officers for six hours. Now it is over.
      go vo-swept-evening

  choice vo-cross-first
    hi: उठ खड़े हो, राइफ़ल कंधे पर टाँगो, और सबसे पहले सड़क पार करो।
    en: Stand up, sling your rifle, and be the first to walk across the street.
    add 1 to courage
    set vo-crossed-first
    chance 100
      hi: बीच सड़क पर तुम्हारे घुटने काँपते हैं। पीछे से कोई आदेश नहीं आता — बस क़दमों की आहट: पहले दो, फिर दस, फिर पूरा दस्ता।
      en: Halfway across, your knees are shaking. No order comes from behind you — only footsteps: two at first, then ten, then the whole detachment.
      journal
        hi: किरोचनाया सड़क पर मैं सबसे पहले सड़क पार करके बाग़ियों की ओर गया।
        en: On Kirochnaya Street I was the first to walk across to the mutineers.
      go vo-swept-evening

  choice vo-slip-away
    hi: पास के एक दरवाज़े में घुसो और आँगनों से होते हुए चुपचाप बैरक लौट जाओ।
    en: Slip into a doorway and make your way back to the barracks through the courtyards.
    go s-bunk-waiting

scene vo-swept-evening
  for soldier
  on 27 Feb, evening
  at vo-kirochnaya
  hi: शाम। {place} पर टूटी पेटियों की आग जल रही है। अब कोई नहीं बता सकता कि किस ओवरकोट ने सुबह आदेश माना था और किसने नहीं। लाश्केविच कहाँ गए, किसी को नहीं पता — किसी ने उन्हें कंधे के बिल्ले उतारकर एक गली में जाते देखा था। आग की रोशनी में एक विद्यार्थी पर्चा पढ़कर सुनाता है: आज रात टॉराइड महल में मज़दूरों की सोवियत बैठेगी, और हर कंपनी से एक सैनिक प्रतिनिधि बुलाया गया है।
  en: Evening. On {place} fires of broken crates are burning. Nobody can tell any more which greatcoats obeyed this morning and which did not. Where Lashkevich has gone, nobody knows — someone saw him take off his shoulder straps and walk away down a side street. By the light of a fire a student reads out a leaflet: tonight the workers' Soviet will sit in the Tauride Palace, and every company is asked to send one soldier as its deputy.
  if vo-crossed-first
    hi: जो लोग तुम्हारे पीछे-पीछे सड़क पार करके आए थे, वे तुम्हारे पास ही रहते हैं, जैसे तुम्हें रास्ता मालूम हो। तुम्हें नहीं मालूम।
    en: The men who followed you across the street stay close to you, as if you knew the way. You do not.
  if vo-reported
    hi: किर्पिचनिकोव तुम्हारी आग के पास से गुज़रता है। वह रुकता है, देर तक तुम्हें देखता है, और बिना कुछ कहे आगे बढ़ जाता है।
    en: Kirpichnikov passes your fire. He stops, looks at you for a long moment, and walks on without a word.
  note
    hi: इतिहास में 27 फ़रवरी की शाम तक 25,000 से 70,000 सैनिक बग़ावत कर चुके थे (अनुमान अलग-अलग हैं), और उसी रात टॉराइड महल में पेत्रोग्राद सोवियत की पहली बैठक हुई, जिसने सैनिकों के प्रतिनिधि भी बुलाए। इस वैकल्पिक इतिहास में बग़ावत कुछ घंटे देर से और दूसरी रेजिमेंटों से शुरू हुई — फिर भी शाम तक नतीजा लगभग वही है। कुछ इतिहासकार इसे संरचना का तर्क मानेंगे: जब पूरी छावनी डगमगा रही हो, तो बग़ावत किस दरवाज़े से आती है, इससे बहुत फ़र्क़ नहीं पड़ता।
    en: In history, by the evening of 27 Feb between 25,000 and 70,000 soldiers had mutinied (estimates differ), and that night the Petrograd Soviet held its first session in the Tauride Palace and called for soldiers' deputies too. In this alternative history the mutiny began a few hours late and in other regiments — yet by evening the outcome is much the same. Some historians would see in this the argument from structure: once the whole garrison is wavering, it matters little through which door the mutiny comes.
  source Leon Trotsky, History of the Russian Revolution; Richard Pipes, The Russian Revolution; State Museum of Political History of Russia, "Petrograd Soviet"

  choice vo-to-tauride
    hi: दूसरों के साथ टॉराइड महल चलो।
    en: Go to the Tauride Palace with the others.
    go s-tauride

  choice vo-stay-by-fire default
    hi: अपने दस्ते के साथ आग के पास रहो। किसी और को जाने दो।
    en: Stay by the fire with your squad. Let someone else go.
    go s-rodzianko-order

# ================================================================ the order held (for now)

scene vo-barracks-quiet
  for soldier
  on 27 Feb, evening
  at volynsky-barracks
  hi: शाम। दस्ता बैरक में लौट आया है; फाटक पर ताला है और पहरा दोगुना। लाश्केविच जनरल ख़ाबालोव का संदेश पढ़कर सुनाते हैं: "वफ़ादार वोलिन्स्की सैनिकों" को धन्यवाद। कोई "हुर्रे" नहीं बोलता। एक कोने में कोई धीरे-धीरे रो रहा है; कोई नहीं पूछता क्यों।
  en: Evening. The detachment is back in barracks; the gate is locked and the guard doubled. Lashkevich reads out a message from General Khabalov: thanks to the "loyal Volynsky men". Nobody cheers. In a corner someone is quietly crying; nobody asks why.
  if vo-reported
    hi: किर्पिचनिकोव और चार दस्ता-मुखिया गार्ड-रूम में बंद हैं; कोर्ट-मार्शल की बात हो रही है। कोई तुम्हारा नाम नहीं लेता, पर तुम्हारे अंदर आते ही बातें रुक जाती हैं।
    en: Kirpichnikov and four squad leaders are locked in the guardroom; there is talk of a court martial. Nobody says your name, but when you come in, the talking stops.
  if not vo-reported
    hi: किर्पिचनिकोव अपनी चारपाई पर बैठा एक ऐसी राइफ़ल साफ़ कर रहा है जो पहले से साफ़ है। बैरक में बात फैल रही है कि अफ़सरों के पास नामों की एक सूची है।
    en: Kirpichnikov sits on his bunk, cleaning a rifle that is already clean. Word goes round that the officers have a list of names.
  if vo-named
    hi: सार्जेंट-मेजर की नोटबुक में तुम्हारा नाम है। उसके आगे क्या लिखा है, तुम नहीं जानते।
    en: Your name is in the sergeant-major's notebook. What is written beside it, you do not know.
  note
    hi: युद्ध के समय बग़ावत की सज़ा मौत हो सकती थी। 26 फ़रवरी को जब पावलोव्स्की रेजिमेंट की चौथी कंपनी ने बग़ावत की, तो युद्ध मंत्री बेल्यायेव चाहते थे कि दोषियों का कोर्ट-मार्शल हो और उन्हें गोली मार दी जाए; जनरल ख़ाबालोव ने केवल नेताओं को गिरफ़्तार करवाया। इतिहासकार पाइप्स इसे ख़ाबालोव की "घातक हिम्मत-हार" कहते हैं — यानी उनके हिसाब से कुछ फ़ैसले सचमुच मायने रखते थे। दूसरे इतिहासकार जवाब देते हैं कि सख़्ती से डर ज़रूर फैलता, पर भूख और युद्ध की थकान वैसी ही रहती।
    en: In wartime mutiny could be punished by death. When the Pavlovsky regiment's 4th Company rose on 26 Feb, the War Minister, Beliaev, wanted the guilty court-martialled and shot; General Khabalov had only the ringleaders arrested. The historian Pipes calls this Khabalov's "fatal loss of nerve" — in his view, some decisions really did matter. Other historians answer that harshness would have spread fear, but the hunger and the war-weariness would have stayed.
  source Encyclopaedia of Saint Petersburg, "February Revolution of 1917"; China Miéville, October: The Story of the Russian Revolution; Richard Pipes, The Russian Revolution

  choice vo-write-home default
    hi: पत्नी को चिट्ठी लिखो: कि तुम ज़िंदा हो, और बस।
    en: Write to your wife: that you are alive, and nothing more.
    go vo-tuesday

  choice vo-sit-with-kirpichnikov
    hi: किर्पिचनिकोव के बगल में उसकी चारपाई पर बैठ जाओ।
    en: Sit down on the bunk beside Kirpichnikov.
    only if not vo-reported
    set vo-listened
    chance 100
      hi: वह देर तक कुछ नहीं कहता। फिर: "तुम्हें लगता है आज हमने फ़ैसला किया? अगली बार फ़ैसला हमारे हाथ में नहीं होगा। पावलोव्स्की वाले करेंगे, या मॉस्को वाले — या भूख।"
      en: For a long time he says nothing. Then: "You think it was us who decided today? Next time it won't be up to us. It'll be the Pavlovsky lot, or the Moscow lot — or the hunger."
      journal
        hi: किर्पिचनिकोव ने कहा: अगली बार फ़ैसला हमारे हाथ में नहीं होगा।
        en: Kirpichnikov said: next time it won't be up to us.
      go vo-tuesday

  choice vo-guardroom-supper
    hi: गार्ड-रूम में खाना पहुँचाने के लिए ख़ुद आगे आओ — और किर्पिचनिकोव से आँख मिलाओ।
    en: Volunteer to carry the guardroom its supper — and look Kirpichnikov in the face.
    only if vo-reported
    set vo-listened
    chance 100
      hi: किर्पिचनिकोव बिना कुछ कहे कटोरा ले लेता है। तुम मुड़ने लगते हो, तो वह कहता है: "तुम्हें लगता है तुमने कुछ रोक लिया? तुमने बस एक सुबह रोकी है।"
      en: Kirpichnikov takes the bowl without a word. As you turn to go, he says: "You think you stopped something? You stopped one morning."
      journal
        hi: किर्पिचनिकोव ने मुझसे कहा: "तुमने बस एक सुबह रोकी है।"
        en: Kirpichnikov said to me: "You stopped one morning."
      go vo-tuesday

scene vo-tuesday
  for soldier
  on 28 Feb, morning
  at volynsky-barracks
  hi: मंगलवार, 28 फ़रवरी (13 मार्च)। सड़कें शांत हैं, ट्रामें अब भी बंद। सुबह की परेड में कर्नल नया आदेश पढ़ते हैं: "भरोसेमंद और वफ़ादार" प्रशिक्षण दस्ता अगली मार्चिंग कंपनी बनेगा, और दस दिन में मोर्चे के लिए रवाना होगा। "यह सम्मान की बात है," कर्नल कहते हैं। पंक्ति में कोई नहीं हिलता। बैरक में कहते हैं कि मोर्चे से वफ़ादार रेजिमेंटें आ रही हैं — राजधानी के सैनिकों की जगह लेने।
  en: Tuesday, 28 February (13 March). The streets are quiet; the trams are still not running. At morning parade the colonel reads a new order: the "trusted and loyal" training detachment will form the next marching company, and leaves for the front in ten days. "It is an honour," says the colonel. Nobody in the line moves. In the barracks they say loyal regiments are coming from the front — to take the place of the capital's soldiers.
  if vo-reported
    hi: सूची से तुम्हारा नाम काट दिया गया है। क्यों, यह किसी को बताने की ज़रूरत नहीं। नाश्ते के समय तुम बेंच पर बैठते हो, तो बेंच ख़ाली हो जाती है।
    en: Your own name has been struck off the list. Nobody needs to be told why. At breakfast, when you sit down, the bench empties.
  if not vo-reported
    hi: सूची में तुम्हारा नाम है। पंक्ति में किर्पिचनिकोव की जगह ख़ाली है: रात में वे उसे और चार दस्ता-मुखियों को ले गए।
    en: Your name is on the list. Kirpichnikov's place in the line is empty: in the night they came for him and four squad leaders.
  note
    hi: यह दृश्य वैकल्पिक इतिहास है। असल में 28 फ़रवरी (13 मार्च) तक लगभग पूरी छावनी बाग़ी हो चुकी थी: ख़ाबालोव के आख़िरी वफ़ादार सैनिक एडमिरल्टी से खिसक गए, ज़ार के मंत्री गिरफ़्तार होकर टॉराइड महल लाए गए, और ज़ार की ट्रेन राजधानी नहीं पहुँच सकी। पेत्रोग्राद के रिज़र्व सैनिकों का सबसे बड़ा डर मोर्चा था: NCERT के अनुसार 1917 तक रूसी सेना के 70 लाख से ज़्यादा लोग मारे गए, घायल हुए या बंदी बने।
    en: This scene is alternative history. In reality, by 28 Feb (13 Mar) almost the whole garrison had gone over: Khabalov's last loyal troops melted away at the Admiralty, the Tsar's ministers were arrested and brought to the Tauride Palace, and the Tsar's train could not reach the capital. The Petrograd reservists' greatest fear was the front: according to NCERT, by 1917 over 7 million Russian soldiers had been killed, wounded or taken prisoner.
  source China Miéville, October: The Story of the Russian Revolution; Richard Pipes, The Russian Revolution; NCERT, India and the Contemporary World – I (Class 9 History), ch. 2, sec. 2.5

  choice vo-eyes-front-tuesday default
    hi: सामने देखते रहो। दस दिन भी कम नहीं होते।
    en: Keep your eyes front. Ten days are ten days.
    go vo-wednesday

  choice vo-ask-about-kirpichnikov
    hi: परेड के बाद सार्जेंट-मेजर से पूछो कि किर्पिचनिकोव और दस्ता-मुखियों का क्या होगा।
    en: After the parade, ask the sergeant-major what will become of Kirpichnikov and the squad leaders.
    set vo-asked
    chance 100
      hi: "कल ज़िला मुख्यालय में कोर्ट-मार्शल है," वह कहता है। "युद्ध का समय है। तुम जानते हो इसका क्या मतलब है।" फिर धीमी आवाज़ में: "या मोर्चा। अभी तय नहीं हुआ।"
      en: "Court martial tomorrow, at district staff," he says. "In wartime. You know what that means." Then, more quietly: "Or the front. They haven't decided."
      go vo-wednesday

scene vo-wednesday
  for soldier
  on 1 Mar, evening
  at volynsky-barracks
  hi: बुधवार की शाम, 1 मार्च (14 मार्च)। आज ज़िला मुख्यालय में कोर्ट-मार्शल बैठा। फ़ैसला सैनिकों को नहीं सुनाया जाता। शाम को दूसरी कंपनी का एक हवलदार धीरे से बताता है कि किर्पिचनिकोव और चारों दस्ता-मुखिया सज़ा वाली कंपनी के साथ मोर्चे पर भेजे जाएँगे। रात के खाने के बाद चारपाइयों के बीच काग़ज़ का एक टुकड़ा घूमता है: कर्नल के नाम रहम की अर्ज़ी। उस पर अब तक ग्यारह नाम हैं।
  en: Wednesday evening, 1 March (14 March). The court martial sat today at district staff. The sentence is not read out to the men. In the evening an NCO from another company whispers that Kirpichnikov and the four squad leaders are to go to the front with a punishment company. After supper a scrap of paper goes round the bunks: a petition to the colonel for mercy. So far it has eleven names on it.
  if vo-asked
    hi: सार्जेंट-मेजर ने ठीक कहा था: मोर्चा। मौत नहीं — इस बार।
    en: The sergeant-major was right: the front. Not death — not this time.
  if vo-reported
    hi: अर्ज़ी सबसे आख़िर में तुम्हारी चारपाई तक पहुँचती है। जिसके हाथ में है, वह रुककर देखता है कि तुम क्या करते हो।
    en: The petition reaches your bunk last. The man holding it waits to see what you will do.
  note
    hi: यह दृश्य वैकल्पिक इतिहास है। असल में 1 मार्च (14 मार्च) को पेत्रोग्राद सोवियत ने "आदेश संख्या 1" जारी किया, और नई सरकार ने किर्पिचनिकोव को "क्रांति का पहला सैनिक" कहकर सम्मानित किया और उसकी तरक़्क़ी हुई। ज़्यादातर विवरण कहते हैं कि गृहयुद्ध में जब वह बोल्शेविक-विरोधी श्वेत स्वयंसेवी सेना में शामिल होने गया, तो राजतंत्र-समर्थक अफ़सर कुतेपोव के आदेश पर उसे गोली मार दी गई — पर यह बात मुख्य रूप से लोकप्रिय स्रोतों में मिलती है, इसलिए इसे पक्का नहीं माना जा सकता।
    en: This scene is alternative history. In reality, on 1 March (14 March) the Petrograd Soviet issued Order No. 1, and the new government hailed Kirpichnikov as the "first soldier of the revolution" and promoted him. Most accounts say that in the Civil War, when he tried to join the anti-Bolshevik White Volunteer Army, he was shot on the orders of the monarchist officer Kutepov — but this is found mainly in popular sources, so it cannot be taken as certain.
  source Petrograd Soviet, Order No. 1 (1 March 1917)

  choice vo-sign-petition
    hi: अपना नाम लिखो और काग़ज़ आगे बढ़ा दो।
    en: Write your name and pass the paper on.
    set vo-signed
    subtract 5 from garrison
    journal
      hi: मैंने किर्पिचनिकोव के लिए रहम की अर्ज़ी पर अपना नाम लिखा।
      en: I signed the petition for mercy for Kirpichnikov.
    go vo-thursday

  choice vo-pass-unsigned default
    hi: बिना नाम लिखे काग़ज़ आगे बढ़ा दो।
    en: Pass the paper on without signing.
    go vo-thursday

scene vo-thursday
  for soldier
  on 2 Mar, afternoon
  at tauride
  hi: गुरुवार, 2 मार्च (15 मार्च), दोपहर बाद। तुम्हारी टुकड़ी {place} के बंद दरवाज़ों पर पहरा दे रही है: सत्रावसान का आदेश लागू है, और किसी ड्यूमा सदस्य को अंदर जाने की इजाज़त नहीं। बर्फ़ में से एक बूढ़े सदस्य आते हैं, हाथ में ख़ाली ब्रीफ़केस। "मेरे काग़ज़ अंदर हैं," वे कहते हैं। "मेरी चिट्ठियाँ। बस पाँच मिनट।" शहर में अफ़वाह है कि ज़ार की ट्रेन प्स्कोव में रुकी है, और जनरल मुख्यालय से तार पर तार भेज रहे हैं।
  en: Thursday, 2 March (15 March), afternoon. Your squad is guarding the locked doors of {place}: the prorogation stands, and no Duma deputy may go in. An old deputy comes through the snow with an empty briefcase. "My papers are inside," he says. "My letters. Five minutes, that is all." In the city there are rumours that the Tsar's train has stopped at Pskov, and that the generals at headquarters are sending telegram after telegram.
  note
    hi: असल में 2 मार्च (15 मार्च) की दोपहर इसी टॉराइड महल के कैथरीन हॉल में मिल्युकोव ने अस्थायी सरकार की घोषणा की, और उसी रात प्स्कोव में ज़ार ने गद्दी छोड़ी — अपने जनरलों की सलाह पर, जिन्हें डर था कि राजधानी की अशांति के कारण रूस युद्ध हार जाएगा। इस वैकल्पिक इतिहास में छावनी ने आदेश माना, इसलिए महल बंद है और जनरलों के पास ज़ार पर दबाव डालने की वजह कम है। फिर भी इतिहासकार पूछेंगे: क्या भूख, हड़तालें और मोर्चे की हारें कुछ हफ़्तों से ज़्यादा रुक सकती थीं?
    en: In reality, on the afternoon of 2 March (15 March) Milyukov announced the Provisional Government in the Catherine Hall of this same Tauride Palace, and that night at Pskov the Tsar abdicated — on the advice of his generals, who feared that the unrest in the capital would lose them the war. In this alternative history the garrison obeyed, so the palace is shut and the generals have less reason to press the Tsar. Historians would still ask: could the hunger, the strikes and the defeats at the front have waited more than a few weeks?
  source China Miéville, October: The Story of the Russian Revolution; Richard Pipes, The Russian Revolution; A. I. Denikin, The Russian Turmoil; Maurice Paléologue's diary, 17 March 1917

  choice vo-turn-him-away default
    hi: उन्हें लौटा दो, जैसा हुक्म है।
    en: Turn him away, as ordered.
    go vo-friday

  choice vo-let-him-in
    hi: उन्हें पाँच मिनट के लिए अंदर जाने दो।
    en: Let him in for five minutes.
    add 1 to courage
    subtract 5 from garrison
    chance 100
      hi: वे काँपते हाथों में काग़ज़ों का एक पुलिंदा लेकर लौटते हैं और तुम्हारा नाम पूछते हैं। तुम नहीं बताते।
      en: He comes back with a bundle of papers in his shaking hands and asks your name. You do not tell him.
      journal
        hi: टॉराइड महल पर मैंने एक बूढ़े ड्यूमा सदस्य को उनके काग़ज़ लेने अंदर जाने दिया।
        en: At the Tauride Palace I let an old Duma deputy in to fetch his papers.
      go vo-friday

scene vo-friday
  for soldier
  on 3 Mar, afternoon
  at volynsky-barracks
  hi: शुक्रवार, 3 मार्च (16 मार्च)। मार्चिंग कंपनी का सामान बँट रहा है: नए जूते, ओवरकोट, सूखी रोटी के थैले। एक हफ़्ते बाद रवानगी है। बैरक में कोई ऊँची आवाज़ में नहीं बोलता। गाँव में कुछ ही हफ़्तों में बुवाई शुरू होगी।
  en: Friday, 3 March (16 March). Kit for the marching company is being handed out: new boots, greatcoats, bags of dried bread. It leaves in a week. Nobody in the barracks raises his voice. In the village the sowing begins in a few weeks.
  if vo-reported
    hi: तुम्हारा नाम सूची में नहीं है। तुम पेत्रोग्राद में रहोगे — ऐसे लोगों के बीच जो तुमसे बात नहीं करते।
    en: Your name is not on the list. You will stay in Petrograd — among men who will not speak to you.
  if not vo-reported
    hi: तुम नए जूते पहनकर देखते हो। वे ठीक आते हैं।
    en: You try on the new boots. They fit.
  if vo-listened
    hi: सोमवार रात किर्पिचनिकोव ने जो कहा था, वह तुम्हारे मन से नहीं जाता।
    en: What Kirpichnikov said to you on Monday night will not leave your mind.
  if vo-signed
    hi: जिस अर्ज़ी पर तुमने नाम लिखा था, वह कर्नल तक पहुँची। उसके बाद उसकी कोई ख़बर नहीं।
    en: The petition you signed went to the colonel. Nobody has heard of it since.
  if abdicated
    hi: प्स्कोव से अजीब ख़बर आती है: ज़ार ने फिर भी गद्दी छोड़ दी। बैरक में कोई नहीं जानता कि इसका सूची के लिए क्या मतलब है।
    en: Strange news comes from Pskov: the Tsar has abdicated after all. Nobody in the barracks knows what that means for the list.
  if not abdicated
    hi: ज़ार अपनी गद्दी पर हैं। बेकरियाँ अब भी ख़ाली हैं।
    en: The Tsar keeps his throne. The bakeries are still empty.
  note
    hi: यह दृश्य वैकल्पिक इतिहास है। असल में 3 मार्च (16 मार्च) को ग्रैंड ड्यूक मिख़ाइल ने ताज अस्वीकार किया और रोमानोव शासन समाप्त हुआ; नई सरकार ने वादा किया कि क्रांति में शामिल टुकड़ियाँ पेत्रोग्राद से नहीं हटाई जाएँगी। फिर भी 1917 भर सेना से भागने वालों की गिनती बढ़ती गई, और मज़दूर बस्तियाँ भगोड़ों को छिपाती रहीं।
    en: This scene is alternative history. In reality, on 3 March (16 March) Grand Duke Michael declined the crown and Romanov rule ended; the new government promised that the units which had taken part in the revolution would not be removed from Petrograd. Even so, desertion grew all through 1917, and the workers' districts hid deserters.
  source Maurice Paléologue's diary, 17 March 1917; D. and R. Crawford, The Last Tsar: Emperor Michael II; State Museum of Political History of Russia, "Provisional Government"

  choice vo-stay-in-line default
    hi: पंक्ति में रहो। जो भी हुक्म मिले, मानो।
    en: Stay in the line. Whatever the order, obey it.
    go vo-order-held

  choice vo-over-the-wall
    hi: आज रात बैरक की दीवार फाँदकर वीबोर्ग क्षेत्र चले जाओ, जहाँ मज़दूर भगोड़ों को छिपाते हैं।
    en: Tonight, climb the barracks wall and go to the Vyborg side, where workers hide deserters.
    journal
      hi: मैं बैरक की दीवार फाँदकर वीबोर्ग क्षेत्र चला गया।
      en: I climbed the barracks wall and went to the Vyborg side.
    go vo-hidden

# ---------------------------------------------------------------- endings

ending vo-order-held
  for soldier
  hi: तुम पंक्ति में रहे, और हुक्म मानते रहे। एक हफ़्ते बाद मार्चिंग कंपनी निकोलायेव्स्की स्टेशन से मोर्चे की ओर रवाना हुई — उसी ज़्नामेन्स्काया चौक से होकर, जहाँ उस रविवार गोलियाँ चली थीं — और उसमें वही प्रशिक्षण दस्ता था जिसने आदेश माना था। राजधानी शांत थी: शांत, भूखी और नाराज़।
  en: You stayed in the line and went on obeying. A week later the marching company left for the front from the Nikolaevsky station — across the same Znamenskaya Square where the shooting had been that Sunday — and in it went the training detachment that had obeyed. The capital was quiet: quiet, hungry and angry.
  debrief
    hi: यह इतिहास से अलग रास्ता है। तुम्हारा रास्ता: इस राह में वोलिन्स्की दस्ते ने 27 फ़रवरी की सुबह आदेश माना, और बाक़ी छावनी भी इतनी वफ़ादार रही कि कोई दूसरी रेजिमेंट बाहर नहीं निकली। {if s-fired}26 फ़रवरी (11 मार्च) को तुमने आदेश पर गोली चलाई। {end}{if vo-reported}तुमने लाश्केविच को किर्पिचनिकोव की पूरी योजना, नामों समेत, बता दी थी। {end}इतिहास में: 27 फ़रवरी (12 मार्च) की भोर में दस्ते ने किर्पिचनिकोव के कहने पर बाहर निकलने से इनकार किया; बग़ावत रेजिमेंट-दर-रेजिमेंट फैली; उसी रात ड्यूमा की अस्थायी समिति और पेत्रोग्राद सोवियत बनीं; और 2 मार्च (15 मार्च) को ज़ार ने गद्दी छोड़ी। प्रश्न: 1917 में ज़ारशाही निरंकुशता क्यों ढह गई (NCERT, प्रश्न 3)?
    en: This is not what happened. Your path: the Volynsky detachment obeyed on the morning of 27 February, and the rest of the garrison stayed loyal enough that no other regiment came out. {if s-fired}On 26 Feb (11 Mar) you fired as ordered. {end}{if vo-reported}You told Lashkevich Kirpichnikov's whole plan, names and all. {end}In history: at dawn on 27 Feb (12 Mar) the detachment, urged on by Kirpichnikov, refused to march out; the mutiny spread from regiment to regiment; that night the Duma's Provisional Committee and the Petrograd Soviet were formed; and on 2 Mar (15 Mar) the Tsar abdicated. Question: why did the Tsarist autocracy collapse in 1917 (NCERT, question 3)?
  historians
    hi: क्या वह क्रांति एक सुबह पर टिकी थी? इतिहासकार इसे दो तरह से पढ़ते हैं। "संरचना" पर ज़ोर देने वाले — जैसे अमेरिकी, कम्युनिस्ट-विरोधी इतिहासकार रिचर्ड पाइप्स — बताते हैं कि छावनी के 1,60,000 किसान-सैनिक 20,000 के लिए बनी बैरकों में ठुँसे थे, मोर्चे से डरते थे, और तभी तक हुक्म मानते थे जब तक सज़ा का डर था; पाइप्स के अनुसार जिस तेज़ी से बग़ावत फैली, उससे लगता है कि उसे कोई रोक नहीं सकता था। इस नज़र से तुम्हारी शांत सुबह बस कुछ दिन की मोहलत है: भूख, युद्ध और ज़ार की ज़िद वैसी ही हैं। "संयोग" पर ज़ोर देने वाले याद दिलाते हैं कि फ़रवरी की क्रांति किसी दल की योजना नहीं थी — तुम्हारी पाठ्यपुस्तक (NCERT) भी कहती है कि किसी दल ने उसका नेतृत्व नहीं किया; अमेरिकी इतिहासकार विलियम चेम्बरलिन ने उसे इतिहास की सबसे "नेतृत्वहीन और स्वतःस्फूर्त" क्रांतियों में गिना, जिसके बारे में पहले से कोई नहीं जानता था कि रोटी के लिए हुए दंगे छावनी की बग़ावत तक पहुँचेंगे। उनके लिए एक रात के फ़ैसले — किर्पिचनिकोव की बातें, ख़ाबालोव की नरमी, ज़ार का मोगिल्योव में होना — सचमुच मायने रखते थे, और एक शांत हफ़्ता ज़ार को मोर्चे से फ़ौज बुलाने का समय दे सकता था। प्रश्न के उत्तर में एक "संरचना" वाला कारण और एक "संयोग" वाला कारण दो।
    en: Did that revolution hang on one morning? Historians read it in two ways. Those who stress structure — Richard Pipes, the American anti-communist historian, for one — point out that the garrison's 160,000 peasant soldiers were packed into barracks built for 20,000, dreaded the front, and obeyed only as long as disobedience was punished; the speed with which the mutiny spread, Pipes wrote, suggests that nothing could have stopped it. Seen this way, your quiet morning buys a few days at most: the hunger, the war and the Tsar's refusal to share power are all still there. Those who stress contingency recall that February was no party's plan — your textbook (NCERT) too says no party led it; the American historian William Chamberlin counted it among the most "leaderless, spontaneous" revolutions of all time, one in which nobody knew beforehand that bread riots would end in a mutiny of the garrison. For them a single night's decisions — Kirpichnikov's talks, Khabalov's leniency, the Tsar's absence at Mogilev — really mattered, and a quiet week could have given the Tsar time to bring troops from the front. In answering the question, give one cause of "structure" and one of "contingency".

ending vo-hours-late
  for soldier
  hi: शुक्रवार की शाम तुम अपनी चारपाई पर बैठकर सोमवार की भोर के बारे में सोचते रहे: पंक्ति में खड़ा दस्ता, पुल की ओर कूच, वे छह घंटे जब तुम्हारे दस्ते ने हुक्म माना। उसी दोपहर इतिहास किसी दूसरे दरवाज़े से तुम तक आ पहुँचा था, और अब कोई नहीं पूछता कि वोलिन्स्की वालों ने उस भोर क्या किया था। इतिहास ने बस छह घंटे इंतज़ार किया।
  en: On Friday evening you sat on your bunk and thought about Monday at dawn: the detachment falling in, the march to the bridge, the six hours in which your detachment obeyed. By noon that day history had come for you anyway, through another door, and nobody asks any more what the Volynsky men did at that dawn. History waited six hours, no more.
  debrief
    hi: यह इतिहास से अलग रास्ता है, पर अंत असली इतिहास के क़रीब है। तुम्हारा रास्ता: तुम्हारे दस्ते ने भोर में आदेश माना, पर दोपहर तक दूसरी रेजिमेंटें उसके बिना निकल आईं, और फिर वह भी बह गया। {if s-fired}26 फ़रवरी (11 मार्च) को तुमने आदेश पर गोली चलाई। {end}{if vo-reported}तुमने लाश्केविच को किर्पिचनिकोव की पूरी योजना, नामों समेत, बता दी थी। {end}इतिहास में क्रम उलटा था: 27 फ़रवरी (12 मार्च) की भोर में किर्पिचनिकोव के साथ वोलिन्स्की वालों ने सबसे पहले इनकार किया और दूसरी रेजिमेंटों को "बाहर बुलाया"; शाम तक 25,000 से 70,000 सैनिक बग़ावत कर चुके थे; 2 मार्च (15 मार्च) को ज़ार ने गद्दी छोड़ी। प्रश्न: क्या छावनी के डगमगाते ही क्रांति अनिवार्य हो गई थी (NCERT, प्रश्न 3)?
    en: This is not what happened — but it ends close to what did. Your path: your detachment obeyed at dawn, yet by noon other regiments had come out without it, and in the afternoon it was swept along. {if s-fired}On 26 Feb (11 Mar) you fired as ordered. {end}{if vo-reported}You told Lashkevich Kirpichnikov's whole plan, names and all. {end}In history the order was the other way round: at dawn on 27 Feb (12 Mar) the Volynsky men, with Kirpichnikov, refused first and "called out" the other regiments; by evening 25,000 to 70,000 soldiers had mutinied; on 2 Mar (15 Mar) the Tsar abdicated. Question: was the revolution inevitable once the garrison wavered (NCERT, question 3)?
  historians
    hi: इस राह में लितोव्स्की, प्रेओब्राज़ेन्स्की और सैपर वोलिन्स्की वालों के बिना निकले; असल में वोलिन्स्की वालों ने ही प्रेओब्राज़ेन्स्की, लितोव्स्की और छठी सैपर बटालियन को "बाहर बुलाया" था; उसी रात ड्यूमा की अस्थायी समिति और पेत्रोग्राद सोवियत बनीं। यह राह "संरचना" वाले तर्क की ओर झुकती है: अमेरिकी, कम्युनिस्ट-विरोधी इतिहासकार रिचर्ड पाइप्स ने लिखा कि जिस तेज़ी से बग़ावत छावनी में फैली, उससे लगता है कि उसे रोकने के लिए कुछ नहीं किया जा सकता था — वे तो उसकी शुरुआत भी वोलिन्स्की से नहीं, पिछली रात की पावलोव्स्की रेजिमेंट से मानते हैं। एक दरवाज़ा बंद रहता, तो दूसरा खुल जाता। "संयोग" वाले जवाब देते हैं कि इस खेल में भी बग़ावत इसीलिए आई कि छावनी की वफ़ादारी पहले ही बहुत गिर चुकी थी — रविवार की गोलीबारी से, पावलोव्स्की कंपनी की मिसाल से, और तुम्हारे जैसे फ़ैसलों से — और घंटे भी मायने रखते हैं: एक दिन की देरी में ड्यूमा के सदस्य घर लौट सकते थे, या जनरल वफ़ादार फ़ौज भेज सकते थे। विलियम चेम्बरलिन ने फ़रवरी को इतिहास की सबसे "नेतृत्वहीन और स्वतःस्फूर्त" क्रांतियों में गिना: किसी ने उसकी योजना नहीं बनाई थी, इसलिए कोई उसके बारे में निश्चित नहीं हो सकता था। प्रश्न के उत्तर में 26 और 27 फ़रवरी की घटनाओं के आधार पर एक तर्क पक्ष में और एक विपक्ष में दो।
    en: On this path the Litovsky and Preobrazhensky men and the sappers came out without the Volynsky men; in history it was the Volynsky men who "called out" the Preobrazhensky and Litovsky regiments and the 6th Sapper Battalion; that night the Duma's Provisional Committee and the Petrograd Soviet were formed. This path leans towards the argument from structure: Richard Pipes, the American anti-communist historian, wrote that the speed with which the mutiny spread through the garrison suggests that nothing could have been done to stop it — he even dates its beginning not to the Volynsky men but to the Pavlovsky regiment, the night before. Had one door stayed shut, another would have opened. The argument from contingency answers that even in this game the rising came only because the garrison's loyalty had already fallen so far — through Sunday's shootings, the Pavlovsky company's example and choices like yours — and that hours matter too: a day's delay could have let the Duma men go home, or the generals send loyal troops. William Chamberlin counted February among the most "leaderless, spontaneous" revolutions of all time: nobody had planned it, so nobody could be sure of it. In answering the question, use the events of 26 and 27 February to give one argument for and one against.

ending vo-hidden
  for soldier
  hi: तुम वीबोर्ग क्षेत्र पहुँच गए। एक मज़दूर औरत ने अपने कमरे में चूल्हे के पीछे तुम्हें जगह दी। रविवार को उसका भाई ज़्नामेन्स्काया चौक से नहीं लौटा था। वह जानती है कि उस दिन वोलिन्स्की वाले कहाँ खड़े थे। फिर भी उसने तुम्हें छिपाया — और तुम नहीं जानते कि यह माफ़ी है, या कुछ और।
  en: You reached the Vyborg side. A woman worker gave you a place behind the stove in her room. On Sunday her brother did not come back from Znamenskaya Square. She knows where the Volynsky men stood that day. She hid you all the same — and you do not know whether that is forgiveness, or something else.
  debrief
    hi: यह इतिहास से अलग रास्ता है। तुम्हारा रास्ता: इस राह में 27 फ़रवरी को आदेश का राज बना रहा, और आख़िर में तुम बैरक छोड़कर भाग निकले। {if s-fired}26 फ़रवरी (11 मार्च) को तुमने आदेश पर गोली चलाई। {end}{if vo-reported}तुमने लाश्केविच को किर्पिचनिकोव की पूरी योजना, नामों समेत, बता दी थी। {end}इतिहास में कोई "शांत मंगलवार" नहीं आया: 28 फ़रवरी (13 मार्च) तक लगभग पूरी छावनी बाग़ी हो चुकी थी, और 2 मार्च (15 मार्च) को ज़ार ने गद्दी छोड़ी। पर भगोड़े असली थे: 1917 भर उनकी गिनती बढ़ती गई, और मज़दूर बस्तियाँ उन्हें छिपाती रहीं। प्रश्न: क्या पेत्रोग्राद छावनी की बग़ावत के बिना ज़ारशाही 1917 में बच सकती थी? कारण दो (NCERT, प्रश्न 3)।
    en: This is not what happened. Your path: the order held on 27 February, and in the end you deserted. {if s-fired}On 26 Feb (11 Mar) you fired as ordered. {end}{if vo-reported}You told Lashkevich Kirpichnikov's whole plan, names and all. {end}In history there was no quiet Tuesday: by 28 Feb (13 Mar) almost the whole garrison had mutinied, and on 2 Mar (15 Mar) the Tsar abdicated. Deserters were real, though: their numbers grew all through 1917, and the workers' districts hid them. Question: could tsarism have survived 1917 without the Petrograd garrison's mutiny? Give reasons (NCERT, question 3).
  historians
    hi: तुम्हारे जैसे फ़ैसले को — और इस पूरी शाखा के सवाल को — इतिहासकार दो तरह से पढ़ते हैं। "संरचना" पर ज़ोर देने वालों के लिए तुम्हारे जैसे लोग — वर्दी पहने किसान, उस युद्ध से थके हुए जिसमें, तुम्हारी पाठ्यपुस्तक (NCERT) के अनुसार, 70 लाख से ज़्यादा रूसी सैनिक मारे गए, घायल हुए या बंदी बने — ही क्रांति की असली ताक़त थे: अगर छावनी एक सुबह नहीं उठती, तो अगले हफ़्तों में एक-एक भगोड़े के साथ घुलती जाती, और बिना फ़ौज के कोई गद्दी नहीं टिकती। अमेरिकी, कम्युनिस्ट-विरोधी इतिहासकार रिचर्ड पाइप्स ने लिखा कि ये सैनिक तभी तक हुक्म मानते थे जब तक हुक्म न मानने पर सज़ा तय थी। "संयोग" पर ज़ोर देने वाले जवाब देते हैं कि बग़ावत और धीरे-धीरे घुलना एक बात नहीं: 27 फ़रवरी के बिना उस हफ़्ते न सोवियत बनती, न अस्थायी सरकार, न आदेश संख्या 1 — और ज़ार की जगह कौन आता, और कब, यह बिल्कुल अलग हो सकता था।
    en: Historians read a choice like yours — and this whole branch's question — in two ways. For those who stress structure, men like you — peasants in uniform, worn out by a war in which, your textbook (NCERT) says, over 7 million Russian soldiers had been killed, wounded or taken prisoner — were the revolution's real force: had the garrison not risen on one morning, it would have melted away over the following weeks, one deserter at a time, and no throne stands without an army. Richard Pipes, the American anti-communist historian, wrote that these soldiers obeyed only as long as disobedience carried certain punishment. Those who stress contingency answer that a mutiny and a slow melting away are not the same: without 27 February there would have been no Soviet that week, no Provisional Government and no Order No. 1 — and who replaced the Tsar, and when, could have been quite different.
