import Foundation
import PetrogradCore

/// What a transcript says about its game before the first line of play: who played, what, in which
/// language, with which seed, when, and with which version of the program; and the name its file gets.
public struct TranscriptHeader: Sendable {
    public var name: PlayerName
    public var scenario: String
    public var scenarioTitle: String
    public var role: String
    public var roleName: String
    public var language: String
    public var seed: UInt64
    public var started: Date
    public var program: String

    public init(name: PlayerName, scenario: String, scenarioTitle: String, role: String, roleName: String, language: String,
                seed: UInt64, started: Date = Date(), program: String) {
        self.name = name
        self.scenario = scenario
        self.scenarioTitle = scenarioTitle
        self.role = role
        self.roleName = roleName
        self.language = language
        self.seed = seed
        self.started = started
        self.program = program
    }

    /// The header for a game: its first player's role, the scenario's title in the player's language.
    public init(game: Game, name: PlayerName, language: String, started: Date = Date(), program: String) {
        let scenario = game.scenario
        let role = scenario.roles[game.state.players[0].role]
        self.init(name: name, scenario: scenario.id,
                  scenarioTitle: TextRendering.text(scenario.title, language: language, fallback: scenario.languages.first).text,
                  role: role.id, roleName: TextRendering.text(role.name, language: language, fallback: scenario.languages.first).text,
                  language: language, seed: game.seed, started: started, program: program)
    }

    /// The header's lines, labelled in the player's language.
    public func lines(_ vocabulary: Vocabulary) -> [String] {
        let labels = vocabulary.transcriptHeaderLabels
        return [
            "=== \(labels.title): \(scenarioTitle) ===",
            "\(labels.name): \(name)",
            "\(labels.scenario): \(scenario)",
            "\(labels.role): \(roleName) (\(role))",
            "\(labels.language): \(language)",
            "\(labels.seed): \(seed)",
            "\(labels.started): \(Self.timestamp(started))",
            "\(labels.program): petrograd \(program)",
            "",
        ]
    }

    /// `2026-12-03 15:30`, in local time.
    public static func timestamp(_ date: Date) -> String {
        let parts = Calendar(identifier: .gregorian).dateComponents([.year, .month, .day, .hour, .minute], from: date)
        func pad(_ value: Int?) -> String { String(format: "%02d", value ?? 0) }
        return "\(parts.year ?? 0)-\(pad(parts.month))-\(pad(parts.day)) \(pad(parts.hour)):\(pad(parts.minute))"
    }

    /// `2026-12-03-1530-Asha-worker`: the file's name without `.txt`, dated so that a folder of
    /// transcripts sorts by time. Spaces in the name become '-'.
    public var fileBaseName: String {
        let date = Self.timestamp(started).replacingOccurrences(of: " ", with: "-").replacingOccurrences(of: ":", with: "")
        let safeName = name.text.split(whereSeparator: \.isWhitespace).joined(separator: "-")
        let safeRole = role.filter { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-") }
        return [date, safeName, safeRole].filter { !$0.isEmpty }.joined(separator: "-")
    }
}

/// Where automatic transcripts go: `--transcript FOLDER`, `--transcript` alone (the settings' folder,
/// or the standard one), or the settings file's `transcripts=` line.
public enum TranscriptFolder {
    /// The standard folder: `$XDG_STATE_HOME/petrograd/transcripts` (or `~/.local/state/petrograd/transcripts`).
    public static func standard(environment: [String: String] = ProcessInfo.processInfo.environment) -> String? {
        try? UserDirectories.stateFolder(environment: environment).get() + "/transcripts"
    }

    /// The folder for this game, or nil when no automatic transcript is kept. `flag` is the
    /// `--transcript` option's value: nil when absent, empty when given without a folder.
    public static func resolve(flag: String?, setting: String?, standard: @autoclosure () -> String?) -> String? {
        let settingFolder = setting.flatMap { $0.hasPrefix("/") ? $0 : nil }
        if let flag { return flag.isEmpty ? settingFolder ?? standard() : flag }
        switch setting {
        case "on": return standard()
        case let folder? where folder.hasPrefix("/"): return folder
        default: return nil
        }
    }
}
