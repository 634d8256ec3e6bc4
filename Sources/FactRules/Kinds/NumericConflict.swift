import FactLedgerCore

/// Flags sources whose figures for one topic, facets and day cannot all be true.
///
/// The claims about one day are compared with the figure most of them agree on (the reference,
/// at their median); those that disagree with it beyond the tolerance form the other side.
/// "over 200" and "240" agree; "fewer than 180" and "241" do not. Only figures of one kind are
/// compared: a running total with running totals, a day's count with day's counts. A figure
/// published more than `window_days` after the day it speaks about looks back on that day
/// (often a total since then) and is not compared.
public struct NumericConflict: RuleKind {
    public static let name = "numeric_conflict"
    public static let summary =
        "different sources give figures about the same day and topic that cannot both hold"

    /// The parameters of `numeric_conflict`.
    public struct Parameters: RuleParameterSet {
        /// How many days after the day it speaks about a figure may be published and still be
        /// compared.
        public var windowDays = 2
        /// How far apart two figures may be and still agree.
        public var tolerance = Tolerance(relative: 0.05, absolute: 2)
        /// The topics looked at.
        public var topics = TopicFilter.all

        public init() {}

        public func validate() throws {
            guard windowDays >= 0 else {
                throw ParameterProblem(key: "window_days", message: "must not be negative")
            }
        }
    }

    public let parameters: Parameters

    public init(parameters: Parameters) {
        self.parameters = parameters
    }

    public func key(of claim: WindowClaim, context: RuleContext) -> DisputeKey? {
        guard claim.kind == .numeric, DayFigure.comparable(claim),
            parameters.topics.includes(claim.topic),
            claim.asOf.days(to: claim.published) <= parameters.windowDays
        else { return nil }
        return DisputeKey(topic: claim.topic, facets: claim.facets, tally: context.tally(of: claim))
    }

    public func windows(
        _ keys: [DisputeKey: Set<Day>], history: any DisputeHistory, context: RuleContext,
        ruleID: String
    ) throws -> [RuleWindow] {
        try keys.flatMap { key, days in
            try windows(key, days: days, history: history, context: context, ruleID: ruleID)
        }
    }

    /// The windows of one key.
    func windows(
        _ key: DisputeKey, days: Set<Day>, history: any DisputeHistory, context: RuleContext,
        ruleID: String
    ) throws -> [RuleWindow] {
        guard let topic = key.topic, let facets = key.facets else { return [] }
        return try days.sorted().map { day in
            let claims = try history.figures(topic: topic, facets: facets, days: day...day)
                .filter { self.key(of: $0, context: context) == key && $0.asOf == day }
            return RuleWindow(
                key: key,
                region: DisputeRegion(prefix: key.prefix(ruleID: ruleID), days: day...day),
                claims: claims)
        }
    }

    public func findings(in window: RuleWindow, among claims: [WindowClaim], context: RuleContext)
        -> [Finding]
    {
        guard claims.count > 1, let reference = DayFigure.reference(claims),
            let day = window.region.days?.lowerBound
        else { return [] }
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
            "About \(day), the figure most claims agree on is \(DayFigure.describe(reference)): \(DayFigure.count(agreeing)) agree with it, \(DayFigure.count(dissenting)) do not."
        ]
        compared += WindowClaim.first(Dispute.shownPerSide, of: dissenting).map {
            DayFigure.gap($0, from: reference, tolerance) + "."
        }
        return [
            Finding(
                topic: window.key.topic ?? reference.topic, facets: reference.facets,
                tally: window.key.tally, episode: .day(day), sides: [agreeing, dissenting],
                compared: compared)
        ]
    }
}
