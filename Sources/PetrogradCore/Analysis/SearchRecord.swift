/// What exhaustive search remembers of each state beside its key, in compact arrays indexed by state
/// number: how it was first reached (for shortest paths), its successors (compressed rows: state `i`'s are
/// `edges[edgeStart[i]..<edgeStart[i + 1]]`), whether it is a real decision and whether a problem there is
/// already reported. Traps and the fewest decisions are computed from these once the search is complete.
struct SearchRecord {
    /// The state each state was first reached from; the start has none (`UInt32.max`).
    var parent: [UInt32] = [.max]
    var parentChoice: [UInt32] = [0]
    /// The forced outcome of the step, -1 for none.
    var parentOutcome: [Int32] = [-1]
    var edgeStart: [UInt32] = []
    var edges: [UInt32] = []
    var isDecision: [Bool] = []
    /// A dead end or a failure: no trap is reported through it.
    var explained: [Bool] = []

    var bytes: Int {
        parent.capacity * 4 + parentChoice.capacity * 4 + parentOutcome.capacity * 4 + edgeStart.capacity * 4 + edges.capacity * 4
            + isDecision.capacity + explained.capacity
    }

    /// The shortest list of actions from the start to state `index`.
    func path(to index: Int, _ scenario: Scenario) -> [Action] {
        var actions: [Action] = []
        var current = index
        while current > 0 {
            let outcome = parentOutcome[current]
            actions.append(Action.choose(player: 1, choice: scenario.choices[Int(parentChoice[current])].id, outcome: outcome < 0 ? nil : Int(outcome) + 1))
            current = Int(parent[current])
        }
        return actions.reversed()
    }

    private func successors(of state: Int) -> ArraySlice<UInt32> { edges[Int(edgeStart[state])..<Int(edgeStart[state + 1])] }

    /// 0-1 breadth-first search: a step out of a decision state costs one. Returns the fewest decisions on
    /// any path to an ending and the days of the decisions on that path.
    func fewestDecisions(visited: VisitedStates, layout: ExplorationKeyLayout) -> (decisions: Int, days: Int)? {
        let count = visited.count
        var cost = [UInt32](repeating: .max, count: count)
        var previous = [UInt32](repeating: .max, count: count)
        var deque: [UInt32] = [0]
        var head = 0
        cost[0] = 0
        // Zero-cost steps are followed first (a stack), one-cost steps wait in a queue; a state whose cost
        // improves is visited again, so the result is exact.
        var front: [UInt32] = []
        while head < deque.count || !front.isEmpty {
            let node: Int
            if let last = front.popLast() { node = Int(last) } else { node = Int(deque[head]); head += 1 }
            let step: UInt32 = isDecision[node] ? 1 : 0
            for next in successors(of: node) where cost[node] + step < cost[Int(next)] {
                cost[Int(next)] = cost[node] + step
                previous[Int(next)] = UInt32(node)
                if step == 0 { front.append(next) } else { deque.append(next) }
            }
        }
        var best: Int?
        for index in 0..<count where cost[index] != .max && layout.ending(visited.key(index)) != nil {
            if best.map({ cost[index] < cost[$0] }) ?? true { best = index }
        }
        guard let best else { return nil }
        var days = Set<Int>()
        var node = previous[best]
        while node != .max {
            if isDecision[Int(node)] { days.insert(layout.time(visited.key(Int(node))).dayNumber) }
            node = previous[Int(node)]
        }
        return (Int(cost[best]), days.count)
    }

    /// The states on the way into traps: states from which no ending can be reached, nor a state already
    /// explained (a dead end, a failure). States are taken in the order found, so each is the first of its
    /// trap on a shortest path; the states it leads to, and further states in the same scene, are not
    /// reported again.
    func trapEntries(visited: VisitedStates, layout: ExplorationKeyLayout) -> [(state: Int, scene: Int)] {
        let count = visited.count
        // Backwards from the ends, over the successors turned round.
        var incoming = [UInt32](repeating: 0, count: count + 1)
        for next in edges { incoming[Int(next) + 1] += 1 }
        for index in 0..<count { incoming[index + 1] += incoming[index] }
        var predecessors = [UInt32](repeating: 0, count: edges.count)
        var fill = incoming
        for state in 0..<count {
            for next in successors(of: state) {
                predecessors[Int(fill[Int(next)])] = UInt32(state)
                fill[Int(next)] += 1
            }
        }
        var covered = [Bool](repeating: false, count: count)
        var pending: [Int] = []
        for index in 0..<count where explained[index] || layout.ending(visited.key(index)) != nil {
            covered[index] = true
            pending.append(index)
        }
        while let state = pending.popLast() {
            for previous in predecessors[Int(incoming[state])..<Int(incoming[state + 1])] where !covered[Int(previous)] {
                covered[Int(previous)] = true
                pending.append(Int(previous))
            }
        }
        var reportedScenes = Set<Int>()
        var entries: [(state: Int, scene: Int)] = []
        for index in 0..<count where !covered[index] {
            guard let scene = layout.scene(visited.key(index)) else { continue }
            if reportedScenes.insert(scene).inserted { entries.append((index, scene)) }
            var pending = [index]
            covered[index] = true
            while let state = pending.popLast() {
                for next in successors(of: state) where !covered[Int(next)] {
                    covered[Int(next)] = true
                    pending.append(Int(next))
                }
            }
        }
        return entries
    }
}
