import FactLedgerCore

/// A small deriver for ledger tests: the numeric claims about one day and topic that state
/// different figures (from more than one outlet) make one dispute, one side per figure.
struct DayDeriver: DisputeDeriving {
    /// Whether deriving throws, as a broken rule would.
    var fails = false
    var ruleID = "days"

    var ruleIDs: Set<String> { [ruleID] }

    struct Broken: Error {}

    func derive(_ changed: [WindowClaim], history: any DisputeHistory) throws -> [DerivedRegion] {
        if fails { throw Broken() }
        var keys: [String: Set<Day>] = [:]
        for claim in changed where claim.kind == .numeric {
            keys[claim.topic, default: []].insert(claim.asOf)
        }
        var regions: [DerivedRegion] = []
        for (topic, days) in keys.sorted(by: { $0.key < $1.key }) {
            let prefix = Dispute.identityPrefix(
                ruleID: ruleID, article: nil, scope: nil, topic: topic, facets: Facets(),
                tally: nil)
            for day in days.sorted() {
                let claims = try history.figures(topic: topic, facets: Facets(), days: day...day)
                    .filter { $0.isLive }.sorted { $0.id < $1.id }
                let values = Array(Set(claims.compactMap { $0.quantity?.anchor })).sorted()
                var disputes: [Dispute] = []
                var participants: [String: [Int64: Int]] = [:]
                if values.count > 1, Set(claims.map(\.source)).count > 1 {
                    let members = claims.map { claim in
                        Dispute.Member(
                            claimID: claim.id, side: values.firstIndex(of: claim.quantity!.anchor)!)
                    }
                    let dispute = Dispute(
                        ruleID: ruleID, kind: "numeric_conflict", level: .high, topic: topic,
                        episode: .day(day), members: members,
                        message: values.map { "\($0)" }.joined(separator: " vs "),
                        explanation: Explanation(compared: ["\(claims.count) claims"]),
                        knownOn: claims.map(\.published).max()!)
                    disputes.append(dispute)
                    participants[dispute.identity] = Dictionary(
                        uniqueKeysWithValues: members.map { ($0.claimID, $0.side) })
                }
                regions.append(
                    DerivedRegion(
                        region: DisputeRegion(prefix: prefix, days: day...day), disputes: disputes,
                        participants: participants))
            }
        }
        return regions
    }
}
