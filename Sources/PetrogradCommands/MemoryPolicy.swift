import CAllocator

/// How the C allocator gives memory back, set once as the program starts.
///
/// glibc maps a big block of its own and unmaps it when freed, but it raises that size to each freed
/// block's, up to 32 MiB: after the first few, a big story's growing arrays (its choices, scenes and
/// tables) come from the heap instead, and the space the old copies leave stays in the process. Fixing
/// the size at 1 MiB gives every freed big block back at once: `petrograd check` of a 100,000-scene
/// story peaks at 272 MB instead of 324. Fixing it fixes the size of free memory at the heap's top that
/// glibc gives back too, at 128 KiB, so often that checking a 10,000-scene story took 3% longer; at
/// 8 MiB it gives back as much at the peak, and the check is no slower (`petrograd benchmark check`).
package enum MemoryPolicy {
    /// Blocks of at least this many bytes are mapped on their own, and given back when freed.
    package static let ownMappingBytes: Int32 = 1 << 20
    /// Free memory at the heap's top is given back once there is this much of it.
    package static let keptFreeBytes: Int32 = 8 << 20

    /// Sets the policy; false when the allocator does not take it (another C library).
    @discardableResult
    package static func apply() -> Bool {
        #if canImport(Glibc)
        return mallopt(M_MMAP_THRESHOLD, ownMappingBytes) == 1 && mallopt(M_TRIM_THRESHOLD, keptFreeBytes) == 1
        #else
        return false
        #endif
    }
}
