@testable import PetrogradCore
import Testing

/// The checker's lookup tables: keywords found by their bytes, and graphs kept as lists end to end.
struct CheckerTablesTests {
    @Test func everyKeywordIsFoundByItsBytesAndNothingElseIs() {
        let table = WordTable(Parser.statements)
        for word in Parser.statements {
            #expect(table.contains(word))
            #expect(table.contains(Array(word.utf8)[...]))
        }
        for other in ["", "en", "hi", "scen", "scenes", "choicе", "Choice", "format2", String(repeating: "x", count: 200)] {
            #expect(!table.contains(other), "\(other)")
        }
        let headers = WordTable(Parser.headers)
        #expect(Parser.statements.filter { headers.contains($0) }.sorted() == Parser.headers.sorted())
    }

    @Test func listsEndToEndKeepEachListAndTurnRound() {
        // 0 → 1, 2; 1 → 2; 2 → (none); 3 → 0, 3
        var graph = FlatLists<Int>()
        for list in [[1, 2], [2], [], [0, 3]] {
            for node in list { graph.append(node) }
            #expect(Array(graph.openList) == list)
            graph.closeList()
        }
        #expect(graph.count == 4)
        #expect(graph.map(Array.init) == [[1, 2], [2], [], [0, 3]])
        let reversed = graph.reversedEdges()
        #expect(reversed.map(Array.init) == [[3], [0], [0, 1], [3]])
        #expect(SceneGraph.reaching([2], successors: graph) == [true, true, true, true])
        #expect(SceneGraph.reaching([1], successors: graph) == [true, true, false, true])
        let components = SceneGraph.components(graph).map { Array($0).sorted() }.sorted { $0[0] < $1[0] }
        #expect(components == [[0], [1], [2], [3]])
        var cycle = FlatLists<Int>()
        for list in [[1], [2], [0], []] {
            for node in list { cycle.append(node) }
            cycle.closeList()
        }
        #expect(SceneGraph.components(cycle).map { Array($0).sorted() }.sorted { $0[0] < $1[0] } == [[0, 1, 2], [3]])
    }
}
