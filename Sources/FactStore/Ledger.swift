import FactLedgerCore
import Foundation
import GRDB

/// The SQLite ledger: sources, versioned articles, append-only claims, the disputes derived
/// from them, the review log, reports and runs.
///
/// Every write method is one transaction that leaves the ledger consistent; an error rolls the
/// whole of it back.
public final class Ledger: Sendable {
    let writer: any DatabaseWriter
    /// Where the ledger lives, or `:memory:`.
    public let path: String

    /// Opens (creating when absent) the ledger file at `path`.
    ///
    /// A file that is not SQLite, an SQLite file of another program, or a ledger from a newer
    /// FactLedger is refused and left untouched. With `pooled` (the default) readers run beside
    /// the writer; without it the ledger is one connection that writes nothing on opening, which
    /// is what `check` needs to leave the file byte for byte as it was.
    public init(path: String, pooled: Bool = true) throws {
        self.path = path
        var configuration = Ledger.configuration
        configuration.label = "factledger"
        if !pooled {
            // The single connection `check` uses reads scattered index pages of a large ledger:
            // mapped, they are read in place instead of copied in by a system call each.
            configuration.prepareDatabase { db in
                try db.execute(sql: "PRAGMA mmap_size = \(Ledger.mappedBytes)")
            }
        }
        // Processes that open a new ledger at the same moment race to create it: they take
        // turns under a lock beside the file, and as switching to WAL and migrating can still
        // report "locked" without waiting (another program may hold the file), opening is
        // retried.
        let lock = OpeningLock(path: path)
        defer { lock.release() }
        let deadline = Date().addingTimeInterval(30)
        while true {
            do {
                try Ledger.inspectBeforeOpening(path: path)
                let writer: any DatabaseWriter =
                    pooled
                    ? try DatabasePool(path: path, configuration: configuration)
                    : try DatabaseQueue(path: path, configuration: configuration)
                try Ledger.migrate(writer, path: path)
                self.writer = writer
                return
            } catch let error as DatabaseError
                where (error.resultCode == .SQLITE_BUSY || error.resultCode == .SQLITE_LOCKED)
                && Date() < deadline
            {
                Thread.sleep(forTimeInterval: 0.05)
            } catch let error as DatabaseError {
                throw Ledger.openingError(path: path, error)
            }
        }
    }

    private init(writer: any DatabaseWriter, path: String) throws {
        self.writer = writer
        self.path = path
        try Ledger.migrate(writer, path: path)
    }

    /// A ledger in memory, for tests and dry runs of rules.
    public static func inMemory() throws -> Ledger {
        try Ledger(writer: DatabaseQueue(configuration: configuration), path: ":memory:")
    }

    /// How much of a ledger file the `check` connection maps into memory.
    static let mappedBytes = 1 << 32

    private static var configuration: Configuration {
        var configuration = Configuration()
        configuration.busyMode = .timeout(30)
        configuration.foreignKeysEnabled = true
        configuration.prepareDatabase { db in
            // In WAL mode NORMAL keeps every commit atomic and the file consistent after a crash;
            // only the last commits before a power cut may be lost.
            try db.execute(sql: "PRAGMA synchronous = NORMAL")
            // A 64 MB page cache keeps a batch's pages and the recent end of every history
            // index in memory; it bounds the ledger's share of the process's memory.
            try db.execute(sql: "PRAGMA cache_size = -65536")
            // A savepoint (a batch redone article by article after one failed) keeps the
            // original of every page it changes until it is released: in memory that is a copy,
            // in a temporary file it was two system calls per page.
            try db.execute(sql: "PRAGMA temp_store = MEMORY")
            try db.execute(sql: "PRAGMA wal_autocheckpoint = 16384")
        }
        return configuration
    }

    /// Brings the schema up to date; database errors are left to the caller (opening retries
    /// on "locked").
    private static func migrate(_ writer: any DatabaseWriter, path: String) throws {
        let migrator = Migrations.migrator
        // Read first: a ledger that is up to date is not written to at all.
        let (superseded, complete) = try writer.read { db in
            (try migrator.hasBeenSuperseded(db), try migrator.hasCompletedMigrations(db))
        }
        if superseded { throw LedgerError.newerSchema(path: path) }
        guard !complete else { return }
        let deadline = Date().addingTimeInterval(30)
        while true {
            do {
                try migrator.migrate(writer)
                return
            } catch {
                // Another process may have migrated the same new ledger first.
                if try writer.read({ try migrator.hasCompletedMigrations($0) }) { return }
                // Or be migrating it now: its migrations commit one by one, and one of them
                // committed between this process's look at what was applied and its own try.
                // Trying again starts past the ones it finished.
                guard Ledger.isConcurrentMigration(error), Date() < deadline else { throw error }
                Thread.sleep(forTimeInterval: 0.05)
            }
        }
    }

    /// Whether a migration failed because another process migrated the same ledger at the same
    /// time: a table it creates already exists, a column it adds is already there, or the
    /// database was busy.
    private static func isConcurrentMigration(_ error: any Error) -> Bool {
        guard let error = error as? DatabaseError else { return false }
        let message = error.message ?? ""
        return error.resultCode == .SQLITE_BUSY || error.resultCode == .SQLITE_LOCKED
            || (error.resultCode == .SQLITE_ERROR
                && (message.contains("already exists") || message.contains("duplicate column")))
    }

    /// Refuses files that are not FactLedger ledgers without writing to them.
    private static func inspectBeforeOpening(path: String) throws {
        let manager = FileManager.default
        var isDirectory: ObjCBool = false
        guard manager.fileExists(atPath: path, isDirectory: &isDirectory) else { return }
        if isDirectory.boolValue {
            throw LedgerError.cannotOpen(path: path, reason: "it is a directory")
        }
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw LedgerError.cannotOpen(path: path, reason: "the file cannot be read")
        }
        let header = (try? handle.read(upToCount: 16)) ?? Data()
        try? handle.close()
        if header.isEmpty { return }
        guard header == Data("SQLite format 3\0".utf8) else {
            throw LedgerError.notSQLite(path: path)
        }
        var configuration = Configuration()
        configuration.readonly = true
        // Another process may be writing it: wait for its lock as the ledger's connections do.
        configuration.busyMode = .timeout(30)
        let tables: [String]
        do {
            let queue = try DatabaseQueue(path: path, configuration: configuration)
            tables = try queue.read { db in
                try String.fetchAll(
                    db,
                    sql:
                        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
                )
            }
            try queue.close()
        } catch let error as DatabaseError
            where error.resultCode != .SQLITE_BUSY && error.resultCode != .SQLITE_LOCKED
        {
            // "Locked" goes back to the opening loop, which tries again.
            throw openingError(path: path, error)
        }
        if !tables.isEmpty, !tables.contains("grdb_migrations") {
            throw LedgerError.foreignDatabase(path: path)
        }
    }

    private static func openingError(path: String, _ error: DatabaseError) -> LedgerError {
        switch error.resultCode {
        case .SQLITE_READONLY, .SQLITE_CANTOPEN, .SQLITE_PERM:
            return .readOnly(path: path, reason: error.message ?? "\(error.resultCode)")
        case .SQLITE_NOTADB:
            return .notSQLite(path: path)
        default:
            return .cannotOpen(path: path, reason: error.message ?? "\(error.resultCode)")
        }
    }

    // MARK: - Runs

    /// Records the start of a command that writes to the ledger, and the rules it derives
    /// disputes with, and returns its run id.
    public func beginRun(command: String, rules: String? = nil) throws -> Int64 {
        try writer.write { db in
            var run = RunRecord(command: command, startedAt: Ledger.timestamp(), rules: rules)
            try run.insert(db)
            return run.id!
        }
    }

    /// Records the end of a run with its counts.
    public func finishRun(_ id: Int64, summary: RunSummary) throws {
        try writer.write { db in
            try db.execute(
                sql: """
                    UPDATE run SET finished_at = ?, articles_new = ?, articles_versioned = ?,
                        articles_unchanged = ?, articles_rejected = ?, claims_added = ?, flags_added = ?
                    WHERE id = ?
                    """,
                arguments: [
                    Ledger.timestamp(), summary.new, summary.newVersions, summary.unchanged,
                    summary.rejected, summary.claimsAdded, summary.flagsAdded, id,
                ])
        }
    }

    // MARK: - Ingest

    /// Stores one article with its claims and derives the disputes they change, as one
    /// transaction.
    ///
    /// The same content as the latest stored version is a no-op; a changed text for the same
    /// source and ref becomes the next version, the earlier ones kept.
    public func ingest(
        _ article: Article, claims: [Claim], runID: Int64?, deriver: (any DisputeDeriving)? = nil
    ) throws -> IngestOutcome {
        let outcome = try ingest(
            batch: [(article, claims)], runID: runID, deriver: deriver, isolating: false)
        return try outcome.results[0].get()
    }

    /// Stores several articles in one transaction, then derives the disputes their claims
    /// change, by key, from windows of history read once for the whole batch.
    ///
    /// An article whose storing fails is left out alone and its error returned in its place;
    /// the others commit together. The batch is first stored straight through; only when one
    /// of its articles fails is that transaction rolled back and the batch stored again with
    /// each article in its own savepoint (a savepoint copies every page an article changes,
    /// which costs more than storing it). Deriving runs once, after the articles are stored;
    /// when it fails the batch stores nothing.
    public func ingest(
        batch: [(article: Article, claims: [Claim])], runID: Int64?,
        deriver: (any DisputeDeriving)? = nil
    ) throws -> BatchOutcome {
        try ingest(batch: batch, runID: runID, deriver: deriver, isolating: true)
    }

    private func ingest(
        batch: [(article: Article, claims: [Claim])], runID: Int64?,
        deriver: (any DisputeDeriving)?, isolating: Bool
    ) throws -> BatchOutcome {
        try writer.writeWithoutTransaction { db in
            var results: [Result<IngestOutcome, any Error>] = []
            var changes = DisputeChanges()
            results.reserveCapacity(batch.count)
            func finish() throws {
                let stored = results.compactMap { try? $0.get() }
                if let deriver {
                    changes = try Ledger.derive(stored, deriver: deriver, runID: runID, in: db)
                }
            }
            do {
                try db.inTransaction {
                    for item in batch {
                        results.append(
                            .success(
                                try Ledger.store(
                                    item.article, claims: item.claims, runID: runID, in: db)))
                    }
                    try finish()
                    return .commit
                }
                return BatchOutcome(results: results, disputes: changes)
            } catch {
                guard isolating else { throw error }
                results.removeAll(keepingCapacity: true)
            }
            try db.inTransaction {
                for item in batch {
                    do {
                        var outcome: IngestOutcome?
                        try db.inSavepoint {
                            outcome = try Ledger.store(
                                item.article, claims: item.claims, runID: runID, in: db)
                            return .commit
                        }
                        results.append(.success(outcome!))
                    } catch {
                        results.append(.failure(error))
                    }
                }
                try finish()
                return .commit
            }
            return BatchOutcome(results: results, disputes: changes)
        }
    }

    /// Runs exactly what `ingest` would do inside a transaction that is rolled back: stores
    /// the article, derives what its claims change without writing it, and lets `inspect` read
    /// the ledger as it would be. The ledger is unchanged afterwards.
    public func dryRun<T>(
        _ article: Article, claims: [Claim], deriver: (any DisputeDeriving)? = nil,
        inspect: (IngestOutcome, DisputeChanges, any DisputeHistory & LedgerReading) throws -> T
    ) throws -> T {
        try writer.writeWithoutTransaction { db in
            var value: T?
            try db.inTransaction {
                let outcome = try Ledger.store(article, claims: claims, runID: nil, in: db)
                let windows = try DatabaseWindows(db)
                let changes =
                    try deriver.map {
                        try Ledger.derive(
                            [outcome], deriver: $0, runID: nil, write: false, windows: windows,
                            in: db)
                    } ?? DisputeChanges()
                value = try inspect(outcome, changes, LedgerView(windows: windows))
                return .rollback
            }
            return value!
        }
    }

    /// Stores one article version and its claims; when it is a new version, records that it
    /// replaced the one before.
    static func store(_ article: Article, claims: [Claim], runID: Int64?, in db: Database) throws
        -> IngestOutcome
    {
        let (sourceID, countsAs) = try sourceID(named: article.source, in: db)
        let hash = ContentHash.hex(article.body.utf8)
        let ref = article.ref(contentHash: hash)
        // Without an id or url, the same text from the same source is one article wherever it
        // was read from (moved to an archive, read from another working folder); with one, the
        // same text as any version of that article.
        var same: (id: Int64, version: Int)?
        let sameSQL =
            article.externalID == nil && article.url == nil
            ? ArticleRecord.sameContentSQL : ArticleRecord.sameVersionSQL
        let sameArguments =
            article.externalID == nil && article.url == nil
            ? [sourceID.databaseValue, hash.databaseValue]
            : [sourceID.databaseValue, ref.databaseValue, hash.databaseValue]
        try DirectStatement(db, sql: sameSQL).forEachRow(sameArguments) { handle in
            same = (RawColumn.int(handle, 0), Int(RawColumn.int(handle, 1)))
        }
        if let same {
            return IngestOutcome(
                status: .unchanged, articleID: same.id, version: same.version, claims: [],
                replaced: [])
        }
        // Only the columns the decision needs: the stored body is never read back here.
        var latest: (id: Int64, version: Int, hash: String)?
        try DirectStatement(db, sql: ArticleRecord.latestSQL).forEachRow([
            sourceID.databaseValue, ref.databaseValue,
        ]) { handle in
            latest = (
                RawColumn.int(handle, 0), Int(RawColumn.int(handle, 1)), RawColumn.text(handle, 2)
            )
        }
        let version = (latest?.version ?? 0) + 1
        try DirectStatement(db, sql: ArticleRecord.insertSQL).run(
            ArticleRecord.insertValues(
                article, ref: ref, sourceID: sourceID, version: version, contentSHA256: hash,
                ingestedAt: timestamp(), runID: runID))
        let articleID = db.lastInsertedRowID
        var replaced: [StoredClaim] = []
        if let latest {
            try DirectStatement(
                db, sql: "INSERT INTO superseded_article (article_id, by_article_id) VALUES (?, ?)"
            ).run([latest.id.databaseValue, articleID.databaseValue])
            replaced = try DatabaseHistory(db: db).claims(ofArticle: latest.id)
        }

        let insert = try DirectStatement(db, sql: ClaimRecord.insertSQL)
        let published = article.published.description
        var stored: [StoredClaim] = []
        stored.reserveCapacity(claims.count)
        for claim in claims {
            try insert.run(
                ClaimRecord.insertValues(
                    claim, articleID: articleID, sourceID: sourceID, published: published,
                    runID: runID))
            stored.append(
                StoredClaim(
                    id: db.lastInsertedRowID, articleID: articleID, source: countsAs,
                    published: article.published, ref: ref, url: article.url,
                    version: version, claim: claim))
        }
        return IngestOutcome(
            status: latest == nil ? .new : .newVersion, articleID: articleID,
            version: version, claims: stored, replaced: replaced)
    }

    /// The source row of a spelling, made when new, and the name its claims count under (the
    /// canonical source's when the spelling is an alias).
    private static func sourceID(named name: String, in db: Database) throws -> (Int64, String) {
        var found: (Int64, String)?
        try DirectStatement(db, sql: sourceByNameSQL).forEachRow([name.databaseValue]) {
            found = (RawColumn.int($0, 0), RawColumn.text($0, 1))
        }
        if let found { return found }
        var source = SourceRecord(name: name)
        try source.insert(db)
        return (source.id!, name)
    }

    /// A source by its exact name, with the name it counts under.
    static let sourceByNameSQL = """
        SELECT source.id, canonical.name FROM source
        JOIN source AS canonical ON canonical.id = \(SourceAliasRecord.canonicalID(of: "source.id"))
        WHERE source.name = ?
        """

    /// Ids as a JSON array, bound to one parameter and read with `json_each` (one statement for any count).
    static func jsonList(_ ids: [Int64]) -> String {
        "[" + ids.map(String.init).joined(separator: ",") + "]"
    }

    /// The current time as an ISO 8601 timestamp in UTC.
    static func timestamp() -> String {
        let seconds = Int(Date().timeIntervalSince1970.rounded(.down))
        let day = Day(ordinal: seconds >= 0 ? seconds / 86_400 : (seconds - 86_399) / 86_400)
        let rest = seconds - day.ordinal * 86_400
        func pad(_ value: Int) -> String { value < 10 ? "0\(value)" : String(value) }
        return "\(day)T\(pad(rest / 3600)):\(pad(rest % 3600 / 60)):\(pad(rest % 60))Z"
    }

    // MARK: - Reading

    /// Runs a read-only block against a consistent snapshot of the ledger.
    public func read<T: Sendable>(_ body: @Sendable (any LedgerReading) throws -> T) throws -> T {
        try writer.read { db in try body(DatabaseHistory(db: db)) }
    }
}
