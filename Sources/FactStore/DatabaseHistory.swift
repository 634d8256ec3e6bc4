import FactLedgerCore
import GRDB

/// The ledger's queries over one database connection, inside whatever transaction is open.
struct DatabaseHistory: ClaimHistory, LedgerReading {
    let db: Database

    /// The columns every stored-claim query selects, in the order `storedClaim` reads them.
    static let storedClaimColumns = """
        claim.id, claim.article_id, claim.published, claim.kind, claim.topic, claim.facets, claim.actor,
            claim.speaker, claim.low, claim.high, claim.best, claim.qualifier, claim.polarity, claim.conditions,
            claim.certainty, claim.as_of, claim.quote, claim.start, claim."end", claim.rule, claim.whole_index,
            claim.parts_exhaustive, source.name, article.ref, article.url, article.version
        """

    /// A stored-claim query without its conditions: the claim row plus its article's context.
    static let storedClaimSelect = """
        SELECT \(storedClaimColumns)
        FROM claim
        JOIN article ON article.id = claim.article_id
        JOIN source ON source.id = claim.source_id
        """

    /// Reads a row of `storedClaimColumns` by position (the hot path of every history query).
    static func storedClaim(_ row: Row) throws -> StoredClaim {
        let low: Double? = row[8]
        let quantity = low.map { low in
            Quantity(
                low: low, high: row[9] ?? .infinity, best: row[10],
                qualifier: (row[11] as String?).flatMap(Qualifier.init(rawValue:)) ?? .exact)
        }
        let published = Day(iso: row[2] as String) ?? Day(ordinal: 0)
        let claim = Claim(
            kind: ClaimKind(rawValue: row[3]) ?? .numeric, topic: row[4],
            facets: Facets(canonical: row[5]),
            actor: row[6], speaker: row[7], quantity: quantity,
            polarity: (row[12] as String?).flatMap(Polarity.init(rawValue:)), conditions: row[13],
            certainty: Certainty(rawValue: row[14]) ?? .asserted,
            asOf: Day(iso: row[15] as String) ?? published,
            quote: row[16], start: row[17], end: row[18], rule: row[19], wholeIndex: row[20],
            partsAreExhaustive: row[21])
        return StoredClaim(
            id: row[0], articleID: row[1], source: row[22], published: published, ref: row[23],
            url: row[24],
            version: row[25], claim: claim)
    }

    private func fetchClaims(_ sql: String, _ arguments: StatementArguments) throws -> [StoredClaim]
    {
        let statement = try db.cachedStatement(sql: sql)
        return try Row.fetchAll(statement, arguments: arguments).map(Self.storedClaim)
    }

    func claims(_ query: ClaimQuery) throws -> [StoredClaim] {
        let (sql, arguments) = Self.sql(for: query)
        return try fetchClaims(sql, arguments)
    }

    /// The SQL and arguments of a history query; conditions appear only when set, so each
    /// shape of query is one cached prepared statement.
    static func sql(for query: ClaimQuery) -> (String, StatementArguments) {
        var sql = Self.storedClaimSelect + " WHERE claim.kind = ? AND claim.topic = ?"
        var arguments: [(any DatabaseValueConvertible)?] = [query.kind.rawValue, query.topic]
        func add(_ condition: String, _ values: [(any DatabaseValueConvertible)?]) {
            sql += " AND " + condition
            arguments += values
        }
        if let facets = query.facets { add("claim.facets = ?", [facets.canonical]) }
        if let actors = query.actors {
            add(
                "claim.actor IN (\(Array(repeating: "?", count: actors.count).joined(separator: ", ")))",
                actors)
        }
        if let from = query.from { add("claim.published >= ?", [from.description]) }
        if let through = query.through { add("claim.published <= ?", [through.description]) }
        if let day = query.asOfBefore { add("claim.as_of < ?", [day.description]) }
        if let day = query.asOfAfter { add("claim.as_of > ?", [day.description]) }
        if let day = query.asOf { add("claim.as_of = ?", [day.description]) }
        if let source = query.source {
            add("claim.source_id = (SELECT id FROM source WHERE name = ?)", [source])
        }
        if let source = query.notSource {
            add("claim.source_id IS NOT (SELECT id FROM source WHERE name = ?)", [source])
        }
        if let speaker = query.speaker { add("claim.speaker = ?", [speaker]) }
        if let article = query.notArticle { add("claim.article_id != ?", [article]) }
        if let outside = query.outside {
            add(
                "(claim.high < ? OR claim.low > ?)",
                [
                    outside.lowerBound,
                    outside.upperBound.isFinite
                        ? outside.upperBound : Double.greatestFiniteMagnitude,
                ])
        }
        if let polarities = query.polarities {
            add(
                "claim.polarity IN (\(Array(repeating: "?", count: polarities.count).joined(separator: ", ")))",
                polarities.map(\.rawValue))
        }
        let direction = query.newestFirst ? " DESC" : ""
        sql +=
            query.byAsOf
            ? " ORDER BY claim.as_of\(direction), claim.published\(direction), claim.id\(direction)"
            : " ORDER BY claim.published\(direction), claim.id\(direction)"
        if let limit = query.limit { sql += " LIMIT \(max(0, limit))" }
        return (sql, StatementArguments(arguments))
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

    func timeline(topic: String?, source: String?, kind: ClaimKind?, through: Day?) throws
        -> [TimelineEntry]
    {
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
                SELECT \(Self.storedClaimColumns),
                    LAG(claim.id) OVER (
                        PARTITION BY claim.source_id, claim.kind, claim.topic, claim.facets, IFNULL(claim.actor, '')
                        ORDER BY claim.published, claim.id) AS supersedes
                FROM claim
                JOIN article ON article.id = claim.article_id
                JOIN source ON source.id = claim.source_id
                \(conditions.isEmpty ? "" : "WHERE " + conditions.joined(separator: " AND "))
            ) ORDER BY 5, 3, 23, 1
            """
        return try Row.fetchAll(db, sql: sql, arguments: StatementArguments(arguments)).map { row in
            TimelineEntry(stored: try Self.storedClaim(row), supersedes: row[26])
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
            id: record.id!, article: article, version: record.version,
            contentSHA256: record.contentSHA256)
    }

    func claims(sinceRun runID: Int64) throws -> [StoredClaim] {
        try fetchClaims(
            Self.storedClaimSelect + " WHERE claim.run_id > ? ORDER BY claim.id", [runID])
    }

    func claims(ofArticle articleID: Int64) throws -> [StoredClaim] {
        try fetchClaims(
            Self.storedClaimSelect + " WHERE claim.article_id = ? ORDER BY claim.id", [articleID])
    }

    func claims(ids: [Int64]) throws -> [StoredClaim] {
        try fetchClaims(
            Self.storedClaimSelect
                + " WHERE claim.id IN (SELECT value FROM json_each(?)) ORDER BY claim.id",
            [Ledger.jsonList(ids)])
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
