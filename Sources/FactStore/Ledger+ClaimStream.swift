import FactLedgerCore

extension Ledger {
    /// Hands every claim of the timeline (as `claims` lists it: by topic, publication day and
    /// source) to `body` one at a time, as SQLite reads them, so a million claims are never held
    /// in memory at once.
    public func forEachClaim(
        topic: String?, source: String?, kind: ClaimKind?,
        _ body: (TimelineEntry) throws -> Void
    ) throws {
        try writer.read { db in
            try DatabaseHistory(db: db).forEachTimelineEntry(
                topic: topic, source: source, kind: kind, through: nil, body)
        }
    }
}
