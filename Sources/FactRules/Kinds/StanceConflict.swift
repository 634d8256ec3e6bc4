import FactLedgerCore

/// Flags sources that give one actor opposite positions on one topic in one day's news.
///
/// Stances are compared with the others published the same day, whatever day each says the
/// position was taken: two outlets reading one holder differently in the same day's news are a
/// conflict, never a reversal. The episode is that day of publication.
public struct StanceConflict: RuleKind {
    public static let name = "stance_conflict"
    public static let summary =
        "different sources give one actor opposite positions on a topic in one day's news"

    /// The parameters of `stance_conflict`.
    public struct Parameters: RuleParameterSet {
        /// Whether an actor is compared as named or at the top of its hierarchy.
        public var compareAt = ActorLevel.exact
        /// The topics looked at.
        public var topics = TopicFilter.all

        public init() {}
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
            try windows(key, claims: changed, history: history, context: context, ruleID: ruleID)
        }
    }

    /// The windows of one key: one per day of publication.
    func windows(
        _ key: DisputeKey, claims changed: [WindowClaim], history: any DisputeHistory,
        context: RuleContext, ruleID: String
    ) throws -> [RuleWindow] {
        guard let topic = key.topic, let scope = key.scope else { return [] }
        let members = parameters.compareAt.scope(of: scope, context: context).members
        return try Set(changed.map(\.published)).sorted().map { day in
            RuleWindow(
                key: key,
                region: DisputeRegion(
                    prefix: key.prefix(ruleID: ruleID), days: day...day, exact: true),
                claims: try history.stances(topic: topic, actors: members, days: day...day))
        }
    }

    public func findings(in window: RuleWindow, among claims: [WindowClaim], context: RuleContext)
        -> [Finding]
    {
        guard let days = window.region.days, let scope = window.key.scope else { return [] }
        let day = days.lowerBound
        let stances = StanceDay(claims)
        guard !stances.favour.isEmpty, !stances.against.isEmpty,
            Set(stances.favour.map(\.source)).union(stances.against.map(\.source)).count > 1
        else { return [] }
        // The side more outlets take is named first; on a tie, support.
        let first: Polarity.Side =
            Set(stances.against.map(\.source)).count > Set(stances.favour.map(\.source)).count
            ? .against : .favour
        let second: Polarity.Side = first == .favour ? .against : .favour
        let sides = [stances.claims(on: first), stances.claims(on: second)]
        return [
            Finding(
                topic: window.key.topic ?? "", scope: scope,
                episode: Episode(from: day, through: days.upperBound), sides: sides,
                completeSides: [1],
                compared: [
                    "In the news of \(day), \(DayFigure.count(sides[0])) put \(scope) \(StanceDay.word(first)) \(window.key.topic ?? "") (\(sides[0].first.map(DayFigure.describe) ?? "")); \(DayFigure.count(sides[1])) put it \(StanceDay.word(second)) (\(sides[1].first.map(DayFigure.describe) ?? ""))."
                ],
                values: ["scope": scope])
        ]
    }
}
