import PetrogradCore
import PetrogradPages

/// The state and the answers of one browser seat (see ``SeatConnection``): what the browser asked for,
/// what the room sent, and the frames (JSON) the browser is sent for each.
struct BrowserSeat {
    let classroom: Classroom
    let pages: PageLibrary
    let address: String
    let limits: ConnectionLimits
    let outbox: Outbox

    private var room: Room?
    private var language = "en"
    private var words: [String: String] = [:]
    private var story: SeatStory?
    /// Texts the page already had when it (re)joined: the first of these are not sent again.
    private var seen = 0
    private var sent = 0
    private var nextSequence = 1
    private var paused = false
    private var timer: Int?
    /// The choice ids as last shown, by number: a number means what the student saw.
    private var shown: [String] = []
    /// The status last sent: a seat that stops waiting is told it is its turn again.
    private var lastStatus = ""
    private var badInARow = 0
    private var send: (String) async -> Void = { _ in }

    init(classroom: Classroom, pages: PageLibrary, address: String, limits: ConnectionLimits, outbox: Outbox) {
        self.classroom = classroom
        self.pages = pages
        self.address = address
        self.limits = limits
        self.outbox = outbox
    }

    /// Takes the inputs one at a time until the browser goes or the seat must stop.
    mutating func run(_ inputs: AsyncStream<SeatConnection.Input>, send: @escaping (String) async -> Void) async {
        self.send = send
        for await input in inputs {
            switch input {
            case .browser(let bytes):
                guard await take(bytes) else { return await finish() }
            case .room(let frame):
                guard await take(frame) else { return await finish() }
            case .flooded:
                await error(ProtocolError(.rateLimited, "more than \(Int(limits.frameRate)) frames a second; the connection is closed"))
                return await finish()
            case .browserGone:
                return await finish()
            case .roomGone:
                // The room closed this seat's connection: the same seat opened elsewhere, or the teacher's kick.
                await notice("notice-replaced", final: true)
                return await finish()
            }
        }
        await finish()
    }

    private func finish() async {
        if let room { await room.disconnect(outbox) }
    }

    // MARK: From the browser

    private mutating func take(_ bytes: [UInt8]) async -> Bool {
        let request: SeatRequest
        switch SeatRequest.decode(bytes) {
        case .failure(let problem): return await bad(problem)
        case .success(let decoded): request = decoded
        }
        switch request {
        case .look(let code):
            switch await classroom.admit(code: code, from: address) {
            case .failure(let problem): return await bad(problem)
            case .success(let found):
                badInARow = 0
                let scenario = found.scenario
                let state = await found.game.state
                let roles: [JSONValue] = scenario.roles.map { role in
                    var fields: [String: JSONValue] = ["id": .string(role.id), "name": .string(text(role.name, scenario, state))]
                    if let about = role.about { fields["about"] = .string(text(about, scenario, state)) }
                    return .object(fields)
                }
                await write(["type": .string("roles"), "code": .string(found.code.value), "roles": .array(roles)])
            }
        case .join(let join):
            guard room == nil else { return await bad(ProtocolError(.badFrame, "this connection has already joined")) }
            switch await classroom.admit(code: join.code, from: address) {
            case .failure(let problem): return await bad(problem)
            case .success(let found):
                seen = join.seen
                let hello = ClientFrame.Hello(program: classroom.program, code: found.code.value, name: join.name, role: join.role, token: join.token,
                                              lang: language)
                if let problem = await found.connect(hello, outbox: outbox) { return await bad(problem) }
                room = found
                badInARow = 0
            }
        case .choose(let number):
            guard let room, story != nil else { return await bad(ProtocolError(.badFrame, "take a seat first")) }
            badInARow = 0
            guard shown.indices.contains(number - 1) else {
                await notice("notice-stale")
                await state()
                return true
            }
            let sequence = nextSequence
            nextSequence += 1
            await room.choose(from: outbox, seq: sequence, choice: shown[number - 1])
        case .journal:
            guard let story else { return await bad(ProtocolError(.badFrame, "take a seat first")) }
            badInARow = 0
            await write(["type": .string("journal"), "heading": .string(story.word("journal-heading")),
                         "empty": .string(story.word("journal-empty")), "entries": .array(story.journal.map(JSONValue.string))])
        case .glossary(let word):
            guard let story else { return await bad(ProtocolError(.badFrame, "take a seat first")) }
            badInARow = 0
            let entries = story.glossary(word).map { JSONValue.object(["term": .string($0.term), "explanation": .string($0.explanation)]) }
            await write(["type": .string("glossary"), "heading": .string(story.word("glossary-heading")),
                         "empty": .string(story.word("glossary-none")), "entries": .array(entries)])
        case .notes:
            guard let story else { return await bad(ProtocolError(.badFrame, "take a seat first")) }
            badInARow = 0
            let notes = story.notes.map { note -> JSONValue in
                var fields: [String: JSONValue] = ["text": .string(note.text)]
                if let heading = note.heading { fields["heading"] = .string(heading) }
                return .object(fields)
            }
            await write(["type": .string("notes"), "heading": .string(story.word("notes-heading")),
                         "empty": .string(story.word("notes-none")), "entries": .array(notes)])
        case .ping:
            badInARow = 0
            await write(["type": .string("pong")])
        }
        return true
    }

    /// Sets the seat's language (from the page's address) before anything is said.
    mutating func speak(_ language: String) {
        self.language = language
        words = (try? PageWords.load(pages: pages, name: "seat", language: language)) ?? [:]
    }

    /// A bad frame: an error the page shows; the last of too many in a row closes the connection.
    private mutating func bad(_ problem: ProtocolError) async -> Bool {
        badInARow += 1
        if badInARow >= limits.badFrameLimit {
            await error(ProtocolError(.rateLimited, "too many bad frames in a row; the connection is closed"))
            return false
        }
        await error(problem)
        return problem.code != .version && problem.code != .rateLimited
    }

    // MARK: From the room

    private mutating func take(_ frame: ServerFrame) async -> Bool {
        switch frame {
        case .welcome(let welcome):
            guard let room, let seat = welcome.seat,
                  let built = SeatStory(welcome: welcome, scenario: room.scenario, seat: seat, language: language, words: words) else {
                await error(ProtocolError(.badFrame, "the room's game could not be replayed for this seat"))
                return false
            }
            story = built
            paused = welcome.paused
            timer = welcome.timer
            nextSequence = await room.lastSequence(ofSeat: seat) + 1
            sent = min(seen, built.items.count)
            var fields: [String: JSONValue] = ["type": .string("seated"), "room": .string(welcome.room), "seat": .integer(Int64(seat)),
                                               "name": .string(built.name), "role": .string(built.roleName)]
            if let token = welcome.token { fields["token"] = .string(token) }
            await write(fields)
            await texts()
            await state()
        case .action(let index, let line):
            guard var story, index == story.game.log.count + 1 else { return true }
            guard let action = Action(logLine: line), story.apply(action) else {
                await error(ProtocolError(.badFrame, "the room's line '\(line.prefix(80))' does not apply to this seat's copy of the game"))
                return false
            }
            self.story = story
            await texts()
            await state()
        case .ack:
            break
        case .refused(_, let reason, _):
            await notice("refused-" + reason.rawValue)
            await state()
        case .say(let text, let to):
            await write(["type": .string("say"), "text": .string(text),
                         "label": .string(words[to == nil ? "teacher-says" : "teacher-says-you"] ?? "")])
        case .room(let paused, let timer, _):
            let changed = paused != self.paused || timer != self.timer
            self.paused = paused
            self.timer = timer
            if changed { await state() }
        case .kicked:
            await notice("notice-kicked", final: true)
            return false
        case .pong:
            break
        case .error(let problem):
            await error(problem)
        }
        return true
    }

    // MARK: To the browser

    /// The texts not yet sent, each with its number.
    private mutating func texts() async {
        guard let story, sent < story.items.count else { return }
        let items = story.items[sent...].enumerated().map { offset, item in
            JSONValue.object(["n": .integer(Int64(sent + offset + 1)), "kind": .string(item.kind), "text": .string(item.text)])
        }
        sent = story.items.count
        await write(["type": .string("texts"), "items": .array(items)])
    }

    /// Where the seat stands: its date, its numbered choices (or why there are none), the city.
    private mutating func state() async {
        guard let story else { return }
        let status = story.status(paused: paused)
        let choices = status == "choose" || status == "waiting" ? story.choices : []
        shown = choices.map(\.id)
        if lastStatus == "waiting" && status == "choose" { await notice("notice-your-turn") }
        lastStatus = status
        var message = story.word("status-" + status)
        if status == "choose" { message = "" }
        if status == "waiting" { message += " " + story.waitingFor.joined(separator: ", ") }
        let list = choices.enumerated().map { number, choice in
            JSONValue.object(["number": .integer(Int64(number + 1)), "text": .string(choice.text), "available": .bool(choice.isAvailable)])
        }
        let city = story.city.map { JSONValue.object(["label": .string($0.label), "value": .string($0.value)]) }
        var fields: [String: JSONValue] = ["type": .string("state"), "status": .string(status), "message": .string(message),
                                           "date": .string(story.today), "choices": .array(list), "city": .array(city),
                                           "steps": .integer(Int64(story.game.log.count))]
        fields["timer"] = timer.map { .integer(Int64($0)) } ?? .null
        await write(fields)
    }

    private func notice(_ key: String, final: Bool = false) async {
        await write(["type": .string("notice"), "text": .string(words[key] ?? key), "final": .bool(final)])
    }

    private func error(_ problem: ProtocolError) async {
        // The page shows the words for the code in its language; the message is English, for the teacher.
        await write(["type": .string("error"), "code": .string(problem.code.rawValue), "text": .string(words["error-" + problem.code.rawValue] ?? problem.message),
                     "message": .string(problem.message)])
    }

    private func write(_ fields: [String: JSONValue]) async {
        await send(JSONValue.object(fields).text)
    }

    private func text(_ localized: LocalizedText, _ scenario: Scenario, _ state: GameState) -> String {
        guard let (template, _) = TextRendering.template(localized, language: language, fallback: scenario.languages.first) else { return "" }
        return TextRendering.render(template, scenario: scenario, state: state, player: nil, language: language,
                                    formatDate: { DateFormatting.dayForReaders($0, storyCalendar: scenario.calendar) })
    }
}
