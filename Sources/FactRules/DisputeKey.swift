import FactLedgerCore

/// What a claim's disputes under one rule are keyed by: a figure (topic, facets and the kind of
/// figure), one actor's or speaker's or outlet's series of it, or one article.
public struct DisputeKey: Sendable, Hashable {
    /// The topic, for keys of one topic.
    public var topic: String?
    /// The facets, for figures.
    public var facets: Facets?
    /// The kind of figure compared.
    public var tally: Tally?
    /// The speaker, outlet or actor, for series and stances.
    public var scope: String?
    /// For keys of one article, a version of it.
    public var articleID: Int64?

    /// Creates a key.
    public init(
        topic: String? = nil, facets: Facets? = nil, tally: Tally? = nil, scope: String? = nil,
        articleID: Int64? = nil
    ) {
        self.topic = topic
        self.facets = facets
        self.tally = tally
        self.scope = scope
        self.articleID = articleID
    }

    /// The key of a stance claim for the stance kinds: its topic and its actor at the level
    /// compared; nil for claims that are no stance, or of a topic not looked at.
    static func stance(
        of claim: WindowClaim, topics: TopicFilter, compareAt: ActorLevel, context: RuleContext
    ) -> DisputeKey? {
        guard claim.kind == .stance, topics.includes(claim.topic), let actor = claim.actor,
            claim.polarity != nil
        else { return nil }
        return DisputeKey(topic: claim.topic, scope: compareAt.key(of: actor, context: context))
    }

    /// The identity prefix of the key's disputes under a rule.
    func prefix(ruleID: String) -> String {
        Dispute.identityPrefix(
            ruleID: ruleID, article: nil, scope: scope, topic: topic, facets: facets, tally: tally)
    }
}
