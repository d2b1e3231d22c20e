format 1
# The Duma deputy: a provincial lawyer in the Progressive Bloc, in the Tauride Palace.
# Path: catherine-hall → bloc-room → rodzianko-telegram → prorogation-news → committee-room → an ending.
# Not a villain and not a hero: he wants to win the war and fears both the Tsar and "the street".

scene catherine-hall
  for duma
  on 23 Feb, afternoon
  at tauride
  hi: {date}, {place}। तुम ड्यूमा में प्रगतिशील गुट के सदस्य हो — एक प्रांतीय शहर के वकील। तुम युद्ध जीतना चाहते हो और ऐसी सरकार चाहते हो जिस पर देश भरोसा करे; तुम्हें ज़ार की नाराज़गी से भी डर है और "सड़क" से भी। आज सदन में रोटी की कमी पर बहस है, और गलियारों में ख़बर है कि वीबोर्ग की औरतें हड़ताल पर हैं।
  en: {date}, {place}. You are a Duma deputy of the Progressive Bloc — a lawyer from a provincial town. You want to win the war and to have a government the country trusts; you fear both the Tsar's anger and "the street". Today the chamber is debating the bread shortage, and the corridors buzz with news that the Vyborg women are on strike.
  note
    hi: प्रगतिशील गुट अगस्त 1915 में बना: ड्यूमा के 400 से कुछ ज़्यादा सदस्यों में से लगभग 236–241 (कैडेट, प्रगतिवादी, वामपंथी ऑक्टोब्रिस्ट और शुल्गिन जैसे कुछ राष्ट्रवादी)। वे "जनता के भरोसे वाला मंत्रिमंडल" माँगते थे; ज़ार ने मना कर दिया और ख़ुद सेना की कमान सँभाल ली।
    en: The Progressive Bloc was formed in August 1915: about 236–241 of the Duma's 400-odd deputies (Kadets, Progressists, Left Octobrists and some Nationalists such as Shulgin). It demanded a "ministry of public confidence"; the Tsar refused and took personal command of the army.
  source Dossier sec. 1.1 (Aug 1915), sec. 2.3

  choice food-speech
    hi: सदन में उठकर माँग करो कि सरकार रोटी के संकट पर तुरंत कुछ करे।
    en: Rise in the chamber and demand that the government act on the bread crisis at once.
    once
    add 1 to resolve
    journal
      hi: मैं रोटी के सवाल पर बोला। मंत्रियों की बेंच आधी ख़ाली थी।
      en: I spoke on the bread question. The ministers' bench was half empty.

  choice to-bloc
    hi: गुट की बैठक की तैयारी करो; नेता तय करेंगे कि ड्यूमा क्या कहे।
    en: Prepare for the Bloc's meeting; its leaders will decide what the Duma should say.
    go bloc-room

scene bloc-room
  for duma
  on 25 Feb, 16:00
  at tauride
  hi: शनिवार। प्रगतिशील गुट के कमरे में तंबाकू का धुआँ भरा है। ख़बर आई है कि नेव्स्की पर गोस्तिनी द्वोर के पास गोली चली। मिल्युकोव सावधानी की सलाह देते हैं: युद्ध चल रहा है, फ़ैसला "सड़क" को नहीं करने देना चाहिए। गुट से बाहर के समाजवादी सदस्य, केरेन्स्की और च्खेइद्ज़े, माँग करते हैं कि ड्यूमा खुलकर बोले।
  en: Saturday. The Progressive Bloc's room is thick with tobacco smoke. News comes of shooting near Gostiny Dvor on Nevsky. Milyukov counsels caution: there is a war on, and "the street" must not decide. The socialist deputies outside the Bloc, Kerensky and Chkheidze, demand that the Duma speak out.
  if after 25 Feb, evening
    hi: तुम नेव्स्की से लौट आए हो। सदन की बैठक ख़त्म हो चुकी है — बोलने का मौक़ा चला गया, पर अब तुमने शहर को अपनी आँखों से देखा है।
    en: You are back from Nevsky. The sitting has closed — your chance to speak has gone, but now you have seen the city with your own eyes.

  choice rostrum-speech
    hi: सदन में खड़े होकर कहो कि निहत्थी भीड़ पर फ़ौज का इस्तेमाल बंद हो और देश के भरोसे वाली सरकार बने।
    en: Rise in the chamber and say that the army must not be used on unarmed crowds, and that a government the country trusts must be formed.
    only if before 25 Feb, evening
    show locked
    add 2 to resolve
    subtract 5 from garrison
    journal
      hi: मैंने सदन में भाषण दिया। सेंसर इसे अख़बारों में नहीं छपने देंगे, पर बातें ज़बानी बैरकों तक पहुँच जाती हैं।
      en: I spoke in the chamber. The censors will keep it out of the papers, but words travel by mouth as far as the barracks.
    go rodzianko-telegram

  choice see-nevsky
    hi: ख़ुद नेव्स्की प्रॉस्पेक्ट जाकर देखो कि क्या हो रहा है।
    en: Go and see Nevsky Prospekt for yourself.
    once
    advance 2 hours
    journal
      hi: नेव्स्की पर बंद दुकानें, लाल झंडे और हर उम्र के लोग। यह कोई "गुंडों का आंदोलन" नहीं है।
      en: On Nevsky: shuttered shops, red banners, people of every age. This is no "hooligan movement".

  choice report-to-bloc
    hi: गुट को बताओ कि तुमने नेव्स्की पर क्या देखा।
    en: Tell the Bloc what you saw on Nevsky.
    only if after 25 Feb, evening
    add 1 to resolve
    go rodzianko-telegram

  choice counsel-caution
    hi: मिल्युकोव का साथ दो: "पहले व्यवस्था, फिर सुधार।"
    en: Side with Milyukov: "Order first, then reform."
    go rodzianko-telegram

scene rodzianko-telegram
  for duma
  on 26 Feb, evening
  at tauride
  hi: रविवार की शाम। आज शहर में कई जगह सैनिकों ने गोली चलाई। ड्यूमा के अध्यक्ष रोद्ज़ियांको ज़ार को तार भेज रहे हैं कि राजधानी में अराजकता है और देश जिस पर भरोसा करे, ऐसे व्यक्ति को तुरंत नई सरकार बनाने का काम सौंपा जाए। वे गुट से समर्थन माँगते हैं।
  en: Sunday evening. Today soldiers fired on crowds in several places. Rodzianko, the Duma's chairman, is wiring the Tsar that there is anarchy in the capital and that someone the country trusts must at once be asked to form a new government. He asks the Bloc for support.
  note
    hi: रोद्ज़ियांको ने 26 और 27 फ़रवरी को तार भेजे। मोगिल्योव के सेना मुख्यालय में निकोलस द्वितीय ने इसे बकवास माना और जवाब नहीं दिया। उसी रात प्रधानमंत्री गोलित्सिन ने ज़ार के पहले से हस्ताक्षर किए आदेश से ड्यूमा का सत्रावसान कर दिया।
    en: Rodzianko wired on 26 and 27 Feb. At army headquarters in Mogilev, Nicholas II dismissed it as nonsense and did not reply. That night Prime Minister Golitsyn prorogued the Duma with a decree the Tsar had signed in advance.
  source Dossier sec. 1.2 (26 Feb), sec. 2.3 D1

  choice back-rodzianko
    hi: रोद्ज़ियांको का साथ दो और गुट के दूसरे सदस्यों को भी मनाओ।
    en: Back Rodzianko, and win over other members of the Bloc.
    add 1 to resolve
    subtract 5 from garrison
    journal
      hi: मैंने रोद्ज़ियांको के तार का समर्थन किया। शायद बैरकों तक भी बात पहुँचे कि ड्यूमा इस सरकार के ख़िलाफ़ है।
      en: I backed Rodzianko's telegram. Perhaps word will reach the barracks too that the Duma stands against this government.
    go prorogation-news

  choice stay-aside
    hi: अलग रहो। ज़ार के ख़िलाफ़ लिखी हर बात की क़ीमत बाद में चुकानी पड़ सकती है।
    en: Keep out of it. Anything written against the Tsar may have to be paid for later.
    go prorogation-news

scene prorogation-news
  for duma
  on 27 Feb, noon
  at tauride
  hi: सोमवार, {date}। महल के गलियारों में सदस्य झुंड बनाकर खड़े हैं और धीमी आवाज़ में बहस कर रहे हैं।
  en: Monday, {date}. Deputies stand in knots in the palace corridors, arguing in low voices.
  if prorogued
    hi: रात में आया आदेश पढ़कर सुनाया जा चुका है: ड्यूमा का सत्रावसान हो गया है, सदन की बैठक नहीं हो सकती। कोई घर जाने की बात कर रहा है, कोई एक "निजी बैठक" की।
    en: The decree that came in the night has been read out: the Duma is prorogued and the chamber may not sit. Some talk of going home, others of a "private meeting".
  if garrison <= 45
    hi: खिड़कियों से दिखता है: सैनिकों और मज़दूरों की भीड़, राइफ़लों पर लाल रिबन, महल की ओर बढ़ रही है।
    en: From the windows you can see a crowd of soldiers and workers, red ribbons on their rifles, moving towards the palace.
  if garrison > 45
    hi: बाहर की सड़कें सुनसान हैं; फ़ौजी गश्त के सिवा कोई नहीं।
    en: The streets outside are empty except for army patrols.
  note
    hi: स्रोत पाठ कहता है कि "ड्यूमा ने विसर्जित होने से मना कर दिया"। असल में ड्यूमा ने औपचारिक रूप से आदेश माना: सदस्य दूसरे हॉल में "निजी बैठक" के रूप में मिले, और बुज़ुर्ग सदस्यों की परिषद ने अस्थायी समिति बनाई। ड्यूमा को सरकार या संविधान सभा घोषित करने के प्रस्ताव को समर्थन नहीं मिला। NCERT सत्रावसान 25 फ़रवरी को बताता है; आदेश 26 की देर रात सुनाया गया, 27 से लागू हुआ।
    en: The source text says "the Duma refused to dissolve". In fact the Duma formally obeyed: deputies met in another hall as a "private meeting", and the Council of Elders set up the Provisional Committee. A proposal to declare the Duma the government or a Constituent Assembly found no support. NCERT dates the suspension to 25 Feb; the decree was made known late on 26 Feb and took effect on 27 Feb.
  source Dossier sec. 1.2 (26-27 Feb), sec. 2.3 D2, sec. 3 row 4 and Simplifications inside NCERT

  choice obey-and-leave
    hi: आदेश का पालन करो और घर चले जाओ।
    en: Obey the decree and go home.
    go d-went-home

  choice private-meeting
    hi: सदन में नहीं, पर दूसरे हॉल में सदस्यों की "निजी बैठक" में रुको।
    en: Stay — not in the chamber, but at a "private meeting" of deputies in another hall.
    add 1 to resolve
    go committee-room

  choice open-defiance
    hi: प्रस्ताव रखो कि ड्यूमा आदेश न माने और ख़ुद को देश की सर्वोच्च सभा घोषित करे।
    en: Move that the Duma defy the decree and declare itself the country's supreme assembly.
    only if resolve >= 6 and prorogued
    show locked
    chance 30
      hi: एक पल के लिए हॉल तालियों से गूँज उठता है, और बहुमत तुम्हारे साथ खड़ा हो जाता है।
      en: For a moment the hall rings with applause, and a majority stands with you.
      go d-defiance
    otherwise
      hi: मिल्युकोव उठकर इसे ख़तरनाक जुआ बताते हैं। प्रस्ताव गिर जाता है, और बैठक "निजी" ही रहती है।
      en: Milyukov rises to call it a dangerous gamble. The motion fails, and the meeting stays "private".
      go committee-room

scene committee-room
  for duma
  on 27 Feb, night
  at tauride
  hi: रात के नौ बजे हैं। एक कमरे में ड्यूमा के नेता बैठे हैं — रोद्ज़ियांको अध्यक्ष हैं; मिल्युकोव, शुल्गिन और केरेन्स्की भी हैं। उन्हें तय करना है कि उनकी अस्थायी समिति आगे क्या करे।
  en: It is nine at night. In one room sit the Duma's leaders — Rodzianko in the chair, with Milyukov, Shulgin and Kerensky. They must decide what their Provisional Committee will do next.
  if garrison <= 45
    hi: महल के दूसरे हिस्से से शोर आ रहा है: वहाँ, इसी इमारत में, मज़दूरों और सैनिकों के प्रतिनिधि पेत्रोग्राद सोवियत की पहली बैठक कर रहे हैं। शहर में पुरानी सरकार के पास लगभग कोई सैनिक नहीं बचा।
    en: Noise carries from another wing: there, in this same building, workers' and soldiers' deputies are holding the first session of the Petrograd Soviet. In the city the old government has almost no soldiers left.
  if garrison > 45
    hi: शहर शांत है। मंत्री अब भी अपने दफ़्तरों में हैं, और फ़ौज उनके साथ है।
    en: The city is quiet. The ministers are still in their offices, and the army is with them.
  if resolve >= 7
    hi: कुछ साथी तुम्हारी ओर देखते हैं: इस हफ़्ते तुम ज़्यादातर लोगों से ज़्यादा खुलकर बोले हो।
    en: Some colleagues look to you: this week you have spoken more boldly than most.

  choice look-into-soviet
    hi: गलियारे से होकर सोवियत के हॉल के दरवाज़े तक जाओ और अंदर झाँको।
    en: Walk down the corridor to the door of the Soviet's hall and look in.
    only if garrison <= 45
    once
    journal
      hi: सोवियत के हॉल में सैनिकों के ओवरकोट, मज़दूरों की टोपियाँ, और अध्यक्ष की कुर्सी पर च्खेइद्ज़े। वे हमारा इंतज़ार नहीं कर रहे।
      en: In the Soviet's hall: soldiers' greatcoats, workers' caps, and Chkheidze in the chair. They are not waiting for us.

  choice take-responsibility
    hi: समिति से कहो: "हम सत्ता नहीं लेंगे, तो सड़क ले लेगी।" व्यवस्था बहाल करने की ज़िम्मेदारी उठाने के पक्ष में वोट दो।
    en: Tell the Committee: "If we do not take power, the street will." Vote to take responsibility for restoring order.
    only if garrison <= 45
    go d-committee

  choice await-tsar
    hi: ज़ार के जवाब का इंतज़ार करने की सलाह दो; फ़ौज अब भी सरकार के साथ है।
    en: Advise waiting for the Tsar's answer; the army is still with the government.
    only if garrison > 45
    go d-waiting

  choice slip-home
    hi: यह बोझ तुमसे नहीं उठेगा। चुपचाप घर चले जाओ।
    en: This is more than you can carry. Slip away home.
    go d-went-home

# ---------------------------------------------------------------- Duma endings

ending d-went-home
  for duma
  hi: तुम बर्फ़ीली सड़कों से होकर घर लौट आए। तुमने ज़ार का आदेश माना। उस रात टॉराइड महल में जो भी तय हुआ, तुम्हारे बिना तय हुआ।
  en: You walked home through the snowy streets. You had obeyed the Tsar's decree. Whatever was decided in the Tauride Palace that night was decided without you.
  debrief
    hi: इतिहास में: 27 फ़रवरी / 12 मार्च को ड्यूमा के नेता महल में ही रुके और एक "निजी बैठक" में अस्थायी समिति (अध्यक्ष: रोद्ज़ियांको) बनाई। उसी रात, उसी इमारत में, पेत्रोग्राद सोवियत की पहली बैठक हुई (अध्यक्ष: मेन्शेविक च्खेइद्ज़े)। एक महल में दो सत्ताएँ — इसे आगे "दोहरी सत्ता" कहा गया।
    en: In history: on 27 Feb / 12 Mar the Duma's leaders stayed in the palace and, at a "private meeting", formed the Provisional Committee (chair: Rodzianko). That night, in the same building, the Petrograd Soviet first met (chair: the Menshevik Chkheidze). Two authorities in one palace — what came to be called "dual power".

ending d-committee
  for duma
  hi: आधी रात के बाद समिति ने घोषणा की कि वह राजधानी में व्यवस्था बहाल करने की ज़िम्मेदारी ले रही है। तुमने अपना नाम उस फ़ैसले के साथ जोड़ा — अगर ज़ार की फ़ौज लौटी, तो इसकी क़ीमत फाँसी भी हो सकती है।
  en: After midnight the Committee announced that it was taking responsibility for restoring order in the capital. You put your name to that decision — if the Tsar's troops came back, the price could be the gallows.
  debrief
    hi: इतिहास में: 28 फ़रवरी / 13 मार्च को लगभग रात 2 बजे समिति ने यह घोषणा की। 1–2 मार्च की रात सोवियत से समझौता हुआ (स्रोत पाठ की "14 मार्च" यही रात है); सोवियत ने शर्तों के साथ समर्थन दिया, पर केरेन्स्की के सिवा कोई सरकार में नहीं गया। 2 मार्च / 15 मार्च को अस्थायी सरकार की घोषणा हुई, जिसके प्रमुख प्रिंस जॉर्जी ल्वोव थे — स्रोत पाठ का "जार्ज स्लाव" इन्हीं के नाम का बिगड़ा रूप लगता है। उसी दिन पस्कोव में, सेनापतियों की सलाह पर, निकोलस द्वितीय ने गद्दी छोड़ दी।
    en: In history: at about 2 a.m. on 28 Feb / 13 Mar the Committee made this announcement. On the night of 1–2 March it reached agreement with the Soviet (the source text's "14 March" is that night); the Soviet gave conditional support, but only Kerensky joined the cabinet. On 2 Mar / 15 Mar the Provisional Government was announced, headed by Prince Georgy Lvov — the source text's "George Slav" looks like a garbling of his name. The same day at Pskov, advised by his generals, Nicholas II abdicated.

ending d-defiance
  for duma
  hi: ड्यूमा ने खुलेआम ज़ार के आदेश को ठुकरा दिया और ख़ुद को देश की सर्वोच्च सभा घोषित कर दिया। सड़क पर लोग तालियाँ बजाते हैं — पर मोगिल्योव में ज़ार और उनके सेनापति इसे बग़ावत कहते हैं।
  en: The Duma openly rejected the Tsar's decree and declared itself the country's supreme assembly. The street cheers — but in Mogilev the Tsar and his generals call it rebellion.
  debrief
    hi: यह इतिहास से अलग रास्ता है। स्रोत पाठ कहता है कि ड्यूमा ने "विसर्जित होने से मना कर दिया", पर असल में ऐसे प्रस्ताव को समर्थन नहीं मिला। नेता ज़ार की फ़ौज से भी डरते थे और "सड़क" से भी, इसलिए उन्होंने बीच का रास्ता चुना: औपचारिक आज्ञापालन और "निजी बैठक" में बनी समिति। कुछ इतिहासकार इसे समझदारी मानते हैं; दूसरे कहते हैं कि इसी हिचक ने पहल सोवियत को दे दी।
    en: This is not what happened. The source text says the Duma "refused to dissolve", but in fact such a proposal found no support. Its leaders feared both the Tsar's troops and "the street", so they chose a middle way: formal obedience, and a committee formed at a "private meeting". Some historians call this prudence; others say the hesitation handed the initiative to the Soviet.

ending d-waiting
  for duma
  hi: समिति ने इंतज़ार करना चुना। रात भर टेलीफ़ोन बजते रहे, पर मोगिल्योव से कोई जवाब नहीं आया। सुबह तक सदस्य अपने-अपने घरों में थे, और शहर में भूख और ग़ुस्सा वैसे ही थे।
  en: The Committee chose to wait. The telephones rang all night, but no answer came from Mogilev. By morning the deputies were back in their homes, and the hunger and anger in the city were just as before.
  debrief
    hi: यह इतिहास से अलग रास्ता है। असल में 27 फ़रवरी / 12 मार्च को सैनिकों ने विद्रोह किया, और ड्यूमा के नेताओं को फ़ैसला करना पड़ा: पहले रोद्ज़ियांको ने ग्रैंड ड्यूक मिखाइल से उम्मीद लगाई, फिर 28 फ़रवरी की रात लगभग 2 बजे समिति ने ज़िम्मेदारी ले ली। ज़ार ने तारों का जवाब नहीं दिया; आख़िर में उनके अपने सेनापतियों ने उन्हें गद्दी छोड़ने की सलाह दी।
    en: This is not what happened. In history the soldiers mutinied on 27 Feb / 12 Mar, and the Duma's leaders had to decide: Rodzianko first pinned his hopes on Grand Duke Michael, then at about 2 a.m. on 28 Feb the Committee took responsibility. The Tsar never answered the telegrams; in the end his own generals advised him to abdicate.
