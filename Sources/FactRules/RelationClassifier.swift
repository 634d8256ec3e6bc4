import FactLedgerCore

/// Relates a fresh claim to the stored ones: new, confirms, refines, updates or conflicts.
///
/// A figure is compared with the stored figures about the same day published the same day: it
/// conflicts when no more of them agree with it than disagree, counting itself, and, when it reports the
/// day it was published near, with its own outlet's or speaker's previous figure; a stance with
/// the actor's stances about the same day and its previous position. Conflicts outrank updates, updates
/// outrank refinements, refinements outrank confirmations; the claims behind the relation are
/// returned with it.
public struct RelationClassifier: Sendable {
    /// How many days back an outlet's or speaker's previous figure or position is looked for.
    public var lookbackDays = 7
    /// The most days after the day it speaks about a figure may be published and still have a
    /// previous figure it updates (later ones restate an old figure).
    public var reportedWithinDays = 2
    /// Slack for figures to agree.
    public var tolerance = Tolerance(relative: 0.05, absolute: 2)
    /// Topic knowledge (running totals, the actor hierarchy).
    public var context: RuleContext
    /// The most stored claims returned with a relation.
    public var relatedLimit = 5

    /// Creates a classifier.
    public init(context: RuleContext) {
        self.context = context
    }

    /// The relation of a fresh claim to history, with the stored claims it relates to.
    public func relate(_ fresh: WindowClaim, history: any DisputeHistory) throws -> (
        ClaimRelation, [WindowClaim]
    ) {
        let found = try relateShowingAgreement(fresh, history: history)
        return (found.relation, found.related)
    }

    /// The relation of a fresh claim to history, the stored claims it relates to, and, when it
    /// conflicts, the stored figures of the same day it agrees with.
    public func relateShowingAgreement(_ fresh: WindowClaim, history: any DisputeHistory) throws
        -> (relation: ClaimRelation, related: [WindowClaim], agreeing: [WindowClaim])
    {
        switch fresh.kind {
        case .numeric: return try relateNumeric(fresh, history)
        case .stance:
            let (relation, related) = try relateStance(fresh, history)
            return (relation, related, [])
        }
    }

    private func relateNumeric(_ fresh: WindowClaim, _ history: any DisputeHistory) throws -> (
        ClaimRelation, [WindowClaim], [WindowClaim]
    ) {
        guard DayFigure.comparable(fresh) else { return (.new, [], []) }
        let tally = context.tally(of: fresh)
        let comparable = { (other: WindowClaim) in
            other.isLive && other.articleID != fresh.articleID && DayFigure.comparable(other)
                && self.context.tally(of: other) == tally
        }
        let sameDay = try history.figures(
            topic: fresh.topic, facets: fresh.facets, about: fresh.asOf, published: fresh.published
        ).filter(comparable)
        // Against the same day's figures: in the minority (or a tie) once this one is stored, it
        // conflicts; with the majority, the disagreement is the others' and it confirms.
        let disagreeing = sameDay.filter { !DayFigure.agree(fresh, $0, tolerance) }
        let agreeing = sameDay.filter { DayFigure.agree(fresh, $0, tolerance) }
        if !disagreeing.isEmpty, agreeing.count + 1 <= disagreeing.count {
            let reference = DayFigure.reference(disagreeing)
            return (
                .conflicts,
                shown(
                    (reference.map { [$0] } ?? []) + disagreeing.filter { $0.id != reference?.id }),
                shown(agreeing)
            )
        }
        // The same voice's previous figure, when it said something else, is an update.
        let reported = { (claim: WindowClaim) in
            claim.asOf.days(to: claim.published) <= self.reportedWithinDays
        }
        var updated: [WindowClaim] = []
        var voices: [Voice] = []
        if reported(fresh) {
            voices.append(.source(fresh.source))
            if let speaker = fresh.speaker { voices.append(.speaker(speaker)) }
        }
        for voice in voices {
            guard
                let day = try history.nearestDay(
                    .voice(topic: fresh.topic, facets: fresh.facets, voice: voice),
                    from: fresh.asOf, before: true, within: lookbackDays,
                    where: { comparable($0) && reported($0) }),
                let previous = DayFigure.reference(
                    try history.figures(
                        topic: fresh.topic, facets: fresh.facets, days: day...day, voice: voice
                    ).filter { comparable($0) && reported($0) && $0.asOf == day }),
                let before = previous.quantity, let now = fresh.quantity,
                !now.statesSame(as: before, tolerance: .none)
            else { continue }
            updated.append(previous)
        }
        if !updated.isEmpty { return (.updates, updated, []) }
        let refined = agreeing.filter { other in
            guard let mine = fresh.quantity, let theirs = other.quantity else { return false }
            return mine.refines(theirs)
        }
        if !refined.isEmpty { return (.refines, shown(refined), []) }
        return agreeing.isEmpty ? (.new, [], []) : (.confirms, shown(agreeing), [])
    }

    /// At most `relatedLimit` claims, the first kept first, then the most recently published.
    private func shown(_ claims: [WindowClaim]) -> [WindowClaim] {
        guard let first = claims.first else { return [] }
        let rest = claims.dropFirst().sorted { ($0.published, $0.id) > ($1.published, $1.id) }
        return Array(([first] + rest).prefix(relatedLimit))
    }

    private func relateStance(_ fresh: WindowClaim, _ history: any DisputeHistory) throws -> (
        ClaimRelation, [WindowClaim]
    ) {
        guard let actor = fresh.actor, let side = fresh.polarity?.side, side != .qualified else {
            return (.new, [])
        }
        let others = { (other: WindowClaim) in
            other.isLive && other.articleID != fresh.articleID && other.polarity != nil
        }
        let sameDay = try history.stances(
            topic: fresh.topic, actors: [actor], days: fresh.published...fresh.published
        ).filter(others)
        let opposite = sameDay.filter {
            $0.polarity?.side != side && $0.polarity?.side != .qualified
        }
        if opposite.contains(where: { $0.source != fresh.source }) {
            return (.conflicts, shown(opposite))
        }
        // The actor's position in the nearest earlier day's news that reported one.
        if let day = try history.nearestDay(
            .stance(topic: fresh.topic, actors: [actor]), from: fresh.published, before: true,
            within: lookbackDays * 4, where: others)
        {
            let earlier = StanceDay(
                try history.stances(topic: fresh.topic, actors: [actor], days: day...day).filter {
                    others($0)
                })
            if let position = earlier.position, position != side {
                return (.updates, shown(earlier.claims(on: position)))
            }
            if let position = earlier.position, sameDay.isEmpty {
                return (.confirms, shown(earlier.claims(on: position)))
            }
        }
        let same = sameDay.filter { $0.polarity?.side == side }
        return same.isEmpty ? (.new, []) : (.confirms, shown(same))
    }
}
