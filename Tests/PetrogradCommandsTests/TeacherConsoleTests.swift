import Foundation
import PetrogradClassroom
import Testing
@testable import PetrogradCommands

/// The teacher's console of the real `petrograd host`, in Hindi, on a room where real students (WebSocket
/// clients) sit: each command is carried out on the room and answered in the teacher's language.
@Suite(.serialized) struct TeacherConsoleTests {
    @Test("The Hindi console shows the seats, sets the timer, pauses, kicks and moves seats, lists the rooms and closes")
    func hindiConsole() async throws {
        let folder = try Support.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let scenario = folder.appendingPathComponent(LoadScenario.id)
        try FileManager.default.createDirectory(at: scenario, withIntermediateDirectories: true)
        try LoadScenario.text.write(to: scenario.appendingPathComponent(LoadScenario.fileName), atomically: true, encoding: .utf8)
        let port = try #require(BenchmarkCommand.freeLoopbackPort())
        let host = try HostProcess(executable: Support.executable,
                                   arguments: ["host", scenario.path, "--bind", "127.0.0.1", "--port", String(port), "--database",
                                               folder.appendingPathComponent("classroom.sqlite").path, "--lang", "hi", "--seed", "3"])
        defer { host.stop() }
        let code = try #require(host.waitForRoomCodes(1, seconds: 120)?.first, "the host said:\n\(host.transcript)")

        // Three students who think for longer than the test lasts: they join and sit.
        let students = LoadRun(plan: LoadPlan(url: "ws://127.0.0.1:\(port)/play", codes: [code], seatsPerRoom: 3, roles: ["worker", "soldier"],
                                              program: PetrogradCommand.version, warmup: 0, measured: 0, think: 3600...3600))
        await students.start()
        for _ in 0..<400 where students.report.welcomed < 3 { try await Task.sleep(for: .milliseconds(50)) }
        #expect(students.report.welcomed == 3)

        func answer(to line: String, containing text: String) -> Bool {
            host.type(line)
            return host.waitFor(text, seconds: 30)
        }
        #expect(answer(to: "सीटें", containing: "  p3  r1 s"), "\(host.transcript)")
        // The students arrive in any order: seat by seat, a name, a role, the scene, connected; p1 has the turn.
        let seatLines = host.transcript.split(separator: "\n").map(String.init).filter { $0.hasPrefix("  p") && $0.dropFirst(3).first?.isNumber == true }
        #expect(seatLines.count == 3)
        #expect(seatLines.allSatisfy { $0.contains(" · square · जुड़ी है") })
        #expect(seatLines.filter { $0.hasSuffix(", बारी है") }.count == 1 && seatLines.first?.hasSuffix(", बारी है") == true)
        #expect(seatLines.map { $0.split(separator: "·")[1].trimmingCharacters(in: .whitespaces) }.sorted() == ["soldier", "worker", "worker"])
        let secondRole = try #require(seatLines.first { $0.hasPrefix("  p2  ") }).split(separator: "·")[1].trimmingCharacters(in: .whitespaces)
        #expect(answer(to: "घड़ी 90 सेकंड", containing: "घड़ी: जिसकी बारी है, उसके पास 90 सेकंड हैं"), "\(host.transcript)")
        #expect(answer(to: "ठहरो", containing: "कमरा \(code) रुका है: 'जारी' लिखने तक कोई विकल्प नहीं चुन सकता।"), "\(host.transcript)")
        #expect(answer(to: "निकालो 2", containing: "सीट p2 से विद्यार्थी हटाया गया; सीट '\(secondRole)' भूमिका के किसी दूसरे विद्यार्थी के लिए खाली है।"), "\(host.transcript)")
        #expect(answer(to: "सौंपो 3 मीना देवी", containing: "सीट p3 अब मीना देवी की है। वे ऐसे जुड़ें: petrograd join 127.0.0.1:\(port) --code \(code) --name 'मीना देवी'"),
                "\(host.transcript)")
        #expect(answer(to: "कमरे", containing: "* \(code)  classroom-load · 3 सीटें, 5 चालें · रुका है"), "\(host.transcript)")
        #expect(answer(to: "पॉज़", containing: "'पॉज़' कोई आदेश नहीं है।"), "\(host.transcript)")
        #expect(answer(to: "निकालो 9", containing: "सीट p9 नहीं है; 'सीटें' सब सीटें दिखाता है।"), "\(host.transcript)")
        #expect(answer(to: "रिपोर्ट", containing: "कक्षा की रिपोर्ट दूसरे टर्मिनल में बनाइए: petrograd report --room \(code) --lang hi"), "\(host.transcript)")
        #expect(answer(to: "बाहर", containing: "कक्षा बंद हुई।"), "\(host.transcript)")
        students.stopChoosing()
        await students.finish()
    }
}
