/// How serious a diagnostic is.
public enum Severity: String, Hashable, Sendable, Codable {
    case error
    case warning
    case note
}

/// One problem found in a scenario: where, how serious, what, and notes that point elsewhere.
public struct Diagnostic: Hashable, Sendable {
    /// A related place, such as the first declaration of a duplicated id.
    public struct Note: Hashable, Sendable {
        public var location: SourceLocation
        public var message: String
    }

    public var location: SourceLocation
    public var message: DiagnosticMessage
    public var notes: [Note]

    public init(_ message: DiagnosticMessage, at location: SourceLocation, notes: [Note] = []) {
        self.message = message
        self.location = location
        self.notes = notes
    }

    public var severity: Severity { message.severity }
    public var code: String { message.code }
    public var text: String { message.text }
}

extension Array where Element == Diagnostic {
    /// Diagnostics in the order a reader expects: by file, line and column, then by code.
    public func sortedByLocation() -> [Diagnostic] {
        enumerated().sorted { a, b in
            if a.element.location != b.element.location { return a.element.location < b.element.location }
            return a.offset < b.offset
        }.map(\.element)
    }

    /// Whether any diagnostic is an error.
    public var containsErrors: Bool { contains { $0.severity == .error } }
}
