import PetrogradCommands

PetrogradCommand.main()
