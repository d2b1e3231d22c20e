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

    @Test func aBigBlockIsMappedOnItsOwnAfterABiggerOneIsFreed() throws {
        #expect(MemoryPolicy.apply())
        let bigger = try #require(malloc(8 << 20))
        #expect(Self.isMappedOnItsOwn(bigger))
        free(bigger)
        // Left to itself, glibc would now map only blocks of 8 MiB or more on their own, and take this one
        // from the heap, where the space stays the process's once it is freed.
        let block = try #require(malloc(2 << 20))
        defer { free(block) }
        #expect(Self.isMappedOnItsOwn(block))
        let small = try #require(malloc(64 << 10))
        defer { free(small) }
        #expect(!Self.isMappedOnItsOwn(small))
    }
}
#endif
