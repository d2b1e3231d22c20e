import Foundation
import PetrogradCore
import Testing

/// A save remembers the folder of each branch its game was played with (the authors' report, A10); the
/// field is optional and read leniently, so older and hand-edited saves still load.
struct SaveBranchFoldersTests {
    @Test func aSaveWithoutBranchFoldersWritesNoSuchField() throws {
        let data = SaveDocument(game: try SaveTests.playedGame(), program: "petrograd test").encoded()
        #expect(!String(decoding: data, as: UTF8.self).contains("branchFolders"))
        #expect(try success(SaveDocument.decode(data)).branchFolders == nil)
    }

    @Test func branchFoldersRoundTrip() throws {
        var document = SaveDocument(game: try SaveTests.playedGame(), program: "petrograd test")
        document.branchFolders = ["my-branch": "/home/teacher/my-branch"]
        let decoded = try success(SaveDocument.decode(document.encoded()))
        #expect(decoded.branchFolders == ["my-branch": "/home/teacher/my-branch"])
        #expect(decoded == document)
    }

    @Test func anUnreadableBranchFoldersFieldIsIgnoredAndTheSaveLoads() throws {
        let game = try SaveTests.playedGame()
        var json = try SaveTests.json(game)
        json["branchFolders"] = 5
        let decoded = try success(SaveDocument.decode(try SaveTests.data(json)))
        #expect(decoded.branchFolders == nil)
        _ = try success(decoded.restore(in: game.scenario))
    }

    @Test func aGameOfAMissingBranchSaysWhichFolderToNameWithWith() throws {
        let game = try SaveTests.playedGame()
        var document = SaveDocument(game: game, program: "petrograd test")
        document.branches = ["my-branch"]
        #expect(try failure(document.restore(in: game.scenario)).description.contains(
            "it was played with the branch my-branch; play with --with my-branch to continue it"))
        document.branchFolders = ["my-branch": "/home/teacher/my-branch"]
        #expect(try failure(document.restore(in: game.scenario)).description.contains(
            "it was played with the branch my-branch from /home/teacher/my-branch; to continue it, play with --with and the branch's folder (--with /home/teacher/my-branch, unless it has moved)"))
    }
}
