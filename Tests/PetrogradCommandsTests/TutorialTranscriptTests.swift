import Foundation
import Testing

/// The authoring tutorial says every output in it is copied from the program (the authors' report, A4):
/// its first steps are replayed here, in an empty folder, and each command's output must be the one the
/// tutorial prints, line for line.
@Suite struct TutorialTranscriptTests {
    static let tutorial = (try? String(contentsOf: Support.root.appendingPathComponent("docs/authoring.md"), encoding: .utf8)) ?? ""

    /// The commands of the fenced block that holds `$ first`, each with the lines printed under it.
    static func transcript(startingWith first: String, occurrence: Int = 1) throws -> [(command: String, output: String)] {
        var start = tutorial.startIndex
        for _ in 0..<occurrence {
            let found = try #require(tutorial.range(of: "$ " + first + "\n", range: start..<tutorial.endIndex), "the tutorial shows '\(first)'")
            start = found.upperBound
        }
        let from = tutorial.range(of: "$ " + first + "\n", options: .backwards, range: tutorial.startIndex..<start)!.lowerBound
        let end = try #require(tutorial.range(of: "```", range: from..<tutorial.endIndex)).lowerBound
        var commands: [(command: String, output: String)] = []
        for line in tutorial[from..<end].split(separator: "\n", omittingEmptySubsequences: false).dropLast() {
            if line.hasPrefix("$ ") {
                commands.append((String(line.dropFirst(2)), ""))
            } else {
                commands[commands.count - 1].output += line + "\n"
            }
        }
        return commands
    }

    /// The fenced block that follows `heading`'s first line, as written.
    static func block(after heading: String) throws -> String {
        let at = try #require(tutorial.range(of: heading))
        let open = try #require(tutorial.range(of: "```\n", range: at.upperBound..<tutorial.endIndex))
        let close = try #require(tutorial.range(of: "```", range: open.upperBound..<tutorial.endIndex))
        return String(tutorial[open.upperBound..<close.lowerBound])
    }

    /// Runs each command (`petrograd …`) in `folder` and expects the tutorial's output.
    static func expectTranscript(_ commands: [(command: String, output: String)], in folder: URL,
                                 sourceLocation: Testing.SourceLocation = #_sourceLocation) throws {
        for (command, expected) in commands {
            let arguments = command.split(separator: " ").map(String.init)
            try #require(arguments.first == "petrograd", sourceLocation: sourceLocation)
            let result = try Support.run(Array(arguments.dropFirst()), in: folder)
            #expect(result.output == expected, "\(command)", sourceLocation: sourceLocation)
        }
    }

    @Test func stepsTwoToFiveAndTheFirstCheckOfStepEightShowWhatTheProgramPrints() throws {
        let folder = try Support.temporaryFolder()
        // Step 2: the scaffold.
        try Self.expectTranscript(try Self.transcript(startingWith: "petrograd new branch my-branch --from march-1917 --at dawn-roll-call"), in: folder)
        // Step 4: the lines added at the end of the file, with their deliberate typing slip.
        let file = folder.appendingPathComponent("my-branch/my-branch.story")
        let generated = try String(contentsOf: file, encoding: .utf8)
        let added = try Self.block(after: "## 4. Add a choice, a scene and an ending")
        try (generated + "\n" + added).write(to: file, atomically: true, encoding: .utf8)
        // Step 5: the slip found; then a missing 'hi' line, without and with --strict; then clean.
        let check = try Self.transcript(startingWith: "petrograd check march-1917 --with my-branch")
        try Self.expectTranscript(check, in: folder)
        let fixed = try String(contentsOf: file, encoding: .utf8).replacingOccurrences(of: "go sick-bey-ending", with: "go sick-bay-ending")
        let hiOfFollowThem = "  choice follow-them\n    hi: उठो, ओवरकोट पहनो और दस्ते के पीछे लितेयनी पुल जाओ।\n"
        try #require(fixed.contains(hiOfFollowThem))
        try fixed.replacingOccurrences(of: hiOfFollowThem, with: "  choice follow-them\n").write(to: file, atomically: true, encoding: .utf8)
        try Self.expectTranscript(try Self.transcript(startingWith: "petrograd check march-1917 --with my-branch", occurrence: 2), in: folder)
        try fixed.write(to: file, atomically: true, encoding: .utf8)
        try Self.expectTranscript(try Self.transcript(startingWith: "petrograd check march-1917 --with my-branch", occurrence: 3), in: folder)

        // Step 8: a reply, which a file in format 1 does not understand (one error per reply, no follow-ons).
        let reply = try Self.block(after: "### A reply")
        let choice = "  choice report-sick\n    hi: सार्जेंट से कहो कि तुम्हें तेज़ बुख़ार है, और बैरक में ही रुक जाओ।\n    en: Tell the sergeant you have a high fever, and stay behind in the barracks.\n    go sick-bay\n"
        try #require(fixed.contains(choice))
        let withReply = fixed.replacingOccurrences(of: choice, with: reply)
        let formatChecks = try Self.transcript(startingWith: "petrograd check march-1917 --with my-branch", occurrence: 4)
        try #require(formatChecks.count == 2)
        try withReply.replacingOccurrences(of: "format 2\n", with: "format 1\n").write(to: file, atomically: true, encoding: .utf8)
        try Self.expectTranscript([formatChecks[0]], in: folder)
        try withReply.write(to: file, atomically: true, encoding: .utf8)
        try Self.expectTranscript([formatChecks[1]], in: folder)
    }
}
