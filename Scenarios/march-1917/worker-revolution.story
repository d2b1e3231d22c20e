format 2
# The worker, 27 Feb – 3 Mar. `monday` offers one set of choices if the garrison has mutinied (world flag
# `mutiny`) and another if it has not (worker-alternative.story). When it has:
#   monday → arsenal | kresty | mill-monday → mill-meeting → w-tauride (27 Feb, 21:00)
#   → militia (28 Feb) → factory-committee (1 Mar) → support-debate (1 Mar, evening)
#   → milyukov-speech (2 Mar, 15:00) → railway-news (3 Mar) → third-march → an ending.
# Scenes are timed so that the city's events fire as the worker arrives: garrison-goes-over (27 Feb,
# morning), provisional-committee and soviet-first-session (27 Feb evening), duma-takes-power (28 Feb),
# order-one and agreement-night (1 Mar), provisional-government (2 Mar, 15:00), abdication (2 Mar, night),
# michael-declines (3 Mar, noon). Passages read the world flags, with complementary guards, so the
# worker's story follows whatever the city did.

# ---------------------------------------------------------------- 27 Feb: the soldiers come over (W7)

scene monday
  for worker
  on 27 Feb, 08:00
  at vyborg
  hi: सोमवार। मिल का भोंपू बज रहा है, पर आधी गली उसकी ओर नहीं, पुल की ओर देख रही है।
  en: Monday. The mill hooter is sounding, but half the street is looking not at the mill but towards the bridge.
  if mutiny
    hi: पुल के उस पार से ख़बर आ रही है: भोर में किरोचनाया की बैरकों में वोलिन्स्की सैनिकों ने अफ़सरों का हुक्म मानने से इनकार कर दिया, और अब वे दूसरी रेजिमेंटों को "बाहर बुला" रहे हैं — ठीक वैसे, जैसे गुरुवार को मिलों की औरतें कारख़ानों के मज़दूरों को बाहर बुला लाई थीं।
    en: News is coming across the bridge: at dawn, in the Kirochnaya barracks, the Volynsky men refused their officers' orders, and now they are "calling out" the other regiments — just as on Thursday the women from the mills called the men out of the factories.
  if not mutiny
    hi: सड़कों पर फ़ौज की गश्त है। भोर में वोलिन्स्की दस्ता आदेश मानकर बाहर निकल गया। कुछ मिलों में लोग काम पर लौट रहे हैं; कुछ में सभाएँ चल रही हैं कि हड़ताल जारी रखी जाए या नहीं।
    en: Army patrols hold the streets. At dawn the Volynsky detachment marched out as ordered. In some mills people are going back to work; in others, meetings argue whether to stay out.
  note
    hi: 27 फ़रवरी (12 मार्च) की भोर वोलिन्स्की रेजिमेंट के प्रशिक्षण दस्ते ने बाहर निकलने से इनकार किया; शाम तक 25,000 से 70,000 सैनिक (अनुमान अलग-अलग हैं) विद्रोह में शामिल हो चुके थे। मज़दूर भी सड़कों पर उतरे: कोई घर रहा, कोई सैनिकों के साथ चला, किसी ने शस्त्रागार से राइफ़लें लीं, किसी ने जेलें खोलीं, कोई टॉराइड महल गया। NCERT के शब्दों में, उस दिन रेजिमेंटों ने बग़ावत की और शाम को सोवियत बनी।
    en: At dawn on 27 Feb (12 Mar) the Volynsky regiment's training detachment refused to march out; by evening 25,000 to 70,000 soldiers (estimates differ) had joined the mutiny. Workers came out too: some stayed home, some went with the soldiers, some took rifles from the Arsenal, some opened the prisons, some went to the Tauride Palace. In NCERT's words, that day the regiments mutinied and in the evening the Soviet was formed.
  source Leon Trotsky, History of the Russian Revolution; Richard Pipes, The Russian Revolution; State Museum of Political History of Russia, "Petrograd Soviet"; China Miéville, October: The Story of the Russian Revolution

  choice to-arsenal
    hi: भीड़ के साथ पुल पार करके शस्त्रागार चलो।
    en: Cross the bridge with the crowd to the Arsenal.
    only if mutiny
    add 5 to strike
    go arsenal

  choice to-kresty
    hi: भीड़ के साथ क्रेस्ती जेल चलो और क़ैदियों को छुड़ाओ।
    en: Go with the crowd to Kresty prison and free the prisoners.
    only if mutiny
    add 5 to strike
    go kresty

  choice back-to-loom default
    hi: मिल लौट जाओ। बच्चों का पेट भरना है।
    en: Go back to the mill. The children have to eat.
    only if mutiny
    clear walked-out
    go mill-monday

  choice hold-out
    hi: हड़ताल पर डटी रहो, भले ही फ़ौज अब भी सरकार के साथ है।
    en: Stay on strike, even though the army is still with the government.
    only if not mutiny
    go strike-meeting

  choice back-to-work
    hi: मिल लौट जाओ। बच्चों का पेट भरना है।
    en: Go back to the mill. The children have to eat.
    only if not mutiny
    clear walked-out
    go loom-under-guard

scene arsenal
  for worker
  on 27 Feb, 11:00
  at arsenal
  hi: शस्त्रागार के फाटक खुले पड़े हैं। सैनिक और मज़दूर बाँहें भर-भरकर राइफ़लें ला रहे हैं और हर फैले हाथ में थमा रहे हैं। आगे अदालत की इमारत से धुआँ उठ रहा है। एक बूढ़ा सैनिक तुम्हारी ओर राइफ़ल बढ़ाता है: "लो, बहन।"
  en: The gates of the Arsenal stand open. Soldiers and workers carry out rifles by the armful and put one into every outstretched hand. Further on, smoke rises from the law courts. An old soldier holds out a rifle to you: "Here, sister."
  if w-saw-shooting
    hi: कल ऐसी ही राइफ़लें ज़्नामेन्स्काया चौक पर चली थीं।
    en: Yesterday rifles like these fired on Znamenskaya Square.
  note
    hi: 27 फ़रवरी (12 मार्च) को विद्रोही सैनिकों और मज़दूरों ने लितेयनी प्रॉस्पेक्ट के शस्त्रागार पर क़ब्ज़ा किया और हज़ारों राइफ़लें बाँटीं; ज़िला अदालत और थाने जलाए गए। इन्हीं हथियारों से कारख़ानों के मज़दूर-दस्ते बने, जो आगे चलकर रेड गार्ड कहलाए। इतिहासकार पूछते हैं: क्या हथियारबंद भीड़ ने क्रांति को बचाया, या उसने अराजकता का ऐसा डर भी फैलाया जिससे ड्यूमा के नेता सत्ता सँभालने आगे आए?
    en: On 27 Feb (12 Mar) mutinous soldiers and workers seized the Arsenal on Liteiny Prospekt and handed out thousands of rifles; the district court and police stations were burned. These weapons armed the factory squads later called Red Guards. Historians ask: did the armed crowds save the revolution, or did they also spread a fear of anarchy that pushed the Duma's leaders to take charge?
  source Leon Trotsky, History of the Russian Revolution; Richard Pipes, The Russian Revolution; State Museum of Political History of Russia, "Petrograd Soviet"; China Miéville, October: The Story of the Russian Revolution

  choice take-rifle
    hi: राइफ़ल ले लो। तुमने पहले कभी बंदूक़ नहीं पकड़ी।
    en: Take the rifle. You have never held a gun before.
    set w-armed
    add 5 to strike
    reply
      hi: एक सैनिक तुम्हें राइफ़ल थमाकर दिखाता है कि उसे कैसे पकड़ते हैं। उसके बोझ से तुम्हारी बाँहें झुक जाती हैं।
      en: A soldier puts a rifle in your hands and shows you how to hold it. It drags at your arms.
    journal
      hi: शस्त्रागार से मुझे एक राइफ़ल मिली। वह जितना सोचा था, उससे कहीं भारी थी।
      en: At the Arsenal I was given a rifle. It was heavier than I had thought.
    go mill-meeting

  choice dressing-station default
    hi: राइफ़ल किसी और को दे दो, और पास के मरहम-पट्टी के ठिकाने पर मदद करो।
    en: Let someone else have the rifle, and help at a dressing station nearby.
    add 1 to courage
    reply
      hi: तुम राइफ़ल एक लड़के को थमा देती हो और उस आँगन में मदद करने चल देती हो जहाँ घायल लाए जा रहे हैं।
      en: You hand the rifle to a boy and go to help in the courtyard where the wounded are brought.
    journal
      hi: मैंने राइफ़ल नहीं ली। दोपहर भर आँगन में पट्टियाँ धोती रही।
      en: I did not take a rifle. All afternoon I washed bandages in a courtyard.
    go mill-meeting

  choice follow-to-tauride
    hi: सैनिकों के पीछे-पीछे टॉराइड महल चलो, जहाँ ड्यूमा बैठती है।
    en: Follow the soldiers to the Tauride Palace, where the Duma sits.
    go w-tauride

scene kresty
  for worker
  on 27 Feb, 13:00
  at kresty
  hi: क्रेस्ती जेल के लाल ईंटों वाले फाटक टूट चुके हैं। क़ैदी बाहर निकल रहे हैं — राजनीतिक क़ैदी भी और चोर-उचक्के भी — और भीड़ उन्हें गले लगा रही है। काग़ज़ों के गट्ठर लिए कुछ आदमी कह रहे हैं कि उन्हें तुरंत टॉराइड महल पहुँचना है।
  en: The red-brick gates of Kresty prison are broken open. Prisoners stream out — political prisoners and common thieves alike — and the crowd embraces them. A few men with bundles of papers say they must get to the Tauride Palace at once.
  if not w-hid-dunya
    hi: उनमें दुन्या भी है, रोशनी में आँखें मिचमिचाती हुई। तुम्हें देखकर वह हँस पड़ती है: "बस दो रातों की जेल!"
    en: Among them, blinking in the light, is Dunya. She laughs when she sees you: "Just two nights in jail!"
  if w-hid-dunya
    hi: दुन्या तुम्हारे बगल में है; उसके पर्चे कल बैरकों तक पहुँच गए थे।
    en: Dunya is beside you; her leaflets reached the barracks yesterday.
  note
    hi: 27 फ़रवरी (12 मार्च) को भीड़ ने क्रेस्ती समेत शहर की जेलें खोल दीं। छूटने वालों में "केंद्रीय मज़दूर समूह" के मेन्शेविक नेता थे (जनवरी से बंद), जो सीधे टॉराइड महल गए और उसी रात सोवियत की पहली बैठक बुलाने में आगे रहे। अपराधी भी छूटे, और अगले दिनों में लूटपाट का डर फैला।
    en: On 27 Feb (12 Mar) crowds opened the city's prisons, Kresty among them. Those freed included the Menshevik leaders of the Central Workers' Group (jailed since January), who went straight to the Tauride Palace and were among those who called the Soviet's first session that night. Common criminals went free too, and in the days that followed fear of robbery spread.
  source State Museum of Political History of Russia, "Petrograd Soviet"; Leon Trotsky, History of the Russian Revolution; Richard Pipes, The Russian Revolution; China Miéville, October: The Story of the Russian Revolution

  choice escort-leaders
    hi: उन आदमियों के साथ टॉराइड महल चलो और भीड़ में उनके लिए रास्ता बनाओ।
    en: Go with those men to the Tauride Palace and help them through the crowds.
    reply
      hi: तुम दूसरों के साथ बाँहें जोड़कर भीड़ में रास्ता बनाती हो; बीच में जेल से छूटे लोग चल रहे हैं, रोशनी में आँखें मिचमिचाते हुए।
      en: You link arms with the others and clear a way through the crowds; the freed men walk in the middle, blinking at the light.
    journal
      hi: मैं जेल से छूटे मज़दूर नेताओं के साथ टॉराइड महल गई।
      en: I went to the Tauride Palace with the labour leaders freed from prison.
    go w-tauride

  choice back-to-mill default
    hi: मिल लौट चलो: शाम को सभा है, सोवियत के लिए प्रतिनिधि चुने जाने हैं।
    en: Go back to the mill: there is a meeting this evening to choose delegates to the Soviet.
    go mill-meeting

scene mill-monday
  for worker
  on 27 Feb, 11:00
  at factory
  hi: तुम करघे पर लौट आईं, पर आधी मशीनें चुप हैं। ग्यारह बजे आँगन में शोर उठता है: लाल रिबन बाँधे सैनिक और मज़दूर फाटक से अंदर आ गए हैं। "बाहर आओ! फ़ौज हमारे साथ है!" मैनेजर ने ख़ुद को दफ़्तर में बंद कर लिया है।
  en: You went back to your loom, but half the machines are silent. At eleven there is uproar in the yard: soldiers and workers with red ribbons have come in through the gate. "Come out! The army is with us!" The manager has locked himself in his office.
  if w-took-loaf
    hi: फ़ोरमैन लेबेदेव कहीं दिखाई नहीं देता।
    en: Foreman Lebedev is nowhere to be seen.
  note
    hi: 27 फ़रवरी (12 मार्च) को विद्रोही सैनिक केवल बैरकों से ही नहीं, कारख़ानों से भी लोगों को "बाहर बुला" रहे थे। उस दिन ज़्यादातर कारख़ाने बंद रहे; जो मज़दूर काम पर गए, उनमें से भी बहुत-से दोपहर तक सड़कों पर थे। डर और रोज़ी-रोटी की चिंता भी उतनी ही असली थी जितना जोश।
    en: On 27 Feb (12 Mar) the mutinous soldiers were "calling out" people not only from the barracks but from the factories too. Most factories stood idle that day; many of those who did go to work were in the streets by noon. Fear and the need to earn a living were as real as the excitement.
  source Leon Trotsky, History of the Russian Revolution; Richard Pipes, The Russian Revolution; State Museum of Political History of Russia, "Petrograd Soviet"; China Miéville, October: The Story of the Russian Revolution

  choice join-crowd
    hi: करघा छोड़ो और उनके साथ बाहर निकल जाओ।
    en: Leave your loom and go out with them.
    set walked-out
    add 5 to strike
    reply
      hi: तुम करघा छोड़कर सैनिकों के पीछे सड़क पर निकल आती हो। लगता है, पूरा मोहल्ला चल पड़ा है।
      en: You leave your loom and follow the soldiers into the street. The whole district seems to be on the move.
    journal
      hi: सैनिक मिल में आए, और मैं उनके साथ बाहर निकल गई।
      en: The soldiers came into the mill, and I went out with them.
    go mill-meeting

  choice keep-weaving default
    hi: अपनी पाली पूरी करो; शाम की सभा में सुन लोगी कि क्या हुआ।
    en: Finish your shift; at the evening meeting you will hear what happened.
    reply
      hi: ढरकी चलती रहती है। खिड़की से नारों की आवाज़ आती है, कभी-कभी गोली की भी; तुम नज़र धागे पर टिकाए रहती हो।
      en: The shuttle runs on. Through the window come shouts and, now and then, a shot; you keep your eyes on the thread.
    journal
      hi: मैंने पाली पूरी की, जबकि बाहर क्रांति हो रही थी।
      en: I finished my shift while a revolution went on outside.
    go mill-meeting

scene mill-meeting
  for worker
  on 27 Feb, 17:00
  at factory
  hi: शाम को मिल के रंगाई-घर में लालटेन की रोशनी में सभा है। ज़िले से आया एक आदमी कहता है: आज रात टॉराइड महल में मज़दूरों की सोवियत बैठेगी; हर हज़ार मज़दूरों पर एक प्रतिनिधि। तुम्हारी मिल में लगभग दो हज़ार लोग हैं, ज़्यादातर औरतें: यानी दो प्रतिनिधि।
  en: In the evening there is a meeting by lamplight in the mill's dye-shed. A man from the district says: tonight a Soviet of workers' deputies will sit in the Tauride Palace, one deputy for every thousand workers. Your mill has about two thousand people, most of them women: two delegates.
  if walked-out
    hi: औरतें तुम्हारी ओर देख रही हैं: गुरुवार से वे तुम्हें सड़कों पर देखती आई हैं।
    en: The women are looking at you: they have seen you on the streets since Thursday.
  if not walked-out
    hi: बोलने वाले ज़्यादातर मर्द हैं, धातु कारख़ाने से आए हुए।
    en: Most of the speakers are men from the metal works.
  note
    hi: 27 फ़रवरी (12 मार्च) की दोपहर जेल से छूटे मज़दूर नेताओं और समाजवादी ड्यूमा सदस्यों की अस्थायी कार्यकारी समिति ने अपील की: कारख़ाने हर 1,000 मज़दूरों पर एक प्रतिनिधि और सैनिक हर कंपनी से एक प्रतिनिधि भेजें। चुनाव जल्दी में, हाथ उठाकर हुए। पहले प्रतिनिधियों में औरतें बहुत कम थीं, जबकि आंदोलन उन्होंने शुरू किया था।
    en: On the afternoon of 27 Feb (12 Mar) a provisional executive of freed labour leaders and socialist Duma deputies appealed to the factories to send one delegate per 1,000 workers, and to the soldiers to send one per company. The elections were hurried, by show of hands. Very few of the first delegates were women, although women had begun the movement.
  source Leon Trotsky, History of the Russian Revolution; Richard Pipes, The Russian Revolution; State Museum of Political History of Russia, "Petrograd Soviet"; China Miéville, October: The Story of the Russian Revolution

  choice stand
    hi: खड़ी होकर कहो: "एक प्रतिनिधि औरत हो — शुरुआत हमने की थी।" और अपना नाम दो।
    en: Stand up and say: "Let one delegate be a woman — we began this." And give your name.
    chance 60
      hi: बहुत-से हाथ उठते हैं। तुम चुन ली गईं।
      en: Many hands go up. You are elected.
      set w-elected
      journal
        hi: मिल की सभा ने मुझे सोवियत का प्रतिनिधि चुना।
        en: The mill meeting elected me its delegate to the Soviet.
      go w-tauride
    otherwise
      hi: मर्दों के नाम पर ज़्यादा हाथ उठते हैं; दूसरी जगह बूढ़ी बुनकर प्रस्कोव्या को मिलती है। वह तुम्हें साथ चलने को कहती है।
      en: More hands go up for the men; the second seat goes to old Praskovya, a weaver. She asks you to come along.
      go w-tauride

  choice nominate-praskovya
    hi: बूढ़ी बुनकर प्रस्कोव्या का नाम रखो, जो तीस साल से करघे पर है, और उसके साथ टॉराइड चलो।
    en: Put forward old Praskovya, thirty years at the loom, and go with her to the Tauride.
    reply
      hi: प्रस्कोव्या कहती है कि वह महलों के लायक़ नहीं, पर हाथ उठ जाते हैं। वह सिर पर अपना सबसे अच्छा रूमाल बाँध लेती है।
      en: Praskovya protests that she is no one for palaces, but the hands go up. She ties on her best headscarf.
    journal
      hi: हमने प्रस्कोव्या को चुना। मैं उसके साथ टॉराइड गई।
      en: We chose Praskovya. I went with her to the Tauride.
    go w-tauride

  choice go-home default
    hi: सभा छोड़कर घर जाओ: बच्चे सारा दिन अकेले रहे।
    en: Leave the meeting and go home: the children have been alone all day.
    reply
      hi: लोग अभी नामों पर बहस ही कर रहे हैं कि तुम चुपचाप निकल आती हो। घर पर बच्चे एक ही बिस्तर में जूते पहने-पहने सो गए हैं।
      en: You slip out while they are still arguing over names. At home the children are asleep in one bed, their boots still on.
    journal
      hi: मैं सभा से जल्दी घर लौट आई।
      en: I left the meeting early and went home.
    go militia

scene w-tauride
  for worker
  on 27 Feb, 21:00
  at tauride
  hi: टॉराइड महल के गलियारे ठसाठस भरे हैं: अपनी कंपनियों के प्रतिनिधि बनकर आए राइफ़लधारी सैनिक; लाल पट्टियाँ बाँधे मज़दूर; और फ़र के कोट पहने ड्यूमा सदस्य, जो महल के दूसरे हिस्से की ओर रास्ता बना रहे हैं। धुएँ भरे एक कमरे में सोवियत की पहली बैठक शुरू होने वाली है।
  en: The corridors of the Tauride Palace are packed: soldiers with rifles, come as their companies' deputies; workers with red armbands; and Duma deputies in fur coats pushing towards the other wing. In a smoke-filled room the Soviet's first session is about to begin.
  if w-elected
    hi: दरवाज़े पर तुम मिल की सभा की मुहर वाली पर्ची दिखाती हो और अंदर पहुँच जाती हो।
    en: At the door you show your mandate, stamped by the mill meeting, and get inside.
  if not w-elected
    hi: तुम्हारे पास कोई पर्ची नहीं; तुम दरवाज़े के बाहर की भीड़ में हो, जहाँ तक अंदर के भाषण सुनाई देते हैं।
    en: You have no mandate; you stand in the crowd at the door, where the speeches carry out to you.
  if committee
    hi: एक छत के नीचे दो सत्ताएँ: इस ओर सोवियत, उस ओर ड्यूमा के नेता।
    en: Two powers under one roof: the Soviet on this side, the Duma's leaders on the other.
  if not soviet
    hi: पर बैठक जमती नहीं: नेता कोनों में बहस करते रहते हैं, और कोई चुनाव नहीं होता।
    en: But the session never gets going: the leaders argue in corners, and nothing is elected.
  note
    hi: 27 फ़रवरी (12 मार्च) को भीड़ ने जेलें खोलीं और "केंद्रीय मज़दूर समूह" के मेन्शेविक नेता छूट गए। रात 9 बजे पेत्रोग्राद सोवियत की पहली बैठक हुई: अध्यक्ष च्खेइद्ज़े (मेन्शेविक), उपाध्यक्ष स्कोबेलेव और केरेन्स्की। उसी रात सोवियत ने रसद (खाद्य) आयोग बनाया और मोहल्लों में मज़दूर मिलिशिया बनाने को कहा। उसी इमारत में ड्यूमा की अस्थायी समिति भी बनी — यहीं से "दोहरी सत्ता" शुरू हुई। NCERT के अनुसार सोवियत उसी शाम ड्यूमा की इमारत में बनी।
    en: On 27 Feb (12 Mar) crowds opened the prisons and the Menshevik leaders of the Central Workers' Group went free. At 9 p.m. the Petrograd Soviet held its first session: Chkheidze (Menshevik) in the chair, Skobelev and Kerensky as vice-chairmen. That night the Soviet set up a food commission and called on the districts to form workers' militias. In the same building the Duma's Provisional Committee was formed too — this is where "dual power" began. NCERT says the Soviet was formed that evening in the Duma's building.
  source State Museum of Political History of Russia, "Petrograd Soviet"; Leon Trotsky, History of the Russian Revolution; Richard Pipes, The Russian Revolution; China Miéville, October: The Story of the Russian Revolution

  choice ask-a-deputy
    hi: गलियारे में एक ड्यूमा सदस्य को रोको और पूछो: "ड्यूमा किसके साथ है — हमारे या ज़ार के?"
    en: Stop a Duma deputy in the corridor and ask: "Whose side is the Duma on — ours or the Tsar's?"
    once
    reply
      hi: फ़र के कोट वाले सदस्य मुश्किल से रुकते हैं: "व्यवस्था बहाल की जाएगी।" तुम पूछ भी नहीं पातीं कि किसकी, और वे आगे बढ़ जाते हैं।
      en: The deputy in the fur coat barely stops: "Order will be restored." He is gone before you can ask whose.
    journal
      hi: एक ड्यूमा सदस्य ने मुझसे कहा: "हम व्यवस्था बहाल करेंगे।" किसकी व्यवस्था, यह उसने नहीं बताया।
      en: A Duma deputy told me, "We will restore order." Whose order, he did not say.

  choice speak-for-bread
    hi: ऊँची आवाज़ में कहो: सोवियत पहले यह देखे कि गोदामों का आटा बेकरियों तक पहुँचे।
    en: Call out: the Soviet must first see that the warehouse flour reaches the bakeries.
    only if soviet
    subtract 10 from hunger
    reply
      hi: औरत की आवाज़ सुनकर सिर घूम जाते हैं। अध्यक्ष कुछ लिख लेते हैं, और आधी रात से पहले रसद आयोग बन जाता है।
      en: Heads turn at a woman's voice. The chairman writes something down, and before midnight a food commission has been formed.
    journal
      hi: मैंने सोवियत में रोटी की बात उठाई। उसी रात रसद आयोग बना।
      en: I raised the bread question in the Soviet. That night a food commission was set up.
    go militia

  choice speak-for-militia
    hi: कहो: पुलिस भाग गई है; हर कारख़ाना गलियों की रखवाली के लिए मज़दूर-दस्ता बनाए।
    en: Call out: the police have fled; every factory must form a workers' militia to guard the streets.
    only if soviet
    set w-militia
    add 5 to strike
    reply
      hi: "हर कारख़ाने की अपनी मिलिशिया!" पास खड़ा एक सैनिक राइफ़ल का कुंदा फ़र्श पर ठोकता है, और कमरा तालियों से गूँज उठता है।
      en: "Every factory its own militia!" A soldier near you bangs his rifle butt on the floor, and the room breaks into applause.
    journal
      hi: मैंने कहा: हर कारख़ाना अपनी मिलिशिया बनाए। लोगों ने तालियाँ बजाईं।
      en: I said every factory should form its own militia. People applauded.
    go militia

  choice wait-in-corridor
    hi: गलियारे में बैठकर सुबह होने का इंतज़ार करो।
    en: Sit down in the corridor and wait for morning.
    only if not soviet
    subtract 1 from courage
    go militia

  choice home-across-bridge default
    hi: रात के अँधेरे में पुल पार करके घर लौट जाओ; बच्चे इंतज़ार कर रहे हैं।
    en: Go home across the dark bridge; the children are waiting.
    go militia

# ---------------------------------------------------------------- 28 Feb – 1 Mar: the militia and the factory (W9)

scene militia
  for worker
  on 28 Feb, morning
  at vyborg
  hi: मंगलवार की सुबह वीबोर्ग में एक भी पुलिसवाला नहीं दिखता; चौराहों पर लाल पट्टी और राइफ़ल वाले मज़दूर खड़े हैं: मज़दूरों की मिलिशिया। पुल के पास भीड़ ने अटारी में छिपे एक पुलिस सिपाही को खींचकर नीचे उतारा है; कहते हैं, कल पुलिस ने छतों से गोलियाँ चलाई थीं। भीड़ ग़ुस्से में है।
  en: On Tuesday morning there is not a policeman to be seen on the Vyborg side; workers with red armbands and rifles stand at the crossroads: a workers' militia. Near the bridge a crowd has dragged a policeman down from the attic where he was hiding; people say the police fired from the rooftops yesterday. The crowd is angry.
  if w-armed
    hi: शस्त्रागार वाली राइफ़ल तुम्हारे कंधे पर है; तुमने उससे एक भी गोली नहीं चलाई।
    en: The Arsenal rifle is on your shoulder; you have not fired it once.
  if w-elected
    hi: तुम रात भर टॉराइड में रहीं; सोवियत भोर तक बैठी रही।
    en: You spent the night at the Tauride; the Soviet sat until dawn.
  if w-looted
    hi: शनिवार को जिस बेकरी की खिड़की से तुम अंदर गई थीं, उस पर अब तख़्ते ठुके हैं।
    en: The bakery you climbed into on Saturday has its window boarded up.
  if hunger <= 60
    hi: आज नुक्कड़ की बेकरी में रोटी है: नए रसद आयोग ने गोदाम खुलवा दिए हैं।
    en: Today the corner bakery has bread: the new food commission has had the warehouses opened.
  if hunger > 60
    hi: रोटी की कतारें पहले जितनी ही लंबी हैं।
    en: The bread queues are as long as ever.
  note
    hi: 28 फ़रवरी (13 मार्च) तक पुरानी पुलिस ग़ायब हो चुकी थी; बहुत-से पुलिसवाले पकड़े गए, और कुछ को भीड़ ने मार डाला। गिरफ़्तार मंत्री और अफ़सर टॉराइड महल लाए गए। कारख़ानों ने अपनी मज़दूर मिलिशिया बनाई; अस्थायी सरकार ने बाद में पुलिस की जगह "जन-मिलिशिया" का वादा किया। बदला लेने की हिंसा क्रांति की कहानी का असहज हिस्सा है; इतिहासकार इसे अलग-अलग ढंग से तौलते हैं।
    en: By 28 Feb (13 Mar) the old police had vanished; many policemen were seized, and some were killed by crowds. Arrested ministers and officers were brought to the Tauride Palace. Factories formed their own workers' militias; the Provisional Government later promised a "people's militia" in place of the police. Revenge violence is an uncomfortable part of the revolution's story; historians weigh it differently.
  source China Miéville, October: The Story of the Russian Revolution; State Museum of Political History of Russia, "Provisional Government"

  choice protect-policeman
    hi: भीड़ में घुसकर कहो: "इसे गिरफ़्तार करके टॉराइड ले चलो। इंसाफ़ अदालत करेगी, भीड़ नहीं।"
    en: Push through and say: "Arrest him and take him to the Tauride. Let a court judge him, not a crowd."
    only if courage >= 4
    show locked
    chance 70
      hi: मिलिशिया के दो लड़के तुम्हारा साथ देते हैं। पुलिसवाले के हाथ बाँधकर उसे ले जाया जाता है; भीड़ बड़बड़ाती हुई छँट जाती है।
      en: Two lads from the militia back you up. The policeman is led away with his hands tied; the crowd breaks up, grumbling.
      add 1 to courage
      journal
        hi: मैंने भीड़ से कहा कि पुलिसवाले को गिरफ़्तार करके टॉराइड ले जाया जाए, और ऐसा ही हुआ।
        en: I told the crowd to arrest the policeman and take him to the Tauride, and so it was done.
      go factory-committee
    otherwise
      hi: भीड़ तुम्हें एक ओर धकेल देती है। आगे क्या हुआ, तुम नहीं देख पाईं; बाद में बस इतना सुना कि वह बुरी तरह घायल हुआ।
      en: The crowd pushes you aside. You do not see what happens next; later you hear only that he was badly hurt.
      journal
        hi: मैंने भीड़ को रोकना चाहा, पर रोक नहीं पाई।
        en: I tried to stop the crowd, and could not.
      go factory-committee


  choice join-patrol
    hi: लाल पट्टी बाँधो और मिलिशिया के साथ आटे के गोदामों की रखवाली पर चलो।
    en: Tie on a red armband and go with the militia to guard the flour warehouses.
    set w-militia
    subtract 5 from hunger
    reply
      hi: दिन भर तुम लाल पट्टी बाँधे आटे के गोदाम पर खड़ी रहती हो। साँझ को एक बेकर की गाड़ी आती है, और तुम उसे आटा ले जाने देती हो।
      en: All day you stand at the flour warehouse in your red armband. At dusk a baker's cart comes, and you let it load.
    journal
      hi: मैंने लाल पट्टी बाँधी और दिन भर आटे के गोदाम पर पहरा दिया।
      en: I tied on a red armband and stood guard at the flour warehouse all day.
    go factory-committee

  choice look-away default
    hi: भीड़ से नज़र फेरकर मिल की ओर चल दो।
    en: Look away from the crowd and head for the mill.
    go factory-committee

scene factory-committee
  for worker
  on 1 Mar, morning
  at factory
  hi: बुधवार की सुबह मिल के आँगन में सभा है; काम कोई नहीं कर रहा। औरतें चाहती हैं कि जुर्माने काटने और गालियाँ देने वाला फ़ोरमैन लेबेदेव निकाला जाए। धातु कारख़ाने में एक फ़ोरमैन को ठेले में बिठाकर फाटक के बाहर छोड़ दिया गया था। मालिक का मैनेजर बात करने को तैयार है।
  en: On Wednesday morning there is a meeting in the mill yard; nobody is working. The women want Foreman Lebedev out — the man who fined and cursed them. At the metal works a foreman was wheeled out of the gate in a barrow. The owner's manager says he is ready to talk.
  if w-took-loaf
    hi: लेबेदेव तुम्हारी ओर देखता है: गुरुवार को तुमने उसकी रोटी ली थी।
    en: Lebedev looks at you: on Thursday you took his loaf.
  if w-militia
    hi: तुम्हारी लाल पट्टी देखकर मैनेजर तुमसे बड़ी नरमी से बात करता है।
    en: Seeing your red armband, the manager speaks to you very politely.
  note
    hi: मार्च 1917 में कारख़ानों में नई आज़ादियाँ आईं। मज़दूरों ने कारख़ाना समितियाँ चुनीं, और कई जगह आठ घंटे बाद ख़ुद ही काम छोड़ने लगे; 10 मार्च (23 मार्च) को सोवियत और मालिकों के संघ में आठ घंटे के कार्य-दिवस का समझौता हुआ। कुछ जगह नफ़रत वाले फ़ोरमैनों को ठेलों में बिठाकर बाहर निकाला गया; पुतिलोव कारख़ाने में डायरेक्टर और उसका सहायक मारे गए। मालिकों को यह अनुशासन का टूटना लगा; मज़दूरों को सम्मान की वापसी।
    en: March 1917 brought new freedoms to the factories. Workers elected factory committees, and in many places simply stopped work after eight hours; on 10 Mar (23 Mar) the Soviet and the manufacturers' association agreed the eight-hour day. In some places hated foremen were wheeled out in barrows; at the Putilov works the director and his assistant were killed. Owners saw a collapse of discipline; workers saw their dignity restored.
  source Seventeen Moments in Soviet History (Michigan State University), "Agreement on working conditions in Petrograd" (11 March 1917)

  choice wheelbarrow
    hi: हाथ उठाओ: लेबेदेव को ठेले में बिठाकर फाटक के बाहर छोड़ आओ, जैसा धातु कारख़ाने में हुआ।
    en: Raise your hand: wheel Lebedev out of the gate in a barrow, as they did at the metal works.
    reply
      hi: हँसी और सीटियों के बीच लेबेदेव को ठेले में फाटक के बाहर पहुँचा दिया जाता है। मैनेजर अपने जूते ताकता रहता है।
      en: Lebedev is wheeled out of the gate in a barrow, to laughter and whistles. The manager studies his boots.
    journal
      hi: हम लेबेदेव को ठेले में बिठाकर फाटक के बाहर छोड़ आए। लोग हँसे; वह नहीं हँसा। मैनेजर ने हमसे आँखें नहीं मिलाईं।
      en: We wheeled Lebedev out of the gate. People laughed; he did not. The manager would not meet our eyes.
    go support-debate

  choice elect-committee
    hi: प्रस्ताव रखो: कारख़ाना समिति चुनी जाए जो मैनेजर से आठ घंटे के दिन और जुर्मानों पर बात करे — और ख़ुद उसमें खड़ी हो।
    en: Propose a factory committee to negotiate the eight-hour day and an end to fines — and stand for it yourself.
    set w-on-committee
    reply
      hi: तुम्हारे लिए उम्मीद से ज़्यादा हाथ उठते हैं। दोपहर बाद समिति मैनेजर के सामने बैठी है: आठ घंटे का दिन, जुर्माने बंद।
      en: More hands go up for you than you expected. By afternoon the committee sits facing the manager: the eight-hour day, no more fines.
    journal
      hi: मिल ने कारख़ाना समिति चुनी, और मैं उसमें हूँ।
      en: The mill elected a factory committee, and I am on it.
    go support-debate

  choice back-to-looms default
    hi: कहो: "अब करघों पर लौटें; बाक़ी बातें सोवियत और नई सरकार तय करेंगी।"
    en: Say: "Back to the looms now; the Soviet and the new government will settle the rest."
    subtract 5 from strike
    reply
      hi: कुछ औरतें तुम्हारे पीछे अंदर लौट आती हैं; बाक़ी आँगन में खड़ी तुम्हें पुकारती रहती हैं। दोपहर तक आधे करघे चलने लगते हैं।
      en: Some of the women follow you back inside; the rest stay in the yard, calling after you. By noon half the looms are running.
    journal
      hi: मैंने कहा: काम पर लौटें। आधी औरतें मेरे साथ लौटीं।
      en: I said we should go back to work. Half the women went back with me.
    go support-debate

scene support-debate
  for worker
  on 1 Mar, evening
  at vyborg
  hi: शाम को दुन्या के कमरे में पड़ोसी जमा हैं। ख़बर है कि ड्यूमा के लोग सरकार बनाएँगे और सोवियत उसका साथ देगी — अगर वह आज़ादियों और संविधान सभा का वादा निभाए। दुन्या ग़ुस्से में है: "ज़मींदारों और कारख़ानेदारों की सरकार? सोवियत ख़ुद सत्ता क्यों न ले?" धातु कारख़ाने का एक मेन्शेविक कहता है: "मज़दूर अभी अकेले देश नहीं चला सकते।"
  en: In the evening the neighbours crowd into Dunya's room. The news is that the Duma men will form a government and the Soviet will support it — if it keeps its promises of freedoms and a Constituent Assembly. Dunya is angry: "A government of landlords and factory owners? Why shouldn't the Soviet take power itself?" A Menshevik from the metal works says: "The workers cannot run the country alone, not yet."
  if order-one
    hi: सामने की बैरक के सैनिक आदेश संख्या 1 की छपी प्रति पढ़कर सुनाते हैं और हँसते हैं: "अब अफ़सर हमें 'तू' कहकर नहीं बुलाएँगे।"
    en: Soldiers from the barracks across the street read out a printed copy of Order No. 1 and laugh: "Now the officers can't call us 'thou' any more."
  if not order-one
    hi: सामने की बैरक के सैनिक चुप हैं; अफ़सर फिर से बैरकों में लौट आए हैं।
    en: The soldiers in the barracks across the street are quiet; the officers are back.
  note
    hi: 1–2 मार्च (14–15 मार्च) की रात सोवियत की कार्यकारी समिति और ड्यूमा की समिति में समझौता हुआ: आम माफ़ी; भाषण, प्रेस, सभा और हड़ताल की आज़ादी; सार्वभौमिक मताधिकार से संविधान सभा; पुलिस की जगह जन-मिलिशिया। सोवियत ने सरकार को शर्तों के साथ समर्थन दिया, पर उसमें शामिल नहीं हुई (केरेन्स्की को छोड़कर)। एक स्कूली इतिहास-पाठ कहता है कि मज़दूरों ने "समस्त शक्ति मध्य वर्ग के हाथ में सौंप दी"। इतिहासकार इसके कारण अलग-अलग बताते हैं: मेन्शेविकों का यह विश्वास कि पहले "बुर्जुआ क्रांति" आनी चाहिए, और गृहयुद्ध व फ़ौजी जवाबी हमले का डर — जबकि आदेश संख्या 1 से फ़ौज पर असली पकड़ सोवियत की ही रही।
    en: On the night of 1–2 Mar (14–15 Mar) the Soviet's Executive and the Duma committee agreed: an amnesty; freedom of speech, press, assembly and strikes; a Constituent Assembly elected by universal suffrage; a people's militia instead of the police. The Soviet gave the government conditional support but did not join it (except Kerensky). A school history text says the workers "handed all power to the middle class". Historians explain this differently: the Mensheviks' belief that a "bourgeois revolution" had to come first, and fear of civil war and a military counter-attack — while through Order No. 1 the Soviet kept the real hold over the army.
  source Petrograd Soviet, Order No. 1 (1 March 1917); Orlando Figes, A People's Tragedy; Leon Trotsky, History of the Russian Revolution; State Museum of Political History of Russia, "Petrograd Soviet"

  choice conditional-support default
    hi: मेन्शेविक से सहमत हो: सरकार का साथ दो, पर तभी तक जब तक वह वादे निभाए।
    en: Agree with the Menshevik: support the government, but only while it keeps its promises.
    reply
      hi: मेन्शेविक तुम्हारी ओर देखकर सिर हिलाता है; दुन्या मुँह फेर लेती है। कुछ पड़ोसी भी धीरे से कहते हैं: "हाँ, जब तक वादे निभाए।"
      en: The Menshevik nods at you; Dunya turns away. A few neighbours murmur it too: "Yes — while it keeps its word."
    journal
      hi: मैंने कहा: नई सरकार का साथ देंगे, जब तक वह वादे निभाए।
      en: I said: we will back the new government as long as it keeps its word.
    go milyukov-speech

  choice soviet-power
    hi: दुन्या से सहमत हो: सत्ता उस सोवियत की हो, जिसे मज़दूरों और सैनिकों ने चुना।
    en: Agree with Dunya: power to the Soviet, which the workers and soldiers elected.
    add 5 to strike
    reply
      hi: दुन्या तुम्हारा हाथ दबाती है। मेन्शेविक ना में सिर हिलाता है, पर कमरे के पीछे से कुछ आवाज़ें तुम्हारे साथ हो जाती हैं: "सत्ता सोवियत की!"
      en: Dunya squeezes your hand. The Menshevik shakes his head, but voices at the back of the room take it up: "Power to the Soviet!"
    journal
      hi: मैंने दुन्या का साथ दिया: सत्ता सोवियत की हो।
      en: I sided with Dunya: power to the Soviet.
    go milyukov-speech

  choice trust-duma
    hi: कहो: ड्यूमा के पढ़े-लिखे लोग देश चलाना जानते हैं; हमें रोटी और काम चाहिए।
    en: Say: the educated men of the Duma know how to run a country; we need bread and work.
    subtract 5 from strike
    go milyukov-speech

# ---------------------------------------------------------------- 2 Mar: "Who elected you?" (W8)

scene milyukov-speech
  for worker
  on 2 Mar, 15:00
  at catherine-hall
  hi: टॉराइड महल का कैथरीन हॉल सैनिकों, मज़दूरों और छात्रों से भरा है। तुम पीछे की दीवार से सटी खड़ी हो। कैडेट नेता मिल्युकोव, सफ़ेद मूँछों वाले इतिहासकार, एक मेज़ पर चढ़ते हैं।
  en: The Catherine Hall of the Tauride Palace is full of soldiers, workers and students. You stand pressed against the back wall. The Kadet leader Milyukov, a white-moustached historian, climbs onto a table.
  if w-elected
    hi: तुम सोवियत की बैठक से निकलकर आई हो; जेब में प्रतिनिधि की पर्ची है।
    en: You have come from the Soviet's session; your delegate's mandate is in your pocket.
  if not government
    hi: पर वे जल्दी ही उतर जाते हैं: कोई समझौता नहीं हुआ, कोई सरकार नहीं बनी।
    en: But he soon climbs down: there is no agreement, and no government has been formed.
  note
    hi: 2 मार्च (15 मार्च) को मिल्युकोव ने अस्थायी सरकार की घोषणा की; प्रधानमंत्री प्रिंस जॉर्जी ल्वोव बने — स्कूली इतिहास-पाठ के "जार्ज स्लाव"। स्कूली इतिहास-पाठ सरकार बनने की तारीख़ 14 मार्च देता है: 14 मार्च (1 मार्च) की रात समझौते की बातचीत हुई, घोषणा 15 मार्च (2 मार्च) को हुई। "तुम्हें किसने चुना?" के जवाब में मिल्युकोव ने कहा, "रूसी क्रांति ने।" जब उन्होंने कहा कि निकोलस गद्दी छोड़ेंगे और मिख़ाइल रीजेंट बनेंगे, तो हंगामा मच गया; रात तक उन्हें कहना पड़ा कि यह उनकी निजी राय थी।
    en: On 2 Mar (15 Mar) Milyukov announced the Provisional Government; its Prime Minister was Prince Georgy Lvov — the school history text's "George Slav". A school history text dates the government to 14 March: 14 March (1 Mar) was the night of the negotiations; the announcement came on 15 March (2 Mar). Asked "Who elected you?", Milyukov answered, "The Russian revolution." When he said Nicholas would abdicate and Michael would be regent, there was uproar; by night he had to say it was only his personal opinion.
  source China Miéville, October: The Story of the Russian Revolution; Richard Pipes, The Russian Revolution; Britannica Concise Encyclopedia, "Lvov, Georgy"; NCERT, India and the Contemporary World – I (Class 9 History), ch. 2, Box 2

  choice accept-regency
    hi: चुप रहो। ज़ार हो या रीजेंट — तुम्हें रोटी चाहिए, और यह कि पति घर लौट आए।
    en: Keep quiet. Tsar or regent — what you want is bread, and your husband home.
    only if government
    subtract 5 from strike
    reply
      hi: तुम चुप रहती हो। आसपास सैनिक चिल्ला रहे हैं, पर तुम्हारा मन रोटी पर है, और मोर्चे पर खड़े पति पर।
      en: You say nothing. Around you soldiers are shouting, but your mind is on bread, and on your husband at the front.
    journal
      hi: मिल्युकोव ने रीजेंट की बात कही। मैं चुप रही।
      en: Milyukov spoke of a regent. I kept quiet.
    go railway-news

  choice shout-protest
    hi: सैनिकों के साथ चिल्लाओ: "राजवंश मुर्दाबाद! फिर वही रोमानोव नहीं!"
    en: Shout with the soldiers: "Down with the dynasty! No more Romanovs!"
    only if government
    add 5 to strike
    reply
      hi: नारा हॉल में एक दीवार से दूसरी दीवार तक गूँजता है। मिल्युकोव हाथ उठाकर शोर थमने का इंतज़ार करते हैं।
      en: The shout rolls through the hall from wall to wall. Milyukov raises his hands and waits for the noise to die down.
    journal
      hi: हमने चिल्लाकर कहा: राजवंश मुर्दाबाद! हॉल हिल गया।
      en: We shouted: down with the dynasty! The hall shook.
    go railway-news

  choice demand-republic
    hi: सोवियत के कमरे में जाकर प्रतिनिधियों से कहो कि वे लोकतांत्रिक गणराज्य माँगें।
    en: Go to the Soviet's room and ask the delegates to demand a democratic republic.
    set w-republic
    add 5 to strike
    reply
      hi: सोवियत के धुएँ भरे कमरे में एक प्रतिनिधि अपनी कॉपी में "गणराज्य" लिखकर उसके नीचे दो लकीरें खींचता है: "अपनी मिल से प्रस्ताव पास करवाओ।"
      en: In the Soviet's smoky room a delegate writes "republic" in his notebook and underlines it twice: "Get your mill to pass a resolution."
    journal
      hi: मैंने सोवियत के प्रतिनिधियों से कहा: हमें गणराज्य चाहिए, कोई रीजेंट नहीं।
      en: I told the Soviet's delegates: we want a republic, not a regent.
    go railway-news

  choice go-home-quiet default
    hi: न सरकार, न घोषणा — घर लौट चलो।
    en: No government, no announcement — go home.
    only if not government
    go railway-news

# ---------------------------------------------------------------- 3 Mar: "Emperor Michael" (W8)

scene railway-news
  for worker
  on 3 Mar, morning
  at factory
  hi: शुक्रवार की सुबह फ़िनलैंड स्टेशन के रेल-मज़दूर मिल में ख़बर लेकर आते हैं, और मिल की सभा को तय करना है कि वह कौन-सा प्रस्ताव पास करे।
  en: On Friday morning railwaymen from the Finland station bring news to the mill, and the mill meeting must decide what resolution to pass.
  if abdicated
    hi: रात को रेल की लाइन पर प्स्कोव से गद्दी छोड़ने का तार आया। सुबह वारसॉ स्टेशन पर, जहाँ प्स्कोव की गाड़ी आती है, गुचकोव ने रेल-कारख़ाने की सभा में "सम्राट मिख़ाइल ज़िंदाबाद!" कहा, तो मज़दूरों ने उन्हें लगभग गिरफ़्तार कर लिया।
    en: In the night the abdication telegram came down the line from Pskov. This morning at the Warsaw station, where the train from Pskov comes in, Guchkov cried "Long live Emperor Michael!" at a meeting in the railway workshops, and the workers nearly arrested him.
  if not abdicated
    hi: ज़ार अब भी गद्दी पर है। कहते हैं, उसकी गाड़ी प्स्कोव में खड़ी है और जनरल इंतज़ार कर रहे हैं।
    en: The Tsar is still on the throne. They say his train stands at Pskov and the generals are waiting.
  note
    hi: एक स्कूली इतिहास-पाठ कहता है कि नई सरकार ने ज़ार से गद्दी छोड़ने की माँग की और ज़ार ने मान लिया। NCERT की पाठ्यपुस्तक भी लिखती है कि सेना के कमांडरों ने उन्हें गद्दी छोड़ने की सलाह दी। असल में जनरलों (अलेक्सेयेव, रुज़्स्की और मोर्चों के कमांडरों) की सलाह पहले आई; ड्यूमा के दूत गुचकोव और शुल्गिन के पहुँचने से पहले ही निकोलस फ़ैसला कर चुके थे। उन्होंने बेटे अलेक्सेई की ओर से भी गद्दी छोड़ी, भाई मिख़ाइल के पक्ष में। रेल-मज़दूरों का ग़ुस्सा दिखाता है कि राजतंत्र अब सड़कों पर टिक नहीं सकता था।
    en: A school history text says the new government demanded that the Tsar abdicate and he agreed. NCERT, too, says military commanders advised him to abdicate. In fact the generals' advice (Alekseev, Ruzsky and the front commanders) came first; Nicholas had decided before the Duma's envoys Guchkov and Shulgin arrived. He abdicated for his son Alexei as well, in favour of his brother Michael. The railwaymen's anger shows that the monarchy could no longer survive in the streets.
  source China Miéville, October: The Story of the Russian Revolution; Richard Pipes, The Russian Revolution; Maurice Paléologue's diary, 17 March 1917; D. and R. Crawford, The Last Tsar: Emperor Michael II

  choice resolution-republic
    hi: प्रस्ताव रखो: "कोई सम्राट मिख़ाइल नहीं! लोकतांत्रिक गणराज्य!"
    en: Propose: "No Emperor Michael! A democratic republic!"
    set w-republic
    add 5 to strike
    reply
      hi: सभा में चारों ओर हाथ उठ जाते हैं। सचिव बड़े अक्षरों में लिखता है: कोई सम्राट नहीं — लोकतांत्रिक गणराज्य।
      en: Hands go up all round the meeting. The secretary writes it out in large letters: no emperor — a democratic republic.
    journal
      hi: मिल ने मेरा प्रस्ताव पास किया: कोई सम्राट नहीं, लोकतांत्रिक गणराज्य।
      en: The mill passed my resolution: no emperor, a democratic republic.
    go third-march

  choice wait-for-assembly default
    hi: कहो: "देश का शासन कैसा हो, यह संविधान सभा तय करेगी — तब तक सब्र।"
    en: Say: "The Constituent Assembly will decide how the country is governed — until then, patience."
    subtract 5 from strike
    go third-march

  choice bread-first
    hi: कहो: "निकोलस हो या मिख़ाइल — हमारे लिए आठ घंटे का दिन और रोटी पहले।"
    en: Say: "Nicholas or Michael — for us the eight-hour day and bread come first."
    go third-march

scene third-march
  for worker
  on 3 Mar, 15:00
  at vyborg
  hi: शुक्रवार की दोपहर पति की रेजिमेंट का एक सैनिक, जो छुट्टी पर आया है, तुम्हारा दरवाज़ा खटखटाता है। वह बताता है कि मोर्चे पर बस अफ़वाहें पहुँची हैं, और तुम्हारे पति ने पुछवाया है: "सुना है, पेत्रोग्राद में क्रांति हुई है। क्या यह सच है?" परसों वह मोर्चे लौटेगा और तुम्हारी चिट्ठी ले जाएगा।
  en: On Friday afternoon a soldier from your husband's regiment, home on leave, knocks at your door. Only rumours have reached the front, he says, and your husband asked him to find out: "They say there has been a revolution in Petrograd. Is it true?" He goes back the day after tomorrow and will take your letter.
  if dynasty-ended
    hi: तुम जानती हो कि जवाब में क्या लिखोगी: अब कोई ज़ार नहीं है।
    en: You know what you will write back: there is no Tsar any more.
  if not dynasty-ended
    hi: पर जवाब में क्या लिखोगी? महलों में अब भी ताज की बातें हो रही हैं।
    en: But what will you write back? In the palaces there is still talk of a crown.
  if hunger >= 70
    hi: रोटी की कतारें अब भी लंबी हैं।
    en: The bread queues are still long.
  note
    hi: 3 मार्च (16 मार्च) को मिख़ाइल के इनकार से तीन सौ साल पुराना रोमानोव राजवंश ख़त्म हुआ। उसी दिन सरकार का कार्यक्रम छपा: राजनीतिक माफ़ी; भाषण, प्रेस, सभा और हड़ताल की आज़ादी; वर्ग, धर्म और राष्ट्रीयता के भेदभाव का अंत; सार्वभौमिक मताधिकार से संविधान सभा; पुलिस की जगह जन-मिलिशिया। मज़दूरों को मार्च में आठ घंटे का दिन और कारख़ाना समितियाँ मिलीं; औरतों को जुलाई में वोट का अधिकार।
    en: On 3 Mar (16 Mar) Michael's refusal ended three hundred years of Romanov rule. The same day the government's programme was published: a political amnesty; freedom of speech, press, assembly and strikes; an end to discrimination by class, religion and nationality; a Constituent Assembly elected by universal suffrage; a people's militia in place of the police. In March the workers won the eight-hour day and factory committees; in July women won the vote.
  source Maurice Paléologue's diary, 17 March 1917; D. and R. Crawford, The Last Tsar: Emperor Michael II; State Museum of Political History of Russia, "Provisional Government"; Seventeen Moments in Soviet History (Michigan State University), "Agreement on working conditions in Petrograd" (11 March 1917)

  choice take-seat
    hi: टॉराइड लौट जाओ: सोवियत में आठ घंटे के दिन पर बहस है, और तुम प्रतिनिधि हो।
    en: Go back to the Tauride: the Soviet is debating the eight-hour day, and you are a delegate.
    only if w-elected
    go w-delegate

  choice committee-work
    hi: समिति के कमरे में चलो: कल मैनेजर से आठ घंटे के दिन पर बात होनी है।
    en: Go to the committee room: tomorrow you face the manager over the eight-hour day.
    only if w-on-committee
    go w-committee

  choice republic-march
    hi: लाल झंडा उठाओ और भीड़ के साथ नेव्स्की चलो: "लोकतांत्रिक गणराज्य ज़िंदाबाद!"
    en: Take up a red banner and march with the crowd to Nevsky: "Long live the democratic republic!"
    go w-republic

  choice return-to-loom default
    hi: घर जाओ और बच्चों को खाना खिलाओ। सोमवार को करघा फिर चलेगा।
    en: Go home and feed the children. On Monday the loom will run again.
    go w-loom
