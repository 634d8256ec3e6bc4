/// A flag with the claims it is about and its review history.
public struct FlagDetail: Sendable {
    /// The flag.
    public var flag: Flag
    /// Its claims, in the order its message names them.
    public var claims: [StoredClaim]
    /// Every review decision, oldest first.
    public var reviews: [Review]

    /// Creates a flag detail.
    public init(flag: Flag, claims: [StoredClaim], reviews: [Review]) {
        self.flag = flag
        self.claims = claims
        self.reviews = reviews
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
