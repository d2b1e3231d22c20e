/// Where a room's frames for one connection go: a buffered stream that the connection's writer reads and
/// sends. The room never waits on a connection; a client too slow to read a buffer's worth is closed (it
/// comes back with its token and its welcome carries everything it missed).
public final class Outbox: Sendable, Hashable {
    /// How many frames may wait for a slow reader before its connection is closed.
    static let capacity = 2048

    public let frames: AsyncStream<(frame: ServerFrame, text: String)>
    private let continuation: AsyncStream<(frame: ServerFrame, text: String)>.Continuation

    public init() {
        (frames, continuation) = AsyncStream.makeStream(of: (frame: ServerFrame, text: String).self, bufferingPolicy: .bufferingOldest(Self.capacity))
    }

    /// Queues a frame; a full buffer closes the connection.
    func send(_ frame: ServerFrame, text: String? = nil) {
        if case .dropped = continuation.yield((frame, text ?? frame.text)) { continuation.finish() }
    }

    /// Ends the stream: the writer sends what is queued and then closes the connection.
    func close() {
        continuation.finish()
    }

    public static func == (left: Outbox, right: Outbox) -> Bool { left === right }
    public func hash(into hasher: inout Hasher) { hasher.combine(ObjectIdentifier(self)) }
}
