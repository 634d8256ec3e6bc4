import FactLedgerCore
import GRDB

extension Ledger {
    /// Flags a filter takes, most severe first, then newest known, each with the distinct
    /// sources of its claims: what a listing needs, read without loading the claims.
    public func flagSummaries(_ filter: FlagFilter) throws -> [FlagSummary] {
        try writer.read { db in
            let condition = filter.condition
            let flags = try Ledger.flagRows(
                db, where: condition?.0, condition?.1 ?? [], order: Ledger.severityOrder,
                limit: filter.limit, offset: filter.offset)
            guard !flags.isEmpty else { return [] }
            var sources: [Int64: [String]] = [:]
            try DirectStatement(
                db,
                sql: """
                    SELECT dispute_claim.dispute_id, source.name FROM dispute_claim
                    JOIN claim ON claim.id = dispute_claim.claim_id
                    JOIN source ON source.id = claim.source_id
                    WHERE dispute_claim.dispute_id IN (SELECT value FROM json_each(?))
                    ORDER BY dispute_claim.dispute_id, dispute_claim.position
                    """
            ).forEachRow([Ledger.jsonList(flags.map(\.id)).databaseValue]) { handle in
                let id = RawColumn.int(handle, 0)
                let name = RawColumn.text(handle, 1)
                if !(sources[id]?.contains(name) ?? false) { sources[id, default: []].append(name) }
            }
            return flags.map { FlagSummary(flag: $0, sources: sources[$0.id] ?? []) }
        }
    }
}
