import Foundation
import Testing

/// The authoring tutorial says every output in it is copied from the program (the authors' report, A4):
/// its steps are replayed here, in an empty folder, and each command's output must be the one the
/// tutorial prints, line for line (where it leaves lines out, with `…`, the lines it shows).
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

    /// The `number`th fenced block that follows `heading`'s first line, as written.
    static func block(after heading: String, number: Int = 1) throws -> String {
        var from = try #require(tutorial.range(of: heading)).upperBound
        var found = ""
        for _ in 0..<number {
            let open = try #require(tutorial.range(of: "```\n", range: from..<tutorial.endIndex))
            let close = try #require(tutorial.range(of: "```", range: open.upperBound..<tutorial.endIndex))
            found = String(tutorial[open.upperBound..<close.lowerBound])
            from = close.upperBound
        }
        return found
    }

    /// Replaces the one place `old` is written in `text`; the tutorial names it, so it must be there once.
    static func replaceOnce(_ old: String, with new: String, in text: inout String,
                            sourceLocation: Testing.SourceLocation = #_sourceLocation) throws {
        let found = try #require(text.range(of: old), "the file has '\(old.prefix(50))'", sourceLocation: sourceLocation)
        try #require(text.range(of: old, range: found.upperBound..<text.endIndex) == nil, "once", sourceLocation: sourceLocation)
        text.replaceSubrange(found, with: new)
    }

    /// Expects `output` to be what the tutorial prints, where a line `…` stands for lines it leaves out.
    static func expectOutput(_ output: String, shownAs shown: String, _ command: String,
                             sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        let lines = output.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        var runs: [[String]] = [[]]
        for line in shown.split(separator: "\n", omittingEmptySubsequences: false).dropLast() {
            if line.trimmingCharacters(in: .whitespaces) == "…" { runs.append([]) } else { runs[runs.count - 1].append(String(line)) }
        }
        // The first run opens the output; each other run follows the one before it, after lines left out.
        var next = 0
        for (index, run) in runs.enumerated() where !run.isEmpty {
            let found = (next...max(next, lines.count - run.count)).first { start in
                start + run.count <= lines.count && Array(lines[start..<(start + run.count)]) == run && (index > 0 || start == 0)
            }
            guard let found else {
                Issue.record("\(command): the tutorial's lines from '\(run[0])' are not in the output:\n\(output)", sourceLocation: sourceLocation)
                return
            }
            next = found + run.count
        }
        if runs.last?.isEmpty == false {
            #expect(lines.dropFirst(next) == [""], "\(command): the output goes on after the tutorial's last line", sourceLocation: sourceLocation)
        }
    }

    /// Runs a command of the tutorial (`petrograd …`) in `folder`.
    static func run(_ command: String, in folder: URL,
                    sourceLocation: Testing.SourceLocation = #_sourceLocation) throws -> (status: Int32, output: String) {
        let arguments = command.split(separator: " ").map(String.init)
        try #require(arguments.first == "petrograd", sourceLocation: sourceLocation)
        return try Support.run(Array(arguments.dropFirst()), in: folder)
    }

    /// Runs each command (`petrograd …`) in `folder` and expects the tutorial's output.
    static func expectTranscript(_ commands: [(command: String, output: String)], in folder: URL,
                                 sourceLocation: Testing.SourceLocation = #_sourceLocation) throws {
        for (command, expected) in commands {
            #expect(try run(command, in: folder, sourceLocation: sourceLocation).output == expected, "\(command)", sourceLocation: sourceLocation)
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

    /// Writes the branch as steps 2 to 8 leave it in `folder` (the scaffold, step 4's block, step 7's
    /// sentence, step 8's reply, varying text, count, constant, named text and journal line); its lines.
    static func writeBranchAsStepEightLeavesIt(in folder: URL) throws -> [String] {
        let file = folder.appendingPathComponent("my-branch/my-branch.story")
        #expect(try Support.run(["new", "branch", "my-branch", "--from", "march-1917", "--at", "dawn-roll-call"], in: folder).status == 0)
        var story = try String(contentsOf: file, encoding: .utf8) + "\n" + (try Self.block(after: "## 4. Add a choice, a scene and an ending"))
        try Self.replaceOnce("go sick-bey-ending", with: "go sick-bay-ending", in: &story)
        // Step 7: a sentence at the end of the sick bay's text, in each language.
        try Self.replaceOnce("फाटक से बाहर जाते देखते हो।\n", with: "फाटक से बाहर जाते देखते हो। कोई पीछे मुड़कर नहीं देखता।\n", in: &story)
        try Self.replaceOnce("march out of the gate.\n", with: "march out of the gate. Nobody looks back.\n", in: &story)
        // Step 8: a reply; text that depends on courage; a count; a constant, a named text and a journal line.
        let reportSick = "  choice report-sick\n    hi: सार्जेंट से कहो कि तुम्हें तेज़ बुख़ार है, और बैरक में ही रुक जाओ।\n    en: Tell the sergeant you have a high fever, and stay behind in the barracks.\n    go sick-bay\n"
        try Self.replaceOnce(reportSick, with: try Self.block(after: "### A reply"), in: &story)
        for line in try Self.block(after: "### Text that depends on a condition").split(separator: "\n") {
            // `  hi: … words.{if …}…{end}`: what follows the words is added after them.
            let (code, rest) = try #require(line.split(separator: ": … ", maxSplits: 1).map(String.init).twoParts)
            let (words, added) = try #require(rest.split(separator: "{if", maxSplits: 1).map(String.init).twoParts)
            let old = try #require(story.split(separator: "\n").first { $0.hasPrefix(code + ": ") && $0.hasSuffix(words) })
            try Self.replaceOnce(old + "\n", with: old + "{if" + added + "\n", in: &story)
        }
        let followThem = "  choice follow-them\n    hi: उठो, ओवरकोट पहनो और दस्ते के पीछे लितेयनी पुल जाओ।\n    en: Get up, put on your greatcoat and follow the detachment to the Liteiny bridge.\n    go s-held-bridge\n"
        let counts = "### Counts, and text that changes each time"
        try Self.replaceOnce(followThem, with: followThem + "\n" + (try Self.block(after: counts)), in: &story)
        let endingText = try Self.block(after: counts, number: 2).replacingOccurrences(of: "ending sick-bay-ending\n", with: "")
        try Self.replaceOnce("  for soldier\n  hi: तुम दिन भर बीमारों के कमरे में लेटे रहे। शाम को लौटे सैनिकों ने तुमसे कुछ नहीं पूछा।\n  en: You lay in the sick bay all day. The men who came back in the evening asked you nothing.\n",
                             with: endingText, in: &story)
        let writeOnce = "### Write it once"
        let named = try #require(try Self.block(after: writeOnce, number: 3).components(separatedBy: "…\n").first)
        try Self.replaceOnce("\nscene sick-bay\n", with: "\n" + (try Self.block(after: writeOnce)) + "\n" + named + "\nscene sick-bay\n", in: &story)
        story = story.replacingOccurrences(of: "{if courage >= 6}", with: "{if courage >= brave}")
        try Self.replaceOnce(followThem, with: try Self.block(after: writeOnce, number: 2), in: &story)
        for history in ["इतिहास में: 27 फ़रवरी (12 मार्च) की भोर में वोलिन्स्की दस्ते ने बाहर निकलने से इनकार किया, और बग़ावत पूरी छावनी में फैल गई।",
                        "In history: at dawn on 27 Feb (12 Mar) the Volynsky detachment refused to march out, and the mutiny spread through the whole garrison."] {
            // The named text holds it first; the sick bay ending's debrief inserts it instead.
            let first = try #require(story.range(of: history))
            let second = try #require(story.range(of: history, range: first.upperBound..<story.endIndex))
            story.replaceSubrange(second, with: "{volynsky-history}")
        }
        var lines = story.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let debrief = try #require(lines.firstIndex(of: "ending my-branch-ending").flatMap { ending in lines[ending...].firstIndex(of: "  debrief") })
        lines[debrief + 1] += " {volynsky-history}"
        lines[debrief + 2] += " {volynsky-history}"
        let journal = try Self.block(after: "the journal line is written the moment").split(separator: "\n").map(String.init)
        try #require(journal[6] == "  journal")
        let sickBay = try #require(lines.firstIndex(of: "scene sick-bay"))
        let english = try #require(lines[sickBay...].firstIndex { $0.hasPrefix("  en: The sick bay") })
        lines.insert(contentsOf: journal[6...8], at: english + 1)
        try lines.joined(separator: "\n").write(to: file, atomically: true, encoding: .utf8)
        return lines
    }

    /// Step 9: the golden test, first too short, then whole, then with each of the tutorial's mistakes; and
    /// the act's own tests with the branch loaded.
    @Test func stepNineTestsTheBranchTheStepsBeforeItWrote() throws {
        let folder = try Support.temporaryFolder()
        _ = try Self.writeBranchAsStepEightLeavesIt(in: folder)
        let tests = folder.appendingPathComponent("my-branch/tests")
        try FileManager.default.createDirectory(at: tests, withIntermediateDirectories: true)
        let test = tests.appendingPathComponent("sick-bay.playtest")
        let heading = "## 9. Write a golden test"
        let command = "petrograd test my-branch/tests"
        try Self.block(after: heading).write(to: test, atomically: true, encoding: .utf8)
        try Self.expectTranscript(try Self.transcript(startingWith: command), in: folder)
        let whole = try Self.block(after: heading, number: 3)
        try whole.write(to: test, atomically: true, encoding: .utf8)
        try Self.expectTranscript(try Self.transcript(startingWith: command, occurrence: 2), in: folder)
        // A misspelt branch (line 3), a misspelt word (line 16), and a sentence the story does not show (line 15).
        var misspelt = whole
        try Self.replaceOnce("with my-branch\n", with: "with my-brnach\n", in: &misspelt)
        try misspelt.write(to: test, atomically: true, encoding: .utf8)
        try Self.expectTranscript(try Self.transcript(startingWith: command, occurrence: 3), in: folder)
        let mistakes = try Self.transcript(startingWith: command, occurrence: 4)
        try #require(mistakes.count == 2)
        var word = whole
        try Self.replaceOnce("p1 choose stay-in-bed\n", with: "p1 chose stay-in-bed\n", in: &word)
        try word.write(to: test, atomically: true, encoding: .utf8)
        try Self.expectTranscript([mistakes[0]], in: folder)
        var sentence = whole
        try Self.replaceOnce("expect text en Nobody looks back.\n", with: "expect text en Nobody looked back.\n", in: &sentence)
        try sentence.write(to: test, atomically: true, encoding: .utf8)
        try Self.expectTranscript([mistakes[1]], in: folder)
        // The act's own tests, with the branch loaded: each of them passes, as many as the tutorial says.
        let act = Support.root.appendingPathComponent("Scenarios/march-1917/tests")
        let count = try FileManager.default.contentsOfDirectory(atPath: act.path).filter { $0.hasSuffix(".playtest") }.count
        let saysHowMany = Self.tutorial.contains("`petrograd test Scenarios/march-1917/tests --with my-branch` (it lists each file with `PASS` and ends\nwith `\(count) passed, 0 failed`)")
        #expect(saysHowMany, "the tutorial says that the act's \(count) tests pass")
        let result = try Support.run(["test", act.path, "--with", "my-branch"], in: folder)
        #expect(result.status == 0)
        #expect(result.output.hasSuffix("\n\(count) passed, 0 failed\n"))
    }

    /// Step 10: the branch as steps 2 to 8 left it is explored as the tutorial shows, then again with its
    /// deliberate mistake; the replay file that the search writes, and its replay, are the tutorial's too.
    @Test func stepTenExploresTheBranchTheStepsBeforeItWrote() throws {
        let folder = try Support.temporaryFolder()
        let file = folder.appendingPathComponent("my-branch/my-branch.story")
        let lines = try Self.writeBranchAsStepEightLeavesIt(in: folder)
        // Step 8's own check (step 5 has the first with --strict); the play after it in the block is not replayed.
        try Self.expectTranscript([try Self.transcript(startingWith: "petrograd check march-1917 --with my-branch --strict", occurrence: 2)[0]], in: folder)

        // Step 10: the search and the random plays. Their timers go to the error stream, which is read mixed
        // in here, and which the tutorial leaves out.
        let explore = try #require(try Self.transcript(startingWith: "petrograd explore march-1917 --with my-branch --role soldier").first)
        let result = try Self.run(explore.command, in: folder)
        #expect(result.status == 0)
        let report = result.output.split(separator: "\n", omittingEmptySubsequences: false)
            .filter { !($0.hasPrefix("random play (") && $0.hasSuffix("M choices/s")) }.joined(separator: "\n")
        Self.expectOutput(report, shownAs: explore.output, explore.command)

        // The deliberate mistake: the checker finds nothing, the search finds the circle and writes its replay.
        let experiment = try Self.block(after: "### What a problem looks like")
        try #require(experiment.hasPrefix("# AN EXPERIMENT"))
        try (lines.joined(separator: "\n") + "\n" + experiment).write(to: file, atomically: true, encoding: .utf8)
        let problem = try Self.transcript(startingWith: "petrograd check march-1917 --with my-branch", occurrence: 8)
        try #require(problem.count == 2 && problem[1].command.hasSuffix("--mode exhaustive"))
        try Self.expectTranscript(problem, in: folder)
        let replay = try #require(try Self.block(after: "### What a problem looks like", number: 3).components(separatedBy: "\n$ petrograd play").first)
        let written = try String(contentsOf: folder.appendingPathComponent("explore-failures/march-1917-soldier-exhaustive-1.playtest"), encoding: .utf8)
        #expect("$ cat explore-failures/march-1917-soldier-exhaustive-1.playtest\n" + written == replay + "\n")
        // The title goes to the output and the error to the error stream: on a terminal they come in the
        // tutorial's order, but read through one pipe, the error may come first. Their lines are compared.
        let replayed = try #require(try Self.transcript(startingWith: "petrograd play --replay explore-failures/march-1917-soldier-exhaustive-1.playtest --lang en --name Asha").first)
        let played = try Self.run(replayed.command, in: folder)
        #expect(played.status != 0)
        #expect(played.output.split(separator: "\n").sorted() == replayed.output.split(separator: "\n").sorted())
    }
}

private extension Array {
    /// The two elements of a pair, or nil.
    var twoParts: (Element, Element)? { count == 2 ? (self[0], self[1]) : nil }
}
