import FactLedgerCore

/// Notes that one source's figure for a topic moved from one day to the next it spoke about.
///
/// "One source" is the outlet, or with `group_by: speaker` whoever the figure is attributed to:
/// the IDF's count moving from 199 to 203 is a change even when two outlets carried the two
/// figures. Each step between consecutive days of the series is one dispute, never every pair.
public struct NumericChange: RuleKind {
    public static let name = "numeric_change"
    public static let summary =
        "one source's (or speaker's) figure moves between consecutive days of its series"

    /// The parameters of `numeric_change`.
    public struct Parameters: RuleParameterSet {
        /// Whose figures form one series.
        public var groupBy = GroupBy.source
        /// The longest step between two days of a series, in days.
        public var lookbackDays = 30
        /// The most days after the day it speaks about a figure may be published and still be
        /// a point of its series (later ones restate an old figure).
        public var reportedWithinDays = 2
        /// How far apart two figures may be and still be the same figure.
        public var tolerance = Tolerance.none
        /// The topics looked at.
        public var topics = TopicFilter.all

        public init() {}

        public func validate() throws {
            try FigureSeries.validate(
                lookbackDays: lookbackDays, reportedWithinDays: reportedWithinDays)
        }
    }

    public let parameters: Parameters
    let series: FigureSeries

    public init(parameters: Parameters) {
        self.parameters = parameters
        series = FigureSeries(
            groupBy: parameters.groupBy, lookback: parameters.lookbackDays,
            reportedWithin: parameters.reportedWithinDays)
    }

    public func key(of claim: WindowClaim, context: RuleContext) -> DisputeKey? {
        guard parameters.topics.includes(claim.topic) else { return nil }
        return series.key(of: claim, context: context)
    }

    public func windows(
        _ keys: [DisputeKey: [WindowClaim]], history: any DisputeHistory, context: RuleContext,
        ruleID: String
    ) throws -> [RuleWindow] {
        try series.windows(keys, history: history, context: context, ruleID: ruleID)
    }

    public func findings(in window: RuleWindow, among claims: [WindowClaim], context: RuleContext)
        -> [Finding]
    {
        let tolerance = parameters.tolerance
        return series.steps(claims).compactMap { step in
            let (earlier, later) = (step.earlier.reference, step.later.reference)
            guard !DayFigure.agree(earlier, later, tolerance) else { return nil }
            let who = window.key.scope.map { $0.isEmpty ? "" : "\($0): " } ?? ""
            return Finding(
                topic: earlier.topic, facets: earlier.facets, tally: window.key.tally,
                scope: window.key.scope,
                episode: Episode(from: step.earlier.day, through: step.later.day),
                sides: [
                    FigureSeries.side(step.earlier.claims, reference: earlier, tolerance),
                    FigureSeries.side(step.later.claims, reference: later, tolerance),
                ],
                compared: [
                    "\(who)\(DayFigure.describe(earlier)) about \(step.earlier.day), then \(DayFigure.describe(later)) about \(step.later.day), the next day the series speaks about.",
                    DayFigure.gap(later, from: earlier, tolerance) + ".",
                ])
        }
    }
}
