extension Room {
    /// The last `choose` sequence number a seat used: a browser seat that connects again numbers its next
    /// choice after it (a terminal client keeps the number in its seat file instead).
    func lastSequence(ofSeat seat: Int) -> Int {
        seatStates.indices.contains(seat - 1) ? seatStates[seat - 1].lastSeq : 0
    }
}
