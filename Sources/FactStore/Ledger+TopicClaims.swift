import FactLedgerCore
import GRDB

extension Ledger {
    /// One page of the claims of a topic and facets (stance topics: of every actor), newest day
    /// spoken about first, optionally of one source: `limit` claims after skipping `offset`.
    public func topicClaims(
        topic: String, facets: Facets, source: String? = nil, limit: Int, offset: Int = 0
    ) throws -> [StoredClaim] {
        try writer.read { db in
            var sql = ClaimRecord.select + " WHERE claim.topic = ? AND claim.facets = ?"
            var values: [DatabaseValue] = [topic.databaseValue, facets.canonical.databaseValue]
            if let source {
                sql += " AND claim.source_id = (SELECT id FROM source WHERE name = ?)"
                values.append(source.databaseValue)
            }
            sql += " ORDER BY claim.as_of DESC, claim.published DESC, claim.id DESC"
            sql += " LIMIT \(max(0, limit)) OFFSET \(max(0, offset))"
            return try DatabaseHistory(db: db).fetchClaims(sql, values)
        }
    }

    /// The first and last day a topic and facets' claims speak about, or nil when it has none.
    public func topicSpan(topic: String, facets: Facets) throws -> ClosedRange<Day>? {
        try writer.read { db in
            let row = try Row.fetchOne(
                db,
                sql: """
                    SELECT (SELECT MIN(as_of) FROM claim WHERE topic = ?1 AND facets = ?2),
                        (SELECT MAX(as_of) FROM claim WHERE topic = ?1 AND facets = ?2)
                    """, arguments: [topic, facets.canonical])
            guard let first = (row?[0] as String?).flatMap(Day.init(iso:)),
                let last = (row?[1] as String?).flatMap(Day.init(iso:)), first <= last
            else { return nil }
            return first...last
        }
    }

    /// The topics and facets disputes are about, with how many disputes each has, most first.
    public func disputedTopics(limit: Int = 200) throws -> [(
        topic: String, facets: Facets, disputes: Int
    )] {
        try writer.read { db in
            try Row.fetchAll(
                db,
                sql: """
                    SELECT topic, facets, COUNT(*) FROM dispute GROUP BY topic, facets
                    ORDER BY COUNT(*) DESC, topic, facets LIMIT ?
                    """, arguments: [limit]
            ).map { (topic: $0[0], facets: Facets(canonical: $0[1]), disputes: $0[2]) }
        }
    }
}
