/// A flag with the claims it is about, its review history and the flags it is linked to.
public struct FlagDetail: Sendable {
    /// The flag.
    public var flag: Flag
    /// Its claims, in member order.
    public var claims: [StoredClaim]
    /// Every review decision, oldest first.
    public var reviews: [Review]
    /// For an edited figure, the flags the edit closed (superseded by the new version).
    public var closes: [Flag]
    /// When a retraction closed the flag, that retraction.
    public var retraction: Retraction?

    /// Creates a flag detail.
    public init(
        flag: Flag, claims: [StoredClaim], reviews: [Review], closes: [Flag] = [],
        retraction: Retraction? = nil
    ) {
        self.flag = flag
        self.claims = claims
        self.reviews = reviews
        self.closes = closes
        self.retraction = retraction
    }

    /// Why a closed flag closed, in a few words: retracted, corrected, or no longer given by
    /// the claims; nil while it is live.
    public var closedBecause: String? {
        let dispute = flag.dispute
        guard dispute.state == .superseded else { return nil }
        if let retraction {
            return
                "retracted: \(retraction.source) withdrew \(retraction.ref) (article version \(retraction.articleID)), by \(retraction.by): \(retraction.note)"
        }
        return dispute.supersededBy.map {
            "superseded by a corrected version (article version \($0))"
        } ?? "no longer follows from the claims"
    }

    /// The side each claim is on, by claim id.
    public var sides: [Int64: Int] {
        Dictionary(
            flag.dispute.members.map { ($0.claimID, $0.side) },
            uniquingKeysWith: { first, _ in first })
    }

    /// The distinct sources of its claims, in claim order.
    public var sources: [String] {
        var seen: [String] = []
        for claim in claims where !seen.contains(claim.source) { seen.append(claim.source) }
        return seen
    }

    /// The distinct publication days of its claims, in claim order.
    public var dates: [Day] {
        var seen: [Day] = []
        for claim in claims where !seen.contains(claim.published) { seen.append(claim.published) }
        return seen
    }
}
