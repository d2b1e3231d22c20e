import Foundation
import Mustache

/// The folder of page templates, styles, scripts and fonts (`Pages/` in a checkout, `share/petrograd/Pages`
/// when installed), loaded once: every `*.mustache` file under `templates/` becomes a template named by its
/// path without the extension (`report`, `partials/chart`). A technician may edit them; a template that does
/// not parse is reported with its file, line and column, and nothing is rendered from a half-read library.
public struct PageLibrary: Sendable {
    /// The folder the library was read from.
    public let root: String
    private let templates: MustacheLibrary

    /// Why the library could not be read.
    public struct LoadError: Error, CustomStringConvertible, Sendable {
        public var description: String
    }

    /// Reads every template under `root/templates`.
    public init(root: String) throws(LoadError) {
        self.root = root
        let folder = URL(fileURLWithPath: root).appendingPathComponent("templates")
        guard let walker = FileManager.default.enumerator(atPath: folder.path) else {
            throw LoadError(description: "\(folder.path): the page templates are not there")
        }
        var library = MustacheLibrary()
        while let relative = walker.nextObject() as? String {
            guard relative.hasSuffix(".mustache") else { continue }
            let path = folder.appendingPathComponent(relative).path
            guard let data = FileManager.default.contents(atPath: path), let text = String(data: data, encoding: .utf8) else {
                throw LoadError(description: "\(path): cannot be read as UTF-8 text")
            }
            do {
                try library.register(text, named: String(relative.dropLast(".mustache".count)))
            } catch let error as MustacheTemplate.ParserError {
                throw LoadError(description: "\(path):\(error.context.lineNumber):\(error.context.columnNumber): the template does not parse (\(error.error))")
            } catch {
                throw LoadError(description: "\(path): the template does not parse (\(error))")
            }
        }
        templates = library
    }

    /// The library beside a folder of scenarios: `Pages/` next to it (a checkout's `Scenarios/`, or an
    /// installed `share/petrograd/Scenarios`), or `$PETROGRAD_PAGES` when that is set.
    public static func beside(scenarios: String?, environment: [String: String] = ProcessInfo.processInfo.environment) throws(LoadError) -> PageLibrary {
        if let override = environment["PETROGRAD_PAGES"], !override.isEmpty {
            return try PageLibrary(root: override)
        }
        guard let scenarios else { throw LoadError(description: "the page templates were not found (no scenarios folder to look beside)") }
        return try PageLibrary(root: URL(fileURLWithPath: scenarios).deletingLastPathComponent().appendingPathComponent("Pages").path)
    }

    /// `template` rendered with `context` (dictionaries, arrays, strings, numbers and booleans). Values are
    /// HTML-escaped unless the template says `{{{triple}}}`, which only trusted markup (our own SVG) uses.
    public func render(_ template: String, _ context: [String: Any]) throws(LoadError) -> String {
        guard let page = templates.render(context, withTemplate: template) else {
            throw LoadError(description: "\(root)/templates/\(template).mustache: no such template")
        }
        return page
    }

    /// The bytes of a file under the library (a style sheet, a script, a font), or nil when there is none
    /// or the path tries to leave the folder.
    public func file(_ relative: String) -> Data? {
        let parts = relative.split(separator: "/")
        guard !parts.isEmpty, !parts.contains(where: { $0 == ".." || $0 == "." || $0.hasPrefix(".") }) else { return nil }
        return FileManager.default.contents(atPath: root + "/" + parts.joined(separator: "/"))
    }

    /// The Devanagari font, regular and bold, for a page to embed (base64) in its `@font-face` (a report or the role cards
    /// print on any machine, with or without the font installed). Missing files are an error: a page that
    /// embeds nothing would print boxes instead of Hindi.
    public func embeddedFonts() throws(LoadError) -> (regular: Data, bold: Data) {
        var encoded: [Data] = []
        for name in ["fonts/NotoSansDevanagari-Regular.ttf", "fonts/NotoSansDevanagari-Bold.ttf"] {
            guard let data = file(name) else { throw LoadError(description: "\(root)/\(name): the Devanagari font a printed page embeds is not there") }
            encoded.append(data)
        }
        return (encoded[0], encoded[1])
    }
}
