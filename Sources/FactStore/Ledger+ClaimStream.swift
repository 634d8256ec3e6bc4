import FactLedgerCore

extension Ledger {
    /// Hands every claim of the timeline (as `claims` lists it: by topic, publication day and
    /// source) to `body` one at a time, as SQLite reads them.
    ///
    /// Putting a million claims in timeline order is one sort inside SQLite; on this connection
    /// the sort spills to a temporary file (`temp_store = FILE`) rather than memory, so the
    /// export stays within the page cache's 64 MB however large the ledger. The query is one
    /// statement, so it reads one consistent snapshot without an explicit transaction (which
    /// would forbid changing `temp_store`).
    public func forEachClaim(_ filter: ClaimFilter, _ body: (TimelineEntry) throws -> Void)
        throws
    {
        try writer.unsafeRead { db in
            try db.execute(sql: "PRAGMA temp_store = FILE")
            defer { try? db.execute(sql: "PRAGMA temp_store = MEMORY") }
            try DatabaseHistory(db: db).forEachTimelineEntry(filter, body)
        }
    }
}
