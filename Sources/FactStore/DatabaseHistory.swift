import FactLedgerCore
import GRDB

/// The ledger's read queries for people and tools, over one database connection inside
/// whatever transaction is open: claims with their article's context, timelines, versions.
struct DatabaseHistory: LedgerReading {
    let db: Database

    /// The stored claims a `ClaimRecord.select` query returns; `extra` reads more columns of
    /// each row when given.
    func fetchClaims(
        _ sql: String, _ values: [DatabaseValue],
        extra: ((StoredClaim, OpaquePointer) -> Void)? = nil
    ) throws -> [StoredClaim] {
        var claims: [StoredClaim] = []
        try DirectStatement(db, sql: sql).forEachRow(values) { handle in
            let stored = try ClaimRecord.storedClaim(handle)
            extra?(stored, handle)
            claims.append(stored)
        }
        return claims
    }

    /// The claims of one article version, in id order.
    static let claimsOfArticleSQL =
        ClaimRecord.select + " WHERE claim.article_id = ? ORDER BY claim.id"

    func timeline(_ filter: ClaimFilter) throws -> [TimelineEntry] {
        var entries: [TimelineEntry] = []
        try forEachTimelineEntry(filter) { entries.append($0) }
        return entries
    }

    /// The timeline's entries handed to `body` one at a time, in timeline order.
    func forEachTimelineEntry(_ filter: ClaimFilter, _ body: (TimelineEntry) throws -> Void)
        throws
    {
        var conditions: [String] = []
        var arguments: [(any DatabaseValueConvertible)?] = []
        func add(_ condition: String, _ value: (any DatabaseValueConvertible)?) {
            guard let value else { return }
            conditions.append(condition)
            arguments.append(value)
        }
        if let topic = filter.topic {
            if topic.hasSuffix(".*") || !topic.contains(".") {
                let prefix = topic.hasSuffix(".*") ? String(topic.dropLast(2)) : topic
                conditions.append("(claim.topic = ? OR claim.topic LIKE ? ESCAPE '\\')")
                arguments += [prefix, Self.escapeLike(prefix) + ".%"]
            } else {
                conditions.append("claim.topic = ?")
                arguments.append(topic)
            }
        }
        // The source's canonical name, or the name of one of its aliases.
        add(
            """
            source.id = (SELECT IFNULL(source_alias.canonical_id, named.id) FROM source AS named
                LEFT JOIN source_alias ON source_alias.source_id = named.id WHERE named.name = ?)
            """, filter.source)
        add("claim.kind = ?", filter.kind?.rawValue)
        add("claim.actor = ?", filter.actor)
        add("claim.speaker = ?", filter.speaker)
        add("claim.published >= ?", filter.since?.description)
        add("claim.published <= ?", filter.until?.description)
        let supersedes = Int32(ClaimRecord.Column.allCases.count)
        let order = [ClaimRecord.Column.topic, .published, .source, .id]
            .map { String($0.rawValue + 1) }.joined(separator: ", ")
        let sql = """
            SELECT * FROM (
                SELECT \(ClaimRecord.columns),
                    LAG(claim.id) OVER (
                        PARTITION BY source.id, claim.kind, claim.topic, claim.facets, IFNULL(claim.actor, '')
                        ORDER BY claim.published, claim.id) AS supersedes
                FROM claim
                JOIN article ON article.id = claim.article_id
                JOIN source ON source.id = \(SourceAliasRecord.canonicalID(of: "claim.source_id"))
                \(conditions.isEmpty ? "" : "WHERE " + conditions.joined(separator: " AND "))
            ) ORDER BY \(order)
            """
        try DirectStatement(db, sql: sql).forEachRow(arguments.map { $0?.databaseValue ?? .null }) {
            handle in
            let stored = try ClaimRecord.storedClaim(handle)
            try body(
                TimelineEntry(
                    stored: stored, supersedes: RawColumn.optionalInt(handle, supersedes)))
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
        let id = record.id ?? 0
        guard let published = Day(iso: record.published) else {
            throw LedgerError.badValue(
                table: "article", column: "published", id: id, value: record.published)
        }
        let article = Article(
            source: row["source_name"], published: published, title: record.title,
            url: record.url, externalID: record.externalID, body: record.body,
            origin: record.origin)
        return StoredArticle(
            id: id, article: article, version: record.version, contentSHA256: record.contentSHA256)
    }

    func claims(ofArticle articleID: Int64) throws -> [StoredClaim] {
        try fetchClaims(Self.claimsOfArticleSQL, [articleID.databaseValue])
    }

    func claims(ids: [Int64]) throws -> [StoredClaim] {
        guard !ids.isEmpty else { return [] }
        guard ids.count <= Self.boundIDs.count else {
            return try fetchClaims(
                ClaimRecord.select
                    + " WHERE claim.id IN (SELECT value FROM json_each(?)) ORDER BY claim.id",
                [Ledger.jsonList(ids).databaseValue])
        }
        return try fetchClaims(Self.boundIDs[ids.count - 1], ids.map(\.databaseValue))
    }

    /// The stored-claim query for 1, 2, … 16 ids, each bound to its own parameter: a few rows
    /// are read without decoding a JSON list; longer lists go through `json_each`.
    static let boundIDs: [String] = (1...16).map { count in
        ClaimRecord.select + " WHERE claim.id IN ("
            + Array(repeating: "?", count: count).joined(separator: ", ") + ") ORDER BY claim.id"
    }

    func counts() throws -> LedgerCounts {
        let row = try Row.fetchOne(
            db,
            sql: """
                SELECT (SELECT COUNT(*) FROM (SELECT DISTINCT source_id, ref FROM article)) AS articles,
                    (SELECT COUNT(*) FROM article) AS versions, (SELECT COUNT(*) FROM source WHERE id NOT IN (SELECT source_id FROM source_alias)) AS sources,
                    (SELECT COUNT(*) FROM claim) AS claims, (SELECT COUNT(*) FROM dispute) AS flags
                """)!
        return LedgerCounts(
            articles: row["articles"], versions: row["versions"], sources: row["sources"],
            claims: row["claims"], flags: row["flags"])
    }
}
