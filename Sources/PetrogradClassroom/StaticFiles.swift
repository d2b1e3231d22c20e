import Foundation
import Hummingbird
import NIOCore
import PetrogradPages

/// The pages' static files over HTTP: `/static/PATH` from `Pages/static/PATH` and `/fonts/PATH` from
/// `Pages/fonts/PATH`, with a content type by extension. Nothing outside those two folders is served
/// (`PageLibrary.file` refuses `..` and hidden names), and an unknown path is a plain 404.
enum StaticFiles {
    static func register<Context: RequestContext>(on router: Router<Context>, pages: PageLibrary) {
        for folder in ["static", "fonts"] {
            router.get("/\(folder)/**") { _, context -> Response in
                let relative = context.parameters.getCatchAll().joined(separator: "/")
                guard let data = pages.file(folder + "/" + relative) else {
                    return Response(status: .notFound, headers: [.contentType: "text/plain; charset=utf-8"],
                                    body: .init(byteBuffer: ByteBuffer(string: "not found\n")))
                }
                return Response(status: .ok,
                                headers: [.contentType: contentType(of: relative), .cacheControl: "no-cache"],
                                body: .init(byteBuffer: ByteBuffer(bytes: data)))
            }
        }
    }

    static func contentType(of path: String) -> String {
        switch (path as NSString).pathExtension.lowercased() {
        case "css": "text/css; charset=utf-8"
        case "js": "text/javascript; charset=utf-8"
        case "ttf": "font/ttf"
        case "txt": "text/plain; charset=utf-8"
        case "svg": "image/svg+xml"
        case "png": "image/png"
        case "json": "application/json"
        default: "application/octet-stream"
        }
    }
}
