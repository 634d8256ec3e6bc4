import FactLedgerCore
import GRDB

extension Ledger {
    /// Derives the disputes the stored articles' claims change (their own claims and those of
    /// the versions they replaced) and makes each region the rules recomputed hold exactly what
    /// they derived; in a dry run (`write` false) only says what would change.
    static func derive(
        _ outcomes: [IngestOutcome], deriver: any DisputeDeriving, runID: Int64?,
        write: Bool = true, windows: DatabaseWindows? = nil, in db: Database
    ) throws -> DisputeChanges {
        let windows = try windows ?? DatabaseWindows(db)
        var changed: [WindowClaim] = []
        for outcome in outcomes where outcome.status != .unchanged {
            let fresh = outcome.claims.map(windows.window)
            if outcome.status == .new, let first = outcome.claims.first {
                windows.registerFirstVersion(
                    ArticleVersions(
                        source: first.source, ref: first.ref,
                        versions: [
                            .init(
                                articleID: outcome.articleID, number: 1,
                                published: first.published, claims: fresh)
                        ]))
            }
            changed += fresh + outcome.replaced.map(windows.window)
        }
        return try derive(
            claims: changed, deriver: deriver, runID: runID, write: write, windows: windows, in: db)
    }

    /// Derives the disputes the given claims take part in and makes each region the rules
    /// recomputed hold exactly what they derived (in a dry run, only says what would change).
    static func derive(
        claims changed: [WindowClaim], deriver: any DisputeDeriving, runID: Int64?, write: Bool,
        windows: DatabaseWindows, in db: Database
    ) throws -> DisputeChanges {
        guard !changed.isEmpty else { return DisputeChanges() }
        var changes = DisputeChanges()
        for region in try deriver.derive(changed, history: windows) {
            try reconcile(region, runID: runID, write: write, changes: &changes, in: db)
        }
        return changes
    }

    /// A stored dispute as a region's reconciliation needs it.
    private struct StoredDispute {
        var id: Int64
        var reviewStatus: String
        var state: String
        var signature: Int64
        var level: String
        var through: String
    }

    /// The stored disputes of a region, by identity.
    static let regionSQL = """
        SELECT id, identity, review_status, state, signature, level, episode_through FROM dispute
        WHERE identity >= ? AND identity < ?
        """

    /// Makes a region hold exactly the disputes derived for it: new ones are inserted, changed
    /// ones rewritten (a dismissed dispute a new claim joins is reopened, with a log entry),
    /// and those no longer derived are removed, or, when someone reviewed them, kept and
    /// closed as superseded.
    static func reconcile(
        _ derived: DerivedRegion, runID: Int64?, write: Bool, changes: inout DisputeChanges,
        in db: Database
    ) throws {
        let region = derived.region
        let upperDay = region.days.map { $0.upperBound.description }
        var lower = region.prefix + (region.days.map { $0.lowerBound.description } ?? "")
        if region.exact, let upperDay {
            lower += Dispute.separator + upperDay + Dispute.separator
        }
        let upper =
            region.exact
            ? lower + "\u{10FFFF}"
            : region.prefix + (upperDay.map { $0 + Dispute.separator } ?? "") + "\u{10FFFF}"
        var stored: [String: StoredDispute] = [:]
        try DirectStatement(db, sql: regionSQL).forEachRow([
            lower.databaseValue, upper.databaseValue,
        ]) { handle in
            let through = RawColumn.text(handle, 6)
            if let upperDay, through > upperDay { return }
            stored[RawColumn.text(handle, 1)] = StoredDispute(
                id: RawColumn.int(handle, 0), reviewStatus: RawColumn.text(handle, 2),
                state: RawColumn.text(handle, 3), signature: RawColumn.int(handle, 4),
                level: RawColumn.text(handle, 5), through: through)
        }
        for dispute in derived.disputes {
            let identity = dispute.identity
            let participants = derived.participants[identity] ?? [:]
            let signature = DisputeRecord.signature(dispute)
            guard let old = stored.removeValue(forKey: identity) else {
                var id: Int64?
                if write {
                    try DirectStatement(db, sql: DisputeRecord.insertSQL).run(
                        DisputeRecord.insertValues(dispute, signature: signature, runID: runID))
                    id = db.lastInsertedRowID
                    try link(dispute, id: id!, in: db)
                }
                changes.entries.append(
                    .init(
                        dispute: dispute, id: id, change: .opened, participants: participants,
                        previousLevel: nil, previousState: nil, reopened: false))
                continue
            }
            guard old.signature != signature else {
                if !write {
                    changes.entries.append(
                        .init(
                            dispute: dispute, id: old.id, change: .unchanged,
                            participants: participants, previousLevel: Level(rawValue: old.level),
                            previousState: Dispute.State(rawValue: old.state), reopened: false))
                }
                continue
            }
            var members: [Int64] = []
            try DirectStatement(db, sql: DisputeClaimRecord.membersSQL).forEachRow([
                old.id.databaseValue
            ]) { handle in members.append(RawColumn.int(handle, 0)) }
            let joined = dispute.members.contains { !members.contains($0.claimID) }
            let reopened = joined && old.reviewStatus == FlagStatus.dismissed.rawValue
            if write {
                try DirectStatement(db, sql: DisputeRecord.updateSQL).run(
                    DisputeRecord.updateValues(
                        dispute, id: old.id, signature: signature, runID: runID))
                if members != dispute.members.map(\.claimID) || joined {
                    try DirectStatement(db, sql: DisputeClaimRecord.deleteSQL).run([
                        old.id.databaseValue
                    ])
                    try link(dispute, id: old.id, in: db)
                }
                if reopened {
                    let claim = dispute.members.first { !members.contains($0.claimID) }!.claimID
                    try reopen(old.id, note: "claim \(claim) joined the dispute", in: db)
                }
            }
            changes.entries.append(
                .init(
                    dispute: dispute, id: old.id, change: .changed, participants: participants,
                    previousLevel: Level(rawValue: old.level),
                    previousState: Dispute.State(rawValue: old.state), reopened: reopened))
        }
        for (_, old) in stored.sorted(by: { $0.value.id < $1.value.id }) {
            try vanish(
                old.id, reviewStatus: old.reviewStatus, state: old.state, runID: runID,
                write: write, changes: &changes, in: db)
        }
    }

    /// A stored dispute the claims no longer give: removed, or, when reviewed, kept and closed
    /// as superseded so its reviews stay with it.
    static func vanish(
        _ id: Int64, reviewStatus: String, state: String, runID: Int64?, write: Bool,
        changes: inout DisputeChanges, in db: Database
    ) throws {
        var reviews = 0
        try DirectStatement(db, sql: "SELECT COUNT(*) FROM review WHERE dispute_id = ?")
            .forEachRow([id.databaseValue]) { reviews = Int(RawColumn.int($0, 0)) }
        guard let flag = try Ledger.flagRows(db, where: "dispute.id = ?", [id.databaseValue]).first
        else { return }
        let kept = reviews > 0 || reviewStatus != FlagStatus.open.rawValue
        // A reviewed dispute already closed stays as it is: nothing changes, nothing to count.
        if kept, state == Dispute.State.superseded.rawValue { return }
        if write {
            if kept {
                if state != Dispute.State.superseded.rawValue {
                    try DirectStatement(
                        db,
                        sql:
                            "UPDATE dispute SET state = 'superseded', superseded_by = NULL, changed_run = ? WHERE id = ?"
                    ).run([runID.databaseValue, id.databaseValue])
                }
            } else {
                try DirectStatement(db, sql: "DELETE FROM dispute WHERE id = ?").run([
                    id.databaseValue
                ])
            }
        }
        var dispute = flag.dispute
        dispute.state = .superseded
        dispute.supersededBy = nil
        changes.entries.append(
            .init(
                dispute: dispute, id: id, change: kept ? .closed : .removed, participants: [:],
                previousLevel: flag.dispute.level, previousState: flag.dispute.state,
                reopened: false))
    }

    /// Links a dispute's members, in order.
    private static func link(_ dispute: Dispute, id: Int64, in db: Database) throws {
        let insert = try DirectStatement(db, sql: DisputeClaimRecord.insertSQL)
        for (position, member) in dispute.members.enumerated() {
            try insert.run([
                id.databaseValue, member.claimID.databaseValue, member.side.databaseValue,
                position.databaseValue,
            ])
        }
    }

    /// Who FactLedger's own review entries are by.
    static let automaticReviewer = "factledger"

    /// Reopens a dismissed dispute a new claim joined, logging why.
    private static func reopen(_ id: Int64, note: String, in db: Database) throws {
        var record = ReviewRecord(
            disputeID: id, action: Review.Action.reopen.rawValue, by: automaticReviewer,
            at: timestamp(), note: note)
        try record.insert(db)
        try db.execute(
            sql: "UPDATE dispute SET review_status = 'open' WHERE id = ?", arguments: [id])
    }
}
