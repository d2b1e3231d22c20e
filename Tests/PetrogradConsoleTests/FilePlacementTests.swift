import Foundation
import Testing
@testable import PetrogradConsole

/// Files placed under a free name (finished games): what a killed writer left behind is cleared.
@Suite struct FilePlacementTests {
    @Test func aPendingFileLeftByAKilledWriterIsRemovedByTheNextPlacement() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("placement-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        // A process id that no process has: the writer is gone.
        let leftOver = folder.appendingPathComponent(".pending.2147483646.17.tmp")
        try Data("half".utf8).write(to: leftOver)

        let placed = try FilePlacement.create(Array("{}".utf8), atFirstFreeOf: FilePlacement.numbered("game", in: folder.path),
                                              fileSystem: POSIXFileSystem()).get()
        #expect(placed == folder.appendingPathComponent("game.json").path)
        #expect(!FileManager.default.fileExists(atPath: leftOver.path))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["game.json"])
    }
}
