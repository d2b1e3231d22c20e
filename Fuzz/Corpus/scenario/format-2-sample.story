format 2
# A small scenario that uses every construct of format 2. The save fuzzer restores saves of it
# (Fuzz/Corpus/save/format-2-sample-*.json), so sequence places, counts and return slots are fuzzed too.

scenario format-2-sample en: A format 2 sample
  hi: फ़ॉर्मेट 2 का एक नमूना
  languages en hi
  dates 23 Feb to 24 Feb

role worker en: Worker
  hi: मज़दूर
  start mill

place vyborg en: Vyborg
  hi: वीबोर्ग

constant ration = 2
world number bread 0 to 10 = 3
  en: Bread
  hi: रोटी
player number leaflets 0 to 5
player flag ate

text queue en: The queue {if visits mill > 1}again {end}stretches to the corner.
  hi: कतार {if visits mill > 1}फिर से {end}नुक्कड़ तक फैली है।

scene mill en: {queue} {stopping}Cold.{or}Still cold.{or}Colder.{end}
  hi: {queue} {stopping}ठंड।{or}अब भी ठंड।{or}और ठंड।{end}
  on 23 Feb, morning
  at vyborg
  if bread < ration
    journal en: Bread ran short.
      hi: रोटी कम पड़ गई।
  end
  choice ask en: Ask Dunya.{if taken ask} Again.{end}
    hi: दुन्या से पूछो।{if taken ask} फिर से।{end}
    only if times taken ask < 3
    reply en: {cycle}"Nothing," she says.{or}She shakes her head.{end}
      hi: {cycle}"कुछ नहीं," वह कहती है।{or}वह सिर हिलाती है।{end}
  choice eat en: Eat.
    hi: खाओ।
    only if bread > 0
    if bread >= ration
      subtract ration from bread
    else
      set bread to 0
    end
    set ate
    go loom
  choice read en: Read a leaflet.
    hi: एक पर्चा पढ़ो।
    go leaflet then bridge
  choice leave en: Leave for the bridge.
    hi: पुल की ओर चलो।
    go bridge
  choice look en: Look around.
    hi: चारों ओर देखो।
    reply en: {shuffle}Smoke.{or}Snow.{or}Soldiers.{end}
      hi: {shuffle}धुआँ।{or}बर्फ़।{or}सिपाही।{end}

scene loom en: The loom clatters.
  hi: करघा खड़खड़ाता है।
  continues
  on 23 Feb, morning
  at vyborg
  go mill

scene leaflet en: The leaflet says: bread, peace, land.
  hi: पर्चे पर लिखा है: रोटी, शांति, ज़मीन।
  add 1 to leaflets
  choice fold en: Fold it away.
    hi: उसे मोड़कर रख लो।
    return
  choice back en: Read the back.
    hi: पीछे की ओर पढ़ो।
    go back-page then leaflet-end

scene back-page en: On the back: a meeting tonight.
  hi: पीछे: आज रात एक सभा।
  choice done en: Done.
    hi: बस।
    return

scene leaflet-end
  return

scene bridge en: The bridge. {if ate}You have eaten.{else}You are hungry.{end}
  hi: पुल। {if ate}तुमने खाया है।{else}तुम भूखी हो।{end}
  on 23 Feb, noon
  choice again en: Read another leaflet.
    hi: एक और पर्चा पढ़ो।
    go leaflet then bridge
  choice on en: On.
    hi: आगे।
    go junction

scene junction
  go many if leaflets >= 2
  go few if leaflets = 1
  go none

ending many en: You hand out {leaflets} leaflets.
  hi: तुम {leaflets} पर्चे बाँटती हो।
ending few en: You keep one leaflet.
  hi: तुम एक पर्चा रख लेती हो।
ending none en: You go home empty-handed.
  hi: तुम ख़ाली हाथ घर लौटती हो।
