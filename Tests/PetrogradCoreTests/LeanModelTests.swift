import Foundation
@testable import PetrogradCore
import Testing

/// How a checked story is kept small: repeated prose kept once, the one outcome of a choice without
/// `chance` kept without an array, a text's languages kept in place, the fields few choices and scenes
/// have kept in a box, and the checks that wait for later scenes made as soon as they can be. None of it
/// may change what the checker finds or what the model says.
struct LeanModelTests {
    /// The address of a text's storage: equal for two texts that share one copy.
    private static func storage(_ text: String) -> UInt {
        var text = text
        return text.withUTF8 { UInt(bitPattern: $0.baseAddress) }
    }

    /// The address of a packed text's bytes: equal for two texts that share one copy.
    private static func storage(_ packed: [UInt8]) -> UInt {
        packed.withUnsafeBufferPointer { UInt(bitPattern: $0.baseAddress) }
    }

    private static func literal(_ template: TextTemplate?, at index: Int = 0) -> String? {
        guard let template, index < template.segments.count, case .literal(let text) = template.segments[index] else { return nil }
        return text
    }

    /// The scenario and its worker, who starts at the gate: how each story here begins.
    private static let opening = """
        format 1
        scenario lean
          en: Lean
          hi: दुबला
          languages en hi
        role worker
          en: Worker
          hi: मज़दूर
          start gate

        """

    /// A last choice, home, and the ending it leads to: how each story here ends.
    private static let closing = """
          choice go
            en: Go home.
            hi: घर जाओ।
            go home
        ending home
          en: Home.
          hi: घर।
        """

    private static let story = opening + """
        world number bread 0 to 10 = 5
        scene gate
          en: The gate, with {bread} loaves of bread left at the gate.
          hi: फाटक पर रोटियाँ बचीं: {bread} रोटियाँ बचीं, फाटक पर।
          choice wait
            en: Wait at the gate a little longer.
            hi: फाटक पर थोड़ी देर और रुको।
            go mill
          choice leave
            en: Wait at the gate a little longer.
            hi: फाटक पर थोड़ी देर और रुको।
            go mill
        scene mill
          en: The mill, with {bread} loaves of bread left at the gate.
          hi: मिल में भी: {bread} रोटियाँ बचीं, फाटक पर।
          if bread > 0
            en: The gate, with {bread} loaves of bread left at the gate.
            hi: फाटक पर रोटियाँ बचीं: {bread} रोटियाँ बचीं, फाटक पर।

        """ + closing

    @Test func proseAStoryRepeatsIsKeptOnce() throws {
        let compilation = Compiler.compile([SourceFile(path: "lean.story", text: Self.story)])
        #expect(!compilation.hasErrors, "\(compilation.diagnostics)")
        let scenario = try #require(compilation.scenario)
        let wait = try #require(scenario.choices.first { $0.id == "wait" }), leave = try #require(scenario.choices.first { $0.id == "leave" })
        for language in ["en", "hi"] {
            let first = try #require(Self.literal(wait.text.template(in: language)))
            let second = try #require(Self.literal(leave.text.template(in: language)))
            #expect(first == second)
            #expect(Self.storage(first) == Self.storage(second), "the '\(language)' text of both choices is one copy")
        }
        // A text of prose and insertions is packed in one array, kept once where it is the same: the gate's
        // text and the mill's passage, in each language. The mill's own text differs, and is an array of its own.
        let gate = scenario.scenes[scenario.sceneIndex("gate")!], mill = scenario.scenes[scenario.sceneIndex("mill")!]
        for language in ["en", "hi"] {
            let gateText = try #require(gate.text.template(in: language)?.packed)
            let passage = try #require(mill.passages.first?.text.template(in: language)?.packed)
            let millText = try #require(mill.text.template(in: language)?.packed)
            #expect(Self.storage(gateText) == Self.storage(passage), "the '\(language)' text and passage are one copy")
            #expect(Self.storage(gateText) != Self.storage(millText))
        }
        // Unpacked, each reads as written.
        #expect(gate.text.template(in: "en")?.segments == [.literal("The gate, with "), .variable(VariableReference(scope: .world, index: 0)),
                                                           .literal(" loaves of bread left at the gate.")])
        #expect(Self.literal(mill.text.template(in: "en"), at: 0) == "The mill, with ")
    }

    /// The bytes of a value: two conditions with the same bytes share their boxes.
    private static func bytes(_ expression: PetrogradCore.Expression) -> [UInt8] {
        withUnsafeBytes(of: expression) { Array($0) }
    }

    @Test func conditionsEffectsAndRolesAStoryRepeatsAreKeptOnce() throws {
        let story = Self.opening + """
            role soldier
              en: Soldier
              hi: सैनिक
              start barracks
            world number bread 0 to 10 = 5
            scene gate
              for worker
              en: The gate.
              hi: फाटक।
              choice wait
                en: Wait.
                hi: रुको।
                only if bread > 2 and bread < 9
                subtract 2 from bread
                go mill
              choice leave
                en: Leave.
                hi: जाओ।
                only if bread > 2 and bread < 8
                subtract 2 from bread
                go home
              choice rest
                en: Rest.
                hi: आराम करो।
                go home
            scene mill
              for worker
              en: The mill.
              hi: मिल।
              go home
              choice go
                en: Go home.
                hi: घर जाओ।
                only if bread > 2 and bread < 9
                go home
            scene barracks
              for soldier
              en: The barracks.
              hi: बैरक।

            """ + Self.closing
        let scenario = try #require(Compiler.compile([SourceFile(path: "lean.story", text: story)]).scenario)
        func guardCondition(_ id: String, in scene: String) throws -> PetrogradCore.Expression {
            try #require(scenario.choices[scenario.choiceIndex(id, inScene: scenario.sceneIndex(scene)!)!].guardCondition)
        }
        let wait = try guardCondition("wait", in: "gate"), leave = try guardCondition("leave", in: "gate")
        let go = try guardCondition("go", in: "mill")
        #expect(wait == go)
        #expect(Self.bytes(wait) == Self.bytes(go), "one condition, written twice, is kept once")
        #expect(wait != leave)
        #expect(Self.bytes(wait) != Self.bytes(leave))
        // The amounts subtracted are shared too, and still read as written.
        guard case .add(_, let first) = scenario.choices[0].effects[0], case .add(_, let second) = scenario.choices[1].effects[0] else {
            Issue.record("subtracting is adding the negated amount")
            return
        }
        #expect(first == .negate(.constant(2)))
        #expect(Self.bytes(first) == Self.bytes(second))
        // And so are whole lists of effects.
        let waitEffects = scenario.choices[0].effects, leaveEffects = scenario.choices[1].effects
        #expect(waitEffects == leaveEffects && waitEffects.count == 1)
        #expect(waitEffects.withUnsafeBufferPointer { $0.baseAddress } == leaveEffects.withUnsafeBufferPointer { $0.baseAddress })
        // Scenes for the same roles share one list of them.
        let gate = scenario.scenes[0].roles, mill = scenario.scenes[1].roles
        #expect(gate == [0] && mill == [0] && scenario.scenes[2].roles == [1])
        #expect(gate.withUnsafeBufferPointer { $0.baseAddress } == mill.withUnsafeBufferPointer { $0.baseAddress })
    }

    /// Only a division can fail as a story runs, so only a division keeps where it is written: the same sum
    /// written in two choices is one list of effects, and two divisions stay two, each with its own place for
    /// the division-by-zero report, also after the cache's round trip.
    @Test func sumsWrittenAlikeAreOneAndEachDivisionKeepsItsPlace() throws {
        let story = Self.opening + """
            world number bread 0 to 10 = 5
            scene gate
              en: The gate.
              hi: फाटक।
              choice bake
                en: Bake.
                hi: सेंको।
                set bread to bread + 1
              choice share
                en: Share.
                hi: बाँटो।
                set bread to bread + 1
              choice halve
                en: Halve.
                hi: आधा करो।
                set bread to bread / 2
              choice split
                en: Split.
                hi: बाँट दो।
                set bread to bread / 2

            """ + Self.closing
        let compilation = Compiler.compile([SourceFile(path: "lean.story", text: story)])
        let scenario = try #require(compilation.scenario, "\(compilation.diagnostics)")
        let gate = try #require(scenario.sceneIndex("gate"))
        func effects(_ id: String) throws -> [Effect] {
            scenario.choices[try #require(scenario.choiceIndex(id, inScene: gate))].effects
        }
        let bake = try effects("bake"), share = try effects("share")
        #expect(bake == share && bake.count == 1)
        #expect(bake.withUnsafeBufferPointer { $0.baseAddress } == share.withUnsafeBufferPointer { $0.baseAddress })
        func divisionPlace(_ effects: [Effect]) -> SourceLocation? {
            guard effects.count == 1, case .set(_, .arithmetic(.divide(let place), _, _)) = effects[0] else { return nil }
            return place
        }
        #expect(divisionPlace(try effects("halve")) == SourceLocation(file: "lean.story", line: 25, column: 24))
        #expect(divisionPlace(try effects("split")) == SourceLocation(file: "lean.story", line: 29, column: 24))
        let key = CompiledScenarioFormat.Key(high: 3, low: 4)
        let bytes = CompiledScenarioFormat.encode(scenario, diagnostics: compilation.diagnostics, key: key)
        let decoded = try #require(CompiledScenarioFormat.decode(bytes, key: key)).scenario
        #expect(decoded.choices.map(\.effects) == scenario.choices.map(\.effects))
    }

    @Test func theInternerFindsEveryTextAgainAfterItGrows() {
        var interner = TextInterner()
        let texts = (0..<5_000).map { "a text long enough to be kept, number \($0)" }
        let kept = texts.map { interner.intern($0) }
        #expect(kept == texts)
        for (index, text) in texts.enumerated() {
            // Made anew, so that only the table can give back the first copy.
            let again = String(decoding: Array(text.utf8), as: UTF8.self)
            #expect(Self.storage(again) != Self.storage(kept[index]))
            #expect(Self.storage(interner.intern(again)) == Self.storage(kept[index]))
            #expect(Self.storage(interner.intern(Array(text.utf8))) == Self.storage(kept[index]))
        }
        // Short texts take no memory of their own, and are given back as they are.
        #expect(interner.intern("Wait.") == "Wait.")
        #expect(interner.intern(Array("रुको".utf8)) == "रुको")
        #expect(interner.intern("") == "")
    }

    @Test func aChoiceWithoutChanceHasOneOutcomeWhereTheChoiceIsWritten() throws {
        let scenario = try #require(Compiler.compile([SourceFile(path: "lean.story", text: Self.story)]).scenario)
        for choice in scenario.choices {
            #expect(choice.outcomes.count == 1)
            let only = try #require(choice.outcomes.first)
            #expect(only == Outcome(percent: nil, text: nil, effects: [], target: nil, location: choice.location))
            #expect(Array(choice.outcomes) == [only])
        }
    }

    @Test func outcomesAreTheSameValueHoweverTheyWereMade() {
        let location = SourceLocation(file: "lean.story", line: 3, column: 10)
        let plain = Outcome(percent: nil, text: nil, effects: [], target: nil, location: location)
        #expect(ChoiceOutcomes([plain]) == ChoiceOutcomes(onlyAt: location))
        #expect(ChoiceOutcomes([plain]).hashValue == ChoiceOutcomes(onlyAt: location).hashValue)
        #expect(ChoiceOutcomes(onlyAt: location) != ChoiceOutcomes(onlyAt: SourceLocation(file: "lean.story", line: 4, column: 10)))

        var outcomes = ChoiceOutcomes(onlyAt: location)
        outcomes[0].target = .ending(0)
        #expect(outcomes.count == 1)
        #expect(outcomes[0].target == .ending(0))
        #expect(outcomes != ChoiceOutcomes(onlyAt: location))
        outcomes[0].target = nil
        #expect(outcomes == ChoiceOutcomes(onlyAt: location))

        let chances = [Outcome(percent: 40, text: nil, effects: [], target: .scene(1), location: location),
                       Outcome(percent: 60, text: nil, effects: [], target: nil, location: location)]
        #expect(Array(ChoiceOutcomes(chances)) == chances)
        #expect(ChoiceOutcomes(chances).map(\.percent) == [40, 60])
        #expect(ChoiceOutcomes([]).isEmpty)
    }

    /// A `go` into a later scene is checked once that scene is read. The waiting checks are made while
    /// scenes are built, a thousand at a time: one that waits past many such rounds is still made once,
    /// and each report is where it was.
    @Test func checksThatWaitForLaterScenesAreEachMadeOnce() throws {
        let scenes = 3_000
        var lines = ScenarioGenerator.scenario(sceneCount: scenes).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        // Scene s is for role r(s % 3); its first choice goes to s + 3, a scene of the same role.
        let leads = [(from: 10, to: 2_900), (from: 100, to: 104), (from: 1_500, to: 1_501), (from: 2_990, to: 2_997)]
        var expected: [String] = []
        for lead in leads {
            let header = try #require(lines.firstIndex(of: "scene s\(lead.from)"))
            let go = try #require(lines[header...].firstIndex(of: "    go s\(lead.from + 3)"))
            lines[go] = "    go s\(lead.to)"
            let role = "r\(lead.from % 3)"
            expected.append("big.story:\(go + 1):8: error: scene 's\(lead.to)' is not for role '\(role)', but this leads a '\(role)' there; add the role to its 'for' line or lead elsewhere")
        }
        for readingAhead in [false, true] {
            var compiler = Compiler(files: [SourceFile(path: "big.story", text: lines.joined(separator: "\n"))])
            compiler.readsScenesAhead = readingAhead
            let errors = compiler.compile().diagnostics.filter { $0.severity == .error }
            #expect(errors.map { "\($0.location): error: \($0.text)" } == expected)
        }
    }

    /// A text in one or two languages keeps them in place, and a text in more in an array: either way it
    /// reads as the entries it was made of, finds each language, and equals a text made the same way.
    @Test func aTextReadsAsTheEntriesItWasMadeOf() {
        let location = SourceLocation(file: "lean.story", line: 4, column: 3)
        let languages = ["en", "hi", "ru", "ur"]
        for count in 0...languages.count {
            let entries = languages.prefix(count).enumerated().map { index, language in
                LocalizedText.Entry(language: language, template: TextTemplate(literal: "text \(index) in \(language)"),
                                    location: SourceLocation(file: "lean.story", line: 5 + index, column: 5))
            }
            let text = LocalizedText(entries: entries, location: location)
            #expect(text.entries == entries)
            #expect(text.isEmpty == (count == 0))
            for (index, language) in languages.enumerated() {
                #expect(text.template(in: language) == (index < count ? entries[index].template : nil), "\(count) entries, '\(language)'")
            }
            #expect(text == LocalizedText(entries: entries, location: location))
            var appended = LocalizedText(entries: [], location: location)
            for entry in entries { appended.append(entry) }
            #expect(appended == text, "a text made entry by entry, as the compiled scenario's reader makes it, is stored alike")
            #expect(text != LocalizedText(entries: entries.reversed(), location: location) || count < 2)
            var changed = LocalizedText(entries: entries + [LocalizedText.Entry(language: "de", template: TextTemplate(literal: "Text"), location: location)],
                                        location: location)
            changed.entries.removeLast()
            #expect(changed == text, "a text brought back to \(count) entries is stored as one made with them")
        }
        #expect(LocalizedText(entries: [], location: location).template(in: "a language no text has") == nil)
    }

    /// The table of language codes gives equal codes one number, and past its room reads every further
    /// code as one it cannot be mistaken for, instead of failing.
    @Test func languageCodesPastTheTablesRoomReadAsOverflow() {
        let codes = LanguageCodes(capacity: 3)
        let numbers = ["en", "hi", "ru"].map { codes.number(of: $0) }
        #expect(Set(numbers).count == 3)
        #expect(numbers.map { codes.code($0) } == ["en", "hi", "ru"])
        #expect(codes.number(of: "hi") == numbers[1])
        #expect(codes.existingNumber(of: "ur") == nil)
        let overflowing = codes.number(of: "ur")
        #expect(!numbers.contains(overflowing))
        #expect(codes.code(overflowing) == LanguageCodes.overflow)
        #expect(codes.existingNumber(of: "ur") == nil)
    }

    /// Fields few choices and scenes have are kept in a box: setting one and clearing it again leaves the
    /// choice or scene stored as one that never had it, and each field reads back what was set.
    @Test func rareFieldsReadBackAndClearAway() throws {
        let compilation = Compiler.compile([SourceFile(path: "lean.story", text: Self.story)])
        let scenario = try #require(compilation.scenario)
        let plainChoice = try #require(scenario.choices.first { $0.id == "wait" })
        let plainScene = scenario.scenes[try #require(scenario.sceneIndex("gate"))]
        let reply = LocalizedText(entries: [LocalizedText.Entry(language: "en", template: TextTemplate(literal: "Done."), location: plainChoice.location)],
                                  location: plainChoice.location)
        let counter = VariableReference(scope: .player, index: 0)

        var choice = plainChoice
        choice.reply = reply
        choice.leading = .call(scene: 1)
        choice.takenCounter = counter
        choice.isDefault = true
        #expect(choice.reply == reply && choice.leading == .call(scene: 1) && choice.takenCounter == counter && choice.isDefault)
        #expect(choice.text == plainChoice.text && choice.id == plainChoice.id)
        #expect(choice != plainChoice)
        choice.reply = nil
        choice.leading = nil
        choice.takenCounter = nil
        #expect(choice != plainChoice, "still the default")
        choice.isDefault = false
        #expect(choice == plainChoice)
        #expect(choice.hashValue == plainChoice.hashValue)

        var scene = plainScene
        scene.note = reply
        scene.source = "Figes, A People's Tragedy"
        scene.routes = [Route(condition: .constant(1), target: .ending(0))]
        scene.leading = .back(plainScene.location)
        scene.visitCounter = counter
        #expect(scene.note == reply && scene.source == "Figes, A People's Tragedy" && scene.routes.count == 1)
        #expect(scene.leading == .back(plainScene.location) && scene.visitCounter == counter)
        (scene.note, scene.source, scene.routes, scene.leading, scene.visitCounter) = (nil, nil, [], nil, nil)
        #expect(scene == plainScene)
        #expect(scene.hashValue == plainScene.hashValue)
    }

    /// What the model's memory counts on: a text's entry, and the choices and scenes a big story holds
    /// hundreds of thousands of, keep the sizes they were brought down to (on a 64-bit machine).
    @Test func theModelsRecordsKeepTheirSizes() {
        #expect(MemoryLayout<LocalizedText.Entry>.stride == 32)
        #expect(MemoryLayout<LocalizedText>.stride <= 80)
        #expect(MemoryLayout<Effect>.stride <= 32)
        #expect(MemoryLayout<Choice>.stride <= 168)
        #expect(MemoryLayout<Scene>.stride <= 192)
    }
}
