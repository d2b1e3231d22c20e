import Hummingbird
import NIOCore
import PetrogradPages

/// `GET /`: the browser seat's page (`Pages/templates/seat.mustache`) in the visitor's language: `?lang=hi`
/// or `?lang=en`, else Hindi when the browser's Accept-Language puts Hindi before English, else English.
enum SeatPage {
    static func register<Context: RequestContext>(on router: Router<Context>, pages: PageLibrary) {
        router.get("/") { request, _ -> Response in
            let language = self.language(query: request.uri.queryParameters.get("lang"), accept: request.headers[.acceptLanguage])
            do throws(PageLibrary.LoadError) {
                let page = try render(pages: pages, language: language)
                return Response(status: .ok, headers: [.contentType: "text/html; charset=utf-8", .cacheControl: "no-cache",
                                                       .contentSecurityPolicy: "default-src 'self'; connect-src 'self' ws: wss:; object-src 'none'; base-uri 'none'"],
                                body: .init(byteBuffer: ByteBuffer(string: page)))
            } catch {
                return Response(status: .internalServerError, headers: [.contentType: "text/plain; charset=utf-8"],
                                body: .init(byteBuffer: ByteBuffer(string: "the seat page could not be made: \(error.description)\n")))
            }
        }
    }

    static func render(pages: PageLibrary, language: String) throws(PageLibrary.LoadError) -> String {
        let words = try PageWords.load(pages: pages, name: "seat", language: language)
        let other = language == "hi" ? "en" : "hi"
        return try pages.render("seat", ["lang": language, "otherLang": other, "words": words])
    }

    /// The language a `/seat?lang=hi` socket asks for: "hi" when it says so, else "en".
    static func socketLanguage(_ path: String) -> String {
        let query = path.split(separator: "?", maxSplits: 1).dropFirst().first ?? ""
        return query.split(separator: "&").contains("lang=hi") ? "hi" : "en"
    }

    /// The page's language: the query's when it names one, else the first of hi/en in Accept-Language.
    static func language(query: String?, accept: String?) -> String {
        if let query, query == "hi" || query == "en" { return query }
        for part in (accept ?? "").split(separator: ",") {
            let tag = part.split(separator: ";").first?.trimmingCharacters(in: .whitespaces).lowercased() ?? ""
            if tag == "hi" || tag.hasPrefix("hi-") { return "hi" }
            if tag == "en" || tag.hasPrefix("en-") { return "en" }
        }
        return "en"
    }
}
