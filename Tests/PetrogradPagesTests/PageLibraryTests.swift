import Foundation
import PetrogradPages
import Testing

@Suite struct PageLibraryTests {
    /// A library in a temporary folder with the given templates.
    private func library(_ templates: [String: String]) throws -> (PageLibrary?, PageLibrary.LoadError?, String) {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("pages-\(UUID().uuidString)").path
        for (name, text) in templates {
            let path = root + "/templates/" + name + ".mustache"
            try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            try text.write(toFile: path, atomically: true, encoding: .utf8)
        }
        do throws(PageLibrary.LoadError) {
            return (try PageLibrary(root: root), nil, root)
        } catch {
            return (nil, error, root)
        }
    }

    @Test func escapesWhatAStudentTyped() throws {
        let (pages, _, _) = try library(["seat": "<p>{{name}}</p><p title=\"{{name}}\">x</p>"])
        let page = try #require(pages).render("seat", ["name": #"<b onclick="x">Asha</b> & 'Ravi'"#])
        #expect(!page.contains("<b"))
        #expect(page.contains("&lt;b onclick=&quot;x&quot;&gt;Asha&lt;/b&gt; &amp;"))
    }

    @Test func rendersPartialsFromSubfolders() throws {
        let (pages, _, _) = try library(["page": "[{{> parts/title}}]", "parts/title": "{{title}}"])
        #expect(try #require(pages).render("page", ["title": "पेत्रोग्राद"]) == "[पेत्रोग्राद]")
    }

    @Test func aTemplateThatDoesNotParseIsReportedWithItsPlace() throws {
        let (pages, error, root) = try library(["report": "line one\n{{#open}}never closed\n"])
        #expect(pages == nil)
        let message = try #require(error).description
        #expect(message.hasPrefix(root + "/templates/report.mustache:"))
        #expect(message.contains("does not parse"))
    }

    @Test func anUnknownTemplateIsAnErrorNotAnEmptyPage() throws {
        let (pages, _, _) = try library(["a": "a"])
        #expect(throws: PageLibrary.LoadError.self) { try #require(pages).render("b", [:]) }
    }

    @Test func filesNeverLeaveTheFolder() throws {
        let (pages, _, root) = try library(["a": "a"])
        try "body{}".write(toFile: root + "/style.css", atomically: true, encoding: .utf8)
        let library = try #require(pages)
        #expect(library.file("style.css") == Data("body{}".utf8))
        #expect(library.file("../etc/passwd") == nil)
        #expect(library.file("templates/../style.css") == nil)
        #expect(library.file(".hidden") == nil)
        #expect(library.file("") == nil)
    }

    @Test func theCheckoutsPagesAreFoundBesideItsScenarios() throws {
        let checkout = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let pages = try PageLibrary.beside(scenarios: checkout.appendingPathComponent("Scenarios").path, environment: [:])
        #expect(pages.root.hasSuffix("/Pages"))
        #expect(pages.file("fonts/NotoSansDevanagari-Regular.ttf") != nil)
    }

    @Test func aPrintedPageWithoutItsFontIsAnErrorNotBoxes() throws {
        let (pages, _, root) = try library(["a": "a"])
        let library = try #require(pages)
        #expect(throws: PageLibrary.LoadError.self) { try library.embeddedFonts() }
        try FileManager.default.createDirectory(atPath: root + "/fonts", withIntermediateDirectories: true)
        for name in ["Regular", "Bold"] {
            try Data(name.utf8).write(to: URL(fileURLWithPath: root + "/fonts/NotoSansDevanagari-\(name).ttf"))
        }
        let fonts = try library.embeddedFonts()
        #expect(fonts.regular == Data("Regular".utf8) && fonts.bold == Data("Bold".utf8))
    }
}
