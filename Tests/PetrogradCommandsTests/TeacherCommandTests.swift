import Testing
@testable import PetrogradCommands

/// The teacher's console reads its commands in English and Hindi, whatever its language, and answers a
/// line it cannot read with what to write instead.
@Suite struct TeacherCommandTests {
    static func parsed(_ line: String) -> Result<TeacherCommand, TeacherInputProblem>? {
        TeacherCommand.parse(line)
    }

    @Test("Every command is read from its English word and from its Hindi word", arguments: TeacherCommand.words)
    func bothWords(english: String, hindi: String) throws {
        #expect(TeacherCommand.command(for: english) == english)
        #expect(TeacherCommand.command(for: hindi) == english)
        #expect(TeacherCommand.command(for: english.uppercased()) == english)
    }

    @Test("The words of the two languages are all different, so no word means two commands")
    func distinctWords() {
        let all = TeacherCommand.words.flatMap { [$0.english, $0.hindi] }
        #expect(Set(all).count == all.count)
    }

    @Test("Commands without arguments are read in either language")
    func bareCommands() {
        #expect(Self.parsed("seats") == .success(.seats))
        #expect(Self.parsed("  सीटें ") == .success(.seats))
        #expect(Self.parsed("इंतज़ार") == .success(.waiting))
        #expect(Self.parsed("ठहरो") == .success(.pause))
        #expect(Self.parsed("resume") == .success(.resume))
        #expect(Self.parsed("समाप्त") == .success(.end))
        #expect(Self.parsed("rooms") == .success(.rooms))
        #expect(Self.parsed("खोलो") == .success(.open))
        #expect(Self.parsed("report") == .success(.report))
        #expect(Self.parsed("बाहर") == .success(.quit))
        #expect(Self.parsed("   ") == nil)
    }

    @Test("A Hindi word typed with the precomposed nukta letter is the same word")
    func precomposedNukta() {
        // ज़ as one code point (U+095B), as some input methods send it.
        #expect(Self.parsed("इंत\u{095B}ार") == .success(.waiting))
    }

    @Test("say speaks to everyone, or to one seat when the first word is a seat number")
    func say() {
        #expect(Self.parsed("say Five minutes left") == .success(.say(text: "Five minutes left", seat: nil)))
        #expect(Self.parsed("say 3 Read the leaflet again") == .success(.say(text: "Read the leaflet again", seat: 3)))
        #expect(Self.parsed("कहो p12 ध्यान से पढ़ो") == .success(.say(text: "ध्यान से पढ़ो", seat: 12)))
        #expect(Self.parsed("कहो ३ सुनो") == .success(.say(text: "सुनो", seat: 3)))
        #expect(Self.parsed("say") == .failure(.usage("say")))
        #expect(Self.parsed("say 3") == .failure(.usage("say")))
    }

    @Test("timer reads minutes and seconds in both languages, and off", arguments: [
        ("timer 2m", 120), ("timer 90s", 90), ("timer 1m30s", 90), ("timer 2", 120), ("घड़ी 2 मिनट", 120),
        ("घड़ी ९० सेकंड", 90), ("timer 45 seconds", 45), ("timer 1 minute", 60),
    ])
    func timer(line: String, seconds: Int) {
        #expect(Self.parsed(line) == .success(.timer(seconds: seconds)))
    }

    @Test("timer off and घड़ी बंद stop the clock; a wrong or impossible length is refused with why")
    func timerOffAndWrong() {
        #expect(Self.parsed("timer off") == .success(.timer(seconds: nil)))
        #expect(Self.parsed("घड़ी बंद") == .success(.timer(seconds: nil)))
        #expect(Self.parsed("timer soon") == .failure(.badDuration("soon")))
        #expect(Self.parsed("timer 2ms") == .failure(.badDuration("2ms")))
        #expect(Self.parsed("timer 5s") == .failure(.durationOutOfRange(5)))
        #expect(Self.parsed("timer 99999999999999999999m") == .failure(.durationOutOfRange(Int.max)))
        #expect(Self.parsed("timer") == .failure(.usage("timer")))
    }

    @Test("kick, move and rewind take seats as numbers and names as the rest of the line")
    func seatsAndNames() {
        #expect(Self.parsed("kick 4") == .success(.kick(seat: 4)))
        #expect(Self.parsed("निकालो p4") == .success(.kick(seat: 4)))
        #expect(Self.parsed("kick Asha") == .failure(.badSeat("Asha")))
        #expect(Self.parsed("kick 0") == .failure(.badSeat("0")))
        #expect(Self.parsed("move 2 Meena Devi") == .success(.move(seat: 2, name: "Meena Devi")))
        #expect(Self.parsed("सौंपो 2 मीना देवी") == .success(.move(seat: 2, name: "मीना देवी")))
        #expect(Self.parsed("move 2") == .failure(.usage("move")))
        #expect(Self.parsed("move 2 " + String(repeating: "a", count: 41)) == .failure(.badName(String(repeating: "a", count: 41))))
        #expect(Self.parsed("rewind") == .success(.rewind(steps: 1)))
        #expect(Self.parsed("पीछे 3") == .success(.rewind(steps: 3)))
        #expect(Self.parsed("rewind none") == .failure(.badSteps("none")))
        #expect(Self.parsed("rewind 0") == .failure(.badSteps("0")))
    }

    @Test("save takes a file name, and room a code")
    func saveAndRoom() {
        #expect(Self.parsed("save class 9b.json") == .success(.save(path: "class 9b.json")))
        #expect(Self.parsed("सहेजो") == .failure(.usage("save")))
        #expect(Self.parsed("room K7QP2M") == .success(.room(code: "K7QP2M")))
        #expect(Self.parsed("कमरा") == .failure(.usage("room")))
    }

    @Test("Extra words after a command that takes none are refused, not ignored")
    func extraWords() {
        #expect(Self.parsed("pause now") == .failure(.usage("pause")))
        #expect(Self.parsed("quit please") == .failure(.usage("quit")))
    }

    @Test("An unknown word is answered with the closest command, in the console's language")
    func unknownWords() throws {
        #expect(Self.parsed("sets") == .failure(.unknown("sets", suggestion: "seats")))
        #expect(Self.parsed("xyzzy") == .failure(.unknown("xyzzy", suggestion: nil)))
        let problem = TeacherInputProblem.unknown("pasue", suggestion: "pause")
        #expect(TeacherWords(language: "en").problem(problem) == "'pasue' is not a command. Type 'help' for the list. Did you mean 'pause'?")
        #expect(TeacherWords(language: "hi").problem(problem) == "'pasue' कोई आदेश नहीं है। आदेशों की सूची के लिए 'मदद' लिखें। क्या आपका मतलब 'ठहरो' था?")
    }

    @Test("The help lists every command with its word in the other language")
    func help() {
        let english = TeacherWords(language: "en").help, hindi = TeacherWords(language: "hi").help
        for (englishWord, hindiWord) in TeacherCommand.words {
            #expect(english.contains("\(englishWord)") && english.contains("/ \(hindiWord)"))
            #expect(hindi.contains("(\(englishWord))") && hindi.contains(hindiWord))
        }
    }

    @Test("Every problem has words in both languages, and they differ", arguments: [
        TeacherInputProblem.usage("kick"), .badSeat("x"), .badDuration("x"), .durationOutOfRange(5), .badSteps("x"), .badName("x"),
    ])
    func problemWords(problem: TeacherInputProblem) {
        let english = TeacherWords(language: "en").problem(problem), hindi = TeacherWords(language: "hi").problem(problem)
        #expect(!english.isEmpty && !hindi.isEmpty && english != hindi)
        #expect(hindi.unicodeScalars.contains { (0x0900...0x097F).contains($0.value) })
    }
}
