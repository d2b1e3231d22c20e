import Foundation

/// Where the running program's file is, whichever way it was started.
///
/// `argv[0]` is only what the shell was given: `petrograd` found on PATH is a bare name, which taken as a
/// path names a file in the working folder. Linux's `/proc/self/exe` names the real file; where it cannot
/// be read, a bare name is looked up on PATH as the shell did, and a name with a `/` is taken as a path.
public enum ExecutableLocation {
    /// The running program's file, symbolic links resolved.
    public static func current(
        arguments: [String] = CommandLine.arguments,
        environment: [String: String] = ProcessInfo.processInfo.environment
    ) -> URL {
        if let path = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe"), path.hasPrefix("/") {
            return URL(fileURLWithPath: path).resolvingSymlinksInPath()
        }
        return resolve(arguments.first ?? "", path: environment["PATH"] ?? "")
    }

    /// `name` as the shell finds it: a name with a `/` is a path (relative to the working folder); a bare
    /// name is the first executable file of that name in PATH's folders (an empty entry is the working folder).
    public static func resolve(_ name: String, path: String) -> URL {
        if !name.contains("/") {
            for folder in path.split(separator: ":", omittingEmptySubsequences: false) {
                let candidate = (folder.isEmpty ? "." : String(folder)) + "/" + name
                var isDirectory: ObjCBool = false
                if FileManager.default.fileExists(atPath: candidate, isDirectory: &isDirectory), !isDirectory.boolValue,
                   FileManager.default.isExecutableFile(atPath: candidate) {
                    return URL(fileURLWithPath: candidate).resolvingSymlinksInPath()
                }
            }
        }
        return URL(fileURLWithPath: name).resolvingSymlinksInPath()
    }
}
