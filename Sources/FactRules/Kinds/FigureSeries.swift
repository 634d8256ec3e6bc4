import FactLedgerCore

/// One group's figures for a topic and facets over time, as the kinds that follow a figure read
/// them: one point per day spoken about (the day's reference figure), and the steps between
/// consecutive points at most `lookback` days apart.
struct FigureSeries {
    /// Whose figures form one series.
    let groupBy: GroupBy
    /// The longest step, in days.
    let lookback: Int

    /// One step between consecutive days of a series.
    struct Step {
        /// The earlier day, its claims and its reference figure.
        var earlier: (day: Day, claims: [WindowClaim], reference: WindowClaim)
        /// The later day, its claims and its reference figure.
        var later: (day: Day, claims: [WindowClaim], reference: WindowClaim)
    }

    /// The key of a claim's series, when it has one.
    func key(of claim: WindowClaim, context: RuleContext) -> DisputeKey? {
        guard claim.kind == .numeric, DayFigure.comparable(claim),
            let group = groupBy.key(claim)
        else { return nil }
        return DisputeKey(
            topic: claim.topic, facets: claim.facets, tally: context.tally(of: claim),
            scope: group)
    }

    /// Whether a claim belongs to the key's series.
    func belongs(_ claim: WindowClaim, to key: DisputeKey, context: RuleContext) -> Bool {
        claim.kind == .numeric && DayFigure.comparable(claim) && claim.topic == key.topic
            && claim.facets == key.facets && context.tally(of: claim) == key.tally
            && groupBy.key(claim) == key.scope
    }

    /// The windows to recompute: each changed day with the nearest day of the series on either
    /// side (a step may start or end there), overlapping stretches merged.
    func windows(
        _ key: DisputeKey, days: Set<Day>, history: any DisputeHistory, context: RuleContext,
        ruleID: String
    ) throws -> [RuleWindow] {
        guard let topic = key.topic, let facets = key.facets, let first = days.min(),
            let last = days.max()
        else { return [] }
        let series = Series.figure(topic: topic, facets: facets)
        // The days around the changed ones are read first: in a dense feed the nearest points
        // lie there and are found without another query.
        _ = try history.figures(
            topic: topic, facets: facets, days: first.adding(days: -1)...last.adding(days: 1))
        var pieces: [ClosedRange<Day>] = []
        // The nearest live point on a side; without one, the nearest replaced one, whose
        // superseded steps a new point can change.
        func nearest(_ day: Day, before: Bool) throws -> Day? {
            let belongs = { (claim: WindowClaim) in self.belongs(claim, to: key, context: context) }
            return try history.nearestDay(
                series, from: day, before: before, within: lookback,
                where: { $0.isLive && belongs($0) })
                ?? history.nearestDay(
                    series, from: day, before: before, within: lookback, where: belongs)
        }
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
            let claims = try history.figures(topic: topic, facets: facets, days: piece).filter {
                belongs($0, to: key, context: context)
            }
            return RuleWindow(
                key: key, region: DisputeRegion(prefix: key.prefix(ruleID: ruleID), days: piece),
                claims: claims)
        }
    }

    /// The steps between consecutive days of the claims' series.
    func steps(_ claims: [WindowClaim]) -> [Step] {
        let byDay = Dictionary(grouping: claims, by: \.asOf)
        var points: [(day: Day, claims: [WindowClaim], reference: WindowClaim)] = []
        for day in byDay.keys.sorted() {
            let claims = byDay[day]!
            if let reference = DayFigure.reference(claims) {
                points.append((day, claims, reference))
            }
        }
        return zip(points, points.dropFirst()).compactMap { earlier, later in
            earlier.day.days(to: later.day) <= lookback
                ? Step(earlier: earlier, later: later) : nil
        }
    }

    /// A day's claims that agree with its reference, the reference first, then by content.
    static func side(_ claims: [WindowClaim], reference: WindowClaim, _ tolerance: Tolerance)
        -> [WindowClaim]
    {
        [reference]
            + claims.filter { $0.id != reference.id && DayFigure.agree($0, reference, tolerance) }
            .sorted(by: WindowClaim.contentOrder)
    }
}
