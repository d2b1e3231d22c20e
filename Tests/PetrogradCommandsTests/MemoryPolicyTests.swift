#if canImport(Glibc)
import Glibc
import Testing
import PetrogradCommands

/// The allocator's policy that `petrograd` sets as it starts (`MemoryPolicy`).
struct MemoryPolicyTests {
    /// glibc marks a block it mapped on its own in the size word just before the block (`IS_MMAPPED`).
    static func isMappedOnItsOwn(_ block: UnsafeMutableRawPointer) -> Bool {
        block.load(fromByteOffset: -MemoryLayout<UInt>.size, as: UInt.self) & 0x2 != 0
    }

    /// In a process of its own, whose heap holds no big free block that glibc would hand out first (this
    /// one's, running other tests, does).
    @Test func aBigBlockIsMappedOnItsOwnAfterABiggerOneIsFreed() async {
        await #expect(processExitsWith: .success) {
            guard MemoryPolicy.apply() else { exit(2) }
            // Left to itself, glibc raises the size it maps on its own to a freed block's (up to 32 MiB).
            guard let bigger = malloc(24 << 20), MemoryPolicyTests.isMappedOnItsOwn(bigger) else { exit(3) }
            free(bigger)
            // Then it would take this one from the heap, where the space stays the process's once freed.
            guard let block = malloc(16 << 20) else { exit(4) }
            let mapped = MemoryPolicyTests.isMappedOnItsOwn(block)
            free(block)
            guard mapped else { exit(5) }
            guard let small = malloc(64 << 10) else { exit(6) }
            let smallMapped = MemoryPolicyTests.isMappedOnItsOwn(small)
            free(small)
            exit(smallMapped ? 7 : 0)
        }
    }
}
#endif
