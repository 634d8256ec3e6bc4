import FactLedgerCore

/// Flags an actor whose position on a topic flips from one day's news to the next that states it.
///
/// A position is placed on the day it was published. A day's position is the side most of that
/// day's claims give the actor; a day on which as many claims give each side has none (outlets
/// reading the actor differently in one day's news is a conflict, not a reversal). With
/// `compare_at: root`, a stance of the IDF counts as Israel's.
public struct StanceReversal: RuleKind {
    public static let name = "stance_reversal"
    public static let summary =
        "an actor's position on a topic flips between consecutive days of news that state it"

    /// The parameters of `stance_reversal`.
    public struct Parameters: RuleParameterSet {
        /// The longest step between two days with a position, in days.
        public var lookbackDays = 90
        /// Whether an actor is compared as named or at the top of its hierarchy.
        public var compareAt = ActorLevel.root
        /// The topics looked at.
        public var topics = TopicFilter.all

        public init() {}

        public func validate() throws {
            guard lookbackDays >= 1 else {
                throw ParameterProblem(key: "lookback_days", message: "must be at least 1")
            }
        }
    }

    public let parameters: Parameters

    public init(parameters: Parameters) {
        self.parameters = parameters
    }

    public func key(of claim: WindowClaim, context: RuleContext) -> DisputeKey? {
        DisputeKey.stance(
            of: claim, topics: parameters.topics, compareAt: parameters.compareAt,
            context: context)
    }

    public func windows(
        _ keys: [DisputeKey: [WindowClaim]], history: any DisputeHistory, context: RuleContext,
        ruleID: String
    ) throws -> [RuleWindow] {
        try keys.flatMap { key, changed in
            try windows(
                key, days: Set(changed.map(\.published)), history: history, context: context,
                ruleID: ruleID)
        }
    }

    /// The windows of one key.
    func windows(
        _ key: DisputeKey, days: Set<Day>, history: any DisputeHistory, context: RuleContext,
        ruleID: String
    ) throws -> [RuleWindow] {
        guard let topic = key.topic, let scope = key.scope else { return [] }
        let members = parameters.compareAt.scope(of: scope, context: context).members
        let series = Series.stance(topic: topic, actors: members)
        // The nearest day on a side that has a position (a day as many claims read each way
        // is passed over); without one, the nearest day of replaced claims, whose superseded
        // reversals a new position can change.
        func nearest(_ day: Day, before: Bool) throws -> Day? {
            var from = day
            while true {
                let remaining = parameters.lookbackDays - abs(day.days(to: from))
                guard remaining > 0,
                    let found = try history.nearestDay(
                        series, from: from, before: before, within: remaining,
                        where: { $0.isLive && $0.polarity != nil })
                else {
                    guard history.hasReplacedClaims else { return nil }
                    return try history.nearestDay(
                        series, from: day, before: before, within: parameters.lookbackDays,
                        where: { !$0.isLive })
                }
                let claims = try history.stances(topic: topic, actors: members, days: found...found)
                    .filter { $0.isLive && $0.published == found }
                if StanceDay(claims).position != nil { return found }
                from = found
            }
        }
        var pieces: [ClosedRange<Day>] = []
        for day in days.sorted() {
            let piece =
                (try nearest(day, before: true) ?? day)...(try nearest(day, before: false) ?? day)
            if let last = pieces.last, piece.lowerBound <= last.upperBound {
                pieces[pieces.count - 1] = last.lowerBound...max(last.upperBound, piece.upperBound)
            } else {
                pieces.append(piece)
            }
        }
        return try pieces.map { piece in
            RuleWindow(
                key: key, region: DisputeRegion(prefix: key.prefix(ruleID: ruleID), days: piece),
                claims: try history.stances(topic: topic, actors: members, days: piece))
        }
    }

    public func findings(in window: RuleWindow, among claims: [WindowClaim], context: RuleContext)
        -> [Finding]
    {
        guard let scope = window.key.scope, let topic = window.key.topic else { return [] }
        let byDay = Dictionary(grouping: claims, by: \.published)
        var points: [(day: Day, side: Polarity.Side, claims: [WindowClaim])] = []
        for day in byDay.keys.sorted() {
            let stances = StanceDay(byDay[day]!)
            if let side = stances.position { points.append((day, side, stances.claims(on: side))) }
        }
        return zip(points, points.dropFirst()).compactMap { earlier, later in
            guard earlier.side != later.side,
                earlier.day.days(to: later.day) <= parameters.lookbackDays
            else { return nil }
            return Finding(
                topic: topic, scope: scope, episode: Episode(from: earlier.day, through: later.day),
                sides: [earlier.claims, later.claims],
                compared: [
                    "In the news of \(earlier.day) \(scope) was \(StanceDay.word(earlier.side)) \(topic) (\(DayFigure.count(earlier.claims)), e.g. \(DayFigure.describe(earlier.claims[0]))); in the news of \(later.day), the next day with a position, \(StanceDay.word(later.side)) it (\(DayFigure.count(later.claims)), e.g. \(DayFigure.describe(later.claims[0])))."
                ],
                values: ["scope": scope])
        }
    }
}
