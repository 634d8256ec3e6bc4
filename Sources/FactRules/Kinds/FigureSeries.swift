import FactLedgerCore

/// One group's figures for a topic and facets over time, as the kinds that follow a figure read
/// them: one point per day spoken about (the day's reference figure), and the steps between
/// consecutive points at most `lookback` days apart.
///
/// A series follows figures as they were reported at the time: a figure published more than
/// `reportedWithin` days after the day it speaks about restates an old figure (the toll of an
/// attack weeks later, a total counted since a date) and is left to the conflict rule, which
/// compares it with the other restatements of its day of publication.
struct FigureSeries {
    /// Whose figures form one series.
    let groupBy: GroupBy
    /// The longest step, in days.
    let lookback: Int
    /// The most days after the day it speaks about a figure may be published and still be a
    /// point of the series.
    let reportedWithin: Int

    /// Checks the parameters every kind that follows a series takes.
    static func validate(lookbackDays: Int, reportedWithinDays: Int) throws {
        guard lookbackDays >= 1 else {
            throw ParameterProblem(key: "lookback_days", message: "must be at least 1")
        }
        guard reportedWithinDays >= 0 else {
            throw ParameterProblem(key: "reported_within_days", message: "must not be negative")
        }
    }

    /// One step between consecutive days of a series.
    struct Step {
        /// The earlier day, its claims and its reference figure.
        var earlier: (day: Day, claims: [WindowClaim], reference: WindowClaim)
        /// The later day, its claims and its reference figure.
        var later: (day: Day, claims: [WindowClaim], reference: WindowClaim)
    }

    /// The key of a claim's series, when it has one.
    func key(of claim: WindowClaim, context: RuleContext) -> DisputeKey? {
        guard claim.kind == .numeric, DayFigure.comparable(claim), reportedAtTheTime(claim),
            let group = groupBy.key(claim)
        else { return nil }
        return DisputeKey(
            topic: claim.topic, facets: claim.facets, tally: context.tally(of: claim),
            scope: group)
    }

    /// Whether a claim belongs to the key's series.
    func belongs(_ claim: WindowClaim, to key: DisputeKey, context: RuleContext) -> Bool {
        claim.kind == .numeric && DayFigure.comparable(claim) && reportedAtTheTime(claim)
            && claim.topic == key.topic && claim.facets == key.facets
            && context.tally(of: claim) == key.tally && groupBy.key(claim) == key.scope
    }

    /// Whether a claim was published within `reportedWithin` days of the day it speaks about.
    func reportedAtTheTime(_ claim: WindowClaim) -> Bool {
        claim.asOf.days(to: claim.published) <= reportedWithin
    }

    /// The figures a batch touches: keys of one topic, facets and kind of figure, whose groups
    /// share one read of the days around the changed ones.
    private struct Family: Hashable {
        var topic: String
        var facets: Facets
        var tally: Tally?
    }

    /// The windows to recompute: each changed day with the nearest day of its series on either
    /// side (a step may start or end there), overlapping stretches merged. The days around the
    /// changed ones are read once per figure and split by group; in a dense feed the nearest
    /// points lie there and cost no further query.
    func windows(
        _ keys: [DisputeKey: [WindowClaim]], history: any DisputeHistory, context: RuleContext,
        ruleID: String
    ) throws -> [RuleWindow] {
        var families: [Family: [(key: DisputeKey, days: Set<Day>)]] = [:]
        for (key, changed) in keys {
            guard let topic = key.topic, let facets = key.facets else { continue }
            families[Family(topic: topic, facets: facets, tally: key.tally), default: []].append(
                (key, Set(changed.map(\.asOf))))
        }
        var windows: [RuleWindow] = []
        for (family, members) in families {
            // A figure only a few groups changed (one article checked) reads each group's
            // claims alone: the whole days of every group would cost more.
            if members.count <= Self.fewGroups,
                members.allSatisfy({ $0.key.scope.flatMap(groupBy.voice) != nil })
            {
                for (key, days) in members {
                    windows += try self.windows(
                        key, days: days, history: history, context: context, ruleID: ruleID)
                }
                continue
            }
            // The changed days in runs: each run is read once with a day on either side, and
            // days far apart (a look back on an early day beside today's figures) are never
            // read in between.
            var reads: [(range: ClosedRange<Day>, byGroup: [String: [WindowClaim]])] = []
            for run in Self.runs(Set(members.flatMap(\.days))) {
                let range = run.lowerBound.adding(days: -1)...run.upperBound.adding(days: 1)
                var byGroup: [String: [WindowClaim]] = [:]
                for claim in try history.figures(
                    topic: family.topic, facets: family.facets, days: range)
                where DayFigure.comparable(claim) && reportedAtTheTime(claim)
                    && context.tally(of: claim) == family.tally
                {
                    if let group = groupBy.key(claim) {
                        byGroup[group, default: []].append(claim)
                    }
                }
                reads.append((range, byGroup))
            }
            for (key, days) in members {
                let group = key.scope ?? ""
                var pieces: [ClosedRange<Day>] = []
                for day in days.sorted() {
                    guard let read = reads.first(where: { $0.range.contains(day) }) else {
                        continue
                    }
                    let piece = try self.piece(
                        day, key: key, near: read.byGroup[group] ?? [], read: read.range,
                        history: history, context: context)
                    if let last = pieces.last, piece.lowerBound <= last.upperBound {
                        pieces[pieces.count - 1] =
                            last.lowerBound...max(last.upperBound, piece.upperBound)
                    } else {
                        pieces.append(piece)
                    }
                }
                for piece in pieces {
                    let read = reads.first {
                        $0.range.contains(piece.lowerBound) && $0.range.contains(piece.upperBound)
                    }
                    let claims =
                        try read.map { read in
                            (read.byGroup[group] ?? []).filter { piece.contains($0.asOf) }
                        }
                        ?? history.figures(topic: family.topic, facets: family.facets, days: piece)
                        .filter { belongs($0, to: key, context: context) }
                    windows.append(
                        RuleWindow(
                            key: key,
                            region: DisputeRegion(prefix: key.prefix(ruleID: ruleID), days: piece),
                            claims: claims))
                }
            }
        }
        return windows
    }

    /// The most groups of one figure whose series are read one group at a time.
    static let fewGroups = 3

    /// The windows of one group's series, read from its own claims alone.
    private func windows(
        _ key: DisputeKey, days: Set<Day>, history: any DisputeHistory, context: RuleContext,
        ruleID: String
    ) throws -> [RuleWindow] {
        guard let topic = key.topic, let facets = key.facets,
            let voice = key.scope.flatMap(groupBy.voice)
        else { return [] }
        var pieces: [ClosedRange<Day>] = []
        for day in days.sorted() {
            let piece = try self.piece(
                day, key: key, near: [], read: day...day, history: history, context: context)
            if let last = pieces.last, piece.lowerBound <= last.upperBound {
                pieces[pieces.count - 1] = last.lowerBound...max(last.upperBound, piece.upperBound)
            } else {
                pieces.append(piece)
            }
        }
        return try pieces.map { piece in
            RuleWindow(
                key: key, region: DisputeRegion(prefix: key.prefix(ruleID: ruleID), days: piece),
                claims: try history.figures(topic: topic, facets: facets, days: piece, voice: voice)
                    .filter { belongs($0, to: key, context: context) })
        }
    }

    /// Days in runs: consecutive days at most two apart share a run.
    static func runs(_ days: Set<Day>) -> [ClosedRange<Day>] {
        var runs: [ClosedRange<Day>] = []
        for day in days.sorted() {
            if let last = runs.last, last.upperBound.days(to: day) <= 2 {
                runs[runs.count - 1] = last.lowerBound...day
            } else {
                runs.append(day...day)
            }
        }
        return runs
    }

    /// The stretch a changed day's steps may span: from the nearest day of the series before it
    /// to the nearest after it, given the series' claims about the days read around it.
    private func piece(
        _ day: Day, key: DisputeKey, near: [WindowClaim], read: ClosedRange<Day>,
        history: any DisputeHistory, context: RuleContext
    ) throws -> ClosedRange<Day> {
        guard let topic = key.topic, let facets = key.facets else { return day...day }
        let series =
            key.scope.flatMap(groupBy.voice).map {
                Series.voice(topic: topic, facets: facets, voice: $0)
            } ?? .figure(topic: topic, facets: facets)
        let belongs = { (claim: WindowClaim) in self.belongs(claim, to: key, context: context) }
        // The nearest day on a side with a claim that passes `accept`: among the claims read,
        // then beyond them.
        func nearest(_ before: Bool, _ accept: (WindowClaim) -> Bool) throws -> Day? {
            let inRange = near.filter { claim in
                let distance = before ? claim.asOf.days(to: day) : day.days(to: claim.asOf)
                return distance >= 1 && distance <= lookback && accept(claim)
            }.map(\.asOf)
            if let found = before ? inRange.max() : inRange.min() { return found }
            let edge = before ? read.lowerBound : read.upperBound
            let remaining = lookback - abs(day.days(to: edge))
            guard remaining > 0 else { return nil }
            return try history.nearestDay(
                series, from: edge, before: before, within: remaining,
                where: { belongs($0) && accept($0) })
        }
        // The nearest live point on a side; without one, the nearest replaced one, whose
        // superseded steps a new point can change.
        func point(_ before: Bool) throws -> Day? {
            if let live = try nearest(before, \.isLive) { return live }
            return history.hasReplacedClaims ? try nearest(before) { _ in true } : nil
        }
        return (try point(true) ?? day)...(try point(false) ?? day)
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

    /// A day's claims that agree with its reference, the reference first.
    static func side(_ claims: [WindowClaim], reference: WindowClaim, _ tolerance: Tolerance)
        -> [WindowClaim]
    {
        [reference]
            + claims.filter { $0.id != reference.id && DayFigure.agree($0, reference, tolerance) }
    }
}
