import FactLedgerCore
import GRDB

/// The ledger's queries over one database connection, inside whatever transaction is open.
struct DatabaseHistory: ClaimHistory, LedgerReading {
    let db: Database

    /// The columns every stored-claim query selects: the claim row plus its article's context.
    static let storedClaimSelect = """
        SELECT claim.*, source.name AS source_name, article.ref AS article_ref,
            article.url AS article_url, article.version AS article_version
        FROM claim
        JOIN article ON article.id = claim.article_id
        JOIN source ON source.id = claim.source_id
        """

    static func storedClaim(_ row: Row) throws -> StoredClaim {
        let record = try ClaimRecord(row: row)
        return StoredClaim(
            id: record.id!, articleID: record.articleID, source: row["source_name"],
            published: Day(iso: record.published) ?? Day(ordinal: 0), ref: row["article_ref"],
            url: row["article_url"], version: row["article_version"], claim: record.claim)
    }

    private func fetchClaims(_ sql: String, _ arguments: StatementArguments) throws -> [StoredClaim] {
        let statement = try db.cachedStatement(sql: sql)
        return try Row.fetchAll(statement, arguments: arguments).map(Self.storedClaim)
    }

    func claims(_ query: ClaimQuery) throws -> [StoredClaim] {
        var sql = Self.storedClaimSelect + " WHERE claim.kind = ? AND claim.topic = ?"
        var arguments: [(any DatabaseValueConvertible)?] = [query.kind.rawValue, query.topic]
        func add(_ condition: String, _ values: [(any DatabaseValueConvertible)?]) {
            sql += " AND " + condition
            arguments += values
        }
        if let facets = query.facets { add("claim.facets = ?", [facets.canonical]) }
        if let actors = query.actors {
            add("claim.actor IN (\(Array(repeating: "?", count: actors.count).joined(separator: ", ")))", actors)
        }
        if let from = query.from { add("claim.published >= ?", [from.description]) }
        if let through = query.through { add("claim.published <= ?", [through.description]) }
        if let day = query.asOfBefore { add("claim.as_of < ?", [day.description]) }
        if let day = query.asOfAfter { add("claim.as_of > ?", [day.description]) }
        if let source = query.source { add("claim.source_id = (SELECT id FROM source WHERE name = ?)", [source]) }
        if let source = query.notSource { add("claim.source_id IS NOT (SELECT id FROM source WHERE name = ?)", [source]) }
        if let speaker = query.speaker { add("claim.speaker = ?", [speaker]) }
        if let article = query.notArticle { add("claim.article_id != ?", [article]) }
        if let outside = query.outside {
            add("(claim.high < ? OR claim.low > ?)", [outside.lowerBound, outside.upperBound.isFinite ? outside.upperBound : Double.greatestFiniteMagnitude])
        }
        if let polarities = query.polarities {
            add("claim.polarity IN (\(Array(repeating: "?", count: polarities.count).joined(separator: ", ")))", polarities.map(\.rawValue))
        }
        sql += query.newestFirst ? " ORDER BY claim.published DESC, claim.id DESC" : " ORDER BY claim.published, claim.id"
        if let limit = query.limit { sql += " LIMIT \(max(0, limit))" }
        return try fetchClaims(sql, StatementArguments(arguments))
    }

    func previousVersionClaims(ofArticle articleID: Int64) throws -> [StoredClaim] {
        guard
            let previous = try Int64.fetchOne(
                db,
                sql: """
                    SELECT earlier.id FROM article AS current
                    JOIN article AS earlier ON earlier.source_id = current.source_id
                        AND earlier.ref = current.ref AND earlier.version = current.version - 1
                    WHERE current.id = ?
                    """,
                arguments: [articleID])
        else { return [] }
        return try fetchClaims(
            Self.storedClaimSelect + " WHERE claim.article_id = ? ORDER BY claim.id", [previous])
    }

    func timeline(topic: String?, source: String?, kind: ClaimKind?, through: Day?) throws -> [TimelineEntry] {
        var conditions: [String] = []
        var arguments: [(any DatabaseValueConvertible)?] = []
        if let topic {
            if topic.hasSuffix(".*") || !topic.contains(".") {
                let prefix = topic.hasSuffix(".*") ? String(topic.dropLast(2)) : topic
                conditions.append("(claim.topic = ? OR claim.topic LIKE ? ESCAPE '\\')")
                arguments += [prefix, Self.escapeLike(prefix) + ".%"]
            } else {
                conditions.append("claim.topic = ?")
                arguments.append(topic)
            }
        }
        if let source {
            conditions.append("source.name = ?")
            arguments.append(source)
        }
        if let kind {
            conditions.append("claim.kind = ?")
            arguments.append(kind.rawValue)
        }
        if let through {
            conditions.append("claim.published <= ?")
            arguments.append(through.description)
        }
        let sql = """
            SELECT * FROM (
                SELECT claim.*, source.name AS source_name, article.ref AS article_ref,
                    article.url AS article_url, article.version AS article_version,
                    LAG(claim.id) OVER (
                        PARTITION BY claim.source_id, claim.kind, claim.topic, claim.facets, IFNULL(claim.actor, '')
                        ORDER BY claim.published, claim.id) AS supersedes
                FROM claim
                JOIN article ON article.id = claim.article_id
                JOIN source ON source.id = claim.source_id
                \(conditions.isEmpty ? "" : "WHERE " + conditions.joined(separator: " AND "))
            ) ORDER BY topic, published, source_name, id
            """
        return try Row.fetchAll(db, sql: sql, arguments: StatementArguments(arguments)).map { row in
            TimelineEntry(stored: try Self.storedClaim(row), supersedes: row["supersedes"])
        }
    }

    private static func escapeLike(_ text: String) -> String {
        text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "%", with: "\\%")
            .replacingOccurrences(of: "_", with: "\\_")
    }

    func latestVersion(source: String, ref: String) throws -> StoredArticle? {
        try versions(source: source, ref: ref).last
    }

    func versions(source: String, ref: String) throws -> [StoredArticle] {
        let rows = try Row.fetchAll(
            db,
            sql: """
                SELECT article.*, source.name AS source_name FROM article
                JOIN source ON source.id = article.source_id
                WHERE source.name = ? AND article.ref = ? ORDER BY article.version
                """,
            arguments: [source, ref])
        return try rows.map(Self.storedArticle)
    }

    static func storedArticle(_ row: Row) throws -> StoredArticle {
        let record = try ArticleRecord(row: row)
        let article = Article(
            source: row["source_name"], published: Day(iso: record.published) ?? Day(ordinal: 0),
            title: record.title, url: record.url, externalID: record.externalID, body: record.body,
            origin: record.origin)
        return StoredArticle(
            id: record.id!, article: article, version: record.version, contentSHA256: record.contentSHA256)
    }

    func claims(sinceRun runID: Int64) throws -> [StoredClaim] {
        try fetchClaims(Self.storedClaimSelect + " WHERE claim.run_id > ? ORDER BY claim.id", [runID])
    }

    func claims(ofArticle articleID: Int64) throws -> [StoredClaim] {
        try fetchClaims(Self.storedClaimSelect + " WHERE claim.article_id = ? ORDER BY claim.id", [articleID])
    }

    func claims(ids: [Int64]) throws -> [StoredClaim] {
        try fetchClaims(
            Self.storedClaimSelect + " WHERE claim.id IN (SELECT value FROM json_each(?)) ORDER BY claim.id",
            ["[" + ids.map(String.init).joined(separator: ",") + "]"])
    }

    func counts() throws -> LedgerCounts {
        let row = try Row.fetchOne(
            db,
            sql: """
                SELECT (SELECT COUNT(*) FROM (SELECT DISTINCT source_id, ref FROM article)) AS articles,
                    (SELECT COUNT(*) FROM article) AS versions, (SELECT COUNT(*) FROM source) AS sources,
                    (SELECT COUNT(*) FROM claim) AS claims, (SELECT COUNT(*) FROM flag) AS flags
                """)!
        return LedgerCounts(
            articles: row["articles"], versions: row["versions"], sources: row["sources"],
            claims: row["claims"], flags: row["flags"])
    }
}
