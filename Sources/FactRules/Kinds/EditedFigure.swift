import FactLedgerCore

/// Flags a figure that a new version of an article states differently from the version before.
///
/// A silently edited number is exactly what a reviewer wants to hear about.
public struct EditedFigure: RuleKind {
    public static let name = "edited_figure"
    public static let summary =
        "a new version of an article states a different figure than the version before"

    let tolerance: Tolerance
    let topics: TopicFilter

    public init(parameters: RuleParameters) throws {
        let parameters = try RuleParameters.read(parameters.node, kindKeys: ["tolerance"])
        tolerance = try parameters.tolerance(default: .none)
        topics = try parameters.topics()
    }

    public func evaluate(_ fresh: [StoredClaim], history: any ClaimHistory, context: RuleContext)
        throws -> [RuleMatch]
    {
        guard let first = fresh.first, first.version > 1 else { return [] }
        let previous = try history.previousVersionClaims(ofArticle: first.articleID)
        var matches: [RuleMatch] = []
        var used = Set<Int64>()
        for claim in fresh where claim.claim.kind == .numeric && topics.includes(claim.claim.topic)
        {
            guard let quantity = claim.claim.quantity else { continue }
            let candidates = previous.filter {
                $0.claim.kind == .numeric && $0.claim.topic == claim.claim.topic
                    && $0.claim.facets == claim.claim.facets
                    && !used.contains($0.id)
            }
            // Unchanged figures pair off first, so only a figure with no equal counterpart is an edit.
            if let same = candidates.first(where: {
                $0.claim.quantity.map { quantity.statesSame(as: $0, tolerance: tolerance) } ?? false
            }) {
                used.insert(same.id)
                continue
            }
            guard let old = candidates.first else { continue }
            used.insert(old.id)
            matches.append(RuleMatch(claims: [old, claim]))
        }
        return matches
    }
}
