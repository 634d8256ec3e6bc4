import FactLedgerCore

/// Flags stated parts that add up to more than their stated total, or, for an exhaustive list,
/// to anything other than the total.
///
/// "50 hostages, including 30 children and 25 women" cannot be right; neither can "24 freed:
/// 13 Israelis and 10 Thais".
public struct Composition: RuleKind {
    public static let name = "composition"
    public static let summary =
        "parts listed with a total add up to more than it (or, exhaustively, differ from it)"

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
        var parts: [Int: [StoredClaim]] = [:]
        for claim in fresh {
            if let whole = claim.claim.wholeIndex { parts[whole, default: []].append(claim) }
        }
        var matches: [RuleMatch] = []
        for (wholeIndex, members) in parts.sorted(by: { $0.key < $1.key }) {
            guard wholeIndex < fresh.count, topics.includes(fresh[wholeIndex].claim.topic),
                let total = fresh[wholeIndex].claim.quantity
            else { continue }
            let low = members.reduce(0) { $0 + ($1.claim.quantity?.low ?? 0) }
            let high = members.reduce(0) { $0 + ($1.claim.quantity?.high ?? 0) }
            let slack = max(tolerance.absolute, tolerance.relative * total.anchor)
            let exhaustive = members.contains { $0.claim.partsAreExhaustive }
            let tooMany = low > total.high + slack
            let tooFew = exhaustive && high < total.low - slack
            guard tooMany || tooFew else { continue }
            matches.append(
                RuleMatch(
                    claims: [fresh[wholeIndex]] + members,
                    values: ["sum": NumberFormatting.grouped(low), "total": total.text]))
        }
        return matches
    }
}
