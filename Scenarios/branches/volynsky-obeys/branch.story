format 2
# The branch volynsky-obeys of march-1917: what if the Volynsky training detachment had obeyed its
# officers at dawn on 27 February 1917 (12 March New Style)? Nothing in the act's own files changes;
# the branch is loaded beside them (petrograd play march-1917 --with volynsky-obeys).
#
# How it hooks into the act:
#   barracks-night (26 Feb, night), for a soldier who did not step out of line on the square:
#     vo-report-plan      he tells Staff-Captain Lashkevich Kirpichnikov's plan  -> sets vo-detachment-obeyed
#     vo-talk-them-round  he talks his squad into obeying (chance 50)            -> sets it, or not
#   dawn-roll-call (27 Feb, dawn), offered only when no mutiny broke out:
#     vo-obey-lashkevich  he volunteers for the head of the Liteiny column       -> sets it (after the event)
#   s-third-march (3 Mar), only where the detachment obeyed and the others rose anyway:
#     vo-remember-monday  -> ending vo-hours-late
#   volynsky-mutiny (27 Feb, dawn): while vo-detachment-obeyed holds, this branch's outcome replaces the
#     event's own: no mutiny; the detachment marches out; the soldier is moved to vo-liteiny-march.
#   27 Feb, noon: vo-regiments-rise (garrison <= 50: the other regiments rise anyway and set `mutiny`,
#     so the act's own events follow — committee, Soviet, Order No. 1 …) or vo-garrison-holds
#     (garrison > 50: the order holds, for now).
# Only this branch's choices set vo-detachment-obeyed, so a game that never takes one of them is the
# act's own game, step for step: the act's golden playthroughs pass with this branch loaded.
#
# The soldier (soldier.story):
#   vo-liteiny-march -> vo-bridge -> rising:      vo-kirochnaya-stand -> vo-swept-evening -> back into the act
#                                                  (s-tauride, s-rodzianko-order, s-bunk-waiting) -> … -> s-third-march
#                                                  -> the act's endings, or vo-hours-late
#                                 -> order holds: vo-barracks-quiet -> vo-tuesday -> vo-wednesday -> vo-thursday
#                                                  -> vo-friday (3 Mar) -> ending vo-order-held / vo-hidden
#
# Ethics (violence is reported, never played or rewarded): obeying is told with restraint; no shot is fired in the branch's own scenes; no
# choice is rewarded — the informer is spared the front and loses his comrades, the obedient are sent to
# the front all the same; every alternative is called an alternative, and the debriefs say what happened.

branch volynsky-obeys
  hi: अगर 27 फ़रवरी को वोलिन्स्की दस्ते ने अपने अफ़सरों का आदेश मान लिया होता?
  en: What if the Volynsky training detachment had obeyed its officers on 27 February?
  extends march-1917

# ---------------------------------------------------------------- variables, place, glossary

# Set only by this branch's choices; read by its replacement of volynsky-mutiny and its noon events.
# Hidden (no label): it is the question the branch asks, not a number to watch.
world flag vo-detachment-obeyed

# The soldier's own (hidden).
player flag vo-reported
player flag vo-named
player flag vo-crossed-first
player flag vo-listened
player flag vo-asked
player flag vo-signed

place vo-kirochnaya
  hi: किरोचनाया सड़क
  en: Kirochnaya Street

glossary vo-counterfactual
  hi: वैकल्पिक इतिहास ("अगर ऐसा होता, तो?")
  en: Counterfactual history ("what if?")
  explain
    hi: ऐसा इतिहास जो हुआ नहीं, पर हो सकता था। इतिहासकार "अगर ऐसा होता, तो?" इसलिए पूछते हैं कि समझ सकें कि जो असल में हुआ, उसके कौन-से कारण सबसे ज़रूरी थे। इस खेल में हर ऐसा दृश्य साफ़ बताता है कि वह वैकल्पिक इतिहास है, और अंत में यह भी बताया जाता है कि असल में क्या हुआ।
    en: History that did not happen, but might have. Historians ask "what if?" to find out which causes of what really happened mattered most. In this game every such scene says plainly that it is an alternative history, and the debrief at the end tells what really happened.

glossary vo-contingency-structure
  hi: संयोग और संरचना
  en: Contingency and structure
  explain
    hi: इतिहास को समझाने के दो नज़रिए। "संरचना" पर ज़ोर देने वाले लंबे समय के गहरे कारण देखते हैं — भूख, युद्ध, ज़ार का सत्ता न बाँटना — और मानते हैं कि ऐसे हालात में क्रांति देर-सबेर आनी ही थी। "संयोग" पर ज़ोर देने वाले कहते हैं कि नतीजा कुछ ख़ास लोगों के ख़ास घड़ी में लिए गए फ़ैसलों पर टिका था, और एक रात भी इतिहास बदल सकती थी। ज़्यादातर इतिहासकार दोनों को मिलाकर देखते हैं।
    en: Two ways of explaining history. Those who stress structure look at deep, long-term causes — hunger, the war, a Tsar who would not share power — and argue that in such conditions a revolution was bound to come sooner or later. Those who stress contingency argue that the outcome hung on particular decisions by particular people at particular moments, and that a single night could have changed it. Most historians combine the two.

# ---------------------------------------------------------------- new choices in the act's scenes

# 26 Feb, night. A soldier who stepped out of line on the square yesterday (refused) is watched by the
# sergeant-major and trusted by neither side: neither Lashkevich nor the squad leaders would listen to him.
in scene barracks-night
  when not refused

  choice vo-report-plan
    hi: स्टाफ़-कप्तान लाश्केविच के कमरे का दरवाज़ा खटखटाओ और उन्हें किर्पिचनिकोव की पूरी योजना बता दो — नामों समेत।
    en: Knock on Staff-Captain Lashkevich's door and tell him Kirpichnikov's whole plan — names and all.
    set vo-reported
    set vo-detachment-obeyed
    add 10 to garrison
    chance 100
      hi: लाश्केविच चुपचाप सुनते हैं, फिर कहते हैं: "तुमने ठीक किया। किसी से कुछ मत कहना।" आधी रात के बाद गलियारे में भारी जूतों की आवाज़ आती है: किर्पिचनिकोव और चार दस्ता-मुखियों को गार्ड-रूम ले जाया जाता है। उस रात बैरक में कोई नहीं सोता, और कोई तुम्हारी ओर नहीं देखता।
      en: Lashkevich hears you out in silence, then says: "You did right. Tell no one." After midnight heavy boots sound in the corridor: Kirpichnikov and four squad leaders are taken to the guardroom. Nobody in the barrack sleeps that night, and nobody looks at you.
      journal
        hi: रात में मैंने लाश्केविच को किर्पिचनिकोव की योजना बता दी। आधी रात को वे उसे ले गए।
        en: In the night I told Lashkevich Kirpichnikov's plan. At midnight they took him away.
      go dawn-roll-call

  choice vo-talk-them-round
    hi: अपने दस्ते के मुखिया से धीरे से कहो: "कल हम बाहर निकलेंगे। इनकार किया तो गोली हमें लगेगी — या मोर्चे वाली सूची में हमारे नाम आएँगे।"
    en: Whisper to your squad leader: "Tomorrow we march. If we refuse, we're the ones who'll be shot — or it's our names on the list for the front."
    add 5 to garrison
    chance 50
      hi: वह देर तक चुप रहता है। फिर उठकर किर्पिचनिकोव के पास जाता है। आधी रात तक चारपाइयों के बीच बात फैल जाती है: "कल नहीं।" किर्पिचनिकोव कुछ नहीं कहता; बस अपनी राइफ़ल साफ़ करता रहता है।
      en: He is silent for a long time. Then he gets up and goes over to Kirpichnikov. By midnight the word has gone round the bunks: "Not tomorrow." Kirpichnikov says nothing; he just goes on cleaning his rifle.
      set vo-detachment-obeyed
      journal
        hi: मैंने अपने दस्ते को समझाया कि कल हम आदेश मानें। वे मान गए।
        en: I argued that tomorrow we should obey. My squad agreed.
      go dawn-roll-call
    otherwise
      hi: वह तुम्हारी पूरी बात सुनता है और दीवार की ओर करवट ले लेता है। किर्पिचनिकोव की फुसफुसाहट एक चारपाई से दूसरी तक चलती रहती है।
      en: He hears you out, then turns over to face the wall. Kirpichnikov's whisper goes on from bunk to bunk.
      go dawn-roll-call

# 27 Feb, dawn. The soldier is here with a choice only when no mutiny broke out (the act's own
# alternative history); this choice takes him into the branch's story of that day.
in scene dawn-roll-call
  when not mutiny

  choice vo-obey-lashkevich
    hi: लाश्केविच पूछते हैं कि लितेयनी जाने वाली टुकड़ी में सबसे आगे कौन चलेगा। क़दम आगे बढ़ाओ।
    en: Lashkevich asks who will march at the head of the column for the Liteiny. Step forward.
    set vo-detachment-obeyed
    add 5 to garrison
    journal
      hi: भोर में लाश्केविच के कहने पर मैं लितेयनी वाली टुकड़ी में सबसे आगे चला।
      en: At dawn, when Lashkevich asked, I stepped forward to lead the column for the Liteiny.
    go vo-liteiny-march

# 3 Mar, in the world where the detachment obeyed at dawn and the other regiments rose anyway: the soldier
# has been handed back to the act a few hours late; at its last scene he can look back on those hours.
in scene s-third-march
  when vo-detachment-obeyed and mutiny

  choice vo-remember-monday
    hi: अपनी चारपाई पर बैठो और सोमवार की भोर को याद करो — उन छह घंटों को, जब तुम्हारे दस्ते ने हुक्म माना।
    en: Sit on your bunk and think back to Monday at dawn — to the six hours in which your detachment obeyed.
    go vo-hours-late

# ---------------------------------------------------------------- the turning point, replaced

# While the flag holds, this outcome happens instead of the event's own (and instead of its otherwise).
in event volynsky-mutiny
  if vo-detachment-obeyed
  assumes vo-detachment-obeyed
  hi: यहाँ इतिहास दूसरी राह लेता है: भोर में वोलिन्स्की प्रशिक्षण दस्ता पंक्ति में खड़ा हुआ, और जब स्टाफ़-कप्तान लाश्केविच ने ज़ार का आदेश फिर पढ़कर सुनाया, तो किसी ने पलटकर जवाब नहीं दिया। रात में किर्पिचनिकोव की योजना बिखर गई — कोई कहता है अफ़सरों को ख़बर मिल गई थी, कोई कहता है डर जीत गया। दस्ता आदेश मानकर लितेयनी पुल की ओर कूच करता है, और जनरल ख़ाबालोव मोगिल्योव को तार भेजते हैं कि छावनी वफ़ादार है। (असल में इसी सुबह दस्ते ने बाहर निकलने से इनकार किया था, और बग़ावत वहीं से शुरू हुई।)
  en: Here history takes another road: at dawn the Volynsky training detachment falls in, and when Staff-Captain Lashkevich reads out the Tsar's order again, nobody answers back. In the night Kirpichnikov's plan fell apart — some say the officers were warned, some say fear won. The detachment marches out as ordered, towards the Liteiny bridge, and General Khabalov wires Mogilev that the garrison is loyal. (In history, that morning the detachment refused to march out, and the mutiny began there.)
  for soldier
    hi: कोई नारा नहीं लगाता, कोई राइफ़ल ज़मीन पर नहीं पटकता। बस जूतों की आवाज़ — और बैरक के फाटक खुल जाते हैं।
    en: Nobody shouts; nobody grounds a rifle. Only the tramp of boots — and the barracks gates swing open.
  for worker
    hi: पहली पाली के साथ वीबोर्ग क्षेत्र में ख़बर पहुँचती है: वोलिन्स्की वाले फिर सड़कों पर हैं, आदेश के मुताबिक़। जिन घरों से कल कोई ज़्नामेन्स्काया चौक से नहीं लौटा, वहाँ से आज कोई रोटी की कतार में नहीं गया।
    en: The news reaches the Vyborg side with the first shift: the Volynsky men are in the streets again, under orders. From the homes where someone did not come back from Znamenskaya Square yesterday, nobody has gone to the bread queue today.
  for duma
    hi: सुबह-सुबह टेलीफ़ोन पर ख़बर आती है: छावनी शांत है। सत्रावसान का आदेश लागू है, और गलियारे में कोई धीरे से पूछता है: "अब हम किसके नाम पर बोलेंगे?"
    en: Early in the morning the telephone brings the news: the garrison is quiet. The prorogation stands, and someone in the corridor asks quietly: "In whose name can we speak now?"
  add 10 to garrison
  subtract 10 from strike
  subtract 2 from resolve
  move soldier to vo-liteiny-march
  journal
    hi: वोलिन्स्की प्रशिक्षण दस्ते ने आदेश माना: भोर में कोई बग़ावत नहीं हुई।
    en: The Volynsky training detachment obeyed: no mutiny at dawn.

# ---------------------------------------------------------------- 27 Feb, noon: the other regiments
# Structure or contingency? If the garrison as a whole has wavered far enough (garrison <= 50), the
# mutiny comes anyway, through another door; if not, the order holds — for now. Both events need the
# branch's flag, so in the act's own games they simply lapse (neither has an otherwise).

event vo-regiments-rise
  on 27 Feb, noon
  if vo-detachment-obeyed and garrison <= 50
  assumes vo-detachment-obeyed        # "one detachment's obedience has not held the garrison"
  hi: दोपहर तक साफ़ हो जाता है कि एक दस्ते के आदेश मान लेने से छावनी नहीं थमी। लितोव्स्की और प्रेओब्राज़ेन्स्की रेजिमेंटों की रिज़र्व कंपनियाँ, छठी सैपर बटालियन के साथ, अपने अफ़सरों के बिना किरोचनाया सड़क पर निकल आई हैं। वे एक बैरक से दूसरी बैरक जाकर पूछ रहे हैं: "तुम किसके साथ हो?" बग़ावत आ ही गई — कुछ घंटे देर से, और किसी दूसरे दरवाज़े से। (असल में क्रम उलटा था: सुबह वोलिन्स्की वालों ने ही इन रेजिमेंटों को "बाहर बुलाया" था।)
  en: By noon it is clear that one detachment's obedience has not held the garrison. The reserve companies of the Litovsky and Preobrazhensky regiments, with the 6th Sapper Battalion, have come out onto Kirochnaya Street without their officers. They go from barracks to barracks asking: "Whose side are you on?" The mutiny has come after all — a few hours late, and through another door. (In history the order was the other way round: it was the Volynsky men who "called out" these regiments that morning.)
  for soldier
    hi: ख़बर दौड़ती हुई लितेयनी पुल तक पहुँचती है। पंक्ति में कोई किसी की ओर नहीं देखता — सब एक ही बात सोच रहे हैं।
    en: The news comes running down to the Liteiny bridge. Nobody in the line looks at anyone else — they are all thinking the same thing.
  for worker
    hi: वीबोर्ग क्षेत्र में कारख़ानों के भोंपू फिर बजने लगते हैं: "सैनिक बाहर आ गए!"
    en: On the Vyborg side the factory hooters start up again: "The soldiers are out!"
  for duma
    hi: टॉराइड महल की खिड़कियों से सैनिकों के जत्थे दिखते हैं। सुबह की चुप्पी टूट चुकी है; अब ड्यूमा को कुछ न कुछ करना होगा।
    en: From the windows of the Tauride Palace you can see columns of soldiers. The morning's quiet is over; now the Duma must do something.
  set mutiny
  subtract 15 from garrison
  add 15 to strike
  add 3 to resolve
  journal
    hi: दोपहर में लितोव्स्की और प्रेओब्राज़ेन्स्की वाले बाहर निकल आए: बग़ावत कुछ घंटे देर से आई।
    en: At noon the Litovsky and Preobrazhensky men came out: the mutiny came a few hours late.

event vo-garrison-holds
  on 27 Feb, noon
  if vo-detachment-obeyed and garrison > 50
  assumes vo-detachment-obeyed and garrison > 50   # "no other regiment has come out"
  hi: दोपहर तक कोई दूसरी रेजिमेंट बाहर नहीं निकली। अफ़सरों ने हर बैरक के फाटक पर पहरा दोगुना कर दिया है, और पावलोव्स्की कंपनी के नेता अब भी पीटर-पॉल क़िले में बंद हैं। ख़ाबालोव के दफ़्तर में लोग राहत की साँस लेते हैं। पर हड़ताल ख़त्म नहीं हुई, और बेकरियाँ अब भी ख़ाली हैं। (यह वह है जो हो सकता था, वह नहीं जो हुआ।)
  en: By noon no other regiment has come out. The officers have doubled the guard on every barracks gate, and the Pavlovsky company's ringleaders are still locked in the Peter and Paul Fortress. In Khabalov's office they breathe again. But the strike is not over, and the bakeries are still empty. (This is what might have happened, not what did.)
  for soldier
    hi: पुल पर खड़े-खड़े तुम्हारे पैर सुन्न हो गए हैं। कोई नया आदेश नहीं आता — न गोली चलाने का, न लौटने का।
    en: Standing on the bridge, your feet have gone numb. No new order comes — neither to fire nor to go back.
  for worker
    hi: वीबोर्ग क्षेत्र में कुछ मिलें फिर चलने लगी हैं। फाटकों पर पुलिस नाम लिख रही है।
    en: On the Vyborg side some mills are running again. At the gates the police are taking names.
  for duma
    hi: रोद्ज़ियांको के तारों का कोई जवाब नहीं आता। कुछ सदस्य अपना सामान बाँधने लगे हैं।
    en: Rodzianko's telegrams go unanswered. Some deputies have begun to pack their bags.
  add 5 to garrison
  subtract 5 from strike
  journal
    hi: दोपहर तक कोई दूसरी रेजिमेंट बाहर नहीं निकली।
    en: By noon no other regiment had come out.
