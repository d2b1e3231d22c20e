import PetrogradConsole

extension ScenarioLoader {
    /// A loader that keeps compilations in the user's cache (unless `PETROGRAD_NO_CACHE` is set): for the
    /// commands that play or show a scenario. `check` never uses it: authors want fresh diagnostics.
    static func caching(library: ScenarioLibrary) -> ScenarioLoader {
        ScenarioLoader(library: library, cache: CompiledScenarioCache.standard(version: PetrogradCommand.version))
    }
}
