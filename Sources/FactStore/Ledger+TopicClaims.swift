import FactLedgerCore
import Foundation
import GRDB

extension Ledger {
    /// One page of the claims of a topic and facets, newest first, optionally of one source:
    /// `limit` claims after skipping `offset`. A figure's claims come newest day spoken about
    /// first, from the `claim_figures` index; a stance topic's (of every actor) newest published
    /// first.
    public func topicClaims(
        topic: String, facets: Facets, source: String? = nil, limit: Int, offset: Int = 0
    ) throws -> [StoredClaim] {
        try writer.read { db in
            let numeric = try Self.hasFigures(topic: topic, facets: facets, in: db)
            var sql = ClaimRecord.select
            var values: [DatabaseValue] = [topic.databaseValue]
            if numeric {
                sql = sql.replacingOccurrences(
                    of: "FROM claim\n", with: "FROM claim INDEXED BY claim_figures\n")
                sql += " WHERE claim.kind = 'numeric' AND claim.topic = ? AND claim.facets = ?"
                values.append(facets.canonical.databaseValue)
            } else {
                // Newest first straight off the publication index: a stance topic is a few per
                // cent of the claims, so a page is found after a few thousand rows, where
                // sorting every claim of the topic took most of a second at a million claims.
                sql = sql.replacingOccurrences(
                    of: "FROM claim\n", with: "FROM claim INDEXED BY claim_on_published\n")
                sql += " WHERE claim.kind = 'stance' AND claim.topic = ?"
            }
            if let source {
                sql += " AND claim.source_id = (SELECT id FROM source WHERE name = ?)"
                values.append(source.databaseValue)
            }
            sql +=
                numeric
                ? " ORDER BY claim.as_of DESC, claim.published DESC"
                : " ORDER BY claim.published DESC, claim.id DESC"
            sql += " LIMIT \(max(0, limit)) OFFSET \(max(0, offset))"
            return try DatabaseHistory(db: db).fetchClaims(sql, values)
        }
    }

    /// Whether a topic and facets have numeric claims: one probe of `claim_figures`.
    static func hasFigures(topic: String, facets: Facets, in db: Database) throws -> Bool {
        try Bool.fetchOne(
            db,
            sql: """
                SELECT EXISTS (SELECT 1 FROM claim INDEXED BY claim_figures
                    WHERE kind = 'numeric' AND topic = ? AND facets = ?)
                """, arguments: [topic, facets.canonical]) ?? false
    }

    /// The first and last day a topic and facets' figures speak about, or nil when it has none.
    public func topicSpan(topic: String, facets: Facets) throws -> ClosedRange<Day>? {
        try writer.read { db in
            let row = try Row.fetchOne(
                db,
                sql: """
                    SELECT (SELECT MIN(as_of) FROM claim INDEXED BY claim_figures
                            WHERE kind = 'numeric' AND topic = ?1 AND facets = ?2),
                        (SELECT MAX(as_of) FROM claim INDEXED BY claim_figures
                            WHERE kind = 'numeric' AND topic = ?1 AND facets = ?2)
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
