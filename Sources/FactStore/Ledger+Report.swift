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

extension Ledger {
    /// Counts of what was published from `from` through `through`.
    public func periodCounts(from: Day, through: Day) throws -> PeriodCounts {
        try writer.read { db in
            let arguments: StatementArguments = [from.description, through.description]
            let row = try Row.fetchOne(
                db,
                sql: """
                    SELECT (SELECT COUNT(*) FROM article WHERE published BETWEEN ?1 AND ?2) AS articles,
                        (SELECT COUNT(DISTINCT \(SourceAliasRecord.canonicalID(of: "article.source_id"))) FROM article WHERE published BETWEEN ?1 AND ?2) AS sources,
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

    /// The numeric claims published in a period, grouped by topic, facets and kind of figure,
    /// each group's latest `keep` claims (oldest first) with how many earlier ones were left out
    /// and the days they were published. Claims of an article version replaced by the end of
    /// the period, or retracted, are left out.
    public func figuresPublished(from: Day, through: Day, keep: Int) throws -> [FigureRows] {
        try writer.read { db in
            var groups: [FigureRows.Key: FigureRows] = [:]
            let sql =
                ClaimRecord.select + """
                     WHERE claim.published BETWEEN ? AND ? AND claim.kind = 'numeric'
                       AND NOT EXISTS (SELECT 1 FROM superseded_article
                         JOIN article AS later ON later.id = superseded_article.by_article_id
                         WHERE superseded_article.article_id = claim.article_id AND later.published <= ?)
                       AND NOT EXISTS (SELECT 1 FROM retraction WHERE retraction.article_id = claim.article_id)
                     ORDER BY claim.published, claim.id
                    """
            let day = through.description.databaseValue
            _ = try DatabaseHistory(db: db).fetchClaims(
                sql, [from.description.databaseValue, day, day]
            ) { stored, _ in
                let key = FigureRows.Key(
                    topic: stored.claim.topic, facets: stored.claim.facets.canonical,
                    tally: stored.claim.tally)
                var rows = groups[key] ?? FigureRows(key: key)
                rows.claims.append(stored)
                if rows.claims.count > keep {
                    let dropped = rows.claims.removeFirst()
                    rows.omitted += 1
                    rows.omittedFrom = rows.omittedFrom ?? dropped.published
                    rows.omittedThrough = dropped.published
                }
                groups[key] = rows
            }
            return groups.values.sorted { $0.key < $1.key }
        }
    }

    /// The figures about each day of a range, as known through a day: for each kind of figure
    /// and day spoken about, every figure stated, from the latest version of each article
    /// unless it was retracted.
    public func figuresAbout(
        topic: String, facets: Facets, days: ClosedRange<Day>, knownThrough: Day
    ) throws -> [FigurePoint] {
        try writer.read { db in
            var replaced = Set<Int64>()
            try DirectStatement(
                db,
                sql: """
                    SELECT superseded_article.article_id FROM superseded_article
                    JOIN article ON article.id = superseded_article.by_article_id WHERE article.published <= ?
                    """
            ).forEachRow([knownThrough.description.databaseValue]) {
                replaced.insert(RawColumn.int($0, 0))
            }
            try DirectStatement(db, sql: "SELECT article_id FROM retraction").forEachRow([]) {
                replaced.insert(RawColumn.int($0, 0))
            }
            var points: [FigurePoint] = []
            try DirectStatement(
                db,
                sql: """
                    SELECT as_of, low, high, best, qualifier, tally, article_id FROM claim INDEXED BY claim_figures
                    WHERE kind = 'numeric' AND topic = ? AND facets = ? AND as_of BETWEEN ? AND ? AND published <= ?
                    """
            ).forEachRow([
                topic.databaseValue, facets.canonical.databaseValue,
                days.lowerBound.description.databaseValue,
                days.upperBound.description.databaseValue,
                knownThrough.description.databaseValue,
            ]) { handle in
                guard !replaced.contains(RawColumn.int(handle, 6)) else { return }
                let dayText = RawColumn.text(handle, 0)
                let qualifierText = RawColumn.text(handle, 4)
                guard let day = Day(iso: dayText),
                    let qualifier = Qualifier(rawValue: qualifierText)
                else {
                    throw LedgerError.badValue(
                        table: "claim", column: "as_of or qualifier", id: 0,
                        value: "\(dayText) \(qualifierText)")
                }
                let tallyText = RawColumn.optionalText(handle, 5)
                let tally = try tallyText.map { text in
                    guard let tally = Tally(rawValue: text) else {
                        throw LedgerError.badValue(
                            table: "claim", column: "tally", id: 0, value: text)
                    }
                    return tally
                }
                points.append(
                    FigurePoint(
                        day: day, tally: tally,
                        quantity: Quantity(
                            low: RawColumn.optionalDouble(handle, 1) ?? 0,
                            high: RawColumn.optionalDouble(handle, 2) ?? .infinity,
                            best: RawColumn.optionalDouble(handle, 3), qualifier: qualifier)))
            }
            return points
        }
    }

    /// How many days before `before` some figure of a topic, facets and kind speaks about, as
    /// known through a day: one backward seek per day.
    public func daysWithFigures(
        topic: String, facets: Facets, tally: Tally?, before: Day, knownThrough: Day
    ) throws -> Int {
        try writer.read { db in
            var count = 0
            var next = before.description
            while true {
                var found: String?
                try DirectStatement(db, sql: Self.dayWithFigureBeforeSQL).forEachRow([
                    topic.databaseValue, facets.canonical.databaseValue, next.databaseValue,
                    knownThrough.description.databaseValue, (tally?.rawValue).databaseValue,
                ]) { found = RawColumn.text($0, 0) }
                guard let found else { return count }
                count += 1
                next = found
            }
        }
    }

    /// The last day before a day that a figure of a topic, facets and kind speaks about.
    static let dayWithFigureBeforeSQL = """
        SELECT as_of FROM claim INDEXED BY claim_figures
        WHERE kind = 'numeric' AND topic = ? AND facets = ? AND as_of < ? AND published <= ?
          AND tally IS ?
        ORDER BY as_of DESC LIMIT 1
        """

    /// The report written last for a period ending before `day`: what "new" counts from.
    public func lastReport(before day: Day) throws -> ReportMark? {
        try writer.read { db in
            try ReportRecord.fetchOne(
                db, sql: "SELECT * FROM report WHERE until < ? ORDER BY id DESC LIMIT 1",
                arguments: [day.description]
            ).map { record in
                guard let since = Day(iso: record.since), let until = Day(iso: record.until) else {
                    throw LedgerError.badValue(
                        table: "report", column: "since or until", id: record.id ?? 0,
                        value: "\(record.since) \(record.until)")
                }
                return ReportMark(from: since, through: until, runID: record.runID)
            }
        }
    }

    /// The rules runs derived disputes with, the most recently used first, each with how many
    /// runs used it; runs from before rules were recorded are counted under nil.
    public func rulesUsed() throws -> [(rules: String?, runs: Int)] {
        try writer.read { db in
            var used: [(rules: String?, runs: Int)] = []
            try DirectStatement(
                db,
                sql: "SELECT rules, COUNT(*) FROM run GROUP BY rules ORDER BY MAX(id) DESC"
            ).forEachRow([]) { handle in
                used.append((RawColumn.optionalText(handle, 0), Int(RawColumn.int(handle, 1))))
            }
            return used
        }
    }

    /// The latest run, when any run was recorded.
    public func latestRun() throws -> Int64? {
        try writer.read { db in try Int64.fetchOne(db, sql: "SELECT MAX(id) FROM run") }
    }

    /// Records that a report for a period was written, covering every run so far.
    public func recordReport(from: Day, through: Day, runID: Int64?) throws {
        try writer.write { db in
            var record = ReportRecord(
                since: from.description, until: through.description, runID: runID,
                writtenAt: Ledger.timestamp())
            try record.insert(db)
        }
    }

    /// For each actor and stance topic, the latest claim published through a day and the latest
    /// earlier claim whose polarity differs from it; retracted articles' claims do not count.
    public func stanceBoard(through: Day) throws -> [(current: StoredClaim, previous: StoredClaim?)]
    {
        try writer.read { db in
            let history = DatabaseHistory(db: db)
            // The (topic, actor) pairs, one seek each along the stance index: no read of every
            // stance in the ledger.
            var pairs: [(topic: String, actor: String)] = []
            var after = ("", "")
            while true {
                var next: (String, String)?
                try DirectStatement(db, sql: Self.nextStancePairSQL).forEachRow([
                    after.0.databaseValue, after.1.databaseValue,
                ]) { next = (RawColumn.text($0, 0), RawColumn.text($0, 1)) }
                guard let next else { break }
                pairs.append(next)
                after = next
            }
            let day = through.description.databaseValue
            let latest = try pairs.sorted { ($0.actor, $0.topic) < ($1.actor, $1.topic) }.flatMap {
                pair in
                try history.fetchClaims(
                    Self.latestStanceSQL,
                    [pair.topic.databaseValue, pair.actor.databaseValue, day])
            }
            return try latest.map { current in
                let earlier = try history.fetchClaims(
                    Self.previousStanceSQL,
                    [
                        current.claim.topic.databaseValue, current.claim.actor.databaseValue,
                        (current.claim.polarity?.rawValue).databaseValue,
                        current.published.description.databaseValue,
                        current.claim.asOf.description.databaseValue,
                    ]
                ).first
                return (current, earlier)
            }
        }
    }

    /// The next (topic, actor) pair with a stance after the one given.
    static let nextStancePairSQL = """
        SELECT topic, actor FROM claim INDEXED BY claim_stances
        WHERE kind = 'stance' AND (topic, actor) > (?, ?) ORDER BY topic, actor LIMIT 1
        """

    /// An actor's latest stance on a topic published by a day: by publication, then the day
    /// spoken about, read backwards along the stance index.
    static let latestStanceSQL =
        ClaimRecord.select + """
             WHERE claim.kind = 'stance' AND claim.topic = ? AND claim.actor = ? AND claim.published <= ?
               AND NOT EXISTS (SELECT 1 FROM retraction WHERE retraction.article_id = claim.article_id)
             ORDER BY claim.published DESC, claim.as_of DESC LIMIT 1
            """

    /// The actor's latest stance of another polarity before a given one.
    static let previousStanceSQL =
        ClaimRecord.select + """
             WHERE claim.kind = 'stance' AND claim.topic = ? AND claim.actor = ? AND claim.polarity != ?
               AND (claim.published, claim.as_of) < (?, ?)
               AND NOT EXISTS (SELECT 1 FROM retraction WHERE retraction.article_id = claim.article_id)
             ORDER BY claim.published DESC, claim.as_of DESC LIMIT 1
            """
}

/// The claims of one figure and kind of figure published in a period, as a report lists them.
public struct FigureRows: Sendable {
    /// What the rows are of.
    public struct Key: Sendable, Hashable, Comparable {
        /// The topic.
        public var topic: String
        /// The facets, in canonical form.
        public var facets: String
        /// The kind of figure.
        public var tally: Tally?

        public static func < (lhs: Key, rhs: Key) -> Bool {
            (lhs.topic, lhs.facets, lhs.tally?.rawValue ?? "~")
                < (rhs.topic, rhs.facets, rhs.tally?.rawValue ?? "~")
        }
    }

    /// The figure.
    public var key: Key
    /// The rows kept, oldest first.
    public var claims: [StoredClaim] = []
    /// How many earlier rows were left out.
    public var omitted = 0
    /// The first publication day of the rows left out.
    public var omittedFrom: Day?
    /// The last publication day of the rows left out.
    public var omittedThrough: Day?
}

/// One figure stated about a day, as a chart reads it.
public struct FigurePoint: Sendable {
    /// The day spoken about.
    public var day: Day
    /// The kind of figure.
    public var tally: Tally?
    /// The figure.
    public var quantity: Quantity
}

/// A report written earlier: its period and the last run it covered.
public struct ReportMark: Sendable {
    /// Its first day.
    public var from: Day
    /// Its last day.
    public var through: Day
    /// The latest run when it was written.
    public var runID: Int64?
}
