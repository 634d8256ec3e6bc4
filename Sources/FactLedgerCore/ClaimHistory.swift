/// Read access to the stored claims, as rule evaluators and the relation classifier need it.
///
/// One general query type covers every evaluator; the ledger runs it as one index-backed SQL
/// query, tests run it over arrays.
public protocol ClaimHistory {
    /// The claims matching the query, in publication order then id order (reversed when
    /// `newestFirst`), at most `limit` of them.
    func claims(_ query: ClaimQuery) throws -> [StoredClaim]
    /// The claims of the version before the given article version, when there is one.
    func previousVersionClaims(ofArticle articleID: Int64) throws -> [StoredClaim]
}

/// A question to the claim history: which claims of one kind and topic, narrowed by any of the
/// optional conditions.
public struct ClaimQuery: Sendable, Hashable {
    /// Numeric or stance.
    public var kind: ClaimKind
    /// The topic.
    public var topic: String
    /// Numeric claims: exactly these facets.
    public var facets: Facets?
    /// Stance claims: any of these actors.
    public var actors: [String]?
    /// Published on or after.
    public var from: Day?
    /// Published on or before.
    public var through: Day?
    /// Speaking about a day strictly before.
    public var asOfBefore: Day?
    /// Speaking about a day strictly after.
    public var asOfAfter: Day?
    /// Speaking about exactly this day.
    public var asOf: Day?
    /// Published by this source.
    public var source: String?
    /// Not published by this source.
    public var notSource: String?
    /// Attributed to this speaker.
    public var speaker: String?
    /// Not from this article version.
    public var notArticle: Int64?
    /// Numeric claims whose interval lies wholly below `low` or wholly above `high`.
    public var outside: ClosedRange<Double>?
    /// Stance claims with one of these polarities.
    public var polarities: [Polarity]?
    /// Newest first instead of oldest first.
    public var newestFirst = false
    /// Order by the day the claims speak about rather than by publication.
    public var byAsOf = false
    /// At most this many claims.
    public var limit: Int?

    /// A query for all claims of a kind on a topic.
    public init(_ kind: ClaimKind, topic: String) {
        self.kind = kind
        self.topic = topic
    }

    /// Whether `first` comes before `second` in the query's order: by publication (or, with
    /// `byAsOf`, by the day spoken about, then publication), then id; reversed when `newestFirst`.
    public func orders(_ first: StoredClaim, before second: StoredClaim) -> Bool {
        let key = { (stored: StoredClaim) in
            (self.byAsOf ? stored.claim.asOf.ordinal : 0, stored.published.ordinal, stored.id)
        }
        return newestFirst ? key(first) > key(second) : key(first) < key(second)
    }

    /// Whether a claim satisfies every condition (the reference semantics of the query).
    public func matches(_ stored: StoredClaim) -> Bool {
        let claim = stored.claim
        guard claim.kind == kind, claim.topic == topic else { return false }
        if let facets, claim.facets != facets { return false }
        if let actors, !actors.contains(claim.actor ?? "") { return false }
        if let from, stored.published < from { return false }
        if let through, stored.published > through { return false }
        if let asOfBefore, !(claim.asOf < asOfBefore) { return false }
        if let asOfAfter, !(claim.asOf > asOfAfter) { return false }
        if let asOf, claim.asOf != asOf { return false }
        if let source, stored.source != source { return false }
        if let notSource, stored.source == notSource { return false }
        if let speaker, claim.speaker != speaker { return false }
        if let notArticle, stored.articleID == notArticle { return false }
        if let outside {
            guard let quantity = claim.quantity else { return false }
            if !(quantity.high < outside.lowerBound || quantity.low > outside.upperBound) {
                return false
            }
        }
        if let polarities, !polarities.contains(where: { $0 == claim.polarity }) { return false }
        return true
    }
}
