import FactLedgerCore
import GRDB

extension Ledger {
    /// The topics of stored claims, by name, with their claims, sources and open disputes.
    public func topics() throws -> [CatalogEntry] {
        try catalog(
            claimsSQL: "SELECT topic, source_id, COUNT(*) FROM claim GROUP BY topic, source_id",
            disputesSQL: """
                SELECT dispute.topic, COUNT(*) FROM dispute WHERE \(Ledger.condition(.open).0)
                GROUP BY dispute.topic
                """)
    }

    /// The actors of stored claims, by name, with their claims, sources and the open disputes
    /// holding a claim about them.
    public func actors() throws -> [CatalogEntry] {
        try catalog(
            claimsSQL: """
                SELECT actor, source_id, COUNT(*) FROM claim WHERE actor IS NOT NULL
                GROUP BY actor, source_id
                """,
            disputesSQL: """
                SELECT claim.actor, COUNT(DISTINCT dispute.id) FROM dispute
                JOIN dispute_claim ON dispute_claim.dispute_id = dispute.id
                JOIN claim ON claim.id = dispute_claim.claim_id
                WHERE \(Ledger.condition(.open).0) AND claim.actor IS NOT NULL
                GROUP BY claim.actor
                """)
    }

    /// Entries from a query of (name, source id, claims) rows and one of (name, open disputes)
    /// rows; sources are counted as their canonical sources.
    private func catalog(claimsSQL: String, disputesSQL: String) throws -> [CatalogEntry] {
        try writer.read { db in
            var canonical: [Int64: Int64] = [:]
            for source in try Ledger.sourceIdentities(in: db) {
                canonical[source.id] = source.canonicalID
            }
            var claims: [String: Int] = [:]
            var sources: [String: Set<Int64>] = [:]
            try DirectStatement(db, sql: claimsSQL).forEachRow([]) { handle in
                let name = RawColumn.text(handle, 0)
                let source = RawColumn.int(handle, 1)
                claims[name, default: 0] += Int(RawColumn.int(handle, 2))
                sources[name, default: []].insert(canonical[source] ?? source)
            }
            var open: [String: Int] = [:]
            try DirectStatement(db, sql: disputesSQL).forEachRow(
                Ledger.condition(.open).1
            ) { handle in
                open[RawColumn.text(handle, 0)] = Int(RawColumn.int(handle, 1))
            }
            return claims.keys.sorted().map { name in
                CatalogEntry(
                    name: name, claims: claims[name] ?? 0, sources: sources[name]?.count ?? 0,
                    openDisputes: open[name] ?? 0)
            }
        }
    }
}
