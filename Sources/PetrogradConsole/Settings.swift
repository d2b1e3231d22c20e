import Foundation

/// What the game remembers between sessions (the player's language), in
/// `$XDG_CONFIG_HOME/petrograd/settings` (or `~/.config/petrograd/settings`): `key=value` lines.
public struct Settings: Equatable, Sendable {
    public var language: String?

    public init(language: String? = nil) {
        self.language = language
    }

    /// The settings file's path.
    public static func path(environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        UserDirectories.configuration(environment: environment) + "/settings"
    }

    /// Reads the settings; a missing or unreadable file gives the defaults.
    public static func load(from path: String) -> Settings {
        guard let data = FileManager.default.contents(atPath: path) else { return Settings() }
        var settings = Settings()
        for line in String(decoding: data, as: UTF8.self).split(separator: "\n") {
            let parts = line.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            if parts.count == 2, parts[0] == "language", ["hi", "en"].contains(parts[1]) { settings.language = parts[1] }
        }
        return settings
    }

    /// Writes the settings atomically; failure only means the choice is not remembered.
    public func save(to path: String) {
        let url = URL(fileURLWithPath: path)
        try? FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        var text = ""
        if let language { text += "language=\(language)\n" }
        try? Data(text.utf8).write(to: url, options: .atomic)
    }
}
