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

    /// Creates a classifier.
    public init(context: RuleContext) {
        self.context = context
    }

    /// The relation of a fresh claim to history, with the stored claims it relates to.
    public func relate(_ fresh: StoredClaim, history: any ClaimHistory) throws -> (ClaimRelation, [StoredClaim]) {
        switch fresh.claim.kind {
        case .numeric: return try relateNumeric(fresh, history)
        case .stance: return try relateStance(fresh, history)
        }
    }

    private func relateNumeric(_ fresh: StoredClaim, _ history: any ClaimHistory) throws -> (ClaimRelation, [StoredClaim]) {
        guard let quantity = fresh.claim.quantity else { return (.new, []) }
        let stored = try history.numericClaims(
            topic: fresh.claim.topic, facets: fresh.claim.facets, from: fresh.published.adding(days: -windowDays),
            through: fresh.published.adding(days: windowDays)
        ).filter { $0.articleID != fresh.articleID }
        guard !stored.isEmpty else { return (.new, []) }
        let cumulative = context.cumulativeTopics.contains(fresh.claim.topic)
        var conflicts: [StoredClaim] = []
        var updates: [StoredClaim] = []
        var refines: [StoredClaim] = []
        var confirms: [StoredClaim] = []
        for other in stored {
            guard let theirs = other.claim.quantity else { continue }
            let sameVoice = other.source == fresh.source
                || (other.claim.speaker != nil && other.claim.speaker == fresh.claim.speaker)
            if sameVoice, other.claim.asOf < fresh.claim.asOf, !quantity.statesSame(as: theirs, tolerance: .none) {
                updates.append(other)
            } else if !quantity.agrees(with: theirs, tolerance: tolerance) {
                if cumulative, other.claim.asOf != fresh.claim.asOf { continue }
                conflicts.append(other)
            } else if quantity.refines(theirs) {
                refines.append(other)
            } else {
                confirms.append(other)
            }
        }
        if !conflicts.isEmpty { return (.conflicts, conflicts) }
        if !updates.isEmpty { return (.updates, [updates.last!]) }
        if !refines.isEmpty { return (.refines, refines) }
        if !confirms.isEmpty { return (.confirms, confirms) }
        return (.new, [])
    }

    private func relateStance(_ fresh: StoredClaim, _ history: any ClaimHistory) throws -> (ClaimRelation, [StoredClaim]) {
        guard let actor = fresh.claim.actor, let polarity = fresh.claim.polarity else { return (.new, []) }
        let stored = try history.stanceClaims(
            topic: fresh.claim.topic, actors: [actor], from: fresh.published.adding(days: -stanceWindowDays),
            through: fresh.published.adding(days: stanceWindowDays)
        ).filter { $0.articleID != fresh.articleID }
        guard !stored.isEmpty else { return (.new, []) }
        let opposite = stored.filter { $0.claim.polarity.map(polarity.contradicts) ?? false }
        let latestOpposite = opposite.last
        if let latestOpposite, latestOpposite.published < fresh.published,
            !stored.contains(where: { $0.published > latestOpposite.published && $0.claim.polarity == polarity })
        {
            // The latest stored position is the opposite one, from before: a change of position.
            return (latestOpposite.source == fresh.source ? .updates : .conflicts, [latestOpposite])
        }
        if !opposite.isEmpty { return (.conflicts, opposite) }
        let same = stored.filter { $0.claim.polarity == polarity }
        return same.isEmpty ? (.new, []) : (.confirms, same)
    }
}
