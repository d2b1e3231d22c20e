format 1

scenario big
  en: Wealth at its limit
  languages en

role banker
  en: Banker
  start vault

world number wealth 0 to 9223372036854775807 = 9223372036854775807
  en: Wealth
player number coins 0 to 9223372036854775807 = 9223372036854775807
  en: Coins

scene vault
  for banker
  en: The vault holds {wealth}.

  choice count
    en: Count it.
    add 9223372036854775807 to wealth
    add coins * 2 to coins
    go counted

ending counted
  en: Counted.
