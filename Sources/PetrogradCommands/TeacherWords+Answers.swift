import PetrogradClassroom
import PetrogradCore

/// What the teacher's console answers once a command is carried out, in English and Hindi.
extension TeacherWords {
    /// Said once, before the first prompt.
    var ready: String {
        isHindi ? "शिक्षक का कंसोल तैयार है: आदेशों के लिए 'मदद' लिखें (Tab उन्हें पूरा करता है); 'बाहर' या Ctrl-D से कक्षा बंद होती है, और petrograd host --resume उसे फिर खोलता है।"
            : "The teacher's console is ready: type 'help' for the commands (Tab completes them); 'quit' or Ctrl-D closes the classroom, and petrograd host --resume opens it again."
    }

    /// The prompt: the current room's code.
    func prompt(code: String) -> String { "\(code)> " }

    /// `seats`: one line a seat.
    func seatLines(_ seats: [SeatSummary]) -> [String] {
        guard !seats.isEmpty else {
            return [isHindi ? "अभी कोई सीट नहीं है: कोई विद्यार्थी नहीं जुड़ा।" : "No seats yet: no student has joined."]
        }
        return seats.map { seat in
            var states: [String] = []
            if !seat.isPresent {
                states.append(isHindi ? "छोड़ चुकी है" : "left")
            } else {
                states.append(seat.isConnected ? (isHindi ? "जुड़ी है" : "connected") : (isHindi ? "जुड़ी नहीं" : "not connected"))
            }
            if seat.isFinished { states.append(isHindi ? "अंत तक पहुँची" : "at an ending") }
            if seat.hasTurn { states.append(isHindi ? "बारी है" : "has the turn") }
            if seat.isWaiting { states.append(isHindi ? "इंतज़ार में" : "waiting") }
            if let left = seat.secondsLeft { states.append(isHindi ? "घड़ी में \(left) सेकंड" : "\(left) s on the clock") }
            let name = seat.name.map { ControlCharacters.escaped($0) } ?? (isHindi ? "(बिना नाम)" : "(no name)")
            return "  p\(seat.number)  \(name) · \(seat.role) · \(seat.at) · " + states.joined(separator: ", ")
        }
    }

    /// `waiting`: who holds the clock back, and how many wait for them.
    func waiting(holding: [SeatSummary], waiters: Int) -> String {
        guard !holding.isEmpty else {
            return isHindi ? "कोई इंतज़ार नहीं कर रहा: किसी की वजह से घड़ी नहीं रुकी है।" : "No one is waiting: no seat holds the clock back."
        }
        let names = holding.map { seat in "p\(seat.number)" + (seat.name.map { " " + ControlCharacters.escaped($0) } ?? "") }.joined(separator: ", ")
        return isHindi ? "घड़ी इन्हें रोक रहे हैं: \(names)। इनका इंतज़ार कर रही सीटें: \(waiters)।"
            : "Holding the clock back: \(names). Seats waiting for them: \(waiters)."
    }

    func paused(_ code: String) -> String {
        isHindi ? "कमरा \(code) रुका है: 'जारी' लिखने तक कोई विकल्प नहीं चुन सकता।" : "Room \(code) is paused: no one can choose until 'resume'."
    }

    func resumed(_ code: String) -> String {
        isHindi ? "कमरा \(code) फिर चल रहा है।" : "Room \(code) goes on."
    }

    func said(to seat: Int?) -> String {
        if let seat { return isHindi ? "सीट p\(seat) को भेजा गया।" : "Sent to seat p\(seat)." }
        return isHindi ? "सबको भेजा गया।" : "Sent to everyone."
    }

    func timer(seconds: Int?) -> String {
        guard let seconds else { return isHindi ? "घड़ी बंद है।" : "The timer is off." }
        let length = seconds % 60 == 0 ? (isHindi ? "\(seconds / 60) मिनट" : "\(seconds / 60) min") : (isHindi ? "\(seconds) सेकंड" : "\(seconds) s")
        return isHindi ? "घड़ी: जिसकी बारी है, उसके पास \(length) हैं; समय बीतने पर सीट अपना तय विकल्प लेती है और उसे बताया जाता है।"
            : "Timer: each seat whose turn it is has \(length); when it runs out, the seat takes its default choice and is told."
    }

    func kicked(_ seat: Int, role: String?) -> String {
        let role = role ?? "?"
        return isHindi ? "सीट p\(seat) से विद्यार्थी हटाया गया; सीट '\(role)' भूमिका के किसी दूसरे विद्यार्थी के लिए खाली है।"
            : "The student on seat p\(seat) was sent away; the seat is free for another student of the role '\(role)'."
    }

    func moved(_ seat: Int, to name: String, joinCommand: String) -> String {
        isHindi ? "सीट p\(seat) अब \(name) की है। वे ऐसे जुड़ें: \(joinCommand)"
            : "Seat p\(seat) is now \(name)'s. They join with: \(joinCommand)"
    }

    func rewound(steps: Int, toLine line: Int) -> String {
        isHindi ? "कमरा \(steps) क़दम पीछे गया (लॉग की पंक्ति \(line) तक); सबको बताया गया।"
            : "The room went back \(steps) step\(steps == 1 ? "" : "s") (to line \(line) of its log); everyone was told."
    }

    var ended: String {
        isHindi ? "हर सीट अपने अंत और इतिहास की तुलना तक पहुँची; विद्यार्थी अब उसे पढ़ सकते हैं।"
            : "Every seat has gone on to its ending and debrief; the students can read them now."
    }

    func saved(_ path: String) -> String {
        isHindi ? "सहेजा गया: \(path) (खोलने के लिए: petrograd play --load \(path))" : "Saved: \(path) (open it with: petrograd play --load \(path))"
    }

    /// `rooms`: one line a room, the current one marked.
    func roomLine(code: String, scenario: String, seats: Int, lines: Int, paused: Bool, ended: Bool, isCurrent: Bool) -> String {
        var states: [String] = []
        if paused { states.append(isHindi ? "रुका है" : "paused") }
        if ended { states.append(isHindi ? "समाप्त" : "ended") }
        let counts = isHindi ? "\(seats) सीटें, \(lines) चालें" : "\(seats) seat\(seats == 1 ? "" : "s"), \(lines) move\(lines == 1 ? "" : "s")"
        return (isCurrent ? "* " : "  ") + "\(code)  \(scenario) · \(counts)" + (states.isEmpty ? "" : " · " + states.joined(separator: ", "))
    }

    func nowIn(_ code: String) -> String {
        isHindi ? "अब आदेश कमरा \(code) पर चलेंगे।" : "Commands now act on room \(code)."
    }

    func noSuchRoom(_ typed: String, codes: [String]) -> String {
        isHindi ? "'\(typed)' कोड का कोई कमरा नहीं है। कमरे: \(codes.joined(separator: ", "))"
            : "There is no room '\(typed)'. The rooms: \(codes.joined(separator: ", "))"
    }

    func openFailed(_ reason: String) -> String {
        isHindi ? "समस्या: नया कमरा नहीं खुल सका: \(reason)" : "Problem: the new room could not be opened: \(reason)"
    }

    /// Why the room did not carry out a command.
    func roomError(_ error: RoomError) -> String {
        switch error {
        case .noSuchSeat(let seat):
            return isHindi ? "सीट p\(seat) नहीं है; 'सीटें' सब सीटें दिखाता है।" : "There is no seat p\(seat); 'seats' lists them."
        case .nothingToRewind(let steps, let choices):
            return isHindi ? "\(steps) क़दम पीछे नहीं जा सकते: कमरे में अभी \(choices) क़दम हुए हैं।"
                : "Cannot go back \(steps) step\(steps == 1 ? "" : "s"): the room has taken \(choices)."
        case .ended:
            return isHindi ? "खेल पहले ही समाप्त हो चुका है; 'पीछे' से उसे फिर खोला जा सकता है।" : "The game has already ended; 'rewind' opens it again."
        case .badName:
            return problem(.badName(""))
        case .refused(let refusal):
            return isHindi ? "खेल ने यह नहीं माना: \(refusal)" : "The game refused it: \(refusal)"
        case .storage(let reason):
            return isHindi ? "समस्या: डेटाबेस में नहीं लिखा जा सका: \(reason)" : "Problem: the database could not store it: \(reason)"
        case .saveFailed(let path, let reason):
            return isHindi ? "समस्या: \(path) नहीं लिखी जा सकी: \(reason)" : "Problem: could not write \(path): \(reason)"
        }
    }
}
