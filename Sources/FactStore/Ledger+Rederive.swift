import FactLedgerCore
import GRDB

extension Ledger {
    /// The task a ledger from before disputes waits for: deriving them from its claims.
    static let deriveTask = "derive-disputes"

    /// Whether this ledger's disputes still have to be derived from its claims: it was written
    /// by an older FactLedger, and deriving needs the rules.
    public func needsDerivation() throws -> Bool {
        try writer.read { db in
            try Int.fetchOne(
                db, sql: "SELECT COUNT(*) FROM ledger_task WHERE name = ?",
                arguments: [Ledger.deriveTask]) ?? 0 > 0
        }
    }

    /// Derives every dispute from the claims again, with the rules given, in one transaction.
    ///
    /// Disputes that no rule derives any more are removed, or, when someone reviewed them,
    /// kept and closed as superseded. The flags of a ledger from before disputes are matched
    /// to the disputes derived (the one holding most of a flag's claims under the same rule)
    /// and their reviews attached to it; a reviewed flag with no match is kept as a closed
    /// dispute so no decision is lost.
    public func rederive(deriver: any DisputeDeriving, runID: Int64?) throws -> DisputeChanges {
        try writer.write { db in try Ledger.rederive(deriver: deriver, runID: runID, in: db) }
    }

    /// Derives disputes from the claims again inside the transaction open on `db`, as
    /// `rederive(deriver:runID:)` does: every dispute, or with `sources` only those a claim of
    /// these sources can touch.
    ///
    /// With `sources`, the figures and stance topics those sources have claims about are derived
    /// again whole (so conflicts with other sources and series kept per outlet are too), and the
    /// disputes swept when no longer derived are those holding a claim of these sources: any
    /// other dispute is derived from claims whose derivation did not change, or lies in a region
    /// derived again and is reconciled there.
    static func rederive(
        deriver: any DisputeDeriving, runID: Int64?, sources: [Int64]? = nil, in db: Database
    ) throws -> DisputeChanges {
        let scoped = sources.map { ids in
            (
                condition: " AND claim.source_id IN (SELECT value FROM json_each(?))",
                value: Ledger.jsonList(ids).databaseValue
            )
        }
        var changes = DisputeChanges()
        var derived = Set<String>()
        func run(_ claims: [WindowClaim], _ windows: DatabaseWindows) throws {
            guard !claims.isEmpty else { return }
            for region in try deriver.derive(claims, history: windows) {
                for dispute in region.disputes { derived.insert(dispute.identity) }
                try Ledger.reconcile(
                    region, runID: runID, write: true, changes: &changes, in: db)
            }
        }
        let figures = try Row.fetchAll(
            db,
            sql: """
                SELECT topic, facets, MIN(as_of), MAX(as_of) FROM claim INDEXED BY claim_figures
                WHERE kind = 'numeric'\(scoped == nil ? "" : """
                     AND (topic, facets) IN (SELECT claim.topic, claim.facets FROM claim
                        WHERE claim.kind = 'numeric'\(scoped!.condition))
                    """)
                GROUP BY topic, facets
                """, arguments: StatementArguments(scoped.map { [$0.value] } ?? []))
        for row in figures {
            // A fresh window per figure keeps only one figure's history in memory.
            let windows = try DatabaseWindows(db)
            guard let first = Day(iso: row[2] as String), let last = Day(iso: row[3] as String)
            else { continue }
            try run(
                try windows.figures(
                    topic: row[0], facets: Facets(canonical: row[1]), days: first...last),
                windows)
        }
        let stances = try Row.fetchAll(
            db,
            sql: """
                SELECT topic, actor, MIN(published), MAX(published) FROM claim INDEXED BY claim_stances
                WHERE kind = 'stance'\(scoped == nil ? "" : """
                     AND topic IN (SELECT claim.topic FROM claim
                        WHERE claim.kind = 'stance'\(scoped!.condition))
                    """)
                GROUP BY topic, actor
                """, arguments: StatementArguments(scoped.map { [$0.value] } ?? []))
        for (topic, rows) in Dictionary(grouping: stances, by: { $0[0] as String }) {
            let windows = try DatabaseWindows(db)
            var claims: [WindowClaim] = []
            for row in rows {
                guard let first = Day(iso: row[2] as String),
                    let last = Day(iso: row[3] as String)
                else { continue }
                claims += try windows.stances(
                    topic: topic, actors: [row[1]], days: first...last)
            }
            try run(claims, windows)
        }
        // Disputes no rule derives any more: removed, or closed when reviewed.
        var stale: [(id: Int64, reviewStatus: String, state: String)] = []
        let sweptSQL =
            "SELECT id, identity, review_status, state FROM dispute"
            + (scoped.map {
                """
                 WHERE EXISTS (SELECT 1 FROM dispute_claim JOIN claim ON claim.id = dispute_claim.claim_id
                    WHERE dispute_claim.dispute_id = dispute.id\($0.condition))
                """
            } ?? "")
        try DirectStatement(db, sql: sweptSQL)
            .forEachRow(scoped.map { [$0.value] } ?? []) { handle in
                if !derived.contains(RawColumn.text(handle, 1)) {
                    stale.append(
                        (
                            RawColumn.int(handle, 0), RawColumn.text(handle, 2),
                            RawColumn.text(handle, 3)
                        ))
                }
            }
        for old in stale {
            try Ledger.vanish(
                old.id, reviewStatus: old.reviewStatus, state: old.state, runID: runID,
                write: true, changes: &changes, in: db)
        }
        try Ledger.attachLegacyReviews(runID: runID, in: db)
        try db.execute(
            sql: "DELETE FROM ledger_task WHERE name = ?", arguments: [Ledger.deriveTask])
        return changes
    }

    /// Attaches the reviews of an older FactLedger's flags to the disputes derived from the
    /// same claims, then drops the old tables.
    static func attachLegacyReviews(runID: Int64?, in db: Database) throws {
        guard try db.tableExists("legacy_flag") else { return }
        // The reviewed flags, the one last decided on last: its status is the one kept when
        // several flags meet in one dispute.
        let reviewed = try Row.fetchAll(
            db,
            sql: """
                SELECT legacy_flag.id, legacy_flag.rule_id, legacy_flag.kind, legacy_flag.level,
                    legacy_flag.status, legacy_flag.topic, legacy_flag.actor, legacy_flag.message,
                    legacy_flag.known_on, MAX(legacy_review.id) AS last
                FROM legacy_flag JOIN legacy_review ON legacy_review.flag_id = legacy_flag.id
                GROUP BY legacy_flag.id ORDER BY last
                """)
        for flag in reviewed {
            let flagID: Int64 = flag[0]
            let claims = try Int64.fetchAll(
                db,
                sql: "SELECT claim_id FROM legacy_flag_claim WHERE flag_id = ? ORDER BY position",
                arguments: [flagID])
            let match = try Row.fetchOne(
                db,
                sql: """
                    SELECT dispute.id FROM dispute_claim JOIN dispute ON dispute.id = dispute_claim.dispute_id
                    WHERE dispute.rule_id = ? AND dispute_claim.claim_id IN (SELECT value FROM json_each(?))
                    GROUP BY dispute.id ORDER BY COUNT(*) DESC, dispute.id LIMIT 1
                    """,
                arguments: [flag[1] as String, Ledger.jsonList(claims)]
            ).map { $0[0] as Int64 }
            let disputeID = try match ?? carryOver(flag, claims: claims, runID: runID, in: db)
            try db.execute(
                sql: """
                    INSERT INTO review (dispute_id, action, by, at, note)
                    SELECT ?, action, by, at, note FROM legacy_review WHERE flag_id = ? ORDER BY id
                    """,
                arguments: [disputeID, flagID])
            try db.execute(
                sql: "UPDATE dispute SET review_status = ? WHERE id = ?",
                arguments: [flag[4] as String, disputeID])
        }
        try db.drop(table: "legacy_review")
        try db.drop(table: "legacy_flag_claim")
        try db.drop(table: "legacy_flag")
    }

    /// Keeps a reviewed flag that no rule derives any more as a closed dispute of its own.
    private static func carryOver(_ flag: Row, claims: [Int64], runID: Int64?, in db: Database)
        throws -> Int64
    {
        let flagID: Int64 = flag[0]
        let knownText: String = flag[8]
        guard let known = Day(iso: knownText), let level = Level(rawValue: flag[3] as String)
        else {
            throw LedgerError.badValue(
                table: "legacy_flag", column: "known_on", id: flagID, value: knownText)
        }
        let dispute = Dispute(
            ruleID: flag[1], kind: flag[2], level: level, topic: flag[5],
            scope: flag[6] as String?, article: "flag \(flagID)", episode: .day(known),
            members: claims.enumerated().map { Dispute.Member(claimID: $1, side: $0) },
            message: flag[7],
            explanation: Explanation(compared: [
                "Carried over with its reviews from flag \(flagID) of an older FactLedger; the current rules do not derive it from the claims."
            ]),
            knownOn: known, state: .superseded)
        try DirectStatement(db, sql: DisputeRecord.insertSQL).run(
            DisputeRecord.insertValues(
                dispute, signature: DisputeRecord.signature(dispute), runID: runID))
        let id = db.lastInsertedRowID
        let insert = try DirectStatement(db, sql: DisputeClaimRecord.insertSQL)
        for (position, member) in dispute.members.enumerated() {
            try insert.run([
                id.databaseValue, member.claimID.databaseValue, member.side.databaseValue,
                position.databaseValue,
            ])
        }
        return id
    }
}
