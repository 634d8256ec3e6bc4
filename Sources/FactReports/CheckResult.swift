import FactLedgerCore

/// What checking one article against the ledger found: each claim's relation to history and
/// the disputes ingesting it would open, join, change or close.
public struct CheckResult: Sendable {
    /// One claim of the article and how it relates to stored claims.
    public struct Entry: Sendable {
        /// The claim, numbered as it would be stored.
        public var claim: StoredClaim
        /// Its relation to history.
        public var relation: ClaimRelation
        /// The stored claims it relates to.
        public var related: [WindowClaim]
        /// For a conflict, the stored figures of the same day it agrees with.
        public var agreeing: [WindowClaim]

        /// Creates an entry.
        public init(
            claim: StoredClaim, relation: ClaimRelation, related: [WindowClaim],
            agreeing: [WindowClaim] = []
        ) {
            self.claim = claim
            self.relation = relation
            self.related = related
            self.agreeing = agreeing
        }
    }

    /// One dispute ingesting the article would touch.
    public struct DisputeEntry: Sendable {
        /// What ingesting would do to it.
        public enum Effect: String, Sendable {
            /// Open it: it does not exist without the article.
            case opens
            /// Add the article's claims to it.
            case joins
            /// Close it: the article is a correction that removes the disagreement.
            case closes
        }

        /// The dispute as it would be.
        public var dispute: Dispute
        /// Its id, when it is stored already.
        public var id: Int64?
        /// What ingesting would do.
        public var effect: Effect
        /// The sides the article's claims would be on (0 is the first side).
        public var articleSides: [Int]
        /// Its level before, when it is stored and the level would change.
        public var previousLevel: Level?

        /// Creates an entry.
        public init(
            dispute: Dispute, id: Int64?, effect: Effect, articleSides: [Int],
            previousLevel: Level? = nil
        ) {
            self.dispute = dispute
            self.id = id
            self.effect = effect
            self.articleSides = articleSides
            self.previousLevel = previousLevel
        }

        /// Whether it counts against the article at the gate: it is live and the article opens
        /// it, or takes a side other than the first (the figure most agree on, the earlier
        /// step, the total, the earlier version).
        public var countsAgainst: Bool {
            dispute.state == .live && (effect == .opens || articleSides.contains { $0 > 0 })
        }
    }

    /// An article the ledger holds already: its stored version and the live flags its claims
    /// take part in.
    public struct StoredArticle: Sendable {
        /// The stored article version's id.
        public var articleID: Int64
        /// Its version.
        public var version: Int
        /// The live flags its claims take part in, most severe first.
        public var flags: [FlagDetail]

        /// Creates a stored article.
        public init(articleID: Int64, version: Int, flags: [FlagDetail]) {
            self.articleID = articleID
            self.version = version
            self.flags = flags
        }

        /// Its open flags: live and not yet reviewed away.
        public var openFlags: [FlagDetail] { flags.filter { $0.flag.status == .open } }
    }

    /// The article checked.
    public var article: Article
    /// When the ledger holds the article already, which version and its flags; checking it
    /// again adds nothing.
    public var alreadyStored: StoredArticle?
    /// Its claims, in text order.
    public var entries: [Entry]
    /// The disputes ingesting it would open, join or close.
    public var disputes: [DisputeEntry]
    /// The level at or above which a dispute counting against the article fails the check.
    public var failOn: Level

    /// Creates a result.
    public init(article: Article, entries: [Entry], disputes: [DisputeEntry], failOn: Level) {
        self.article = article
        self.entries = entries
        self.disputes = disputes
        self.failOn = failOn
    }

    /// Whether a dispute that counts against the article is at or above `failOn`.
    public func fails(_ entry: DisputeEntry) -> Bool {
        entry.countsAgainst && entry.dispute.level >= failOn
    }

    /// Whether any dispute fails the check; for an article stored already, whether any of its
    /// open flags is at or above `failOn`.
    public var fails: Bool {
        if let alreadyStored {
            return alreadyStored.openFlags.contains { $0.flag.dispute.level >= failOn }
        }
        return disputes.contains(where: fails)
    }
}
