import Foundation
import Glibc
import PetrogradCore
import Testing
@testable import PetrogradConsole

/// Reading a whole file at once (`RegularFile.readToEnd`), and looking for a keyword in the files read
/// (`ScenarioLoader.mention`), which starting a large story does before anything else.
@Suite struct WholeFileReadingTests {
    /// A file of `count` bytes that are not all the same, removed after.
    final class File {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("petrograd-read-\(UUID().uuidString)").path
        let bytes: [UInt8]

        init(count: Int) throws {
            bytes = (0..<count).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ $0 >> 8) }
            try Data(bytes).write(to: URL(fileURLWithPath: path))
        }

        deinit { unlink(path) }

        func read(expected: Int, limit: Int) -> Result<[UInt8], RegularFile.ReadFailure> {
            let descriptor = open(path, O_RDONLY | O_CLOEXEC)
            defer { close(descriptor) }
            return RegularFile.readToEnd(descriptor, expected: expected, limit: limit)
        }
    }

    @Test(arguments: [0, 1, 65_535, 200_001])
    func aFileIsReadWholeWhateverSizeWasExpected(count: Int) throws {
        let file = try File(count: count)
        // As `fstat` said, smaller (the file grew since), larger (it shrank).
        for expected in [count, count / 3, count + 1_000] {
            #expect(try file.read(expected: expected, limit: 1 << 30).get() == file.bytes)
        }
    }

    @Test func aFileLargerThanTheLimitIsTooLargeHoweverItGrew() throws {
        let file = try File(count: 10_000)
        for expected in [10_000, 100] {
            guard case .failure(.tooLarge) = file.read(expected: expected, limit: 9_999) else {
                Issue.record("expected \(expected): not refused")
                continue
            }
        }
        #expect(try file.read(expected: 10_000, limit: 10_000).get().count == 10_000)
    }

    @Test func aKeywordIsFoundAnywhereAndOnlyWhole() {
        func files(_ texts: String...) -> [SourceFile] { texts.enumerated().map { SourceFile(path: "\($0.offset).story", text: $0.element) } }
        #expect(ScenarioLoader.mention("branch", in: files("branch x")))
        #expect(ScenarioLoader.mention("branch", in: files("scene a\n", String(repeating: "b", count: 70_000) + "branch")))
        #expect(ScenarioLoader.mention("branch", in: files("bbbranch")))
        #expect(!ScenarioLoader.mention("branch", in: files("branc", "ranch", "")))
        #expect(!ScenarioLoader.mention("branch", in: files(String(repeating: "branc ", count: 1_000))))
        #expect(!ScenarioLoader.mention("branch", in: []))
    }
}
