import FactLedgerCore

/// The ledger's read queries beyond what rule evaluators need.
public protocol LedgerReading {
    /// Claims in publication order, each with the one it supersedes, optionally narrowed.
    func timeline(_ filter: ClaimFilter) throws -> [TimelineEntry]
    /// The latest stored version of an article of a source.
    func latestVersion(source: String, ref: String) throws -> StoredArticle?
    /// Every version of an article of a source, oldest first.
    func versions(source: String, ref: String) throws -> [StoredArticle]
    /// The claims of one article version, in text order.
    func claims(ofArticle articleID: Int64) throws -> [StoredClaim]
    /// Claims with these ids, in id order.
    func claims(ids: [Int64]) throws -> [StoredClaim]
    /// The number of articles, claims and sources stored.
    func counts() throws -> LedgerCounts
}

extension LedgerReading {
    /// Claims in publication order, each with the one it supersedes, narrowed by topic, source,
    /// kind and the last publication day.
    public func timeline(topic: String?, source: String?, kind: ClaimKind?, through: Day?) throws
        -> [TimelineEntry]
    {
        try timeline(ClaimFilter(topic: topic, source: source, kind: kind, until: through))
    }
}

/// How much the ledger holds.
public struct LedgerCounts: Sendable, Equatable {
    /// Distinct articles (any version).
    public var articles: Int
    /// Article versions.
    public var versions: Int
    /// Sources.
    public var sources: Int
    /// Claims.
    public var claims: Int
    /// Flags (disputes, of any status).
    public var flags: Int
}
