import Foundation

/// Who is logged in to the teacher's dashboard, and the door's attempt limit.
///
/// The cookie holds a fresh random session token, not the teacher's key: the key is typed once and never
/// leaves the login request, a stolen cookie dies with the host process (sessions live only in memory)
/// and logging out ends the session on the server, which a cookie holding the key could not do.
actor TeacherSessions {
    /// The cookie's name.
    static let cookieName = "petrograd_teacher"

    private var sessions: [String: RoomCode] = [:]
    private var wrongKeys: AttemptLimiter

    /// `limit` wrong keys from one address within `window` shut that address out until the window passes.
    init(limit: Int = 5, window: Duration = .seconds(60)) {
        wrongKeys = AttemptLimiter(limit: limit, window: window)
    }

    /// What a login attempt came to.
    enum Login: Sendable, Equatable {
        /// A new session token, for the cookie.
        case accepted(token: String, room: RoomCode)
        case wrongKey
        case tooManyAttempts
    }

    /// Checks `key` against every open room; a wrong key counts against `address`.
    func logIn(key typed: String, from address: String, classroom: Classroom) async -> Login {
        let now = ContinuousClock.now
        guard !wrongKeys.isLimited(address, at: now) else { return .tooManyAttempts }
        let key = typed.trimmingCharacters(in: .whitespacesAndNewlines)
        if !key.isEmpty, key.count <= 64 {
            for room in await classroom.openRooms where await room.isTeacherKey(key) {
                let token = Secret.random().value
                sessions[token] = room.code
                return .accepted(token: token, room: room.code)
            }
        }
        wrongKeys.note(address, at: now)
        return .wrongKey
    }

    /// The room a session token is for, if the session is live.
    func room(forToken token: String) -> RoomCode? {
        sessions[token]
    }

    func logOut(token: String) {
        sessions[token] = nil
    }

    /// The session token in a `Cookie` header, if any.
    nonisolated static func token(inCookieHeader header: String?) -> String? {
        guard let header else { return nil }
        for part in header.split(separator: ";") {
            let pair = part.split(separator: "=", maxSplits: 1)
            if pair.count == 2, pair[0].trimmingCharacters(in: .whitespaces) == cookieName {
                return pair[1].trimmingCharacters(in: .whitespaces)
            }
        }
        return nil
    }
}
