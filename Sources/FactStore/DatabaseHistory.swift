import FactLedgerCore
import GRDB
import Synchronization

/// The ledger's queries over one database connection, inside whatever transaction is open.
struct DatabaseHistory: ClaimHistory, LedgerReading {
    let db: Database
    /// The newest publication day of any stored claim, when read: no claim is published later,
    /// so a query window reaching past it is cut there and one starting after it is empty
    /// without asking SQLite (in a feed read in order, every "what came after" probe and the
    /// future days of every window).
    var newestPublished: Day?

    /// A history over the connection that knows the ledger's newest publication day. Valid
    /// while no claim is inserted.
    static func current(_ db: Database) throws -> DatabaseHistory {
        var history = DatabaseHistory(db: db)
        history.newestPublished = try String.fetchOne(db.cachedStatement(sql: newestPublishedSQL))
            .flatMap { Day(iso: $0) }
        return history
    }

    /// The newest publication day: one seek at the end of `claim_on_published`.
    static let newestPublishedSQL = "SELECT MAX(published) FROM claim"

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

    /// A band query's first step: ids and order keys only, from the index that covers every
    /// band condition. Without statistics SQLite would rather read the window in id order.
    static let bandKeySelect = """
        SELECT claim.id, claim.published, claim.as_of
        FROM claim INDEXED BY claim_on_topic
        """

    /// The first step of a band query about one day: the claims about that day, by
    /// publication day and `low`.
    static let sameDayBandKeySelect = """
        SELECT claim.id, claim.published, claim.as_of
        FROM claim INDEXED BY claim_on_topic_as_of
        """

    /// Reads the current row of `storedClaimColumns` by position, in place (the hot path of
    /// every history query).
    static func storedClaim(_ handle: OpaquePointer) -> StoredClaim {
        typealias C = RawColumn
        let quantity = C.optionalDouble(handle, 8).map { low in
            Quantity(
                low: low, high: C.optionalDouble(handle, 9) ?? .infinity,
                best: C.optionalDouble(handle, 10),
                qualifier: Qualifier(rawValue: C.text(handle, 11)) ?? .exact)
        }
        let published = Day(iso: C.text(handle, 2)) ?? Day(ordinal: 0)
        let claim = Claim(
            kind: ClaimKind(rawValue: C.text(handle, 3)) ?? .numeric, topic: C.text(handle, 4),
            facets: Facets(canonical: C.text(handle, 5)),
            actor: C.optionalText(handle, 6), speaker: C.optionalText(handle, 7),
            quantity: quantity,
            polarity: C.optionalText(handle, 12).flatMap(Polarity.init(rawValue:)),
            conditions: C.optionalText(handle, 13),
            certainty: Certainty(rawValue: C.text(handle, 14)) ?? .asserted,
            asOf: Day(iso: C.text(handle, 15)) ?? published,
            quote: C.text(handle, 16), start: Int(C.int(handle, 17)), end: Int(C.int(handle, 18)),
            provenance: C.text(handle, 19), wholeIndex: C.optionalInt(handle, 20).map(Int.init),
            partsAreExhaustive: C.int(handle, 21) != 0)
        return StoredClaim(
            id: C.int(handle, 0), articleID: C.int(handle, 1), source: C.text(handle, 22),
            published: published, ref: C.text(handle, 23), url: C.optionalText(handle, 24),
            version: Int(C.int(handle, 25)), claim: claim)
    }

    /// The stored claims a `storedClaimColumns` query returns; `extra` reads more columns of
    /// each row when given.
    func fetchClaims(
        _ sql: String, _ values: [DatabaseValue],
        extra: ((StoredClaim, OpaquePointer) -> Void)? = nil
    ) throws -> [StoredClaim] {
        var claims: [StoredClaim] = []
        try DirectStatement(db, sql: sql).forEachRow(values) { handle in
            let stored = Self.storedClaim(handle)
            extra?(stored, handle)
            claims.append(stored)
        }
        return claims
    }

    func claims(_ query: ClaimQuery) throws -> [StoredClaim] {
        var query = query
        if let newest = newestPublished {
            if let from = query.from, from > newest { return [] }
            if let through = query.through, through > newest { query.through = newest }
        }
        if let from = query.from, let through = query.through, from > through { return [] }
        let parts = Self.parts(of: query)
        if query.outside != nil { return try bandClaims(query, parts) }
        if parts.count == 1 {
            let (sql, arguments) = Self.sql(for: parts[0])
            return try fetchClaims(sql, arguments)
        }
        var merged: [StoredClaim] = []
        for part in parts {
            let (sql, arguments) = Self.sql(for: part)
            merged += try fetchClaims(sql, arguments)
        }
        merged.sort(by: query.orders)
        return query.limit.map { Array(merged.prefix($0)) } ?? merged
    }

    /// A band query in two steps: the matching ids and their order keys come from the band
    /// index alone (the candidates of a dense window cost an index entry each, not a row), and
    /// only the rows within the limit are then read.
    private func bandClaims(_ query: ClaimQuery, _ parts: [Part]) throws -> [StoredClaim] {
        var keys: [(asOf: String, published: String, id: Int64)] = []
        // Probing by day makes the band's range on `low` apply within each day. With a limit,
        // the first day in the query's order is read alone (a claim most of the window
        // disagrees with stops there: the limit is filled and later days cannot change the
        // result) and the rest of the window in one statement, so a window costs at most two
        // probes per side. A statement costs more than the index entries of a few more days.
        guard let window = Self.dayByDay(query).map({ query.newestFirst ? $0.reversed() : $0 })
        else {
            try readKeys(parts, days: nil)
            return try chosenClaims()
        }
        guard let limit = query.limit else {
            try readKeys(parts, days: window)
            return try chosenClaims()
        }
        try readKeys(parts, days: [window[0]])
        if keys.count < limit, window.count > 1 {
            try readKeys(parts, days: Array(window.dropFirst()))
        }
        return try chosenClaims()

        func readKeys(_ parts: [Part], days: [Day]?) throws {
            for var part in parts {
                part.days = days
                let (sql, values) = Self.sql(for: part)
                try DirectStatement(db, sql: sql).forEachRow(values) { handle in
                    keys.append(
                        (
                            query.byAsOf ? RawColumn.text(handle, 2) : "",
                            RawColumn.text(handle, 1),
                            RawColumn.int(handle, 0)
                        ))
                }
            }
        }

        func chosenClaims() throws -> [StoredClaim] {
            keys.sort { query.newestFirst ? $0 > $1 : $0 < $1 }
            let chosen = query.limit.map { keys.prefix($0) } ?? keys[...]
            return try claims(ids: chosen.map(\.id)).sorted(by: query.orders)
        }
    }

    /// One piece of a history query that SQLite serves with one index range (per day).
    struct Part {
        /// The query, with at most one actor and one polarity when it has a limit.
        var query: ClaimQuery
        /// The side of the query's disagreement band this piece reads, when it has one.
        var side: BandSide?
        /// The days a band piece reads, each an equality probe, when it reads its window by day.
        var days: [Day]?
    }

    /// A side of a disagreement band: claims wholly below it, or wholly above it.
    enum BandSide { case below, above }

    /// The longest window, in days, read day by day (one index probe per day).
    static let dayByDayLimit = 31

    /// A history query split into pieces that each read only matching index entries: one per
    /// actor and polarity when several are asked for with a limit (each piece is one seek that
    /// stops at its limit, instead of every match being read and sorted), and one per side of a
    /// disagreement band (each a range on `low`). Their results are merged in the query's order.
    static func parts(of query: ClaimQuery) -> [Part] {
        var queries = [query]
        if query.limit != nil {
            if let actors = query.actors, actors.count > 1 {
                queries = actors.map { actor in
                    var single = query
                    single.actors = [actor]
                    return single
                }
            }
            if let polarities = query.polarities, polarities.count > 1 {
                queries = queries.flatMap { query in
                    polarities.map { polarity in
                        var single = query
                        single.polarities = [polarity]
                        return single
                    }
                }
            }
        }
        guard query.outside != nil else { return queries.map { Part(query: $0, side: nil) } }
        return queries.flatMap { [Part(query: $0, side: .below), Part(query: $0, side: .above)] }
    }

    /// What decides a piece's SQL text: which conditions are set, list lengths, order, limit.
    struct Shape: Hashable {
        var side: BandSide?
        var conditions: UInt32 = 0
        var actors = 0
        var days = 0
        var polarities = 0
        var limit: Int?

        init(_ part: Part) {
            let query = part.query
            side = part.side
            let flags: [Bool] = [
                query.facets != nil, query.from != nil, query.through != nil,
                query.asOfBefore != nil, query.asOfAfter != nil, query.asOf != nil,
                query.source != nil, query.notSource != nil, query.speaker != nil,
                query.notArticle != nil, query.outside != nil, query.newestFirst, query.byAsOf,
            ]
            for (bit, flag) in flags.enumerated() where flag { conditions |= 1 << bit }
            actors = query.actors?.count ?? -1
            days = part.days?.count ?? -1
            polarities = query.polarities?.count ?? -1
            limit = query.limit
        }
    }

    /// SQL texts by shape: building the text costs more than binding its arguments.
    private static let texts = Mutex<[Shape: String]>([:])

    /// The days of a band query's window, read one by one when the window is short enough.
    /// A query ordered by the day spoken about cannot stop early by publication day: it reads
    /// its window in one go.
    static func dayByDay(_ query: ClaimQuery) -> [Day]? {
        guard !query.byAsOf, let from = query.from, let through = query.through,
            (0...dayByDayLimit).contains(from.days(to: through))
        else { return nil }
        return (0...from.days(to: through)).map { from.adding(days: $0) }
    }

    /// The SQL and arguments of one piece; conditions appear only when set, so each shape of
    /// query is one cached prepared statement (and one cached text).
    static func sql(for part: Part) -> (String, [DatabaseValue]) {
        let shape = Shape(part)
        if let text = texts.withLock({ $0[shape] }) {
            return (text, build(part, text: false).arguments)
        }
        let (text, arguments) = build(part, text: true)
        texts.withLock { $0[shape] = text }
        return (text, arguments)
    }

    /// Builds a piece's arguments, and its SQL text when `text` is set.
    private static func build(_ part: Part, text: Bool) -> (
        sql: String, arguments: [DatabaseValue]
    ) {
        let query = part.query
        var sql = ""
        if text {
            sql =
                (part.side == nil
                    ? Self.storedClaimSelect
                    : query.asOf == nil ? Self.bandKeySelect : Self.sameDayBandKeySelect)
                + " WHERE claim.kind = ? AND claim.topic = ?"
        }
        var arguments: [DatabaseValue] = [
            query.kind.rawValue.databaseValue, query.topic.databaseValue,
        ]
        func add(_ condition: @autoclosure () -> String, _ values: [any DatabaseValueConvertible]) {
            if text { sql += " AND " + condition() }
            for value in values { arguments.append(value.databaseValue) }
        }
        func placeholders(_ count: Int) -> String {
            Array(repeating: "?", count: count).joined(separator: ", ")
        }
        if let facets = query.facets { add("claim.facets = ?", [facets.canonical]) }
        if let actors = query.actors {
            add("claim.actor IN (\(placeholders(actors.count)))", actors)
        }
        if let days = part.days {
            add(
                days.count == 1
                    ? "claim.published = ?" : "claim.published IN (\(placeholders(days.count)))",
                days.map(\.description))
        } else {
            if let from = query.from { add("claim.published >= ?", [from.description]) }
            if let through = query.through { add("claim.published <= ?", [through.description]) }
        }
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
            let upper =
                outside.upperBound.isFinite ? outside.upperBound : Double.greatestFiniteMagnitude
            switch part.side {
            // `low <= high`, so a claim wholly below the band has its `low` below it too: the
            // redundant condition is the index range.
            case .below?:
                add("claim.low < ? AND claim.high < ?", [outside.lowerBound, outside.lowerBound])
            case .above?: add("claim.low > ?", [upper])
            case nil: add("(claim.high < ? OR claim.low > ?)", [outside.lowerBound, upper])
            }
        }
        if let polarities = query.polarities {
            add("claim.polarity IN (\(placeholders(polarities.count)))", polarities.map(\.rawValue))
        }
        guard text else { return ("", arguments) }
        // A band piece read by day returns every candidate of its days; the caller orders them.
        if part.days != nil { return (sql, arguments) }
        let direction = query.newestFirst ? " DESC" : ""
        sql +=
            query.byAsOf
            ? " ORDER BY claim.as_of\(direction), claim.published\(direction), claim.id\(direction)"
            : " ORDER BY claim.published\(direction), claim.id\(direction)"
        if let limit = query.limit { sql += " LIMIT \(max(0, limit))" }
        return (sql, arguments)
    }

    func previousVersionClaims(ofArticle articleID: Int64) throws -> [StoredClaim] {
        guard
            let previous = try Int64.fetchOne(
                db, sql: Self.previousVersionSQL, arguments: [articleID])
        else { return [] }
        return try claims(ofArticle: previous)
    }

    /// The id of the version before an article version.
    static let previousVersionSQL = """
        SELECT earlier.id FROM article AS current
        JOIN article AS earlier ON earlier.source_id = current.source_id
            AND earlier.ref = current.ref AND earlier.version = current.version - 1
        WHERE current.id = ?
        """

    /// The claims of one article version, in id order.
    static let claimsOfArticleSQL =
        storedClaimSelect + " WHERE claim.article_id = ? ORDER BY claim.id"

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
        var entries: [TimelineEntry] = []
        _ = try fetchClaims(sql, arguments.map { $0?.databaseValue ?? .null }) { stored, handle in
            entries.append(
                TimelineEntry(stored: stored, supersedes: RawColumn.optionalInt(handle, 26)))
        }
        return entries
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
            Self.storedClaimSelect + " WHERE claim.run_id > ? ORDER BY claim.id",
            [runID.databaseValue])
    }

    func claims(ofArticle articleID: Int64) throws -> [StoredClaim] {
        try fetchClaims(Self.claimsOfArticleSQL, [articleID.databaseValue])
    }

    func claims(ids: [Int64]) throws -> [StoredClaim] {
        guard !ids.isEmpty else { return [] }
        guard ids.count <= Self.boundIDs.count else {
            return try fetchClaims(
                Self.storedClaimSelect
                    + " WHERE claim.id IN (SELECT value FROM json_each(?)) ORDER BY claim.id",
                [Ledger.jsonList(ids).databaseValue])
        }
        return try fetchClaims(Self.boundIDs[ids.count - 1], ids.map(\.databaseValue))
    }

    /// The stored-claim query for 1, 2, … 16 ids, each bound to its own parameter: the few rows
    /// a history query picks are read without decoding a JSON list (which cost more than the
    /// rows); longer lists go through `json_each`.
    static let boundIDs: [String] = (1...16).map { count in
        storedClaimSelect + " WHERE claim.id IN ("
            + Array(repeating: "?", count: count).joined(separator: ", ") + ") ORDER BY claim.id"
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
