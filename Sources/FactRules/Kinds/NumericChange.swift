import FactLedgerCore

/// Notes that one source's figure for a topic moved between dates; the new claim supersedes the old.
///
/// "One source" is the outlet, or with `group_by: speaker` whoever the figure is attributed to:
/// the IDF's count moving from 199 to 203 is a change even when two outlets carried the two figures.
public struct NumericChange: RuleKind {
    public static let name = "numeric_change"
    public static let summary = "one source's (or speaker's) figure for a topic moves between dates"

    let neighbours: NeighbouringFigures
    let tolerance: Tolerance
    let topics: TopicFilter

    public init(parameters: RuleParameters) throws {
        (neighbours, tolerance, topics) = try NeighbouringFigures.read(
            parameters, lookbackDefault: 30)
    }

    public func evaluate(_ fresh: [StoredClaim], history: any ClaimHistory, context: RuleContext)
        throws -> [RuleMatch]
    {
        var matches: [RuleMatch] = []
        for claim in fresh where claim.claim.kind == .numeric && topics.includes(claim.claim.topic)
        {
            guard let quantity = claim.claim.quantity else { continue }
            // The neighbours in time on either side: the figure before and the one after.
            for (neighbour, _) in try neighbours.around(claim, in: history) {
                guard let theirs = neighbour.claim.quantity,
                    !quantity.agrees(with: theirs, tolerance: tolerance)
                else { continue }
                matches.append(RuleMatch(claims: ordered(neighbour, claim)))
            }
        }
        return matches
    }
}
