import FactLedgerCore
import GRDB

extension Ledger {
    /// The live flags an article's claims take part in, most severe first.
    public func liveFlags(ofArticle articleID: Int64) throws -> [FlagDetail] {
        let ids = try writer.read { db in
            try Int64.fetchAll(
                db,
                sql: """
                    SELECT DISTINCT dispute_claim.dispute_id FROM claim
                    JOIN dispute_claim ON dispute_claim.claim_id = claim.id
                    JOIN dispute ON dispute.id = dispute_claim.dispute_id
                    WHERE claim.article_id = ? AND dispute.state = 'live'
                    """, arguments: [articleID])
        }
        guard !ids.isEmpty else { return [] }
        return try flagDetails(FlagFilter(ids: ids))
    }
}
