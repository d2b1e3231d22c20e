import GRDB

extension LoadRun {
    /// The bytes a classroom database's pages take (its free pages left out) once its write-ahead log is
    /// folded into it: the size of what was stored, whatever the log's length when the server stopped. Call
    /// it after the server has closed the database. Nil when it cannot be opened.
    public static func storedBytes(ofDatabase path: String) -> Int? {
        guard let queue = try? DatabaseQueue(path: path) else { return nil }
        return try? queue.writeWithoutTransaction { db in
            try db.execute(sql: "PRAGMA wal_checkpoint(TRUNCATE)")
            let pages = try Int.fetchOne(db, sql: "PRAGMA page_count") ?? 0
            let free = try Int.fetchOne(db, sql: "PRAGMA freelist_count") ?? 0
            let size = try Int.fetchOne(db, sql: "PRAGMA page_size") ?? 0
            return (pages - free) * size
        }
    }
}
