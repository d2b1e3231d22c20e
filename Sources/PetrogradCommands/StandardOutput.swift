import Foundation

/// Standard output as a `TextOutputStream`, so commands can print to it or, in tests, to a string.
package struct StandardOutput: TextOutputStream {
    package init() {}

    package mutating func write(_ string: String) {
        FileHandle.standardOutput.write(Data(string.utf8))
    }
}
