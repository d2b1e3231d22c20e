/// A place in a scenario file: the file's path, and a 1-based line and column (in characters).
public struct SourceLocation: Hashable, Sendable, Comparable, CustomStringConvertible {
    /// The path of the file as it was given to the compiler.
    public var file: String {
        get { SourcePaths.shared.path(fileNumber) }
        set { fileNumber = SourcePaths.shared.number(of: newValue) }
    }
    /// The line, counting from 1.
    public var line: Int {
        get { Int(storedLine) }
        set { storedLine = Int32(clamping: newValue) }
    }
    /// The column, counting characters from 1.
    public var column: Int {
        get { Int(storedColumn) }
        set { storedColumn = Int32(clamping: newValue) }
    }

    /// The file's number in `SourcePaths`: equal numbers are equal paths.
    private(set) var fileNumber: UInt32
    // A checked scenario holds millions of locations: the path's number, and a 32-bit line and column,
    // keep each at 12 bytes. A file with more than two billion lines, or such a long line, is not read anyway.
    private var storedLine: Int32
    private var storedColumn: Int32

    public init(file: String, line: Int, column: Int) {
        self.init(fileNumber: SourcePaths.shared.number(of: file), line: line, column: column)
    }

    /// A location in a file whose number is already known: the lexer makes most locations, all in one file.
    init(fileNumber: UInt32, line: Int, column: Int) {
        self.fileNumber = fileNumber
        storedLine = Int32(clamping: line)
        storedColumn = Int32(clamping: column)
    }

    public var description: String { "\(file):\(line):\(column)" }

    public static func < (lhs: SourceLocation, rhs: SourceLocation) -> Bool {
        if lhs.fileNumber != rhs.fileNumber { return lhs.file < rhs.file }
        return (lhs.storedLine, lhs.storedColumn) < (rhs.storedLine, rhs.storedColumn)
    }
}
