import Foundation

/// What the game remembers between sessions (the player's language, the last player's name, whether to
/// pause at a full screen) and how it keeps records, in `$XDG_CONFIG_HOME/petrograd/settings` (or
/// `~/.config/petrograd/settings`): `key=value` lines.
///
/// `transcripts=on` keeps a transcript of every game in the standard folder; `transcripts=FOLDER` (an
/// absolute path) keeps them there.
public struct Settings: Equatable, Sendable {
    public var language: String?
    /// The name of the last player at this account, offered (never silently used) at the next start.
    public var name: String?
    /// `on`, or the absolute path of a folder: every game keeps a transcript. Nil or `off`: only when asked.
    public var transcripts: String?
    /// Whether a turn taller than the window pauses (`more=on|off`); nil when never said (it does).
    public var pausesAtFullScreen: Bool?

    public init(language: String? = nil, name: String? = nil, transcripts: String? = nil, pausesAtFullScreen: Bool? = nil) {
        self.language = language
        self.name = name
        self.transcripts = transcripts
        self.pausesAtFullScreen = pausesAtFullScreen
    }

    /// The settings file's path.
    public static func path(environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        // With no home folder, a path where nothing can be created: the choice is simply not remembered.
        ((try? UserDirectories.configurationFolder(environment: environment).get()) ?? "/nonexistent") + "/settings"
    }

    /// Reads the settings; a missing or unreadable file gives the defaults.
    public static func load(from path: String) -> Settings {
        guard case .success(let data) = RegularFile.contents(of: path, limit: 1 << 16) else { return Settings() }
        var settings = Settings()
        for line in String(decoding: data, as: UTF8.self).split(separator: "\n") {
            let parts = line.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            guard parts.count == 2 else { continue }
            switch parts[0] {
            case "language" where isLanguageCode(parts[1]): settings.language = parts[1]
            case "name": settings.name = try? PlayerName.validated(parts[1]).get().text
            case "transcripts" where parts[1] == "on" || parts[1] == "off" || parts[1].hasPrefix("/"): settings.transcripts = parts[1]
            case "more" where parts[1] == "on" || parts[1] == "off": settings.pausesAtFullScreen = parts[1] == "on"
            default: break
            }
        }
        return settings
    }

    /// Whether a remembered language looks like a code a scenario can promise (`hi`, `en`, `pt-BR`):
    /// ASCII letters, digits and hyphens. Anything else in the file is ignored.
    static func isLanguageCode(_ text: String) -> Bool {
        (2...16).contains(text.count) && text.unicodeScalars.allSatisfy { $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "-") }
    }

    /// Writes the settings atomically; failure only means the choice is not remembered. A settings file
    /// that is a link (as dotfile managers make) is written through, so the link stays.
    public func save(to path: String, fileSystem: any FileSystem = POSIXFileSystem()) {
        _ = fileSystem.makeFolders(FilePath.folder(of: path))
        var text = ""
        if let language { text += "language=\(language)\n" }
        if let name { text += "name=\(name)\n" }
        if let transcripts { text += "transcripts=\(transcripts)\n" }
        if let pausesAtFullScreen { text += "more=\(pausesAtFullScreen ? "on" : "off")\n" }
        _ = AtomicFile(fileSystem: fileSystem).write(Array(text.utf8), to: path, target: .anyFile)
    }
}
