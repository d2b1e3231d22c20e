format 2
# The worker on 24–26 Oct (W12): ow-24-morning → [ow-liteiny | ow-24-bench] → ow-24-evening (a junction on
#   the bridges) → [ow-failed-night] | [ow-exchange] → ow-night (25 Oct) → ow-palace-square | ow-smolny |
#   ow-bridge-night | ow-home-night → the endings (through dated junctions, so the night's events are heard).
# ow-period-start: the one-period start on the morning of 24 Oct; it joins ow-24-morning.
# Violence is narrated, never the player's: every scene has a way to step back.

# ---------------------------------------------------------------- the one-period start (24 Oct)

# No date of its own: the player's clock is the entry's (24 Oct).
scene ow-period-start
  for worker
  at vyborg
  hi: तुम वीबोर्ग क्षेत्र की एक कपड़ा मिल में बुनकर हो; पति मोर्चे पर है, घर पर दो बच्चे हैं। मार्च से तुम मिल की कारख़ाना समिति में हो, और अगस्त से मिल के रेड गार्ड (लाल रक्षक) में। आज 24 अक्टूबर है। छावनी सोवियत की सैन्य क्रांतिकारी समिति के साथ है; कल सोवियतों की कांग्रेस बैठेगी। बच्चे प्रस्कोव्या के पास हैं। तुम क्या चाहती हो?
  en: You are a weaver in a Vyborg-side textile mill; your husband is at the front, two children wait at home. Since March you have sat on the mill's factory committee, and since August in the mill's Red Guard. Today is 24 October. The garrison is with the Soviet's Military Revolutionary Committee; tomorrow the Congress of Soviets meets. The children are with Praskovya. What do you want?
  set ow-red-guard

  choice ow-power-now
    hi: सोवियत अभी सत्ता ले, इससे पहले कि केरेन्स्की पहला वार करे।
    en: The Soviet must take power now, before Kerensky strikes first.
    set ow-bolshevik
    reply
      hi: दुन्या भी यही कहती है। "कांग्रेस तक रुके, तो कांग्रेस के पास लेने को कुछ नहीं बचेगा।"
      en: Dunya says so too. "If we wait for the Congress, there'll be nothing left for the Congress to take."
    go ow-24-morning

  choice ow-power-all default
    hi: सत्ता कांग्रेस ले — और सोवियत के सारे समाजवादी दल मिलकर सरकार बनाएँ, एक दल नहीं।
    en: Let the Congress take power — and let all the Soviet's socialist parties form the government together, not one.
    set ow-coalitionist
    reply
      hi: प्रस्कोव्या सिर हिलाती है। "मर्द झगड़ेंगे, और रोटी फिर भी नहीं आएगी। सब मिलकर करें, तो शायद आए।"
      en: Praskovya nods. "The men will quarrel, and still no bread will come. If they all do it together, perhaps it will."
    go ow-24-morning

# ---------------------------------------------------------------- 24 Oct: the call

scene ow-24-morning
  for worker
  on 24 Oct, morning
  at factory
  hi: {if visited ow-period-start}भोर में युंकरों ने बोल्शेविक अख़बार का छापाख़ाना सील कर दिया; दोपहर से पहले सैन्य क्रांतिकारी समिति के सैनिक उसे फिर चालू करा देते हैं।{else if not papers-closed}अख़बार रोज़ की तरह छपे हैं।{end}{if mrc} समिति ने रेड गार्ड को अपनी चौकियों पर बुलाया है: पुल, स्टेशन, टेलीफ़ोन एक्सचेंज।{else} किसी ने रेड गार्ड को नहीं बुलाया; फिर भी लोग राइफ़लें साफ़ कर रहे हैं।{end} मैनेजर पूछता है कि आज करघे चलेंगे या नहीं।
  en: {if visited ow-period-start}At dawn junkers (officer cadets) sealed the press of the Bolshevik paper; before noon soldiers of the Military Revolutionary Committee have it running again.{else if not papers-closed}The papers came out as on any day.{end}{if mrc} The committee has called the Red Guard to its posts: the bridges, the stations, the telephone exchange.{else} No one has called the Red Guard out; people are cleaning their rifles all the same.{end} The manager asks whether the looms will run today.
  note
    hi: 24 अक्टूबर (6 नवंबर) की भोर केरेन्स्की के युंकरों ने बोल्शेविक अख़बार "राबोची पुत" (नाम बदला हुआ "प्रावदा") का छापाख़ाना सील किया; लितोव्स्की रेजिमेंट के सैनिकों ने उसे फिर खुलवाया। दोपहर बाद जनरल स्टाफ़ ने नेवा के पुल उठाने का आदेश दिया। तुम्हारी पाठ्यपुस्तक (NCERT) भी कहती है कि विद्रोह 24 अक्टूबर को शुरू हुआ, जब सरकार-समर्थक सैनिकों ने दो बोल्शेविक अख़बारों पर क़ब्ज़ा किया।
    en: At dawn on 24 Oct (6 Nov) Kerensky's junkers (officer cadets) sealed the press of the Bolshevik paper Rabochii put' (Pravda renamed); soldiers of the Litovsky Regiment had it reopened. In the afternoon the General Staff ordered the Neva bridges raised. Your textbook (NCERT) also says the rising began on 24 October, when pro-government troops seized two Bolshevik newspapers.
  source China Miéville, October: The Story of the Russian Revolution; NCERT, India and the Contemporary World – I (Class 9 History), ch. 2, sec. 3

  choice ow-stay-bench default
    hi: करघे पर रहो: किसी को तो मिल चलानी है।
    en: Stay at your loom: someone has to keep the mill running.
    set ow-bench
    go ow-24-bench

  choice ow-guard-district
    hi: मिल के दस्ते के साथ ज़िले का पहरा दो: फाटक, और सांप्सोनियेव्स्की की चौकियाँ।
    en: Guard the district with the mill's detachment: the gate, and the posts on Sampsonievsky.
    set ow-post
    add 3 to red-guard
    reply
      hi: तुम फाटक पर लाल पट्टी बाँधकर खड़ी होती हो। दिन भर आने-जाने वालों के काग़ज़ देखती हो, और स्कूल से घर लौटते बच्चों को भी।
      en: You stand at the gate in a red armband. All day you check the papers of those who come and go, and watch the children walking home from school.
    journal
      hi: 24 अक्टूबर को मिल के दस्ते के साथ ज़िले का पहरा दिया।
      en: On 24 October I stood guard in the district with the mill's detachment.
    go ow-24-evening

  choice ow-go-liteiny
    hi: लितेयनी पुल चलो: कहते हैं, युंकर उसे उठाने आ रहे हैं।
    en: Go to the Liteiny bridge: they say the junkers are coming to raise it.
    go ow-liteiny

  choice ow-go-exchange
    hi: रात को टेलीफ़ोन एक्सचेंज लेने जाने वाले दस्ते में शामिल हो जाओ।
    en: Join the detachment that is to take the telephone exchange tonight.
    only if ow-red-guard
    show locked
    set ow-to-exchange
    add 3 to red-guard
    reply
      hi: कमांडर नामों की सूची पढ़ता है; तुम्हारा नाम आख़िर में है। "रात दस बजे, फाटक पर।"
      en: The commander reads out the list of names; yours is the last. "Ten tonight, at the gate."
    go ow-24-evening

scene ow-liteiny
  for worker
  on 24 Oct, 14:00
  at liteiny-bridge
  hi: लितेयनी पुल पर भीड़ जमा है: मज़दूर, औरतें, कुछ सैनिक। एक ट्रक से युंकर उतरते हैं — ज़्यादातर लड़के ही हैं — पुल उठाने का आदेश लेकर, ताकि मज़दूरों के इलाक़े शहर के बीच से कट जाएँ। भीड़ पुल के बीचोंबीच खड़ी है और हटती नहीं।
  en: A crowd has gathered on the Liteiny bridge: workers, women, a few soldiers. Junkers climb down from a lorry — most of them only boys — with orders to raise the bridge, so that the workers' districts are cut off from the centre. The crowd stands in the middle of the span and does not move.
  note
    hi: 24 अक्टूबर (6 नवंबर) की दोपहर जनरल स्टाफ़ ने पुल उठाने का आदेश दिया (केवल पैलेस पुल सरकार के पास रहा)। लितेयनी पर एक बड़ी भीड़ ने युंकरों को पीछे हटने पर मजबूर कर दिया। उसी दिन से सैन्य क्रांतिकारी समिति की टुकड़ियाँ पुल, तारघर और दूसरी इमारतें लेने लगीं।
    en: On the afternoon of 24 Oct (6 Nov) the General Staff ordered the bridges raised (only the Palace Bridge was kept by the government). At the Liteiny a large crowd forced the junkers to give up. From that day the Military Revolutionary Committee's units began taking bridges, the telegraph agency and other buildings.
  source China Miéville, October: The Story of the Russian Revolution

  choice ow-talk-junkers
    hi: युंकरों से बात करो: "घर जाओ, बेटा। यहाँ कोई तुम्हारा ख़ून नहीं चाहता।"
    en: Talk to the junkers: "Go home, son. Nobody here wants your blood."
    set ow-kind
    add 3 to red-guard
    reply
      hi: सबसे आगे वाला लड़का अपनी माँ की उम्र की औरत को देखकर झिझकता है। उसके पीछे दूसरे भी। भीड़ एक क़दम आगे बढ़ती है, बिना किसी हथियार के।
      en: The boy in front hesitates at the sight of a woman his mother's age. The others behind him hesitate too. The crowd takes a step forward, without a single weapon raised.
    journal
      hi: लितेयनी पुल पर युंकरों से कहा: "घर जाओ।"
      en: On the Liteiny bridge I told the junkers: "Go home."
    go ow-24-evening

  choice ow-hold-span
    hi: रेड गार्ड के साथ पुल के उठने वाले हिस्से पर खड़ी हो जाओ, ताकि उसे कोई उठा न सके।
    en: Stand with the Red Guards on the lifting span, so that no one can raise it.
    set ow-post
    add 5 to red-guard
    reply
      hi: तुम लोहे की पटरी पर पाँव जमाकर खड़ी होती हो। नीचे नेवा काली और ठंडी बह रही है। कोई गोली नहीं चलती; बस दोनों ओर लोग एक-दूसरे को देखते हैं।
      en: You plant your feet on the iron plates. Below, the Neva runs black and cold. No one fires; people on both sides simply look at each other.
    journal
      hi: लितेयनी पुल के उठने वाले हिस्से पर खड़ी रही।
      en: I stood on the lifting span of the Liteiny bridge.
    go ow-24-evening

  choice ow-step-back-bridge default
    hi: पीछे हट जाओ और बच्चों के पास घर लौट जाओ।
    en: Step back and go home to the children.
    reply
      hi: तुम भीड़ से निकल आती हो। मुड़कर देखती हो तो पुल पर अब भी लोग खड़े हैं।
      en: You make your way out of the crowd. When you look back, people are still standing on the bridge.
    go ow-24-evening

scene ow-24-bench
  for worker
  on 24 Oct, afternoon
  at factory
  hi: आधे करघे चुप हैं; जो चल रहे हैं, उनके पास ज़्यादातर बड़ी उम्र की औरतें हैं। फ़ोरमैन दरवाज़े पर खड़ा सड़क की ओर देख रहा है। फाटक पर पहरे वाले लड़के दोपहर से भूखे खड़े हैं।
  en: Half the looms are silent; at those still running stand mostly older women. The foreman stands in the doorway, looking out at the street. The lads on guard at the gate have been standing there hungry since noon.

  choice ow-weave-on default
    hi: पाली ख़त्म होने तक बुनती रहो।
    en: Weave on to the end of the shift.
    reply
      hi: ढरकी आगे-पीछे चलती है। तुम्हें याद आता है कि फ़रवरी में भी तुमने एक दिन ऐसे ही पाली पूरी की थी, और तब भी बाहर दुनिया बदल रही थी।
      en: The shuttle runs back and forth. You remember finishing a shift like this in February too, while the world outside was changing then as well.
    journal
      hi: 24 अक्टूबर को पाली पूरी की।
      en: On 24 October I finished my shift.
    go ow-24-evening

  choice ow-bread-to-gate
    hi: करघा रोको और रसोई से रोटी लेकर फाटक के पहरे वालों को दे आओ।
    en: Stop your loom and take bread from the kitchen to the lads on guard at the gate.
    add 2 to red-guard
    clear ow-bench
    reply
      hi: लड़के रोटी पर टूट पड़ते हैं। एक कहता है: "मौसी, कल तक रुको, फिर सब बदल जाएगा।"
      en: The lads fall on the bread. One says: "Auntie, wait till tomorrow, then everything will change."
    go ow-24-evening

# A junction after the bridges were decided (24 Oct, afternoon).
scene ow-24-evening
  for worker
  on 24 Oct, evening
  at vyborg
  go ow-failed-night if not bridges-held
  go ow-exchange if ow-to-exchange
  go ow-night

# ---------------------------------------------------------------- the night of 24–25 Oct

scene ow-exchange
  for worker
  on 24 Oct, 23:00
  at ow-exchange
  hi: रात। सैनिकों और रेड गार्ड का तुम्हारा दस्ता टेलीफ़ोन एक्सचेंज में दाख़िल होता है। दरवाज़े पर खड़े युंकर गिनती देखकर अपनी राइफ़लें रख देते हैं; कोई गोली नहीं चलती। अंदर तारों की मेज़ों पर बैठी लड़कियाँ तुम्हें डर और नफ़रत से देखती हैं। इसी रात शहर भर में दस्ते स्टेशन, बिजलीघर और स्टेट बैंक ले रहे हैं।
  en: Night. Your detachment of soldiers and Red Guards enters the telephone exchange. The junkers at the door see how many you are and lay down their rifles; no shot is fired. Inside, the girls at the switchboards look at you with fear and dislike. This same night detachments all over the city are taking the stations, the power station and the State Bank.
  note
    hi: 24–25 अक्टूबर (6–7 नवंबर) की रात रेड गार्ड और सैनिकों ने बहुत कम लड़ाई के साथ स्टेशन, बिजलीघर, टेलीफ़ोन एक्सचेंज और स्टेट बैंक ले लिए। उसी रात लेनिन भेस बदलकर अपने छिपने की जगह से स्मोल्नी पहुँचे। पेत्रोग्राद में विद्रोह अपेक्षाकृत छोटी टुकड़ियों ने किया; बहुत-से मज़दूर बस देखते रहे।
    en: On the night of 24–25 Oct (6–7 Nov) Red Guards and soldiers took the stations, the power station, the telephone exchange and the State Bank with very little fighting. That same night Lenin left his hiding place in disguise and reached Smolny. In Petrograd the rising was carried out by relatively small forces; many workers simply watched.
  source China Miéville, October: The Story of the Russian Revolution; Richard Pipes, The Russian Revolution; John Reed, Ten Days That Shook the World

  choice ow-guard-door default
    hi: सुबह तक दरवाज़े पर पहरा दो।
    en: Stand guard at the door until morning.
    set ow-post
    reply
      hi: रात लंबी है। तुम दरवाज़े पर खड़ी रहती हो, और हर घंटे कोई न कोई दस्ता स्मोल्नी की ख़बर लेकर आता है।
      en: The night is long. You stand at the door, and every hour some detachment comes by with news from Smolny.
    journal
      hi: 25 अक्टूबर की रात टेलीफ़ोन एक्सचेंज के दरवाज़े पर पहरा दिया।
      en: On the night of 25 October I stood guard at the door of the telephone exchange.
    go ow-night

  choice ow-sit-operators
    hi: राइफ़ल दीवार से टिकाओ, लड़कियों के पास बैठो और कहो कि कोई उन्हें हाथ नहीं लगाएगा; जो घर जाना चाहे, जाए।
    en: Lean your rifle against the wall, sit with the girls and tell them no one will lay a hand on them; whoever wants to go home may go.
    set ow-kind
    reply
      hi: एक लड़की रो पड़ती है; दूसरी चुपचाप अपना कोट उठाकर चली जाती है। तीसरी तुमसे पूछती है: "और अब तार कौन जोड़ेगा?" तुम्हारे पास जवाब नहीं।
      en: One girl bursts into tears; another quietly picks up her coat and leaves. A third asks you: "And who will connect the lines now?" You have no answer.
    journal
      hi: एक्सचेंज की लड़कियों से कहा कि कोई उन्हें हाथ नहीं लगाएगा।
      en: I told the girls at the exchange that no one would lay a hand on them.
    go ow-night

  choice ow-leave-exchange
    hi: अपनी राइफ़ल एक सैनिक को दो और घर चली जाओ।
    en: Give your rifle to a soldier and go home.
    reply
      hi: भोर से पहले तुम अँधेरी गलियों से घर पहुँचती हो और कपड़ों समेत बच्चों के पास लेट जाती हो।
      en: Before dawn you reach home through the dark streets and lie down by the children in your clothes.
    go ow-night

scene ow-night
  for worker
  on 25 Oct, noon
  at vyborg
  hi: 25 अक्टूबर की दोपहर।{if government-deposed} सुबह दस बजे सैन्य क्रांतिकारी समिति ने घोषणा चिपकाई: अस्थायी सरकार अपदस्थ कर दी गई है।{end}{if kerensky-gone} केरेन्स्की मोर्चे से सैनिक लाने के लिए कार से शहर छोड़ गए हैं।{end} फिर भी मंत्री शीत महल में बैठे हैं, युंकरों और महिला मृत्यु बटालियन के पहरे में। ट्रामें चल रही हैं। आज रात स्मोल्नी में सोवियतों की कांग्रेस बैठेगी।
  en: Noon on 25 October.{if government-deposed} At ten this morning the Military Revolutionary Committee posted a proclamation: the Provisional Government has been deposed.{end}{if kerensky-gone} Kerensky has left the city by car to bring troops from the front.{end} Yet the ministers still sit in the Winter Palace, guarded by junkers and the Women's Battalion. The trams are running. Tonight the Congress of Soviets meets at Smolny.
  note
    hi: सैन्य क्रांतिकारी समिति की घोषणा 25 अक्टूबर (7 नवंबर) की सुबह लगभग दस बजे आई; उसे लेनिन ने लिखा था। केरेन्स्की लगभग ग्यारह बजे गाड़ी से गात्चिना की ओर निकले — औरतों के कपड़ों में नहीं; यह बाद में बना क़िस्सा है। शहर का बड़ा हिस्सा दिन भर सामान्य ढंग से चलता रहा।
    en: The Military Revolutionary Committee's proclamation came at about ten on the morning of 25 Oct (7 Nov); Lenin wrote it. Kerensky left by car for Gatchina at about eleven — not in women's clothes; that is a later myth. Most of the city went about its business all day.
  source China Miéville, October: The Story of the Russian Revolution; Richard Pipes, The Russian Revolution; John Reed, Ten Days That Shook the World

  choice ow-to-bridge-post
    hi: रात के लिए पुल की अपनी चौकी पर लौट जाओ।
    en: Go back to your post on the bridge for the night.
    go ow-bridge-night

  choice ow-to-palace
    hi: दस्ते के साथ महल चौक चलो।
    en: Go with the detachment to Palace Square.
    go ow-palace-square

  choice ow-to-smolny
    hi: स्मोल्नी चलो: आज रात कांग्रेस बैठेगी, और तुम्हारी मिल का प्रतिनिधि तुम्हें अंदर ले जा सकता है।
    en: Go to Smolny: the Congress meets tonight, and your mill's delegate can take you in.
    go ow-smolny

  choice ow-go-home default
    hi: घर जाओ: बच्चों ने दो दिन से तुम्हें ठीक से नहीं देखा।
    en: Go home: the children have hardly seen you for two days.
    go ow-home-night

scene ow-palace-square
  for worker
  on 25 Oct, 21:30
  at palace-square
  hi: चौक के किनारों पर सैनिकों, नाविकों और रेड गार्ड का घेरा है। शाम को मंत्रियों को हथियार डालने की आख़िरी चेतावनी (अल्टीमेटम) भेजी गई थी; उन्होंने नहीं माना। महल के बचाव में खड़े बहुत-से युंकर और कोसैक चुपचाप निकल चुके हैं। पौने दस बजे नदी की ओर से एक भारी धमाका होता है, फिर क़िले की तोपें। तुम्हारे पास का एक नाविक हँसता है: "ख़ाली गोला। डराने के लिए।"
  en: Soldiers, sailors and Red Guards ring the edges of the square. In the evening the ministers were sent an ultimatum to surrender; they refused. Many of the junkers and Cossacks defending the palace have quietly slipped away. At a quarter to ten a heavy boom comes from the river, then the fortress guns. A sailor beside you laughs: "A blank. To frighten them."
  note
    hi: शाम 6:30 बजे अंतोनोव-ओव्सेयेन्को के दस्तख़त वाला अल्टीमेटम गया। लगभग 9:45 बजे क्रूज़र अव्रोरा ने एक ख़ाली गोला दाग़ा; फिर पीटर-पॉल क़िले ने असली गोले चलाए, पर तीस-पैंतीस में से दो ही महल पर लगे। तुम्हारी पाठ्यपुस्तक (NCERT) कहती है कि अव्रोरा ने महल पर गोलाबारी की; असल में उसका गोला ख़ाली था।
    en: At 6:30 p.m. an ultimatum signed by Antonov-Ovseenko was sent. At about 9:45 the cruiser Aurora fired one blank; then the Peter and Paul Fortress fired live shells, but of some thirty or thirty-five only two hit the palace. Your textbook (NCERT) says the Aurora shelled the palace; in fact its shot was a blank.
  source Richard Pipes, The Russian Revolution; China Miéville, October: The Story of the Russian Revolution; NCERT, India and the Contemporary World – I (Class 9 History), ch. 2, sec. 3

  choice ow-palace-cordon default
    hi: घेरे में अपने दस्ते के साथ खड़ी रहो।
    en: Stay in the cordon with your detachment.
    set ow-post
    reply
      hi: घंटे बीतते हैं। कभी गोली चलती है, कभी सन्नाटा। तुम्हारी राइफ़ल कंधे पर ही रहती है; तुम बस इंतज़ार करती हो, जैसे रोटी की कतार में।
      en: The hours pass. Now a shot, now silence. Your rifle stays on your shoulder; you simply wait, as in a bread queue.
    journal
      hi: 25 अक्टूबर की रात शीत महल के घेरे में खड़ी रही।
      en: On the night of 25 October I stood in the cordon round the Winter Palace.
    go ow-palace-dawn

  choice ow-palace-aid
    hi: मिलियोन्नाया के एक आँगन में लगी मरहम-पट्टी की चौकी पर चली जाओ।
    en: Go to the first-aid post set up in a courtyard on Millionnaya.
    set ow-medic
    reply
      hi: चौकी पर दो घायल आते हैं: एक नाविक, और एक युंकर जो मुश्किल से सोलह का होगा। तुम दोनों की पट्टी एक जैसी बाँधती हो।
      en: Two wounded are brought to the post: a sailor, and a junker who can hardly be sixteen. You bind them both the same way.
    journal
      hi: महल के पास मरहम-पट्टी की चौकी पर रही; एक नाविक और एक युंकर की पट्टी बाँधी।
      en: I was at the first-aid post by the palace; I bound up a sailor and a junker.
    go ow-palace-dawn

  choice ow-palace-leave
    hi: पीछे हटो: पुल पार करके घर चली जाओ।
    en: Step back: cross the bridge and go home.
    go ow-home-night

# Dated junctions before the endings, so that the night's events are heard first.
scene ow-palace-dawn
  for worker
  on 26 Oct, 03:00
  at palace-square
  go ow-palace

scene ow-smolny
  for worker
  on 25 Oct, 22:40
  at smolny
  hi: स्मोल्नी का बड़ा हॉल धुएँ और भीड़ से भरा है: सैनिकों के ओवरकोट, नाविकों की टोपियाँ, मज़दूरों की जैकेटें। अध्यक्ष की कुर्सी पर मेन्शेविक नेता दान हैं। मेन्शेविक और दक्षिणपंथी समाजवादी क्रांतिकारी खड़े होकर कहते हैं कि यह "फ़ौजी साज़िश" है, और हॉल छोड़कर चले जाते हैं। त्रोत्स्की (ट्रॉट्स्की) उनके पीछे कहते हैं कि उनकी जगह इतिहास के कूड़ेदान में है।
  en: The great hall of Smolny is full of smoke and people: soldiers' greatcoats, sailors' caps, workers' jackets. In the chair sits the Menshevik Dan. The Mensheviks and the Right Socialist Revolutionaries stand up, call this a "military plot", and walk out of the hall. Trotsky calls after them that their place is in the dustbin of history.
  note
    hi: सोवियतों की दूसरी अखिल रूसी कांग्रेस 25 अक्टूबर (7 नवंबर) की रात 10:40 बजे खुली: शुरू में 649 प्रतिनिधि, जिनमें 390 बोल्शेविक। मेन्शेविक और दक्षिणपंथी समाजवादी क्रांतिकारी विरोध में चले गए। कांग्रेस ने सत्ता सोवियतों के हाथ में घोषित की, और 26 अक्टूबर को शांति और ज़मीन के आदेश पास किए।
    en: The Second All-Russian Congress of Soviets opened at 10:40 p.m. on 25 Oct (7 Nov): 649 delegates at the start, 390 of them Bolsheviks. The Mensheviks and Right SRs walked out in protest. The Congress declared power in the hands of the soviets, and on 26 Oct passed the decrees on peace and land.
  source Encyclopaedia of Saint Petersburg, "Second All-Russian Congress of Soviets"; China Miéville, October: The Story of the Russian Revolution; John Reed, Ten Days That Shook the World

  choice ow-cheer
    hi: तालियों में शामिल हो जाओ: जो गए, वे ख़ुद गए।
    en: Join the applause: those who left chose to leave.
    only if not ow-coalitionist
    set ow-bolshevik
    reply
      hi: तालियाँ छत तक गूँजती हैं। तुम्हारे पास बैठा एक सैनिक अपनी टोपी हवा में उछाल देता है।
      en: The applause rings to the ceiling. A soldier beside you throws his cap in the air.
    journal
      hi: स्मोल्नी में कांग्रेस की पहली रात मैं वहाँ थी।
      en: I was at Smolny on the Congress's first night.
    go ow-congress-end

  choice ow-grieve-walkout default
    hi: चुप रहो और जाने वालों को देखो: उनके साथ सब समाजवादी दलों की साझी सरकार भी जा रही है।
    en: Keep silent and watch them go: with them goes a government of all the socialist parties.
    set ow-coalitionist
    reply
      hi: दरवाज़े पर एक बूढ़ा मेन्शेविक मुड़कर हॉल को देखता है, जैसे कुछ भूल गया हो। फिर चला जाता है। तुम्हें ख़ुशी भी है, और डर भी।
      en: At the door an old Menshevik turns to look back at the hall, as if he had forgotten something. Then he goes. You feel glad, and afraid.
    journal
      hi: मेन्शेविक और समाजवादी क्रांतिकारी कांग्रेस छोड़कर चले गए। मुझे ख़ुशी भी हुई, और डर भी।
      en: The Mensheviks and SRs walked out of the Congress. I felt glad, and afraid.
    go ow-congress-end

  choice ow-smolny-leave
    hi: हॉल से निकलो और पुल की अपनी चौकी पर लौट जाओ।
    en: Leave the hall and go back to your post on the bridge.
    go ow-bridge-night

scene ow-congress-end
  for worker
  on 27 Oct, 05:00
  at smolny
  go ow-coalition

scene ow-bridge-night
  for worker
  on 25 Oct, 23:30
  at liteiny-bridge
  hi: लितेयनी पुल पर टूटे बक्सों की आग जल रही है। तुम आने-जाने वालों के काग़ज़ देखती हो। नदी की ओर से तोपों की आवाज़ आती है, और पुल पर सब चुप हो जाते हैं। आधी रात के बाद सत्रह साल का एक युंकर, टोपी हाथ में लिए, आता है: उसकी माँ वीबोर्ग में रहती है, वह घर जाना चाहता है।
  en: A fire of broken crates burns on the Liteiny bridge. You check the passes of those who come and go. Gunfire sounds from the river, and everyone on the bridge falls silent. After midnight a junker of seventeen comes up, his cap in his hand: his mother lives on the Vyborg side; he wants to go home.

  choice ow-let-junker-go
    hi: उसकी राइफ़ल ले लो और उसे जाने दो: "माँ के पास जाओ।"
    en: Take his rifle and let him go: "Go to your mother."
    set ow-kind
    reply
      hi: वह कुछ कहना चाहता है, फिर बस सिर झुकाकर अँधेरे में चला जाता है। दस्ते का एक आदमी बड़बड़ाता है, पर कुछ करता नहीं।
      en: He wants to say something, then just bows his head and goes off into the dark. A man from the detachment grumbles, but does nothing.
    journal
      hi: पुल पर एक युंकर को उसकी माँ के पास जाने दिया।
      en: On the bridge I let a junker go home to his mother.
    go ow-bridge-dawn

  choice ow-send-commissar default
    hi: आदेश के मुताबिक़ उसे पुल के छोर पर बैठे कमिसार के पास भेज दो।
    en: Send him, as the orders say, to the commissar at the end of the bridge.
    set ow-post
    reply
      hi: कमिसार उसका नाम लिखता है, राइफ़ल रखवाता है और उसे छोड़ देता है। "ऐसे बच्चों से हम नहीं लड़ते," वह कहता है।
      en: The commissar writes down his name, takes his rifle and lets him go. "We don't fight children like this," he says.
    go ow-bridge-dawn

  choice ow-leave-post
    hi: अपनी चौकी किसी और को सौंपो और बच्चों के पास घर लौट जाओ।
    en: Hand over your post to someone else and go home to the children.
    go ow-loom-dawn

scene ow-bridge-dawn
  for worker
  on 26 Oct, 06:00
  at liteiny-bridge
  go ow-bridge

scene ow-home-night
  for worker
  on 25 Oct, 23:45
  at vyborg
  hi: घर पर बच्चे एक ही बिस्तर में सो रहे हैं। नदी के पार से तोपों की आवाज़ आती है; खिड़की के काँच काँपते हैं। बेटा जागकर पूछता है: "क्या फिर फ़रवरी है?"
  en: At home the children are asleep in one bed. Gunfire comes from across the river; the window panes tremble. Your son wakes and asks: "Is it February again?"

  choice ow-watch-window default
    hi: बेटे को गोद में लेकर खिड़की के पास बैठो और दूर की चमक देखो।
    en: Take your son on your lap, sit by the window and watch the distant flashes.
    reply
      hi: "नहीं," तुम कहती हो, "फ़रवरी में हम सड़क पर थे। अब कोई और है।" वह तुम्हारी गोद में सो जाता है।
      en: "No," you say, "in February we were in the street. Now it's someone else." He falls asleep on your lap.
    go ow-loom-dawn

  choice ow-back-to-bridge
    hi: बच्चों को पड़ोसन के पास छोड़ो और बाक़ी रात के लिए पुल की चौकी पर लौट जाओ।
    en: Leave the children with the neighbour and go back to the bridge post for the rest of the night.
    reply
      hi: आधी रात के बाद तुम फिर लितेयनी पर हो। आग के पास खड़े लड़के तुम्हारे लिए जगह बनाते हैं।
      en: After midnight you are back on the Liteiny. The lads by the fire make room for you.
    go ow-bridge-dawn

  choice ow-night-aid
    hi: बच्चों को पड़ोसन के पास छोड़ो और मिल की मरहम-पट्टी की चौकी पर रात काटो।
    en: Leave the children with the neighbour and spend the night at the mill's first-aid post.
    set ow-medic
    reply
      hi: चौकी पर रात भर कोई घायल नहीं आता, बस ख़बरें आती हैं। भोर में तुम पट्टियाँ लपेटकर अलमारी में रख देती हो।
      en: No wounded come to the post all night, only news. At dawn you roll up the bandages and put them back in the cupboard.
    go ow-loom-dawn

scene ow-loom-dawn
  for worker
  on 26 Oct, morning
  at factory
  go ow-loom

# ---------------------------------------------------------------- the other history: the bridges held against the rising

scene ow-failed-night
  for worker
  on 24 Oct, 22:00
  at vyborg
  hi: पुल उठा दिए गए हैं। लितेयनी के उस पार युंकरों का पहरा है, और सरकार के सैनिक शहर के बीच की सड़कों पर हैं।{if mrc} सैन्य क्रांतिकारी समिति के दस्ते पुलों से लौटा दिए गए; छावनी बैरकों से नहीं निकली।{else} किसी ने विद्रोह का बुलावा नहीं दिया था; सरकार ने फिर भी पुल उठवा दिए, कि मज़दूरों के इलाक़े अलग रहें।{end} वीबोर्ग अँधेरे में अकेला है। मिल का दस्ता रंगाई-घर में इकट्ठा है और तुम्हारी ओर देख रहा है।
  en: The bridges are raised. Junkers stand guard across the Liteiny, and the government's soldiers hold the streets of the centre.{if mrc} The Military Revolutionary Committee's detachments were turned back at the bridges; the garrison did not come out of its barracks.{else} No one had called a rising; the government raised the bridges anyway, to keep the workers' districts apart.{end} The Vyborg side sits alone in the dark. The mill's detachment has gathered in the dye-shed and is looking at you.
  note
    hi: यह इतिहास से अलग रास्ता है। इतिहास में 24 अक्टूबर (6 नवंबर) को लितेयनी पर भीड़ ने युंकरों को पीछे हटाया, और छावनी ने सैन्य क्रांतिकारी समिति का साथ दिया। सरकार के पास लगभग कोई वफ़ादार सेना नहीं बची थी; इसीलिए विद्रोह में इतना कम ख़ून बहा।
    en: This is not what happened. In history, on 24 Oct (6 Nov), the crowd on the Liteiny drove the junkers back, and the garrison sided with the Military Revolutionary Committee. The government had almost no loyal troops left; that is why so little blood was shed in the rising.
  source China Miéville, October: The Story of the Russian Revolution; Alexander Rabinowitch, "The Bolsheviks Come to Power in Petrograd: Centennial Reflections", Economic and Political Weekly (2017)

  choice ow-keep-together
    hi: दस्ते से कहो: "राइफ़लें फ़र्श के नीचे, पहरा फाटक पर। कोई नदी पार नहीं करेगा। हम कांग्रेस का इंतज़ार करेंगे।"
    en: Tell the detachment: "Rifles under the floor, a guard on the gate. Nobody crosses the river. We wait for the Congress."
    set ow-post
    reply
      hi: कुछ लोग बहस करते हैं, फिर मान जाते हैं। राइफ़लें उसी जगह जाती हैं जहाँ जुलाई में गई थीं।
      en: Some argue, then agree. The rifles go to the same place they went in July.
    journal
      hi: विद्रोह नहीं हुआ। मिल का दस्ता साथ रहा, राइफ़लें फ़र्श के नीचे।
      en: The rising did not come. The mill's detachment stayed together, the rifles under the floor.
    go ow-failed-dawn

  choice ow-failed-home default
    hi: दस्ते को घर भेजो और ख़ुद भी बच्चों के पास चली जाओ।
    en: Send the detachment home, and go home to the children yourself.
    reply
      hi: रंगाई-घर ख़ाली हो जाता है। तुम आख़िर में बत्ती बुझाती हो।
      en: The dye-shed empties. You are the last to put out the lamp.
    go ow-loom-dawn

scene ow-failed-dawn
  for worker
  on 26 Oct, morning
  at factory
  go ow-failed
