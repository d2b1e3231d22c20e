/// The codes of the protocol's `error` frame (version 1). A client shows its own words for each, in the
/// student's language; the message beside it is English, for logs and for the teacher.
public enum ProtocolErrorCode: String, Hashable, Sendable, CaseIterable {
    case badFrame = "bad-frame"
    case tooLarge = "too-large"
    case rateLimited = "rate-limited"
    case wrongCode = "wrong-code"
    case badToken = "bad-token"
    case version
    case roomFull = "room-full"
    case noSuchRole = "no-such-role"
    case notTeacher = "not-teacher"
    case badName = "bad-name"
}

/// A frame that could not be taken: the code and the reason in words.
public struct ProtocolError: Error, Hashable, Sendable {
    public var code: ProtocolErrorCode
    public var message: String

    public init(_ code: ProtocolErrorCode, _ message: String) {
        self.code = code
        self.message = message
    }
}

/// Why a `choose` was not taken (the `refused` frame's reason).
public enum RefusalReason: String, Hashable, Sendable, CaseIterable {
    case waiting
    case paused
    case unavailable
    case noSuchChoice = "no-such-choice"
    case finished
    case absent
    case ended
}
