import Foundation
import Testing
@testable import PetrogradConsole

/// Where saves and settings go, whatever the environment says.
@Suite struct UserDirectoriesTests {
    static func database() -> String? { "/home/student" }

    @Test(arguments: [["HOME": ""], [:], ["HOME": "relative/home"]])
    func anEmptyMissingOrRelativeHomeMeansTheHomeTheSystemGivesTheUser(environment: [String: String]) {
        #expect(UserDirectories.stateFolder(environment: environment, databaseHome: Self.database) == .success("/home/student/.local/state/petrograd"))
        #expect(UserDirectories.configurationFolder(environment: environment, databaseHome: Self.database) == .success("/home/student/.config/petrograd"))
    }

    @Test func theRealUserDatabaseIsAskedWhenHomeIsEmpty() throws {
        let home = try #require(UserDirectories.userDatabaseHome())
        #expect(UserDirectories.stateFolder(environment: ["HOME": ""]) == .success(home + "/.local/state/petrograd"))
        #expect(!home.isEmpty)
    }

    @Test func homeIsUsedWhenItIsAnAbsolutePath() {
        #expect(UserDirectories.stateFolder(environment: ["HOME": "/srv/class"], databaseHome: Self.database) == .success("/srv/class/.local/state/petrograd"))
    }

    @Test func anAbsoluteXDGFolderIsUsedAndARelativeOneIgnored() {
        let absolute = ["HOME": "/srv/class", "XDG_STATE_HOME": "/var/state", "XDG_CONFIG_HOME": "/etc/class"]
        #expect(UserDirectories.stateFolder(environment: absolute, databaseHome: Self.database) == .success("/var/state/petrograd"))
        #expect(UserDirectories.configurationFolder(environment: absolute, databaseHome: Self.database) == .success("/etc/class/petrograd"))
        let relative = ["HOME": "/srv/class", "XDG_STATE_HOME": "state", "XDG_CONFIG_HOME": "./config"]
        #expect(UserDirectories.stateFolder(environment: relative, databaseHome: Self.database) == .success("/srv/class/.local/state/petrograd"))
        #expect(UserDirectories.configurationFolder(environment: relative, databaseHome: Self.database) == .success("/srv/class/.config/petrograd"))
    }

    @Test func withNoHomeAnywhereTheFolderIsUnavailableAndNothingPointsAtTheRoot() {
        let result = UserDirectories.stateFolder(environment: ["HOME": ""], databaseHome: { nil })
        guard case .failure(let error) = result else {
            Issue.record("expected no folder, got \(result)")
            return
        }
        #expect(error.description.contains("set HOME (or XDG_STATE_HOME)"))
        // An absolute XDG folder is enough on its own.
        #expect(UserDirectories.stateFolder(environment: ["XDG_STATE_HOME": "/var/state"], databaseHome: { nil }) == .success("/var/state/petrograd"))
    }

    @Test func aScenarioFolderThatIsNotAFolderIsNamedInAWarningAndTheUsualOnesAreUsed() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("petrograd-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let file = folder.appendingPathComponent("file")
        try Data().write(to: file)
        let usual = ScenarioLibrary.bundled(environment: [:], warn: { Issue.record("unexpected warning: \($0)") }).root
        let cases = [
            (folder.path + "/missing", "petrograd: warning: PETROGRAD_SCENARIOS is '\(folder.path)/missing', and there is nothing there; using the scenarios installed with the program"),
            (file.path, "petrograd: warning: PETROGRAD_SCENARIOS is '\(file.path)', which is a file, not a folder; using the scenarios installed with the program"),
        ]
        for (value, expected) in cases {
            var warnings: [String] = []
            let library = ScenarioLibrary.bundled(environment: ["PETROGRAD_SCENARIOS": value], warn: { warnings.append($0) })
            #expect(warnings == [expected])
            #expect(library.root == usual)
        }
        var warnings: [String] = []
        #expect(ScenarioLibrary.bundled(environment: ["PETROGRAD_SCENARIOS": folder.path], warn: { warnings.append($0) }).root == folder.path)
        #expect(warnings.isEmpty)
    }
}
