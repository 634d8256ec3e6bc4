import FactLedgerCore

/// Flags an actor whose position on a topic flips between dates (for → against or back).
///
/// With `compare_at: root`, a stance of the IDF chief counts as a stance of Israel.
public struct StanceReversal: RuleKind {
    public static let name = "stance_reversal"
    public static let summary = "an actor's polarity on a topic flips between dates"

    let minimumDays: Int
    let lookback: Int
    let level: ActorLevel
    let topics: TopicFilter

    public init(parameters: RuleParameters) throws {
        let parameters = try RuleParameters.read(
            parameters.node, kindKeys: ["min_days", "lookback_days", "compare_at"])
        minimumDays = try parameters.days("min_days", default: 1)
        lookback = try parameters.days("lookback_days", default: 90, minimum: 1)
        level = try parameters.choice("compare_at", default: ActorLevel.root)
        topics = try parameters.topics()
    }

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
            query.notArticle = claim.articleID
            query.limit = 1
            // The stance just before this one and just after it, at least min_days apart.
            var before = query
            before.from = claim.published.adding(days: -lookback)
            before.through = claim.published.adding(days: -minimumDays)
            before.newestFirst = true
            var after = query
            after.from = claim.published.adding(days: minimumDays)
            after.through = claim.published.adding(days: lookback)
            for neighbour in try history.claims(before) + history.claims(after) {
                guard let theirs = neighbour.claim.polarity, polarity.contradicts(theirs) else {
                    continue
                }
                matches.append(
                    RuleMatch(claims: ordered(neighbour, claim), values: ["scope": scope.key]))
            }
        }
        return matches
    }
}
