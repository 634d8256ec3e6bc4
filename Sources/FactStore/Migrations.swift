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
        migrator.registerMigration("v5-disputes") { db in
            try moveToDisputes(db)
        }
        migrator.registerMigration("v6-articles-by-content") { db in
            // The same text from one source is one article wherever it was read from.
            try db.create(
                index: "article_on_content", on: "article",
                columns: ["source_id", "content_sha256"])
        }
        migrator.registerMigration("v7-source-aliases") { db in
            try addSourceAliases(db)
        }
        migrator.registerMigration("v8-retractions-and-run-rules") { db in
            try addRetractions(db)
            // Which rules each run derived its disputes with, so a report can name them.
            try db.alter(table: "run") { table in table.add(column: "rules", .text) }
        }
        return migrator
    }

    /// Spellings of one outlet: each aliased source row names the canonical source its claims
    /// count under. A canonical source is never itself an alias (the ledger keeps the mapping
    /// flat), and a source is an alias of at most one other.
    private static func addSourceAliases(_ db: Database) throws {
        try db.create(table: "source_alias") { table in
            table.primaryKey("source_id", .integer).notNull()
                .references("source", onDelete: .restrict)
            table.column("canonical_id", .integer).notNull()
                .references("source", onDelete: .restrict)
            table.column("added_at", .text).notNull()
            table.check(sql: "source_id <> canonical_id")
        }
        try db.create(
            index: "source_alias_on_canonical", on: "source_alias", columns: ["canonical_id"])
    }

    /// Retractions: one row per article version withdrawn, append-only (the schema refuses
    /// to change or remove one).
    private static func addRetractions(_ db: Database) throws {
        try db.create(table: "retraction") { table in
            table.autoIncrementedPrimaryKey("id")
            table.column("article_id", .integer).notNull().unique()
                .references("article", onDelete: .restrict)
            table.column("note", .text).notNull()
            table.column("by", .text).notNull()
            table.column("at", .text).notNull()
            table.column("run_id", .integer).references("run", onDelete: .restrict)
            table.check(sql: "length(trim(note)) > 0 AND length(trim(by)) > 0")
        }
        for event in ["UPDATE", "DELETE"] {
            try db.execute(
                sql: """
                    CREATE TRIGGER retraction_is_append_only_\(event.lowercased())
                    BEFORE \(event) ON retraction
                    BEGIN SELECT RAISE(ABORT, 'retractions are append-only'); END
                    """)
        }
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

    /// Flags become disputes derived by key from windows of history, and claims say how their
    /// figure adds up over time.
    ///
    /// - `claim.tally` (cumulative, level, event, planned; NULL for claims stored before).
    /// - The rules read whole days of one figure or one actor's stances from two covering
    ///   partial indexes (`claim_figures`, `claim_stances`; `kind` is their last column so
    ///   that the condition on it is answered from the index too); the seven history indexes of
    ///   v1–v3, which served one probe per fresh claim and rule, are dropped: every claim insert
    ///   paid for them.
    /// - `superseded_article`: which article version replaced which, so a window tells live
    ///   claims from replaced ones without reading the article table.
    /// - `dispute`, `dispute_claim` and a `review` log on disputes; `report`, the reports
    ///   written (what "new since the last report" counts from).
    /// - The flags of v1–v4 cannot be re-derived here (that needs the rules): when a ledger
    ///   holds claims, `ledger_task` records that its disputes must be derived, and its old
    ///   flags and reviews wait in `legacy_flag`, `legacy_flag_claim` and `legacy_review` until
    ///   the derivation attaches the reviews to the matching disputes and drops them.
    private static func moveToDisputes(_ db: Database) throws {
        try db.alter(table: "claim") { table in
            table.add(column: "tally", .text)
                .check { ["cumulative", "level", "event", "planned"].contains($0) }
        }
        for name in [
            "claim_on_topic", "claim_on_topic_day", "claim_on_actor_day", "claim_on_source_as_of",
            "claim_on_speaker_as_of", "claim_on_topic_as_of", "claim_on_stance",
        ] {
            try db.drop(index: name)
        }
        try db.create(
            index: "claim_figures", on: "claim",
            columns: [
                "topic", "facets", "as_of", "published", "source_id", "low", "high", "best",
                "qualifier", "certainty", "speaker", "tally", "whole_index", "parts_exhaustive",
                "article_id", "kind",
            ],
            condition: Column("kind") == "numeric")
        try db.create(
            index: "claim_stances", on: "claim",
            columns: [
                "topic", "actor", "published", "as_of", "source_id", "polarity", "certainty",
                "speaker", "article_id", "kind",
            ],
            condition: Column("kind") == "stance")

        try db.create(table: "superseded_article") { table in
            table.primaryKey("article_id", .integer).references("article", onDelete: .restrict)
            table.column("by_article_id", .integer).notNull()
                .references("article", onDelete: .restrict)
        }
        try db.execute(
            sql: """
                INSERT INTO superseded_article (article_id, by_article_id)
                SELECT earlier.id, later.id FROM article AS earlier
                JOIN article AS later ON later.source_id = earlier.source_id
                    AND later.ref = earlier.ref AND later.version = earlier.version + 1
                """)

        let flags = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM flag") ?? 0
        let claims = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM claim") ?? 0
        if flags > 0 {
            try db.rename(table: "flag", to: "legacy_flag")
            try db.rename(table: "flag_claim", to: "legacy_flag_claim")
            try db.rename(table: "review", to: "legacy_review")
        } else {
            try db.drop(table: "review")
            try db.drop(table: "flag_claim")
            try db.drop(table: "flag")
        }

        try db.create(table: "dispute") { table in
            table.autoIncrementedPrimaryKey("id")
            table.column("identity", .text).notNull().unique()
            table.column("rule_id", .text).notNull()
            table.column("kind", .text).notNull()
            table.column("level", .text).notNull()
                .check { ["info", "low", "medium", "high", "critical"].contains($0) }
            table.column("review_status", .text).notNull().defaults(to: "open")
                .check { ["open", "confirmed", "dismissed", "resolved"].contains($0) }
            table.column("state", .text).notNull().defaults(to: "live")
                .check { ["live", "superseded"].contains($0) }
            table.column("superseded_by", .integer).references("article", onDelete: .restrict)
            table.column("topic", .text).notNull()
            table.column("facets", .text).notNull().defaults(to: "")
            table.column("tally", .text)
                .check { ["cumulative", "level", "event", "planned"].contains($0) }
            table.column("scope", .text)
            table.column("article", .text)
            table.column("episode_from", .text).notNull()
            table.column("episode_through", .text).notNull()
            table.column("episode_label", .text).notNull().defaults(to: "")
            table.column("message", .text).notNull()
            table.column("explanation", .text).notNull()
            table.column("known_on", .text).notNull()
            table.column("signature", .integer).notNull()
            table.column("raised_run", .integer).references("run", onDelete: .restrict)
            table.column("changed_run", .integer).references("run", onDelete: .restrict)
            table.check(sql: "superseded_by IS NULL OR state = 'superseded'")
            table.check(sql: "episode_from <= episode_through")
        }
        // Open disputes level by level, newest known first, and their counts, from the index
        // alone; the disputes raised after a run (new since the last report); those an edit
        // superseded.
        try db.create(
            index: "dispute_on_status", on: "dispute",
            columns: ["review_status", "state", "level", "known_on"])
        try db.create(index: "dispute_on_known_on", on: "dispute", columns: ["known_on"])
        try db.create(index: "dispute_on_raised_run", on: "dispute", columns: ["raised_run"])
        try db.create(
            index: "dispute_on_superseded_by", on: "dispute", columns: ["superseded_by"],
            condition: Column("superseded_by") != nil)
        try db.create(table: "dispute_claim", options: [.withoutRowID]) { table in
            table.column("dispute_id", .integer).notNull()
                .references("dispute", onDelete: .cascade)
            table.column("claim_id", .integer).notNull().references("claim", onDelete: .restrict)
            table.column("side", .integer).notNull().check { $0 >= 0 }
            table.column("position", .integer).notNull()
            table.primaryKey(["dispute_id", "claim_id"])
        }
        try db.create(table: "review") { table in
            table.autoIncrementedPrimaryKey("id")
            table.column("dispute_id", .integer).notNull()
                .references("dispute", onDelete: .restrict)
            table.column("action", .text).notNull()
                .check { ["confirm", "dismiss", "resolve", "reopen"].contains($0) }
            table.column("by", .text).notNull()
            table.column("at", .text).notNull()
            table.column("note", .text).notNull()
        }
        try db.create(index: "review_on_dispute", on: "review", columns: ["dispute_id"])
        try db.execute(
            sql: """
                CREATE TRIGGER review_is_append_only_on_disputes_update BEFORE UPDATE ON review
                BEGIN SELECT RAISE(ABORT, 'review rows are append-only'); END;
                CREATE TRIGGER review_is_append_only_on_disputes_delete BEFORE DELETE ON review
                BEGIN SELECT RAISE(ABORT, 'review rows are append-only'); END;
                """)
        try db.create(table: "report") { table in
            table.autoIncrementedPrimaryKey("id")
            table.column("since", .text).notNull()
            table.column("until", .text).notNull()
            table.column("run_id", .integer).references("run", onDelete: .restrict)
            table.column("written_at", .text).notNull()
        }
        try db.create(table: "ledger_task") { table in
            table.primaryKey("name", .text)
        }
        if claims > 0 {
            try db.execute(sql: "INSERT INTO ledger_task (name) VALUES ('derive-disputes')")
        }
    }
}
