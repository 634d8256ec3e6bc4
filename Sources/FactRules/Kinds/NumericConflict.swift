import FactLedgerCore

/// Flags two sources whose figures for the same topic and facets cannot both be true.
///
/// "over 200" and "240" agree; "fewer than 180" and "241" do not. Cumulative figures (released,
/// killed) grow, so for them only claims about the same day are compared.
public struct NumericConflict: RuleKind {
    public static let name = "numeric_conflict"
    public static let summary =
        "different sources, same topic and facets, within a window, intervals that cannot both hold"

    let window: Int
    let tolerance: Tolerance
    let topics: TopicFilter

    public init(parameters: RuleParameters) throws {
        let parameters = try RuleParameters.read(
            parameters.node, kindKeys: ["window_days", "tolerance", "max_per_claim"])
        window = try parameters.days("window_days", default: 2)
        tolerance = try parameters.tolerance(default: Tolerance(relative: 0.05, absolute: 2))
        topics = try parameters.topics()
        maximum = try parameters.days("max_per_claim", default: 3, minimum: 1)
    }

    /// At most this many flags per fresh claim: the sources that disagree most recently.
    let maximum: Int

    public func evaluate(_ fresh: [StoredClaim], history: any ClaimHistory, context: RuleContext)
        throws -> [RuleMatch]
    {
        var matches: [RuleMatch] = []
        for claim in fresh where claim.claim.kind == .numeric && topics.includes(claim.claim.topic)
        {
            guard let quantity = claim.claim.quantity else { continue }
            let cumulative = context.cumulativeTopics.contains(claim.claim.topic)
            var query = ClaimQuery(.numeric, topic: claim.claim.topic)
            query.facets = claim.claim.facets
            query.from = claim.published.adding(days: -window)
            query.through = claim.published.adding(days: window)
            query.notSource = claim.source
            query.notArticle = claim.articleID
            query.outside = quantity.disagreementBand(tolerance)
            // Totals grow: figures about other days are not in conflict.
            if cumulative { query.asOf = claim.claim.asOf }
            let recent = try LatestSources.find(query, maximum: maximum, cap: 200, in: history) {
                other in
                guard let theirs = other.claim.quantity,
                    !quantity.agrees(with: theirs, tolerance: tolerance)
                else { return false }
                if cumulative, other.claim.asOf != claim.claim.asOf { return false }
                if let speaker = claim.claim.speaker, speaker == other.claim.speaker,
                    other.claim.asOf != claim.claim.asOf
                {
                    return false
                }
                return true
            }
            for other in recent.sorted(by: { $0.id < $1.id }) {
                matches.append(RuleMatch(claims: ordered(other, claim)))
            }
        }
        return matches
    }
}

/// Two claims, earlier first (by publication, then id).
func ordered(_ first: StoredClaim, _ second: StoredClaim) -> [StoredClaim] {
    (first.published, first.id) <= (second.published, second.id)
        ? [first, second] : [second, first]
}
