format 2
# The Duma member in October: the same provincial lawyer of the Progressive Bloc as in March, months later.
# The State Duma is gone (it met only in "private meetings" after February and was dissolved in the autumn);
# he sits with the Kadets, is elected to the Petrograd City Duma in the summer and, from 7 Oct, sits in the
# Pre-Parliament (the Provisional Council of the Republic) at the Mariinsky Palace.
#
# Scenes and endings start od-; his player flags start od-.
# The start (od-start) is a junction on the carried March ending:
#   no government in the carried world (d-waiting, d-defiance) → od-no-february (an explanation) → on
#   d-went-home → od-province (April in his provincial town; the Kadets call him back in May)
#   every other ending, and a fresh start (history's world) → od-april.
# The bridge: od-april (20 Apr) → od-june (18 Jun) → od-july (4 Jul) → od-german-money (6 Jul, only if the
#   Bolsheviks are hunted) → od-riga (21 Aug).
# The autumn: od-kornilov (27 Aug) → od-kornilov-after (30 Aug) → od-republic (1 Sep) → od-preparliament
#   (7 Oct) → od-rumours (20 Oct) → od-oct24 (24 Oct) → od-oct25-noon → od-oct25-evening (junction):
#     government not deposed → od-held-evening → od-held
#     government deposed → od-city-night → od-aurora → od-march → od-salvation → od-fate | od-smolny-night |
#       home; or od-city-night → od-smolny-night → od-smolny; or home → od-going-home → od-nothing | od-home.
# The one-period microgame (entry one-period, 24 Oct): od-period-start → od-oct24 → … as above.
# He moves mostly `support` (trust in the Provisional Government), a little `bolsheviks` and `hunger`.
# World flags are read, never set; every scene's guards are complementary, so no scene is a dead end.

# ---------------------------------------------------------------- places only the Duma member visits

place od-flat
  hi: फ़ुर्श्तात्स्काया सड़क पर तुम्हारे किराए के कमरे
  en: your rented rooms, Furshtatskaya Street

place od-town
  hi: तुम्हारा प्रांतीय शहर
  en: your provincial town

place od-kadet-club
  hi: कैडेट पार्टी का क्लब
  en: the Kadet party's club

place od-embankment
  hi: नेवा का तटबंध, निकोलायेव्स्की पुल के पास
  en: the Neva embankment by the Nikolaevsky bridge

# ---------------------------------------------------------------- player flags
# Carried from the March act: yes when the March game ended in that ending (design §A1).

player flag od-committee
  carried from ending d-committee
player flag od-crown
  carried from ending d-crown
player flag od-defiance
  carried from ending d-defiance
player flag od-went-home
  carried from ending d-went-home
player flag od-waiting
  carried from ending d-waiting

# Set by his own choices in this act.
player flag od-cheered-offensive
player flag od-german-charge
player flag od-backed-kornilov
player flag od-defended-kerensky
player flag od-peace-now
player flag od-mediator
player flag od-voted-left
player flag od-marched
player flag od-asked-release

# ================================================================ the start: a junction on the March ending
# A world where February failed (d-waiting, d-defiance) is brought back to history's by the event
# after-february (events.story), which tells the player so; the passages of od-april then say who he was.

scene od-start
  for duma
  go od-province if od-went-home
  go od-april

# ================================================================ the bridge: April

scene od-april
  for duma
  on 20 Apr, afternoon
  at mariinsky
  hi: गुरुवार, 20 अप्रैल (3 मई)। {if april-crisis}मारिइन्स्की महल की खिड़की से तुम देखते हो कि चौक फ़िनलैंड रेजिमेंट के झंडों से भर गया है।{else}मारिइन्स्की महल के बाहर कुछ लोग अख़बार से मिल्युकोव का नोट ज़ोर-ज़ोर से पढ़ रहे हैं।{end} अब तुम कैडेटों के साथ बैठते हो, और जानते हो कि झगड़ा किस बात का है: नोट पर दस्तख़त मिल्युकोव के हैं, पर "जीत तक युद्ध" तुम्हारी पार्टी का नारा है।
  en: Thursday, 20 April (3 May). {if april-crisis}From a window of the Mariinsky Palace you watch the square fill with the Finland Regiment's banners.{else}Outside the Mariinsky Palace a few people are reading Milyukov's note aloud from a newspaper.{end} You sit with the Kadets now, and you know what the quarrel is about: the signature on the note is Milyukov's, but "war to victory" is your party's cry.
  if od-committee
    hi: मार्च से तुम इस सरकार के एक क़ानूनी आयोग में काम कर रहे हो। तुम जानते हो कि इन दीवारों के बाहर उसका हुक्म कितना कम चलता है।
    en: Since March you have worked on one of this government's legal commissions. You know how little it commands beyond these walls.
  if od-crown
    hi: मार्च में मिलियोन्नाया सड़क पर तुम ताज के पक्ष में मिल्युकोव के साथ खड़े थे। अब वे संदेश भेजते हैं: वे चाहते हैं कि उनके दोस्त उनके साथ दिखें।
    en: In March, at Millionnaya Street, you stood beside Milyukov for the crown. Now he sends word that he wants his friends to be seen with him.
  if od-waiting
    hi: फ़रवरी में तुमने ज़ार के जवाब का इंतज़ार किया, और क्रांति ने तुम्हारा इंतज़ार नहीं किया। साथियों ने तुम्हें बिना कुछ कहे वापस ले लिया — जो किसी ताने से भी बुरा लगा।
    en: In February you waited for the Tsar's answer, and the revolution did not wait for you. Your colleagues took you back without a word — which was worse than a reproach.
  if od-defiance
    hi: फ़रवरी में तुमने प्रस्ताव रखा था कि ड्यूमा खुलकर ज़ार की अवज्ञा करे। अब कोई अदालत उसका हिसाब नहीं माँगेगी; साथी, जब याद करते हैं, उसे दूरदर्शिता कहते हैं।
    en: In February you moved that the Duma defy the Tsar openly. No court will call you to account for it now; your colleagues, when they remember, call it foresight.
  note
    hi: 18 अप्रैल (1 मई) को मिल्युकोव ने मित्र देशों को नोट भेजा कि रूस ज़ार के समय के युद्ध-लक्ष्यों पर क़ायम है, कुस्तुंतुनिया और जलडमरूमध्य समेत। सोवियत "बिना क़ब्ज़े और बिना हर्जाने की शांति" चाहती थी। 20–21 अप्रैल (3–4 मई) के प्रदर्शनों के बाद मिल्युकोव और गुचकोव ने इस्तीफ़ा दिया, और 5 मई (18 मई) को कैडेट समाजवादियों के साथ पहली मिली-जुली सरकार में बैठे। सरकार में समाजवादियों का वज़न बढ़ा, और बोल्शेविक अकेली बड़ी विपक्षी ताक़त बन गए।
    en: On 18 April (1 May) Milyukov sent the Allies a note: Russia held to the Tsar's war aims, Constantinople and the Straits among them. The Soviet wanted "peace without annexations or indemnities". After the demonstrations of 20–21 April (3–4 May) Milyukov and Guchkov resigned, and on 5 May (18 May) the Kadets sat with socialists in the first coalition. The government moved left, and the Bolsheviks became the only large opposition.
  source China Miéville, October: The Story of the Russian Revolution; Orlando Figes, A People's Tragedy; State Museum of Political History of Russia, "April crisis"

  choice od-by-milyukov
    hi: मिल्युकोव के साथ सीढ़ियों पर बाहर निकलो: जो सरकार राइफ़लों के आगे झुकती है, वह महीना भर नहीं टिकेगी।
    en: Go out on the steps beside Milyukov: a government that bows to rifles will not last a month.
    subtract 3 from support
    reply
      hi: सीटियाँ बजती हैं, "मुर्दाबाद!" के नारे लगते हैं; पीछे कुछ छात्र तालियाँ बजाते हैं। मिल्युकोव तुम्हारी ओर देखे बिना धन्यवाद कहते हैं।
      en: Whistles, shouts of "Down with him!"; behind you a few students applaud. Milyukov thanks you without looking at you.
    journal
      hi: 20 अप्रैल: मैं मिल्युकोव के साथ सीढ़ियों पर खड़ा रहा। नीचे से सीटियाँ आती रहीं।
      en: 20 April: I stood on the steps with Milyukov. The whistles kept coming up from below.
    go od-june

  choice od-ask-soldiers default
    hi: नीचे चौक में जाओ और सैनिकों से पूछो कि वे क्या चाहते हैं।
    en: Go down into the square and ask the soldiers what they want.
    add 3 to support
    reply
      hi: एक हवलदार तुम्हारे कोट को ग़ौर से देखता है, फिर कहता है: "क्रांति की रक्षा करेंगे, बाबू। जलडमरूमध्य के लिए नहीं मरेंगे।" आसपास के सैनिक सिर हिलाते हैं।
      en: A corporal looks your coat over, then says: "We'll defend the revolution, sir. We won't die for the Straits." The soldiers around him nod.
    journal
      hi: 20 अप्रैल: सैनिक क्रांति की रक्षा करेंगे, पर जलडमरूमध्य के लिए नहीं मरेंगे।
      en: 20 April: the soldiers will defend the revolution, but they will not die for the Straits.
    go od-june

  choice od-urge-coalition
    hi: मंत्रियों से कहो: मिल्युकोव को जाने दो, और सोवियत के लोगों को सरकार में लाओ।
    en: Tell the ministers: let Milyukov go, and bring the Soviet's men into the government.
    add 5 to support
    reply
      hi: प्रिंस ल्वोव थकी आँखों से तुम्हारी बात सुनते हैं। "आप पहले नहीं हैं जो यह कह रहे हैं," वे कहते हैं। गलियारे में तुम्हारी पार्टी के दो सदस्य तुमसे मुँह फेर लेते हैं।
      en: Prince Lvov hears you out with tired eyes. "You are not the first to say it," he says. In the corridor two members of your party turn their backs on you.
    journal
      hi: 20 अप्रैल: मैंने ल्वोव से कहा कि समाजवादियों को सरकार में लाएँ।
      en: 20 April: I told Lvov to bring the socialists into the government.
    go od-june

scene od-province
  for duma
  on 20 Apr, afternoon
  at od-town
  hi: गुरुवार, 20 अप्रैल (3 मई)। मार्च से तुम अपने प्रांतीय शहर में हो, अपनी क़ानून की किताबों और अपने मतदाताओं के बीच। शहर की अब अपनी सोवियत है, और एक सार्वजनिक समिति, जिसमें तुम ज़ेम्स्तवो के लोगों के साथ बैठते हो। आज के अख़बार में मिल्युकोव का नोट छपा है। समिति में सोवियत का प्रतिनिधि, एक नौजवान अध्यापक, तुमसे सीधे पूछता है: क्या इस शहर के बेटे कुस्तुंतुनिया के लिए मर रहे हैं? तुम्हारी मेज़ पर पेत्रोग्राद के कैडेटों की चिट्ठी रखी है: उन्हें वहाँ वकील चाहिए, और गर्मियों में नगर ड्यूमा के चुनाव हैं।
  en: Thursday, 20 April (3 May). Since March you have been in your provincial town, among your law books and your voters. The town has a soviet of its own now, and a public committee where you sit with the zemstvo men. Today's paper prints Milyukov's note. At the committee the soviet's delegate, a young teacher, asks you to your face: are this town's sons dying for Constantinople? On your desk lies a letter from the Kadets in Petrograd: they need lawyers there, and there will be City Duma elections in the summer.

  choice od-defend-note-town default
    hi: नोट का बचाव करो: मित्र अपना वचन निभाता है।
    en: Defend the note: an ally keeps his word.
    subtract 3 from support
    reply
      hi: व्यापारी तालियाँ बजाते हैं। अध्यापक उठकर बाहर चला जाता है, और उसके पीछे आधा हॉल।
      en: The merchants applaud. The teacher gets up and walks out, and half the hall follows him.
    journal
      hi: 20 अप्रैल: मैंने शहर की समिति में मिल्युकोव के नोट का बचाव किया। आधा हॉल उठकर चला गया।
      en: 20 April: I defended Milyukov's note at the town committee. Half the hall walked out.
    go od-june

  choice od-peace-town
    hi: वही कहो जो सोवियत कहती है: रूस की रक्षा करेंगे, पर जलडमरूमध्य के लिए युद्ध नहीं।
    en: Say what the Soviet says: defend Russia, but no war for the Straits.
    add 3 to support
    reply
      hi: अध्यापक हैरान होकर तुम्हारा हाथ थाम लेता है। उसी शाम तुम पेत्रोग्राद के कैडेटों को लिखते हो कि मई में आ रहे हो — और यह भी कि पार्टी को युद्ध के लक्ष्य बदलने होंगे।
      en: The teacher, surprised, takes your hand. That evening you write to the Kadets in Petrograd that you will come in May — and that the party must change its war aims.
    journal
      hi: 20 अप्रैल: मैंने कहा कि रूस की रक्षा हो, पर जलडमरूमध्य के लिए युद्ध नहीं।
      en: 20 April: I said Russia must be defended, but there must be no war for the Straits.
    go od-june

# ================================================================ the bridge: June

scene od-june
  for duma
  on 18 Jun, evening
  at od-kadet-club
  hi: रविवार, 18 जून (1 जुलाई), कैडेट पार्टी का क्लब। {if offensive}गैलिशिया से आए तार खाइयों पर क़ब्ज़े और हज़ारों बंदियों की बात करते हैं; नेव्स्की पर अनजान लोग एक-दूसरे को गले लगा रहे हैं।{else}हमला टल गया है, और कहा जा रहा है कि मित्र देशों के राजदूत आग-बबूला हैं।{end} एक साथी {if offensive}सेना के नाम बधाई-पत्र{else}केरेन्स्की के नाम अपील कि वे फिर भी हमला करें{end} लिख रहा है, और क़लम तुम्हारी ओर बढ़ाता है।
  en: Sunday, 18 June (1 July), the Kadets' club. {if offensive}The wires from Galicia speak of trenches taken and thousands of prisoners; on Nevsky strangers embrace.{else}The attack has been put off, and the Allies' ambassadors are said to be furious.{end} A colleague is drafting {if offensive}a greeting to the army{else}an appeal to Kerensky to attack after all{end}, and holds out the pen to you.
  if od-went-home
    hi: तुम मई में कैडेटों के बुलावे पर पेत्रोग्राद लौट आए। उन्होंने नगर ड्यूमा के चुनाव की अपनी सूची में तुम्हारा नाम रखा है।
    en: You came back to Petrograd in May, at the Kadets' call. They have put your name on their list for the City Duma elections.
  if od-crown and april-crisis
    hi: मई में सरकार छोड़ चुके मिल्युकोव इस हमले को अपने नोट की जीत की तरह देख रहे हैं। मार्च में तुम ताज के सवाल पर उनके साथ थे; वे मानकर चल रहे हैं कि तुम आज भी उनके साथ हो।
    en: Milyukov, who left the government in May, watches the offensive as if it proved his note right. In March you stood with him over the crown; he takes it for granted that you stand with him today.
  note
    hi: 18 जून (1 जुलाई) को गैलिशिया में शुरू हुआ "केरेन्स्की आक्रमण" पहले कुछ आगे बढ़ा — सबसे अच्छा कोर्निलोव की आठवीं सेना ने किया — फिर रेजिमेंटें आगे जाने से मना करने लगीं, और 6 जुलाई (19 जुलाई) को तार्नोपोल के पास जर्मन जवाबी हमले ने मोर्चा तोड़ दिया। उसी महीने सोवियतों की पहली अखिल रूसी कांग्रेस में नरम समाजवादियों का बहुमत था। उदारवादियों को उम्मीद थी कि जीत से सेना और सरकार दोनों सँभल जाएँगी; हार ने दोनों को और कमज़ोर कर दिया।
    en: The "Kerensky offensive", begun in Galicia on 18 June (1 July), made early gains — Kornilov's 8th Army did best — then regiments refused to go on, and on 6 July (19 July) a German counter-stroke near Tarnopol broke the front. That month the First All-Russian Congress of Soviets had a moderate socialist majority. Liberals hoped a victory would steady both the army and the government; the defeat weakened both.
  source Presidential Library, "The June offensive"; Orlando Figes, A People's Tragedy; NCERT, India and the Contemporary World – I (Class 9 History), ch. 2

  choice od-sign-greeting default
    hi: दस्तख़त करो: सेना लड़ेगी तो मित्र देश हमारी इज़्ज़त करेंगे और जर्मन बातचीत करेंगे।
    en: Sign: if the army fights, the Allies will respect us and the Germans will talk.
    set od-cheered-offensive
    add 2 to support
    reply
      hi: तुम दस्तख़त करते हो, और कोई शैंपेन की बोतल खोलता है। खिड़की के नीचे एक सैनिक भीख माँग रहा है, जिसकी एक टाँग युद्ध में चली गई; उसकी ओर कोई नहीं देखता।
      en: You sign, and someone opens a bottle of champagne. Under the window a soldier who lost a leg in the war is begging; nobody looks at him.
    journal
      hi: 18 जून: मैंने हमले के समर्थन में दस्तख़त किए।
      en: 18 June: I signed for the offensive.
    go od-july

  choice od-warn-kerensky
    hi: इसके बजाय केरेन्स्की को लिखो: छावनी नहीं जाएगी, और एक हार उनसे सब कुछ छीन लेगी।
    en: Write to Kerensky instead: the garrison will not go, and one defeat will cost him everything.
    reply
      hi: तुम रात भर चिट्ठी लिखते हो और सुबह उसे युद्ध मंत्रालय पहुँचा देते हो। कोई जवाब नहीं आता। क्लब में लोग कहते हैं कि तुम्हारी हिम्मत टूट गई है।
      en: You write all night and take the letter to the War Ministry in the morning. No answer comes. At the club people say you have lost your nerve.
    journal
      hi: 18 जून: मैंने केरेन्स्की को चेतावनी लिखी। जवाब नहीं आया।
      en: 18 June: I wrote Kerensky a warning. No answer came.
    go od-july

# ================================================================ the bridge: July

scene od-july
  for duma
  on 4 Jul, afternoon
  at tauride
  hi: मंगलवार, 4 जुलाई (17 जुलाई), टॉराइड महल, जहाँ सोवियत के कमरों से आगे गलियारे में रोद्ज़ियांको की ड्यूमा समिति के पास अब भी कुछ कमरे हैं। {if july-days}खिड़की के नीचे चौक नाविकों और हथियारबंद मज़दूरों से काला पड़ा है; एक आदमी राइफ़ल लिए मोटरगाड़ी पर चढ़कर चिल्ला रहा है कि सोवियत सत्ता ले।{else}गलियारे शांत हैं; मशीनगन रेजिमेंट बड़बड़ाकर बैरक में ही रह गई।{end} {if coalition}2 जुलाई को कैडेट मंत्रियों ने यूक्रेन की राडा को दी गई रियायतों पर इस्तीफ़ा दे दिया और मिली-जुली सरकार छोड़ दी।{else}यूक्रेन की राडा को रियायतें देने के सवाल पर तुम्हारी अपनी पार्टी के मंत्री आपस में लड़ रहे हैं।{end} साथी चाहते हैं कि तुम अपनी राय दो।
  en: Tuesday, 4 July (17 July), the Tauride Palace, where Rodzianko's Duma Committee still keeps a few rooms down the corridor from the Soviet's. {if july-days}Below the window the square is black with sailors and armed workers; a man with a rifle climbs onto a motor car and shouts for the Soviet to take power.{else}The corridors are quiet; the Machine-Gunners grumbled and stayed in barracks.{end} {if coalition}On 2 July the Kadet ministers resigned over the concessions to the Ukrainian Rada and walked out of the coalition.{else}Your own party's ministers are quarrelling over the concessions to the Ukrainian Rada.{end} Your colleagues want your view.
  if od-cheered-offensive and offensive
    hi: गलियारे में गैलिशिया से लौटा एक घायल अफ़सर बताता है कि उसकी रेजिमेंट ने जर्मन कँटीले तारों के सामने सभा की और आगे न जाने का वोट दिया।
    en: In the corridor a wounded officer back from Galicia tells you that his regiment held a meeting in front of the German wire and voted not to go on.
  if od-committee
    hi: मार्च से तुम इस सरकार के लिए काम करते आए हो। आज तुम उसे एक खिड़की से देख रहे हो, और तुम्हारे पास हुक्म देने को कोई नहीं।
    en: You have worked for this government since March. Today you watch it from a window, with no one to command.
  note
    hi: 2 जुलाई (15 जुलाई) को कैडेट मंत्रियों ने यूक्रेन की केंद्रीय राडा को दी गई रियायतों के विरोध में इस्तीफ़ा दिया। 3–5 जुलाई (16–18 जुलाई) को हथियारबंद सैनिक, क्रोनश्टाट के नाविक और मज़दूर टॉराइड महल पहुँचे और माँग की कि सोवियत सत्ता ले; सोवियत के नेताओं ने मना कर दिया। इतिहासकार बँटे हुए हैं: कुछ इसे बोल्शेविकों की सत्ता हथियाने की पहली कोशिश मानते हैं; दूसरे, जैसे राबिनोविच, दिखाते हैं कि बोल्शेविक नेता नीचे से उठे ग़ुस्से के पीछे अनमने ढंग से चले।
    en: On 2 July (15 July) the Kadet ministers resigned in protest at the concessions to the Ukrainian Central Rada. On 3–5 July (16–18 July) armed soldiers, Kronstadt sailors and workers came to the Tauride Palace and demanded that the Soviet take power; the Soviet's leaders refused. Historians disagree: some see the Bolsheviks' first attempt to seize power; others, such as Rabinowitch, show Bolshevik leaders following, half-heartedly, an anger that rose from below.
  source State Museum of Political History of Russia, "July crisis"; Alexander Rabinowitch, "The Bolsheviks Come to Power in Petrograd: Centennial Reflections", Economic and Political Weekly (2017); Richard Pipes, The Russian Revolution

  choice od-back-the-party default
    hi: पार्टी का साथ दो: और रियायतें नहीं; पहले व्यवस्था, फिर सुधार।
    en: Side with your party: no more concessions; order first, reform after.
    subtract 2 from support
    reply
      hi: साथी राहत से सिर हिलाते हैं। गलियारे के उस पार सोवियत के कमरे से किसी के चिल्लाने की आवाज़ आती है: "बुर्जुआ मंत्री भाग गए!"
      en: Your colleagues nod with relief. From the Soviet's rooms across the corridor someone shouts: "The bourgeois ministers have run away!"
    journal
      hi: 4 जुलाई: मैंने पार्टी का साथ दिया — पहले व्यवस्था।
      en: 4 July: I sided with the party — order first.
    go od-july-end

  choice od-government-first
    hi: साथियों से कहो कि यह सरकार से झगड़ने का हफ़्ता नहीं है।
    en: Tell your colleagues that this is no week to quarrel with the government.
    add 3 to support
    reply
      hi: "तो आप समाजवादियों के साथ हैं?" कोई पूछता है। तुम कहते हो कि तुम रूस के साथ हो। यह जवाब किसी को पसंद नहीं आता, तुम्हें भी नहीं।
      en: "So you are with the socialists?" someone asks. You say you are with Russia. Nobody likes the answer, you least of all.
    journal
      hi: 4 जुलाई: मैंने कहा कि सरकार को इस हफ़्ते अकेला न छोड़ें।
      en: 4 July: I said we must not leave the government alone this week.
    go od-july-end

scene od-july-end
  for duma
  go od-german-money if bolsheviks-hunted
  go od-riga

scene od-german-money
  for duma
  on 6 Jul, evening
  at od-kadet-club
  hi: गुरुवार, 6 जुलाई (19 जुलाई)। गोलीबारी थम गई है; अख़बार उन "दस्तावेज़ों" से भरे हैं जो कथित तौर पर दिखाते हैं कि लेनिन को जर्मनी से पैसा मिला{if offensive}, और तार्नोपोल से पीछे हटने की ख़बरों से{end}। एक उदारवादी दैनिक का संपादक क्लब में तुम्हें ढूँढ़ लेता है: क्या तुम सबूतों पर "एक वकील की राय" लिखोगे? तुमने काग़ज़ पढ़े हैं। ये काग़ज़ अख़बार में किसी को फाँसी पर चढ़ा सकते हैं, अदालत में नहीं।
  en: Thursday, 6 July (19 July). The shooting has stopped; the papers are full of the "documents" said to show that Lenin took German money{if offensive}, and of the retreat from Tarnopol{end}. The editor of a liberal daily finds you at the club: will you write "a lawyer's view" of the evidence? You have read the papers. They would hang a man in a newspaper, not in a court.
  note
    hi: जुलाई के दिनों के बाद सरकार ने वे काग़ज़ छपवाए जिनके मुताबिक़ लेनिन जर्मन एजेंट थे; प्राव्दा का दफ़्तर तोड़ा गया, लेनिन फ़िनलैंड में छिपे, कई बोल्शेविक गिरफ़्तार हुए। इतिहासकार आज भी बहस करते हैं कि जर्मन पैसा बोल्शेविकों तक कितना पहुँचा और उससे कितना फ़र्क़ पड़ा: पाइप्स उसे बड़ा महत्व देते हैं; राबिनोविच जैसे सामाजिक इतिहासकार कहते हैं कि उन्हें समर्थन पैसे से नहीं, उनके नारों से मिला।
    en: After the July Days the government published papers saying Lenin was a German agent; Pravda's offices were wrecked, Lenin hid in Finland, and many Bolsheviks were arrested. Historians still argue how much German money reached the Bolsheviks and how much it mattered: Pipes gives it great weight; social historians such as Rabinowitch argue that their support came from their slogans, not from money.
  source Richard Pipes, The Russian Revolution; Alexander Rabinowitch, "The Bolsheviks Come to Power in Petrograd: Centennial Reflections", Economic and Political Weekly (2017)

  choice od-write-the-charge
    hi: लिखो: रूस युद्ध में है, और जनता को जानने का हक़ है कि यह पैसा किसका है।
    en: Write it: Russia is at war, and the public has a right to know whose money this is.
    set od-german-charge
    subtract 3 from bolsheviks
    reply
      hi: लेख प्रांतों के अख़बारों तक में दोबारा छपता है। वीबोर्ग क्षेत्र की दीवारों से उसे फाड़ दिया जाता है।
      en: The article is reprinted as far as the provincial papers. On the Vyborg side it is torn off the walls.
    journal
      hi: 6 जुलाई: मैंने "जर्मन पैसे" पर लेख लिखा।
      en: 6 July: I wrote the article on "German money".
    go od-riga

  choice od-refuse-the-charge default
    hi: मना कर दो: जिन सबूतों पर अदालत हँस दे, उन पर तुम किसी को ग़द्दार नहीं कहोगे।
    en: Refuse: you will not call a man a traitor on evidence a court would laugh at.
    reply
      hi: संपादक कंधे उचकाता है: "कोई और लिख देगा।" कोई और लिख भी देता है।
      en: The editor shrugs: "Someone else will write it." Someone else does.
    journal
      hi: 6 जुलाई: मैंने "जर्मन पैसे" पर लिखने से मना किया।
      en: 6 July: I refused to write on "German money".
    go od-riga

# ================================================================ August: the City Duma and Kornilov

scene od-riga
  for duma
  on 22 Aug, noon
  at city-duma
  hi: मंगलवार, 22 अगस्त (4 सितंबर), नेव्स्की पर नगर ड्यूमा। गर्मियों में शहर ने इसे चुना — औरतों ने भी वोट दिया — और कैडेट सूची से तुम पार्षद बने। महापौर श्रेडर समाजवादी क्रांतिकारी हैं, और ज़्यादातर बेंचें समाजवादियों की हैं। कल रीगा गिरा। आज खाद्य आयोग बताता है कि शहर का आटा हफ़्तों नहीं, दिनों का बचा है। दो प्रस्ताव हैं: रोटी का राशन घटाओ, या मिलिशिया के साथ आयुक्त भेजकर व्यापारियों के गोदामों में छिपाया अनाज ढूँढ़ो।
  en: Tuesday, 22 August (4 September), the City Duma on Nevsky. The city elected it in the summer — women voted too — and you won a seat on the Kadet list. The mayor, Schreider, is an SR, and most of the benches are the socialists'. Riga fell yesterday. Today the food commission reports that the city's flour will last days, not weeks. There are two motions: cut the bread ration, or send commissioners with the militia to search the merchants' warehouses for hoarded grain.
  note
    hi: पेत्रोग्राद की नगर ड्यूमा 1917 की गर्मियों में चुनी गई; उसके महापौर ग्रिगोरी श्रेडर समाजवादी क्रांतिकारी थे। जुलाई 1917 में 20 साल से ऊपर की औरतों को वोट का और पद सँभालने का हक़ मिला। भूख का कारण सिर्फ़ अनाज की कमी नहीं थी: टूटी रेलें, महँगाई और जमाख़ोरी भी थीं। 21 अगस्त (3 सितंबर) को जर्मनों ने रीगा ले लिया, और राजधानी में डर फैल गया। इस दृश्य के दोनों प्रस्ताव और गोदामों की तलाशी खेल के अपने हैं।
    en: Petrograd's City Duma was elected in the summer of 1917; its mayor, Grigory Schreider, was an SR. In July 1917 women over twenty won the right to vote and to hold office. Hunger came not only from a shortage of grain: broken railways, inflation and hoarding played their part. On 21 August (3 September) the Germans took Riga, and fear spread through the capital. The two motions in this scene, and the warehouse searches, are the game's own.
  source John Reed, Ten Days That Shook the World; Orlando Figes, A People's Tragedy; China Miéville, October: The Story of the Russian Revolution

  choice od-cut-ration default
    hi: राशन घटाने के पक्ष में वोट दो: अगले महीने किसी को कुछ न मिले, इससे अच्छा है सबको थोड़ा मिले।
    en: Vote to cut the ration: a little for everyone is better than nothing for anyone next month.
    add 3 to hunger
    subtract 2 from support
    reply
      hi: प्रस्ताव पास हो जाता है। अगली सुबह बेकरियों के बाहर कतारें और लंबी हैं, और किसी ने तुम्हारे दरवाज़े पर चॉक से लिख दिया है: "भूखों का पार्षद"।
      en: The motion passes. Next morning the queues outside the bakeries are longer, and someone has chalked on your door: "the councillor of the hungry".
    journal
      hi: 22 अगस्त: मैंने राशन घटाने के पक्ष में वोट दिया।
      en: 22 August: I voted to cut the ration.
    go od-kornilov

  choice od-search-warehouses
    hi: तलाशी के पक्ष में वोट दो, भले ही तुम्हारी पार्टी इसे संपत्ति पर हमला कहे।
    en: Vote for the searches, though your party calls it an attack on property.
    subtract 3 from hunger
    add 3 to support
    reply
      hi: मिलिशिया को दो गोदामों में आटे के बोरे मिलते हैं। तुम्हारी पार्टी का अख़बार इसे "भीड़ की ज़ब्ती" लिखता है; मज़दूर बस्तियों में लोग पहली बार किसी कैडेट का नाम इज़्ज़त से लेते हैं।
      en: The militia find sacks of flour in two warehouses. Your party's paper calls it "requisition by the mob"; in the workers' districts people speak well of a Kadet for the first time.
    journal
      hi: 22 अगस्त: मैंने गोदामों की तलाशी के पक्ष में वोट दिया। दो गोदामों में आटा मिला।
      en: 22 August: I voted for the searches. Flour was found in two warehouses.
    go od-kornilov

scene od-kornilov
  for duma
  on 27 Aug, night
  at od-kadet-club
  hi: रविवार, 27 अगस्त (9 सितंबर), रात, कैडेट क्लब। {if kornilov-advance}जो लोग मार्च में क्रांति पर तालियाँ बजा रहे थे, वे अब कोर्निलोव को उद्धारक कहते हैं: आख़िरकार व्यवस्था। ड्यूमा के दिनों का एक दोस्त तुम्हारे सामने एक काग़ज़ रखता है — "पेत्रोग्राद के समझदार तबक़ों" की ओर से मुख्यालय के नाम चिट्ठी, जनरल की सफलता की कामना के साथ।{else}जनरल मुख्यालय में ही हैं, पर बात उन्हीं की हो रही है: आख़िरकार एक मज़बूत हाथ। एक पुराना दोस्त तुम्हारे सामने कोर्निलोव के नाम एक चिट्ठी रखता है: "जब घड़ी आएगी", पेत्रोग्राद के "समझदार तबक़े" उनके साथ होंगे।{end} सड़क के उस पार नगर ड्यूमा में समाजवादी पार्षद देर रात तक बैठे हैं।
  en: Sunday, 27 August (9 September), night, the Kadets' club. {if kornilov-advance}Men who cheered the revolution in March now call Kornilov a saviour: order at last. A friend from the Duma days lays a sheet before you — a letter to headquarters from "the sound elements of Petrograd", wishing the general success.{else}The general has stayed at headquarters, but he is all the talk: a strong hand at last. An old friend lays before you a letter to Kornilov: "when the hour comes", the "sound elements" of Petrograd will be with him.{end} Across the street the socialist councillors sit late in the City Duma.
  if od-crown
    hi: मार्च में जो लोग ताज के पक्ष में खड़े थे, उन्हें कोर्निलोव में वही मज़बूत हाथ दिखता है जो तब मिख़ाइल में दिखा था।
    en: To the men who stood for the crown in March, Kornilov looks like the strong hand they once hoped to find in Michael.
  if od-defiance
    hi: फ़रवरी में तुमने ड्यूमा की ख़ातिर एक ज़ार की अवज्ञा का प्रस्ताव रखा था। अब दोस्त चाहते हैं कि तुम एक जनरल के लिए दस्तख़त करो।
    en: In February you moved that the Duma defy a Tsar. Now your friends want you to sign for a general.
  if od-went-home
    hi: तुम्हारे प्रांतीय शहर से मतदाताओं की चिट्ठियाँ आती हैं: उन्हें सबसे पहले व्यवस्था चाहिए।
    en: Letters come from your voters in your provincial town: above all, they want order.
  if od-waiting
    hi: फ़रवरी में तुमने इंतज़ार किया था कि कोई और फ़ैसला करे। आज भी वही आसान रास्ता सामने है।
    en: In February you waited for someone else to decide. The same easy road lies open tonight.
  note
    hi: कोर्निलोव मोर्चे पर मौत की सज़ा और पीछे "व्यवस्था" चाहते थे — यानी सोवियतों पर लगाम। 27 अगस्त (9 सितंबर) को केरेन्स्की ने उन्हें बाग़ी घोषित किया; संकट के बीच कैडेट मंत्रियों ने इस्तीफ़ा दिया, और बहुत-से उदारवादियों की हमदर्दी कोर्निलोव के साथ थी। इतिहासकार आज भी बहस करते हैं कि कोर्निलोव केरेन्स्की को हटाना चाहते थे या समझते थे कि वे उन्हीं की सहमति से चल रहे हैं। नतीजे पर कम बहस है: उदारवादी बदनाम हुए, और बोल्शेविक फिर उठ खड़े हुए। कोर्निलोव के नाम इस दृश्य की चिट्ठी खेल की अपनी है।
    en: Kornilov wanted the death penalty at the front and "order" behind it — a curb on the soviets. On 27 August (9 September) Kerensky declared him a rebel; the Kadet ministers resigned in the crisis, and many liberals sympathised with Kornilov. Historians still argue whether Kornilov meant to remove Kerensky or believed he was acting with his consent. About the result there is less argument: the liberals were discredited, and the Bolsheviks revived. The letter to Kornilov in this scene is the game's own.
  source Richard Pipes, The Russian Revolution; Leon Trotsky, History of the Russian Revolution; China Miéville, October: The Story of the Russian Revolution; Orlando Figes, A People's Tragedy

  choice od-sign-for-kornilov
    hi: दस्तख़त करो: जो सरकार अपनी फ़ौज नहीं सँभाल सकती, वह रूस नहीं सँभाल सकती।
    en: Sign: a government that cannot hold its army cannot hold Russia.
    set od-backed-kornilov
    subtract 4 from support
    reply
      hi: दोस्त काग़ज़ मोड़कर जेब में रखता है। "कल तक यह मुख्यालय में होगी," वह कहता है। तुम्हें नहीं पता कि वह किसके हाथों से होकर जाएगी।
      en: Your friend folds the sheet into his pocket. "It will be at headquarters by tomorrow," he says. You do not know whose hands it will pass through.
    journal
      hi: 27 अगस्त: मैंने कोर्निलोव के नाम चिट्ठी पर दस्तख़त किए।
      en: 27 August: I signed the letter to Kornilov.
    go od-kornilov-after

  choice od-sign-nothing default
    hi: किसी चीज़ पर दस्तख़त मत करो और घर जाओ: जनरल और केरेन्स्की आपस में निपटें।
    en: Sign nothing and go home: let the general and Kerensky settle it between them.
    subtract 1 from support
    reply
      hi: घर के रास्ते में तुम्हें सैनिकों से भरा एक ट्रक मिलता है, जो वीबोर्ग की ओर जा रहा है। तुम अपना कॉलर ऊपर कर लेते हो।
      en: On the way home you pass a lorry full of soldiers heading for the Vyborg side. You turn up your collar.
    journal
      hi: 27 अगस्त: मैंने किसी का साथ नहीं दिया।
      en: 27 August: I took no side.
    go od-kornilov-after

  choice od-to-city-duma
    hi: सड़क पार करके नगर ड्यूमा जाओ और सरकार के साथ खड़े हो: राजधानी पर जनरल की चढ़ाई बग़ावत है।
    en: Cross the street to the City Duma and stand with the government: a general's march on the capital is a mutiny.
    set od-defended-kerensky
    add 5 to support
    subtract 2 from bolsheviks
    reply
      hi: तुम राजधानी की रक्षा की अपील के पक्ष में बोलते हो, और समाजवादी बेंचें तालियाँ बजाती हैं। क्लब वाला दोस्त अगले दिन तुमसे हाथ नहीं मिलाता।
      en: You speak for the council's appeal to defend the capital, and the socialist benches applaud. Next day your friend from the club will not shake your hand.
    journal
      hi: 27 अगस्त: मैं नगर ड्यूमा में कोर्निलोव के ख़िलाफ़ बोला।
      en: 27 August: I spoke against Kornilov in the City Duma.
    go od-kornilov-after

scene od-kornilov-after
  for duma
  on 30 Aug, afternoon
  at city-duma
  hi: बुधवार, 30 अगस्त (12 सितंबर), नगर ड्यूमा। {if kornilov-stopped}जनरल की चढ़ाई बिना लड़ाई के बिखर गई, और जिन मज़दूरों को उसे रोकने के लिए राइफ़लें मिली थीं, उन्होंने वे लौटाई नहीं।{else}{if kornilov-advance}क्रिमोव की गाड़ियाँ पटरियों पर अटकी हैं; सदन में किसी को नहीं पता कि उनके घुड़सवार अब किसका हुक्म मानते हैं।{else}मोर्चा शांत है; पर जनरल का नाम हर ज़बान पर है।{end}{end} एक कैडेट पार्षद प्रस्ताव रखता है कि पेत्रोग्राद में सिर्फ़ नगर मिलिशिया हथियार रखे, और बाक़ी हर राइफ़ल जमा कराई जाए।
  en: Wednesday, 30 August (12 September), the City Duma. {if kornilov-stopped}The general's march has fallen apart without a battle, and the workers who were given rifles to stop it have not given them back.{else}{if kornilov-advance}Krymov's trains are stuck on the lines; no one in the chamber knows whose orders his horsemen now obey.{else}The front is quiet; but the general's name is on every tongue.{end}{end} A Kadet councillor moves that in Petrograd only the city militia may bear arms, and that every other rifle be handed in.
  if od-backed-kornilov
    hi: मुख्यालय वाली चिट्ठी छप गई है। आज सुबह एक मेन्शेविक ने सदन में तुम्हारा नाम पढ़कर सुनाया, और बाईं ओर की बेंचों से आवाज़ आई: "कोर्निलोव का आदमी!"
    en: The letter to headquarters has been printed. This morning a Menshevik read your name aloud in the chamber, and the left benches shouted: "Kornilovite!"
  if od-defended-kerensky
    hi: समाजवादी पार्षद अब तुम्हें देखकर सिर हिलाते हैं; क्लब में तुम्हारे दोस्त नहीं हिलाते।
    en: The socialist councillors nod to you now; at the club your friends no longer do.
  note
    hi: कोर्निलोव के दिनों में सोवियतों की प्रतिक्रांति-विरोधी समिति बनी; बोल्शेविक इस शर्त पर उसमें आए कि मज़दूरों को हथियार मिलें और जुलाई के बंदी छूटें। लगभग 40,000 रेड गार्ड हथियारबंद हुए; रेल मज़दूरों ने गाड़ियाँ दूसरी पटरियों पर मोड़ दीं, और आंदोलनकारियों ने सैनिकों को समझा-बुझाकर रोक लिया। 31 अगस्त (13 सितंबर) को पेत्रोग्राद सोवियत ने पहली बार बोल्शेविक प्रस्ताव पास किया। नगर ड्यूमा में हथियार जमा कराने का प्रस्ताव खेल का अपना है।
    en: In the Kornilov days the soviets formed a committee for struggle against counter-revolution; the Bolsheviks joined on condition that the workers be armed and the July prisoners freed. Some 40,000 Red Guards were armed; railwaymen sent the trains down other lines, and agitators talked the soldiers out of it. On 31 August (13 September) the Petrograd Soviet passed a Bolshevik resolution for the first time. The City Duma's motion to hand in the rifles is the game's own.
  source Leon Trotsky, History of the Russian Revolution; China Miéville, October: The Story of the Russian Revolution; Alexander Rabinowitch, "The Bolsheviks Come to Power in Petrograd: Centennial Reflections", Economic and Political Weekly (2017)

  choice od-for-disarming default
    hi: प्रस्ताव के पक्ष में वोट दो: कारख़ानों में रखी राइफ़लें अगला ख़तरा हैं।
    en: Vote for the motion: the rifles in the factories are the next danger.
    subtract 2 from support
    reply
      hi: प्रस्ताव गिर जाता है। अगले दिन मज़दूर बस्तियों के अख़बार उन पार्षदों के नाम छापते हैं जिन्होंने उसके पक्ष में वोट दिया था। तुम्हारा नाम भी है।
      en: The motion fails. Next day the workers' papers print the names of the councillors who voted for it. Yours is among them.
    journal
      hi: 30 अगस्त: मैंने मज़दूरों से हथियार वापस लेने के पक्ष में वोट दिया। प्रस्ताव गिर गया।
      en: 30 August: I voted to take the workers' rifles back. The motion failed.
    go od-republic

  choice od-against-disarming
    hi: विरोध में वोट दो: जिस प्रस्ताव को कोई लागू नहीं कर सकता, वह मज़दूरों को बस यह बताता है कि किस पर भरोसा न करें।
    en: Vote against it: a motion no one can enforce only tells the workers whom to distrust.
    add 3 to support
    subtract 2 from bolsheviks
    reply
      hi: तुम्हारी पार्टी के लोग तुम्हें घूरते हैं। महापौर श्रेडर बैठक के बाद धीरे से कहते हैं: "आज आपने शहर की एक रात बचा ली।"
      en: Your party stares at you. After the sitting the mayor, Schreider, says quietly: "Today you saved the city a night."
    journal
      hi: 30 अगस्त: मैंने हथियार छीनने के प्रस्ताव के ख़िलाफ़ वोट दिया।
      en: 30 August: I voted against taking the rifles back.
    go od-republic

# ================================================================ September: the republic

scene od-republic
  for duma
  on 1 Sep, evening
  at od-flat
  hi: शुक्रवार, 1 सितंबर (14 सितंबर), शाम। {if republic}केरेन्स्की का आदेश हर दीवार पर है: रूस गणराज्य है। तुम वकील हो, और तुम्हें याद है कि मार्च में सरकार ने वादा किया था कि राज्य का रूप संविधान सभा तय करेगी।{else}कोई गणराज्य नहीं: इस रूस में मार्च में मिख़ाइल ने ताज ले लिया था, और आदेश अब भी एक सम्राट के नाम से निकलते हैं। तुम्हारी पार्टी का बायाँ धड़ा चाहता है कि संविधान सभा राजतंत्र ख़त्म करे।{end} {if bolshevik-majority}और कल रात पहली बार पेत्रोग्राद सोवियत ने बोल्शेविकों के साथ वोट दिया।{end} पार्टी को कल तक तुम्हारा बयान चाहिए।
  en: Friday, 1 September (14 September), evening. {if republic}Kerensky's decree is on every wall: Russia is a republic. You are a lawyer, and you remember that in March the government promised to leave the form of the state to the Constituent Assembly.{else}There is no republic: in this Russia Michael took the crown in March, and decrees still go out in an emperor's name. Your party's left wing wants the Constituent Assembly to end the monarchy.{end} {if bolshevik-majority}And last night, for the first time, the Petrograd Soviet voted with the Bolsheviks.{end} The party wants your statement by tomorrow.
  if od-crown
    hi: मार्च में तुम ताज के पक्ष में खड़े हुए थे। यह सवाल अब भी तुम्हारे लिए निजी है।
    en: In March you stood for the crown. For you the question is still a personal one.

  choice od-protest-decree
    hi: विरोध करो: रूस क्या होगा, यह सिर्फ़ संविधान सभा तय कर सकती है।
    en: Protest: only the Constituent Assembly may decide what Russia is to be.
    only if republic
    subtract 2 from support
    reply
      hi: तुम्हारा बयान सही है, क़ानूनी है, और उसे पढ़ने वाले बहुत कम हैं। मज़दूर बस्तियों में बस इतना पहुँचता है कि कैडेट गणराज्य के ख़िलाफ़ हैं।
      en: Your statement is correct, lawful, and read by very few. All that reaches the workers' districts is that the Kadets are against the republic.
    journal
      hi: 1 सितंबर: मैंने लिखा कि गणराज्य का फ़ैसला संविधान सभा का है।
      en: 1 September: I wrote that the republic is for the Constituent Assembly to decide.
    go od-preparliament

  choice od-welcome-republic
    hi: स्वागत करो: राजतंत्र मार्च में ही मर गया था; यह आदेश बस उसे दफ़नाता है।
    en: Welcome it: the monarchy died in March; the decree only buries it.
    only if republic
    add 3 to support
    reply
      hi: बयान छपता है, और पार्टी के बुज़ुर्ग तुम्हें एक ठंडा पत्र भेजते हैं। नगर ड्यूमा में एक समाजवादी क्रांतिकारी तुम्हें "नागरिक" कहकर बुलाता है, जैसे यह एक तारीफ़ हो।
      en: The statement is printed, and your party's elders send you a chilly letter. In the City Duma an SR calls you "citizen", as if it were a compliment.
    journal
      hi: 1 सितंबर: मैंने गणराज्य का स्वागत किया।
      en: 1 September: I welcomed the republic.
    go od-preparliament

  choice od-defend-crown
    hi: ताज का बचाव करो: क़ानूनी सत्ता का यही आख़िरी धागा है।
    en: Defend the crown: it is the last thread of lawful power.
    only if not republic
    subtract 3 from support
    reply
      hi: पार्टी के दाहिने धड़े के लोग तुम्हें बधाई देते हैं। उस शाम नेव्स्की पर किसी ने सम्राट की तस्वीर पर कीचड़ पोत दिया है।
      en: The men on your party's right congratulate you. That evening on Nevsky someone has smeared mud on the emperor's portrait.
    journal
      hi: 1 सितंबर: मैंने ताज का बचाव किया।
      en: 1 September: I defended the crown.
    go od-preparliament

  choice od-ask-assembly default
    hi: लिखो कि संविधान सभा राजतंत्र का अंत करे।
    en: Write that the Constituent Assembly should end the monarchy.
    only if not republic
    add 3 to support
    reply
      hi: बयान छपता है। मज़दूर बस्तियों में कोई उसे नहीं पढ़ता, पर नगर ड्यूमा में एक समाजवादी पार्षद तुमसे हाथ मिलाता है।
      en: The statement is printed. No one reads it in the workers' districts, but in the City Duma a socialist councillor shakes your hand.
    journal
      hi: 1 सितंबर: मैंने लिखा कि संविधान सभा राजतंत्र ख़त्म करे।
      en: 1 September: I wrote that the Constituent Assembly should end the monarchy.
    go od-preparliament

# ================================================================ October: the Pre-Parliament

scene od-preparliament
  for duma
  on 7 Oct, 17:00
  at mariinsky
  hi: शनिवार, 7 अक्टूबर (20 अक्टूबर), मारिइन्स्की महल। {if preparliament}तुम गणराज्य परिषद में दाहिनी ओर, "संपत्तिवान तबक़ों" के प्रतिनिधियों के बीच बैठे हो।{if bolshevik-majority} जो कुर्सियाँ बोल्शेविक एक घंटे पहले छोड़ गए, वे ख़ाली पड़ी हैं।{end} पहली बहस देश की रक्षा पर है, और बोलने की तुम्हारी बारी आती है।{else}कोई गणराज्य परिषद नहीं बनी। महल के एक बगल वाले हॉल में कैडेट और कुछ दूसरे लोग बहस कर रहे हैं कि उस सरकार से क्या कहें जो किसी को जवाब नहीं देती। बोलने की तुम्हारी बारी आती है।{end}
  en: Saturday, 7 October (20 October), the Mariinsky Palace. {if preparliament}You sit on the right of the Council of the Republic, among the delegates of the "propertied elements".{if bolshevik-majority} The seats the Bolsheviks left an hour ago stand empty.{end} The first debate is on the defence of the country, and your turn to speak comes.{else}No Council of the Republic was formed. In a side hall of the palace the Kadets and a few others debate what to say to a government that answers to no one. Your turn to speak comes.{end}
  if od-committee
    hi: मार्च में तुमने इस सरकार को बनाने में हाथ बँटाया था। उस पर इतना शक तुम्हें पहले कभी नहीं हुआ।
    en: In March you helped to make this government. You have never doubted it as you do now.
  note
    hi: चौथी राज्य ड्यूमा शरद ऋतु में औपचारिक रूप से भंग की गई (ज़्यादातर स्रोत 6 अक्टूबर / 19 अक्टूबर बताते हैं)। पूर्व-संसद, यानी रूसी गणराज्य की अस्थायी परिषद, 7 अक्टूबर (20 अक्टूबर) को मारिइन्स्की महल में खुली। वह चुनी हुई नहीं, बल्कि दलों और संगठनों के मनोनीत प्रतिनिधियों की सभा थी, जिसे संविधान सभा तक सरकार को सलाह देनी थी। पहले ही दिन बोल्शेविक उसे छोड़कर चले गए।
    en: The Fourth State Duma was formally dissolved in the autumn (most sources give 6 October / 19 October). The Pre-Parliament, the Provisional Council of the Russian Republic, opened in the Mariinsky Palace on 7 October (20 October). It was not elected but made up of delegates named by parties and organisations, to advise the government until the Constituent Assembly. On its first day the Bolsheviks walked out.
  source Leon Trotsky, History of the Russian Revolution; China Miéville, October: The Story of the Russian Revolution; Alexander Rabinowitch, "The Bolsheviks Come to Power in Petrograd: Centennial Reflections", Economic and Political Weekly (2017)

  choice od-speak-for-order default
    hi: सेना और व्यवस्था के पक्ष में बोलो: पहले अनुशासन, बाक़ी सब युद्ध के बाद।
    en: Speak for the army and for order: discipline first, everything else after the war.
    subtract 3 from support
    reply
      hi: दाहिनी ओर की बेंचें तालियाँ बजाती हैं। बाईं ओर से कोई पूछता है: "और ज़मीन? वह भी युद्ध के बाद?" हॉल हँस पड़ता है।
      en: The right-hand benches applaud. From the left someone asks: "And the land? That after the war too?" The hall laughs.
    journal
      hi: 7 अक्टूबर: मैं व्यवस्था और सेना के पक्ष में बोला।
      en: 7 October: I spoke for order and the army.
    go od-rumours

  choice od-speak-for-peace
    hi: वह कहो जो तुम्हारी बेंचों पर कोई नहीं कहेगा: सभी युद्धरत देशों को शांति-सम्मेलन का प्रस्ताव भेजो, और ज़मींदारों की ज़मीन अभी, संविधान सभा से पहले, भूमि समितियों को सौंपो।
    en: Say what no one on your benches will: offer all the warring powers a peace conference, and hand the landlords' land to the land committees now, before the Constituent Assembly.
    set od-peace-now
    add 6 to support
    subtract 2 from bolsheviks
    reply
      hi: तुम्हारी बेंचों पर सन्नाटा, बाईं ओर तालियाँ। पार्टी के एक बुज़ुर्ग बाद में कहते हैं: "आपने अभी-अभी पार्टी से इस्तीफ़ा दे दिया है, बस काग़ज़ पर नहीं।"
      en: Silence on your benches, applause on the left. Afterwards a party elder says: "You have just resigned from the party — only not on paper."
    journal
      hi: 7 अक्टूबर: मैंने अभी शांति और अभी ज़मीन की बात कही।
      en: 7 October: I spoke for peace now and land now.
    go od-rumours

scene od-rumours
  for duma
  on 20 Oct, evening
  at city-duma
  hi: शुक्रवार, 20 अक्टूबर (2 नवंबर), नगर ड्यूमा। {if rising-voted}कामेनेव और ज़िनोवियेव ने अख़बार में विद्रोह के ख़िलाफ़ लिखा है — तो अब हर कोई जानता है कि विद्रोह की तैयारी है।{else}बोल्शेविक विद्रोह की बातें मौसम की तरह आती-जाती हैं।{end} {if mrc}सैन्य क्रांतिकारी समिति के आयुक्त बैरकों में घूम रहे हैं; सरकार आदेश भेजती है; रेजिमेंटें दोनों को पढ़ती हैं।{end} महापौर श्रेडर प्रस्ताव रखते हैं कि नगर ड्यूमा किसी की ओर से हथियार न उठाए और दोनों पक्षों के बीच मध्यस्थ बने।
  en: Friday, 20 October (2 November), the City Duma. {if rising-voted}Kamenev and Zinoviev have written in a newspaper against a rising — so now everyone knows that a rising is being prepared.{else}Talk of a Bolshevik rising comes and goes like the weather.{end} {if mrc}The Military Revolutionary Committee's commissars go from barracks to barracks; the government sends orders; the regiments read both.{end} The mayor, Schreider, moves that the City Duma take up arms for no one and offer itself as a go-between.
  note
    hi: 10 अक्टूबर (23 अक्टूबर) को बोल्शेविक केंद्रीय समिति ने 10–2 से सशस्त्र विद्रोह के पक्ष में वोट दिया; कामेनेव और ज़िनोवियेव ने विरोध किया और बाद में खुलकर लिखा। 12–16 अक्टूबर (25–29 अक्टूबर) को सोवियत ने सैन्य क्रांतिकारी समिति बनाई, और 21 अक्टूबर (3 नवंबर) को छावनी के सम्मेलन ने उसका साथ दिया। तुम्हारी पाठ्यपुस्तक (NCERT) के अनुसार लेनिन ने 16 अक्टूबर को सोवियत और पार्टी को सत्ता लेने के लिए राज़ी किया, और समिति त्रोत्स्की की अगुवाई में थी। महापौर श्रेडर का यह प्रस्ताव खेल का अपना है; असल में नगर ड्यूमा ने 25 अक्टूबर की रात अपने प्रतिनिधिमंडल भेजे।
    en: On 10 October (23 October) the Bolshevik Central Committee voted 10–2 for an armed rising; Kamenev and Zinoviev opposed it and later said so in print. On 12–16 October (25–29 October) the Soviet formed the Military Revolutionary Committee, and on 21 October (3 November) the garrison conference backed it. Your textbook (NCERT) says that on 16 October Lenin persuaded the Soviet and the party to seize power, with the committee under Trotsky. Mayor Schreider's motion here is the game's own; in fact the City Duma sent out its delegations on the night of 25 October.
  source Alexander Rabinowitch, "The Bolsheviks Come to Power in Petrograd: Centennial Reflections", Economic and Political Weekly (2017); Leon Trotsky, History of the Russian Revolution; NCERT, India and the Contemporary World – I (Class 9 History), ch. 2

  choice od-back-the-mayor default
    hi: महापौर का साथ दो: शहर को गृहयुद्ध का मैदान नहीं बनना चाहिए।
    en: Back the mayor: the city must not become a battlefield.
    set od-mediator
    reply
      hi: प्रस्ताव बड़े बहुमत से पास होता है। श्रेडर तुम्हें उस छोटे आयोग में रखते हैं जो ज़रूरत पड़ने पर स्मोल्नी और शीत महल, दोनों से बात करेगा।
      en: The motion passes by a large majority. Schreider puts you on the small commission that will, if need be, talk both to Smolny and to the Winter Palace.
    journal
      hi: 20 अक्टूबर: मैं नगर ड्यूमा के मध्यस्थ आयोग में हूँ।
      en: 20 October: I am on the City Duma's commission of go-betweens.
    go od-oct24

  choice od-demand-arrests
    hi: माँग करो कि सरकार बोल्शेविक नेताओं को वार करने से पहले ही गिरफ़्तार करे।
    en: Demand that the government arrest the Bolshevik leaders before they strike.
    subtract 3 from support
    reply
      hi: बाईं ओर से शोर उठता है: "जुलाई फिर से?" महापौर घंटी बजाते हैं। तुम्हारा भाषण अगले दिन स्मोल्नी की दीवार-पत्रिका में छपा होता है, नीचे एक ही शब्द के साथ: "कोर्निलोववाद"।
      en: Uproar from the left: "July all over again?" The mayor rings his bell. Next day your speech is pinned up on a Smolny wall-sheet, with one word under it: "Kornilovism".
    journal
      hi: 20 अक्टूबर: मैंने बोल्शेविक नेताओं की गिरफ़्तारी की माँग की।
      en: 20 October: I demanded the arrest of the Bolshevik leaders.
    go od-oct24

# ================================================================ the one-period microgame: 24 October

scene od-period-start
  for duma
  on 24 Oct, morning
  at city-duma
  hi: मंगलवार, 24 अक्टूबर (6 नवंबर)। तुम एक प्रांतीय शहर के वकील हो; फ़रवरी में तुम राज्य ड्यूमा में प्रगतिशील गुट के सदस्य थे। अब तुम नगर ड्यूमा में कैडेट पार्षद हो और पूर्व-संसद के सदस्य। सोवियत में बोल्शेविकों का बहुमत है, छावनी सैन्य क्रांतिकारी समिति की सुनती है, और सब कहते हैं कि विद्रोह आने वाला है। आज भोर में सरकार ने बोल्शेविक अख़बार बंद करवाए।
  en: Tuesday, 24 October (6 November). You are a lawyer from a provincial town; in February you sat in the State Duma with the Progressive Bloc. Now you are a Kadet councillor in the City Duma and a member of the Pre-Parliament. The Soviet has a Bolshevik majority, the garrison listens to the Military Revolutionary Committee, and everyone says a rising is coming. At dawn the government shut the Bolshevik papers.

  choice od-period-mayor default
    hi: दिन भर महापौर श्रेडर के साथ रहो: अगर बातचीत हुई, तो नगर ड्यूमा ही बीच में खड़ी होगी।
    en: Spend the day with the mayor, Schreider: if there are talks, the City Duma will stand between the sides.
    set od-mediator
    reply
      hi: श्रेडर सुबह भर टेलीफ़ोन पर रहते हैं — स्मोल्नी, शीत महल, फिर स्मोल्नी। "दोपहर में नेव्स्की की ख़बर लाओ," वे तुमसे कहते हैं, "और शाम को नगर ड्यूमा की ओर से मारिइन्स्की महल में सुनना।"
      en: Schreider is on the telephone all morning — Smolny, the Winter Palace, Smolny again. "Bring me the news from Nevsky at noon," he tells you, "and this evening listen at the Mariinsky Palace for the City Duma."
    go od-period-noon

  choice od-period-mariinsky
    hi: सीधे मारिइन्स्की महल जाओ: आज पूर्व-संसद तय करेगी कि सरकार को क्या दे।
    en: Go straight to the Mariinsky Palace: today the Pre-Parliament decides what to give the government.
    go od-period-noon

scene od-period-noon
  for duma
  on 24 Oct, noon
  at nevsky
  hi: दोपहर। नेव्स्की पर ट्रामें अब भी चल रही हैं, पर चौराहों पर युंकर लोगों के काग़ज़ देख रहे हैं, और लितोव्स्की रेजिमेंट का एक सैनिक भीड़ को बता रहा है कि बोल्शेविक अख़बार फिर छपने लगा है। नगर ड्यूमा के गलियारे में एक पार्षद नागरिकों के नाम अपील बाँट रहा है: "शांत रहिए; सड़कों पर मत निकलिए।"
  en: Noon. On Nevsky the trams are still running, but at the corners junkers are checking people's papers, and a soldier of the Litovsky regiment is telling the crowd that the Bolshevik paper is printing again. In the City Duma's corridor a councillor is handing round an appeal to the citizens: "Keep calm; do not go out into the streets."

  choice od-period-sign-appeal default
    hi: अपील पर दस्तख़त करो।
    en: Sign the appeal.
    add 1 to support
    reply
      hi: तुम्हारा नाम महापौर के नाम के नीचे जाता है। शाम तक अपील दीवारों पर सैन्य क्रांतिकारी समिति के आदेशों के पास चिपक जाती है — और कोई रुककर न इसे पढ़ता है, न उन्हें।
      en: Your name goes below the mayor's. By evening the appeal is pasted on the walls beside the Military Revolutionary Committee's orders — and nobody stops to read either.
    go od-oct24

  choice od-period-see-press
    hi: छापाख़ाने तक पैदल जाओ और अपनी आँखों से देखो।
    en: Walk to the printing works and see for yourself.
    subtract 1 from support
    reply
      hi: छापाख़ाने के दरवाज़े पर लाल पट्टी बाँधे सैनिक खड़े हैं। गीला अख़बार बाँहें भर-भरकर बँट रहा है। एक कंपोज़ीटर तुमसे कहता है: "पहला वार सरकार ने किया, बाबू।"
      en: Soldiers with red armbands stand at the door of the printing works. The paper, still wet, is handed out by the armful. A typesetter tells you: "The government struck first, sir."
    go od-oct24

# ================================================================ 24–25 October

scene od-oct24
  for duma
  on 24 Oct, 20:00
  at mariinsky
  hi: मंगलवार, 24 अक्टूबर (6 नवंबर), रात आठ बजे, मारिइन्स्की महल। {if preparliament}{if mrc}दोपहर में केरेन्स्की यहीं खड़े होकर परिषद से विद्रोह कुचलने के लिए पूरा समर्थन माँग गए।{else}दोपहर में केरेन्स्की यहीं खड़े होकर बोल्शेविकों के ख़िलाफ़ परिषद से पूरा समर्थन माँग गए — वे विद्रोह की बात करते हैं, हालाँकि सोवियत में उनका बहुमत नहीं।{end} अब मेन्शेविक और समाजवादी क्रांतिकारी अपना प्रस्ताव लाए हैं: देरी का दोष सरकार पर, ज़मीन और शांति का प्रस्ताव फ़ौरन, और व्यवस्था नगर ड्यूमा और समाजवादी दलों की एक "जन-सुरक्षा समिति" के हाथ में। केरेन्स्की को इसमें कुछ नहीं मिलता।{else}वोट करने को कोई परिषद नहीं। केरेन्स्की ने दलों से विद्रोह के ख़िलाफ़ समर्थन माँगा है; मेन्शेविक और समाजवादी क्रांतिकारी जवाब में अपना प्रस्ताव लाए हैं: पहले ज़मीन और शांति, फिर समर्थन।{end}
  en: Tuesday, 24 October (6 November), eight in the evening, the Mariinsky Palace. {if preparliament}{if mrc}This afternoon Kerensky stood here and asked the Council for its full support in crushing the rising.{else}This afternoon Kerensky stood here and asked the Council for its full support against the Bolsheviks — who talk of a rising, though they have no majority in the Soviet.{end} Now the Mensheviks and SRs bring a resolution of their own: it blames the government's delays, asks for land and a peace offer at once, and puts order in the hands of a "committee of public safety" of the City Duma and the socialist parties. It gives Kerensky nothing.{else}There is no Council to vote. Kerensky has asked the parties for their support against the rising; the Mensheviks and SRs answer with a resolution of their own: land and peace first, support after.{end}
  note
    hi: 24 अक्टूबर (6 नवंबर) की शाम पूर्व-संसद ने एक अधूरा-सा प्रस्ताव पास किया: केरेन्स्की ने विद्रोह कुचलने के लिए अधिकार माँगे थे, पर उन्हें कुछ नहीं मिला। उसी रात लेनिन भेस बदलकर स्मोल्नी पहुँचे, और रेड गार्ड और सैनिकों ने स्टेशन, बिजलीघर, टेलीफ़ोन केंद्र और स्टेट बैंक ले लिए।
    en: On the evening of 24 October (6 November) the Pre-Parliament passed a half-hearted resolution: Kerensky had asked for powers to crush the rising, and got none. That night Lenin reached Smolny in disguise, and Red Guards and soldiers took the stations, the power station, the telephone exchange and the State Bank.
  source Leon Trotsky, History of the Russian Revolution; China Miéville, October: The Story of the Russian Revolution

  choice od-vote-for-kerensky default
    hi: कैडेटों के साथ इसके ख़िलाफ़ वोट दो: केरेन्स्की ने जो माँगा, वह उन्हें दो।
    en: Vote against it with the Kadets: give Kerensky what he asked for.
    add 2 to support
    reply
      hi: फिर भी बाईं ओर का प्रस्ताव पास हो जाता है। केरेन्स्की को जवाब मिल गया: परिषद उन्हें कोई अधिकार नहीं देगी।
      en: The left's resolution passes all the same. Kerensky has his answer: the Council will give him no powers.
    journal
      hi: 24 अक्टूबर: मैंने केरेन्स्की के पक्ष में वोट दिया। हम हार गए।
      en: 24 October: I voted for Kerensky. We lost.
    go od-oct25-noon

  choice od-vote-with-left
    hi: बाईं ओर के प्रस्ताव के पक्ष में वोट दो: ज़मीन और शांति अभी मिलें, तो शायद बोल्शेविकों के पाँव के नीचे से ज़मीन खिसक जाए।
    en: Vote for the left's resolution: land and peace now might still cut the ground from under the Bolsheviks.
    set od-voted-left
    subtract 2 from support
    reply
      hi: प्रस्ताव पास होता है, और तुम्हारा वोट बहुमत में है। तुम्हारी पार्टी के नेता तुम्हें ऐसे देखते हैं जैसे किसी अजनबी को।
      en: The resolution passes, and your vote is with the majority. Your party's leaders look at you as at a stranger.
    journal
      hi: 24 अक्टूबर: मैंने समाजवादियों के प्रस्ताव के पक्ष में वोट दिया।
      en: 24 October: I voted for the socialists' resolution.
    go od-oct25-noon

scene od-oct25-noon
  for duma
  on 25 Oct, noon
  at mariinsky
  hi: बुधवार, 25 अक्टूबर (7 नवंबर), दोपहर। {if government-deposed}संगीनें चढ़ाए सैनिक और नाविक मारिइन्स्की महल में घुसते हैं; एक अफ़सर गणराज्य परिषद से कहता है कि भवन ख़ाली करे। कोई लड़ाई नहीं होती: कुछ भाषण, दर्ज कराने भर को एक विरोध, और सदस्य राइफ़लों के बीच से एक-एक करके बाहर निकलते हैं।{else}{if bridges-held}मारिइन्स्की महल आधा ख़ाली है। टेलीफ़ोन बजते रहते हैं; किसी को नहीं पता कि स्टेशन और तार-घर किसके हाथ में हैं।{else}परिषद आधे ख़ाली हॉल में रोज़ की तरह बैठती है। बाहर शहर शांत है; सब आज रात खुलने वाली सोवियतों की कांग्रेस की बात कर रहे हैं।{end}{end}
  en: Wednesday, 25 October (7 November), noon. {if government-deposed}Soldiers and sailors with fixed bayonets come into the Mariinsky Palace; an officer tells the Council of the Republic to clear the building. There is no fight: a few speeches, a protest for the record, and the members file out one by one between the rifles.{else}{if bridges-held}The Mariinsky Palace is half empty. The telephones ring and ring; nobody knows who holds the stations and the telegraph office.{else}The Council sits as usual in a half-empty hall. Outside the city is quiet; everyone is talking of the Congress of Soviets that opens tonight.{end}{end}
  note
    hi: 25 अक्टूबर (7 नवंबर) को सुबह लगभग 10 बजे सैन्य क्रांतिकारी समिति ने लेनिन की लिखी घोषणा में सरकार को अपदस्थ बताया; लगभग 11 बजे केरेन्स्की मोर्चे से फ़ौज लाने कार से निकल गए — औरतों के कपड़ों में भागने की कहानी बाद में गढ़ी गई। दिन में समिति के सैनिकों ने मारिइन्स्की महल में बैठी पूर्व-संसद को भंग कर दिया।
    en: At about 10 a.m. on 25 October (7 November) the Military Revolutionary Committee declared the government deposed, in a proclamation written by Lenin; at about 11 Kerensky left by car to bring troops from the front — the story that he fled in women's clothes is a later myth. During the day the committee's soldiers dispersed the Pre-Parliament in the Mariinsky Palace.
  source China Miéville, October: The Story of the Russian Revolution; Leon Trotsky, History of the Russian Revolution

  choice od-protest-aloud
    hi: दरवाज़े पर अफ़सर को अपना नाम लिखवाओ, ताकि दर्ज रहे।
    en: At the door, give the officer your name, for the record.
    only if government-deposed
    add 2 to support
    reply
      hi: वह कुछ नहीं लिखता। "घर जाइए, नागरिक। आपको कोई गिरफ़्तार नहीं कर रहा।"
      en: He writes nothing down. "Go home, citizen. Nobody is arresting you."
    journal
      hi: 25 अक्टूबर: सैनिकों ने पूर्व-संसद भंग कर दी। मैंने अपना नाम दिया; किसी ने नहीं लिखा।
      en: 25 October: soldiers dispersed the Pre-Parliament. I gave my name; no one wrote it down.
    go od-oct25-evening

  choice od-leave-quietly
    hi: चुपचाप निकलो और ख़बर नगर ड्यूमा तक ले जाओ।
    en: Leave quietly and take the news to the City Duma.
    only if government-deposed
    reply
      hi: नेव्स्की पर ट्रामें चल रही हैं, और दुकानें खुली हैं। एक कोने पर कोई समिति की घोषणा ज़ोर से पढ़ रहा है; राहगीर रुकते हैं, सुनते हैं, आगे बढ़ जाते हैं।
      en: On Nevsky the trams are running and the shops are open. On a corner someone reads the committee's proclamation aloud; passers-by stop, listen, and walk on.
    journal
      hi: 25 अक्टूबर: सैनिकों ने पूर्व-संसद भंग कर दी। मैं चुपचाप निकल आया।
      en: 25 October: soldiers dispersed the Pre-Parliament. I left quietly.
    go od-oct25-evening

  choice od-offer-help
    hi: शीत महल जाकर मंत्रियों को अपनी मदद की पेशकश करो।
    en: Go to the Winter Palace and offer the ministers your help.
    only if not government-deposed
    add 2 to support
    reply
      hi: {if bridges-held}कोनोवालोव तुमसे हाथ मिलाते हैं और तुम्हें टेलीफ़ोन पर बिठा देते हैं: रेजिमेंटों को फ़ोन करो, पूछो कि कौन आएगा। ज़्यादातर जवाब नहीं देतीं।{else}मंत्री बैठक में हैं। एक सचिव तुम्हारा कार्ड लेकर धन्यवाद कहता है; आज यहाँ तुम्हारे करने को कुछ नहीं।{end}
      en: {if bridges-held}Konovalov shakes your hand and sits you at a telephone: ring the regiments, ask who will come. Most do not answer.{else}The ministers are in session. A secretary takes your card and thanks you; there is nothing for you to do here today.{end}
    journal
      hi: 25 अक्टूबर: मैं शीत महल गया, मदद की पेशकश करने।
      en: 25 October: I went to the Winter Palace to offer my help.
    go od-oct25-evening

  choice od-to-the-council default
    hi: नगर ड्यूमा जाओ: राजधानी में वही आख़िरी चुनी हुई सभा बची है।
    en: Go to the City Duma: it is the last elected body left in the capital.
    only if not government-deposed
    reply
      hi: {if bridges-held}नेव्स्की पर युंकरों की गश्त है।{else}नेव्स्की पर ट्रामें चल रही हैं।{end} नगर ड्यूमा में महापौर तुम्हें देखकर राहत की साँस लेते हैं।
      en: {if bridges-held}Junkers patrol Nevsky.{else}The trams are running on Nevsky.{end} At the City Duma the mayor looks relieved to see you.
    go od-oct25-evening

scene od-oct25-evening
  for duma
  go od-held-evening if not government-deposed
  go od-city-night

scene od-city-night
  for duma
  on 25 Oct, 21:30
  at city-duma
  hi: रात साढ़े नौ बजे, नगर ड्यूमा। हर कुर्सी भरी है, गलियारे भी: पार्षद, भंग परिषद के सदस्य, बिना टुकड़ियों के अफ़सर। घिरे हुए शीत महल से मंत्री फ़ोन कर रहे हैं। सदन प्रतिनिधिमंडल भेजने का फ़ैसला करता है: एक क्रूज़र "अव्रोरा" पर, काउंटेस सोफ़िया पानिना की अगुवाई में, नाविकों से गोली न चलाने की विनती करने; एक स्मोल्नी; एक शीत महल। कोई कहता है कि अब राजधानी में नगर ड्यूमा ही अकेली क़ानूनी सत्ता है, क्योंकि वह सबके वोट से चुनी गई है; कोई पूछता है कि उसके पास सैनिक कितने हैं।
  en: Half past nine at night, the City Duma. Every seat is taken, and the aisles too: councillors, members of the dispersed Council, officers without units. The ministers are telephoning from the besieged Winter Palace. The council votes to send delegations: one to the cruiser Aurora, led by Countess Sofia Panina, to beg the sailors not to fire; one to Smolny; one to the Winter Palace. Someone says the City Duma, elected by everyone, is now the only lawful power left in the capital; someone else asks how many soldiers it has.
  if od-backed-kornilov
    hi: तुम बैठते हो तो बगल वाला समाजवादी क्रांतिकारी उठकर दूसरी बेंच पर चला जाता है।
    en: When you sit down, the SR beside you moves to another bench.
  if od-mediator
    hi: श्रेडर तुम्हारी ओर देखते हैं: स्मोल्नी जाने वालों में उन्हें तुम्हारी ज़रूरत है।
    en: Schreider catches your eye: he wants you among those going to Smolny.
  note
    hi: 25 अक्टूबर (7 नवंबर) की रात नगर ड्यूमा ने कई प्रतिनिधिमंडल भेजे; एक, काउंटेस सोफ़िया पानिना की अगुवाई में, "अव्रोरा" की ओर गया। अमेरिकी पत्रकार जॉन रीड उस रात वहीं थे और उन्होंने यह सब लिखा। फिर कई पार्षदों ने शीत महल तक पैदल जाकर सरकार का "भाग्य बाँटने" की कोशिश की और उन्हें लौटा दिया गया।
    en: On the night of 25 October (7 November) the City Duma sent several delegations; one, led by Countess Sofia Panina, set out for the Aurora. The American journalist John Reed was there that night and wrote it all down. Then many councillors tried to walk to the Winter Palace to "share the fate" of the government, and were turned back.
  source John Reed, Ten Days That Shook the World; Leon Trotsky, History of the Russian Revolution

  choice od-go-aurora
    hi: काउंटेस पानिना के साथ "अव्रोरा" की ओर चलो।
    en: Go with Countess Panina to the Aurora.
    go od-aurora

  choice od-go-smolny
    hi: प्रतिनिधिमंडल के साथ स्मोल्नी जाओ।
    en: Go with the delegation to Smolny.
    go od-smolny-night

  choice od-go-home-night default
    hi: घर चले जाओ: इस रात में तुम्हारा कोई हिस्सा नहीं।
    en: Go home: this night is no business of yours.
    go od-going-home

scene od-aurora
  for duma
  on 25 Oct, 22:30
  at od-embankment
  hi: तटबंध पर नाविक तुम्हारी गाड़ी रोकते हैं और काउंटेस की पूरी बात सुनते हैं। फिर कहते हैं: "अव्रोरा" क्या करेगा, यह सैन्य क्रांतिकारी समिति तय करती है, नगर ड्यूमा नहीं। फ़र की टोपी पहने छोटी-सी पानिना उनसे ऐसे बात करती हैं जैसे किसी संस्था की बैठक में हों। कुछ नहीं बदलता। नेव्स्की लौटते हो तो पार्षद लालटेनें जला रहे हैं: वे बिना हथियार शीत महल तक पैदल जाएँगे और मंत्रियों का भाग्य बाँटेंगे, जो भी हो।
  en: On the embankment sailors stop your cab and hear the Countess out. Then they say: what the Aurora does is for the Military Revolutionary Committee to decide, not the City Duma. Panina, small, in a fur hat, answers them as she would a board of trustees. Nothing changes. When you get back to Nevsky the councillors are lighting lanterns: they will walk to the Winter Palace, unarmed, and share the ministers' fate.
  go od-march

scene od-march
  for duma
  on 25 Oct, 23:30
  at nevsky
  hi: आधी रात के क़रीब नेव्स्की पर कुछ सौ लोगों का जुलूस चार-चार की कतारों में बनता है: पार्षद, परिषद के सदस्य, सबसे आगे महापौर। किसी के पास हथियार नहीं। कैथरीन नहर के कोने पर नाविकों की एक कतार रास्ता रोककर खड़ी है।
  en: Near midnight a column of a few hundred forms up in fours on Nevsky: councillors, members of the Council, the mayor at the head. No one carries a weapon. At the corner of the Catherine Canal a line of sailors bars the road.

  choice od-face-sailors
    hi: जुलूस के आगे जाकर नाविकों के सामने खड़े हो।
    en: Go to the head of the column and face the sailors.
    set od-marched
    reply
      hi: एक नाविक, जो मुश्किल से बीस साल का होगा, राइफ़ल तिरछी पकड़े कहता है: "घर जाइए, नागरिको। हमें आदेश मिले हैं।" श्रेडर पंद्रह मिनट तक बहस करते हैं। फिर जुलूस मुड़ता है और चुपचाप नगर ड्यूमा लौट आता है। किसी को चोट नहीं लगती; बस लालटेनें बुझ जाती हैं।
      en: A sailor of barely twenty, rifle held slantwise, says: "Go home, citizens. We have our orders." Schreider argues for a quarter of an hour. Then the column turns and walks back to the City Duma in silence. No one is hurt; only the lanterns go out.
    journal
      hi: 25 अक्टूबर: हम सरकार का भाग्य बाँटने निकले। नाविकों ने लौटा दिया।
      en: 25 October: we set out to share the government's fate. The sailors turned us back.
    go od-salvation

  choice od-leave-column default
    hi: जुलूस छोड़कर घर जाओ: यह नाटक है, और तुम थक चुके हो।
    en: Leave the column and go home: this is theatre, and you are tired.
    go od-going-home

scene od-salvation
  for duma
  on 26 Oct, 01:30
  at city-duma
  hi: रात डेढ़ बजे, नगर ड्यूमा। {if salvation-committee}कांग्रेस छोड़कर आए मेन्शेविक और समाजवादी क्रांतिकारी पार्षदों और परिषद के सदस्यों के साथ "मातृभूमि और क्रांति की रक्षा समिति" बना रहे हैं। वह नई सत्ता को नहीं मानेगी। एक सचिव उसकी अपील के लिए नाम इकट्ठा कर रहा है।{else}पार्षद झुंडों में बहस कर रहे हैं; सुबह के लिए किसी के पास कोई योजना नहीं।{end}
  en: Half past one in the morning, the City Duma. {if salvation-committee}The Mensheviks and SRs who left the Congress are forming, with the councillors and the Council's members, a Committee for the Salvation of the Homeland and Revolution. It will not recognise the new power. A secretary is collecting names for its appeal.{else}The councillors argue in knots; no one has a plan for the morning.{end}
  if od-german-charge
    hi: मेज़ पर किसी ने जुलाई वाला तुम्हारा "जर्मन पैसे" का लेख रख छोड़ा है, जैसे कोई सबूत।
    en: Someone has left your July article on "German money" lying on the table, like an exhibit.
  note
    hi: 25–26 अक्टूबर की रात नगर ड्यूमा में, कांग्रेस छोड़कर आए मेन्शेविकों और दक्षिणपंथी समाजवादी क्रांतिकारियों, पूर्व-संसद के सदस्यों और पार्षदों ने "मातृभूमि और क्रांति की रक्षा समिति" बनाई। उसने नई सत्ता को न मानने की अपील की; उसके पास हथियारबंद ताक़त बहुत कम थी, और नई सरकार ने उसकी अनदेखी की। इस समिति की कई बातों पर स्रोतों में मतभेद है।
    en: On the night of 25–26 October, in the City Duma, the Mensheviks and Right SRs who had left the Congress, members of the Pre-Parliament and councillors formed the "Committee for the Salvation of the Homeland and Revolution". It called on everyone not to recognise the new power; it had very little armed force, and the new government ignored it. Sources differ on many details of the committee.
  source John Reed, Ten Days That Shook the World; Leon Trotsky, History of the Russian Revolution

  choice od-sign-appeal
    hi: अपील पर अपना नाम लिखो।
    en: Put your name to the appeal.
    only if salvation-committee
    go od-fate

  choice od-to-smolny-late
    hi: इसके बजाय स्मोल्नी जाओ: ख़ून बहने से पहले सभी समाजवादी दलों की सरकार की बात करो।
    en: Go to Smolny instead: argue for a government of all the socialist parties before blood is shed.
    go od-smolny-night

  choice od-home-late default
    hi: घर जाओ।
    en: Go home.
    go od-going-home

scene od-smolny-night
  for duma
  on 26 Oct, 02:30
  at smolny
  hi: स्मोल्नी — कुलीन घरानों की लड़कियों का पुराना स्कूल — रोशनी से जगमगा रहा है। गलियारों में सैनिक राइफ़लें बाँहों में लिए सो रहे हैं, जैसे फ़रवरी में टॉराइड महल में सोए थे। {if palace-taken}गलियारे में ख़बर दौड़ती है: शीत महल पर क़ब्ज़ा हो गया, मंत्री पीटर-पॉल क़िले ले जाए जा रहे हैं।{end} एक कक्षा में सैन्य क्रांतिकारी समिति का एक थका हुआ सदस्य तुम्हारी बात सुनता है।
  en: Smolny — the old school for noblemen's daughters — blazes with light. In the corridors soldiers sleep with their rifles in their arms, as they slept in the Tauride Palace in February. {if palace-taken}Word runs down the corridor: the Winter Palace has been taken, and the ministers are being led to the Peter and Paul Fortress.{end} In a classroom a tired member of the Military Revolutionary Committee hears you out.
  if od-voted-left or od-peace-now
    hi: वह तुम्हारा नाम पहचानता है: "आप वही कैडेट हैं जिसने ज़मीन और शांति के पक्ष में बोला था।"
    en: He knows your name: "You are the Kadet who spoke for land and peace."
  note
    hi: सोवियतों की दूसरी कांग्रेस 25 अक्टूबर (7 नवंबर) को रात 10:40 बजे स्मोल्नी में खुली: शुरू में 649 प्रतिनिधि, जिनमें 390 बोल्शेविक। मेन्शेविक और दक्षिणपंथी समाजवादी क्रांतिकारी इसे "सैनिक षड्यंत्र" कहकर निकल गए। 26 अक्टूबर (8 नवंबर) की रात कांग्रेस ने शांति और भूमि के आदेश पारित किए और लेनिन की अध्यक्षता में जन-कमिसारों की परिषद (सोवनार्कोम) बनाई।
    en: The Second Congress of Soviets opened in Smolny at 10:40 p.m. on 25 October (7 November): 649 delegates at the start, 390 of them Bolsheviks. The Mensheviks and Right SRs walked out, calling it a "military plot". On the night of 26 October (8 November) the Congress adopted the decrees on peace and land and formed the Council of People's Commissars (Sovnarkom) under Lenin.
  source Encyclopaedia of Saint Petersburg, "Second All-Russian Congress of Soviets"; John Reed, Ten Days That Shook the World

  choice od-ask-coalition
    hi: सभी समाजवादी दलों की सरकार की बात करो, और ऐसी संविधान सभा की जिसे कोई भंग न करे।
    en: Argue for a government of all the socialist parties, and a Constituent Assembly that no one will disperse.
    reply
      hi: वह लिख लेता है। "यह मेन्शेविकों से कहिए," वह कहता है। "वे तो सभागार छोड़कर चले गए।"
      en: He writes it down. "Tell the Mensheviks," he says. "They walked out."
    go od-smolny

  choice od-ask-release default
    hi: मंत्रियों की सुरक्षा और रिहाई माँगो — उससे कम कुछ नहीं।
    en: Ask for the ministers' safety and freedom — nothing less.
    set od-asked-release
    reply
      hi: "उनकी जान को कोई ख़तरा नहीं," वह कहता है। "रिहाई की बात कांग्रेस करेगी।" फिर वह अगले प्रतिनिधिमंडल को बुला लेता है।
      en: "Their lives are in no danger," he says. "Their release is for the Congress." Then he calls in the next delegation.
    go od-smolny

scene od-going-home
  for duma
  go od-nothing if od-backed-kornilov
  go od-home

scene od-held-evening
  for duma
  on 25 Oct, 21:30
  at city-duma
  hi: रात साढ़े नौ बजे, नगर ड्यूमा। {if bridges-held}पुल सैन्य क्रांतिकारी समिति के लोगों के हाथ में हैं, पर किसी ने कुछ घोषित नहीं किया; मंत्री शीत महल में बैठे हैं, और स्मोल्नी कांग्रेस की राह देख रहा है।{else}{if mrc}पुल उठे हुए हैं और युंकर उन पर पहरा दे रहे हैं; वीबोर्ग क्षेत्र कटा हुआ है, और समिति के आयुक्तों को आधी बैरकों के फाटक से लौटा दिया गया है।{else}मुख्यालय के आदेश पर पुल उठा दिए गए, और किसी ने विरोध नहीं किया; स्मोल्नी में सोवियतों की कांग्रेस खुलने वाली है, पर उसके पीछे विद्रोह की कोई समिति नहीं।{end}{end} सरकार ने दिन निकाल लिया। समाजवादी बहुमत को राहत भी है और ग़ुस्सा भी: राहत कि ख़ून नहीं बहा, ग़ुस्सा कि सरकार ने अब तक न ज़मीन दी, न शांति। महापौर पूछते हैं कि कल नगर ड्यूमा सरकार से क्या माँगे।
  en: Half past nine at night, the City Duma. {if bridges-held}The Military Revolutionary Committee's men hold the bridges, but no one has proclaimed anything; the ministers sit in the Winter Palace, and Smolny waits for the Congress.{else}{if mrc}The bridges are up and the junkers guard them; the Vyborg side is cut off, and the committee's commissars have been turned away at the gates of half the barracks.{else}The bridges were raised at the staff's order and no one contested them; at Smolny the Congress of Soviets is about to open, with no committee of insurrection behind it.{end}{end} The government has lasted the day. The socialist majority is relieved and angry at once: relieved that no blood was shed, angry that the government has still given neither land nor peace. The mayor asks what the City Duma should demand of it tomorrow.

  choice od-demand-reforms default
    hi: माँग करो कि सरकार अभी, जब तक टिकी है, ज़मीन और शांति का प्रस्ताव दे।
    en: Demand that the government offer land and peace now, while it still stands.
    add 5 to support
    set od-peace-now
    reply
      hi: समाजवादी बेंचें खड़ी होकर तालियाँ बजाती हैं। यह प्रस्ताव रात में ही शीत महल भेज दिया जाता है।
      en: The socialist benches stand to applaud. The motion is sent to the Winter Palace that same night.
    journal
      hi: 25 अक्टूबर: सरकार टिकी रही। मैंने माँग की कि वह अभी ज़मीन और शांति दे।
      en: 25 October: the government held. I demanded that it give land and peace now.
    go od-held

  choice od-demand-crackdown
    hi: बोल्शेविक नेताओं और सैन्य क्रांतिकारी समिति की गिरफ़्तारी की माँग करो।
    en: Demand the arrest of the Bolshevik leaders and the Military Revolutionary Committee.
    subtract 3 from support
    reply
      hi: प्रस्ताव गिर जाता है; समाजवादी बहुमत "दूसरा जुलाई" नहीं चाहता। पर तुम्हारा भाषण सुबह के अख़बारों में होगा।
      en: The motion fails; the socialist majority wants no "second July". But your speech will be in the morning papers.
    journal
      hi: 25 अक्टूबर: सरकार टिकी रही। मैंने गिरफ़्तारियों की माँग की।
      en: 25 October: the government held. I demanded arrests.
    go od-held

# ================================================================ endings

ending od-fate
  for duma
  hi: तुम लालटेन लेकर सरकार का भाग्य बाँटने निकले, और नाविकों ने तुम्हें लौटा दिया। {if salvation-committee}अब तुम्हारा नाम उस समिति की अपील पर है जो नई सत्ता को नहीं मानती — पर जिसके पास शब्दों के सिवा बहुत कम है।{else}अब तुम्हारा नाम एक विरोध-पत्र पर है, जिसे सुबह शायद ही कोई पढ़ेगा।{end}
  en: You set out with a lantern to share the government's fate, and sailors turned you back. {if salvation-committee}Now your name is on the appeal of a committee that will not recognise the new power — and that has little but words.{else}Now your name is on a protest that few will read in the morning.{end}
  debrief
    hi: तुम्हारा रास्ता: विद्रोह की रात तुमने बिना हथियार सरकार के साथ खड़े होने की कोशिश की, और फिर रक्षा समिति में गए। इतिहास में 25 अक्टूबर (7 नवंबर) की रात पार्षदों का जुलूस नाविकों ने लौटा दिया; 26 अक्टूबर (8 नवंबर) को रात लगभग 2 बजे शीत महल पर क़ब्ज़ा हुआ। रक्षा समिति ने विरोध की अपील की, पर उसके पास ताक़त कम थी। 12 नवंबर (25 नवंबर) से संविधान सभा का चुनाव हुआ; सभा 5 जनवरी (18 जनवरी) 1918 को मिली और अगले दिन भंग कर दी गई। प्रश्न: सबके वोट से चुनी नगर ड्यूमा सोवियत के विद्रोह को क्यों नहीं रोक सकी?
    en: Your path: on the night of the rising you tried to stand, unarmed, with the government, and then joined the Salvation Committee. In history the councillors' march on the night of 25 October (7 November) was turned back by sailors; the Winter Palace was taken at about 2 a.m. on 26 October (8 November). The Salvation Committee called for resistance, but had little force. The Constituent Assembly was elected from 12 November (25 November); it met on 5 January (18 January) 1918 and was dispersed the next day. Question: Why could a City Duma elected by everyone not stop the Soviet's rising?
  historians
    hi: इतिहासकार बँटे हुए हैं। अमेरिकी, कम्युनिस्ट-विरोधी इतिहासकार रिचर्ड पाइप्स अक्टूबर को एक छोटी, अनुशासित पार्टी का तख़्तापलट मानते हैं, जिसने सोवियतों के नाम पर सत्ता ली; उनके लिए नगर ड्यूमा का जुलूस क़ानून की आख़िरी आवाज़ था। सामाजिक इतिहासकार अलेक्ज़ेंडर राबिनोविच दिखाते हैं कि पेत्रोग्राद में बोल्शेविक इसलिए जीते कि शांति, ज़मीन और "सारी सत्ता सोवियतों को" के उनके नारे मज़दूरों और सैनिकों की चाह से मेल खाते थे, और नगर ड्यूमा के पीछे कोई फ़ौज नहीं थी। तुम्हारी पाठ्यपुस्तक (NCERT) इसे बोल्शेविकों और त्रोत्स्की की अगुवाई वाली सैन्य क्रांतिकारी समिति का विद्रोह बताती है, जिसे सोवियतों की कांग्रेस ने मंज़ूरी दी।
    en: Historians disagree. Richard Pipes, an American anti-communist historian, reads October as a coup by a small, disciplined party that took power in the soviets' name; for him the City Duma's march was the last voice of law. The social historian Alexander Rabinowitch shows that in Petrograd the Bolsheviks won because their slogans — peace, land, "all power to the soviets" — matched what workers and soldiers wanted, and that no soldiers stood behind the City Duma. Your textbook (NCERT) tells it as a rising of the Bolsheviks and the Military Revolutionary Committee under Trotsky, approved by the Congress of Soviets.

ending od-smolny
  for duma
  hi: रात के आख़िरी पहर तुम स्मोल्नी की सीढ़ियाँ उतरते हो। {if palace-taken and congress}कांग्रेस शांति और ज़मीन के आदेश पारित करेगी, और लेनिन की अध्यक्षता में नई सरकार बनेगी — उसमें तुम्हारे किसी साथी के लिए जगह नहीं होगी।{else}कांग्रेस अब भी बहस कर रही है; कोई नहीं जानता कि सुबह सरकार किसकी होगी।{end} {if od-asked-release}मंत्रियों के बारे में तुम्हें एक ही वादा मिला: उनकी जान को ख़तरा नहीं।{else}तुमने जो माँगा, वह एक थके हुए आदमी के काग़ज़ों में दर्ज है।{end}
  en: In the last hours of the night you walk down the steps of Smolny. {if palace-taken and congress}The Congress will adopt the decrees on peace and land, and a new government will be formed under Lenin — with no place in it for any of your colleagues.{else}The Congress is still arguing; no one knows whose government there will be in the morning.{end} {if od-asked-release}Of the ministers you have one promise: their lives are in no danger.{else}What you asked for is written in a tired man's notebook.{end}
  debrief
    hi: तुम्हारा रास्ता: विद्रोह की रात तुम बातचीत के लिए स्मोल्नी गए। इतिहास में 25 अक्टूबर (7 नवंबर) को मेन्शेविक और दक्षिणपंथी समाजवादी क्रांतिकारी "सैनिक षड्यंत्र" कहकर कांग्रेस से निकल गए; अगली रात कांग्रेस ने शांति और ज़मीन के आदेश पारित किए और लेनिन की अध्यक्षता में सोवनार्कोम बनाया। 12 नवंबर (25 नवंबर) से हुए संविधान सभा के चुनाव में समाजवादी क्रांतिकारियों को लगभग 40% और बोल्शेविकों को लगभग एक-चौथाई वोट मिले; सभा 5 जनवरी (18 जनवरी) 1918 को मिली और अगले दिन भंग कर दी गई। प्रश्न: अक्टूबर के तुरंत बाद बोल्शेविकों ने कौन-से मुख्य बदलाव किए (NCERT प्रश्न 5)?
    en: Your path: on the night of the rising you went to Smolny to negotiate. In history the Mensheviks and Right SRs left the Congress on 25 October (7 November), calling it a "military plot"; the next night the Congress adopted the decrees on peace and land and formed Sovnarkom under Lenin. In the Constituent Assembly elections, held from 12 November (25 November), the SRs won about 40% and the Bolsheviks about a quarter; the Assembly met on 5 January (18 January) 1918 and was dispersed the next day. Question: What main changes did the Bolsheviks make immediately after October (NCERT Q5)?
  historians
    hi: इतिहासकार बँटे हुए हैं। अमेरिकी, कम्युनिस्ट-विरोधी इतिहासकार रिचर्ड पाइप्स के लिए अक्टूबर एक पार्टी का तख़्तापलट था, और सबकी मिली-जुली सरकार की बातचीत लेनिन के लिए बस समय काटने का तरीक़ा। सामाजिक इतिहासकार अलेक्ज़ेंडर राबिनोविच दिखाते हैं कि बहुत-से मज़दूर और सैनिक सचमुच "सारी सत्ता सोवियतों को" चाहते थे — यानी सभी समाजवादी दलों की सोवियत सरकार — और कि बोल्शेविक पार्टी के भीतर भी कामेनेव जैसे लोग यही चाहते थे। तुम्हारी पाठ्यपुस्तक (NCERT) बताती है कि अक्टूबर के बाद बैंकों और उद्योगों का राष्ट्रीयकरण हुआ, ज़मीन किसानों को दी गई, और संविधान सभा भंग होने के बाद रूस एक-दलीय राज्य बन गया।
    en: Historians disagree. For Richard Pipes, an American anti-communist historian, October was one party's coup, and talks on a coalition were for Lenin only a way to gain time. The social historian Alexander Rabinowitch shows that many workers and soldiers truly wanted "all power to the soviets" — a soviet government of all the socialist parties — and that inside the Bolshevik party men like Kamenev wanted the same. Your textbook (NCERT) says that after October banks and industry were nationalised, land was given to the peasants, and after the Constituent Assembly was dissolved Russia became a one-party state.

ending od-home
  for duma
  hi: तुम फ़ुर्श्तात्स्काया सड़क पर अपने कमरों में लौट आए। मकान-मालकिन पूछती है कि गोलियाँ किधर चल रही हैं; तुम कहते हो कि तुम्हें नहीं पता, और यह सच है। सुबह दरबान का बेटा शीत महल की ख़बर लाएगा; आज रात तुम कुछ नहीं पूछते। फ़रवरी में ड्यूमा उस इमारत में बैठी थी जहाँ क्रांति पहुँची; अक्टूबर में क्रांति तुम्हारे दरवाज़े के सामने से गुज़र गई।
  en: You went back to your rooms on Furshtatskaya Street. Your landlady asks where the shooting is; you say you do not know, and it is true. In the morning the janitor's son will bring the news from the Winter Palace; tonight you ask nothing. In February the Duma sat in the building the revolution came to; in October the revolution walked past your door.
  debrief
    hi: तुम्हारा रास्ता: तुमने आख़िरी रात घर पर बिताई। उस रात शहर का बड़ा हिस्सा अपने रोज़ के काम में लगा रहा: विद्रोह सैन्य क्रांतिकारी समिति के सैनिकों, नाविकों और रेड गार्डों का काम था। इतिहास में 25 अक्टूबर (7 नवंबर) को सैन्य क्रांतिकारी समिति ने सरकार को अपदस्थ घोषित किया; 26 अक्टूबर (8 नवंबर) को रात लगभग 2 बजे शीत महल पर क़ब्ज़ा हुआ; सोवियतों की कांग्रेस ने शांति और ज़मीन के आदेश पारित किए। संविधान सभा 5 जनवरी (18 जनवरी) 1918 को मिली और अगले दिन भंग कर दी गई। प्रश्न: फ़रवरी और अक्टूबर की क्रांतियों की तुलना करो: किसने अगुवाई की, कौन शामिल था (NCERT प्रश्न 4)?
    en: Your path: you spent the last night at home. Much of the city went about its business that night: the rising was the work of the Military Revolutionary Committee's soldiers, sailors and Red Guards. In history on 25 October (7 November) the Military Revolutionary Committee declared the government deposed; the Winter Palace was taken at about 2 a.m. on 26 October (8 November); the Congress of Soviets adopted the decrees on peace and land. The Constituent Assembly met on 5 January (18 January) 1918 and was dispersed the next day. Question: Compare the February and October revolutions: who led them, and who took part (NCERT Q4)?
  historians
    hi: इतिहासकार बँटे हुए हैं। अमेरिकी, कम्युनिस्ट-विरोधी इतिहासकार रिचर्ड पाइप्स कहते हैं कि शहर के अपने रोज़ के काम में लगे रहने से ही साफ़ है कि अक्टूबर जन-क्रांति नहीं, एक छोटे समूह का तख़्तापलट था। सामाजिक इतिहासकार अलेक्ज़ेंडर राबिनोविच जवाब देते हैं कि लड़ाई इसलिए कम हुई कि सरकार का साथ देने वाला लगभग कोई नहीं बचा था: छावनी और मज़दूर पहले ही सोवियत के पक्ष में आ चुके थे। तुम्हारी पाठ्यपुस्तक (NCERT) लिखती है कि फ़रवरी क्रांति की कोई पार्टी अगुवाई नहीं कर रही थी, जबकि अक्टूबर की अगुवाई लेनिन और बोल्शेविकों ने की।
    en: Historians disagree. Richard Pipes, an American anti-communist historian, argues that a city that went about its business shows October was no popular revolution but a small group's coup. The social historian Alexander Rabinowitch answers that there was little fighting because almost no one was left to defend the government: the garrison and the workers had already come over to the Soviet. Your textbook (NCERT) writes that no party led the February Revolution, while October was led by Lenin and the Bolsheviks.

ending od-nothing
  for duma
  hi: तुम घर लौटते हो, और कोई तुम्हें रोकता नहीं — किसी को तुम्हारी ज़रूरत नहीं। समाजवादी तुम्हें कोर्निलोव का आदमी मानते हैं; बोल्शेविक तुम्हें "प्रतिक्रांति" का नमूना बताते हैं; और तुम्हारे अपने दोस्तों को अब जनरल से भी कोई उम्मीद नहीं। अगस्त में तुमने व्यवस्था के लिए दस्तख़त किए थे। अक्टूबर में व्यवस्था आई — पर किसी और की।
  en: You walk home, and no one stops you — no one needs you. The socialists think you Kornilov's man; the Bolsheviks call you a specimen of "counter-revolution"; and your own friends no longer hope for anything even from the general. In August you signed for order. In October order came — someone else's.
  debrief
    hi: तुम्हारा रास्ता: अगस्त में तुमने कोर्निलोव की सफलता की कामना की; अक्टूबर में किसी को तुम्हारा नाम नहीं चाहिए था। इतिहास में 27–31 अगस्त (9–13 सितंबर) के कोर्निलोव प्रकरण ने लगभग 40,000 रेड गार्डों को हथियार दिए, उदारवादियों को बदनाम किया, और 31 अगस्त (13 सितंबर) को पेत्रोग्राद सोवियत में बोल्शेविकों को बहुमत दिलाया। संकट में कैडेट मंत्रियों ने इस्तीफ़ा दिया था। संविधान सभा 5 जनवरी (18 जनवरी) 1918 को मिली और अगले दिन भंग कर दी गई। प्रश्न: सोवियत के ख़िलाफ़ एक जनरल की चढ़ाई का अंत बोल्शेविकों को मज़बूत करने में क्यों हुआ?
    en: Your path: in August you wished Kornilov success; in October no one wanted your name. In history the Kornilov affair of 27–31 August (9–13 September) armed some 40,000 Red Guards, discredited the liberals, and on 31 August (13 September) gave the Bolsheviks a majority in the Petrograd Soviet. The Kadet ministers had resigned in the crisis. The Constituent Assembly met on 5 January (18 January) 1918 and was dispersed the next day. Question: Why did a general's march against the Soviet end by making the Bolsheviks stronger?
  historians
    hi: इतिहासकार बँटे हुए हैं। अमेरिकी, कम्युनिस्ट-विरोधी इतिहासकार रिचर्ड पाइप्स मानते हैं कि कोर्निलोव व्यवस्था बहाल करना चाहते थे, सरकार गिराना नहीं, और कि केरेन्स्की ने उन्हें बाग़ी बताकर वामपंथ के आगे घुटने टेक दिए — जिसका फ़ायदा बोल्शेविकों को मिला। सामाजिक इतिहासकार अलेक्ज़ेंडर राबिनोविच दिखाते हैं कि मज़दूरों और सैनिकों ने इसे प्रतिक्रांति के रूप में देखा, और उसके बाद उदारवादियों पर उनका भरोसा कभी नहीं लौटा। तुम्हारी पाठ्यपुस्तक (NCERT) बताती है कि अस्थायी सरकार पर भरोसा कैसे घटा और बोल्शेविकों का असर कैसे बढ़ा।
    en: Historians disagree. Richard Pipes, an American anti-communist historian, holds that Kornilov meant to restore order, not to overthrow the government, and that Kerensky, by branding him a rebel, gave in to the left — to the Bolsheviks' gain. The social historian Alexander Rabinowitch shows that workers and soldiers saw it as counter-revolution, and that their trust in the liberals never came back. Your textbook (NCERT) shows how trust in the Provisional Government fell and the Bolsheviks' influence grew.

ending od-held
  for duma
  hi: 26 अक्टूबर की सुबह अस्थायी सरकार अब भी शीत महल में है। {if taken od-held-evening.od-demand-reforms}नगर ड्यूमा की माँग उसकी मेज़ पर है: ज़मीन और शांति, अभी।{else}नगर ड्यूमा ने उससे गिरफ़्तारियाँ माँगी हैं, और सड़कें उसे घूर रही हैं।{end} तुम जानते हो कि यह जीत नहीं, एक मोहलत है: युद्ध, भूख और ज़मीन के सवाल वहीं हैं जहाँ कल थे। 12 नवंबर (25 नवंबर) से संविधान सभा के चुनाव होने हैं। अगर सरकार तब तक टिकी रही, तो पहली बार पूरा देश, औरतें भी, तय करेगा कि रूस पर कौन राज करे — बशर्ते तब तक कोई और यह सवाल बंदूक़ से तय न कर दे।
  en: On the morning of 26 October the Provisional Government is still in the Winter Palace. {if taken od-held-evening.od-demand-reforms}The City Duma's demand lies on its table: land and peace, now.{else}The City Duma has asked it for arrests, and the streets stare back at it.{end} You know this is no victory, only a reprieve: the war, the hunger and the land are where they were yesterday. The elections to the Constituent Assembly are due from 12 November (25 November). If the government lasts until then, the whole country, women too, will decide for the first time who is to rule Russia — unless someone settles the question with rifles first.
  debrief
    hi: यह इतिहास में नहीं हुआ। इस कहानी में 26 अक्टूबर (8 नवंबर) की सुबह भी अस्थायी सरकार खड़ी थी। इतिहास में 24–25 अक्टूबर (6–7 नवंबर) की रात समिति की टुकड़ियों ने लगभग बिना गोली चलाए पुल, स्टेशन और तार-घर ले लिए; 26 अक्टूबर (8 नवंबर) को शीत महल पर क़ब्ज़ा हुआ, और कांग्रेस ने शांति और ज़मीन के आदेश पारित किए। संविधान सभा 5 जनवरी (18 जनवरी) 1918 को मिली और अगले दिन भंग कर दी गई। प्रश्न: अस्थायी सरकार ने लोगों का समर्थन क्यों खोया? कौन-से फ़ैसले उसे बचा सकते थे?
    en: This is not what happened. In this story the Provisional Government still stood on the morning of 26 October (8 November). In history, on the night of 24–25 October (6–7 November), its detachments took the bridges, stations and telegraph almost without a shot; the Winter Palace was taken on 26 October (8 November), and the Congress adopted the decrees on peace and land. The Constituent Assembly met on 5 January (18 January) 1918 and was dispersed the next day. Question: Why did the Provisional Government lose the people's support? Which decisions might have saved it?
  historians
    hi: इतिहासकार बँटे हुए हैं। अमेरिकी, कम्युनिस्ट-विरोधी इतिहासकार रिचर्ड पाइप्स मानते हैं कि अक्टूबर रोका जा सकता था: एक दृढ़ सरकार, जो जुलाई के बाद बोल्शेविक नेताओं पर मुक़दमा चलाती और कोर्निलोव से न टकराती, टिक सकती थी। सामाजिक इतिहासकार अलेक्ज़ेंडर राबिनोविच कहते हैं कि सरकार की असली कमज़ोरी युद्ध, ज़मीन और रोटी पर उसकी देरी थी; दमन से नहीं, इन्हीं सवालों के जवाब से वह बच सकती थी। तुम्हारी पाठ्यपुस्तक (NCERT) भी पूछती है कि अस्थायी सरकार ने समर्थन क्यों खोया।
    en: Historians disagree. Richard Pipes, an American anti-communist historian, thinks October could have been stopped: a firm government that tried the Bolshevik leaders after July and did not fall out with Kornilov might have lasted. The social historian Alexander Rabinowitch argues that the government's real weakness was its delay over the war, the land and bread; not repression but answers to those questions might have saved it. Your textbook (NCERT) too asks why the Provisional Government lost support.
