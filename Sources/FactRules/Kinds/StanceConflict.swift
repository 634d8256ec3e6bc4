import FactLedgerCore

/// Flags sources that attribute opposite positions to one actor on one topic at about the same time.
public struct StanceConflict: RuleKind {
    public static let name = "stance_conflict"
    public static let summary =
        "different sources give one actor opposite polarities on a topic within a window"

    let window: Int
    let level: ActorLevel
    let topics: TopicFilter

    public init(parameters: RuleParameters) throws {
        let parameters = try RuleParameters.read(
            parameters.node, kindKeys: ["window_days", "compare_at", "max_per_claim"])
        window = try parameters.days("window_days", default: 3)
        level = try parameters.choice("compare_at", default: ActorLevel.exact)
        topics = try parameters.topics()
        maximum = try parameters.days("max_per_claim", default: 3, minimum: 1)
    }

    /// At most this many flags per fresh claim: the sources that disagree most recently.
    let maximum: Int

    public func evaluate(_ fresh: [StoredClaim], history: any ClaimHistory, context: RuleContext)
        throws -> [RuleMatch]
    {
        var matches: [RuleMatch] = []
        for claim in fresh where claim.claim.kind == .stance && topics.includes(claim.claim.topic) {
            guard let actor = claim.claim.actor, let polarity = claim.claim.polarity else {
                continue
            }
            let scope = level.scope(of: actor, context: context)
            var query = ClaimQuery(.stance, topic: claim.claim.topic)
            query.actors = scope.members
            query.from = claim.published.adding(days: -window)
            query.through = claim.published.adding(days: window)
            query.notSource = claim.source
            query.notArticle = claim.articleID
            query.polarities = Polarity.allCases.filter(polarity.contradicts)
            let recent = try LatestSources.find(query, maximum: maximum, cap: 100, in: history)
            for other in recent.sorted(by: { $0.id < $1.id }) {
                matches.append(
                    RuleMatch(claims: ordered(other, claim), values: ["scope": scope.key]))
            }
        }
        return matches
    }
}
