import FactLedgerCore

/// Relates a fresh claim to the stored ones: new, confirms, refines, updates or conflicts.
///
/// Conflicts outrank updates, updates outrank refinements, refinements outrank confirmations;
/// the claims behind the relation are returned with it.
public struct RelationClassifier: Sendable {
    /// How far apart in days stored figures are compared.
    public var windowDays = 7
    /// How far apart in days stored stances are compared.
    public var stanceWindowDays = 30
    /// Slack for figures to agree.
    public var tolerance = Tolerance(relative: 0.05, absolute: 2)
    /// Topic knowledge (cumulative measures).
    public var context: RuleContext
    /// The most stored claims returned with a relation, the most recent ones.
    public var relatedLimit = 5
    /// The most stored figures read from a window to find agreeing ones.
    public var windowLimit = 10

    /// Creates a classifier.
    public init(context: RuleContext) {
        self.context = context
    }

    /// The relation of a fresh claim to history, with the stored claims it relates to.
    public func relate(_ fresh: StoredClaim, history: any ClaimHistory) throws -> (
        ClaimRelation, [StoredClaim]
    ) {
        switch fresh.claim.kind {
        case .numeric: return try relateNumeric(fresh, history)
        case .stance: return try relateStance(fresh, history)
        }
    }

    private func relateNumeric(_ fresh: StoredClaim, _ history: any ClaimHistory) throws -> (
        ClaimRelation, [StoredClaim]
    ) {
        guard let quantity = fresh.claim.quantity else { return (.new, []) }
        var window = ClaimQuery(.numeric, topic: fresh.claim.topic)
        window.facets = fresh.claim.facets
        window.from = fresh.published.adding(days: -windowDays)
        window.through = fresh.published.adding(days: windowDays)
        window.notArticle = fresh.articleID
        window.newestFirst = true
        window.limit = windowLimit
        // The same voice's previous figure, when it says something else, is an update.
        var previous = ClaimQuery(.numeric, topic: fresh.claim.topic)
        previous.facets = fresh.claim.facets
        previous.notArticle = fresh.articleID
        previous.asOfBefore = fresh.claim.asOf
        previous.from = fresh.published.adding(days: -windowDays)
        previous.newestFirst = true
        previous.limit = 1
        previous.byAsOf = true
        var voices = [previous]
        voices[0].source = fresh.source
        if let speaker = fresh.claim.speaker {
            voices.append(previous)
            voices[1].speaker = speaker
        }
        let updated = try voices.flatMap { try history.claims($0) }.filter { other in
            other.claim.quantity.map { !quantity.statesSame(as: $0, tolerance: .none) } ?? false
        }
        var disjoint = window
        disjoint.outside = quantity.disagreementBand(tolerance)
        let cumulative = context.cumulativeTopics.contains(fresh.claim.topic)
        if cumulative { disjoint.asOf = fresh.claim.asOf }
        let updatedIDs = Set(updated.map(\.id))
        let conflicts = try history.claims(disjoint).filter { other in
            guard let theirs = other.claim.quantity, !updatedIDs.contains(other.id) else {
                return false
            }
            if cumulative, other.claim.asOf != fresh.claim.asOf { return false }
            return !quantity.agrees(with: theirs, tolerance: tolerance)
        }
        if !conflicts.isEmpty { return (.conflicts, shown(conflicts)) }
        if let latest = updated.max(by: { ($0.published, $0.id) < ($1.published, $1.id) }) {
            return (.updates, [latest])
        }
        let agreeing = try history.claims(window).filter { other in
            other.claim.quantity.map { quantity.agrees(with: $0, tolerance: tolerance) } ?? false
        }
        let refined = agreeing.filter { other in other.claim.quantity.map(quantity.refines) ?? false
        }
        if !refined.isEmpty { return (.refines, shown(refined)) }
        return agreeing.isEmpty ? (.new, []) : (.confirms, shown(agreeing))
    }

    /// The most recent related claims, oldest first.
    private func shown(_ newestFirst: [StoredClaim]) -> [StoredClaim] {
        newestFirst.prefix(relatedLimit).reversed()
    }

    private func relateStance(_ fresh: StoredClaim, _ history: any ClaimHistory) throws -> (
        ClaimRelation, [StoredClaim]
    ) {
        guard let actor = fresh.claim.actor, let polarity = fresh.claim.polarity else {
            return (.new, [])
        }
        var query = ClaimQuery(.stance, topic: fresh.claim.topic)
        query.actors = [actor]
        query.from = fresh.published.adding(days: -stanceWindowDays)
        query.through = fresh.published.adding(days: stanceWindowDays)
        query.notArticle = fresh.articleID
        query.newestFirst = true
        var opposing = query
        opposing.polarities = Polarity.allCases.filter(polarity.contradicts)
        opposing.limit = relatedLimit
        let opposite = try history.claims(opposing)
        if let latestOpposite = opposite.first, latestOpposite.published < fresh.published {
            // The latest stored position is the opposite one, from before, unless the same
            // position was stated again after it: a change of position.
            var since = query
            since.polarities = [polarity]
            since.from = latestOpposite.published.adding(days: 1)
            since.limit = 1
            if try history.claims(since).isEmpty {
                return (
                    latestOpposite.source == fresh.source ? .updates : .conflicts,
                    [latestOpposite]
                )
            }
        }
        if !opposite.isEmpty { return (.conflicts, opposite.reversed()) }
        var agreeing = query
        agreeing.polarities = [polarity]
        agreeing.limit = relatedLimit
        let same = try history.claims(agreeing)
        return same.isEmpty ? (.new, []) : (.confirms, same.reversed())
    }
}
