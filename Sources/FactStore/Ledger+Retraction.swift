import FactLedgerCore
import GRDB

extension Ledger {
    /// The latest versions of articles with a ref or url, optionally of one source (its name,
    /// or the source it is an alias of, matched without regard to case).
    static let latestByRefSQL = """
        SELECT article.id, source.name, article.ref, article.version FROM article
        JOIN source ON source.id = article.source_id
        WHERE (article.ref = ?1 OR article.url = ?1)
          AND (?2 IS NULL OR source.name = ?2 COLLATE NOCASE
            OR EXISTS (SELECT 1 FROM source_alias
              JOIN source AS canonical ON canonical.id = source_alias.canonical_id
              WHERE source_alias.source_id = source.id AND canonical.name = ?2 COLLATE NOCASE))
          AND NOT EXISTS (SELECT 1 FROM superseded_article WHERE article_id = article.id)
        ORDER BY source.name
        """

    /// The ref and source of an article id.
    static let refOfArticleSQL = """
        SELECT article.ref, source.name FROM article JOIN source ON source.id = article.source_id
        WHERE article.id = ?
        """

    /// Withdraws an article from the record, in one transaction: a retraction is added for its
    /// latest version (nothing is deleted), its claims stop counting, and the disputes they took
    /// part in are derived again; those that rested on them close, superseded by the
    /// retraction.
    ///
    /// `ref` is the article's ref (its id, url or `sha256:` digest), its url, or its row id;
    /// `source` narrows it to one outlet.
    public func retract(
        ref: String, source: String?, note: String, by reviewer: String, runID: Int64?,
        deriver: (any DisputeDeriving)?
    ) throws -> RetractionOutcome {
        try writer.write { db in
            let article = try Ledger.latestVersion(ref: ref, source: source, in: db)
            if let existing = try Ledger.retractions(
                db, where: "retraction.article_id = ?", [article.id.databaseValue]
            ).first {
                throw LedgerError.alreadyRetracted(existing)
            }
            var record = RetractionRecord(
                articleID: article.id, note: note, by: reviewer, at: Ledger.timestamp(),
                runID: runID)
            try record.insert(db)
            let stored = try DatabaseHistory(db: db).claims(ofArticle: article.id)
            var changes = DisputeChanges()
            if let deriver {
                let windows = try DatabaseWindows(db)
                changes = try Ledger.derive(
                    claims: stored.map(windows.window), deriver: deriver, runID: runID,
                    write: true, windows: windows, in: db)
            }
            return RetractionOutcome(
                retraction: Retraction(
                    articleID: article.id, source: article.source, ref: article.ref,
                    version: article.version, note: note, by: reviewer, at: record.at),
                claims: stored.count, disputes: changes)
        }
    }

    /// The latest stored version of the article a ref or row id names.
    private static func latestVersion(ref: String, source: String?, in db: Database) throws
        -> (id: Int64, source: String, ref: String, version: Int)
    {
        func find(_ ref: String, _ source: String?) throws -> [(Int64, String, String, Int)] {
            var found: [(Int64, String, String, Int)] = []
            try DirectStatement(db, sql: latestByRefSQL).forEachRow([
                ref.databaseValue, source.databaseValue,
            ]) { handle in
                found.append(
                    (
                        RawColumn.int(handle, 0), RawColumn.text(handle, 1),
                        RawColumn.text(handle, 2), Int(RawColumn.int(handle, 3))
                    ))
            }
            return found
        }
        var found = try find(ref, source)
        if found.isEmpty, let id = Int64(ref) {
            var named: (ref: String, source: String)?
            try DirectStatement(db, sql: refOfArticleSQL).forEachRow([id.databaseValue]) {
                named = (RawColumn.text($0, 0), RawColumn.text($0, 1))
            }
            if let named, source.map({ $0.lowercased() == named.source.lowercased() }) ?? true {
                found = try find(named.ref, named.source)
            }
        }
        guard let first = found.first else {
            throw LedgerError.unknownArticle(ref: ref, source: source)
        }
        guard found.count == 1 else {
            throw LedgerError.ambiguousArticle(ref: ref, sources: found.map(\.1))
        }
        return first
    }

    /// Retractions read with a condition, in the order recorded.
    static func retractions(
        _ db: Database, where condition: String? = nil, _ values: [DatabaseValue] = []
    ) throws -> [Retraction] {
        var sql = RetractionRecord.selectSQL
        if let condition { sql += " WHERE " + condition }
        var found: [Retraction] = []
        try DirectStatement(db, sql: sql + " ORDER BY retraction.id").forEachRow(values) {
            found.append(RetractionRecord.retraction($0))
        }
        return found
    }

    /// The retractions recorded by runs after a run (all of them without one), in the order
    /// recorded.
    public func retractions(afterRun run: Int64?) throws -> [Retraction] {
        try writer.read { db in
            try Ledger.retractions(
                db, where: "COALESCE(retraction.run_id, 0) > ?", [(run ?? -1).databaseValue])
        }
    }

    /// Every retraction, in the order recorded.
    public func retractions() throws -> [Retraction] {
        try writer.read { db in try Ledger.retractions(db) }
    }
}
