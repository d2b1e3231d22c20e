import Foundation
import PetrogradCore

/// One input: a compiled-scenario cache file as the loader reads it. It is read twice: as it is (the
/// checksum almost always refuses mutated bytes, as it should), and with the checksum ignored, so the
/// structural checks behind it meet every mutation. Whatever reads must write and read back to itself:
/// the reader never traps and never builds a scenario its own writer cannot describe.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzCache(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    let bytes = Array(UnsafeRawBufferPointer(start: start, count: count))
    for policy in [CompiledScenarioFormat.ChecksumPolicy.verified, .ignored] {
        guard let (scenario, diagnostics) = CompiledScenarioFormat.decode(bytes, key: nil, checksum: policy) else { continue }
        let key = CompiledScenarioFormat.Key(high: 14, low: 2)
        let again = CompiledScenarioFormat.encode(scenario, diagnostics: diagnostics, key: key)
        guard let reread = CompiledScenarioFormat.decode(again, key: key) else { fatalError("a cache file this version wrote does not read back") }
        require(reread.diagnostics == diagnostics, "the diagnostics differ after a write and a read")
        require(reread.scenario.scenes == scenario.scenes && reread.scenario.choices == scenario.choices
                && reread.scenario.events == scenario.events && reread.scenario.roles == scenario.roles
                && reread.scenario.worldVariables == scenario.worldVariables && reread.scenario.playerVariables == scenario.playerVariables
                && reread.scenario.endings == scenario.endings && reread.scenario.entries == scenario.entries,
                "the scenario differs after a write and a read")
        require(CompiledScenarioFormat.encode(reread.scenario, diagnostics: reread.diagnostics, key: key) == again,
                "writing a read file again gives other bytes")
    }
    return 0
}

/// Stops with the message when the condition fails. (`precondition` drops its message in a release
/// build, and a finding should say what differed.)
func require(_ condition: Bool, _ message: String) {
    if !condition { fatalError(message) }
}
