format 2
# The soldier, April – October 1917 (Old Style): the same Volynsky reservist as in March, months later.
#
# os-start is a junction on the carried March ending:
#   s-deputy → os-spring-deputy · s-committee → os-spring-committee · s-village → os-return (he is called
#   back to the reserve battalion in April) · s-held → os-spring-held · s-waited or a fresh start → os-spring
# then the bridge (short played scenes): 20–21 Apr os-april (→ os-april-guns) or os-april-quiet
#   → 16 Jun os-june → 3 Jul os-july → 6 Jul os-july-after
#   → 28 Aug os-kornilov (→ os-kornilov-station / os-kornilov-guard) or os-august-quiet
#   → 26 Sep os-september → 9 Oct os-order → 21 Oct os-conference
#   → 23 Oct os-commissar (the garrison with the MRC) or os-staff-order (the garrison obeyed the staff)
#   → 24–26 Oct (soldier-october.story) → endings (soldier-endings.story).
#
# The soldier moves `garrison` (the garrison's obedience to the government) and `war-weariness`; the world
# flags are set only by the city's events and are read here. His own number os-voice (his word in the
# company) opens the committee's choices. Ethics: violence is narrated, never played or rewarded; the player
# never kills; every scene of the night of 24–26 Oct offers a way to step back.

# ---------------------------------------------------------------- places only the soldier uses

place os-village
  hi: तुम्हारा गाँव
  en: your village
place os-station
  hi: शहर के दक्षिण में एक छोटा रेलवे स्टेशन
  en: a small railway station south of the city
place os-baltic-station
  hi: बाल्टिक रेलवे स्टेशन
  en: the Baltic railway station
place os-troitsky
  hi: त्रोइत्स्की पुल
  en: the Troitsky bridge
place os-city-station
  hi: पेत्रोग्राद का एक रेलवे स्टेशन
  en: a Petrograd railway station

# ---------------------------------------------------------------- the soldier's own variables

player number os-voice 0 to 10 = 3
  hi: कंपनी में तुम्हारी बात का वज़न
  en: Your word in the company

# Carried from the March act (design §A1). Until the carry construct lands, the lines stay commented out
# and a fresh player has them all `no`: the soldier who waited in March, history's soldier.
player flag os-was-deputy
  carried from ending s-deputy
player flag os-was-committee
  carried from ending s-committee
player flag os-went-home
  carried from ending s-village
player flag os-was-held
  carried from ending s-held
player flag os-fired
  carried from s-fired
player flag os-hid-officer
  carried from s-hid-officer
player flag os-informed
  carried from s-informed

# What he does in the act (hidden).
player flag os-on-committee
player flag os-homeward
player flag os-marched-july
player flag os-met-cavalry
player flag os-mrc-man
player flag os-neutral
player flag os-staff-man
player flag os-stepped-back
player flag os-at-palace
player flag os-on-bridge

# ---------------------------------------------------------------- the start: a junction on the March ending

scene os-start
  for soldier
  if os-was-committee or os-was-deputy
    set os-on-committee
    add 2 to os-voice
  end
  go os-return if os-went-home
  go os-spring-deputy if os-was-deputy
  go os-spring-committee if os-was-committee
  go os-spring-held if os-was-held
  go os-spring

# ---------------------------------------------------------------- April: Order No. 1 in practice (S8)

text os-kirpichnikov
  hi: फ़रवरी में दस्ते को बाहर ले जाने वाले सार्जेंट-मेजर किर्पिचनिकोव को अब अख़बार "क्रांति का पहला सैनिक" कहते हैं; उनकी तरक़्क़ी हो गई है, और वे बैरक में कम ही दिखते हैं।
  en: Kirpichnikov, the sergeant-major who led the detachment out in February, is "the first soldier of the revolution" in the papers now; he has been promoted, and is seldom seen in the barracks.

text os-order-one-room
  hi: भोजनालय की दीवार पर आदेश संख्या 1 टँगा है, और उसके नीचे मेज़ पर कंपनी समिति बैठती है: एक नायक, दो सिपाही और रजिस्टर लिए एक क्लर्क।
  en: Order No. 1 hangs on the wall of the mess, and under it the company committee sits at a table: a corporal, two privates and a clerk with a register.

scene os-spring
  for soldier
  on 12 Apr, evening
  at barracks
  hi: बुधवार, 12 अप्रैल (25 अप्रैल)। बैरक के आँगन में वसंत का कीचड़ है। मार्च में, जब रेजिमेंट उठी, तुम उन बहुतों में थे जिन्होंने इंतज़ार किया। अब बदलाव ख़ुद तुम तक आ गया है। {os-kirpichnikov} {os-order-one-room} आज का सवाल: मोर्चे से घायल होकर लौटा नया कंपनी कमांडर, एक लेफ़्टिनेंट, सुबह की क़वायद फिर शुरू करना चाहता है। "क़वायद ड्यूटी है," वह कहता है, "और तुम्हारा अपना आदेश कहता है कि ड्यूटी पर अनुशासन सख़्त रहेगा।" सैनिक बड़बड़ाते हैं। समिति की नज़रें कमरे में किसी ऐसे आदमी को ढूँढ़ती हैं जो बोले।
  en: Wednesday, 12 April (25 April). Spring mud in the barracks yard. In March, when the regiment rose, you were one of the many who waited. Now the change has come to you. {os-kirpichnikov} {os-order-one-room} Today's question: the new company commander, a lieutenant back from the front with a wound, wants morning drill again. "Drill is duty," he says, "and on duty, your own Order says, discipline is strict." The men grumble. The committee looks round the room for someone who will speak.
  note
    hi: आदेश संख्या 1 (1 मार्च / 14 मार्च) ने हर टुकड़ी में चुनी हुई समिति बनाई और हथियार उसके हाथ में दिए; ड्यूटी पर सख़्त अनुशासन, ड्यूटी के बाहर नागरिक के पूरे अधिकार। वसंत में समितियाँ खाना, छुट्टी, अफ़सरों से बर्ताव और मोर्चे पर भेजी जाने वाली टुकड़ियों तक पर बहस करती थीं। कुछ इतिहासकार इसमें फ़ौज के बिखरने की शुरुआत देखते हैं, दूसरे पहली बार सैनिकों को मिली इज़्ज़त।
    en: Order No. 1 (1 Mar / 14 Mar) set up an elected committee in every unit and put the weapons in its hands; strict discipline on duty, a citizen's full rights off duty. In the spring committees argued over food, leave, how officers treated the men, and even the drafts sent to the front. Some historians see in this the start of the army's collapse; others the soldiers' first dignity.
  source Petrograd Soviet, Order No. 1 (1 March 1917); Orlando Figes, A People's Tragedy; NCERT, India and the Contemporary World – I (Class 9 History), ch. 2, sec. 3.1

  choice speak-for-hours
    hi: खड़े होकर बोलो: "क़वायद हाँ — पर उसके घंटे समिति तय करेगी, अकेला लेफ़्टिनेंट नहीं।"
    en: Stand up and speak: "Drill, yes — but the committee sets the hours, not the lieutenant alone."
    set os-on-committee
    add 2 to os-voice
    reply
      hi: सैनिक पहले हँसते हैं, फिर सिर हिलाते हैं। लेफ़्टिनेंट कुछ पल चुप रहता है, फिर कहता है: "ठीक है। घंटे तुम लिख दो।" बैठक ख़त्म होने से पहले क्लर्क समिति के रजिस्टर में तुम्हारा नाम भी जोड़ देता है।
      en: The men laugh first, then nod. The lieutenant is silent a moment, then says: "Very well. You write down the hours." Before the meeting ends, the clerk adds your name to the committee's register.
    journal
      hi: क़वायद के घंटों पर मैं बोला, और कंपनी ने मुझे समिति में ले लिया।
      en: I spoke about the drill hours, and the company put me on its committee.
    go os-april-start

  choice back-lieutenant
    hi: कहो कि लेफ़्टिनेंट ठीक कहता है: जो कंपनी क़वायद नहीं करती, वह खाई में नहीं टिकती।
    en: Say the lieutenant is right: a company that does not drill will not hold a trench.
    add 5 to garrison
    reply
      hi: पीछे से कोई बुदबुदाता है: "अफ़सरों का आदमी।" लेफ़्टिनेंट तुम्हें छोटा-सा सलाम करता है — ड्यूटी के बाहर उसे इसकी ज़रूरत नहीं थी।
      en: Someone at the back mutters: "Officers' man." The lieutenant gives you a small salute — off duty, he had no need to.
    go os-april-start

  choice vote-with-room default
    hi: चुप रहो और कमरे के साथ हाथ उठाओ।
    en: Keep quiet and vote with the room.
    subtract 1 from os-voice
    add 2 to war-weariness
    reply
      hi: हाथ गिने जाते हैं। किसी को याद नहीं रहता कि तुम्हारा हाथ किस ओर उठा था — और तुम्हें यही ठीक लगता है।
      en: The hands are counted. Nobody remembers which way yours went — and that suits you.
    go os-april-start

scene os-spring-committee
  for soldier
  on 12 Apr, evening
  at barracks
  hi: बुधवार, 12 अप्रैल (25 अप्रैल)। मार्च की उस रात से राइफ़लों की अलमारी की चाबियाँ तुम्हारी जेब में हैं। {os-kirpichnikov} {os-order-one-room} समिति अब हर शाम बैठती है, और हर शाम सवाल बड़े होते जाते हैं। आज गाँवों से चिट्ठियाँ आई हैं: बुवाई सिर पर है, घर पर हल चलाने वाला कोई नहीं। बीस आदमी छुट्टी माँग रहे हैं। कंपनी कमांडर कहता है, "अगर आधी कंपनी गाँव चली गई, तो लौटेगी नहीं।"
  en: Wednesday, 12 April (25 April). Since that night in March the keys to the rifle racks have been in your pocket. {os-kirpichnikov} {os-order-one-room} The committee sits every evening now, and every evening the questions grow. Today letters have come from the villages: the sowing is due, and there is no one at home to plough. Twenty men are asking for leave. The company commander says: "If half the company goes home, it will not come back."
  note
    hi: 1917 के वसंत में किसान सैनिक बुवाई के लिए घर जाना चाहते थे, और बहुत-सी समितियाँ छुट्टियाँ बाँटने का काम ख़ुद करने लगीं। अफ़सरों के हाथ से अधिकार खिसक रहा था, पर समितियाँ अक्सर व्यवस्था भी रखती थीं: आदेश संख्या 1 ड्यूटी पर सख़्त अनुशासन माँगता था।
    en: In the spring of 1917 peasant soldiers wanted to go home for the sowing, and many committees took over granting leave themselves. Authority was slipping from the officers, but committees often kept order too: Order No. 1 demanded strict discipline on duty.
  source Petrograd Soviet, Order No. 1 (1 March 1917); Orlando Figes, A People's Tragedy

  choice leave-by-lot default
    hi: समिति से कहो कि छुट्टियाँ पर्ची डालकर बाँटी जाएँ — हर गाँव से एक आदमी, और सबके लौटने की तारीख़ रजिस्टर में।
    en: Have the committee grant leave by lot — one man from each village, and every return date in the register.
    add 1 to os-voice
    add 3 to war-weariness
    reply
      hi: टोपी में पर्चियाँ डाली जाती हैं। जिनके नाम निकलते हैं, वे ख़ुशी से चिल्लाते हैं; बाक़ी उनके हाथ घर के लिए चिट्ठियाँ थमा देते हैं। कमांडर रजिस्टर देखता है और कुछ नहीं कहता।
      en: Slips go into a cap. The men whose names come out shout for joy; the rest press letters for home into their hands. The commander looks over the register and says nothing.
    journal
      hi: समिति ने पर्ची डालकर बुवाई की छुट्टियाँ बाँटीं।
      en: The committee shared out leave for the sowing by lot.
    go os-april-start

  choice keep-duty
    hi: आदेश की वह पंक्ति पढ़कर सुनाओ जो ड्यूटी पर सख़्त अनुशासन माँगती है: इस वसंत कोई छुट्टी नहीं।
    en: Read out the line of the Order that demands strict discipline on duty: no leave this spring.
    add 5 to garrison
    subtract 1 from os-voice
    reply
      hi: कमरा चुप हो जाता है। कमांडर सिर हिलाता है। उस रात कोई तुम्हारे बिस्तर पर एक पर्चा छोड़ जाता है: "चाबियाँ किसकी जेब में हैं, यह मत भूलना।"
      en: The room goes quiet. The commander nods. That night someone leaves a note on your bunk: "Don't forget whose pocket the keys are in."
    go os-april-start

scene os-spring-deputy
  for soldier
  on 12 Apr, evening
  at tauride
  hi: बुधवार, 12 अप्रैल (25 अप्रैल)। तुम अब भी अपनी कंपनी के प्रतिनिधि हो, और {place} में सोवियत का सैनिक विभाग हर दिन बैठता है। नौ दिन पहले लेनिन फ़िनलैंड स्टेशन पर उतरे थे, और उनकी "अप्रैल थीसिस" पर गलियारों में बहस है: अस्थायी सरकार का कोई समर्थन नहीं, युद्ध ख़त्म करो, सारी सत्ता सोवियतों को। सोवियत के नेता — मेन्शेविक त्सेरेतेली और उनके साथी — जवाब देते हैं: "क्रांतिकारी रक्षा": जब तक शांति नहीं होती, मोर्चा थामे रखो, वरना जर्मन क्रांति को कुचल देंगे।
  en: Wednesday, 12 April (25 April). You are still your company's deputy, and the Soviet's soldiers' section sits every day in {place}. Nine days ago Lenin stepped off the train at the Finland Station, and the corridors argue about his "April Theses": no support for the Provisional Government, end the war, all power to the soviets. The Soviet's leaders — the Menshevik Tsereteli and his friends — answer with "revolutionary defence": until there is peace, hold the front, or the Germans will crush the revolution.
  note
    hi: लेनिन 3 अप्रैल (16 अप्रैल) को लौटे; अप्रैल थीसिस में उन्होंने युद्ध ख़त्म करने, किसानों को ज़मीन देने और बैंकों के राष्ट्रीयकरण की माँग की (NCERT)। उस समय सोवियत में मेन्शेविकों और समाजवादी क्रांतिकारियों का बहुमत था, और उसकी नीति "क्रांतिकारी रक्षा" थी: हमला नहीं, पर मोर्चा भी नहीं छोड़ना।
    en: Lenin returned on 3 Apr (16 Apr); in the April Theses he called for an end to the war, land for the peasants and the nationalisation of the banks (NCERT). At the time Mensheviks and Socialist Revolutionaries held the Soviet's majority, and its policy was "revolutionary defence": no conquests, but no abandoning the front either.
  source NCERT, India and the Contemporary World – I (Class 9 History), ch. 2, sec. 3.1; China Miéville, October: The Story of the Russian Revolution

  choice side-with-defence default
    hi: सैनिक विभाग में "क्रांतिकारी रक्षा" के पक्ष में हाथ उठाओ: मोर्चा थामो, और सरकार पर दबाव डालो कि वह शांति की बात करे।
    en: Raise your hand in the soldiers' section for "revolutionary defence": hold the front, and press the government to talk of peace.
    add 3 to garrison
    reply
      hi: बहुमत तुम्हारे साथ है। बाहर निकलते हुए एक बूढ़ा सिपाही तुमसे पूछता है: "और अगर सरकार शांति की बात न करे, तो?" तुम्हारे पास जवाब नहीं।
      en: The majority is with you. On the way out an old soldier asks you: "And if the government won't talk of peace — what then?" You have no answer.
    go os-april-start

  choice hear-bolsheviks
    hi: बोल्शेविक वक्ताओं की बात सुनो, और कंपनी में लौटकर बताओ कि वे क्या कहते हैं।
    en: Listen to the Bolshevik speakers, and go back and tell the company what they say.
    add 3 to bolsheviks
    add 3 to war-weariness
    reply
      hi: कंपनी में सैनिक "शांति" शब्द पर ऐसे झपटते हैं जैसे भूखा रोटी पर। पर समिति का क्लर्क पूछता है: "और जर्मन?" देर रात तक बहस चलती है।
      en: In the company the men seize on the word "peace" as a hungry man seizes bread. But the committee's clerk asks: "And the Germans?" The argument runs late into the night.
    journal
      hi: मैंने कंपनी को लेनिन की थीसिस के बारे में बताया।
      en: I told the company about Lenin's theses.
    go os-april-start

# The soldier who went home in March: called back to the reserve battalion in April.
scene os-return
  for soldier
  on 8 Apr, morning
  at os-village
  hi: शनिवार, 8 अप्रैल (21 अप्रैल)। मार्च में तुम रेलगाड़ी की छत पर बैठकर गाँव लौट आए थे। पत्नी ने तुम्हें ऐसे देखा जैसे कोई मरा हुआ लौट आया हो; फिर चूल्हा जलाया। पर ज़मीन नहीं बँटी। गाँव के बुज़ुर्ग कहते हैं कि ज़मींदार की ज़मीन का फ़ैसला संविधान सभा करेगी, और वह अभी चुनी भी नहीं गई। आज वोलोस्त (कई गाँवों का प्रशासनिक इलाक़ा) के दफ़्तर से एक काग़ज़ आया है: रिज़र्व बटालियन से ग़ायब आदमी अपनी टुकड़ी में लौटें। पत्नी काग़ज़ पढ़कर सुनाती है, फिर कहती है: "जो अभी भागेगा, उसकी ज़मीन के सवाल पर कोई नहीं सुनेगा।"
  en: Saturday, 8 April (21 April). In March you rode home on the roof of a train. Your wife looked at you as if a dead man had walked in; then she lit the stove. But the land has not been shared out. The village elders say the landlord's land will be decided by the Constituent Assembly, and it has not even been elected. Today a paper has come from the volost office (the district of several villages): men absent from the reserve battalions are to return to their units. Your wife reads it aloud, then says: "A man who runs now will have no voice when the land is decided."
  note
    hi: अस्थायी सरकार ने ज़मीन का बँटवारा संविधान सभा तक टाल दिया। गर्मियों में किसानों ने ख़ुद ज़मींदारों की ज़मीन पर क़ब्ज़ा करना शुरू किया (NCERT)। उसी साल सेना से भागने वाले लगातार बढ़ते गए, पर बहुत-से भगोड़े लौटे भी।
    en: The Provisional Government put off the sharing of the land until the Constituent Assembly. In the summer peasants began to seize landlords' land themselves (NCERT). Desertion grew all that year, but many deserters also went back.
  source NCERT, India and the Contemporary World – I (Class 9 History), ch. 2, sec. 3.1; Orlando Figes, A People's Tragedy

  choice go-back-as-voice
    hi: लौट जाओ — पर गाँव की बात साथ लेकर: "पेत्रोग्राद में उन्हें बताना कि हमें ज़मीन चाहिए।"
    en: Go back — and take the village's word with you: "Tell them in Petrograd that we want the land."
    add 2 to os-voice
    reply
      hi: बुज़ुर्ग एक काग़ज़ पर गाँव की माँगें लिखवाते हैं और उस पर सबके अँगूठे लगते हैं। पत्नी उसे तुम्हारी क़मीज़ की भीतरी जेब में सिल देती है।
      en: The elders have the village's demands written on a sheet of paper, and everyone puts his thumbprint on it. Your wife sews it into the inside pocket of your shirt.
    journal
      hi: मैं गाँव की माँगें लेकर पेत्रोग्राद लौटा।
      en: I went back to Petrograd with the village's demands.
    go os-return-barracks

  choice go-back-quietly default
    hi: चुपचाप लौट जाओ, पर पत्नी से वादा करो कि फ़सल कटने तक घर आ जाओगे।
    en: Go back quietly, but promise your wife you will be home by the harvest.
    set os-homeward
    add 3 to war-weariness
    reply
      hi: वह कुछ नहीं कहती, बस तुम्हारा झोला बाँध देती है: रोटी, प्याज़, एक जोड़ी मोज़े। स्टेशन पर वह तब तक खड़ी रहती है जब तक गाड़ी मोड़ पर ओझल नहीं हो जाती।
      en: She says nothing, only packs your bag: bread, onions, a pair of socks. At the station she stands until the train is gone round the bend.
    journal
      hi: मैंने पत्नी से वादा किया कि फ़सल तक लौट आऊँगा।
      en: I promised my wife I would be back by the harvest.
    go os-return-barracks

scene os-return-barracks
  for soldier
  on 14 Apr, evening
  at barracks
  hi: शुक्रवार, 14 अप्रैल (27 अप्रैल)। बैरक में कोई तुम पर मुक़दमा नहीं चलाता। कंपनी समिति तुम्हारा नाम फिर रजिस्टर में लिख लेती है और बस इतना पूछती है: "गाँव में क्या कहते हैं?" {os-order-one-room}
  en: Friday, 14 April (27 April). Nobody in the barracks puts you on trial. The company committee writes your name in the register again and asks only: "What are they saying in the village?" {os-order-one-room}

  choice tell-the-land
    hi: बताओ: गाँव ज़मीन के लिए संविधान सभा तक इंतज़ार नहीं करेगा।
    en: Tell them: the village will not wait for the Constituent Assembly to get the land.
    add 3 to war-weariness
    add 1 to os-voice
    reply
      hi: चारपाइयों से लोग उठकर पास आ जाते हैं। हर कोई अपने गाँव की कहानी जोड़ता है, और रात आधी निकल जाती है।
      en: Men get up from their bunks and come closer. Each adds his own village's story, and half the night is gone.
    go os-april-start

  choice say-little default
    hi: कम बोलो: कहो कि गाँव में सब ठीक है, और अपनी चारपाई पर लौट जाओ।
    en: Say little: everything is fine in the village, and go back to your bunk.
    add 2 to garrison
    reply
      hi: क्लर्क कंधे उचकाकर रजिस्टर बंद कर देता है। चारपाई पर लेटे-लेटे तुम्हें गाँव के बुज़ुर्गों की बातें याद आती रहती हैं।
      en: The clerk shrugs and closes the register. Lying on your bunk, you keep hearing the village elders' words.
    go os-april-start

# The soldier whose regiment kept its officers in February (the March ending s-held).
scene os-spring-held
  for soldier
  on 12 Apr, evening
  at barracks
  hi: बुधवार, 12 अप्रैल (25 अप्रैल)। जो फ़रवरी तुमने जिया, उसमें तुम्हारी रेजिमेंट नहीं उठी: तुम अफ़सरों के पीछे मार्च करते रहे। पर क्रांति फिर भी आई, दूसरी रेजिमेंटों और मज़दूरों के हाथों। अब वोलिन्स्की बैरकों में भी आदेश संख्या 1 टँगा है, और दूसरी रेजिमेंटों के सैनिक तुम लोगों को "फ़रवरी में सोने वाले" कहते हैं। {os-order-one-room} आज समिति पूछती है कि फ़रवरी में किसने किसके नाम दिए थे।
  en: Wednesday, 12 April (25 April). In the February you lived through, your regiment did not rise: you marched behind your officers. But the revolution came all the same, at the hands of other regiments and the workers. Now Order No. 1 hangs in the Volynsky barracks too, and men of other regiments call you "the ones who slept through February". {os-order-one-room} Today the committee is asking who gave whose names in February.
  note
    hi: यह दृश्य वैकल्पिक इतिहास से आगे बढ़ता है। असल में 27 फ़रवरी (12 मार्च) को वोलिन्स्की प्रशिक्षण दस्ता सबसे पहले उठा। अक्टूबर का यह अंक इतिहास के रास्ते पर चलता है; तुम्हारे मार्च का असर तुम्हारी अपनी याद और कंपनी में तुम्हारी जगह पर रहता है।
    en: This scene goes on from an alternative history. In fact the Volynsky training detachment was the first to rise, on 27 Feb (12 Mar). This October act follows history's road; your March lives on in your own memory and in your place in the company.
  source Leon Trotsky, History of the Russian Revolution; Richard Pipes, The Russian Revolution

  choice own-up
    hi: खड़े होकर कहो: "फ़रवरी में मैं अफ़सरों के पीछे चला। अब मैं समिति के साथ हूँ।"
    en: Stand up and say: "In February I marched behind the officers. Now I stand with the committee."
    set os-on-committee
    add 1 to os-voice
    subtract 5 from garrison
    reply
      hi: कुछ देर कोई नहीं बोलता। फिर क्लर्क रजिस्टर में कुछ लिखता है: "ईमानदार आदमी। समिति के लिए।"
      en: For a while nobody speaks. Then the clerk writes something in the register: "An honest man. For the committee."
    journal
      hi: मैंने कंपनी के सामने माना कि फ़रवरी में मैं अफ़सरों के पीछे चला था।
      en: I admitted before the company that in February I had marched behind the officers.
    go os-april-start

  choice keep-head-down default
    hi: सिर झुकाए रहो। फ़रवरी के बारे में जितना कम बोलो, उतना अच्छा।
    en: Keep your head down. The less said about February, the better.
    add 3 to garrison
    reply
      hi: सवाल तुम्हारे सिर के ऊपर से गुज़र जाता है। पर बाहर निकलते हुए कोई तुम्हारे कंधे से टकराता है, और माफ़ी नहीं माँगता।
      en: The question passes over your head. But on the way out someone knocks into your shoulder and does not say sorry.
    go os-april-start

# ---------------------------------------------------------------- 20–21 Apr: the April crisis (S8; dossier §1.4)
# The event april-crisis (events.story) is due from 20 Apr; entering the junction brings the clock there,
# so the flag tells which scene follows.

scene os-april-start
  for soldier
  on 20 Apr, afternoon
  go os-april if april-crisis
  go os-april-quiet

scene os-april
  for soldier
  on 20 Apr, afternoon
  at mariinsky
  hi: गुरुवार, 20 अप्रैल (3 मई)। {place} की ओर जाते हुए फ़िनलैंड रेजिमेंट के सैनिक तुम्हारी बैरक के फाटक पर रुकते हैं, राइफ़लें कंधों पर, झंडे पर लिखा: "मिल्युकोव मुर्दाबाद!" "हमारे साथ चलो!" वे पुकारते हैं। फाटक पर तुम्हारे साथियों की भीड़ लग जाती है। कोई चिल्लाता है: "वे हमें क्रांति के लिए नहीं, जलडमरूमध्य के लिए मरवाना चाहते हैं!"
  en: Thursday, 20 April (3 May). On their way to {place} the men of the Finland Regiment stop at your barracks gate, rifles on their shoulders, under a banner that says: "Down with Milyukov!" "Come with us!" they call. Your comrades crowd to the gate. Someone shouts: "They want us to die for the Straits, not for the revolution!"
  if os-was-deputy
    hi: सोवियत के सैनिक विभाग में तुमने "बिना क़ब्ज़े की शांति" के लिए हाथ उठाया था। मिल्युकोव का नोट उसका उल्टा कहता है।
    en: In the Soviet's soldiers' section you voted for "peace without annexations". Milyukov's note says the opposite.
  note
    hi: 18 अप्रैल (1 मई) के मिल्युकोव के नोट ने मित्र देशों को युद्ध के पुराने लक्ष्यों — जलडमरूमध्य समेत — का भरोसा दिलाया। 20–21 अप्रैल को फ़िनलैंड रेजिमेंट समेत हथियारबंद सैनिक मारिइन्स्की महल पहुँचे; लगभग एक लाख लोगों ने प्रदर्शन किया। मिल्युकोव और गुचकोव को इस्तीफ़ा देना पड़ा। अस्थायी सरकार के समर्थन में यह पहली बड़ी दरार थी।
    en: Milyukov's note of 18 Apr (1 May) assured the Allies of Russia's old war aims, the Straits included. On 20–21 Apr armed soldiers, the Finland Regiment among them, marched to the Mariinsky Palace; some 100,000 demonstrated. Milyukov and Guchkov had to resign. It was the first great crack in the Provisional Government's support.
  source China Miéville, October: The Story of the Russian Revolution; Orlando Figes, A People's Tragedy; State Museum of Political History of Russia, "April crisis"

  choice march-armed
    hi: राइफ़ल उठाओ और फ़िनलैंड रेजिमेंट वालों के साथ मार्च करो।
    en: Take your rifle and march with the Finland Regiment's men.
    subtract 5 from garrison
    add 3 to war-weariness
    reply
      hi: तुम भीड़ के साथ मारिइन्स्की महल तक पहुँचते हो। खिड़कियों के पीछे परदे हिलते हैं। कोई गोली नहीं चलती; सैनिक बस खड़े रहते हैं, नारे लगाते हैं, और शाम को लौट जाते हैं — पर महल के भीतर सब समझ गए हैं कि राइफ़लें किसके हाथ में हैं।
      en: You reach the Mariinsky Palace with the crowd. Curtains twitch behind the windows. No one fires; the soldiers simply stand, chant, and in the evening go home — but everyone inside the palace has understood whose hands the rifles are in.
    journal
      hi: 20 अप्रैल को मैं राइफ़ल लेकर मारिइन्स्की महल तक गया: "मिल्युकोव मुर्दाबाद!"
      en: On 20 April I marched with my rifle to the Mariinsky Palace: "Down with Milyukov!"
    go os-april-guns

  choice go-unarmed
    hi: राइफ़ल बैरक में छोड़ो और बिना हथियार के जाओ — देखने और सुनने।
    en: Leave your rifle in the barracks and go unarmed — to see and to listen.
    subtract 2 from garrison
    reply
      hi: चौक पर मज़दूर और सैनिक घंटों बहस करते हैं। एक छात्र चिल्लाता है: "मिल्युकोव के समर्थन में!" और उसके चारों ओर भी भीड़ जमा हो जाती है। शहर दो हिस्सों में बँटता दिखता है।
      en: On the square workers and soldiers argue for hours. A student shouts "For Milyukov!" and a crowd gathers round him too. The city seems to be splitting in two.
    go os-april-guns

  choice stay-in-barracks-april default
    hi: बैरक में रहो। सोवियत ने अभी तक किसी को बाहर निकलने को नहीं कहा।
    en: Stay in the barracks. The Soviet has not called anyone out.
    add 3 to garrison
    reply
      hi: फाटक पर भीड़ छँट जाती है। खिड़की से तुम फ़िनलैंड रेजिमेंट के झंडे को शहर के बीच की ओर जाते देखते हो।
      en: The crowd at the gate thins. From the window you watch the Finland Regiment's banner move off towards the centre.
    go os-april-guns

scene os-april-guns
  for soldier
  on 21 Apr, morning
  at barracks
  hi: शुक्रवार, 21 अप्रैल (4 मई)। सुबह पेत्रोग्राद सैन्य ज़िले के कमांडर जनरल कोर्निलोव का आदेश तुम्हारी बैरक तक पहुँचता है: तोपें और टुकड़ियाँ महल चौक पर निकालो, "व्यवस्था" के लिए। बैरक में सन्नाटा छा जाता है। उसी समय सोवियत का संदेशवाहक आता है, हाथ में तार: कोई टुकड़ी सोवियत की लिखित अनुमति के बिना बाहर नहीं निकलेगी। अफ़सर कंपनी समिति की ओर देखते हैं।
  en: Friday, 21 April (4 May). In the morning an order from General Kornilov, commander of the Petrograd Military District, reaches your barracks: bring guns and troops out onto Palace Square, "for order". The barracks go silent. At the same moment the Soviet's messenger arrives, a telegram in his hand: no unit is to go out without the Soviet's written permission. The officers look at the company committee.
  note
    hi: 21 अप्रैल (4 मई) को कोर्निलोव ने तोपें निकालने का आदेश दिया, पर सैनिकों और कई अफ़सरों ने मना कर दिया, और सोवियत ने घोषणा की कि उसकी लिखित अनुमति के बिना कोई टुकड़ी बाहर नहीं जाएगी। छावनी पर असली पकड़ किसकी है, यह सबके सामने आ गया। कोर्निलोव ने जल्द ही यह पद छोड़ दिया।
    en: On 21 Apr (4 May) Kornilov ordered guns brought out, but soldiers and many officers refused, and the Soviet declared that no unit was to go out without its written permission. Everyone could now see who really held the garrison. Kornilov soon left the post.
  source China Miéville, October: The Story of the Russian Revolution; State Museum of Political History of Russia, "April crisis"; Leon Trotsky, History of the Russian Revolution

  choice wait-for-paper default
    hi: कहो: "सोवियत के काग़ज़ के बिना हम नहीं हिलेंगे।"
    en: Say: "Without the Soviet's paper we do not move."
    subtract 5 from garrison
    add 1 to os-voice
    reply
      hi: कंपनी तुम्हारे पीछे खड़ी हो जाती है। अफ़सर एक-दूसरे को देखते हैं; एक बूढ़ा कर्नल धीरे से कहता है: "मैं भी अपने लोगों पर तोप नहीं तानूँगा।" तोपें अस्तबल में ही रहती हैं।
      en: The company stands behind you. The officers look at one another; an old colonel says quietly: "I won't turn guns on our own people either." The guns stay in the stables.
    journal
      hi: 21 अप्रैल को हमने कोर्निलोव का आदेश सोवियत की अनुमति के बिना मानने से मना किया।
      en: On 21 April we refused to obey Kornilov's order without the Soviet's permission.
    go os-june

  choice fall-in-april
    hi: आदेश है, तो पंक्ति में लगो।
    en: An order is an order: fall in.
    add 5 to garrison
    reply
      hi: तुम फाटक तक पहुँचते हो, पर वहाँ कंपनी समिति रास्ता रोककर खड़ी है, सोवियत का तार हाथ में। कोई धक्का-मुक्की नहीं होती। आधे घंटे बाद अफ़सर ही आदेश वापस ले लेते हैं।
      en: You get as far as the gate, but the company committee is standing across it with the Soviet's telegram in hand. There is no scuffle. Half an hour later the officers themselves withdraw the order.
    go os-june

scene os-april-quiet
  for soldier
  on 21 Apr, morning
  at barracks
  hi: शुक्रवार, 21 अप्रैल (4 मई)। अख़बारों में मिल्युकोव का नोट छपा है: रूस "निर्णायक जीत" तक लड़ेगा। बैरक में ग़ुस्सा उबलता है, और फ़िनलैंड रेजिमेंट वाले मारिइन्स्की महल की ओर मार्च की बात करते हैं — पर सोवियत के नेता उन्हें रोक लेते हैं, और सरकार नोट को "समझा" देती है। ग़ुस्सा बुझता नहीं, बस दब जाता है।
  en: Friday, 21 April (4 May). The papers carry Milyukov's note: Russia will fight to "decisive victory". Anger boils up in the barracks, and the Finland Regiment's men talk of marching on the Mariinsky Palace — but the Soviet's leaders hold them back, and the government "explains" the note. The anger does not go out; it is only pressed down.
  note
    hi: यहाँ इतिहास दूसरी राह लेता है। असल में 20–21 अप्रैल (3–4 मई) को हथियारबंद सैनिक मारिइन्स्की महल पहुँचे और मिल्युकोव व गुचकोव को जाना पड़ा।
    en: Here history takes another road. In fact on 20–21 Apr (3–4 May) armed soldiers marched to the Mariinsky Palace, and Milyukov and Guchkov had to go.
  source China Miéville, October: The Story of the Russian Revolution

  choice argue-note
    hi: भोजनालय में नोट ज़ोर से पढ़ो और पूछो: "किसके लिए लड़ रहे हैं हम?"
    en: Read the note aloud in the mess and ask: "Whose war are we fighting?"
    subtract 5 from garrison
    add 3 to war-weariness
    add 1 to os-voice
    reply
      hi: सवाल भोजनालय में देर तक गूँजता है। कोई जवाब नहीं देता, पर कोई भूलता भी नहीं।
      en: The question hangs in the mess a long time. Nobody answers it, and nobody forgets it.
    go os-june

  choice trust-soviet default
    hi: सोवियत के नेताओं पर भरोसा करो: वे सरकार से शांति की बात करवा लेंगे।
    en: Trust the Soviet's leaders: they will make the government talk of peace.
    add 3 to garrison
    reply
      hi: कुछ लोग तुम्हारी बात मान लेते हैं। पर रात को किसी ने भोजनालय की दीवार पर चॉक से लिख दिया है: "जलडमरूमध्य किसके लिए?"
      en: Some men agree with you. But in the night someone has chalked on the mess wall: "The Straits — for whom?"
    go os-june

# ---------------------------------------------------------------- June: the offensive and the marching companies (S8)

scene os-june
  for soldier
  on 16 Jun, evening
  at barracks
  hi: शुक्रवार, 16 जून (29 जून)। {if coalition}अब सरकार में समाजवादी भी हैं, और युद्ध मंत्री केरेन्स्की मोर्चे पर घूम-घूमकर भाषण दे रहे हैं: आज़ाद रूस के सैनिक आज़ादी के लिए हमला करेंगे।{else}सरकार मोर्चे पर हमले की तैयारी कर रही है, और वक्ता खाइयों में घूम-घूमकर कहते हैं: आज़ाद रूस के सैनिक आज़ादी के लिए हमला करेंगे।{end} बैरक में आदेश आया है: रेजिमेंट को मोर्चे के लिए एक मार्चिंग कंपनी देनी है। कंपनी समिति को तय करना है कि कौन जाएगा — और क्या कोई जाएगा भी।
  en: Friday, 16 June (29 June). {if coalition}There are socialists in the government now, and the War Minister, Kerensky, tours the front making speeches: the soldiers of free Russia will attack for freedom.{else}The government is preparing an offensive, and speakers tour the trenches: the soldiers of free Russia will attack for freedom.{end} An order has come to the barracks: the regiment must provide a marching company for the front. The company committee has to decide who goes — and whether anyone goes at all.
  if os-homeward
    hi: तुमने पत्नी से फ़सल तक लौटने का वादा किया था। फ़सल दो महीने दूर है।
    en: You promised your wife you would be home by the harvest. The harvest is two months away.
  note
    hi: 5 मई (18 मई) की पहली मिली-जुली सरकार में छह समाजवादी मंत्री आए; केरेन्स्की युद्ध मंत्री बने। 18 जून (1 जुलाई) को गैलिशिया में हमला शुरू हुआ; पहले कुछ सफलता मिली, फिर वह बिखर गया। पेत्रोग्राद की छावनी को डर था कि "क्रांतिकारी" टुकड़ियाँ तोड़कर मोर्चे पर भेज दी जाएँगी — मार्च का वादा था कि ऐसा नहीं होगा।
    en: The first coalition of 5 May (18 May) brought six socialist ministers into the government; Kerensky became War Minister. On 18 Jun (1 Jul) the offensive opened in Galicia; it had some early success, then fell apart. The Petrograd garrison feared that its "revolutionary" units would be broken up and sent to the front — the promise of March had been that they would not.
  source Orlando Figes, A People's Tragedy; China Miéville, October: The Story of the Russian Revolution; Richard Pipes, The Russian Revolution

  choice send-company
    hi: "क्रांतिकारी रक्षा" के लिए बोलो: मार्चिंग कंपनी जाएगी, पर समिति की बनाई सूची से, और जिनके घर में कमाने वाला अकेला है, वे नहीं जाएँगे।
    en: Speak for "revolutionary defence": the marching company goes, but from a list the committee draws up, and no man who is his family's only breadwinner.
    add 5 to garrison
    subtract 3 from war-weariness
    reply
      hi: सूची बनती है। जिनके नाम उसमें आते हैं, वे तुम्हारी ओर ऐसे देखते हैं जैसे तुमने उन पर फ़ैसला सुना दिया हो। शायद सुनाया भी है।
      en: The list is drawn up. The men whose names are on it look at you as if you had passed sentence on them. Perhaps you have.
    journal
      hi: समिति में मैंने मार्चिंग कंपनी भेजने के पक्ष में बोला।
      en: In the committee I spoke for sending the marching company.
    go os-june-letter

  choice refuse-company
    hi: शांति के लिए बोलो: "जब तक सोवियत शांति नहीं करवाती, रेजिमेंट से एक आदमी भी नहीं जाएगा।"
    en: Speak for peace: "Until the Soviet makes peace, not one man leaves this regiment."
    subtract 5 from garrison
    add 5 to war-weariness
    add 1 to os-voice
    reply
      hi: कमरा तालियों से गूँज उठता है। कंपनी कमांडर चुपचाप बाहर चला जाता है; अगली सुबह वह ज़िला मुख्यालय को रिपोर्ट भेजता है।
      en: The room thunders with applause. The company commander walks out without a word; next morning he sends a report to district headquarters.
    journal
      hi: मैंने कहा: शांति तक एक आदमी भी मोर्चे पर नहीं।
      en: I said: not one man to the front until there is peace.
    go os-june-letter

  choice let-lot-fall default
    hi: कुछ मत कहो: पर्ची जिसका नाम निकाले, वह जाए।
    en: Say nothing: let whoever's name comes out of the cap go.
    add 2 to war-weariness
    reply
      hi: पर्चियाँ टोपी में डाली जाती हैं। तुम्हारा नाम नहीं निकलता; बगल की चारपाई वाले आदमी का निकलता है।
      en: The slips go into a cap. Your name does not come out; the name of the man in the next bunk does.
    go os-june-letter

scene os-june-letter
  for soldier
  on 28 Jun, evening
  at barracks
  hi: बुधवार, 28 जून (11 जुलाई)। {if offensive}हमला शुरू हो चुका है। पहले ख़बरें जीत की थीं; अब घायलों की गाड़ियाँ आ रही हैं, और उनसे सुनी बातें अख़बारों से अलग हैं: रेजिमेंटें हमले से इनकार कर रही हैं, खाइयों में समितियाँ बहस कर रही हैं कि आगे बढ़ें या नहीं।{else}मोर्चे पर हमले की बातें होती रहीं, पर अभी तक हमला हुआ नहीं।{end} आज तुम्हें पत्नी की चिट्ठी मिली है, जो गाँव के पुजारी के बेटे से लिखवाई गई है: पड़ोस के गाँव वालों ने ज़मींदार की चरागाह पर अपने मवेशी छोड़ दिए हैं; सैनिकों की पत्नियों को सरकारी भत्ता महीनों से नहीं मिला; "कब आओगे?"
  en: Wednesday, 28 June (11 July). {if offensive}The offensive has begun. The first news was of victory; now the trains of wounded are arriving, and what they tell is not what the papers say: regiments refusing to attack, committees in the trenches arguing whether to advance.{else}There was talk of an offensive at the front, but it has not come.{end} Today you have a letter from your wife, written for her by the village priest's son: the next village has turned its cattle out onto the landlord's pasture; the soldiers' wives have had no allowance for months; "When are you coming?"
  note
    hi: सैनिकों की पत्नियाँ (रूसी में "सोल्दात्की") सरकारी भत्ते पर जीती थीं, जिसे बढ़ती महँगाई खा जाती थी; वही रोटी की कतारों में खड़ी होती थीं, और 1917 के आंदोलनों में भी शामिल थीं। हमले और उसके बिखरने के दिनों में लगभग 40,000 भगोड़े दर्ज हुए, और कई रेजिमेंटों ने आदेश मानने से इनकार किया।
    en: Soldiers' wives (soldatki in Russian) lived on a state allowance that rising prices ate away; they stood in the bread queues, and they joined the protests of 1917. In the offensive and its collapse some 40,000 deserters were recorded, and regiments refused orders.
  source Orlando Figes, A People's Tragedy; NCERT, India and the Contemporary World – I (Class 9 History), ch. 2, sec. 3.1

  choice write-coming-home
    hi: जवाब लिखवाओ: "फ़सल से पहले आऊँगा, चाहे छुट्टी मिले या न मिले।"
    en: Have a reply written: "I'll be home before the harvest, leave or no leave."
    set os-homeward
    add 3 to war-weariness
    reply
      hi: क्लर्क चिट्ठी लिखते हुए रुकता है, तुम्हारी ओर देखता है, और फिर बिना कुछ कहे लिख देता है।
      en: The clerk stops as he writes, looks up at you, and then writes it without a word.
    journal
      hi: मैंने पत्नी को लिखवाया कि फ़सल से पहले घर आऊँगा।
      en: I had a letter written to my wife: I'll be home before the harvest.
    go os-july

  choice write-wait default
    hi: जवाब लिखवाओ: "इंतज़ार करो। ज़मीन का फ़ैसला यहीं, पेत्रोग्राद में होगा, और मैं यहाँ हूँ।"
    en: Have a reply written: "Wait. The land will be decided here, in Petrograd, and I am here."
    add 1 to os-voice
    reply
      hi: चिट्ठी में तुम अपनी कंपनी के बारे में भी लिखवाते हो — समिति, "तू" का अंत, ट्राम के भीतर की सवारी। क्लर्क मुस्कुराता है: "गाँव में कोई यक़ीन नहीं करेगा।"
      en: In the letter you put in your company too — the committee, the end of "ty", riding inside the tram. The clerk smiles: "Nobody in the village will believe it."
    go os-july

# ---------------------------------------------------------------- 3–6 Jul: the July Days (S9)

scene os-july
  for soldier
  on 3 Jul, noon
  at barracks
  hi: सोमवार, 3 जुलाई (16 जुलाई), दोपहर। पहली मशीनगन रेजिमेंट के सैनिक लॉरियों पर तुम्हारी बैरक के फाटक पर आ पहुँचते हैं, मशीनगनें लॉरियों पर बँधी हुई। उनकी रेजिमेंट को मोर्चे पर आदमी और मशीनगनें भेजने का हुक्म मिला है, और वे भेजने वाले नहीं। "टॉराइड महल चलो!" उनका नेता चिल्लाता है। "सोवियत से कहो कि सारी सत्ता अपने हाथ में ले! हथियार लेकर आओ!" उनके साथ कुछ अराजकतावादी हैं, कुछ बोल्शेविक; बोल्शेविक पार्टी के नेता ख़ुद अभी तय नहीं कर पाए हैं कि इस मार्च का साथ दें या नहीं।
  en: Monday, 3 July (16 July), noon. Men of the 1st Machine-Gun Regiment drive up to your barracks gate in lorries, machine guns lashed to them. Their regiment has been ordered to send men and guns to the front, and they will not go. "To the Tauride Palace!" their leader shouts. "Tell the Soviet to take all power! Come armed!" Anarchists are among them, and Bolsheviks; the Bolshevik party's leaders themselves have not yet decided whether to back the march.
  note
    hi: 3–5 जुलाई (16–18 जुलाई) के "जुलाई के दिनों" में पहली मशीनगन रेजिमेंट — जिसे मोर्चे पर भेजे जाने का डर था — क्रोनश्टाट के नाविक और पुतिलोव व दूसरे कारख़ानों के मज़दूर हथियारों के साथ टॉराइड महल पहुँचे और माँग की कि सोवियत सत्ता ले। सोवियत के नेताओं ने मना किया। गोलियाँ चलीं, सैकड़ों मारे गए या घायल हुए। बोल्शेविक नेता अनमने ढंग से आंदोलन के आगे आए, फिर उसे वापस लिया।
    en: In the July Days of 3–5 Jul (16–18 Jul) the 1st Machine-Gun Regiment — afraid of being sent to the front — Kronstadt sailors and workers from the Putilov and other works marched armed to the Tauride Palace and demanded that the Soviet take power. The Soviet's leaders refused. There was shooting; hundreds were killed or wounded. The Bolshevik leaders reluctantly put themselves at the head of the movement, then called it off.
  source China Miéville, October: The Story of the Russian Revolution; Alexander Rabinowitch, "The Bolsheviks Come to Power in Petrograd: Centennial Reflections", Economic and Political Weekly (2017); Richard Pipes, The Russian Revolution; NCERT, India and the Contemporary World – I (Class 9 History), ch. 2, sec. 3.1

  choice july-armed
    hi: राइफ़ल लो और लॉरी पर चढ़ जाओ।
    en: Take your rifle and climb onto a lorry.
    set os-marched-july
    subtract 8 from garrison
    add 3 to war-weariness
    reply
      hi: {if july-days}लॉरी शहर से गुज़रती है, और हर चौराहे पर और लोग जुड़ते हैं। टॉराइड महल के सामने हज़ारों हैं। भीतर से एक मंत्री बाहर आता है और भीड़ उसे घेरकर चिल्लाती है कि सोवियत सत्ता ले। किसी छत से गोली चलती है, फिर चारों ओर से। तुम एक दीवार के पीछे लेट जाते हो और तब तक नहीं उठते जब तक गोलियाँ रुक नहीं जातीं।{else}टॉराइड महल के सामने भीड़ पतली है। मशीनगन वाले आपस में बहस करते हैं, फिर लॉरियाँ मोड़कर अपनी बैरक लौट जाते हैं। मार्च शुरू होने से पहले ही ख़त्म हो गया।{end}
      en: {if july-days}The lorry crosses the city, and more people join at every crossing. Thousands stand before the Tauride Palace. A minister comes out and the crowd surrounds him, shouting that the Soviet must take power. A shot comes from a roof, then shots from everywhere. You lie down behind a wall and do not get up until the firing stops.{else}The crowd before the Tauride Palace is thin. The machine-gunners argue among themselves, then turn their lorries round and drive back to their barracks. The march is over before it began.{end}
    journal
      hi: 3 जुलाई को मैं मशीनगन वालों के साथ हथियार लेकर टॉराइड महल गया।
      en: On 3 July I went armed with the machine-gunners to the Tauride Palace.
    go os-july-after

  choice july-unarmed
    hi: बिना राइफ़ल के जाओ, सिर्फ़ यह देखने कि सोवियत क्या जवाब देती है।
    en: Go without your rifle, only to see what the Soviet answers.
    subtract 3 from garrison
    reply
      hi: {if july-days}टॉराइड महल के सामने की भीड़ में तुम घंटों खड़े रहते हो। सोवियत के नेता एक के बाद एक आकर कहते हैं: "सत्ता लेना क्रांति के लिए ख़तरनाक होगा।" फिर कहीं गोलियाँ चलती हैं, और भीड़ बिखर जाती है। तुम गलियों से होकर बैरक लौट आते हो।{else}टॉराइड महल के सामने कुछ सौ लोग हैं, बस। सोवियत का एक नेता बाहर आकर सबको घर जाने को कहता है, और लोग चले जाते हैं।{end}
      en: {if july-days}You stand for hours in the crowd before the Tauride Palace. One Soviet leader after another comes out to say: "Taking power would endanger the revolution." Then there is firing somewhere, and the crowd scatters. You make your way back to the barracks by the side streets.{else}There are a few hundred people before the Tauride Palace, no more. A Soviet leader comes out and tells everyone to go home, and they go.{end}
    go os-july-after

  choice july-stay default
    hi: फाटक बंद रखो: "सोवियत ने हमें नहीं बुलाया। कंपनी बैरक में रहेगी।"
    en: Keep the gate shut: "The Soviet has not called us. The company stays in the barracks."
    add 5 to garrison
    reply
      hi: मशीनगन वाले तुम्हें गालियाँ देते हुए आगे बढ़ जाते हैं।{if july-days} कंपनी के आधे लोग फिर भी उनके पीछे चले जाते हैं; बाक़ी रात भर खिड़कियों से दूर की गोलियों की आवाज़ सुनते रहते हैं।{end}
      en: The machine-gunners drive on, cursing you.{if july-days} Half the company goes after them anyway; the rest listen all night at the windows to the distant firing.{end}
    go os-july-after

scene os-july-after
  for soldier
  on 6 Jul, evening
  at barracks
  hi: गुरुवार, 6 जुलाई (19 जुलाई) की शाम। {if july-days}मोर्चे से वफ़ादार टुकड़ियाँ शहर में आ गई हैं, और बैरकों में तलाशियाँ हो रही हैं। पहली मशीनगन रेजिमेंट के हथियार छीने जा रहे हैं, और उसके आदमी मार्चिंग कंपनियों में बाँटकर मोर्चे पर भेजे जा रहे हैं। भोजनालय में कोई अख़बार से "जर्मन पैसे" वाली ख़बर पढ़ता है, और कोई उसकी बात नहीं काटता।{else}शहर शांत है, पर सरकार इस मौक़े को भी नहीं छोड़ती: पहली मशीनगन रेजिमेंट की टुकड़ियाँ तोड़कर मोर्चे पर भेजी जा रही हैं।{end}
  en: Thursday evening, 6 July (19 July). {if july-days}Loyal troops from the front have come into the city, and the barracks are being searched. The 1st Machine-Gun Regiment is being disarmed, and its men split into marching companies and sent to the front. In the mess someone reads out the paper's story of "German money", and nobody contradicts him.{else}The city is quiet, but the government does not let the moment go: the 1st Machine-Gun Regiment's detachments are being broken up and sent to the front.{end}
  if os-marched-july
    hi: कंपनी कमांडर एक सूची बना रहा है: कौन 3 जुलाई को बैरक से बाहर गया था।
    en: The company commander is making a list: who left the barracks on 3 July.
  note
    hi: जुलाई के दिनों के बाद सरकार ने बोल्शेविकों पर "जर्मन जासूस" होने के आरोप छापे; प्राव्दा तोड़ी गई, लेनिन फ़िनलैंड चले गए (NCERT: नेता छिप गए)। जुलाई के प्रदर्शन में शामिल टुकड़ियाँ तोड़ दी गईं या मोर्चे पर भेज दी गईं। 8 जुलाई (21 जुलाई) को केरेन्स्की प्रधानमंत्री बने। कुछ हफ़्तों तक लगा कि बोल्शेविक ख़त्म हो गए।
    en: After the July Days the government published charges that the Bolsheviks were "German agents"; Pravda was wrecked, Lenin fled to Finland (NCERT: the leaders went into hiding). Units that had taken part were disbanded or sent to the front. On 8 Jul (21 Jul) Kerensky became prime minister. For some weeks the Bolsheviks seemed finished.
  source China Miéville, October: The Story of the Russian Revolution; Alexander Rabinowitch, "The Bolsheviks Come to Power in Petrograd: Centennial Reflections", Economic and Political Weekly (2017); NCERT, India and the Contemporary World – I (Class 9 History), ch. 2, sec. 3.1

  choice lie-low default
    hi: सिर झुकाए रहो, क़वायद में सबसे आगे रहो, और किसी सूची में अपना नाम मत आने दो।
    en: Keep your head down, be first at drill, and let your name get onto no list.
    add 5 to garrison
    reply
      hi: कुछ हफ़्ते तुम सबसे अच्छे सैनिक बने रहते हो। कमांडर की सूची में तुम्हारा नाम नहीं आता। पर रात को चारपाई पर तुम उन मशीनगन वालों के बारे में सोचते हो जो अब रेलगाड़ियों में मोर्चे की ओर जा रहे हैं।
      en: For some weeks you are the model soldier. Your name stays off the commander's list. But at night on your bunk you think of the machine-gunners now riding the trains to the front.
    go os-august-start

  choice hide-gunner
    hi: मशीनगन रेजिमेंट के एक लड़के को, जिसे मोर्चे वाली गाड़ी में चढ़ना है, अपनी बैरक के गोदाम में छिपा लो।
    en: Hide a boy from the Machine-Gun Regiment, due on the train to the front, in your barracks store room.
    subtract 5 from garrison
    add 3 to war-weariness
    reply
      hi: गोदाम के कोट-ढेर के बीच वह तीन दिन छिपा रहता है, और चौथी रात वीबोर्ग क्षेत्र की ओर निकल जाता है। {if os-hid-officer}फ़रवरी में तुमने इसी गोदाम में एक अफ़सर को छिपाया था। अब एक सिपाही को।{end}
      en: He hides three days among the greatcoats in the store room, and on the fourth night slips away towards the Vyborg side. {if os-hid-officer}In February you hid an officer in this same store room. Now a private.{end}
    journal
      hi: मैंने मशीनगन रेजिमेंट के एक लड़के को मोर्चे वाली गाड़ी से बचाकर छिपाया।
      en: I hid a boy of the Machine-Gun Regiment from the train to the front.
    go os-august-start

# ---------------------------------------------------------------- 27–31 Aug: Kornilov (S10)
# kornilov-advance is decided on 27 Aug, evening; the junction stands on 28 Aug.

scene os-august-start
  for soldier
  on 28 Aug, morning
  go os-kornilov if kornilov-advance
  go os-august-quiet

scene os-kornilov
  for soldier
  on 28 Aug, morning
  at barracks
  hi: सोमवार, 28 अगस्त (10 सितंबर)। रात को ख़बर आई: प्रधानमंत्री केरेन्स्की ने सर्वोच्च सेनापति कोर्निलोव को बाग़ी घोषित कर दिया है, और जनरल क्रिमोव की घुड़सवार सेना — उसमें कॉकेशस के पहाड़ी घुड़सवारों की "जंगली डिवीज़न" भी — रेल से पेत्रोग्राद की ओर बढ़ रही है, "व्यवस्था बहाल करने"। सोवियत ने प्रतिक्रांति से लड़ने की समिति बनाई है; बोल्शेविक भी उसमें हैं, इस शर्त पर कि मज़दूरों को हथियार मिलें। तुम्हारी रेजिमेंट की समिति सुबह से बैठी है। कर्नल अपने कमरे में है और बाहर नहीं निकला।
  en: Monday, 28 August (10 September). The news came in the night: the prime minister, Kerensky, has declared the Supreme Commander, Kornilov, a mutineer, and General Krymov's cavalry — the "Savage Division" of Caucasian mountain horsemen among it — is moving on Petrograd by rail, "to restore order". The Soviet has formed a committee for the struggle against counter-revolution; the Bolsheviks are in it, on condition that the workers are armed. Your regiment's committee has sat since dawn. The colonel is in his quarters and has not come out.
  note
    hi: 27–31 अगस्त (9–13 सितंबर) का कोर्निलोव प्रकरण: केरेन्स्की ने कोर्निलोव पर बग़ावत का आरोप लगाया; क्रिमोव की घुड़सवार सेना पेत्रोग्राद की ओर बढ़ी। लगभग 40,000 मज़दूरों को रेड गार्ड के रूप में हथियार मिले, रेल मज़दूरों ने गाड़ियाँ दूसरी पटरियों पर मोड़ दीं, और आंदोलनकारियों ने घुड़सवारों को समझा लिया। बिना लड़ाई के यह चढ़ाई ढह गई।
    en: The Kornilov affair, 27–31 Aug (9–13 Sep): Kerensky accused Kornilov of mutiny; Krymov's cavalry moved on Petrograd. Some 40,000 workers were armed as Red Guards, railwaymen sent the trains down the wrong lines, and agitators talked the horsemen round. The move collapsed without a battle.
  source Leon Trotsky, History of the Russian Revolution; China Miéville, October: The Story of the Russian Revolution; Richard Pipes, The Russian Revolution

  choice join-delegation
    hi: उस टोली के साथ जाओ जिसे सोवियत घुड़सवारों से बात करने रेल लाइन पर भेज रही है।
    en: Go with the delegation the Soviet is sending down the railway to talk to the horsemen.
    set os-met-cavalry
    subtract 5 from garrison
    add 1 to os-voice
    reply
      hi: एक माल-डिब्बे में बीस लोग: सैनिक, दो रेल मज़दूर, और कॉकेशस से आया एक प्रतिनिधि जो घुड़सवारों की भाषा जानता है। कोई राइफ़ल नहीं उठाता; तुम्हारा हथियार अख़बारों का एक गट्ठर है।
      en: Twenty people in a goods wagon: soldiers, two railwaymen, and a delegate from the Caucasus who speaks the horsemen's language. Nobody shoulders a rifle; your weapon is a bundle of newspapers.
    journal
      hi: 28 अगस्त को मैं कोर्निलोव के घुड़सवारों से बात करने गया।
      en: On 28 August I went to talk to Kornilov's horsemen.
    go os-kornilov-station

  choice guard-colonel
    hi: बैरक में रहो, और समिति के साथ कर्नल से लिखवाओ कि वह कोर्निलोव के साथ नहीं है।
    en: Stay in the barracks, and with the committee get the colonel to put in writing that he is not with Kornilov.
    subtract 3 from garrison
    go os-kornilov-guard

  choice dig-in default
    hi: बैरक में रहो और जो कहा जाए, वही करो: खाइयाँ खोदो, पहरा दो, बहस से दूर रहो।
    en: Stay in the barracks and do what you are told: dig trenches, stand guard, keep out of the arguments.
    add 3 to garrison
    reply
      hi: तुम दिन भर बैरक के पीछे खाई खोदते हो। आँगन की बहस तुम्हारे बिना ही चलती रहती है।
      en: All day you dig a trench behind the barracks. The arguments in the yard go on without you.
    go os-kornilov-guard

scene os-kornilov-station
  for soldier
  on 29 Aug, morning
  at os-station
  hi: मंगलवार, 29 अगस्त (11 सितंबर)। स्टेशन पर घुड़सवारों की गाड़ी खड़ी है — आगे नहीं जा सकती: रेल मज़दूरों ने इंजन अलग कर दिया है और आगे की पटरी पर माल-डिब्बे खड़े कर दिए हैं। पहाड़ी घुड़सवार घोड़ों को पानी पिला रहे हैं। उनके अफ़सरों ने कहा था कि पेत्रोग्राद में जर्मन एजेंट दंगा कर रहे हैं। वे तुम्हें शक से देखते हैं, पर सुनते हैं।
  en: Tuesday, 29 August (11 September). The horsemen's train stands in the station — it can go no further: the railwaymen have uncoupled the engine and put goods wagons on the line ahead. The mountain horsemen are watering their horses. Their officers told them German agents were rioting in Petrograd. They look at you with suspicion, but they listen.
  note
    hi: रेल मज़दूरों और तार-बाबुओं ने कोर्निलोव की गाड़ियाँ रोक दीं, और सोवियत के आंदोलनकारी "जंगली डिवीज़न" के घुड़सवारों को समझाने पहुँचे। डिवीज़न के एक प्रतिनिधि-मंडल ने सरकार की बात मानने का वचन दिया, और एक भी गोली नहीं चली। जनरल क्रिमोव ने बाद में आत्महत्या कर ली। इस दृश्य का प्रतिनिधि, जो घुड़सवारों की भाषा बोलता है, खेल का अपना पात्र है।
    en: Railwaymen and telegraphists held up Kornilov's trains, and the Soviet's agitators went out to talk the Savage Division's horsemen round. A deputation of the division pledged obedience to the government, and not a shot was fired. General Krymov later shot himself. The delegate in this scene who speaks the horsemen's language is the game's own figure.
  source Leon Trotsky, History of the Russian Revolution; China Miéville, October: The Story of the Russian Revolution

  choice tell-petrograd default
    hi: उन्हें बताओ कि पेत्रोग्राद में न कोई दंगा है, न जर्मन: बस मज़दूर, सैनिक और रोटी की कतारें।
    en: Tell them there is no riot in Petrograd and no Germans: only workers, soldiers and bread queues.
    subtract 3 from garrison
    reply
      hi: प्रतिनिधि तुम्हारी बात उनकी भाषा में दोहराता है। एक बूढ़ा घुड़सवार पूछता है: "तो हमें किससे लड़ने भेजा गया है?" कोई जवाब नहीं देता। शाम तक उनके बीच से एक टोली सरकार को संदेश भेजने की बात करने लगती है।
      en: The delegate repeats your words in their language. An old horseman asks: "Then whom were we sent to fight?" Nobody answers. By evening a group of them is talking of sending word to the government.
    go os-september

  choice share-bread
    hi: अपनी रोटी और मख़ोरका (सस्ता तंबाकू) उनके साथ बाँटो, और उन्हें अपने गाँव के बारे में बताओ।
    en: Share your bread and makhorka (cheap tobacco) with them, and tell them about your village.
    add 3 to war-weariness
    reply
      hi: तुम पटरी के किनारे बैठकर रोटी तोड़ते हो। एक जवान घुड़सवार अपने पहाड़ों के बारे में बताता है, टूटी-फूटी रूसी में: वहाँ भी ज़मीन कम है, वहाँ भी युद्ध ने बेटे छीन लिए। {if os-fired}तुम्हें फ़रवरी का चौक याद आता है, और तुम सोचते हो: अच्छा है कि इस बार किसी ने गोली चलाने का आदेश नहीं दिया।{end}
      en: You sit by the track and break bread. A young horseman tells you about his mountains in broken Russian: there too the land is short, there too the war has taken sons. {if os-fired}You remember the square in February, and think: it is good that this time nobody gave the order to fire.{end}
    go os-september

scene os-kornilov-guard
  for soldier
  on 29 Aug, evening
  at barracks
  hi: मंगलवार, 29 अगस्त (11 सितंबर)। बैरक के आँगन में राइफ़लें तिपाइयाँ बनाकर खड़ी हैं। वीबोर्ग क्षेत्र से मज़दूर आए हैं — लाल पट्टियाँ बाँहों पर — राइफ़ल चलाना सीखने। कर्नल ने समिति के काग़ज़ पर दस्तख़त कर दिए हैं, पर दो जवान अफ़सर मना कर रहे हैं। समिति के कुछ लोग कहते हैं: "उन्हें बंद कर दो।"
  en: Tuesday, 29 August (11 September). In the barracks yard rifles stand stacked in threes. Workers have come from the Vyborg side — red bands on their arms — to learn to shoot. The colonel has signed the committee's paper, but two young officers refuse. Some on the committee say: "Lock them up."
  note
    hi: कोर्निलोव के दिनों में कई टुकड़ियों में सैनिकों ने उन अफ़सरों को गिरफ़्तार किया जिन पर कोर्निलोव का साथ देने का शक था। इसके बाद अफ़सरों पर सैनिकों का भरोसा लगभग ख़त्म हो गया, और बोल्शेविकों का समर्थन तेज़ी से बढ़ा।
    en: In the Kornilov days soldiers in many units arrested officers suspected of backing Kornilov. Afterwards the soldiers' trust in their officers was almost gone, and support for the Bolsheviks grew fast.
  source Leon Trotsky, History of the Russian Revolution; Orlando Figes, A People's Tragedy; Richard Pipes, The Russian Revolution

  choice guard-not-lock default
    hi: कहो: "बंद नहीं करेंगे। वे अपने कमरे में रहें, और समिति का एक आदमी दरवाज़े पर।"
    en: Say: "No locking up. They stay in their quarters, with a committee man at the door."
    add 1 to os-voice
    reply
      hi: दो रातों तक तुम ख़ुद उनके दरवाज़े पर बैठते हो। एक अफ़सर तुम्हें चाय भेजता है; दूसरा नहीं बोलता। तीसरे दिन ख़बर आती है कि क्रिमोव की गाड़ियाँ रुक गई हैं, और तुम दरवाज़े से उठ जाते हो।
      en: For two nights you sit at their door yourself. One officer sends you out tea; the other does not speak. On the third day word comes that Krymov's trains have stopped, and you get up from the door.
    go os-september

  choice teach-workers
    hi: अफ़सरों का मामला समिति पर छोड़ो, और आँगन में मज़दूरों को राइफ़ल भरना सिखाओ।
    en: Leave the officers to the committee, and teach the workers in the yard how to load.
    subtract 3 from garrison
    add 3 to red-guard
    reply
      hi: तुम एक-एक को दिखाते हो: कुंदा कंधे में, उँगली घोड़े (ट्रिगर) से दूर जब तक निशाना न सधे। एक औरत सबसे जल्दी सीखती है। {if os-was-deputy}मार्च में सोवियत में तुमने मज़दूरों को बोलते सुना था; अब वे तुमसे सीख रहे हैं।{end}
      en: You show them one by one: butt into the shoulder, finger off the trigger until you aim. A woman learns fastest. {if os-was-deputy}In March you heard workers speak in the Soviet; now they are learning from you.{end}
    go os-september

scene os-august-quiet
  for soldier
  on 28 Aug, morning
  at barracks
  hi: सोमवार, 28 अगस्त (10 सितंबर)। रीगा जर्मनों के हाथ जा चुका है, और बैरक में डर है कि अब पेत्रोग्राद की बारी है। अफ़सर कहते हैं कि सर्वोच्च सेनापति कोर्निलोव राजधानी में "व्यवस्था" चाहते हैं: मोर्चे के पीछे भी मौत की सज़ा, और समितियाँ बंद। पर कोई चढ़ाई नहीं होती; जनरल और सरकार आपस में सौदा कर लेते हैं। बैरक में सवाल एक ही है: अब सबसे पहले मोर्चे पर किसे भेजा जाएगा?
  en: Monday, 28 August (10 September). Riga has fallen to the Germans, and the barracks fear that Petrograd is next. The officers say the Supreme Commander, Kornilov, wants "order" in the capital: the death penalty behind the lines too, the committees shut down. But no march comes; the general and the government strike a bargain. In the barracks there is one question: who will be sent to the front first now?
  note
    hi: यहाँ इतिहास दूसरी राह लेता है। असल में 27 अगस्त (9 सितंबर) को कोर्निलोव की चढ़ाई हुई और बिना लड़ाई के ढह गई; उसके बाद बोल्शेविकों का समर्थन तेज़ी से बढ़ा।
    en: Here history takes another road. In fact Kornilov's move came on 27 Aug (9 Sep) and collapsed without a battle; after it support for the Bolsheviks grew fast.
  source Leon Trotsky, History of the Russian Revolution; China Miéville, October: The Story of the Russian Revolution

  choice committee-protest
    hi: समिति से प्रस्ताव लिखवाओ: मौत की सज़ा नहीं, समितियाँ बनी रहेंगी।
    en: Have the committee write a resolution: no death penalty, the committees stay.
    subtract 5 from garrison
    add 1 to os-voice
    reply
      hi: प्रस्ताव पर सौ से ज़्यादा दस्तख़त होते हैं। कर्नल उसे पढ़ता है, कुछ नहीं कहता, और उसे अपनी मेज़ की दराज़ में रख देता है।
      en: The resolution gets over a hundred signatures. The colonel reads it, says nothing, and puts it in his desk drawer.
    go os-september

  choice accept-order default
    hi: मान लो कि शायद सख़्ती ही मोर्चे को बचाएगी।
    en: Accept that perhaps only a firm hand can save the front.
    add 5 to garrison
    reply
      hi: तुम कुछ नहीं कहते। उस रात बैरक में कोई गाना नहीं गाता।
      en: You say nothing. That night nobody sings in the barracks.
    go os-september

# ---------------------------------------------------------------- September: the committee turns (S10–S11)

scene os-september
  for soldier
  on 26 Sep, evening
  at barracks
  hi: मंगलवार, 26 सितंबर (9 अक्टूबर)। रेजिमेंट समिति का फिर से चुनाव है। {if republic}रूस अब गणराज्य घोषित हो चुका है, पर बैरक में इससे कुछ नहीं बदला।{end} {if bolshevik-majority}पेत्रोग्राद सोवियत में अब बोल्शेविकों का बहुमत है, और उसके अध्यक्ष त्रोत्स्की (ट्रॉट्स्की) हैं, जो जुलाई के बाद जेल में थे।{else}सोवियत में अब भी मेन्शेविक और समाजवादी क्रांतिकारी आगे हैं, पर उनकी बात कम सुनी जाती है।{end} दो सूचियाँ हैं: एक बोल्शेविकों की — "शांति, ज़मीन, रोटी" और "सारी सत्ता सोवियतों को"; दूसरी समाजवादी क्रांतिकारियों की — संविधान सभा तक धीरज, और मिली-जुली सरकार।
  en: Tuesday, 26 September (9 October). The regimental committee is up for election again. {if republic}Russia has been proclaimed a republic, but nothing has changed in the barracks.{end} {if bolshevik-majority}The Petrograd Soviet now has a Bolshevik majority, and its chairman is Trotsky, who was in prison after July.{else}The Mensheviks and Socialist Revolutionaries still lead the Soviet, but fewer men listen to them.{end} There are two lists: the Bolsheviks' — "Peace, Land, Bread" and "All power to the soviets"; and the Socialist Revolutionaries' — patience until the Constituent Assembly, and the coalition government.
  note
    hi: कोर्निलोव प्रकरण के बाद 31 अगस्त (13 सितंबर) को पेत्रोग्राद सोवियत ने पहली बार बोल्शेविक प्रस्ताव पास किया; सितंबर में त्रोत्स्की (ट्रॉट्स्की) उसके अध्यक्ष बने। 1 सितंबर (14 सितंबर) को रूस गणराज्य घोषित हुआ। छावनी की रेजिमेंट समितियाँ एक के बाद एक बोल्शेविकों की ओर मुड़ीं — ज़्यादातर शांति और मोर्चे के डर के कारण।
    en: After the Kornilov affair, on 31 Aug (13 Sep), the Petrograd Soviet passed a Bolshevik resolution for the first time; in September Trotsky became its chairman. On 1 Sep (14 Sep) Russia was proclaimed a republic. One after another the garrison's regimental committees turned to the Bolsheviks — mostly because of peace and the fear of the front.
  source Alexander Rabinowitch, "The Bolsheviks Come to Power in Petrograd: Centennial Reflections", Economic and Political Weekly (2017); Leon Trotsky, History of the Russian Revolution; NCERT, India and the Contemporary World – I (Class 9 History), ch. 2, sec. 3.2

  choice vote-bolshevik default
    hi: बोल्शेविक सूची को वोट दो: शांति अभी, संविधान सभा के बाद नहीं।
    en: Vote for the Bolshevik list: peace now, not after the Constituent Assembly.
    subtract 5 from garrison
    add 3 to bolsheviks
    reply
      hi: पर्चियाँ गिनी जाती हैं: बोल्शेविक सूची भारी बहुमत से जीतती है। समिति का नया अध्यक्ष एक जवान हवलदार है जो खिड़की की ओर मुँह करके कहता है: "अब मोर्चे का हर आदेश पहले हमारे पास आएगा।"
      en: The slips are counted: the Bolshevik list wins by a wide margin. The committee's new chairman is a young NCO who says, facing the window: "From now on every order for the front comes to us first."
    journal
      hi: रेजिमेंट समिति के चुनाव में मैंने बोल्शेविक सूची को वोट दिया।
      en: In the regimental committee election I voted for the Bolshevik list.
    go os-order

  choice vote-sr
    hi: समाजवादी क्रांतिकारियों को वोट दो: ज़मीन संविधान सभा से आएगी, बंदूक़ से नहीं।
    en: Vote for the Socialist Revolutionaries: the land will come from the Constituent Assembly, not from a gun.
    add 3 to garrison
    reply
      hi: तुम्हारी सूची हार जाती है, पर उसके लोग समिति में कुछ सीटें रखते हैं। बाहर एक बूढ़ा सिपाही कहता है: "संविधान सभा… मेरे पोते के ज़माने में।"
      en: Your list loses, but its men keep a few seats on the committee. Outside an old soldier says: "The Constituent Assembly… in my grandson's time."
    go os-order

  choice stand-yourself
    hi: बिना किसी दल के, ख़ुद खड़े हो जाओ: "मैं कंपनी की बात रखूँगा, किसी पार्टी की नहीं।"
    en: Stand yourself, for no party: "I'll speak for the company, not for a party."
    only if os-voice >= 5
    show locked
    set os-on-committee
    add 1 to os-voice
    reply
      hi: तुम्हें इतने वोट मिलते हैं कि समिति में जगह बन जाए। दोनों दलों के लोग तुमसे हाथ मिलाते हैं, और दोनों यही सोचते हैं कि तुम आख़िर में उन्हीं के साथ आओगे।
      en: You get enough votes for a seat on the committee. Men of both parties shake your hand, and both think you will come over to them in the end.
    journal
      hi: मैं बिना किसी दल के रेजिमेंट समिति में चुना गया।
      en: I was elected to the regimental committee, for no party.
    go os-order
