import FactLedgerCore
import GRDB

/// What was published within a period.
public struct PeriodCounts: Sendable, Equatable {
    /// Article versions published in the period.
    public var articles: Int
    /// Sources that published in the period.
    public var sources: Int
    /// Claims published in the period.
    public var claims: Int
}

/// A topic and facets, the unit a timeline is drawn for.
public struct TopicKey: Sendable, Hashable {
    /// The topic.
    public var topic: String
    /// The facets.
    public var facets: Facets
}

extension Ledger {
    /// Counts of what was published from `from` through `through`.
    public func periodCounts(from: Day, through: Day) throws -> PeriodCounts {
        try writer.read { db in
            let arguments: StatementArguments = [from.description, through.description]
            let row = try Row.fetchOne(
                db,
                sql: """
                    SELECT (SELECT COUNT(*) FROM article WHERE published BETWEEN ?1 AND ?2) AS articles,
                        (SELECT COUNT(DISTINCT source_id) FROM article WHERE published BETWEEN ?1 AND ?2) AS sources,
                        (SELECT COUNT(*) FROM claim WHERE published BETWEEN ?1 AND ?2) AS claims
                    """,
                arguments: arguments)!
            return PeriodCounts(
                articles: row["articles"], sources: row["sources"], claims: row["claims"])
        }
    }

    /// The latest publication day in the ledger, if any article is stored.
    public func latestPublished() throws -> Day? {
        try writer.read { db in
            try String.fetchOne(db, sql: "SELECT MAX(published) FROM article").flatMap {
                Day(iso: $0)
            }
        }
    }

    /// The topics and facets with numeric claims published in the period, in topic order.
    public func changedTopics(from: Day, through: Day) throws -> [TopicKey] {
        try writer.read { db in
            try Row.fetchAll(
                db,
                sql: """
                    SELECT DISTINCT topic, facets FROM claim INDEXED BY claim_on_published
                    WHERE published BETWEEN ? AND ? AND kind = 'numeric' ORDER BY topic, facets
                    """,
                arguments: [from.description, through.description]
            ).map { TopicKey(topic: $0["topic"], facets: Facets(canonical: $0["facets"])) }
        }
    }

    /// The latest numeric claims for a topic and facets published through a day, oldest first,
    /// from the latest version of each article as of that day.
    public func numericTimeline(_ key: TopicKey, through: Day, limit: Int) throws -> [StoredClaim] {
        try writer.read { db in
            let claims = try DatabaseHistory(db: db).fetchClaims(
                DatabaseHistory.storedClaimSelect + """
                     WHERE claim.kind = 'numeric' AND claim.topic = ? AND claim.facets = ? AND claim.published <= ?
                       AND article.version = (SELECT MAX(later.version) FROM article AS later
                         WHERE later.source_id = article.source_id AND later.ref = article.ref AND later.published <= ?)
                     ORDER BY claim.published DESC, claim.id DESC LIMIT ?
                    """,
                [
                    key.topic.databaseValue, key.facets.canonical.databaseValue,
                    through.description.databaseValue, through.description.databaseValue,
                    limit.databaseValue,
                ])
            return claims.reversed()
        }
    }

    /// For each actor and stance topic, the latest claim published through a day and the latest
    /// earlier claim whose polarity differs from it.
    public func stanceBoard(through: Day) throws -> [(current: StoredClaim, previous: StoredClaim?)]
    {
        try writer.read { db in
            let history = DatabaseHistory(db: db)
            // The (topic, actor) pairs from the actor index, then each pair's latest stance by
            // one seek: no window over every stance in the ledger.
            let pairs = try Row.fetchAll(
                db,
                sql: """
                    SELECT DISTINCT topic, actor FROM claim
                    WHERE kind = 'stance' AND published <= ? ORDER BY actor, topic
                    """,
                arguments: [through.description])
            let latestOfPair =
                DatabaseHistory.storedClaimSelect + """
                     WHERE claim.kind = 'stance' AND claim.topic = ? AND claim.actor = ? AND claim.published <= ?
                     ORDER BY claim.published DESC, claim.id DESC LIMIT 1
                    """
            let latest = try pairs.flatMap { pair in
                try history.fetchClaims(
                    latestOfPair,
                    [
                        (pair[0] as String).databaseValue, (pair[1] as String).databaseValue,
                        through.description.databaseValue,
                    ])
            }
            let previous =
                DatabaseHistory.storedClaimSelect + """
                     WHERE claim.kind = 'stance' AND claim.topic = ? AND claim.actor = ? AND claim.polarity != ?
                       AND (claim.published < ? OR (claim.published = ? AND claim.id < ?))
                     ORDER BY claim.published DESC, claim.id DESC LIMIT 1
                    """
            return try latest.map { current in
                let day = current.published.description.databaseValue
                let earlier = try history.fetchClaims(
                    previous,
                    [
                        current.claim.topic.databaseValue, current.claim.actor.databaseValue,
                        (current.claim.polarity?.rawValue).databaseValue, day, day,
                        current.id.databaseValue,
                    ]
                ).first
                return (current, earlier)
            }
        }
    }
}
