import Foundation
import GRDB

/// The rooms kept on the teacher's machine: SQLite through a GRDB `DatabasePool` in WAL mode, with full
/// synchronous commits, so a line the server has acknowledged survives a crash or a power cut. Changes
/// from every room are written in batches (a group commit): whatever arrives while one transaction is
/// being written goes into the next.
public final class RoomStore: Sendable {
    let pool: DatabasePool
    private let committer: GroupCommitter

    /// Opens (or creates) the database at `path`, making its folder if needed.
    public init(path: String) throws {
        let folder = URL(fileURLWithPath: path).deletingLastPathComponent().path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        var configuration = Configuration()
        configuration.prepareDatabase { db in
            try db.execute(sql: "PRAGMA synchronous = FULL")
        }
        pool = try DatabasePool(path: path, configuration: configuration)
        try Self.migrator.migrate(pool)
        committer = GroupCommitter(pool: pool)
    }

    private static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1") { db in
            try db.execute(sql: """
                CREATE TABLE rooms (
                    code TEXT PRIMARY KEY NOT NULL,
                    scenario_id TEXT NOT NULL,
                    scenario_hash TEXT NOT NULL,
                    files TEXT NOT NULL,
                    branches TEXT NOT NULL,
                    seed TEXT NOT NULL,
                    entry TEXT,
                    teacher_key_hash TEXT NOT NULL,
                    created REAL NOT NULL,
                    paused INTEGER NOT NULL DEFAULT 0,
                    timer INTEGER,
                    ended INTEGER NOT NULL DEFAULT 0
                );
                CREATE TABLE seats (
                    room TEXT NOT NULL REFERENCES rooms(code),
                    number INTEGER NOT NULL,
                    name TEXT,
                    role TEXT NOT NULL,
                    token_hash TEXT,
                    "left" INTEGER NOT NULL DEFAULT 0,
                    PRIMARY KEY (room, number)
                );
                CREATE TABLE actions (
                    room TEXT NOT NULL REFERENCES rooms(code),
                    "index" INTEGER NOT NULL,
                    line TEXT NOT NULL,
                    seat INTEGER,
                    seq INTEGER,
                    created REAL NOT NULL,
                    PRIMARY KEY (room, "index")
                );
                """)
        }
        return migrator
    }

    /// Writes changes, returning once they are committed (together with any others waiting).
    func commit(_ changes: [StoreChange]) async throws {
        try await committer.commit(changes)
    }

    /// The database file's path.
    public var path: String { pool.path }

    /// The codes of every stored room, oldest first.
    public func roomCodes() throws -> [String] {
        try pool.read { db in try String.fetchAll(db, sql: "SELECT code FROM rooms ORDER BY created, code") }
    }

    /// A stored room with its seats and log; nil when there is none with this code.
    public func room(_ code: String) throws -> StoredRoom? {
        try pool.read { db -> StoredRoom? in
            guard let row = try Row.fetchOne(db, sql: "SELECT * FROM rooms WHERE code = ?", arguments: [code]) else { return nil }
            let decoder = JSONDecoder()
            let files = try decoder.decode([StoredFile].self, from: Data((row["files"] as String).utf8)).map(\.fileText)
            let branches = try decoder.decode([[StoredFile]].self, from: Data((row["branches"] as String).utf8)).map { $0.map(\.fileText) }
            var room = StoredRoom(code: row["code"], scenarioID: row["scenario_id"], scenarioHash: row["scenario_hash"], files: files,
                                  branches: branches, seed: UInt64(row["seed"] as String) ?? 0, entry: row["entry"],
                                  teacherKeyDigest: row["teacher_key_hash"], created: Date(timeIntervalSince1970: row["created"]),
                                  paused: row["paused"], timer: row["timer"], ended: row["ended"])
            room.seats = try Row.fetchAll(db, sql: "SELECT * FROM seats WHERE room = ? ORDER BY number", arguments: [code]).map { seat in
                StoredRoom.Seat(number: seat["number"], name: seat["name"], role: seat["role"], tokenDigest: seat["token_hash"], left: seat["left"])
            }
            room.log = try Row.fetchAll(db, sql: #"SELECT * FROM actions WHERE room = ? ORDER BY "index""#, arguments: [code]).map { line in
                StoredRoom.Line(index: line["index"], line: line["line"], seat: line["seat"], seq: line["seq"])
            }
            return room
        }
    }

    /// The database's size on disk with its write-ahead log, in bytes.
    public func bytesOnDisk() -> Int {
        [pool.path, pool.path + "-wal"].reduce(0) { total, path in
            total + ((try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0)
        }
    }

    static func apply(_ change: StoreChange, in db: Database) throws {
        switch change {
        case .createRoom(let room):
            let encoder = JSONEncoder()
            encoder.outputFormatting = .sortedKeys
            let files = String(decoding: try encoder.encode(room.files.map(StoredFile.init)), as: UTF8.self)
            let branches = String(decoding: try encoder.encode(room.branches.map { $0.map(StoredFile.init) }), as: UTF8.self)
            try db.execute(sql: """
                INSERT INTO rooms (code, scenario_id, scenario_hash, files, branches, seed, entry, teacher_key_hash, created, paused, timer, ended)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, arguments: [room.code, room.scenarioID, room.scenarioHash, files, branches, String(room.seed), room.entry,
                                 room.teacherKeyDigest, room.created.timeIntervalSince1970, room.paused, room.timer, room.ended])
        case .line(let code, let line):
            try db.execute(sql: #"INSERT INTO actions (room, "index", line, seat, seq, created) VALUES (?, ?, ?, ?, ?, ?)"#,
                           arguments: [code, line.index, line.line, line.seat, line.seq, Date().timeIntervalSince1970])
        case .seat(let code, let seat):
            try db.execute(sql: """
                INSERT INTO seats (room, number, name, role, token_hash, "left") VALUES (?, ?, ?, ?, ?, ?)
                ON CONFLICT (room, number) DO UPDATE SET name = excluded.name, role = excluded.role,
                    token_hash = excluded.token_hash, "left" = excluded."left"
                """, arguments: [code, seat.number, seat.name, seat.role, seat.tokenDigest, seat.left])
        case .roomState(let code, let paused, let timer, let ended):
            try db.execute(sql: "UPDATE rooms SET paused = ?, timer = ?, ended = ? WHERE code = ?", arguments: [paused, timer, ended, code])
        case .teacherKey(let code, let digest):
            try db.execute(sql: "UPDATE rooms SET teacher_key_hash = ? WHERE code = ?", arguments: [digest, code])
        }
    }
}

/// A source file as the rooms table keeps it (JSON).
private struct StoredFile: Codable {
    var path: String
    var text: String

    init(_ file: ServerFrame.FileText) {
        path = file.path
        text = file.text
    }

    var fileText: ServerFrame.FileText { ServerFrame.FileText(path: path, text: text) }
}

/// Writes batches of changes one transaction at a time: changes that arrive while a transaction is being
/// written wait and go together into the next one. Each caller hears back only when its own changes are
/// committed.
actor GroupCommitter {
    private let pool: DatabasePool
    private var waiting: [(changes: [StoreChange], continuation: CheckedContinuation<Void, any Error>)] = []
    private var isWriting = false

    init(pool: DatabasePool) {
        self.pool = pool
    }

    func commit(_ changes: [StoreChange]) async throws {
        try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<Void, any Error>) in
            waiting.append((changes, continuation))
            if !isWriting {
                isWriting = true
                Task { await self.drain() }
            }
        }
    }

    private func drain() async {
        while !waiting.isEmpty {
            let batch = waiting
            waiting = []
            let changes = batch.flatMap(\.changes)
            do {
                try await pool.write { db in
                    for change in changes { try RoomStore.apply(change, in: db) }
                }
                for item in batch { item.continuation.resume() }
            } catch {
                // One caller's bad change must not fail the others': each is tried again on its own.
                for item in batch {
                    let own = item.changes
                    do {
                        try await pool.write { db in
                            for change in own { try RoomStore.apply(change, in: db) }
                        }
                        item.continuation.resume()
                    } catch {
                        item.continuation.resume(throwing: error)
                    }
                }
            }
        }
        isWriting = false
    }
}
