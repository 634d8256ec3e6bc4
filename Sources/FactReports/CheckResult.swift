import FactLedgerCore

/// What checking one article against the ledger found: each claim's relation to history and
/// the flags ingesting it would raise.
public struct CheckResult: Sendable {
    /// One claim of the article and how it relates to stored claims.
    public struct Entry: Sendable {
        /// The claim, numbered as it would be stored.
        public var claim: StoredClaim
        /// Its relation to history.
        public var relation: ClaimRelation
        /// The stored claims it relates to.
        public var related: [StoredClaim]

        /// Creates an entry.
        public init(claim: StoredClaim, relation: ClaimRelation, related: [StoredClaim]) {
            self.claim = claim
            self.relation = relation
            self.related = related
        }
    }

    /// The article checked.
    public var article: Article
    /// Its claims, in text order.
    public var entries: [Entry]
    /// The flags ingesting it would raise (new ones only).
    public var flags: [Finding]
    /// The level at or above which a flag fails the check.
    public var failOn: Level

    /// Creates a result.
    public init(article: Article, entries: [Entry], flags: [Finding], failOn: Level) {
        self.article = article
        self.entries = entries
        self.flags = flags
        self.failOn = failOn
    }

    /// Whether a flag at or above `failOn` would be raised.
    public var fails: Bool { flags.contains { $0.level >= failOn } }
}
