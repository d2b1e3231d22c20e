import Foundation

/// The per-user folders of the XDG base-directory convention: state (saves, history) and configuration
/// (settings), each under a `petrograd` folder.
public enum UserDirectories {
    /// `$XDG_STATE_HOME/petrograd`, or `~/.local/state/petrograd`.
    public static func state(environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        base("XDG_STATE_HOME", fallback: ".local/state", environment) + "/petrograd"
    }

    /// `$XDG_CONFIG_HOME/petrograd`, or `~/.config/petrograd`.
    public static func configuration(environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        base("XDG_CONFIG_HOME", fallback: ".config", environment) + "/petrograd"
    }

    private static func base(_ variable: String, fallback: String, _ environment: [String: String]) -> String {
        if let value = environment[variable], !value.isEmpty { return value }
        return (environment["HOME"] ?? NSHomeDirectory()) + "/" + fallback
    }
}
