import Foundation
import PetrogradCore
import Testing
@testable import PetrogradConsole

/// The Hindi game speaks Hindi: no English word inside the program's Hindi sentences, a Hindi word for
/// every command, and numbers typed with Devanagari digits.
@Suite struct HindiWordsTests {
    static let sources = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Sources/PetrogradConsole")

    /// Latin-letter words a Hindi sentence may contain: what a student reads as it is written (NCERT), and
    /// the shell commands and options a player types outside the game, exactly as typed.
    /// The pause's key is named as it is printed on the keyboard (a Hindi layout types ौ there, which works too).
    static let allowedInHindi = ["NCERT", "petrograd play --load", "petrograd list", "petrograd join", "--role", "एक साथ: q"]

    /// The string literals of Swift source, interpolations replaced by "…" (the literals inside an
    /// interpolation are returned as literals of their own). Enough of Swift's grammar for these files:
    /// escapes, `\(…)` with nested parentheses and strings, and `//` comments.
    static func literals(in source: String) -> [String] {
        var found: [String] = []
        let characters = Array(source.unicodeScalars)
        var index = 0

        func readLiteral() -> String {
            // `index` is just past the opening quote.
            var text = ""
            while index < characters.count {
                let scalar = characters[index]
                if scalar == "\"" { index += 1; return text }
                if scalar == "\\", index + 1 < characters.count {
                    if characters[index + 1] == "(" {
                        index += 2
                        var depth = 1
                        while index < characters.count, depth > 0 {
                            let inner = characters[index]
                            if inner == "\"" {
                                index += 1
                                found.append(readLiteral())
                                continue
                            }
                            if inner == "(" { depth += 1 } else if inner == ")" { depth -= 1 }
                            index += 1
                        }
                        text += "…"
                    } else {
                        // An escape stands for its character: `\n` is a line break, not the letter n.
                        let escaped = characters[index + 1]
                        let escapes: [Unicode.Scalar: Unicode.Scalar] = ["n": "\n", "t": "\t", "r": "\r", "0": "\0"]
                        text.unicodeScalars.append(escapes[escaped] ?? escaped)
                        index += 2
                    }
                    continue
                }
                text.unicodeScalars.append(scalar)
                index += 1
            }
            return text
        }

        while index < characters.count {
            let scalar = characters[index]
            if scalar == "/", index + 1 < characters.count, characters[index + 1] == "/" {
                while index < characters.count, characters[index] != "\n" { index += 1 }
            } else if scalar == "\"" {
                index += 1
                found.append(readLiteral())
            } else {
                index += 1
            }
        }
        return found
    }

    static func isDevanagari(_ scalar: Unicode.Scalar) -> Bool { (0x0900...0x097F).contains(scalar.value) }

    /// The Hindi literals (those with Devanagari) that still contain a Latin letter once the allowed
    /// words are taken out.
    static func englishInHindi(_ source: String) -> [String] {
        literals(in: source).filter { literal in
            guard literal.unicodeScalars.contains(where: isDevanagari) else { return false }
            var rest = literal
            for allowed in allowedInHindi { rest = rest.replacingOccurrences(of: allowed, with: "") }
            return rest.unicodeScalars.contains { ("a"..."z").contains($0) || ("A"..."Z").contains($0) }
        }
    }

    @Test func theCheckFindsEnglishInsideAHindiSentence() {
        let source = """
            var finished: String { isHindi ? "कहानी पूरी हुई। 'journal' से डायरी देखें।" : "Your story is over." }
            func ok(_ n: Int) -> String { isHindi ? "विकल्प \\(n) (\\(n == 1 ? "एक" : "many")) NCERT" : "Choice \\(n)" }
            // a comment with "हिंदी and English" is not a literal
            """
        #expect(Self.englishInHindi(source) == ["कहानी पूरी हुई। 'journal' से डायरी देखें।"])
        #expect(Self.literals(in: source).contains("many"), "a literal inside an interpolation is read too")
    }

    @Test func noHindiStringOfTheVocabularyContainsEnglish() throws {
        let files = try FileManager.default.contentsOfDirectory(atPath: Self.sources.path)
            .filter { $0.hasPrefix("Vocabulary") && $0.hasSuffix(".swift") }.sorted()
        #expect(files.count >= 2, "\(files)")
        for file in files {
            let source = try String(contentsOf: Self.sources.appendingPathComponent(file), encoding: .utf8)
            #expect(!Self.literals(in: source).filter { $0.unicodeScalars.contains(where: Self.isDevanagari) }.isEmpty)
            #expect(Self.englishInHindi(source) == [], "\(file)")
        }
    }

    @Test func theHindiHelpNamesEachCommandInHindiWithTheEnglishWordOnlyInBrackets() {
        let hindi = Vocabulary(language: "hi", storyCalendar: .old, storyLanguages: ["hi", "en"])
        let lines = hindi.help.split(separator: "\n").map(String.init)
        #expect(lines.contains("  सूची (saves) — सहेजे गए खेलों की सूची"))
        #expect(lines.contains("  भाषा हिन्दी|अंग्रेज़ी (lang) — भाषा बदलो"))
        for line in lines {
            let withoutBrackets = line.replacingOccurrences(of: #"\([a-z]+\)"#, with: "", options: .regularExpression)
            #expect(!withoutBrackets.contains { $0.isASCII && $0.isLetter }, "\(line)")
        }
    }

    @Test func everySaveProblemIsToldInHindiWithoutEnglish() {
        let hindi = Vocabulary(language: "hi", storyCalendar: .old, storyLanguages: ["hi", "en"])
        let english = Vocabulary(language: "en", storyCalendar: .old, storyLanguages: ["hi", "en"])
        let cases: [SaveError] = [.missing("there is no save at x"), .unreadable("it is not a Petrograd save"),
                                  .incompatible("it is a save of scenario 'y'"), .unusableName("a save needs a name"),
                                  .unwritable("the save could not be written")]
        for error in cases {
            // A file's path is shown as it is (its ".json" is no English word); the sentence around it is Hindi.
            let told = hindi.saveProblem(error, name: "पहला", path: "/घर/खेल/पहला.json").replacingOccurrences(of: "/घर/खेल/पहला.json", with: "")
            #expect(!told.contains { $0.isASCII && $0.isLetter }, "\(told)")
            #expect(told.contains("पहला"))
            #expect(english.saveProblem(error, name: "पहला") == error.description, "English keeps SaveStore's own words")
        }
        #expect(hindi.restoreNotices(["variable 'x' no longer exists"]).allSatisfy { !$0.contains { $0.isASCII && $0.isLetter } })
        #expect(hindi.transcriptProblem("/घर/प्रतिलिपि", englishDescription: "cannot be written", stopped: true).allSatisfy { !($0.isASCII && $0.isLetter) })
    }

    @Test func everyCommandHasAnEnglishAndAHindiWord() {
        let commands = Set(GameSession.commands.values)
        #expect(commands.count >= 14)
        for command in commands {
            let words = GameSession.commands.filter { $0.value == command }.keys
            #expect(words.contains(command), "'\(command)' is its own English word")
            #expect(words.contains(where: GameSession.isHindiWord), "'\(command)' has no Hindi word")
        }
        #expect(GameSession.word(for: "saves", in: "hi") == "सूची")
        #expect(GameSession.word(for: "saves", in: "en") == "saves")
        #expect(GameSession.commandWords(in: "hi").allSatisfy(GameSession.isHindiWord))
        #expect(!GameSession.commandWords(in: "en").contains(where: GameSession.isHindiWord))
    }

    @Test func aMistypedCommandIsCorrectedWithTheWordOfTheLanguagePlayed() {
        #expect(GameSession.closestCommand(to: "jurnal", in: "hi") == "डायरी")
        #expect(GameSession.closestCommand(to: "jurnal", in: "en") == "journal")
        #expect(GameSession.closestCommand(to: "डायरि", in: "en") == "journal")
    }

    @Test(arguments: [("२", 2), ("१०", 10), ("2", 2), ("२3", 23), ("+३", 3), ("०७", 7)])
    func devanagariAndASCIIDigitsSpellTheSameNumber(typed: String, value: Int) {
        #expect(TypedNumber.value(of: typed) == value)
    }

    @Test(arguments: ["٣", "３", "", "+", "२a", "-1", "1.5", "१ २"])
    func otherDigitsAndNonNumbersAreNotNumbers(typed: String) {
        #expect(TypedNumber.value(of: typed) == nil)
    }

    @Test func aNumberTooLongForAnIntegerIsStillANumberThatMatchesNothing() {
        #expect(TypedNumber.value(of: "१०००००००००००००००००००००") == Int.max)
        #expect(TypedNumber.value(of: String(repeating: "9", count: 400)) == Int.max)
    }

    @Test(arguments: [("अंग्रेज़ी", "en"), ("अंग्रेजी", "en"), ("English", "en"), ("en", "en"), ("हिन्दी", "hi"), ("हिंदी", "hi"),
                      ("hindi", "hi"), (" HI ", "hi"), ("\u{0905}\u{0902}\u{0917}\u{094D}\u{0930}\u{0947}\u{095B}\u{0940}", "en")])
    func aLanguageIsNamedByCodeEnglishNameOrHindiName(answer: String, code: String) {
        #expect(LanguageNames.code(for: answer, among: ["hi", "en"]) == code)
    }

    @Test func aLanguageTheStoryDoesNotPromiseIsNotChosen() {
        #expect(LanguageNames.code(for: "hindi", among: ["en", "ru"]) == nil)
        #expect(LanguageNames.code(for: "ru", among: ["en", "ru"]) == "ru")
        #expect(LanguageNames.code(for: "", among: ["en"]) == nil)
    }
}
