import FactLedgerCore

/// Flags sources whose figures for one topic, facets and day cannot all be true.
///
/// The claims about one day are compared with the figure most of them agree on (the reference,
/// at their median); those that disagree with it beyond the tolerance form the other side.
/// "over 200" and "240" agree; "fewer than 180" and "241" do not. Only figures of one kind are
/// compared: a running total with running totals, a day's count with day's counts. Figures are
/// compared with those about the same day published the same day: the episode runs from the day
/// spoken about to the day of publication. A figure looking back on a day (the toll of an attack,
/// a total counted since a date) is compared with the other looks back of its day of
/// publication, never with what was reported on the day itself.
public struct NumericConflict: RuleKind {
    public static let name = "numeric_conflict"
    public static let summary =
        "different sources give figures about the same day and topic that cannot both hold"

    /// The parameters of `numeric_conflict`.
    public struct Parameters: RuleParameterSet {
        /// How far apart two figures may be and still agree.
        public var tolerance = Tolerance(relative: 0.05, absolute: 2)
        /// The topics looked at.
        public var topics = TopicFilter.all

        public init() {}
    }

    public let parameters: Parameters

    public init(parameters: Parameters) {
        self.parameters = parameters
    }

    public func key(of claim: WindowClaim, context: RuleContext) -> DisputeKey? {
        guard claim.kind == .numeric, DayFigure.comparable(claim),
            parameters.topics.includes(claim.topic)
        else { return nil }
        return DisputeKey(topic: claim.topic, facets: claim.facets, tally: context.tally(of: claim))
    }

    public func windows(
        _ keys: [DisputeKey: [WindowClaim]], history: any DisputeHistory, context: RuleContext,
        ruleID: String
    ) throws -> [RuleWindow] {
        try keys.flatMap { key, changed in
            try windows(key, claims: changed, history: history, context: context, ruleID: ruleID)
        }
    }

    /// The windows of one key: one per day spoken about and day of publication.
    func windows(
        _ key: DisputeKey, claims changed: [WindowClaim], history: any DisputeHistory,
        context: RuleContext, ruleID: String
    ) throws -> [RuleWindow] {
        guard let topic = key.topic, let facets = key.facets else { return [] }
        let episodes = Set(changed.map { Episode(from: $0.asOf, through: $0.published) })
        return try episodes.sorted { ($0.from, $0.through) < ($1.from, $1.through) }.map {
            episode in
            let claims = try history.figures(
                topic: topic, facets: facets, about: episode.from, published: episode.through
            ).filter { self.key(of: $0, context: context) == key }
            return RuleWindow(
                key: key,
                region: DisputeRegion(
                    prefix: key.prefix(ruleID: ruleID), days: episode.from...episode.through,
                    exact: true),
                claims: claims)
        }
    }

    public func findings(in window: RuleWindow, among claims: [WindowClaim], context: RuleContext)
        -> [Finding]
    {
        guard claims.count > 1, let reference = DayFigure.reference(claims),
            let days = window.region.days
        else { return [] }
        let day = days.lowerBound
        let tolerance = parameters.tolerance
        var agreeing: [WindowClaim] = []
        var dissenting: [WindowClaim] = []
        for claim in claims where claim.id != reference.id {
            if DayFigure.agree(claim, reference, tolerance) {
                agreeing.append(claim)
            } else {
                dissenting.append(claim)
            }
        }
        agreeing = [reference] + agreeing
        dissenting = WindowClaim.representativeFirst(dissenting)
        // Sources disagree only when a dissenting figure comes from another outlet than some
        // agreeing one: one outlet contradicting itself is not a conflict across sources.
        let agreeingSources = Set(agreeing.map(\.source))
        guard
            dissenting.contains(where: { agreeingSources.subtracting([$0.source]).isEmpty == false }
            )
        else { return [] }
        var compared = [
            "About \(day)\(days.upperBound == day ? "" : ", as reported on \(days.upperBound)"), the figure most claims agree on is \(DayFigure.describe(reference)): agreeing: \(DayFigure.count(agreeing)); disagreeing: \(DayFigure.count(dissenting))."
        ]
        compared += WindowClaim.first(Dispute.shownPerSide, of: dissenting).map {
            DayFigure.gap($0, from: reference, tolerance) + "."
        }
        return [
            Finding(
                topic: window.key.topic ?? reference.topic, facets: reference.facets,
                tally: window.key.tally, episode: Episode(from: day, through: days.upperBound),
                sides: [agreeing, dissenting], completeSides: [1],
                compared: compared)
        ]
    }
}
