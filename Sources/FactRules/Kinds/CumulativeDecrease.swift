import FactLedgerCore

/// Flags a cumulative figure (released, killed) that goes down over time.
///
/// A total of people released or killed can only grow; a later, lower total is a correction or
/// an error either way.
public struct CumulativeDecrease: RuleKind {
    public static let name = "cumulative_decrease"
    public static let summary = "a cumulative measure is reported lower on a later date"

    let neighbours: NeighbouringFigures
    let tolerance: Tolerance
    let topics: TopicFilter

    public init(parameters: RuleParameters) throws {
        (neighbours, tolerance, topics) = try NeighbouringFigures.read(
            parameters, lookbackDefault: 60)
    }

    public func evaluate(_ fresh: [StoredClaim], history: any ClaimHistory, context: RuleContext)
        throws -> [RuleMatch]
    {
        var matches: [RuleMatch] = []
        for claim in fresh where claim.claim.kind == .numeric && topics.includes(claim.claim.topic)
        {
            guard context.cumulativeTopics.contains(claim.claim.topic),
                let quantity = claim.claim.quantity
            else { continue }
            // A total is compared with the group's total just before it and just after it.
            for (other, earlierFirst) in try neighbours.around(claim, in: history) {
                guard let theirs = other.claim.quantity else { continue }
                let (earlier, later) = earlierFirst ? (theirs, quantity) : (quantity, theirs)
                // Stated numbers compare by the number quoted; bounds by the interval.
                let slack = max(tolerance.absolute, tolerance.relative * earlier.anchor)
                let lower =
                    earlier.best != nil && later.best != nil
                    ? later.best! < earlier.best! - slack : later.high < earlier.low - slack
                guard lower else { continue }
                matches.append(RuleMatch(claims: earlierFirst ? [other, claim] : [claim, other]))
            }
        }
        return matches
    }
}
