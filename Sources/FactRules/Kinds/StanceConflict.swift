import FactLedgerCore

/// Flags sources that give one actor opposite positions on one topic about the same day.
///
/// A stance published more than `window_days` after the day it speaks about looks back on that
/// day and is not compared.
public struct StanceConflict: RuleKind {
    public static let name = "stance_conflict"
    public static let summary =
        "different sources give one actor opposite positions on a topic about the same day"

    /// The parameters of `stance_conflict`.
    public struct Parameters: RuleParameterSet {
        /// How many days after the day it speaks about a stance may be published and still be
        /// compared.
        public var windowDays = 3
        /// Whether an actor is compared as named or at the top of its hierarchy.
        public var compareAt = ActorLevel.exact
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
        guard claim.kind == .stance, parameters.topics.includes(claim.topic),
            let actor = claim.actor, claim.polarity != nil,
            claim.asOf.days(to: claim.published) <= parameters.windowDays
        else { return nil }
        return DisputeKey(
            topic: claim.topic, scope: parameters.compareAt.scope(of: actor, context: context).key)
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
        guard let topic = key.topic, let scope = key.scope else { return [] }
        let members = parameters.compareAt.scope(of: scope, context: context).members
        return try days.sorted().map { day in
            RuleWindow(
                key: key,
                region: DisputeRegion(prefix: key.prefix(ruleID: ruleID), days: day...day),
                claims: try history.stances(topic: topic, actors: members, days: day...day).filter {
                    $0.asOf == day && $0.asOf.days(to: $0.published) <= parameters.windowDays
                })
        }
    }

    public func findings(in window: RuleWindow, among claims: [WindowClaim], context: RuleContext)
        -> [Finding]
    {
        guard let day = window.region.days?.lowerBound, let scope = window.key.scope else {
            return []
        }
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
                topic: window.key.topic ?? "", scope: scope, episode: .day(day), sides: sides,
                compared: [
                    "About \(day), \(DayFigure.count(sides[0])) put \(scope) \(StanceDay.word(first)) \(window.key.topic ?? "") (\(sides[0].first.map(DayFigure.describe) ?? "")); \(DayFigure.count(sides[1])) put it \(StanceDay.word(second)) (\(sides[1].first.map(DayFigure.describe) ?? ""))."
                ],
                values: ["scope": scope])
        ]
    }
}
