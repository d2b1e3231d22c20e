/// Lists kept end to end in one array, each found by where it starts: a graph's successors (or edges) for
/// every scene as two arrays, where an array a scene would cost an allocation a scene (compressed rows).
/// List `i` is `lists[i]`; lists are built one after another, each closed before the next is begun.
struct FlatLists<Element>: RandomAccessCollection {
    private(set) var elements: [Element] = []
    /// Where each list starts in `elements`, and then where the list being built starts.
    private var starts: [Int] = [0]

    init() {}

    var startIndex: Int { 0 }
    var endIndex: Int { starts.count - 1 }

    subscript(list: Int) -> ArraySlice<Element> {
        elements[starts[list]..<starts[list + 1]]
    }

    /// The elements of the list being built.
    var openList: ArraySlice<Element> { elements[starts[starts.count - 1]...] }

    /// Adds an element to the list being built.
    mutating func append(_ element: Element) {
        elements.append(element)
    }

    /// Ends the list being built; the next element begins a new one.
    mutating func closeList() {
        starts.append(elements.count)
    }

    mutating func reserveCapacity(lists: Int, elements count: Int) {
        starts.reserveCapacity(lists + 1)
        elements.reserveCapacity(count)
    }
}

extension FlatLists where Element == Int {
    /// The same graph with every edge turned round: list `i` holds the nodes whose lists hold `i`, in
    /// node order. Counted first, so each list is written in place.
    func reversedEdges() -> FlatLists<Int> {
        var counts = Array(repeating: 0, count: count + 1)
        for target in elements { counts[target + 1] += 1 }
        for node in 0..<count { counts[node + 1] += counts[node] }
        var next = counts
        var reversed = Array(repeating: 0, count: elements.count)
        for node in 0..<count {
            for target in self[node] {
                reversed[next[target]] = node
                next[target] += 1
            }
        }
        var result = FlatLists<Int>()
        result.elements = reversed
        result.starts = counts
        return result
    }
}

extension FlatLists: Sendable where Element: Sendable {}
