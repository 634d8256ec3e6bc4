import FactLedgerCore

/// The same group's figures just before and just after a claim, by the day they speak about.
///
/// Shared by the kinds that follow one source's or speaker's figure over time.
struct NeighbouringFigures {
    /// Whose figures count as "the same".
    let groupBy: GroupBy
    /// How many days back and forward to look.
    let lookback: Int

    /// The parameters the kinds that follow a figure over time share: `lookback_days`,
    /// `tolerance` and `group_by` (plus `topics`).
    static func read(_ parameters: RuleParameters, lookbackDefault: Int) throws -> (
        NeighbouringFigures, Tolerance, TopicFilter
    ) {
        let parameters = try RuleParameters.read(
            parameters.node, kindKeys: ["lookback_days", "tolerance", "group_by"])
        let neighbours = NeighbouringFigures(
            groupBy: try parameters.choice("group_by", default: GroupBy.source),
            lookback: try parameters.days("lookback_days", default: lookbackDefault, minimum: 1))
        return (neighbours, try parameters.tolerance(default: .none), try parameters.topics())
    }

    /// The previous figure (`earlier` true) and the next one (`earlier` false), when there are.
    func around(_ claim: StoredClaim, in history: any ClaimHistory) throws -> [(
        figure: StoredClaim, earlier: Bool
    )] {
        guard let group = groupBy.key(claim) else { return [] }
        var query = ClaimQuery(.numeric, topic: claim.claim.topic)
        query.facets = claim.claim.facets
        query.notArticle = claim.articleID
        groupBy.narrow(&query, to: group)
        query.limit = 1
        query.byAsOf = true
        var before = query
        before.asOfBefore = claim.claim.asOf
        before.from = claim.published.adding(days: -lookback)
        before.newestFirst = true
        var after = query
        after.asOfAfter = claim.claim.asOf
        after.through = claim.published.adding(days: lookback)
        return try history.claims(before).map { ($0, true) }
            + history.claims(after).map { ($0, false) }
    }
}
