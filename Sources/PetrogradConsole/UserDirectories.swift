import Foundation

/// The per-user folders of the XDG base-directory convention: state (saves, history) and configuration
/// (settings), each under a `petrograd` folder.
///
/// `XDG_STATE_HOME` and `XDG_CONFIG_HOME` count only when they are absolute paths, as the XDG specification
/// says; otherwise the folders are under the home folder: `HOME` when it is set to an absolute path, else
/// the home the system's user database gives (so `HOME=""` never means the root of the file system). With
/// neither, there is nowhere to keep the user's files, and ``stateFolder(environment:)`` says so.
public enum UserDirectories {
    /// There is no folder for the user's files: no usable `HOME`, no home in the user database, and no
    /// absolute XDG variable.
    public struct Unavailable: Error, Equatable, CustomStringConvertible {
        /// The XDG variable that would have named the folder.
        public var variable: String

        public var description: String {
            "there is no home folder to keep saves and settings in: HOME is not set to a folder, and the system knows no home for this user; set HOME (or \(variable)) to the absolute path of a folder"
        }
    }

    /// `$XDG_STATE_HOME/petrograd`, or `~/.local/state/petrograd`, or why there is neither.
    public static func stateFolder(environment: [String: String] = ProcessInfo.processInfo.environment) -> Result<String, Unavailable> {
        stateFolder(environment: environment, databaseHome: userDatabaseHome)
    }

    package static func stateFolder(environment: [String: String], databaseHome: () -> String?) -> Result<String, Unavailable> {
        base("XDG_STATE_HOME", fallback: ".local/state", environment, databaseHome).map { $0 + "/petrograd" }
    }

    /// `$XDG_CONFIG_HOME/petrograd`, or `~/.config/petrograd`, or why there is neither.
    public static func configurationFolder(environment: [String: String] = ProcessInfo.processInfo.environment) -> Result<String, Unavailable> {
        configurationFolder(environment: environment, databaseHome: userDatabaseHome)
    }

    package static func configurationFolder(environment: [String: String], databaseHome: () -> String?) -> Result<String, Unavailable> {
        base("XDG_CONFIG_HOME", fallback: ".config", environment, databaseHome).map { $0 + "/petrograd" }
    }

    /// `$XDG_CACHE_HOME/petrograd`, or `~/.cache/petrograd`, or why there is neither: files the program can
    /// always make again (compiled scenarios).
    public static func cacheFolder(environment: [String: String] = ProcessInfo.processInfo.environment) -> Result<String, Unavailable> {
        cacheFolder(environment: environment, databaseHome: userDatabaseHome)
    }

    package static func cacheFolder(environment: [String: String], databaseHome: () -> String?) -> Result<String, Unavailable> {
        base("XDG_CACHE_HOME", fallback: ".cache", environment, databaseHome).map { $0 + "/petrograd" }
    }

    /// The user's home folder: `HOME` when it is an absolute path, else the user database's, else nil.
    public static func home(environment: [String: String] = ProcessInfo.processInfo.environment) -> String? {
        home(environment: environment, databaseHome: userDatabaseHome)
    }

    package static func home(environment: [String: String], databaseHome: () -> String?) -> String? {
        if let home = environment["HOME"], home.hasPrefix("/") { return home }
        guard let home = databaseHome(), home.hasPrefix("/") else { return nil }
        return home
    }

    /// The home folder the user database (`/etc/passwd` or its like) gives the user running the program.
    package static func userDatabaseHome() -> String? {
        guard let entry = getpwuid(getuid()), let directory = entry.pointee.pw_dir else { return nil }
        return String(cString: directory)
    }

    private static func base(_ variable: String, fallback: String, _ environment: [String: String], _ databaseHome: () -> String?) -> Result<String, Unavailable> {
        if let value = environment[variable], value.hasPrefix("/") { return .success(value) }
        guard let home = home(environment: environment, databaseHome: databaseHome) else { return .failure(Unavailable(variable: variable)) }
        return .success((home == "/" ? "" : home) + "/" + fallback)
    }
}
