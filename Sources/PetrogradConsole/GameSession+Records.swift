import Foundation
import Glibc
import PetrogradCore

/// What a session keeps for a teacher besides the game: the player's name (written into every save),
/// where a finished game is kept, and the header of the game's transcript.
public struct SessionRecords: Sendable {
    public var name: PlayerName?
    public var finishedGames: FinishedGames?
    public var header: TranscriptHeader?
    /// What the player typed, waiting to be written to the transcript before the next line shown.
    var typedLine: String?

    public init(name: PlayerName? = nil, finishedGames: FinishedGames? = nil, header: TranscriptHeader? = nil) {
        self.name = name
        self.finishedGames = finishedGames
        self.header = header
    }
}

/// Records: the name in saves, finished games kept, and transcripts that start on their own and carry
/// on when the same game is continued after a restart.
///
/// A game's transcript is linked to its autosave by a small hidden file beside it
/// (`.autosave.transcript`, holding the transcript's path): continuing the game in that slot appends to
/// the same transcript, with a "continued at …" line, instead of starting a new file.
extension GameSession {
    /// The document this game saves: the game, and the player's name.
    var savedDocument: SaveDocument { document(of: game) }

    /// A game of this session as a save: with the player's name and the folders of its branches.
    func document(of game: Game) -> SaveDocument {
        var document = SaveDocument(game: game, program: program)
        document.name = records.name?.text
        document.branchFolders = branchFolders.isEmpty ? nil : branchFolders
        return document
    }

    /// The hidden file that links the autosave slot to its game's transcript.
    var transcriptLinkPath: String { saves.directory + "/." + autosaveName + ".transcript" }

    /// Sets up the records before play. When `continuing` the slot's game, its transcript (typed or
    /// automatic) carries on; otherwise, with a `transcriptFolder`, a new transcript starts there under a
    /// dated name with the header.
    public func beginRecords(_ records: SessionRecords, transcriptFolder: String?, continuing: Bool) {
        self.records = records
        if continuing, let path = linkedTranscript(), case .success(let opened) = Transcript.open(path) {
            transcript = opened
            record("")
            record(vocabulary.transcriptContinued(at: TranscriptHeader.timestamp(Date())))
            write(vocabulary.transcriptStarted(path))
            return
        }
        forgetTranscriptLink()
        guard let transcriptFolder, let header = records.header else { return }
        if case .failure(let error) = POSIXFileSystem().makeFolders(transcriptFolder) {
            write(vocabulary.problem("the transcript folder \(ControlCharacters.quoted(transcriptFolder)) cannot be made: \(error)"))
            return
        }
        let candidates = FilePlacement.numbered(header.fileBaseName, in: transcriptFolder, suffix: ".txt")
        guard let free = candidates.first(where: { !FileManager.default.fileExists(atPath: $0) }) else { return }
        startTranscript(free)
        if continuing { record(vocabulary.transcriptContinued(at: TranscriptHeader.timestamp(Date()))) }
    }

    /// Starts keeping a transcript in `path` (typed with `transcript FILE`, or automatic): a new or
    /// empty file gets the header first; the autosave is linked to it so it carries on after a restart.
    func startTranscript(_ path: String) {
        switch Transcript.open(path) {
        case .failure(let error):
            write(vocabulary.problem(vocabulary.transcriptProblem(path, englishDescription: error.description, stopped: false)))
        case .success(let opened):
            // The command that opened it is not part of what it keeps.
            records.typedLine = nil
            transcript = opened
            if let header = records.header, case .success(let information) = POSIXFileSystem().status(path), information.st_size == 0 {
                header.lines(vocabulary).forEach(record)
            }
            let absolute = path.hasPrefix("/") ? path : FileManager.default.currentDirectoryPath + "/" + path
            _ = saves.fileSystem.makeFolders(saves.directory)
            _ = AtomicFile(fileSystem: saves.fileSystem).write(Array((absolute + "\n").utf8), to: transcriptLinkPath, target: .regularFileOnly)
            write(vocabulary.transcriptStarted(opened.path))
        }
    }

    /// The transcript the slot's game was keeping, if it is still there.
    func linkedTranscript() -> String? {
        guard case .success(let bytes) = RegularFile.contents(of: transcriptLinkPath, limit: 1 << 16),
              let path = String(validating: bytes, as: UTF8.self)?.trimmingCharacters(in: .newlines),
              path.hasPrefix("/"), !ControlCharacters.contains(in: path),
              case .success(let information) = POSIXFileSystem().status(path), information.st_mode & S_IFMT == S_IFREG else { return nil }
        return path
    }

    /// Unlinks the slot from any transcript: its game is new, or the player stopped the transcript.
    func forgetTranscriptLink() {
        _ = saves.fileSystem.remove(transcriptLinkPath)
    }

    /// Adds the text of the choice the game just took to the typed line the transcript is about to get:
    /// `> 2  (2. Ask Dunya …)`, so a reader need not look back at the menu.
    func nameTakenChoice(_ number: Int, _ text: String) {
        guard let typed = records.typedLine else { return }
        records.typedLine = typed + "  (\(number). \(text))"
    }

    /// Keeps the game among the finished ones when this step brought the player to an ending. Quietly:
    /// the ending is what the player reads now (`petrograd list` shows where it is kept); only a
    /// failure is said.
    func keepIfFinished(_ events: [GameEvent]) {
        guard let finishedGames = records.finishedGames, events.contains(where: { event in
            if case .endingReached(let who, _) = event { return who == player }
            return false
        }) else { return }
        switch finishedGames.keep(savedDocument) {
        case .success(let path): keptFinishedGame = path
        case .failure(let error): write(vocabulary.problem(error.description))
        }
    }
}
