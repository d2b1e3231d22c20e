format 2
# The worker's autumn, 22 Aug – 20 Oct: ow-evacuation (22 Aug) → [ow-kornilov (28 Aug) → ow-drill (29 Aug)
#   | ow-no-kornilov (28 Aug)] → ow-september (4 Sep) → ow-cook (5 Oct) → ow-women (20 Oct) → ow-24-morning.

# ---------------------------------------------------------------- 22 Aug: lockout and evacuation (W9)

scene ow-evacuation
  for worker
  on 22 Aug, morning
  at factory
  hi: अगस्त। कल जर्मनों ने रीगा ले लिया, और अब पेत्रोग्राद भी दूर नहीं लगता। मैनेजर ने फाटक पर नोटिस लगाया है: कपास नहीं, कोयला नहीं; आधी पालियाँ बंद, और "सुरक्षा के लिए" मशीनें वोल्गा की ओर भेजी जाएँगी। मिल में सब जानते हैं कि इसका मतलब क्या है: मशीनें गईं, तो काम गया। रोटी का राशन फिर घटा है। समिति को आज ही तय करना है।
  en: August. Yesterday the Germans took Riga, and now Petrograd does not seem far away. The manager has posted a notice at the gate: no cotton, no coal; half the shifts stopped, and the machines to be sent towards the Volga "for safety". Everyone in the mill knows what that means: if the machines go, the work goes. The bread ration has been cut again. The committee must decide today.
  if ow-soldatki
    hi: सोल्दात्की की अलग कतार का वादा अब तक काग़ज़ पर ही है।
    en: The soldiers' wives' separate queue is still a promise on paper.
  note
    hi: 1917 की गर्मियों और शरद में कई मालिकों ने कच्चे माल और ईंधन की कमी बताकर कारख़ाने बंद किए या घटाए, और रीगा के गिरने (21 अगस्त / 3 सितंबर) के बाद कारख़ानों को पेत्रोग्राद से हटाने की बात चली। मज़दूरों को यह तालाबंदी लगी। कारख़ाना समितियों ने जवाब में "मज़दूर नियंत्रण" माँगा: हिसाब-किताब देखना, और समिति के दस्तख़त के बिना कोई मशीन या माल बाहर न जाए।
    en: In the summer and autumn of 1917 many owners closed or cut back their works, citing shortages of raw materials and fuel, and after the fall of Riga (21 Aug / 3 Sep) there was talk of evacuating factories from Petrograd. Workers saw it as a lockout. The factory committees answered with "workers' control": inspecting the books, and no machine or goods to leave without the committee's signature.
  source China Miéville, October: The Story of the Russian Revolution; Orlando Figes, A People's Tragedy; Alexander Rabinowitch, "The Bolsheviks Come to Power in Petrograd: Centennial Reflections", Economic and Political Weekly (2017)

  choice ow-workers-control
    hi: प्रस्ताव रखो: फाटक पर समिति का पहरा; समिति के दस्तख़त के बिना एक भी मशीन बाहर नहीं जाएगी, और मालिक अपने हिसाब की किताबें दिखाएँ।
    en: Move that the committee guard the gate: not one machine leaves without the committee's signature, and the owners show their account books.
    set ow-control
    add 5 to bolsheviks
    add 3 to red-guard
    reply
      hi: लगभग सबके हाथ उठते हैं। फाटक पर लाल पट्टी वाले दो मज़दूर खड़े हो जाते हैं। किताबें खुलती हैं: कोयला सचमुच कम है — पर गोदाम में तीन महीने की कपास पड़ी है।
      en: Nearly every hand goes up. Two workers in red armbands take the gate. The books are opened: coal really is short — but there are three months' cotton in the warehouse.
    journal
      hi: समिति ने फाटक पर पहरा बिठाया: हमारे दस्तख़त के बिना कोई मशीन नहीं जाएगी। गोदाम में कपास निकली।
      en: The committee put a guard on the gate: no machine leaves without our signature. There was cotton in the warehouse after all.
    go ow-late-august

  choice ow-conciliation default
    hi: कहो: "श्रम मंत्रालय के समझौता-बोर्ड में चलें। आधी पालियाँ सह लेंगे, पर मशीनें यहीं रहें।"
    en: Say: "Let us go to the Labour Ministry's conciliation board. We can bear half-shifts, so long as the machines stay here."
    add 3 to support
    add 3 to hunger
    reply
      hi: बोर्ड में दो हफ़्ते लगते हैं। मशीनें रह जाती हैं, पर आधी पालियाँ भी रहती हैं, और आधी मज़दूरी। औरतें कहती हैं कि समिति मालिकों से ज़्यादा नरम है।
      en: The board takes two weeks. The machines stay, but so do the half-shifts, and the half pay. The women say the committee is softer than the owners.
    journal
      hi: समझौता-बोर्ड गई। मशीनें बचीं; आधी पालियाँ और आधी मज़दूरी भी रहीं।
      en: I went to the conciliation board. The machines stayed; so did the half-shifts and the half pay.
    go ow-late-august

  choice ow-canteen
    hi: समिति का कोष मिल की रसोई में लगाओ: पालियाँ बंद हों या खुली, मिल के बच्चों को दोपहर में गरम शोरबा मिले।
    en: Put the committee's fund into a mill kitchen: shifts or no shifts, the mill's children get hot soup at midday.
    set ow-canteen
    subtract 5 from hunger
    reply
      hi: रंगाई-घर के कोने में दो बड़े देग चढ़ते हैं। पहले दिन चालीस बच्चे आते हैं, तीसरे दिन सौ। प्रस्कोव्या करछी चलाती है और कहती है: "यह भी राजनीति है।"
      en: In a corner of the dye-shed two big pots go on the fire. Forty children come the first day, a hundred the third. Praskovya wields the ladle and says: "This is politics too."
    journal
      hi: समिति के कोष से मिल की रसोई खोली; बच्चों को दोपहर में शोरबा मिलता है।
      en: We opened a mill kitchen with the committee's fund; the children get soup at midday.
    go ow-late-august

# ---------------------------------------------------------------- 27–29 Aug: Kornilov (W11)

# A junction at dawn on 28 Aug, after the evening the general moved or did not.
scene ow-late-august
  for worker
  on 28 Aug, morning
  at factory
  go ow-kornilov if kornilov-advance
  go ow-no-kornilov

scene ow-kornilov
  for worker
  on 28 Aug, morning
  at factory
  hi: कोर्निलोव की घुड़सवार सेना रेल से राजधानी की ओर बढ़ रही है। सोवियत ने प्रतिक्रांति से लड़ने की समिति बनाई है; बोल्शेविक भी उसमें हैं, इस शर्त पर कि मज़दूरों को हथियार मिलें और जुलाई के क़ैदी छूटें। मिल के आँगन में ज़िले से आया एक आदमी लकड़ी के बक्सों से राइफ़लें निकाल रहा है, और एक करघे पर मिल के रेड गार्ड (लाल रक्षक) की सूची रखी है।
  en: Kornilov's cavalry is moving on the capital by rail. The Soviet has set up a committee to fight the counter-revolution; the Bolsheviks are in it, on condition that the workers are armed and the July prisoners freed. In the mill yard a man from the district is lifting rifles out of wooden crates, and on a loom lies the list of the mill's Red Guard.
  if ow-control
    hi: फाटक पर समिति का पहरा अब मज़ाक़ नहीं लगता।
    en: The committee's guard at the gate no longer seems a joke.
  note
    hi: 27–31 अगस्त (9–13 सितंबर) का "कोर्निलोव मामला": केरेन्स्की ने कोर्निलोव पर बग़ावत का आरोप लगाया, और क्रिमोव की घुड़सवार सेना राजधानी की ओर बढ़ी। सोवियतों की प्रतिक्रांति-विरोधी समिति में बोल्शेविक इस शर्त पर आए कि मज़दूरों को हथियार मिलें; लगभग 40,000 रेड गार्ड हथियारबंद हुए। रेल मज़दूरों ने गाड़ियाँ ग़लत रास्तों पर मोड़ीं, तार-बाबुओं ने संदेश रोके, और मज़दूरों-सैनिकों के प्रतिनिधियों ने कोर्निलोव के सैनिकों को समझाया। हमला बिना लड़ाई के बिखर गया।
    en: The "Kornilov affair", 27–31 Aug (9–13 Sep): Kerensky accused Kornilov of mutiny, and Krymov's cavalry moved on the capital. The Bolsheviks joined the Soviets' committee against counter-revolution on condition that the workers were armed; about 40,000 Red Guards were armed. Railwaymen misrouted the trains, telegraphists held back messages, and delegations of workers and soldiers talked Kornilov's troops round. The move collapsed without a battle.
  source China Miéville, October: The Story of the Russian Revolution; Leon Trotsky, History of the Russian Revolution

  choice ow-join-red-guard
    hi: सूची में अपना नाम लिखो और एक राइफ़ल लो।
    en: Write your name on the list and take a rifle.
    set ow-red-guard
    add 8 to red-guard
    reply
      hi: सूची में तुमसे पहले दो ही औरतों के नाम हैं। आदमी पल भर रुककर राइफ़ल दे देता है। तुम सोचती हो कि काश इसे चलाना न पड़े।
      en: Only two women's names are on the list before yours. The man hesitates a moment, then hands you the rifle. You hope you will never have to fire it.
    journal
      hi: मिल के रेड गार्ड की सूची में नाम लिखा और राइफ़ल ली।
      en: I put my name on the mill's Red Guard list and took a rifle.
    go ow-drill

  choice ow-railway
    hi: रेल मज़दूरों और ज़िले के प्रतिनिधियों के साथ लाइन पर चलो: गाड़ियाँ रोकनी हैं, और कोर्निलोव के सैनिकों से बात करनी है।
    en: Go down the line with the railwaymen and the district's delegates: the trains must be stopped, and Kornilov's soldiers talked to.
    set ow-railway
    add 5 to bolsheviks
    reply
      hi: एक छोटे स्टेशन पर कोर्निलोव की गाड़ी खड़ी है; रेल वालों ने आगे की पटरी उखाड़ दी है और इंजन को दूसरी लाइन पर भेज दिया है। डिब्बों से थके सवार उतरते हैं। तुम उनसे पूछती हो कि वे किससे लड़ने आए हैं। एक कहता है: "हमें बताया गया था कि राजधानी में जर्मन दंगा कर रहे हैं।"
      en: At a small station Kornilov's train stands still; the railwaymen have lifted the rails ahead and sent the engine down another line. Tired horsemen climb down from the wagons. You ask them whom they have come to fight. One says: "We were told the Germans were rioting in the capital."
    journal
      hi: रेल की लाइन पर गई। कोर्निलोव के सवारों को बताया गया था कि राजधानी में जर्मन दंगा कर रहे हैं।
      en: I went down the railway line. Kornilov's horsemen had been told the Germans were rioting in the capital.
    go ow-drill

  choice ow-first-aid
    hi: औरतों के साथ मिल में मरहम-पट्टी की चौकी लगाओ और खाइयाँ खोदने वालों के लिए रोटी पकाओ।
    en: Set up a first-aid post in the mill with the women, and bake bread for the men digging trenches.
    set ow-medic
    add 3 to red-guard
    reply
      hi: रंगाई-घर में चादरें फाड़कर पट्टियाँ बनती हैं। शहर के दक्षिण में खाइयाँ खोदने गए मज़दूरों तक रोटी तुम्हारे हाथों से जाती है।
      en: In the dye-shed sheets are torn into bandages. The bread for the workers digging trenches south of the city goes out through your hands.
    journal
      hi: मिल में मरहम-पट्टी की चौकी लगाई और खाइयाँ खोदने वालों के लिए रोटी भेजी।
      en: We set up a first-aid post in the mill and sent bread to the trench-diggers.
    go ow-drill

  choice ow-kornilov-home default
    hi: बच्चों के पास घर रहो: केरेन्स्की अपने सेनापति से ख़ुद निपटे।
    en: Stay home with the children: let Kerensky deal with his own general.
    add 3 to support
    reply
      hi: तुम घर पर रहती हो। खिड़की के नीचे से राइफ़लें लिए मज़दूरों की टोलियाँ गुज़रती हैं। बेटा पूछता है कि तुम क्यों नहीं गईं; तुम्हारे पास जवाब नहीं है।
      en: You stay at home. Below the window pass groups of workers with rifles. Your son asks why you did not go; you have no answer.
    go ow-drill

scene ow-drill
  for worker
  on 29 Aug, evening
  at factory
  hi: दो पालियों के बीच मिल के आँगन में रेड गार्ड की क़वायद चल रही है: एक पुराना सिपाही सिखा रहा है कि राइफ़ल कैसे भरें, कैसे साफ़ करें, पहरा कैसे दें। करघों के बीच राइफ़लें मशीनों से टिकी खड़ी हैं, जैसे कोई और औज़ार। शहर में अफ़वाहें हैं: कोर्निलोव के सैनिक रुक गए हैं; कुछ लौट रहे हैं।
  en: Between two shifts there is Red Guard drill in the mill yard: an old soldier is teaching how to load a rifle, how to clean it, how to stand a watch. Among the looms the rifles stand leaning against the machines, like any other tool. There are rumours in the city: Kornilov's soldiers have halted; some are turning back.
  if ow-railway
    hi: तुम अभी-अभी लाइन से लौटी हो; जूतों में पटरी की बजरी भरी है।
    en: You are just back from the line, your boots full of ballast from the track.
  note
    hi: एक रेड गार्ड ने बाद में याद किया कि कोर्निलोव के दिनों में मज़दूर कारख़ाने में काम करते रहे, और राइफ़लें उनके पास ही बेंचों से टिकी रहती थीं, कि बुलावा आते ही उठा सकें।
    en: A Red Guard later recalled that during the Kornilov days the workers kept working in the factory, their rifles leaning against the benches beside them, ready to be taken up the moment the call came.
  source China Miéville, October: The Story of the Russian Revolution

  choice ow-drill-on
    hi: रात की क़वायद और पहरे में रहो: राइफ़ल भरना सीखो — और यह भी कि जिससे बात हो सके, उस पर निशाना नहीं लगाते।
    en: Stay for the night's drill and the watch: learn to load — and learn that you do not aim at a man you can talk to.
    set ow-red-guard
    add 5 to red-guard
    reply
      hi: पुराना सिपाही कहता है: "सबसे अच्छी गोली वह है जो चलानी न पड़े।" आधी रात को तुम फाटक पर पहरे में हो। सड़क ख़ाली है; कहीं कोई कुत्ता भौंकता है।
      en: The old soldier says: "The best bullet is the one you never fire." At midnight you stand watch at the gate. The street is empty; somewhere a dog barks.
    journal
      hi: रेड गार्ड की क़वायद की और रात भर फाटक पर पहरा दिया।
      en: I drilled with the Red Guard and stood watch at the gate all night.
    go ow-september

  choice ow-telegraph
    hi: दुन्या के साथ तारघर जाओ: तार-बाबू कोर्निलोव के संदेश रोक रहे हैं; उनके लिए रोटी और ख़बर ले जाओ।
    en: Go to the telegraph office with Dunya: the telegraphists are holding back Kornilov's messages; take them bread and news.
    add 3 to bolsheviks
    reply
      hi: तारघर में एक लड़की मशीन के पास बैठी है; वह मुस्कुराकर बताती है कि सेनापति का एक तार "खो" गया है। तुम उसके लिए रोटी छोड़ आती हो।
      en: In the telegraph office a girl sits at the machine; she smiles and tells you that one of the commander's telegrams has been "lost". You leave her some bread.
    journal
      hi: तारघर गई; तार-बाबू कोर्निलोव के तार रोक रहे थे।
      en: I went to the telegraph office; the telegraphists were holding back Kornilov's wires.
    go ow-september

  choice ow-drill-home default
    hi: घर जाओ: दो दिन से बच्चों ने तुम्हें नहीं देखा।
    en: Go home: the children have not seen you for two days.
    reply
      hi: बेटी तुम्हारे गले से लिपट जाती है, फिर पूछती है कि राइफ़ल कहाँ है। "मिल में," तुम कहती हो, "जहाँ करघे हैं।"
      en: Your daughter throws her arms round your neck, then asks where the rifle is. "At the mill," you say, "where the looms are."
    go ow-september

# The other history: the general did not march (trust in the government held, so he never broke with it).
scene ow-no-kornilov
  for worker
  on 28 Aug, morning
  at factory
  hi: अख़बारों में केरेन्स्की और सर्वोच्च सेनापति कोर्निलोव के झगड़े की ख़बरें हैं, मोर्चे पर "व्यवस्था" के लिए मौत की सज़ा की बातें। पर कोई घुड़सवार सेना राजधानी की ओर नहीं बढ़ती: सरकार और सेनापति ने आपस में समझौता कर लिया है। वीबोर्ग का रेड गार्ड कुछ सौ लोगों का ही है, और उनके पास भी आधी राइफ़लें हैं।
  en: The papers are full of Kerensky's quarrel with the Supreme Commander, Kornilov, and of talk of the death penalty to restore "order" at the front. But no cavalry moves on the capital: the government and the general have come to terms. The Vyborg Red Guard is only a few hundred strong, and half of them have no rifles.
  note
    hi: यह इतिहास से अलग रास्ता है। इतिहास में 27 अगस्त (9 सितंबर) को केरेन्स्की और कोर्निलोव की दरार खुले में आई, और सेनापति की चढ़ाई ने मज़दूरों को हथियार दिलाए और बोल्शेविकों को सोवियत में बहुमत। कई इतिहासकार कोर्निलोव मामले को अक्टूबर का मोड़ मानते हैं।
    en: This is not what happened. In history the breach between Kerensky and Kornilov came into the open on 27 Aug (9 Sep), and the general's move armed the workers and gave the Bolsheviks their majority in the Soviet. Many historians see the Kornilov affair as the turning point on the road to October.
  source China Miéville, October: The Story of the Russian Revolution; Richard Pipes, The Russian Revolution

  choice ow-guard-anyway
    hi: फिर भी रेड गार्ड में नाम लिखाओ: जनरल आज नहीं आया, कल आ सकता है।
    en: Join the Red Guard all the same: the general did not come today; he may come tomorrow.
    set ow-red-guard
    add 5 to red-guard
    reply
      hi: क़वायद के लिए सिर्फ़ बीस लोग आते हैं, और दस राइफ़लें। पुराना सिपाही कहता है: "कम ही सही, पर शुरुआत है।"
      en: Only twenty people come to drill, with ten rifles. The old soldier says: "Few, but it's a start."
    journal
      hi: जनरल नहीं आया, फिर भी रेड गार्ड में नाम लिखाया।
      en: The general did not come; I joined the Red Guard all the same.
    go ow-september

  choice ow-bread-first default
    hi: समिति की ताक़त रोटी पर लगाओ: ज़िले के खाद्य बोर्ड से मिल के लिए आटा माँगो।
    en: Put the committee's strength into bread: ask the district food board for flour for the mill.
    subtract 3 from hunger
    reply
      hi: बोर्ड दो बोरी आटा देता है और एक वादा। दो बोरी से एक हफ़्ता चलता है।
      en: The board gives two sacks of flour and a promise. Two sacks last a week.
    go ow-september

  choice ow-back-government
    hi: कहो: "संविधान सभा तक सरकार का साथ दो; सड़कों पर हथियार नहीं।"
    en: Say: "Stand by the government until the Constituent Assembly; no arms in the streets."
    add 3 to support
    subtract 3 from red-guard
    reply
      hi: फ़्योदोर ख़ुश है; दुन्या नहीं। रेड गार्ड की क़वायद अगले हफ़्ते से बंद हो जाती है।
      en: Fyodor is pleased; Dunya is not. Red Guard drill stops from the next week.
    go ow-september

# ---------------------------------------------------------------- 4 Sep: the committee re-elected

scene ow-september
  for worker
  on 4 Sep, evening
  at factory
  hi: {if kornilov-stopped}कोर्निलोव की चढ़ाई बिना लड़ाई के बिखर गई, और शहर में सब जानते हैं कि उसे किसने रोका।{else}शहर में कोई लड़ाई नहीं हुई: सरकार और सेनापति में सुलह हो गई, और मिल में बहुत-से लोग कहते हैं कि संविधान सभा तक यही ठीक है।{end} आज मिल अपनी समिति फिर से चुन रही है: बोल्शेविक एक ओर, मेन्शेविक और समाजवादी क्रांतिकारी दूसरी ओर, और कुछ लोग जो सोवियत के सारे समाजवादी दलों की मिली-जुली सरकार चाहते हैं।
  en: {if kornilov-stopped}Kornilov's move collapsed without a battle, and everyone in the city knows who stopped it.{else}There was no battle in the city: the government and the general made their peace, and many in the mill say that will do until the Constituent Assembly.{end} Today the mill re-elects its committee: the Bolsheviks on one side, the Mensheviks and Socialist Revolutionaries on the other, and a few who want a government of all the Soviet's socialist parties together.
  if ow-red-guard
    hi: सरकार ने कहा है कि ख़तरा टल गया, अब हथियार लौटाओ। मिल से एक भी राइफ़ल नहीं लौटी।
    en: The government says the danger is past and the arms must be handed back. Not one rifle has gone back from the mill.
  note
    hi: 31 अगस्त (13 सितंबर) को पेत्रोग्राद सोवियत ने पहली बार बोल्शेविक प्रस्ताव अपनाया; सितंबर में त्रोत्स्की (ट्रॉट्स्की) उसके अध्यक्ष बने, और मॉस्को सोवियत भी बोल्शेविकों की ओर गई। 1 सितंबर (14 सितंबर) को केरेन्स्की के आदेश से रूस गणराज्य घोषित हुआ। कारख़ाना समितियों के चुनावों में भी बोल्शेविक आगे बढ़े। बहुत-से मज़दूर एक पार्टी की नहीं, सोवियत के सब समाजवादी दलों की सरकार चाहते थे।
    en: On 31 Aug (13 Sep) the Petrograd Soviet adopted a Bolshevik resolution for the first time; in September Trotsky became its chairman, and the Moscow Soviet went Bolshevik too. On 1 Sep (14 Sep) Russia was proclaimed a republic by Kerensky's decree. The Bolsheviks also gained in factory committee elections. Many workers wanted a government not of one party but of all the socialist parties of the Soviet.
  source Alexander Rabinowitch, "The Bolsheviks Come to Power in Petrograd: Centennial Reflections", Economic and Political Weekly (2017); China Miéville, October: The Story of the Russian Revolution; Leon Trotsky, History of the Russian Revolution

  choice ow-bolshevik-list
    hi: बोल्शेविक सूची पर खड़ी हो: "सारी सत्ता सोवियतों को!"
    en: Stand on the Bolshevik list: "All power to the Soviets!"
    set ow-bolshevik
    add 5 to bolsheviks
    reply
      hi: दुन्या तुम्हारे नाम के आगे पेंसिल से निशान लगाती है। बोल्शेविक सूची को दो-तिहाई वोट मिलते हैं। फ़्योदोर चुपचाप अपनी कुर्सी ख़ाली कर देता है।
      en: Dunya pencils a mark beside your name. The Bolshevik list takes two-thirds of the votes. Fyodor quietly gives up his chair.
    journal
      hi: बोल्शेविक सूची पर समिति में चुनी गई।
      en: I was elected to the committee on the Bolshevik list.
    go ow-cook

  choice ow-all-socialist
    hi: कहो: "सोवियत की सत्ता हाँ — पर सारे समाजवादी दलों की, एक दल की नहीं।" और इसी बात पर खड़ी हो।
    en: Say: "Power to the Soviets, yes — but to all the socialist parties, not to one." And stand on that.
    set ow-coalitionist
    add 2 to bolsheviks
    reply
      hi: दोनों तरफ़ से लोग भौंहें चढ़ाते हैं, पर औरतें तुम्हें चुन लेती हैं। प्रस्कोव्या कहती है: "झगड़ा मर्दों का, रोटी हमारी।"
      en: People frown at you from both sides, but the women elect you. Praskovya says: "The quarrel is the men's; the bread is ours."
    journal
      hi: समिति में चुनी गई, इस बात पर कि सत्ता सोवियत के सब समाजवादी दलों की हो।
      en: I was elected to the committee on the ground that power should go to all the Soviet's socialist parties.
    go ow-cook

  choice ow-menshevik-list default
    hi: मेन्शेविकों और समाजवादी क्रांतिकारियों को वोट दो: संविधान सभा सब तय करे, सड़क नहीं।
    en: Vote for the Mensheviks and Socialist Revolutionaries: let the Constituent Assembly settle everything, not the street.
    add 4 to support
    subtract 3 from bolsheviks
    reply
      hi: उनकी सूची हार जाती है, पर तुम्हारा वोट गिना जाता है। नई समिति में तुम्हारी कुर्सी बची रहती है: औरतें तुम्हारी रसोई और हिसाब को वोट देती हैं, तुम्हारी पार्टी को नहीं।
      en: Their list loses, but your vote is counted. You keep your seat on the new committee: the women vote for your kitchen and your accounts, not your party.
    journal
      hi: मेन्शेविकों और समाजवादी क्रांतिकारियों को वोट दिया; फिर भी समिति में बनी रही।
      en: I voted for the Mensheviks and SRs; I kept my seat on the committee all the same.
    go ow-cook

# ---------------------------------------------------------------- 5 Oct: a cook and the state

scene ow-cook
  for worker
  on 5 Oct, evening
  at factory
  hi: अक्टूबर की एक शाम रंगाई-घर में पढ़ने की मंडली बैठी है। दुन्या लेनिन की नई पुस्तिका पढ़ रही है: "क्या बोल्शेविक राज्य-सत्ता बनाए रख सकेंगे?" एक पंक्ति पर सब हँस पड़ते हैं: लेनिन मानते हैं कि कोई भी रसोइया आज ही राज्य नहीं चला सकता, पर माँगते हैं कि मज़दूरों और ग़रीबों को राज चलाना सिखाना अभी से शुरू हो। बाहर रोटी का राशन फिर घटा है{if hunger >= 70}, और कतारें अब रात भर लगती हैं{end}।
  en: One October evening a reading circle sits in the dye-shed. Dunya is reading Lenin's new pamphlet: "Can the Bolsheviks Retain State Power?" At one line everyone laughs: Lenin grants that no cook can run the state today, but demands that the workers and the poor begin learning to govern at once. Outside, the bread ration has been cut again{if hunger >= 70}, and the queues now last all night{end}.
  if ow-canteen
    hi: प्रस्कोव्या तुम्हारी ओर इशारा करती है: "रसोइया तो यह रही। सौ बच्चों का राज यह चला रही है।"
    en: Praskovya points at you: "Here's our cook. She's running a kingdom of a hundred children."
  note
    hi: लेनिन ने "क्या बोल्शेविक राज्य-सत्ता बनाए रख सकेंगे?" सितंबर के अंत में लिखी और अक्टूबर 1917 में छपी। लोग अक्सर कहते हैं कि लेनिन ने "हर रसोइया राज चला सकता है" लिखा; असल में उन्होंने लिखा कि एक अनपढ़ मज़दूर या रसोइया तुरंत राज्य नहीं चला सकता, पर यह धारणा तोड़नी होगी कि राज केवल अमीर चला सकते हैं, और सीखना अभी शुरू हो।
    en: Lenin wrote "Can the Bolsheviks Retain State Power?" at the end of September; it was published in October 1917. People often say Lenin wrote that "every cook can govern"; in fact he wrote that an unskilled labourer or a cook cannot run the state at once, but that the prejudice that only the rich can govern must be broken, and the learning must begin now.
  source V. I. Lenin, Can the Bolsheviks Retain State Power? (1917); China Miéville, October: The Story of the Russian Revolution

  choice ow-i-can
    hi: कहो: "राशन का दफ़्तर मैं उन बाबुओं से अच्छा चला लूँगी जो आज चला रहे हैं।"
    en: Say: "I could run the ration office better than the clerks who run it now."
    set ow-cook
    add 3 to bolsheviks
    reply
      hi: हँसी रुकती है। दुन्या किताब नीचे रखकर कहती है: "तो चलाना।" तुम मज़ाक़ में बोली थीं; अब तुम्हें यक़ीन नहीं कि मज़ाक़ था।
      en: The laughter stops. Dunya puts the book down and says: "Then you'll run it." You spoke in jest; now you are not sure it was a jest.
    journal
      hi: पढ़ने की मंडली में कहा कि राशन का दफ़्तर मैं चला सकती हूँ। दुन्या ने कहा: "तो चलाना।"
      en: At the reading circle I said I could run the ration office. Dunya said: "Then you'll run it."
    go ow-women

  choice ow-who-minds
    hi: पूछो: "और जब रसोइया राज चलाएगी, तो उसके बच्चे कौन सँभालेगा?"
    en: Ask: "And while the cook runs the state, who will mind her children?"
    set ow-creche
    subtract 2 from hunger
    reply
      hi: मर्द हँसते हैं; औरतें नहीं। दुन्या समिति की सूची में लिखती है: "शिशुघर"। एक हफ़्ते में रसोई के बगल वाले कमरे में बीस छोटे बच्चे दिन भर रहते हैं, और उनकी माँएँ सभाओं में जा पाती हैं।
      en: The men laugh; the women do not. Dunya writes on the committee's list: "crèche". Within a week twenty small children spend the day in the room next to the kitchen, and their mothers can go to meetings.
    journal
      hi: पूछा कि रसोइया राज चलाएगी तो बच्चे कौन सँभालेगा। समिति ने शिशुघर खोला।
      en: I asked who would mind the cook's children while she ran the state. The committee opened a crèche.
    go ow-women

  choice ow-assembly-decides default
    hi: कहो: "कौन राज करेगा, यह पुस्तिका नहीं, संविधान सभा तय करेगी। चुनाव नवंबर में हैं।"
    en: Say: "Who governs is for the Constituent Assembly to decide, not a pamphlet. The elections are in November."
    add 3 to support
    reply
      hi: दुन्या कहती है कि तब तक केरेन्स्की राजधानी जर्मनों को दे देगा। बहस आधी रात तक चलती है, और तुम दोनों बिना माने घर जाती हो।
      en: Dunya says that by then Kerensky will have handed the capital to the Germans. The argument runs till midnight, and you both go home unconvinced.
    go ow-women

# ---------------------------------------------------------------- 20 Oct: the women and the Red Guard

scene ow-women
  for worker
  on 20 Oct, afternoon
  at vyborg
  hi: {if mrc}स्मोल्नी में सोवियत की सैन्य क्रांतिकारी समिति बैठ गई है, और ज़िले का रेड गार्ड दफ़्तर दिन-रात खुला है। पूरा शहर उस "गुप्त" विद्रोह की बात कर रहा है।{else}सोवियत में अब भी बहस है कि सत्ता किसकी हो; कोई समिति, कोई बुलावा नहीं। सब कांग्रेस का इंतज़ार कर रहे हैं।{end} ज़िले के रेड गार्ड दफ़्तर में कमांडर कहता है: "औरतें मरहम-पट्टी की चौकियाँ सँभालें।" बाहर मिल की सात औरतें खड़ी हैं। घर पर तुम्हारे बच्चे हैं।
  en: {if mrc}At Smolny the Soviet's Military Revolutionary Committee is sitting, and the district Red Guard office is open day and night. The whole city is talking about the "secret" rising.{else}The Soviet is still arguing about who should hold power; there is no committee, no call. Everyone is waiting for the Congress.{end} In the district Red Guard office the commander says: "The women can run the first-aid posts." Outside stand seven women from the mill. At home are your children.
  if ow-creche
    hi: शिशुघर में तुम्हारी छोटी बेटी भी है।
    en: Your youngest is in the crèche too.
  note
    hi: सोवियत की कार्यकारी समिति ने 12 अक्टूबर (25 अक्टूबर) और पूरी सोवियत ने 16 अक्टूबर (29 अक्टूबर) को सैन्य क्रांतिकारी समिति बनाई; अध्यक्ष वामपंथी समाजवादी क्रांतिकारी लाज़िमिर थे, और त्रोत्स्की उसकी असली चालक शक्ति। 10 अक्टूबर (23 अक्टूबर) को बोल्शेविक केंद्रीय समिति ने 10–2 से सशस्त्र विद्रोह के पक्ष में वोट दिया; कामेनेव और ज़िनोवियेव ने विरोध किया, फिर खुलकर अख़बार में लिखा। रेड गार्ड में औरतें कम थीं; ज़्यादातर मरहम-पट्टी और संदेश पहुँचाने का काम करती थीं, पर कुछ के पास राइफ़लें भी थीं।
    en: The Soviet's Executive Committee approved the Military Revolutionary Committee on 12 Oct (25 Oct) and the full Soviet on 16 Oct (29 Oct); its chairman was the Left SR Lazimir, and Trotsky its driving force. On 10 Oct (23 Oct) the Bolshevik Central Committee voted 10–2 for an armed rising; Kamenev and Zinoviev opposed it, then said so openly in a newspaper. Few Red Guards were women; most did first aid and carried messages, but some carried rifles too.
  source Alexander Rabinowitch, "The Bolsheviks Come to Power in Petrograd: Centennial Reflections", Economic and Political Weekly (2017); China Miéville, October: The Story of the Russian Revolution; Leon Trotsky, History of the Russian Revolution

  choice ow-insist-rifle
    hi: कमांडर से कहो: "फ़रवरी में हड़ताल औरतों ने शुरू की थी। हमें भी चौकी दो, और राइफ़लें।"
    en: Tell the commander: "In February it was the women who began the strike. Give us a post too, and rifles."
    set ow-red-guard
    set ow-post
    add 5 to red-guard
    reply
      hi: कमांडर देर तक तुम्हें देखता है, फिर सातों के नाम दस्ते में लिख लेता है। बच्चे प्रस्कोव्या सँभालेगी: "मेरे हाथ अब करछी के लायक़ हैं।"
      en: The commander looks at you a long while, then writes all seven names into the detachment. Praskovya will mind the children: "My hands are fit for a ladle now."
    journal
      hi: मिल की सात औरतें रेड गार्ड के दस्ते में लिखी गईं, मैं भी। बच्चे प्रस्कोव्या सँभालेगी।
      en: Seven women from the mill were entered in the Red Guard detachment, I among them. Praskovya will mind the children.
    go ow-24-morning

  choice ow-first-aid-post default
    hi: मरहम-पट्टी की चौकी सँभालो: लड़ाई हो या न हो, घायल किसी के भी हों, उन्हें कोई तो उठाए।
    en: Take charge of the first-aid post: fighting or no fighting, whichever side the wounded are on, someone has to carry them.
    set ow-medic
    add 3 to red-guard
    reply
      hi: तुम रसोई के बगल में चौकी बनाती हो: पट्टियाँ, आयोडीन, दो स्ट्रेचर। "घायल किसी के भी हों" — यह बात तुम दरवाज़े पर चॉक से लिख देती हो।
      en: You set up the post beside the kitchen: bandages, iodine, two stretchers. "The wounded of every side" — you chalk the words on the door.
    journal
      hi: मिल में मरहम-पट्टी की चौकी सँभाली। दरवाज़े पर लिखा: "घायल किसी के भी हों।"
      en: I took charge of the mill's first-aid post. On the door I wrote: "The wounded of every side."
    go ow-24-morning

  choice ow-wait-congress
    hi: औरतों से कहो: "विद्रोह नहीं। कांग्रेस को सत्ता लेने दो, सब समाजवादी दलों के साथ, बिना ख़ून के।"
    en: Tell the women: "No rising. Let the Congress take power, with all the socialist parties, without bloodshed."
    set ow-coalitionist
    subtract 3 from red-guard
    reply
      hi: चार औरतें तुम्हारे साथ मिल लौट आती हैं; तीन दफ़्तर में रुक जाती हैं। दुन्या कहती है: "कांग्रेस तक सरकार चुप बैठेगी, तुम्हें लगता है?"
      en: Four women come back to the mill with you; three stay at the office. Dunya says: "You think the government will sit still till the Congress?"
    journal
      hi: औरतों से कहा: विद्रोह नहीं, कांग्रेस सब समाजवादी दलों के साथ सत्ता ले।
      en: I told the women: no rising; let the Congress take power with all the socialist parties.
    go ow-24-morning
