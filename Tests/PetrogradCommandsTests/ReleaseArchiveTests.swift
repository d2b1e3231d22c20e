import Foundation
import Testing

/// The release archive for a school lab (Scripts/release): unpacked into an empty folder, it plays with
/// no Swift toolchain on PATH, finds its scenarios and docs beside it, and needs no more of the machine
/// than INSTALL.txt says. The archive is built here (an incremental build once the static build folder
/// exists); `PETROGRAD_RELEASE_ARCHIVE=FILE` tests a given archive instead.
@Suite(.serialized) struct ReleaseArchiveTests {
    /// Runs a program to its end; returns its status and what it wrote on both streams.
    @discardableResult
    static func run(_ executable: String, _ arguments: [String], environment: [String: String]? = nil, input: String = "",
                    in folder: URL? = nil) throws -> (status: Int32, output: String) {
        try Support.runProcess(URL(fileURLWithPath: executable), arguments, environment: environment, input: input, in: folder)
    }

    /// The archive: the one named by PETROGRAD_RELEASE_ARCHIVE, or one built now by Scripts/release.
    static let archive: Result<String, ReleaseError> = {
        if let given = ProcessInfo.processInfo.environment["PETROGRAD_RELEASE_ARCHIVE"], !given.isEmpty { return .success(given) }
        let out = Support.root.appendingPathComponent(".build-release-static/dist").path
        guard let (status, output) = try? run(Support.root.appendingPathComponent("Scripts/release").path, [out]) else {
            return .failure(ReleaseError(message: "Scripts/release could not be started"))
        }
        let last = output.split(separator: "\n").last.map(String.init) ?? ""
        guard status == 0, last.hasSuffix("-linux-x86_64.tar.gz") else {
            return .failure(ReleaseError(message: "Scripts/release failed (status \(status)):\n\(output.suffix(3000))"))
        }
        return .success(last)
    }()

    struct ReleaseError: Error, CustomStringConvertible { var message: String; var description: String { message } }

    /// The archive unpacked into a new empty folder; returns the folder it made (petrograd-VERSION-…).
    static func unpack() throws -> URL {
        let archive = try Self.archive.get()
        let folder = try Support.temporaryFolder()
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty)
        let (status, output) = try run("/bin/tar", ["-xzf", archive, "-C", folder.path])
        #expect(status == 0, "\(output)")
        let top = try FileManager.default.contentsOfDirectory(atPath: folder.path)
        #expect(top.count == 1 && top[0].hasPrefix("petrograd-") && top[0].hasSuffix("-linux-x86_64"), "\(top)")
        return folder.appendingPathComponent(top[0])
    }

    /// An environment with nothing but the system's own folders on PATH, and a home of its own.
    static func bareEnvironment(home: URL, path: String = "/usr/bin:/bin") -> [String: String] {
        ["PATH": path, "HOME": home.path, "LANG": "C.UTF-8", "NO_COLOR": "1"]
    }

    @Test func theArchiveHoldsTheProgramTheScenariosTheDocsAndInstallNotes() throws {
        let root = try Self.unpack()
        let manager = FileManager.default
        #expect(manager.isExecutableFile(atPath: root.appendingPathComponent("bin/petrograd").path))
        for path in ["share/petrograd/Scenarios/march-1917/scenario.story", "share/petrograd/Scenarios/branches/volynsky-obeys/branch.story",
                     "share/petrograd/docs/sources.md", "share/petrograd/docs/scenario-format.md", "share/petrograd/docs/classroom.md",
                     "share/petrograd/Pages/templates/report.mustache", "share/petrograd/Pages/fonts/NotoSansDevanagari-Regular.ttf",
                     "share/petrograd/Pages/fonts/OFL.txt", "INSTALL.txt"] {
            #expect(manager.fileExists(atPath: root.appendingPathComponent(path).path), "\(path) is missing")
        }
        let install = try String(contentsOf: root.appendingPathComponent("INSTALL.txt"), encoding: .utf8)
        #expect(install.contains("libedit"))
        #expect(install.contains("Debian 12"))
    }

    @Test func theUnpackedProgramPlaysWithNoSwiftToolchainOnPath() throws {
        // The test means something only if the system's folders hold no Swift.
        for folder in ["/usr/bin", "/bin"] {
            #expect(!FileManager.default.fileExists(atPath: folder + "/swift"), "\(folder)/swift exists: PATH would not be free of Swift")
        }
        let root = try Self.unpack()
        let home = root.deletingLastPathComponent().appendingPathComponent("home")
        try FileManager.default.createDirectory(at: home, withIntermediateDirectories: true)
        let program = root.appendingPathComponent("bin/petrograd").path
        let (status, output) = try Self.run(program, ["play", "march-1917", "--role", "worker", "--lang", "en", "--seed", "1", "--plain"],
                                            environment: Self.bareEnvironment(home: home), input: "1\n1\nhistory\nstatus\nquit\n", in: home)
        #expect(status == 0, "\(output)")
        #expect(output.contains("Petrograd, February–March 1917"))
        #expect(output.contains("Sources:"))
        #expect(output.contains("Strike strength:"))
        #expect(output.hasSuffix("Game saved. Goodbye.\n"), "\(output.suffix(300))")
        // The game was saved in the home given, not beside the program.
        let saves = home.appendingPathComponent(".local/state/petrograd")
        #expect(FileManager.default.fileExists(atPath: saves.path))
    }

    @Test func theProgramFoundOnPathUsesTheScenariosAndDocsBesideIt() throws {
        let root = try Self.unpack()
        let home = root.deletingLastPathComponent().appendingPathComponent("home")
        try FileManager.default.createDirectory(at: home, withIntermediateDirectories: true)
        let environment = Self.bareEnvironment(home: home, path: root.appendingPathComponent("bin").path + ":/usr/bin:/bin")
        let check = try Self.run("/usr/bin/env", ["petrograd", "check"], environment: environment, in: home)
        #expect(check.status == 0, "\(check.output)")
        #expect(check.output.contains("march-1917: no problems"))
        let list = try Self.run("/usr/bin/env", ["petrograd", "list"], environment: environment, in: home)
        // The documentation is found beside the scenarios the program found: the archive's own.
        #expect(list.output.contains("documentation: " + root.appendingPathComponent("share/petrograd/docs").resolvingSymlinksInPath().path), "\(list.output)")
        let benchmark = try Self.run("/usr/bin/env", ["petrograd", "benchmark", "check", "--scenes", "20", "--repeats", "1"], environment: environment, in: home)
        #expect(benchmark.status == 0, "\(benchmark.output)")
        // The pages are found beside the scenarios too: the role cards print from the archive's templates.
        let cards = try Self.run("/usr/bin/env", ["petrograd", "cards", "march-1917", "--lang", "en", "--output", "cards.html"], environment: environment, in: home)
        #expect(cards.status == 0, "\(cards.output)")
        let page = try String(contentsOf: home.appendingPathComponent("cards.html"), encoding: .utf8)
        #expect(page.contains("<html lang=\"en\">") && page.contains("@font-face"))
    }

    @Test func theProgramNeedsOnlyTheLibrariesAndGlibcThatInstallTextNames() throws {
        let root = try Self.unpack()
        let program = root.appendingPathComponent("bin/petrograd").path
        let install = try String(contentsOf: root.appendingPathComponent("INSTALL.txt"), encoding: .utf8)
        let (_, ldd) = try Self.run("/usr/bin/ldd", [program])
        #expect(!ldd.contains("not found"), "\(ldd)")
        #expect(!ldd.contains("libswift") && !ldd.contains("libFoundation"), "Swift's libraries must be inside the program:\n\(ldd)")
        #expect(ldd.contains("libedit.so.2"))
        #expect(!ldd.contains("libsqlite3") || install.contains("libsqlite3-0"), "the program needs SQLite, which INSTALL.txt must name")
        let (_, symbols) = try Self.run("/usr/bin/objdump", ["-T", program])
        let versions = symbols.matches(of: /GLIBC_2\.(\d+)/).compactMap { Int($0.output.1) }
        let needed = try #require(versions.max())
        let promised = try #require(install.firstMatch(of: /glibc 2\.(\d+) or newer/).flatMap { Int($0.output.1) })
        #expect(needed == promised, "the program needs GLIBC_2.\(needed); INSTALL.txt says glibc 2.\(promised) or newer")
        let cxx = try #require(symbols.matches(of: /GLIBCXX_3\.4\.(\d+)/).compactMap { Int($0.output.1) }.max())
        #expect(install.contains("GLIBCXX_3.4.\(cxx)"), "the program needs GLIBCXX_3.4.\(cxx), which INSTALL.txt does not say")
    }
}
