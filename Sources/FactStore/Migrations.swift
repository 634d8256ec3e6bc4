import GRDB

/// The ledger's schema, built step by step; a merged migration is never edited, only followed.
enum Migrations {
    /// The migrator that brings any older ledger up to the current schema.
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1-ledger") { db in
            try createLedger(db)
        }
        migrator.registerMigration("v2-ordered-history-indexes") { db in
            try orderHistoryIndexes(db)
        }
        migrator.registerMigration("v3-same-day-band-and-stance-indexes") { db in
            try addSameDayBandAndStanceIndexes(db)
        }
        migrator.registerMigration("v4-claims-by-article") { db in
            try indexClaimsByArticle(db)
        }
        return migrator
    }

    private static func createLedger(_ db: Database) throws {
        try db.create(table: "source") { table in
            table.autoIncrementedPrimaryKey("id")
            table.column("name", .text).notNull().unique()
        }
        try db.create(table: "run") { table in
            table.autoIncrementedPrimaryKey("id")
            table.column("command", .text).notNull()
            table.column("started_at", .text).notNull()
            table.column("finished_at", .text)
            table.column("articles_new", .integer).notNull().defaults(to: 0)
            table.column("articles_versioned", .integer).notNull().defaults(to: 0)
            table.column("articles_unchanged", .integer).notNull().defaults(to: 0)
            table.column("articles_rejected", .integer).notNull().defaults(to: 0)
            table.column("claims_added", .integer).notNull().defaults(to: 0)
            table.column("flags_added", .integer).notNull().defaults(to: 0)
        }
        try db.create(table: "article") { table in
            table.autoIncrementedPrimaryKey("id")
            table.column("source_id", .integer).references("source", onDelete: .restrict).notNull()
            table.column("ref", .text).notNull()
            table.column("version", .integer).notNull().check { $0 >= 1 }
            table.column("content_sha256", .text).notNull()
            table.column("published", .text).notNull()
            table.column("url", .text)
            table.column("external_id", .text)
            table.column("title", .text)
            table.column("body", .text).notNull()
            table.column("origin", .text).notNull()
            table.column("ingested_at", .text).notNull()
            table.column("run_id", .integer).references("run", onDelete: .restrict)
            table.uniqueKey(["source_id", "ref", "version"])
        }
        try db.create(index: "article_on_published", on: "article", columns: ["published"])
        try db.create(table: "claim") { table in
            table.autoIncrementedPrimaryKey("id")
            table.column("article_id", .integer).references("article", onDelete: .restrict)
                .notNull()
            table.column("source_id", .integer).notNull().references("source", onDelete: .restrict)
            table.column("published", .text).notNull()
            table.column("kind", .text).notNull().check { ["numeric", "stance"].contains($0) }
            table.column("topic", .text).notNull()
            table.column("facets", .text).notNull().defaults(to: "")
            table.column("actor", .text)
            table.column("speaker", .text)
            table.column("low", .double)
            table.column("high", .double)
            table.column("best", .double)
            table.column("qualifier", .text)
            table.column("polarity", .text)
            table.column("conditions", .text)
            table.column("certainty", .text).notNull()
            table.column("as_of", .text).notNull()
            table.column("quote", .text).notNull()
            table.column("start", .integer).notNull()
            table.column("end", .integer).notNull()
            table.column("rule", .text).notNull()
            table.column("whole_index", .integer)
            table.column("parts_exhaustive", .boolean).notNull().defaults(to: false)
            table.column("run_id", .integer).references("run", onDelete: .restrict)
            table.check(
                sql:
                    "(kind = 'numeric' AND low IS NOT NULL AND qualifier IS NOT NULL) OR (kind = 'stance' AND actor IS NOT NULL AND polarity IS NOT NULL)"
            )
        }
        // History indexes carry the columns rule queries filter on (interval, source, as_of,
        // article, polarity) so the filters run inside the index and only matches are fetched.
        try db.create(
            index: "claim_on_topic", on: "claim",
            columns: [
                "kind", "topic", "facets", "published", "low", "high", "source_id", "as_of",
                "article_id",
            ])
        try db.create(
            index: "claim_on_actor", on: "claim",
            columns: ["kind", "topic", "actor", "published", "polarity", "source_id", "article_id"])
        try db.create(
            index: "claim_on_source", on: "claim",
            columns: ["source_id", "kind", "topic", "facets", "as_of", "published", "article_id"])
        try db.create(
            index: "claim_on_speaker", on: "claim",
            columns: ["kind", "topic", "facets", "speaker", "as_of", "published", "article_id"])
        try db.create(index: "claim_on_published", on: "claim", columns: ["published"])
        try db.create(table: "flag") { table in
            table.autoIncrementedPrimaryKey("id")
            table.column("fingerprint", .text).notNull().unique()
            table.column("rule_id", .text).notNull()
            table.column("kind", .text).notNull()
            table.column("level", .text).notNull()
                .check { ["info", "low", "medium", "high", "critical"].contains($0) }
            table.column("status", .text).notNull().defaults(to: "open")
                .check { ["open", "confirmed", "dismissed", "resolved"].contains($0) }
            table.column("topic", .text).notNull()
            table.column("actor", .text)
            table.column("message", .text).notNull()
            table.column("known_on", .text).notNull()
            table.column("run_id", .integer).references("run", onDelete: .restrict)
        }
        try db.create(index: "flag_on_status", on: "flag", columns: ["status", "level"])
        try db.create(index: "flag_on_known_on", on: "flag", columns: ["known_on"])
        try db.create(table: "flag_claim") { table in
            table.column("flag_id", .integer).references("flag", onDelete: .cascade).notNull()
            table.column("claim_id", .integer).references("claim", onDelete: .restrict).notNull()
            table.column("position", .integer).notNull()
            table.primaryKey(["flag_id", "claim_id"])
        }
        try db.create(index: "flag_claim_on_claim", on: "flag_claim", columns: ["claim_id"])
        try db.create(table: "review") { table in
            table.autoIncrementedPrimaryKey("id")
            table.column("flag_id", .integer).references("flag", onDelete: .restrict).notNull()
            table.column("action", .text).notNull()
                .check { ["confirm", "dismiss", "resolve", "reopen"].contains($0) }
            table.column("by", .text).notNull()
            table.column("at", .text).notNull()
            table.column("note", .text).notNull()
        }
        for table in ["claim", "review"] {
            try db.execute(
                sql: """
                    CREATE TRIGGER \(table)_is_append_only_update BEFORE UPDATE ON \(table)
                    BEGIN SELECT RAISE(ABORT, '\(table) rows are append-only'); END;
                    CREATE TRIGGER \(table)_is_append_only_delete BEFORE DELETE ON \(table)
                    BEGIN SELECT RAISE(ABORT, '\(table) rows are append-only'); END;
                    """)
        }
    }

    /// History indexes whose last column is the one queries order by, so SQLite's implicit
    /// rowid (the claim id) follows it: "the newest claims" and "the claim just before" are then
    /// read straight off the index, without reading and sorting a whole day of claims first.
    /// `claim_on_topic` stays: ordered by `low` within each day and covering every band filter,
    /// it answers disagreement-band queries from the index alone.
    private static func orderHistoryIndexes(_ db: Database) throws {
        for name in ["claim_on_actor", "claim_on_source", "claim_on_speaker"] {
            try db.drop(index: name)
        }
        try db.create(
            index: "claim_on_topic_day", on: "claim",
            columns: ["kind", "topic", "facets", "published"])
        try db.create(
            index: "claim_on_actor_day", on: "claim",
            columns: ["kind", "topic", "actor", "published"])
        try db.create(
            index: "claim_on_source_as_of", on: "claim",
            columns: ["source_id", "kind", "topic", "facets", "as_of", "published"])
        try db.create(
            index: "claim_on_speaker_as_of", on: "claim",
            columns: ["kind", "topic", "facets", "speaker", "as_of", "published"])
        // Reports list open flags level by level, newest known first, and count them by level:
        // both read this index alone, however many flags the ledger holds.
        try db.drop(index: "flag_on_status")
        try db.create(
            index: "flag_on_status_level_known_on", on: "flag",
            columns: ["status", "level", "known_on"])
    }

    /// Cumulative figures (released, killed) are compared only with figures about the same day.
    /// Their band queries fix `as_of`, so `claim_on_topic_as_of` probes the claims about that
    /// day one publication day at a time, by `low`, and covers every other band filter;
    /// `claim_on_topic` would read every claim of each publication day of the window, and for a
    /// growing total nearly every earlier figure lies below the band.
    ///
    /// Stance queries ask for one actor's latest claims of given polarities ("the latest time
    /// Israel opposed a ceasefire"). With the polarity before the day in `claim_on_stance`, each
    /// (actor, polarity) piece is one seek that reads only matching claims newest first; by actor
    /// and day alone, every claim of the other polarity in between was read and skipped. Only
    /// stance claims carry an actor, so the index holds only them.
    private static func addSameDayBandAndStanceIndexes(_ db: Database) throws {
        try db.create(
            index: "claim_on_topic_as_of", on: "claim",
            columns: [
                "kind", "topic", "facets", "as_of", "published", "low", "high", "source_id",
                "article_id",
            ])
        try db.create(
            index: "claim_on_stance", on: "claim",
            columns: ["kind", "topic", "actor", "polarity", "published"],
            condition: Column("actor") != nil)
    }

    /// An article version's claims are read whenever a new version of it is checked or stored
    /// (the figures it edited) and when a stored article is evaluated again: without an index
    /// on `article_id` each of those read the whole claim table, 0.2 s at a million claims.
    /// Claims of one version are inserted together, so the index only ever grows at its end.
    private static func indexClaimsByArticle(_ db: Database) throws {
        try db.create(index: "claim_on_article", on: "claim", columns: ["article_id"])
    }
}
