import Foundation
import PetrogradCore
import PetrogradPages
import Testing

/// A small bilingual town for the page tests: a strike to chart, an event that goes otherwise when the
/// strike is weak, a scene with a historian's note, two roles and their endings.
enum ReportFixtures {
    static let story = """
        format 2
        scenario town
          hi: छोटा शहर
          en: A small town
          languages hi en
          calendar old
          year 1917
          dates 23 Feb to 26 Feb

        role worker
          hi: मज़दूर
          en: Worker
          start mill

        role soldier
          hi: सैनिक
          en: Soldier
          start barracks

        world number strike 0 to 100 = 20
          hi: हड़ताल का ज़ोर
          en: Strike strength

        scene mill
          for worker
          on 23 Feb, morning
          hi: मिल।
          en: The mill.
          note
            hi: असल में औरतें मिलों से बाहर निकल आईं।
            en: In fact the women walked out of the mills.
          source NCERT, India and the Contemporary World – I
          choice march
            hi: जुलूस में चलो।
            en: March.
            add 40 to strike
            go square
          choice stay
            hi: काम पर रहो।
            en: Stay at work.
            go square

        scene square
          for worker
          on 25 Feb, morning
          hi: चौक।
          en: The square.
          choice home
            hi: घर जाओ।
            en: Go home.
            go home

        scene barracks
          for soldier
          on 23 Feb, evening
          hi: बैरक।
          en: The barracks.
          choice mutiny
            hi: बग़ावत करो।
            en: Mutiny.
            go free
          choice obey
            hi: हुक्म मानो।
            en: Obey.
            go home

        ending home
          hi: घर।
          en: Home.

        ending free
          hi: आज़ाद।
          en: Free.

        event cossacks
          between 24 Feb, morning and 24 Feb, evening
          if strike >= 50
          hi: कोसैक पीछे हटते हैं।
          en: The Cossacks hold back.
          journal
            hi: कोसैकों ने हमला नहीं किया।
            en: The Cossacks would not charge.
          otherwise
            hi: कोसैक भीड़ को खदेड़ते हैं।
            en: The Cossacks charge.
            journal
              hi: कोसैकों ने चौक ख़ाली करा दिए।
              en: The Cossacks cleared the squares.
        """

    static func scenario() throws -> Scenario {
        let compilation = Compiler.compile([SourceFile(path: "town.story", bytes: Array(story.utf8))])
        #expect(compilation.diagnostics.filter { $0.severity == .error }.map(\.text) == [])
        return try #require(compilation.scenario)
    }

    /// A game of the town with these roles and names, after these actions (each must be taken).
    static func game(roles: [Int], names: [String], actions: [Action]) throws -> Game {
        guard case .success(let started) = Game.start(try scenario(), roles: roles, seed: 3, names: names) else {
            Issue.record("the town does not start")
            throw CancellationError()
        }
        var game = started.0
        for action in actions {
            guard case .success = game.perform(action) else {
                Issue.record("\(action) was refused")
                throw CancellationError()
            }
        }
        return game
    }

    /// The repository's `Pages/` folder.
    static let pagesRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Pages").path

    static func pages() throws -> PageLibrary { try PageLibrary(root: pagesRoot) }
}
