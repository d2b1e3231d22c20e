import PetrogradCore

/// A game whose actions are decided elsewhere: a class game on the teacher's server. A ``GameSession``
/// given one sends this seat's choices to it instead of taking them itself, and moves its copy of the
/// shared game only by the actions the table sends back, in the table's order.
///
/// The console declares it; the classroom's connection implements it (in the commands layer), so the
/// console never knows about the network.
public protocol GameTable: AnyObject {
    /// Sends this seat's choice (a choice id) and waits a little for the table's answer.
    func choose(_ choice: String) -> TableAnswer

    /// What arrived since the last call, in order; waits up to `seconds` when nothing has.
    func arrivals(waitingUpTo seconds: Double) -> [TableArrival]

    /// Leaves the table: closes the connection (the seat stays the student's).
    func close()
}

/// The table's answer to a choice.
public enum TableAnswer: Equatable, Sendable {
    /// Taken as line `index` of the log (counting from 1); the action itself arrives with the others.
    case accepted(index: Int)
    /// Refused; `reason` is one of the protocol's words (`waiting`, `paused`, `unavailable`,
    /// `no-such-choice`, `finished`, `absent`, `ended`) and `message` the server's own words.
    case refused(reason: String, message: String)
    /// Not answered yet (no connection, or a slow one): it is sent again until it is answered.
    case pending
}

/// What came from the table.
public enum TableArrival: Sendable {
    /// The table's game, whole: on joining and on every reconnect. `seat` counts from 1 (nil: watching).
    case game(Game, seat: Int?, paused: Bool, timerSeconds: Int?)
    /// The next line of the shared log (`index` counts from 1).
    case action(index: Int, action: Action)
    /// A choice of this seat that was answered late (after ``TableAnswer/pending``).
    case answered(TableAnswer)
    /// Words from the teacher; `toYou` when sent to this seat alone.
    case said(String, toYou: Bool)
    /// The room was paused or went on, or its decision clock changed.
    case room(paused: Bool, timerSeconds: Int?)
    /// The teacher took this seat out of the class game.
    case kicked
    /// The connection dropped; the table is trying again.
    case connectionLost
    /// A problem the server reported, or one with what it sent; `isFinal` when the table stopped.
    case problem(code: String, message: String, isFinal: Bool)
}
