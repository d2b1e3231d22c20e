import Foundation
import HTTPTypes
import Hummingbird
import NIOCore
import PetrogradCore
import PetrogradPages

/// The teacher's dashboard over HTTP: `GET /teacher` (the login form, or the dashboard for a logged-in
/// teacher), `POST /teacher/login`, `POST /teacher/logout`, and `GET /report` (the debrief report). The live part is `/teacher/live`
/// (``TeacherLive``). Every POST must come from a page of this server (its `Origin` is this host), and the
/// session cookie is `SameSite=Strict`, so another site can neither log a teacher in or out nor use the
/// session.
enum TeacherPages {
    static func register(on router: Router<ClassroomRequestContext>, classroom: Classroom, pages: PageLibrary, sessions: TeacherSessions) {
        router.get("/teacher") { request, _ -> Response in
            let language = language(of: request.uri.queryParameters.get("lang"))
            if let token = TeacherSessions.token(inCookieHeader: request.headers[.cookie]),
               let code = await sessions.room(forToken: token), let room = await classroom.room(code) {
                return try await dashboard(room: room, language: language, pages: pages)
            }
            return try loginPage(language: language, error: nil, status: .ok, pages: pages)
        }

        // The debrief report of the teacher's room as it stands, for a logged-in teacher only: it holds the
        // students' journals. Without a session, the login form.
        router.get("/report") { request, _ -> Response in
            let language = language(of: request.uri.queryParameters.get("lang"))
            guard let token = TeacherSessions.token(inCookieHeader: request.headers[.cookie]),
                  let code = await sessions.room(forToken: token), let room = await classroom.room(code) else {
                var headers = HTTPFields()
                headers[.location] = "/teacher?lang=\(language)"
                return Response(status: .seeOther, headers: headers)
            }
            return report(try await room.reportHTML(pages: pages, language: language))
        }

        router.post("/teacher/login") { request, context -> Response in
            let form = try await formFields(of: request)
            let language = language(of: form["lang"])
            guard isSameOrigin(request.headers[values: .origin], authority: request.head.authority) else {
                return try loginPage(language: language, error: "errorOrigin", status: .forbidden, pages: pages)
            }
            switch await sessions.logIn(key: form["key"] ?? "", from: context.address, classroom: classroom) {
            case .accepted(let token, _):
                var headers = HTTPFields()
                headers[.location] = "/teacher?lang=\(language)"
                headers[.setCookie] = "\(TeacherSessions.cookieName)=\(token); HttpOnly; SameSite=Strict; Path=/"
                headers[.cacheControl] = "no-store"
                return Response(status: .seeOther, headers: headers)
            case .wrongKey:
                return try loginPage(language: language, error: "errorWrongKey", status: .unauthorized, pages: pages)
            case .tooManyAttempts:
                return try loginPage(language: language, error: "errorTooMany", status: .tooManyRequests, pages: pages)
            }
        }

        router.post("/teacher/logout") { request, _ -> Response in
            let form = try await formFields(of: request)
            let language = language(of: form["lang"])
            guard isSameOrigin(request.headers[values: .origin], authority: request.head.authority) else {
                return try loginPage(language: language, error: "errorOrigin", status: .forbidden, pages: pages)
            }
            if let token = TeacherSessions.token(inCookieHeader: request.headers[.cookie]) { await sessions.logOut(token: token) }
            var headers = HTTPFields()
            headers[.location] = "/teacher?lang=\(language)"
            headers[.setCookie] = "\(TeacherSessions.cookieName)=; HttpOnly; SameSite=Strict; Path=/; Max-Age=0"
            return Response(status: .seeOther, headers: headers)
        }
    }

    /// `hi` or `en` (the default).
    static func language(of value: String?) -> String {
        value == "hi" ? "hi" : "en"
    }

    /// Whether the request's `Origin` names this server as the browser reached it (`Host`). A browser sends
    /// exactly one Origin, which a page of another site cannot change; a request without one is refused
    /// (every browser sends it with a POST and a WebSocket upgrade).
    static func isSameOrigin(_ origins: [String], authority: String?) -> Bool {
        guard let authority, !authority.isEmpty else { return false }
        return origins.contains("http://\(authority)")
    }

    /// The fields of a form-urlencoded body (at most 4 KiB).
    static func formFields(of request: Request) async throws -> [String: String] {
        let buffer = try await request.body.collect(upTo: 4096)
        return parseForm(String(buffer: buffer))
    }

    static func parseForm(_ body: String) -> [String: String] {
        var fields: [String: String] = [:]
        for pair in body.split(separator: "&") {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            func decoded(_ text: Substring) -> String {
                String(text).replacingOccurrences(of: "+", with: " ").removingPercentEncoding ?? ""
            }
            guard let name = parts.first else { continue }
            fields[decoded(name)] = parts.count > 1 ? decoded(parts[1]) : ""
        }
        return fields
    }

    static func words(_ language: String, pages: PageLibrary) throws -> [String: String] {
        try PageWords.load(pages: pages, name: "teacher", language: language)
    }

    /// The context every teacher page shares: the language, its words and the switch to the other one.
    static func common(_ language: String, words: [String: String]) -> [String: Any] {
        ["lang": language, "words": words, "otherLang": language == "hi" ? "en" : "hi",
         "otherLangName": language == "hi" ? "English" : "हिन्दी"]
    }

    static func loginPage(language: String, error: String?, status: HTTPResponse.Status, pages: PageLibrary) throws -> Response {
        let words = try words(language, pages: pages)
        var context = common(language, words: words)
        if let error { context["error"] = words[error] ?? error }
        return html(try pages.render("teacher-login", context), status: status)
    }

    static func dashboard(room: Room, language: String, pages: PageLibrary) async throws -> Response {
        let words = try words(language, pages: pages)
        let snapshot = await room.snapshot()
        var context = TeacherDashboard.context(snapshot, course: CityCourse(game: snapshot.game), language: language, words: words)
        for (key, value) in common(language, words: words) { context[key] = value }
        return html(try pages.render("teacher", context), status: .ok)
    }

    /// The report: one self-contained page with no script at all, its fonts and charts inline.
    static func report(_ text: String) -> Response {
        var headers = HTTPFields()
        headers[.contentType] = "text/html; charset=utf-8"
        headers[.cacheControl] = "no-store"
        headers[HTTPField.Name("Content-Security-Policy")!] = "default-src 'none'; style-src 'unsafe-inline'; font-src data:; img-src data:; frame-ancestors 'none'"
        return Response(status: .ok, headers: headers, body: .init(byteBuffer: ByteBuffer(string: text)))
    }

    /// A page, never cached, never framed by another site; scripts and connections only to this server.
    static func html(_ text: String, status: HTTPResponse.Status) -> Response {
        var headers = HTTPFields()
        headers[.contentType] = "text/html; charset=utf-8"
        headers[.cacheControl] = "no-store"
        headers[HTTPField.Name("Content-Security-Policy")!] = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; form-action 'self'"
        return Response(status: status, headers: headers, body: .init(byteBuffer: ByteBuffer(string: text)))
    }
}
