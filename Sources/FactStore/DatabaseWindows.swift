import FactLedgerCore
import GRDB

/// The history the rules read, inside one write transaction: whole days of one figure or of one
/// actor's stances, each loaded once and kept for the rest of the batch, so that every rule and
/// every group evaluated in a batch shares one read of each day. SQLite stays the record; the
/// windows live as long as the batch.
final class DatabaseWindows: DisputeHistory {
    let db: Database
    private var sources: [Int64: String] = [:]
    /// Article versions out of the record: the version that replaced each (itself when it was
    /// retracted), and the article's latest.
    private var replaced: [Int64: (by: Int64, latest: Int64)] = [:]
    private var figureDays: [FigureKey: [Int: [WindowClaim]]] = [:]
    private var stanceDays: [StanceKey: [Int: [WindowClaim]]] = [:]
    /// Articles stored in this batch with no earlier version: their versions need no query.
    private var freshArticles: [Int64: ArticleVersions] = [:]

    private struct FigureKey: Hashable {
        var topic: String
        var facets: String
    }

    private struct StanceKey: Hashable {
        var topic: String
        var actor: String
    }

    /// Windows over the connection as it is now (after the batch's claims were stored).
    init(_ db: Database) throws {
        self.db = db
        try DirectStatement(db, sql: Self.sourceNamesSQL).forEachRow([]) { handle in
            sources[RawColumn.int(handle, 0)] = RawColumn.text(handle, 1)
        }
        var next: [Int64: Int64] = [:]
        try DirectStatement(db, sql: "SELECT article_id, by_article_id FROM superseded_article")
            .forEachRow([]) { handle in
                next[RawColumn.int(handle, 0)] = RawColumn.int(handle, 1)
            }
        for (article, by) in next {
            var latest = by
            var steps = 0
            while let later = next[latest], steps < next.count {
                latest = later
                steps += 1
            }
            replaced[article] = (by, latest)
        }
        // A retracted article is taken out of the record by itself; a later version of it (a
        // republication) counts again, and the chain above already leads there.
        try DirectStatement(db, sql: "SELECT article_id FROM retraction").forEachRow([]) { handle in
            let article = RawColumn.int(handle, 0)
            if replaced[article] == nil { replaced[article] = (article, article) }
        }
    }

    /// Every source with the name it counts under: its canonical source's when it is an alias.
    static let sourceNamesSQL = """
        SELECT source.id, canonical.name FROM source
        JOIN source AS canonical ON canonical.id = \(SourceAliasRecord.canonicalID(of: "source.id"))
        """

    /// The sources that count under one name: the canonical source and its aliases.
    static let sourceIDsSQL = """
        SELECT source.id FROM source
        WHERE \(SourceAliasRecord.canonicalID(of: "source.id")) = (SELECT id FROM source WHERE name = ?)
        """

    var hasReplacedClaims: Bool { !replaced.isEmpty }

    /// The first and last day any figure of a topic and facets speaks about, read once per
    /// batch: a series is never searched past them.
    private var figureBounds: [FigureKey: ClosedRange<Int>?] = [:]

    private func bounds(_ key: FigureKey) throws -> ClosedRange<Int>? {
        if let known = figureBounds[key] { return known }
        var days: [Int] = []
        for sql in [Self.firstFigureDaySQL, Self.lastFigureDaySQL] {
            try DirectStatement(db, sql: sql).forEachRow([
                key.topic.databaseValue, key.facets.databaseValue,
            ]) { handle in
                if let day = Day(iso: RawColumn.text(handle, 0)) { days.append(day.ordinal) }
            }
        }
        let found = days.count == 2 ? days[0]...max(days[0], days[1]) : nil
        figureBounds[key] = found
        return found
    }

    /// The first day the figures of a topic and facets speak about: one seek.
    static let firstFigureDaySQL = """
        SELECT as_of FROM claim INDEXED BY claim_figures
        WHERE kind = 'numeric' AND topic = ? AND facets = ? ORDER BY as_of LIMIT 1
        """
    /// The last day the figures of a topic and facets speak about: one seek.
    static let lastFigureDaySQL = """
        SELECT as_of FROM claim INDEXED BY claim_figures
        WHERE kind = 'numeric' AND topic = ? AND facets = ? ORDER BY as_of DESC LIMIT 1
        """

    /// Records an article stored in this batch as its first version, so its versions are
    /// known without a query.
    func registerFirstVersion(_ article: ArticleVersions) {
        guard article.versions.count == 1, let only = article.versions.first else { return }
        freshArticles[only.articleID] = article
    }

    /// The window view of a stored claim, with whether a later version replaced it.
    func window(_ stored: StoredClaim) -> WindowClaim {
        let replacement = replaced[stored.articleID]
        return WindowClaim(
            stored, replacedBy: replacement?.by, latestVersion: replacement?.latest)
    }

    // MARK: - Figures

    /// The columns a figure is read from the `claim_figures` index, in select order.
    private enum FigureColumn: Int32, CaseIterable {
        case id, articleID, sourceID, published, asOf, low, high, best, qualifier, certainty
        case speaker, tally, wholeIndex, partsExhaustive

        var sql: String {
            switch self {
            case .id: return "id"
            case .articleID: return "article_id"
            case .sourceID: return "source_id"
            case .published: return "published"
            case .asOf: return "as_of"
            case .low: return "low"
            case .high: return "high"
            case .best: return "best"
            case .qualifier: return "qualifier"
            case .certainty: return "certainty"
            case .speaker: return "speaker"
            case .tally: return "tally"
            case .wholeIndex: return "whole_index"
            case .partsExhaustive: return "parts_exhaustive"
            }
        }
    }

    private static let figureSelect =
        "SELECT " + FigureColumn.allCases.map(\.sql).joined(separator: ", ")
        + " FROM claim INDEXED BY claim_figures WHERE kind = 'numeric' AND topic = ? AND facets = ?"

    /// The figures about a range of days.
    static let figureRangeSQL = figureSelect + " AND as_of BETWEEN ? AND ?"
    /// One outlet's figures about a range of days.
    static let sourceFiguresSQL =
        figureSelect
        + " AND as_of BETWEEN ? AND ? AND source_id IN (" + sourceIDsSQL + ")"
    /// One speaker's figures about a range of days.
    static let speakerFiguresSQL = figureSelect + " AND as_of BETWEEN ? AND ? AND speaker = ?"
    /// The figures about a day published on a day.
    static let figurePointSQL = figureSelect + " AND as_of = ? AND published = ?"
    /// One outlet's figures before a day, nearest first.
    static let sourceFiguresBeforeSQL =
        figureSelect
        + " AND source_id IN (" + sourceIDsSQL
        + ") AND as_of < ? AND as_of >= ? ORDER BY as_of DESC"
    /// One outlet's figures after a day, nearest first.
    static let sourceFiguresAfterSQL =
        figureSelect
        + " AND source_id IN (" + sourceIDsSQL + ") AND as_of > ? AND as_of <= ? ORDER BY as_of"
    /// One speaker's figures before a day, nearest first.
    static let speakerFiguresBeforeSQL =
        figureSelect + " AND speaker = ? AND as_of < ? AND as_of >= ? ORDER BY as_of DESC"
    /// One speaker's figures after a day, nearest first.
    static let speakerFiguresAfterSQL =
        figureSelect + " AND speaker = ? AND as_of > ? AND as_of <= ? ORDER BY as_of"
    /// The figures before a day, nearest first.
    static let figuresBeforeSQL =
        figureSelect + " AND as_of < ? AND as_of >= ? ORDER BY as_of DESC"
    /// The figures after a day, nearest first.
    static let figuresAfterSQL = figureSelect + " AND as_of > ? AND as_of <= ? ORDER BY as_of"

    private func figure(_ handle: OpaquePointer, topic: String, facets: Facets) throws
        -> WindowClaim
    {
        typealias C = RawColumn
        func column(_ column: FigureColumn) -> Int32 { column.rawValue }
        let id = C.int(handle, column(.id))
        func value<T>(_ name: FigureColumn, _ parse: (String) -> T?) throws -> T {
            let raw = C.text(handle, column(name))
            guard let value = parse(raw) else {
                throw LedgerError.badValue(table: "claim", column: name.sql, id: id, value: raw)
            }
            return value
        }
        let articleID = C.int(handle, column(.articleID))
        let replacement = replaced[articleID]
        let low = C.optionalDouble(handle, column(.low)) ?? 0
        return WindowClaim(
            id: id, articleID: articleID, source: try source(C.int(handle, column(.sourceID))),
            published: try value(.published) { Day(iso: $0) }, kind: .numeric, topic: topic,
            facets: facets, speaker: C.optionalText(handle, column(.speaker)),
            quantity: Quantity(
                low: low, high: C.optionalDouble(handle, column(.high)) ?? .infinity,
                best: C.optionalDouble(handle, column(.best)),
                qualifier: try value(.qualifier, Qualifier.init)),
            certainty: try value(.certainty, Certainty.init),
            asOf: try value(.asOf) { Day(iso: $0) },
            tally: C.isNull(handle, column(.tally)) ? nil : try value(.tally, Tally.init),
            wholeIndex: C.optionalInt(handle, column(.wholeIndex)).map(Int.init),
            partsAreExhaustive: C.int(handle, column(.partsExhaustive)) != 0,
            replacedBy: replacement?.by, latestVersion: replacement?.latest)
    }

    private func source(_ id: Int64) throws -> String {
        if let name = sources[id] { return name }
        guard
            let name = try Row.fetchOne(
                db.cachedStatement(sql: Self.sourceNamesSQL + " WHERE source.id = ?"),
                arguments: [id]
            ).map({ $0[1] as String })
        else {
            throw LedgerError.badValue(table: "claim", column: "source_id", id: id, value: "\(id)")
        }
        sources[id] = name
        return name
    }

    func figures(topic: String, facets: Facets, days: ClosedRange<Day>) throws -> [WindowClaim] {
        let key = FigureKey(topic: topic, facets: facets.canonical)
        var cached = figureDays[key] ?? [:]
        let range = days.lowerBound.ordinal...days.upperBound.ordinal
        if let first = range.first(where: { cached[$0] == nil }),
            let last = range.last(where: { cached[$0] == nil })
        {
            for day in first...last { cached[day] = [] }
            try DirectStatement(db, sql: Self.figureRangeSQL).forEachRow([
                topic.databaseValue, key.facets.databaseValue,
                Day(ordinal: first).description.databaseValue,
                Day(ordinal: last).description.databaseValue,
            ]) { handle in
                let claim = try figure(handle, topic: topic, facets: facets)
                cached[claim.asOf.ordinal, default: []].append(claim)
            }
            figureDays[key] = cached
        }
        return range.flatMap { cached[$0] ?? [] }
    }

    func figures(topic: String, facets: Facets, days: ClosedRange<Day>, voice: Voice) throws
        -> [WindowClaim]
    {
        let key = FigureKey(topic: topic, facets: facets.canonical)
        let range = days.lowerBound.ordinal...days.upperBound.ordinal
        if let cached = figureDays[key], range.allSatisfy({ cached[$0] != nil }) {
            return range.flatMap { cached[$0]! }.filter(voice.says)
        }
        let (sql, name): (String, String)
        switch voice {
        case .source(let source): (sql, name) = (Self.sourceFiguresSQL, source)
        case .speaker(let speaker): (sql, name) = (Self.speakerFiguresSQL, speaker)
        }
        var claims: [WindowClaim] = []
        try DirectStatement(db, sql: sql).forEachRow([
            topic.databaseValue, key.facets.databaseValue,
            days.lowerBound.description.databaseValue, days.upperBound.description.databaseValue,
            name.databaseValue,
        ]) { handle in claims.append(try figure(handle, topic: topic, facets: facets)) }
        return claims
    }

    /// The figures about a day published on a day read so far, when their whole day was not.
    private var figurePoints: [FigureKey: [Int: [Int: [WindowClaim]]]] = [:]

    func figures(topic: String, facets: Facets, about day: Day, published: Day) throws
        -> [WindowClaim]
    {
        let key = FigureKey(topic: topic, facets: facets.canonical)
        if let whole = figureDays[key]?[day.ordinal] {
            return whole.filter { $0.published == published }
        }
        if let known = figurePoints[key]?[day.ordinal]?[published.ordinal] { return known }
        var claims: [WindowClaim] = []
        try DirectStatement(db, sql: Self.figurePointSQL).forEachRow([
            topic.databaseValue, key.facets.databaseValue, day.description.databaseValue,
            published.description.databaseValue,
        ]) { handle in
            claims.append(try figure(handle, topic: topic, facets: facets))
        }
        figurePoints[key, default: [:]][day.ordinal, default: [:]][published.ordinal] = claims
        return claims
    }

    // MARK: - Stances

    /// The columns a stance is read from the `claim_stances` index, in select order.
    private enum StanceColumn: Int32, CaseIterable {
        case id, articleID, sourceID, published, asOf, polarity, certainty, speaker

        var sql: String {
            switch self {
            case .id: return "id"
            case .articleID: return "article_id"
            case .sourceID: return "source_id"
            case .published: return "published"
            case .asOf: return "as_of"
            case .polarity: return "polarity"
            case .certainty: return "certainty"
            case .speaker: return "speaker"
            }
        }
    }

    private static let stanceSelect =
        "SELECT " + StanceColumn.allCases.map(\.sql).joined(separator: ", ")
        + " FROM claim INDEXED BY claim_stances WHERE kind = 'stance' AND topic = ? AND actor = ?"

    /// One actor's stances published in a range of days.
    static let stanceRangeSQL = stanceSelect + " AND published BETWEEN ? AND ?"
    /// One actor's stances published before a day, nearest first.
    static let stancesBeforeSQL =
        stanceSelect + " AND published < ? AND published >= ? ORDER BY published DESC"
    /// One actor's stances published after a day, nearest first.
    static let stancesAfterSQL =
        stanceSelect + " AND published > ? AND published <= ? ORDER BY published"

    private func stance(_ handle: OpaquePointer, topic: String, actor: String) throws
        -> WindowClaim
    {
        typealias C = RawColumn
        let id = C.int(handle, StanceColumn.id.rawValue)
        func value<T>(_ name: StanceColumn, _ parse: (String) -> T?) throws -> T {
            let raw = C.text(handle, name.rawValue)
            guard let value = parse(raw) else {
                throw LedgerError.badValue(table: "claim", column: name.sql, id: id, value: raw)
            }
            return value
        }
        let articleID = C.int(handle, StanceColumn.articleID.rawValue)
        let replacement = replaced[articleID]
        return WindowClaim(
            id: id, articleID: articleID,
            source: try source(C.int(handle, StanceColumn.sourceID.rawValue)),
            published: try value(.published) { Day(iso: $0) }, kind: .stance, topic: topic,
            actor: actor, speaker: C.optionalText(handle, StanceColumn.speaker.rawValue),
            polarity: try value(.polarity, Polarity.init),
            certainty: try value(.certainty, Certainty.init),
            asOf: try value(.asOf) { Day(iso: $0) }, replacedBy: replacement?.by,
            latestVersion: replacement?.latest)
    }

    func stances(topic: String, actors: [String], days: ClosedRange<Day>) throws -> [WindowClaim] {
        let range = days.lowerBound.ordinal...days.upperBound.ordinal
        var found: [WindowClaim] = []
        for actor in actors {
            let key = StanceKey(topic: topic, actor: actor)
            var cached = stanceDays[key] ?? [:]
            if let first = range.first(where: { cached[$0] == nil }),
                let last = range.last(where: { cached[$0] == nil })
            {
                for day in first...last { cached[day] = [] }
                try DirectStatement(db, sql: Self.stanceRangeSQL).forEachRow([
                    topic.databaseValue, actor.databaseValue,
                    Day(ordinal: first).description.databaseValue,
                    Day(ordinal: last).description.databaseValue,
                ]) { handle in
                    let claim = try stance(handle, topic: topic, actor: actor)
                    cached[claim.published.ordinal, default: []].append(claim)
                }
                stanceDays[key] = cached
            }
            found += range.flatMap { cached[$0] ?? [] }
        }
        return found
    }

    // MARK: - Series

    func nearestDay(
        _ series: Series, from day: Day, before: Bool, within: Int,
        where accept: (WindowClaim) -> Bool
    ) throws -> Day? {
        guard within > 0 else { return nil }
        let step = before ? -1 : 1
        let limit = day.ordinal + step * within
        switch series {
        case .figure(let topic, let facets), .voice(let topic, let facets, _):
            let key = FigureKey(topic: topic, facets: facets.canonical)
            var voice: Voice?
            if case .voice(_, _, let one) = series { voice = one }
            let cached = figureDays[key] ?? [:]
            var current = day.ordinal + step
            // Days already read answer without a query.
            while before ? current >= limit : current <= limit {
                guard let claims = cached[current] else { break }
                if claims.contains(where: { (voice?.says($0) ?? true) && accept($0) }) {
                    return Day(ordinal: current)
                }
                current += step
            }
            guard before ? current >= limit : current <= limit else { return nil }
            // No figure speaks about a day beyond the ones stored.
            guard let stored = try bounds(key),
                before ? current >= stored.lowerBound : current <= stored.upperBound
            else { return nil }
            var sql = before ? Self.figuresBeforeSQL : Self.figuresAfterSQL
            var prefix = [topic.databaseValue, facets.canonical.databaseValue]
            switch voice {
            case .source(let name)?:
                sql = before ? Self.sourceFiguresBeforeSQL : Self.sourceFiguresAfterSQL
                prefix.append(name.databaseValue)
            case .speaker(let name)?:
                sql = before ? Self.speakerFiguresBeforeSQL : Self.speakerFiguresAfterSQL
                prefix.append(name.databaseValue)
            case nil: break
            }
            return try scan(
                sql: sql, prefix: prefix, from: Day(ordinal: current - step),
                limit: Day(ordinal: limit)
            ) { try accept(figure($0, topic: topic, facets: facets)) }
        case .stance(let topic, let actors):
            var nearest: Day?
            for actor in actors {
                let cached = stanceDays[StanceKey(topic: topic, actor: actor)] ?? [:]
                var current = day.ordinal + step
                var found: Day?
                while before ? current >= limit : current <= limit {
                    guard let claims = cached[current] else { break }
                    if claims.contains(where: accept) {
                        found = Day(ordinal: current)
                        break
                    }
                    current += step
                }
                if found == nil, before ? current >= limit : current <= limit {
                    found = try scan(
                        sql: before ? Self.stancesBeforeSQL : Self.stancesAfterSQL,
                        prefix: [topic.databaseValue, actor.databaseValue],
                        from: Day(ordinal: current - step), limit: Day(ordinal: limit),
                        dayColumn: StanceColumn.published.rawValue
                    ) { try accept(stance($0, topic: topic, actor: actor)) }
                }
                if let found, nearest.map({ before ? found > $0 : found < $0 }) ?? true {
                    nearest = found
                }
            }
            return nearest
        }
    }

    /// Reads a series outward from a day, nearest first, until a row is accepted.
    private func scan(
        sql: String, prefix: [DatabaseValue], from: Day, limit: Day,
        dayColumn: Int32 = FigureColumn.asOf.rawValue, accept: (OpaquePointer) throws -> Bool
    ) throws -> Day? {
        var found: Day?
        try DirectStatement(db, sql: sql).forEachUntil(
            prefix + [from.description.databaseValue, limit.description.databaseValue]
        ) { handle in
            guard try accept(handle) else { return false }
            found = Day(iso: RawColumn.text(handle, dayColumn))
            return true
        }
        return found
    }

    // MARK: - Articles

    /// Every version of the article a version belongs to, oldest first.
    static let versionsSQL = """
        SELECT version.id, version.version, version.published, source.name, version.ref
        FROM article AS current
        JOIN article AS version ON version.source_id = current.source_id AND version.ref = current.ref
        JOIN source ON source.id = \(SourceAliasRecord.canonicalID(of: "current.source_id"))
        WHERE current.id = ? ORDER BY version.version
        """

    func versions(ofArticle articleID: Int64) throws -> ArticleVersions {
        if let fresh = freshArticles[articleID] { return fresh }
        var rows: [(id: Int64, number: Int, published: Day, source: String, ref: String)] = []
        try DirectStatement(db, sql: Self.versionsSQL).forEachRow([articleID.databaseValue]) {
            handle in
            let day = RawColumn.text(handle, 2)
            guard let published = Day(iso: day) else {
                throw LedgerError.badValue(
                    table: "article", column: "published", id: RawColumn.int(handle, 0), value: day)
            }
            rows.append(
                (
                    RawColumn.int(handle, 0), Int(RawColumn.int(handle, 1)), published,
                    RawColumn.text(handle, 3), RawColumn.text(handle, 4)
                ))
        }
        guard let first = rows.first else {
            return ArticleVersions(source: "", ref: "", versions: [])
        }
        let history = DatabaseHistory(db: db)
        return ArticleVersions(
            source: first.source, ref: first.ref,
            versions: try rows.map { row in
                ArticleVersions.Version(
                    articleID: row.id, number: row.number, published: row.published,
                    claims: try history.claims(ofArticle: row.id).map(window))
            })
    }

    func quotes(_ ids: [Int64]) throws -> [Int64: String] {
        var quotes: [Int64: String] = [:]
        for id in ids {
            try DirectStatement(db, sql: "SELECT quote FROM claim WHERE id = ?").forEachRow([
                id.databaseValue
            ]) { handle in quotes[id] = RawColumn.text(handle, 0) }
        }
        return quotes
    }
}
