/// A stored claim as the rules read it from history: what it says, who said it and when, and
/// whether a later version of its article has replaced it. Its quote is not read.
///
/// A class with constant properties: the rules filter, group and sort thousands of these per
/// batch, and a reference is copied for the cost of one count, a value for one per text it holds.
public final class WindowClaim: Sendable, Hashable {
    /// The claim's id.
    public let id: Int64
    /// The article version it belongs to.
    public let articleID: Int64
    /// The outlet.
    public let source: String
    /// The article's publication day.
    public let published: Day
    /// Numeric or stance.
    public let kind: ClaimKind
    /// The topic.
    public let topic: String
    /// The facets.
    public let facets: Facets
    /// For stances, the actor.
    public let actor: String?
    /// Who the claim is attributed to.
    public let speaker: String?
    /// For numeric claims, the figure.
    public let quantity: Quantity?
    /// For stances, the position.
    public let polarity: Polarity?
    /// How firmly it is put.
    public let certainty: Certainty
    /// The day it speaks about.
    public let asOf: Day
    /// How the figure adds up over time, when extraction said.
    public let tally: Tally?
    /// For a part of a total, the index of the total among its article's claims.
    public let wholeIndex: Int?
    /// Whether the parts listed with its total are meant to add up to it exactly.
    public let partsAreExhaustive: Bool
    /// The article version that took this claim out of the record: a later version of its
    /// article, or its own article when that was retracted. The claim is then no longer live.
    public let replacedBy: Int64?
    /// The latest version of the claim's article, when it is not the claim's own (or the
    /// claim's own article, when it was retracted).
    public let latestVersion: Int64?

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
    public convenience init(
        _ stored: StoredClaim, replacedBy: Int64? = nil, latestVersion: Int64? = nil
    ) {
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

    /// The same claim with another speaker.
    public func with(speaker: String?) -> WindowClaim {
        WindowClaim(
            id: id, articleID: articleID, source: source, published: published, kind: kind,
            topic: topic, facets: facets, actor: actor, speaker: speaker, quantity: quantity,
            polarity: polarity, certainty: certainty, asOf: asOf, tally: tally,
            wholeIndex: wholeIndex, partsAreExhaustive: partsAreExhaustive,
            replacedBy: replacedBy, latestVersion: latestVersion)
    }

    /// Claims are equal when every part is.
    public static func == (lhs: WindowClaim, rhs: WindowClaim) -> Bool {
        lhs.id == rhs.id && lhs.articleID == rhs.articleID && lhs.source == rhs.source
            && lhs.published == rhs.published && lhs.kind == rhs.kind && lhs.topic == rhs.topic
            && lhs.facets == rhs.facets && lhs.actor == rhs.actor && lhs.speaker == rhs.speaker
            && lhs.quantity == rhs.quantity && lhs.polarity == rhs.polarity
            && lhs.certainty == rhs.certainty && lhs.asOf == rhs.asOf && lhs.tally == rhs.tally
            && lhs.wholeIndex == rhs.wholeIndex
            && lhs.partsAreExhaustive == rhs.partsAreExhaustive
            && lhs.replacedBy == rhs.replacedBy && lhs.latestVersion == rhs.latestVersion
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(id)
        hasher.combine(articleID)
    }

    /// Whether the claim belongs to the latest version of its article and that version was
    /// not retracted.
    public var isLive: Bool { replacedBy == nil }

    /// Whether the claim's own article was retracted (rather than replaced by a later version).
    public var isRetracted: Bool { replacedBy == articleID }

    /// What the claim says, briefly: "over 200" or "oppose".
    public var valueText: String { quantity?.text ?? polarity?.rawValue ?? "" }

    /// The claims first in `contentOrder`, at most `count` of them, in that order; cheaper than
    /// sorting when few are wanted of many.
    public static func first(_ count: Int, of claims: some Sequence<WindowClaim>) -> [WindowClaim] {
        var kept: [WindowClaim] = []
        kept.reserveCapacity(count + 1)
        for claim in claims {
            if kept.count == count, let last = kept.last, !contentOrder(claim, last) { continue }
            let index = kept.firstIndex { contentOrder(claim, $0) } ?? kept.endIndex
            kept.insert(claim, at: index)
            if kept.count > count { kept.removeLast() }
        }
        return kept
    }

    /// A side's claims with its representative, the first in content order, at the front.
    public static func representativeFirst(_ claims: [WindowClaim]) -> [WindowClaim] {
        guard let first = first(1, of: claims).first else { return [] }
        return [first] + claims.filter { $0 !== first }
    }

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
