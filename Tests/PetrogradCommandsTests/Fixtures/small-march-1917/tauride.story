format 1
# 27 February, evening: the Tauride Palace, where the worker and the soldier meet
# (the Duma deputy sees the same building from inside, in duma.story: prorogation-news, committee-room).
# Shared texts are in gender-neutral Hindi, since the worker is a woman and the soldier a man.

scene tauride-hall
  for worker, soldier
  on 27 Feb, evening
  at tauride
  hi: {place} के गलियारे ठसाठस भरे हैं: राइफ़लें लिए सैनिक, लाल पट्टियाँ बाँधे मज़दूर, और फ़र के कोट पहने ड्यूमा सदस्य जो भीड़ में से रास्ता बना रहे हैं। जेल से अभी-अभी छूटे मज़दूर नेता एक कमरे में सोवियत की बैठक की तैयारी कर रहे हैं। यहाँ हज़ारों लोगों के बीच तुम भी हो — एक {role}।
  en: The corridors of {place} are packed: soldiers with rifles, workers with red armbands, and Duma deputies in fur coats pushing through the crush. Labour leaders just freed from prison are preparing a session of the Soviet in one of the rooms. Among the thousands here, you are one more {role}.
  if resolve >= 7
    hi: अफ़वाह है कि ड्यूमा के सदस्यों ने भी अपनी एक समिति बना ली है और वे सत्ता सँभालना चाहते हैं।
    en: Rumour says the Duma deputies have formed a committee of their own and mean to take charge.
  note
    hi: 27 फ़रवरी को भीड़ ने जेलें खोलीं और "केंद्रीय मज़दूर समूह" के मेन्शेविक नेता (जनवरी से बंद) छूट गए। रात 9 बजे पेत्रोग्राद सोवियत की पहली बैठक हुई: अध्यक्ष च्खेइद्ज़े (मेन्शेविक), उपाध्यक्ष स्कोबेलेव और केरेन्स्की। NCERT के अनुसार सोवियत उसी शाम ड्यूमा की इमारत में बनी।
    en: On 27 Feb crowds opened the prisons, freeing the Menshevik leaders of the Central Workers' Group (jailed since January). At 9 p.m. the Petrograd Soviet first met: Chkheidze (Menshevik) in the chair, Skobelev and Kerensky as vice-chairmen. NCERT says the Soviet was formed that evening in the Duma's building.
  source Dossier sec. 1.1 (27 Jan), sec. 1.2 (27 Feb), NCERT Class 9 History, ch. 2, sec. 3

  choice ask-a-deputy
    hi: गलियारे में एक ड्यूमा सदस्य को रोको और पूछो: "ड्यूमा किसके साथ है — हमारे या ज़ार के?"
    en: Stop a Duma deputy in the corridor and ask: "Whose side is the Duma on — ours or the Tsar's?"
    once
    journal
      hi: एक ड्यूमा सदस्य ने मुझसे कहा: "हम व्यवस्था बहाल करेंगे।" किसकी व्यवस्था, यह उसने नहीं बताया।
      en: A Duma deputy told me, "We will restore order." Whose order, he did not say.

  choice mill-delegate
    hi: वीबोर्ग लौट जाओ: तुम्हारी मिल को सोवियत के लिए अपना प्रतिनिधि चुनना है।
    en: Go back to the Vyborg side: your mill must choose its delegate to the Soviet.
    only if visited bread-queue
    go w-delegate

  choice company-deputy
    hi: सोवियत के कमरे में जाकर कहो कि सैनिक भी अपने प्रतिनिधि भेजेंगे — तुम्हारी कंपनी की ओर से तुम।
    en: Go into the Soviet's room and say that soldiers will send deputies too — you, for your company.
    only if visited barracks-bunks
    go s-deputy

  choice stay-for-session
    hi: रुको, और रात नौ बजे सोवियत की पहली बैठक देखो।
    en: Stay, and watch the Soviet's first session at nine.
    go first-soviet

ending first-soviet
  for worker, soldier
  hi: रात नौ बजे, धुएँ से भरे हॉल में, पेत्रोग्राद सोवियत की पहली बैठक शुरू हुई। किसी के पास कुर्सी नहीं थी, किसी के पास काग़ज़ नहीं — पर हर कोई बोलना चाहता था। राजधानी में एक नई सत्ता का जन्म हुआ, और उस हॉल की आवाज़ों में एक आवाज़ तुम्हारी भी थी।
  en: At nine that night, in a hall full of smoke, the Petrograd Soviet held its first session. Some had no chair, some had no paper — but everyone wanted to speak. A new power was born in the capital, and one of the voices in that hall was yours.
  debrief
    hi: इतिहास में: स्रोत पाठ कहता है कि मज़दूरों ने "समस्त शक्ति मध्य वर्ग के हाथ में सौंप दी"। असल में सोवियत के नेताओं (मेन्शेविक और समाजवादी क्रांतिकारी) ने ख़ुद सत्ता न लेने का फ़ैसला किया — उनका मानना था कि पहले "बुर्जुआ" क्रांति आनी चाहिए, और उन्हें गृहयुद्ध का डर था — पर आदेश संख्या 1 के ज़रिए फ़ौज पर असली पकड़ सोवियत की रही। इतिहासकार इसे अलग-अलग पढ़ते हैं: सोवियत इतिहास-लेखन ने इसे पार्टी के नेतृत्व वाली क्रांति बताया; NCERT कहता है कि किसी दल ने नेतृत्व नहीं किया; सामाजिक इतिहासकार इसे "नीचे से" उठी क्रांति मानते हैं।
    en: In history: the source text says the workers "handed all power to the middle class". In fact the Soviet's leaders (Mensheviks and Socialist Revolutionaries) chose not to take power — they believed a "bourgeois" revolution had to come first, and they feared civil war — yet through Order No. 1 the Soviet kept the real hold over the army. Historians read it differently: Soviet historiography told it as a party-led revolution; NCERT says no party led it; social historians see a revolution "from below".
