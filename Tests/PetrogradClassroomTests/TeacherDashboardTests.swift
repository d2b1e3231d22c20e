import Foundation
import HTTPTypes
import HummingbirdTesting
@testable import PetrogradClassroom
import PetrogradCore
import PetrogradPages
import Testing

/// The teacher's dashboard on a real server on loopback: the login, its cookie and attempt limit, the
/// live socket and the controls through it.
@Suite(.timeLimit(.minutes(2))) struct TeacherDashboardTests {
    @Test func withoutACookieTheTeacherGetsTheLoginFormInEitherLanguage() async throws {
        let server = try await DashboardServer(try await Harness())
        let english = try await server.request("/teacher")
        #expect(english.status == .ok)
        #expect(english.body.contains("<html lang=\"en\">"))
        #expect(english.body.contains("action=\"/teacher/login\"") && english.body.contains("type=\"password\""))
        #expect(english.body.contains("<label for=\"key\">Teacher&#39;s key</label>"))
        #expect(english.body.contains("href=\"/teacher?lang=hi\""))
        #expect(!english.body.contains("room-live"))
        let hindi = try await server.request("/teacher?lang=hi")
        #expect(hindi.body.contains("<html lang=\"hi\">") && hindi.body.contains("शिक्षक की कुंजी"))
        #expect(hindi.body.contains("href=\"/teacher?lang=en\""))
        await server.stop()
    }

    @Test func aWrongKeyShowsTheFormAgainThenTheRightKeySetsAStrictHttpOnlyCookieForTheDashboard() async throws {
        let harness = try await Harness()
        let server = try await DashboardServer(harness)
        let wrong = try await server.logIn(key: "0123456789abcdef0123456789abcdef", language: "hi")
        #expect(wrong.status == .unauthorized)
        #expect(wrong.headers[.setCookie] == nil)
        #expect(wrong.body.contains("role=\"alert\"") && wrong.body.contains("यह कुंजी यहाँ कोई कमरा नहीं खोलती"))
        #expect(wrong.body.contains("type=\"password\""))

        let right = try await server.logIn(key: harness.teacherKey.value)
        #expect(right.status == .seeOther)
        #expect(right.headers[.location] == "/teacher?lang=en")
        let cookie = try #require(right.headers[.setCookie])
        #expect(cookie.contains("; HttpOnly") && cookie.contains("; SameSite=Strict") && cookie.contains("; Path=/"))
        #expect(!cookie.contains(harness.teacherKey.value))
        let token = try #require(DashboardServer.sessionToken(in: right.headers))

        let dashboard = try await server.request("/teacher", cookie: token)
        #expect(dashboard.status == .ok)
        #expect(dashboard.body.contains("id=\"room-code\">\(harness.room.code.value)<"))
        #expect(dashboard.body.contains("id=\"room-live\"") && dashboard.body.contains("<svg"))
        #expect(!dashboard.body.contains(harness.teacherKey.value))
        #expect(dashboard.headers[.cacheControl] == "no-store")
        // A made-up session is no session.
        let forged = try await server.request("/teacher", cookie: "0123456789abcdef0123456789abcdef")
        #expect(forged.body.contains("type=\"password\"") && !forged.body.contains("room-live"))
        await server.stop()
    }

    @Test func aLoginOrLogoutFromAnotherSiteIsRefused() async throws {
        let harness = try await Harness()
        let server = try await DashboardServer(harness)
        let elsewhere = try await server.request("/teacher/login", method: .post, origin: "http://evil.example",
                                                 form: "lang=en&key=\(harness.teacherKey.value)")
        #expect(elsewhere.status == .forbidden && elsewhere.headers[.setCookie] == nil)
        let noOrigin = try await server.request("/teacher/login", method: .post, form: "lang=en&key=\(harness.teacherKey.value)")
        #expect(noOrigin.status == .forbidden && noOrigin.headers[.setCookie] == nil)
        let token = try await server.session()
        let logout = try await server.request("/teacher/logout", method: .post, cookie: token, origin: "http://evil.example", form: "lang=en")
        #expect(logout.status == .forbidden)
        #expect(try await server.request("/teacher", cookie: token).body.contains("room-live"))
        await server.stop()
    }

    @Test func afterFiveWrongKeysEvenTheRightKeyWaits() async throws {
        let harness = try await Harness()
        let server = try await DashboardServer(harness)
        for attempt in 1...5 {
            #expect(try await server.logIn(key: "guess\(attempt)").status == .unauthorized)
        }
        let limited = try await server.logIn(key: harness.teacherKey.value)
        #expect(limited.status == .tooManyRequests)
        #expect(limited.headers[.setCookie] == nil && limited.body.contains("Too many wrong keys"))
        await server.stop()
    }

    @Test func loggingOutEndsTheSessionOnTheServer() async throws {
        let server = try await DashboardServer(try await Harness())
        let token = try await server.session()
        let out = try await server.request("/teacher/logout", method: .post, cookie: token, origin: server.origin, form: "lang=hi")
        #expect(out.status == .seeOther && out.headers[.location] == "/teacher?lang=hi")
        #expect(out.headers[.setCookie]?.contains("Max-Age=0") == true)
        let after = try await server.request("/teacher", cookie: token)
        #expect(after.body.contains("type=\"password\"") && !after.body.contains("room-live"))
        await server.stop()
    }

    @Test func theLiveSocketIsRefusedWithoutASessionOrFromAnotherSite() async throws {
        let server = try await DashboardServer(try await Harness())
        #expect(await LiveClient(port: server.running.port, cookie: nil, origin: server.origin).upgraded.value == false)
        #expect(await LiveClient(port: server.running.port, cookie: "0123456789abcdef0123456789abcdef", origin: server.origin).upgraded.value == false)
        let token = try await server.session()
        #expect(await LiveClient(port: server.running.port, cookie: token, origin: "http://evil.example").upgraded.value == false)
        await server.stop()
    }

    @Test func aSeatsJoinAndMoveArriveOnTheLiveSocketWithTheNameEscaped() async throws {
        let harness = try await Harness()
        let server = try await DashboardServer(harness)
        let live = LiveClient(port: server.running.port, cookie: try await server.session(), origin: server.origin)
        let first = try #require(await live.next("view"))
        guard case .string(let empty)? = first["html"] else { Issue.record("a view without html"); return }
        #expect(empty.contains("id=\"no-seats\""))

        let student = TestClient(port: server.running.port)
        student.send(harness.hello(name: "<b>Asha</b>", role: "worker"))
        #expect(await student.welcome()?.seat == 1)
        let joined = try #require(await live.view(containing: "data-seat=\"1\""))
        guard case .string(let html)? = joined["html"], case .array(let seats)? = joined["seats"] else { Issue.record("a view without seats"); return }
        #expect(html.contains("&lt;b&gt;Asha&lt;/b&gt;") && !html.contains("<b>Asha"))
        #expect(seats == [.object(["number": .integer(1), "label": .string("1 · <b>Asha</b>")])])
        #expect(html.contains("data-at=\"bread-queue\""))

        // The seat moves to another scene: its row follows, with no reload.
        student.send(.choose(seq: 1, choice: "spread-word"))
        #expect(await student.ack() != nil)
        #expect(await harness.room.snapshot().seats[0].at == "mill-gate")
        #expect(await live.view(containing: "data-at=\"mill-gate\"") != nil)
        student.close()
        live.close()
        await server.stop()
    }

    @Test func pauseTimerSayAndEndThroughTheLiveSocketReachTheRoom() async throws {
        let harness = try await Harness()
        let server = try await DashboardServer(harness)
        let student = TestClient(port: server.running.port)
        student.send(harness.hello(name: "Ravi", role: "soldier"))
        #expect(await student.welcome()?.seat == 1)
        let live = LiveClient(port: server.running.port, cookie: try await server.session(), origin: server.origin, language: "hi")
        _ = try #require(await live.next("view"))

        live.send(#"{"do":"pause"}"#)
        #expect(await live.next("done")?["do"] == .string("pause"))
        #expect(await harness.room.isPaused)
        #expect(await live.view(containing: "class=\"badge paused\"") != nil)
        live.send(#"{"do":"resume"}"#)
        #expect(await live.next("done")?["do"] == .string("resume"))
        #expect(await harness.room.isPaused == false)

        live.send(#"{"do":"timer","seconds":90}"#)
        #expect(await live.next("done") != nil)
        #expect(await harness.room.timerSeconds == 90)
        live.send(#"{"do":"timer","seconds":0}"#)
        let refused = try #require(await live.next("error"))
        #expect(refused["message"] == .string("घड़ी में 1 से 86400 तक के पूरे सेकंड लिखें।"))
        #expect(await harness.room.timerSeconds == 90)
        live.send(#"{"do":"timer","seconds":null}"#)
        #expect(await live.next("done") != nil)
        #expect(await harness.room.timerSeconds == nil)

        live.send(#"{"do":"say","text":"  Two minutes left  ","to":1}"#)
        #expect(await student.next(where: { if case .say = $0 { true } else { false } }) == .say(text: "Two minutes left", to: 1))
        #expect(await live.next("said")?["text"] == .string("Two minutes left"))
        live.send(#"{"do":"say","text":"hello","to":7}"#)
        #expect(await live.next("error")?["message"] == .string("ऐसी कोई सीट नहीं है।"))
        live.send(#"{"do":"say","text":"   "}"#)
        #expect(await live.next("error") != nil)

        live.send(#"{"do":"end"}"#)
        #expect(await live.next("done")?["do"] == .string("end"))
        #expect(await harness.room.isEnded)
        #expect(await live.view(containing: "id=\"ended-state\"") != nil)
        live.send(#"{"do":"end"}"#)
        #expect(await live.next("error")?["message"] == .string("खेल पहले ही समाप्त हो चुका है।"))
        student.close()
        live.close()
        await server.stop()
    }

    @Test func loggingOutClosesTheSessionsLiveSocketAtTheNextChange() async throws {
        let harness = try await Harness()
        let server = try await DashboardServer(harness)
        let token = try await server.session()
        let live = LiveClient(port: server.running.port, cookie: token, origin: server.origin)
        _ = try #require(await live.next("view"))
        _ = try await server.request("/teacher/logout", method: .post, cookie: token, origin: server.origin, form: "lang=en")
        try await harness.room.pause()
        // The socket closes instead of sending the paused room.
        #expect(await live.next("view") == nil)
        #expect(await live.upgraded.value)
        await server.stop()
    }

    @Test func formsAndCookiesAreReadAsBrowsersSendThem() {
        #expect(TeacherPages.parseForm("lang=hi&key=ab%2Bcd+ef&empty=&bad=%ZZ") == ["lang": "hi", "key": "ab+cd ef", "empty": "", "bad": ""])
        #expect(TeacherSessions.token(inCookieHeader: "a=1; petrograd_teacher=abc123; b=2") == "abc123")
        #expect(TeacherSessions.token(inCookieHeader: "xpetrograd_teacher=abc") == nil)
        #expect(TeacherSessions.token(inCookieHeader: nil) == nil)
        #expect(TeacherPages.isSameOrigin(["http://10.0.0.5:1917"], authority: "10.0.0.5:1917"))
        #expect(!TeacherPages.isSameOrigin(["http://10.0.0.5:1917"], authority: "10.0.0.5:1918"))
        #expect(!TeacherPages.isSameOrigin([], authority: "10.0.0.5:1917"))
        #expect(!TeacherPages.isSameOrigin(["null"], authority: nil))
    }

    @Test func theTeachersWordsAreTheSameKeysInBothLanguagesAndTheHindiHasNoEnglish() throws {
        #expect(try PageWords.differences(pages: CheckoutPages.library, name: "teacher", languages: ["en", "hi"]) == [])
        let hindi = try PageWords.load(pages: CheckoutPages.library, name: "teacher", language: "hi")
        for (key, text) in hindi {
            #expect(!text.unicodeScalars.contains { ("a"..."z").contains($0) || ("A"..."Z").contains($0) }, "\(key): \(text)")
        }
    }
}
