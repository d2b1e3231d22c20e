format 1

scenario esc
  en: ]0;pwnedTitle [2J cleared
  languages en

role r
  en: R[8m hidden[0m
  start s

scene s
  for r
  en: OSC 52 ]52;c;cHduZWQ= C1 31m bidi ‮ txet ‬ and ⁦isolate⁩ end.

  choice c
    en: [1mBold[0m 0;title
    go e

ending e
  en: ]8;;http://example.com\link]8;;\ done
