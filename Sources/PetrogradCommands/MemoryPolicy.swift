import CAllocator

/// How the C allocator gives memory back, set once as the program starts.
///
/// glibc maps a big block of its own and unmaps it when freed, but it raises that size to each freed
/// block's, up to 32 MiB: after the first few, a big story's growing arrays (its choices, scenes and
/// tables) come from the heap instead, and the space the old copies leave stays in the process. Fixing
/// the size at 1 MiB gives every freed big block back at once: `petrograd check` of a 100,000-scene
/// story peaks at 272 MB instead of 324, with no change to play or exploration speed
/// (`petrograd benchmark`).
package enum MemoryPolicy {
    /// Blocks of at least this many bytes are mapped on their own, and given back when freed.
    package static let ownMappingBytes: Int32 = 1 << 20

    /// Sets the policy; false when the allocator does not take it (another C library).
    @discardableResult
    package static func apply() -> Bool {
        #if canImport(Glibc)
        return mallopt(M_MMAP_THRESHOLD, ownMappingBytes) == 1
        #else
        return false
        #endif
    }
}
