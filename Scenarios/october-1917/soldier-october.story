format 2
# The soldier in October 1917 (Old Style): the order to send the garrison to the front, the garrison
# conference, the MRC's commissar, the bridges, Palace Square and the Winter Palace (dossier S11, S12, §1.5).
#
# 9 Oct os-order → 21 Oct os-conference → 23 Oct os-commissar (garrison-with-mrc) or os-staff-order
# 24 Oct os-period-start (the one-period entry joins here) → os-bridges → 25 Oct os-palace-square
#   (bridges-held) or os-no-rising → 26 Oct os-palace-night / os-bridge-night / os-barracks-night
#   → os-land-road (27 Oct) → the endings in soldier-endings.story.
# The staff's world (the garrison obeyed): os-staff-order → os-staff-eve → os-front-train → os-front.
# The player never kills. Every scene of 24–26 Oct has a way to step back (the barracks, a bridge post,
# letting the cadets (junkers) go home); the violence of the night is told, not played.

# ---------------------------------------------------------------- 9 Oct: the order for the front (S11)

scene os-order
  for soldier
  on 9 Oct, afternoon
  at barracks
  hi: सोमवार, 9 अक्टूबर (22 अक्टूबर)। हाज़िरी पर ज़िला मुख्यालय का आदेश पढ़ा जाता है: जर्मन रीगा की खाड़ी में हैं, और राजधानी की छावनी की टुकड़ियाँ उत्तरी मोर्चे पर भेजी जाएँगी। पंक्ति में कानाफूसी फैल जाती है। मार्च में वादा किया गया था कि क्रांति करने वाली रेजिमेंटें पेत्रोग्राद से नहीं हटाई जाएँगी। अब कहा जा रहा है कि सरकार ख़ुद राजधानी छोड़ने की सोच रही है — और पहले उस छावनी को हटाना चाहती है जिस पर उसे भरोसा नहीं।
  en: Monday, 9 October (22 October). At roll call an order from district headquarters is read: the Germans are in the Gulf of Riga, and units of the capital's garrison are to go to the northern front. A whisper runs down the line. In March it was promised that the regiments that made the revolution would not be moved from Petrograd. Now they say the government is thinking of leaving the capital itself — and wants first to remove the garrison it does not trust.
  if os-homeward
    hi: फ़सल कट चुकी है। तुम घर नहीं पहुँचे।
    en: The harvest is in. You did not get home.
  note
    hi: अक्टूबर की शुरुआत में सरकार और मुख्यालय ने पेत्रोग्राद की छावनी का बड़ा हिस्सा मोर्चे पर भेजने का आदेश दिया। सैनिकों ने इसे क्रांतिकारी छावनी से छुटकारा पाने की चाल समझा। इसी के जवाब में पेत्रोग्राद सोवियत ने "क्रांतिकारी रक्षा" की एक समिति बनाई — जो सैन्य क्रांतिकारी समिति बनी।
    en: In early October the government and headquarters ordered much of the Petrograd garrison to the front. The soldiers took it as a scheme to be rid of a revolutionary garrison. In answer the Petrograd Soviet set up a committee of "revolutionary defence" — which became the Military Revolutionary Committee.
  source Alexander Rabinowitch, "The Bolsheviks Come to Power in Petrograd: Centennial Reflections", Economic and Political Weekly (2017); China Miéville, October: The Story of the Russian Revolution; Leon Trotsky, History of the Russian Revolution

  choice prepare-company
    hi: आदेश मानो: कंपनी की मार्चिंग सूची बनाने में कमांडर की मदद करो।
    en: Obey the order: help the commander draw up the company's marching list.
    add 8 to garrison
    reply
      hi: तुम कमांडर के साथ रजिस्टर के पन्ने पलटते हो। हर नाम के पीछे एक चेहरा है। रात को चारपाइयों पर कोई तुमसे बात नहीं करता।
      en: You turn the register's pages with the commander. Behind every name there is a face. At night on the bunks nobody speaks to you.
    journal
      hi: 9 अक्टूबर को मैंने मोर्चे की सूची बनाने में मदद की।
      en: On 9 October I helped draw up the list for the front.
    go os-conference

  choice resolution-soviet
    hi: समिति से प्रस्ताव पास करवाओ: "सोवियत की सहमति के बिना कोई टुकड़ी पेत्रोग्राद नहीं छोड़ेगी।"
    en: Get the committee to pass a resolution: "No unit leaves Petrograd without the Soviet's consent."
    subtract 8 from garrison
    add 3 to war-weariness
    reply
      hi: प्रस्ताव एक ही हाथ-उठान में पास हो जाता है। दो सैनिक उसे लेकर स्मोल्नी जाते हैं, जहाँ अब सोवियत बैठती है। लौटकर वे बताते हैं: हर रेजिमेंट से ऐसे ही काग़ज़ आ रहे हैं।
      en: The resolution passes in a single show of hands. Two men carry it to Smolny, where the Soviet now sits. They come back to say: papers like it are coming from every regiment.
    journal
      hi: हमारी समिति ने कहा: सोवियत की सहमति के बिना हम पेत्रोग्राद नहीं छोड़ेंगे।
      en: Our committee declared: we do not leave Petrograd without the Soviet's consent.
    go os-conference

  choice write-home-october default
    hi: बहस में मत पड़ो। पत्नी को चिट्ठी लिखवाओ कि अगर मोर्चे का हुक्म आया, तो तुम घर आ रहे हो।
    en: Stay out of the argument. Have a letter written to your wife: if the order for the front comes, you are coming home.
    set os-homeward
    add 3 to war-weariness
    reply
      hi: क्लर्क चिट्ठी लिखते हुए बस इतना पूछता है: "पता वही पुराना?" भोजनालय में बहस तुम्हारे बिना चलती रहती है।
      en: The clerk writing the letter only asks: "Same address as before?" In the mess the argument goes on without you.
    go os-conference

# ---------------------------------------------------------------- 21 Oct: the garrison conference (S11)

scene os-conference
  for soldier
  on 21 Oct, evening
  at smolny
  hi: शनिवार, 21 अक्टूबर (3 नवंबर)। {place} के गलियारे सैनिकों से भरे हैं; कभी यहाँ कुलीन लड़कियाँ पढ़ती थीं, अब दरवाज़ों पर काग़ज़ के टुकड़ों पर समितियों के नाम लिखे हैं। {if os-on-committee}तुम अपनी रेजिमेंट के प्रतिनिधि हो।{else}तुम अपनी रेजिमेंट के प्रतिनिधियों के साथ आए हो, उनकी टोली में।{end} {if garrison-with-mrc}छावनी के सम्मेलन ने अभी-अभी प्रस्ताव पास किया है: सैन्य क्रांतिकारी समिति के साथ खड़े रहेंगे; छावनी को मुख्यालय का कोई आदेश तभी माना जाएगा जब उस पर समिति के दस्तख़त हों। मंच पर त्रोत्स्की बोल रहे हैं।{else if mrc}सैन्य क्रांतिकारी समिति सम्मेलन से समर्थन माँगती है, पर रेजिमेंटें बँटी हुई हैं: कई कहती हैं कि वे मुख्यालय का ही आदेश मानेंगी, या किसी का नहीं।{else}सोवियत के पास कोई सैन्य समिति नहीं है; सम्मेलन शिकायतों की बैठक बनकर रह जाता है — राशन, बैरक, मोर्चे का डर।{end}
  en: Saturday, 21 October (3 November). The corridors of {place} are full of soldiers; noblemen's daughters once studied here, and now the doors bear the names of committees on scraps of paper. {if os-on-committee}You are your regiment's delegate.{else}You have come with your regiment's delegates, as one of their escort.{end} {if garrison-with-mrc}The garrison conference has just voted: it stands with the Military Revolutionary Committee; no order of headquarters to the garrison is valid unless the Committee has signed it too. Trotsky is speaking from the platform.{else if mrc}The Military Revolutionary Committee asks the conference for support, but the regiments are divided: many say they will obey headquarters only, or no one.{else}The Soviet has no military committee; the conference is only a meeting of grievances — rations, barracks, the fear of the front.{end}
  if os-informed
    hi: फ़रवरी की उस रात तुमने ड्यूटी-अफ़सर को बताया था। यहाँ कोई नहीं जानता। तुम भी अब उसे याद नहीं करना चाहते।
    en: On that night in February you told the duty officer. No one here knows. You would rather not remember it yourself.
  note
    hi: सैन्य क्रांतिकारी समिति को सोवियत की कार्यकारी समिति ने 12 अक्टूबर को और पूरी सोवियत ने 16 अक्टूबर को मंज़ूरी दी; उसके अध्यक्ष वामपंथी समाजवादी क्रांतिकारी लाज़िमिर थे, पोद्वोइस्की और अंतोनोव-ओव्सेयेन्को उसमें थे, और त्रोत्स्की उसकी असली ताक़त। 21 अक्टूबर (3 नवंबर) को छावनी के सम्मेलन ने समिति का साथ दिया, और समिति ने कहा कि छावनी को दिए गए हर आदेश पर उसके दस्तख़त ज़रूरी हैं। तुम्हारी पाठ्यपुस्तक (NCERT) लिखती है कि विद्रोह की तैयारी के लिए त्रोत्स्की के नेतृत्व में सैन्य क्रांतिकारी समिति बनी।
    en: The Military Revolutionary Committee was approved by the Soviet's Executive Committee on 12 October and by the full Soviet on 16 October; its chairman was the Left SR Lazimir, Podvoisky and Antonov-Ovseenko sat on it, and Trotsky was its driving force. On 21 Oct (3 Nov) the garrison conference backed the Committee, which declared that every order to the garrison needed its signature. Your textbook (NCERT) says a Military Revolutionary Committee under Trotsky was set up to organise the seizure.
  source China Miéville, October: The Story of the Russian Revolution; Alexander Rabinowitch, "The Bolsheviks Come to Power in Petrograd: Centennial Reflections", Economic and Political Weekly (2017); NCERT, India and the Contemporary World – I (Class 9 History), ch. 2, sec. 3.2

  choice cheer-mrc
    hi: {if os-on-committee}अपनी रेजिमेंट का हाथ उठाओ: सैन्य क्रांतिकारी समिति के साथ।{else}दूसरों के साथ ज़ोर से "हाँ!" कहो: सैन्य क्रांतिकारी समिति के साथ।{end}
    en: {if os-on-committee}Raise your regiment's hand: with the Military Revolutionary Committee.{else}Shout "Yes!" with the others: with the Military Revolutionary Committee.{end}
    subtract 5 from garrison
    reply
      hi: हॉल गूँज उठता है। बाहर निकलते हुए एक बूढ़ा सार्जेंट तुमसे कहता है: "मोर्चे पर नहीं जाना, यही असली प्रस्ताव है। बाक़ी सब पार्टियों की बातें।"
      en: The hall roars. On the way out an old sergeant says to you: "Not going to the front — that's the real resolution. The rest is party talk."
    journal
      hi: 21 अक्टूबर को स्मोल्नी में मैं सैन्य क्रांतिकारी समिति के पक्ष में था।
      en: On 21 October at Smolny I was for the Military Revolutionary Committee.
    go os-october-start

  choice wait-for-congress
    hi: कहो: "सोवियतों की कांग्रेस 25 तारीख़ को बैठ रही है। उससे पहले कोई विद्रोह नहीं — कांग्रेस तय करे।"
    en: Say: "The Congress of Soviets meets on the 25th. No rising before it — let the Congress decide."
    add 3 to garrison
    reply
      hi: कुछ लोग तुम्हारी बात पर सिर हिलाते हैं — बोल्शेविक नेताओं में भी कामेनेव और ज़िनोवियेव यही कह रहे हैं। पर ज़्यादातर चेहरे कहते हैं: कांग्रेस तक मुख्यालय हमें रेलगाड़ियों में भर चुका होगा।
      en: Some nod at your words — among the Bolshevik leaders Kamenev and Zinoviev are saying the same. But most faces say: by the Congress, headquarters will have us packed into trains.
    go os-october-start

  choice keep-silent-conference default
    hi: चुप रहो और सुनो; लौटकर कंपनी को सब बताओ।
    en: Keep quiet and listen; go back and tell the company everything.
    add 2 to war-weariness
    reply
      hi: उस रात तुम कंपनी को सब कुछ सुनाते हो। चारपाइयों पर देर तक कोई नहीं सोता।
      en: That night you tell the company everything. Nobody on the bunks sleeps for a long time.
    go os-october-start

# ---------------------------------------------------------------- 23 Oct: the commissar, or the staff's order

scene os-october-start
  for soldier
  on 23 Oct, morning
  go os-commissar if garrison-with-mrc
  go os-staff-order

scene os-commissar
  for soldier
  on 23 Oct, morning
  at barracks
  hi: सोमवार, 23 अक्टूबर (5 नवंबर)। सुबह सैन्य क्रांतिकारी समिति का कमिसार रेजिमेंट में आता है: चमड़े की जैकेट में एक जवान प्रापोर्शिक (छोटा अफ़सर), हाथ में समिति का काग़ज़। आँगन में वह पढ़ता है: "आज से रेजिमेंट सिर्फ़ वही आदेश मानेगी जिन पर सैन्य क्रांतिकारी समिति के दस्तख़त हों।" कर्नल सीढ़ियों पर खड़ा है, चेहरा सफ़ेद: "मैं ज़िला मुख्यालय के आदेश मानता हूँ।" सैकड़ों आँखें समिति की ओर मुड़ती हैं — और तुम्हारी ओर।
  en: Monday, 23 October (5 November). In the morning the Military Revolutionary Committee's commissar arrives at the regiment: a young ensign in a leather jacket, the Committee's paper in his hand. In the yard he reads: "From today the regiment obeys only orders signed by the Military Revolutionary Committee." The colonel stands on the steps, white-faced: "I obey the district headquarters." Hundreds of eyes turn to the committee — and to you.
  note
    hi: अक्टूबर के आख़िरी दिनों में सैन्य क्रांतिकारी समिति ने छावनी की हर टुकड़ी में अपने कमिसार भेजे। ज़्यादातर टुकड़ियों ने उन्हें माना या तटस्थ रहीं; पीटर-पॉल क़िले की छावनी भी समिति की ओर आ गई। इस तरह केरेन्स्की के पास शहर में लगभग कोई फ़ौज नहीं बची — बिना एक गोली चले।
    en: In the last days of October the Military Revolutionary Committee sent its commissars to every unit of the garrison. Most units accepted them or stayed neutral; the Peter and Paul Fortress garrison came over too. So Kerensky was left with almost no troops in the city — without a shot being fired.
  source Alexander Rabinowitch, "The Bolsheviks Come to Power in Petrograd: Centennial Reflections", Economic and Political Weekly (2017); Leon Trotsky, History of the Russian Revolution; China Miéville, October: The Story of the Russian Revolution

  choice back-commissar
    hi: कमिसार के पास जाकर खड़े हो जाओ: "कंपनी समिति के आदेश मानेगी।"
    en: Go and stand beside the commissar: "The company will obey the Committee."
    set os-mrc-man
    subtract 5 from garrison
    reply
      hi: कमिसार तुम्हारा हाथ कसकर दबाता है। कर्नल सीढ़ियों से उतरकर अपने कमरे में चला जाता है; कोई उसे रोकता नहीं, कोई उसे सलाम भी नहीं करता।
      en: The commissar grips your hand hard. The colonel comes down the steps and goes to his quarters; nobody stops him, and nobody salutes him either.
    journal
      hi: 23 अक्टूबर को मैं सैन्य क्रांतिकारी समिति के कमिसार के साथ खड़ा हुआ।
      en: On 23 October I stood with the Military Revolutionary Committee's commissar.
    go os-bridges

  choice keep-neutral default
    hi: कहो: "हमारी कंपनी अपनी बैरक की रखवाली करेगी और किसी के लिए बाहर नहीं जाएगी — न मुख्यालय के लिए, न समिति के लिए।"
    en: Say: "Our company guards its own barracks and goes out for no one — not for headquarters, not for the Committee."
    set os-neutral
    subtract 2 from garrison
    reply
      hi: कमिसार भौंहें सिकोड़ता है, पर बहस नहीं करता: "जो सरकार के लिए नहीं लड़ता, वह हमारे लिए काफ़ी है।" कर्नल भी चुप है। आधे सैनिक राहत की साँस लेते हैं, आधे तुम्हें डरपोक कहते हैं।
      en: The commissar frowns, but does not argue: "A man who won't fight for the government is enough for us." The colonel is silent too. Half the men breathe easier; half call you a coward.
    journal
      hi: मैंने कहा कि हमारी कंपनी तटस्थ रहेगी।
      en: I said our company would stay neutral.
    go os-bridges

  choice side-colonel
    hi: कर्नल के साथ खड़े हो जाओ: "मोर्चा खुला है और जर्मन पास हैं। आदेश मुख्यालय से आते हैं, पार्टी से नहीं।"
    en: Stand with the colonel: "The front is open and the Germans are close. Orders come from headquarters, not from a party."
    set os-staff-man
    add 8 to garrison
    reply
      hi: कुछ लोग तुम्हारे साथ आ खड़े होते हैं — बहुत कम। कमिसार तुम्हें ध्यान से देखता है और कुछ नहीं कहता; वह गिनती कर रहा है, और गिनती उसके पक्ष में है।
      en: A few men come to stand with you — very few. The commissar looks at you carefully and says nothing; he is counting, and the count is on his side.
    journal
      hi: मैं कर्नल और मुख्यालय के साथ खड़ा हुआ।
      en: I stood with the colonel and headquarters.
    go os-bridges

# The world where the garrison did not follow the MRC: the staff's order stands.
scene os-staff-order
  for soldier
  on 23 Oct, morning
  at barracks
  hi: सोमवार, 23 अक्टूबर (5 नवंबर)। छावनी ने मुख्यालय की बात मानी है। सुबह आदेश आता है: रेजिमेंट की पहली मार्चिंग कंपनी परसों बाल्टिक स्टेशन से उत्तरी मोर्चे के लिए रवाना होगी। सूची पढ़ी जाती है, और तुम्हारा नाम उसमें है। {if mrc}शहर में कहते हैं कि सैन्य क्रांतिकारी समिति के कुछ लोग अब भी स्मोल्नी में बैठे हैं, मज़दूरों की टोलियों के भरोसे।{else}शहर में कहते हैं कि स्मोल्नी में बोल्शेविक विद्रोह की बातें करते हैं, पर सोवियत के पास कोई सैन्य समिति नहीं।{end}
  en: Monday, 23 October (5 November). The garrison has listened to headquarters. In the morning the order comes: the regiment's first marching company leaves the Baltic station for the northern front the day after tomorrow. The list is read, and your name is on it. {if mrc}In town they say some men of the Military Revolutionary Committee still sit in Smolny, counting on the workers' detachments.{else}In town they say the Bolsheviks at Smolny talk of a rising, but the Soviet has no military committee.{end}
  note
    hi: यह वैकल्पिक इतिहास है। असल में छावनी के सम्मेलन ने 21 अक्टूबर को सैन्य क्रांतिकारी समिति का साथ दिया, और मोर्चे पर भेजने का आदेश कभी पूरा नहीं हुआ। इतिहासकार राबिनोविच लिखते हैं कि छावनी का मोर्चे पर न जाना ही वह धागा था जिससे अक्टूबर बुना गया।
    en: This is an alternative history. In fact the garrison conference backed the Military Revolutionary Committee on 21 October, and the order for the front was never carried out. The historian Rabinowitch argues that the garrison's refusal to go to the front was the thread from which October was woven.
  source Alexander Rabinowitch, "The Bolsheviks Come to Power in Petrograd: Centennial Reflections", Economic and Political Weekly (2017); China Miéville, October: The Story of the Russian Revolution

  choice go-with-list default
    hi: सूची में नाम है, तो जाओगे: अपना झोला बाँधो।
    en: Your name is on the list, so you will go: pack your kit.
    set os-staff-man
    add 3 to garrison
    reply
      hi: तुम झोला बाँधते हो: दो जोड़ी पट्टियाँ, रोटी, पत्नी की चिट्ठियाँ। कोई कुछ नहीं कहता।
      en: You pack your kit: two pairs of foot-wraps, bread, your wife's letters. Nobody says a word.
    go os-staff-eve

  choice desert-for-home
    hi: आज रात बैरक छोड़ दो और घर की गाड़ी पकड़ो: मोर्चे की बजाय गाँव।
    en: Leave the barracks tonight and catch a train home: the village instead of the front.
    set os-homeward
    add 5 to war-weariness
    reply
      hi: तुम अपना झोला बाँधते हो — वही जो मार्चिंग कंपनी के लिए बाँधना था — और अँधेरा होते ही फाटक के पहरेदार को मख़ोरका की एक पुड़िया थमाकर निकल जाते हो। वह तुम्हारी ओर देखता भी नहीं।
      en: You pack your kit — the kit you were to pack for the marching company — and at dusk you hand the gate sentry a twist of makhorka and walk out. He does not even look at you.
    journal
      hi: मोर्चे की सूची में नाम आया, और मैं बैरक छोड़कर घर की ओर चल पड़ा।
      en: My name was on the list for the front, and I left the barracks for home.
    go os-land-road

  choice to-smolny
    hi: स्मोल्नी जाओ, उन थोड़े-से लोगों के पास जो अब भी सैन्य क्रांतिकारी समिति के साथ हैं।
    en: Go to Smolny, to the few who still stand with the Military Revolutionary Committee.
    only if mrc
    set os-mrc-man
    subtract 5 from garrison
    reply
      hi: स्मोल्नी के गलियारे आधे ख़ाली हैं। मज़दूरों की एक टोली का मुखिया तुम्हारी वर्दी देखकर ख़ुश हो जाता है: "एक सैनिक! कल लितेयनी पुल पर चलना।"
      en: Smolny's corridors are half empty. The leader of a workers' detachment is delighted to see your uniform: "A soldier! Come to the Liteiny bridge tomorrow."
    go os-bridges

scene os-staff-eve
  for soldier
  on 24 Oct, evening
  at barracks
  hi: मंगलवार, 24 अक्टूबर (6 नवंबर) की शाम। मार्चिंग कंपनी के झोले दीवार से टिके हैं। रात को कुछ मज़दूर बाड़ के पास आकर धीरे से बुलाते हैं: "भाइयो, मत जाओ। कल सोवियतों की कांग्रेस बैठ रही है।" कमांडर कहता है कि जो सुबह गाड़ी पर नहीं होगा, वह भगोड़ा गिना जाएगा।
  en: Tuesday evening, 24 October (6 November). The marching company's kitbags lean against the wall. At night some workers come to the fence and call softly: "Brothers, don't go. The Congress of Soviets meets tomorrow." The commander says that any man not on the train in the morning will be counted a deserter.
  note
    hi: 1917 की गर्मी और पतझड़ में मोर्चे पर जाती टुकड़ियों से बहुत-से सैनिक रास्ते में उतर जाते थे, और मोर्चे पर भी भगोड़ों की गिनती बढ़ती गई। फिर भी बहुत-सी टुकड़ियाँ आख़िर तक मोर्चे पर डटी रहीं।
    en: In the summer and autumn of 1917 many soldiers slipped away from units on their way to the front, and at the front too desertion kept rising. Yet many units held the front to the end.
  source Orlando Figes, A People's Tragedy; Richard Pipes, The Russian Revolution

  choice stay-with-list default
    hi: बाड़ से दूर रहो। कल सुबह गाड़ी पर रहोगे।
    en: Keep away from the fence. You will be on the train in the morning.
    add 3 to garrison
    go os-front-train

  choice answer-fence
    hi: बाड़ तक जाओ और मज़दूरों से पूछो कि शहर में क्या हो रहा है।
    en: Go to the fence and ask the workers what is happening in the city.
    add 3 to war-weariness
    reply
      hi: {if bridges-held}वे बताते हैं कि पुल सैन्य क्रांतिकारी समिति के लोगों और रेड गार्डों के हाथ में हैं, और युंकर शीत महल में बंद हैं।{else}वे बताते हैं कि मुख्यालय के युंकर पुलों पर हैं और मज़दूरों की टोलियाँ गलियों में।{end} "कोई नहीं जानता कि कल शहर किसके हाथ में होगा," एक औरत कहती है। "पर मोर्चे पर तुम्हारी ज़रूरत नहीं, घर पर है।"
      en: {if bridges-held}They tell you the bridges are held by the Military Revolutionary Committee's men and the Red Guards, and the junkers are shut up in the Winter Palace.{else}They tell you headquarters' junkers are on the bridges and workers' detachments in the streets.{end} "Nobody knows whose hands the city will be in tomorrow," a woman says. "But the front doesn't need you. Home does."
    go os-front-train

scene os-front-train
  for soldier
  on 25 Oct, morning
  at os-baltic-station
  hi: बुधवार, 25 अक्टूबर (7 नवंबर) की सुबह। कंपनी बाल्टिक स्टेशन के प्लेटफ़ॉर्म पर है। माल-डिब्बों पर चॉक से लिखा है: "40 आदमी या 8 घोड़े।" शहर से कभी-कभी गोलियों की आवाज़ आती है, पर प्लेटफ़ॉर्म पर सब चुप हैं। इंजन भाप छोड़ रहा है।
  en: Wednesday morning, 25 October (7 November). The company is on the platform of the Baltic station. Chalked on the goods wagons: "40 men or 8 horses". Now and then shots sound from the city, but on the platform everyone is silent. The engine lets off steam.
  note
    hi: उस युद्ध में सैनिक अक्सर मालगाड़ी के डिब्बों में ठसाठस भरकर मोर्चे तक जाते थे। डिब्बे पर चॉक से लिखी पंक्ति खेल का अपना ब्योरा है।
    en: In that war soldiers often rode to the front packed into goods wagons. The chalked line on the wagon is the game's own detail.
  source Orlando Figes, A People's Tragedy

  choice board-train default
    hi: डिब्बे में चढ़ो। {if os-was-deputy}मार्च में तुमने सोवियत में कहा था, "बस यह कह दो कि हमें मोर्चे पर नहीं भेजोगे।"{end}
    en: Climb into the wagon. {if os-was-deputy}In March you told the Soviet: "Only tell us we won't be sent to the front."{end}
    add 3 to garrison
    go os-front

  choice slip-off
    hi: आख़िरी पल में, जब इंजन सीटी देता है, दूसरी ओर से उतरकर पटरियों के पार चले जाओ।
    en: At the last moment, as the engine whistles, drop down on the far side and walk away across the tracks.
    set os-homeward
    add 3 to war-weariness
    reply
      hi: तुम्हारे बूट बजरी पर फिसलते हैं। पीछे गाड़ी धीरे-धीरे सरकती है; किसी ने तुम्हें देखा या नहीं, तुम नहीं जानते, और मुड़कर नहीं देखते।
      en: Your boots slide on the gravel. Behind you the train begins to roll; whether anyone saw you, you do not know, and you do not look back.
    journal
      hi: 25 अक्टूबर को मैं मोर्चे की गाड़ी से उतर गया।
      en: On 25 October I got off the train for the front.
    go os-land-road

# ---------------------------------------------------------------- 24 Oct: the one-period start (entry one-period)

scene os-period-start
  for soldier
  on 24 Oct, morning
  at barracks
  hi: मंगलवार, 24 अक्टूबर (6 नवंबर) की सुबह। तुम वोलिन्स्की रेजिमेंट के एक किसान सैनिक हो; फ़रवरी में तुम्हारी रेजिमेंट ने ही सबसे पहले बग़ावत की थी। अब मुख्यालय छावनी को मोर्चे पर भेजना चाहता है, और छावनी ने सोवियत की सैन्य क्रांतिकारी समिति का साथ देने का फ़ैसला किया है। भोर में सरकार के युंकरों ने बोल्शेविक अख़बार का छापाख़ाना बंद कर दिया। आँगन में समिति का कमिसार पढ़ता है: "रेजिमेंट सिर्फ़ वही आदेश मानेगी जिन पर समिति के दस्तख़त हों।" सीढ़ियों पर कर्नल कहता है: "मैं मुख्यालय के आदेश मानता हूँ।"
  en: Tuesday morning, 24 October (6 November). You are a peasant soldier of the Volynsky regiment, the first to mutiny in February. Now headquarters wants to send the garrison to the front, and the garrison has decided to stand with the Soviet's Military Revolutionary Committee. At dawn the government's junkers shut the Bolshevik paper's press. In the yard the Committee's commissar reads: "The regiment obeys only orders the Committee has signed." On the steps the colonel says: "I obey headquarters."
  note
    hi: 24 अक्टूबर (6 नवंबर) की सुबह केरेन्स्की के युंकरों ने बोल्शेविक अख़बार "राबोची पूत" (नाम बदला हुआ "प्राव्दा") का छापाख़ाना सील किया; सैन्य क्रांतिकारी समिति ने लितोव्स्की रेजिमेंट के सैनिक भेजे और दोपहर से पहले अख़बार फिर छपने लगा। तुम्हारी पाठ्यपुस्तक (NCERT) भी लिखती है कि सरकार-समर्थक फ़ौज ने दो बोल्शेविक अख़बारों पर क़ब्ज़ा किया।
    en: On the morning of 24 Oct (6 Nov) Kerensky's junkers sealed the press of the Bolshevik paper Rabochii put' (Pravda renamed); the Military Revolutionary Committee sent soldiers of the Litovsky regiment, and the paper was out again before noon. Your textbook (NCERT) too says pro-government troops seized two Bolshevik newspapers.
  source China Miéville, October: The Story of the Russian Revolution; NCERT, India and the Contemporary World – I (Class 9 History), ch. 2, sec. 3.2

  choice period-back-commissar
    hi: कमिसार के पास खड़े हो जाओ: "कंपनी समिति के आदेश मानेगी।"
    en: Stand beside the commissar: "The company will obey the Committee."
    set os-mrc-man
    subtract 5 from garrison
    go os-bridges

  choice period-neutral default
    hi: कहो: "हम बैरक की रखवाली करेंगे और किसी के लिए बाहर नहीं जाएँगे।"
    en: Say: "We guard the barracks and go out for no one."
    set os-neutral
    go os-bridges

  choice period-colonel
    hi: कर्नल के साथ खड़े हो जाओ: "आदेश मुख्यालय से आते हैं।"
    en: Stand with the colonel: "Orders come from headquarters."
    set os-staff-man
    add 8 to garrison
    go os-bridges

# ---------------------------------------------------------------- 24 Oct, afternoon: the bridges (S11; dossier §1.5)

scene os-bridges
  for soldier
  on 24 Oct, afternoon
  at liteiny-bridge
  hi: दोपहर बाद। मुख्यालय नेवा के पुल उठवाना चाहता है। {if os-mrc-man}समिति ने तुम्हारी टोली को {place} पर भेजा है।{else if os-staff-man}कर्नल ने तुम्हें देखने भेजा है कि {place} पर क्या हो रहा है।{else}कंपनी समिति ने तुम्हें देखने भेजा है कि {place} पर क्या हो रहा है।{end} पुल पर युंकरों का एक दस्ता खड़ा है — अफ़सर बनने की पढ़ाई करते सत्रह-अठारह साल के लड़के। सामने मज़दूरों और सैनिकों की भारी भीड़। {if bridges-held}युंकर भीड़ को देखते हैं, फिर एक-दूसरे को। वे हार मान रहे हैं; पुल नीचे ही रहेगा।{else}युंकर डटे हुए हैं, और भीड़ में आगे बढ़ने वाले कम हैं।{end}
  en: Afternoon. Headquarters wants the Neva bridges raised. {if os-mrc-man}The Committee has sent your detachment to {place}.{else if os-staff-man}The colonel has sent you to see what is happening at {place}.{else}The company committee has sent you to see what is happening at {place}.{end} A squad of junkers stands on the bridge: boys of seventeen or eighteen from the military schools, training to be officers. Before them a great crowd of workers and soldiers. {if bridges-held}The junkers look at the crowd, then at each other. They are giving up; the bridge will stay down.{else}The junkers are holding, and few in the crowd are pressing forward.{end}
  note
    hi: 24 अक्टूबर (6 नवंबर) की दोपहर मुख्यालय ने पुल उठवाने का आदेश दिया। लितेयनी पुल पर भारी भीड़ ने युंकरों को पीछे हटने पर मजबूर किया, और सैन्य क्रांतिकारी समिति की टुकड़ियों ने पुल, तार-घर और दूसरी जगहें अपने हाथ में लेनी शुरू कीं — ज़्यादातर बिना गोली चलाए।
    en: On the afternoon of 24 Oct (6 Nov) headquarters ordered the bridges raised. At the Liteiny bridge a great crowd forced the junkers to give way, and the Military Revolutionary Committee's units began taking the bridges, the telegraph office and other points — mostly without firing a shot.
  source China Miéville, October: The Story of the Russian Revolution; Leon Trotsky, History of the Russian Revolution

  choice junkers-go-home
    hi: युंकरों के पास जाओ, राइफ़ल पीठ पर: "घर जाओ, लड़को। तुम्हारी माँएँ राह देख रही हैं।"
    en: Walk up to the junkers, rifle on your back: "Go home, lads. Your mothers are waiting."
    set os-on-bridge
    subtract 3 from garrison
    reply
      hi: सबसे छोटा युंकर काँपते हाथों से अपनी राइफ़ल की गोलियाँ निकालता है। एक-एक करके वे पुल से उतर जाते हैं, भीड़ उनके लिए रास्ता बनाती है। कोई उन्हें छूता नहीं।
      en: The youngest junker unloads his rifle with shaking hands. One by one they walk off the bridge, and the crowd opens a way for them. Nobody touches them.
    journal
      hi: 24 अक्टूबर को लितेयनी पुल पर मैंने युंकरों को घर जाने को कहा, और वे चले गए।
      en: On 24 October at the Liteiny bridge I told the junkers to go home, and they went.
    go os-october-night

  choice hold-bridge
    hi: मज़दूरों की टोली के साथ पुल के सिरे पर डट जाओ: पुल नीचे रहेगा।
    en: Take your place with the workers' detachment at the bridgehead: the bridge stays down.
    only if os-mrc-man
    set os-on-bridge
    subtract 5 from garrison
    reply
      hi: तुम रात भर पुल के सिरे पर खड़े रहते हो, अलाव के पास, जहाँ रेड गार्ड चाय उबालते हैं। नदी काली है; उस पार शहर की बत्तियाँ एक-एक करके बुझती हैं।
      en: You stand all night at the bridgehead, by the fire where the Red Guards boil tea. The river is black; across it the city's lights go out one by one.
    journal
      hi: 24 अक्टूबर की रात मैंने सैन्य क्रांतिकारी समिति के लिए लितेयनी पुल थामा।
      en: On the night of 24 October I held the Liteiny bridge for the Military Revolutionary Committee.
    go os-october-night

  choice back-to-barracks-24 default
    hi: यह तुम्हारी लड़ाई नहीं: बैरक लौट जाओ।
    en: This is not your fight: go back to the barracks.
    set os-stepped-back
    add 2 to war-weariness
    reply
      hi: बैरक के फाटक पर पहरेदार पूछता है: "पुल पर क्या हुआ?" तुम कंधे उचका देते हो।
      en: At the barracks gate the sentry asks: "What happened at the bridge?" You shrug.
    go os-october-night

# ---------------------------------------------------------------- 25 Oct, evening: Palace Square (S12)

scene os-october-night
  for soldier
  on 25 Oct, evening
  go os-palace-square if bridges-held
  go os-no-rising

scene os-palace-square
  for soldier
  on 25 Oct, 21:00
  at palace-square
  hi: बुधवार, 25 अक्टूबर (7 नवंबर), रात नौ बजे। सरकार के हाथ में अब सिर्फ़ शीत महल बचा है। महल में मंत्री हैं, और उनकी रक्षा में युंकर, महिला मृत्यु बटालियन की कुछ औरतें और कुछ कोसैक — पर कोसैक शाम को ही घोड़े लेकर चले गए, और कुछ औरतें भी। {if os-stepped-back}कल तुम बैरक लौट आए थे; आज शाम समिति ने घेरे के लिए लोग माँगे, और तुम आए।{end} चौक के किनारे सैनिकों और रेड गार्डों का घेरा है। ठंड है, और कोई नहीं जानता कि हमले का आदेश कब आएगा।
  en: Wednesday, 25 October (7 November), nine at night. Only the Winter Palace is left in the government's hands. Inside the palace are the ministers, and defending them junkers, some women of the Women's Battalion of Death and some Cossacks — but the Cossacks rode off in the evening, and some of the women too. {if os-stepped-back}Yesterday you went back to the barracks; this evening the committee asked for men for the cordon, and you came.{end} Soldiers and Red Guards ring the edge of the square. It is cold, and nobody knows when the order to attack will come.
  note
    hi: शाम साढ़े छह बजे सैन्य क्रांतिकारी समिति ने अंतोनोव-ओव्सेयेन्को के दस्तख़त से मंत्रियों को आत्मसमर्पण की चेतावनी दी; उन्होंने मना किया। लगभग पौने दस बजे क्रूज़र अव्रोरा ने एक ख़ाली गोला (ब्लैंक) दागा — NCERT की पाठ्यपुस्तक लिखती है कि अव्रोरा ने महल पर गोले बरसाए, पर असली गोले पीटर-पॉल क़िले से चले, और उनमें से दो ही महल पर लगे। महल के रक्षक शाम भर धीरे-धीरे खिसकते गए।
    en: At half past six the Military Revolutionary Committee sent the ministers an ultimatum signed by Antonov-Ovseenko; they refused. At about a quarter to ten the cruiser Aurora fired one blank — your textbook (NCERT) says the Aurora shelled the palace, but the live shells came from the Peter and Paul Fortress, and only two of them hit. All evening the palace's defenders drifted away.
  source Richard Pipes, The Russian Revolution; John Reed, Ten Days That Shook the World; NCERT, India and the Contemporary World – I (Class 9 History), ch. 2, sec. 3.2

  choice stay-cordon default
    hi: घेरे में अपनी जगह पर डटे रहो।
    en: Hold your place in the cordon.
    set os-at-palace
    subtract 3 from garrison
    reply
      hi: पौने दस बजे नदी की ओर से एक धमाका होता है — अव्रोरा का ख़ाली गोला। पूरा चौक एक पल के लिए चुप हो जाता है, फिर कोई हँसता है: "बस आवाज़ है।" बाद में पीटर-पॉल क़िले से असली गोले चलते हैं; ज़्यादातर नदी में गिरते हैं।
      en: At a quarter to ten a bang comes from the river — the Aurora's blank. The whole square goes silent for a moment; then someone laughs: "Only noise." Later live shells come from the Peter and Paul Fortress; most fall in the river.
    journal
      hi: 25 अक्टूबर की रात मैं शीत महल के घेरे में था।
      en: On the night of 25 October I was in the cordon round the Winter Palace.
    go os-palace-night

  choice open-way
    hi: उन लोगों के साथ जाओ जो महल छोड़ने वाले कोसैकों और औरतों के लिए घेरे में रास्ता खोल रहे हैं।
    en: Go with the men who are opening the cordon for the Cossacks and the women leaving the palace.
    set os-at-palace
    subtract 2 from garrison
    reply
      hi: एक औरत सैनिक, तुम्हारी पत्नी जितनी उम्र की, बिना कुछ कहे तुम्हारे पास से गुज़रती है; उसकी राइफ़ल कंधे पर उलटी लटकी है। पीछे कोई गाली देता है; तुम उसकी ओर मुड़कर देखते हो, और वह चुप हो जाता है।
      en: A woman soldier, about your wife's age, walks past you without a word, her rifle slung upside down. Behind you someone shouts an insult; you turn and look at him, and he falls silent.
    go os-palace-night

  choice guard-troitsky
    hi: घेरे की जगह पुल की चौकी लो: समिति को त्रोइत्स्की पुल पर आदमी चाहिए।
    en: Take a bridge post instead of the cordon: the Committee needs men on the Troitsky bridge.
    set os-on-bridge
    reply
      hi: पुल पर हवा नदी से सीधी आती है। यहाँ से महल की रोशन खिड़कियाँ दिखती हैं, पर उसकी आवाज़ें नहीं आतीं।
      en: On the bridge the wind comes straight off the river. From here you can see the palace's lit windows, but not hear it.
    go os-bridge-night

  choice back-to-barracks-25
    hi: बैरक लौट जाओ। जो होना है, वह तुम्हारे बिना भी होगा।
    en: Go back to the barracks. Whatever happens will happen without you.
    set os-stepped-back
    reply
      hi: तुम अँधेरी गलियों से लौटते हो। पीछे चौक पर कोई तुम्हें नहीं पुकारता।
      en: You walk back through the dark streets. Behind you on the square, nobody calls after you.
    go os-barracks-night

# ---------------------------------------------------------------- 26 Oct, about 2 a.m.: the Winter Palace

scene os-palace-night
  for soldier
  on 26 Oct, 02:30
  at winter-palace
  hi: गुरुवार, 26 अक्टूबर (8 नवंबर), रात ढाई बजे। {if palace-taken}लगभग दो बजे भीड़ महल में घुसी — किसी हमले की तरह नहीं, ज़्यादातर खुले दरवाज़ों और खिड़कियों से। अब तुम सुनहरे गलियारों में हो, जहाँ झाड़-फ़ानूसों के नीचे घायलों के अस्पताल के बिस्तर लगे हैं। कुछ लोग परदे और चाँदी के चम्मच उठा रहे हैं; दूसरे चिल्लाते हैं: "जनता की संपत्ति है, हाथ मत लगाओ!" सीढ़ी के नीचे युंकरों को निहत्था करके पंक्ति में खड़ा किया गया है। एक गलियारा शराब के तहख़ानों की ओर जाता है।{else}महल नहीं गिरा। रात भर दोनों ओर से कभी-कभी गोली चलती रही; युंकर भीतर डटे हैं, और घेरा ठंड में बिखरता जा रहा है। किसी को नहीं पता कि मोर्चे से फ़ौज आएगी या नहीं।{end}
  en: Thursday, 26 October (8 November), half past two in the morning. {if palace-taken}At about two the crowd went into the palace — not like a storming, mostly through open doors and windows. Now you are in the gilded corridors, where hospital beds for the wounded stand under the chandeliers. Some men are carrying off curtains and silver spoons; others shout: "It's the people's property, hands off!" Below the staircase the junkers, disarmed, stand in a line. One corridor leads down to the wine cellars.{else}The palace has not fallen. All night shots have come now and then from both sides; the junkers hold out inside, and the cordon is melting away in the cold. Nobody knows whether troops will come from the front.{end}
  if os-hid-officer
    hi: युंकरों की पंक्ति में तुम्हें फ़रवरी वाला वह जवान अफ़सर दिखता है जिसे तुमने गोदाम में छिपाया था — अब वह इन लड़कों का प्रशिक्षक है।
    en: In the line of junkers you see the young officer you hid in the store room in February — he is these boys' instructor now.
  note
    hi: महल में लगभग दो-सवा दो बजे प्रवेश हुआ; मंत्रियों को गिरफ़्तार करके पीटर-पॉल क़िले भेजा गया, और उस रात बहुत कम लोग मारे गए। कुछ लूटपाट हुई; नगर ड्यूमा के एक आयोग ने महिला सैनिकों के साथ दुर्व्यवहार के कुछ मामले भी दर्ज किए — इन ब्योरों पर इतिहासकार एकमत नहीं। पाइप्स जैसे इतिहासकार लिखते हैं कि बाद के हफ़्तों में शराब के तहख़ानों की लूट — महल के तहख़ानों से शुरू होकर — शहर की बड़ी समस्या बन गई। NCERT की पाठ्यपुस्तक कहती है कि "रात होते-होते" मंत्रियों ने आत्मसमर्पण कर दिया; असल में यह 26 अक्टूबर की रात लगभग दो बजे हुआ।
    en: The palace was entered at about 2 to 2:10 a.m.; the ministers were arrested and taken to the Peter and Paul Fortress, and very few people died that night. There was some looting; a City Duma commission also recorded cases of abuse of women soldiers — details historians dispute. Historians such as Pipes write that in the weeks after, the looting of wine cellars — beginning with the palace's — became a serious problem for the city. Your textbook (NCERT) says the ministers surrendered "by nightfall"; in fact it was at about 2 a.m. on 26 October.
  source John Reed, Ten Days That Shook the World; Richard Pipes, The Russian Revolution; China Miéville, October: The Story of the Russian Revolution; NCERT, India and the Contemporary World – I (Class 9 History), ch. 2, sec. 3.2

  choice guard-cellar default
    hi: {if palace-taken}तहख़ाने के दरवाज़े पर पहरा दो: आज रात कोई नशे में राइफ़ल लेकर नहीं घूमेगा।{else}घेरे में डटे रहो, सुबह तक।{end}
    en: {if palace-taken}Stand guard at the cellar door: nobody is going to roam the city drunk with a rifle tonight.{else}Hold your place in the cordon until morning.{end}
    subtract 2 from garrison
    reply
      hi: {if palace-taken}तुम सुबह तक दरवाज़े पर खड़े रहते हो। तीन बार लोग आते हैं; तीन बार तुम उन्हें लौटा देते हो। एक बार एक नाविक तुम पर राइफ़ल तानता है, फिर हँसकर चला जाता है।{else}भोर होते-होते महल के भीतर से एक सफ़ेद कपड़ा हिलता है, फिर ग़ायब हो जाता है। तुम ठिठुरते हुए खड़े रहते हो।{end}
      en: {if palace-taken}You stand at the door until morning. Three times men come; three times you turn them away. Once a sailor points his rifle at you, then laughs and walks off.{else}Towards dawn a white cloth waves from inside the palace, then vanishes. You stand there, frozen.{end}
    journal
      hi: {if palace-taken}26 अक्टूबर की रात मैंने शीत महल के तहख़ाने पर पहरा दिया।{else}26 अक्टूबर की रात महल नहीं गिरा; मैं सुबह तक घेरे में रहा।{end}
      en: {if palace-taken}On the night of 26 October I guarded the Winter Palace's cellar.{else}On the night of 26 October the palace did not fall; I stayed in the cordon until morning.{end}
    go os-palace

  choice escort-junkers
    hi: {if palace-taken}युंकरों को महल से बाहर ले जाने वालों में शामिल हो जाओ, और देखो कि कोई उन्हें हाथ न लगाए।{else}घेरा छोड़ दो और स्मोल्नी जाकर बताओ कि यहाँ क्या हाल है।{end}
    en: {if palace-taken}Join the men taking the junkers out of the palace, and see that nobody lays a hand on them.{else}Leave the cordon and go to Smolny to report how things stand here.{end}
    add 2 to war-weariness
    reply
      hi: {if palace-taken}चौक में तुम उनसे कहते हो: "घर जाओ।" वे बिना पीछे देखे अँधेरे में चले जाते हैं।{else}स्मोल्नी में कोई तुम्हारी बात पूरी नहीं सुनता; सबकी आँखें सभा-भवन की ओर हैं, जहाँ सोवियतों की कांग्रेस बैठी है।{end}
      en: {if palace-taken}On the square you tell them: "Go home." They walk off into the dark without looking back.{else}At Smolny nobody hears you out; every eye is on the assembly hall, where the Congress of Soviets sits.{end}
    go os-palace

  choice walk-away-palace
    hi: बहुत देख लिया। बैरक लौट जाओ।
    en: You have seen enough. Go back to the barracks.
    set os-stepped-back
    go os-barracks-night

scene os-bridge-night
  for soldier
  on 26 Oct, 02:30
  at os-troitsky
  hi: गुरुवार, 26 अक्टूबर (8 नवंबर), रात ढाई बजे। पुल की चौकी पर अलाव जल रहा है। {if palace-taken}नदी के उस पार से ख़बर आती है: महल ले लिया गया, मंत्री पीटर-पॉल क़िले जा रहे हैं। रेड गार्ड ख़ुशी से चिल्लाते हैं, पर तुम्हारे साथ खड़ा एक बूढ़ा मज़दूर कहता है: "अब असली मुश्किल शुरू होगी।"{else}महल से अब भी कभी-कभी गोली की आवाज़ आती है; अब तक कोई ख़बर नहीं।{end} स्मोल्नी से एक साइकिल सवार आता है: सोवियतों की कांग्रेस बैठ गई है; मेन्शेविक और दक्षिणपंथी समाजवादी क्रांतिकारी इसे "सैनिक षड्यंत्र" कहकर बाहर चले गए।
  en: Thursday, 26 October (8 November), half past two in the morning. A fire burns at the bridge post. {if palace-taken}Word comes across the river: the palace is taken, the ministers are on their way to the Peter and Paul Fortress. The Red Guards cheer, but an old worker beside you says: "Now the real trouble starts."{else}Shots still come now and then from the palace; there is no news yet.{end} A cyclist comes from Smolny: the Congress of Soviets has opened; the Mensheviks and the Right SRs have walked out, calling it a "military plot".
  note
    hi: दूसरी अखिल रूसी सोवियत कांग्रेस 25 अक्टूबर की रात 10:40 पर स्मोल्नी में खुली; ज़्यादातर प्रतिनिधि "सारी सत्ता सोवियतों को" के पक्ष में थे। मेन्शेविक और दक्षिणपंथी समाजवादी क्रांतिकारी विद्रोह को "सैनिक षड्यंत्र" कहकर बाहर चले गए।
    en: The Second All-Russian Congress of Soviets opened at Smolny at 10:40 p.m. on 25 October; most delegates favoured "all power to the soviets". The Mensheviks and Right SRs walked out, calling the rising a "military plot".
  source China Miéville, October: The Story of the Russian Revolution; John Reed, Ten Days That Shook the World

  choice keep-post default
    hi: चौकी पर रहो, सुबह तक: पुल किसी का भी हो, उस पर कोई गोली नहीं चलेगी।
    en: Stay at your post until morning: whoever the bridge belongs to, nobody fires on it.
    subtract 2 from garrison
    go os-bridge

  choice go-hear-congress
    hi: किसी और को चौकी सौंपो और स्मोल्नी जाकर कांग्रेस सुनो।
    en: Hand over the post and go to Smolny to hear the Congress.
    add 1 to os-voice
    reply
      hi: स्मोल्नी के सभा-भवन में धुआँ और थकान है। गलियारों में सैनिक फ़र्श पर सो रहे हैं। कोई पढ़कर सुनाता है कि सत्ता अब सोवियतों की है।
      en: In Smolny's assembly hall there is smoke and exhaustion. Soldiers sleep on the corridor floors. Someone reads out that power now belongs to the soviets.
    go os-bridge

scene os-barracks-night
  for soldier
  on 26 Oct, 02:30
  at barracks
  hi: गुरुवार, 26 अक्टूबर (8 नवंबर), रात ढाई बजे। बैरक में कोई नहीं सोता।{if bridges-held and not os-at-palace} रात को नदी की ओर से धमाका सुनाई दिया था, फिर तोपों की दूर की आवाज़ें।{end} {if palace-taken}अभी-अभी एक साइकिल सवार आँगन में चिल्लाया: "महल ले लिया! मंत्री गिरफ़्तार!" कुछ लोग उछल पड़ते हैं, कुछ करवट बदल लेते हैं।{else if bridges-held}अब तक कोई ख़बर नहीं आई कि महल गिरा या नहीं।{else}शहर चुप है; उठे हुए पुल काले पानी के ऊपर खड़े हैं।{end} {if os-neutral}तुम्हारी कंपनी ने अपना वादा निभाया: वह किसी के लिए बाहर नहीं गई।{end} {if os-homeward}तुम्हारी जेब में पत्नी की आख़िरी चिट्ठी है।{end}
  en: Thursday, 26 October (8 November), half past two in the morning. Nobody in the barracks sleeps.{if bridges-held and not os-at-palace} In the night a bang came from the river, then the distant sound of guns.{end} {if palace-taken}Just now a cyclist shouted in the yard: "The palace is taken! The ministers arrested!" Some men jump up; some turn over.{else if bridges-held}No news yet of whether the palace has fallen.{else}The city is quiet; the raised bridges stand over the black water.{end} {if os-neutral}Your company kept its word: it went out for no one.{end} {if os-homeward}Your wife's last letter is in your pocket.{end}

  choice keep-gate default
    hi: फाटक पर रहो, कंपनी के साथ, जब तक सुबह न हो और पता न चले कि शहर किसका है।
    en: Stay at the gate with the company until morning, when you will know whose city it is.
    add 1 to os-voice
    go os-neutral

  choice start-home
    hi: अपना झोला बाँधो। सुबह पहली गाड़ी से गाँव — अब तुम्हें कौन रोकेगा?
    en: Pack your kit. The first train home in the morning — who is going to stop you now?
    set os-homeward
    add 3 to war-weariness
    go os-land-road

# ---------------------------------------------------------------- 25 Oct: the world where the rising did not come

scene os-no-rising
  for soldier
  on 25 Oct, evening
  at barracks
  hi: बुधवार, 25 अक्टूबर (7 नवंबर) की शाम। पुल उठा दिए गए हैं, और युंकर उन पर पहरा दे रहे हैं; मज़दूरों की टोलियाँ अपने इलाक़ों में लौट गई हैं।{if mrc} सैन्य क्रांतिकारी समिति के कमिसार रेजिमेंटों से लौटा दिए गए हैं।{end} स्मोल्नी में सोवियतों की कांग्रेस तो बैठ रही है, पर उसके पीछे कोई फ़ौज नहीं। मुख्यालय की सूचियाँ फिर पढ़ी जा रही हैं: मार्चिंग कंपनियाँ इसी हफ़्ते मोर्चे पर जाएँगी।
  en: Wednesday evening, 25 October (7 November). The bridges have been raised, and junkers guard them; the workers' detachments have gone back to their districts.{if mrc} The Military Revolutionary Committee's commissars have been turned away from the regiments.{end} At Smolny the Congress of Soviets is meeting, but no troops stand behind it. Headquarters' lists are being read again: the marching companies leave for the front this week.
  note
    hi: यह वैकल्पिक इतिहास है। असल में पेत्रोग्राद की छावनी ने सैन्य क्रांतिकारी समिति का साथ दिया या तटस्थ रही, पुल समिति के हाथ में रहे, और 25–26 अक्टूबर की रात अस्थायी सरकार गिर गई। इतिहासकार पूछते हैं कि अगर छावनी मुख्यालय की बात मान लेती, तो क्या बोल्शेविक अकेले मज़दूरों के भरोसे सत्ता ले पाते।
    en: This is an alternative history. In fact the Petrograd garrison backed the Military Revolutionary Committee or stayed neutral, the bridges stayed in the Committee's hands, and the Provisional Government fell on the night of 25–26 October. Historians ask whether, had the garrison obeyed headquarters, the Bolsheviks could have taken power with the workers alone.
  source Alexander Rabinowitch, "The Bolsheviks Come to Power in Petrograd: Centennial Reflections", Economic and Political Weekly (2017); Richard Pipes, The Russian Revolution

  choice take-the-list default
    hi: सूची में अपना नाम सुनो और झोला बाँधो।
    en: Hear your name on the list and pack your kit.
    add 3 to garrison
    go os-front-train

  choice committee-holds-company
    hi: समिति से कहो: "कंपनी बैरक में रहेगी, जब तक संविधान सभा न बैठे।"
    en: Tell the committee: "The company stays in the barracks until the Constituent Assembly meets."
    set os-neutral
    subtract 3 from garrison
    go os-barracks-night

  choice leave-for-home
    hi: रात को चुपचाप निकल जाओ और घर की गाड़ी पकड़ो।
    en: Slip out in the night and catch a train home.
    set os-homeward
    add 3 to war-weariness
    go os-land-road

# ---------------------------------------------------------------- 27 Oct: the road home

scene os-land-road
  for soldier
  on 27 Oct, morning
  at os-city-station
  hi: शुक्रवार, 27 अक्टूबर (9 नवंबर) की सुबह। स्टेशन पर भीड़ है: सैनिक, झोले, बोरे, कोई टिकट नहीं लेता। {if decrees}दीवार पर एक ताज़ा छपा काग़ज़ चिपका है, और एक सैनिक उसे भीड़ को ज़ोर से पढ़कर सुना रहा है: सोवियतों की कांग्रेस का भूमि का आदेश। भीड़ चुप होकर सुनती है, फिर कोई अपनी टोपी हवा में उछाल देता है।{else}कोई नया आदेश नहीं आया, पर सब कहते हैं कि गाँवों में किसान ख़ुद ज़मीन बाँट रहे हैं, और जो वहाँ नहीं होगा, उसके हिस्से कुछ नहीं आएगा।{end}
  en: Friday morning, 27 October (9 November). The station is crowded: soldiers, kitbags, sacks; nobody buys a ticket. {if decrees}A freshly printed sheet is pasted on the wall, and a soldier is reading it aloud to the crowd: the Congress of Soviets' Decree on Land. The crowd listens in silence; then someone throws his cap in the air.{else}No new decree has come, but everyone says that in the villages the peasants are sharing out the land themselves, and a man who isn't there will get nothing.{end}
  note
    hi: 26 अक्टूबर (8 नवंबर) की रात सोवियतों की कांग्रेस ने शांति का आदेश और भूमि का आदेश पास किया, और लेनिन के नेतृत्व में जन-कमिसार परिषद (सोवनार्कोम) बनाई। NCERT के अनुसार ज़मीन को सामाजिक संपत्ति घोषित किया गया और किसानों को कुलीनों की ज़मीन पर क़ब्ज़े की छूट दी गई। बहुत-से किसान सैनिक इसके बाद अपने गाँव लौट गए।
    en: On the night of 26 Oct (8 Nov) the Congress of Soviets passed the Decree on Peace and the Decree on Land and formed the Council of People's Commissars (Sovnarkom) under Lenin. Your textbook (NCERT) says land was declared social property and peasants were allowed to seize the land of the nobility. Many peasant soldiers then went home to their villages.
  source NCERT, India and the Contemporary World – I (Class 9 History), ch. 2, sec. 4; China Miéville, October: The Story of the Russian Revolution; Orlando Figes, A People's Tragedy

  choice board-home default
    hi: गाड़ी की छत पर चढ़ जाओ{if os-went-home} — जैसे मार्च में —{end} और घर चलो।
    en: Climb onto the roof of the train{if os-went-home} — as in March —{end} and go home.
    go os-land

  choice turn-back
    hi: आख़िरी पल में लौट जाओ: कंपनी को अभी तुम्हारी ज़रूरत है, और संविधान सभा के चुनाव आ रहे हैं।
    en: Turn back at the last moment: the company still needs you, and the Constituent Assembly elections are coming.
    clear os-homeward
    add 1 to os-voice
    go os-neutral
