/// A stored claim as the rules read it from history: what it says, who said it and when, and
/// whether a later version of its article has replaced it. Its quote is not read.
public struct WindowClaim: Sendable, Hashable {
    /// The claim's id.
    public var id: Int64
    /// The article version it belongs to.
    public var articleID: Int64
    /// The outlet.
    public var source: String
    /// The article's publication day.
    public var published: Day
    /// Numeric or stance.
    public var kind: ClaimKind
    /// The topic.
    public var topic: String
    /// The facets.
    public var facets: Facets
    /// For stances, the actor.
    public var actor: String?
    /// Who the claim is attributed to.
    public var speaker: String?
    /// For numeric claims, the figure.
    public var quantity: Quantity?
    /// For stances, the position.
    public var polarity: Polarity?
    /// How firmly it is put.
    public var certainty: Certainty
    /// The day it speaks about.
    public var asOf: Day
    /// How the figure adds up over time, when extraction said.
    public var tally: Tally?
    /// For a part of a total, the index of the total among its article's claims.
    public var wholeIndex: Int?
    /// Whether the parts listed with its total are meant to add up to it exactly.
    public var partsAreExhaustive: Bool
    /// The article version that replaced this one, when a later version exists: the claim is
    /// then no longer live.
    public var replacedBy: Int64?
    /// The latest version of the claim's article, when it is not the claim's own.
    public var latestVersion: Int64?

    /// Creates a window claim.
    public init(
        id: Int64, articleID: Int64, source: String, published: Day, kind: ClaimKind,
        topic: String, facets: Facets = Facets(), actor: String? = nil, speaker: String? = nil,
        quantity: Quantity? = nil, polarity: Polarity? = nil, certainty: Certainty = .asserted,
        asOf: Day, tally: Tally? = nil, wholeIndex: Int? = nil, partsAreExhaustive: Bool = false,
        replacedBy: Int64? = nil, latestVersion: Int64? = nil
    ) {
        self.id = id
        self.articleID = articleID
        self.source = source
        self.published = published
        self.kind = kind
        self.topic = topic
        self.facets = facets
        self.actor = actor
        self.speaker = speaker
        self.quantity = quantity
        self.polarity = polarity
        self.certainty = certainty
        self.asOf = asOf
        self.tally = tally
        self.wholeIndex = wholeIndex
        self.partsAreExhaustive = partsAreExhaustive
        self.replacedBy = replacedBy
        self.latestVersion = latestVersion
    }

    /// The window view of a stored claim.
    public init(_ stored: StoredClaim, replacedBy: Int64? = nil, latestVersion: Int64? = nil) {
        let claim = stored.claim
        self.init(
            id: stored.id, articleID: stored.articleID, source: stored.source,
            published: stored.published, kind: claim.kind, topic: claim.topic,
            facets: claim.facets, actor: claim.actor, speaker: claim.speaker,
            quantity: claim.quantity, polarity: claim.polarity, certainty: claim.certainty,
            asOf: claim.asOf, tally: claim.tally, wholeIndex: claim.wholeIndex,
            partsAreExhaustive: claim.partsAreExhaustive, replacedBy: replacedBy,
            latestVersion: latestVersion)
    }

    /// Whether the claim belongs to the latest version of its article.
    public var isLive: Bool { replacedBy == nil }

    /// What the claim says, briefly: "over 200" or "oppose".
    public var valueText: String { quantity?.text ?? polarity?.rawValue ?? "" }

    /// Orders claims by what they say and who said it, so that a choice among claims depends
    /// on their content, never on the order they were stored in; the id only separates claims
    /// that say the same thing from the same outlet on the same days.
    public static func contentOrder(_ first: WindowClaim, _ second: WindowClaim) -> Bool {
        if first.published != second.published { return first.published < second.published }
        if first.source != second.source { return first.source < second.source }
        if first.asOf != second.asOf { return first.asOf < second.asOf }
        let (a, b) = (first.quantity, second.quantity)
        if let a, let b {
            if a.low != b.low { return a.low < b.low }
            if a.high != b.high { return a.high < b.high }
            if a.qualifier != b.qualifier { return a.qualifier.rawValue < b.qualifier.rawValue }
        }
        if first.polarity != second.polarity {
            return (first.polarity?.rawValue ?? "") < (second.polarity?.rawValue ?? "")
        }
        if first.actor != second.actor { return (first.actor ?? "") < (second.actor ?? "") }
        if first.speaker != second.speaker { return (first.speaker ?? "") < (second.speaker ?? "") }
        if first.certainty != second.certainty {
            return first.certainty.rawValue < second.certainty.rawValue
        }
        return first.id < second.id
    }
}
