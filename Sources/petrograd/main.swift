import PetrogradCommands

MemoryPolicy.apply()
PetrogradCommand.main()
