/// A program's tables in raw memory, made once for the program and read by every machine that plays it:
/// the hot loops read them without bounds checks or reference counting. Nothing writes them after they
/// are made, so machines on any thread share them.
///
/// Each machine once made its own copy. Exhaustive search keeps a machine for each chunk of work (128),
/// so a search copied the tables 128 times: for a long story that was most of the memory its first
/// batches touched, and the copies crowded each other out of the cache.
final class MachineTables: @unchecked Sendable {
    let code: UnsafeMutableBufferPointer<Int>
    let choices: UnsafeMutableBufferPointer<MachineProgram.ChoiceEntry>
    let gates: UnsafeMutableBufferPointer<MachineProgram.Gate>
    let outcomes: UnsafeMutableBufferPointer<MachineProgram.OutcomeEntry>
    let sceneChoices: UnsafeMutableBufferPointer<Int>
    let scenes: UnsafeMutableBufferPointer<MachineProgram.SceneEntry>
    let routes: UnsafeMutableBufferPointer<MachineProgram.RouteEntry>
    let events: UnsafeMutableBufferPointer<MachineProgram.EventEntry>
    let replacements: UnsafeMutableBufferPointer<MachineProgram.ReplacementEntry>

    init(code: [Int], choices: [MachineProgram.ChoiceEntry], gates: [MachineProgram.Gate], outcomes: [MachineProgram.OutcomeEntry],
         sceneChoices: [Int], scenes: [MachineProgram.SceneEntry], routes: [MachineProgram.RouteEntry], events: [MachineProgram.EventEntry],
         replacements: [MachineProgram.ReplacementEntry]) {
        // A buffer exactly as long as the array (an empty table is empty), on memory of at least one element.
        func copy<Element>(_ array: [Element]) -> UnsafeMutableBufferPointer<Element> {
            let memory = UnsafeMutablePointer<Element>.allocate(capacity: Swift.max(1, array.count))
            let buffer = UnsafeMutableBufferPointer(start: memory, count: array.count)
            _ = buffer.initialize(from: array)
            return buffer
        }
        self.code = copy(code)
        self.choices = copy(choices)
        self.gates = copy(gates)
        self.outcomes = copy(outcomes)
        self.sceneChoices = copy(sceneChoices)
        self.scenes = copy(scenes)
        self.routes = copy(routes)
        self.events = copy(events)
        self.replacements = copy(replacements)
    }

    deinit {
        // The elements are plain values: freeing the memory is all.
        code.deallocate()
        choices.deallocate()
        gates.deallocate()
        outcomes.deallocate()
        sceneChoices.deallocate()
        scenes.deallocate()
        routes.deallocate()
        events.deallocate()
        replacements.deallocate()
    }
}
