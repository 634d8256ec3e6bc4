import FactLedgerCore

/// The ledger as a dry run sees it: the rules' windows and the queries for people, over one
/// connection inside the transaction about to be rolled back.
struct LedgerView: DisputeHistory, LedgerReading {
    let windows: DatabaseWindows
    var queries: DatabaseHistory { DatabaseHistory(db: windows.db) }

    func figures(topic: String, facets: Facets, days: ClosedRange<Day>) throws -> [WindowClaim] {
        try windows.figures(topic: topic, facets: facets, days: days)
    }

    func figures(topic: String, facets: Facets, days: ClosedRange<Day>, voice: Voice) throws
        -> [WindowClaim]
    {
        try windows.figures(topic: topic, facets: facets, days: days, voice: voice)
    }

    func figures(topic: String, facets: Facets, about day: Day, published: Day) throws
        -> [WindowClaim]
    {
        try windows.figures(topic: topic, facets: facets, about: day, published: published)
    }

    func stances(topic: String, actors: [String], days: ClosedRange<Day>) throws -> [WindowClaim] {
        try windows.stances(topic: topic, actors: actors, days: days)
    }

    func nearestDay(
        _ series: Series, from day: Day, before: Bool, within: Int,
        where accept: (WindowClaim) -> Bool
    ) throws -> Day? {
        try windows.nearestDay(series, from: day, before: before, within: within, where: accept)
    }

    func versions(ofArticle articleID: Int64) throws -> ArticleVersions {
        try windows.versions(ofArticle: articleID)
    }

    func quotes(_ ids: [Int64]) throws -> [Int64: String] { try windows.quotes(ids) }

    var hasReplacedClaims: Bool { windows.hasReplacedClaims }

    func timeline(_ filter: ClaimFilter) throws -> [TimelineEntry] {
        try queries.timeline(filter)
    }

    func latestVersion(source: String, ref: String) throws -> StoredArticle? {
        try queries.latestVersion(source: source, ref: ref)
    }

    func versions(source: String, ref: String) throws -> [StoredArticle] {
        try queries.versions(source: source, ref: ref)
    }

    func claims(ofArticle articleID: Int64) throws -> [StoredClaim] {
        try queries.claims(ofArticle: articleID)
    }

    func claims(ids: [Int64]) throws -> [StoredClaim] { try queries.claims(ids: ids) }

    func counts() throws -> LedgerCounts { try queries.counts() }
}
