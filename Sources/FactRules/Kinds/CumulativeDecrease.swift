import FactLedgerCore

/// Flags a running total (released so far, killed) that falls from one day of its series to the
/// next.
///
/// A running total can only grow; a later, lower total is a correction or an error either way.
/// Each fall is one dispute. Only figures that are running totals are followed: as extraction
/// marks them, or, for claims stored without that mark, as the vocabulary's measure says.
public struct CumulativeDecrease: RuleKind {
    public static let name = "cumulative_decrease"
    public static let summary = "a running total falls between consecutive days of its series"

    /// The parameters of `cumulative_decrease`.
    public struct Parameters: RuleParameterSet {
        /// Whose figures form one series.
        public var groupBy = GroupBy.source
        /// The longest step between two days of a series, in days.
        public var lookbackDays = 60
        /// The most days after the day it speaks about a figure may be published and still be
        /// a point of its series (later ones restate an old figure).
        public var reportedWithinDays = 2
        /// How much lower a total may be stated and still count as the same.
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
        guard parameters.topics.includes(claim.topic), context.tally(of: claim) == .cumulative
        else { return nil }
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
            guard let before = earlier.quantity, let after = later.quantity else { return nil }
            // Stated numbers compare by the number quoted; bounds by the interval.
            let slack = max(tolerance.absolute, tolerance.relative * before.anchor)
            let fell: Bool
            if let first = before.best, let second = after.best {
                fell = second < first - slack
            } else {
                fell = after.high < before.low - slack
            }
            guard fell else { return nil }
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
                    "\(who)the running total was \(DayFigure.describe(earlier)) about \(step.earlier.day), then \(DayFigure.describe(later)) about \(step.later.day), the next day the series speaks about.",
                    "It fell by \(DayFigure.number((before.best ?? before.low) - (after.best ?? after.high))), more than the \(DayFigure.number(slack)) the tolerance allows.",
                ])
        }
    }
}
