/// One region of disputes as derived from the claims: every dispute it holds now.
public struct DerivedRegion: Sendable {
    /// The region.
    public var region: DisputeRegion
    /// Its disputes, live and superseded.
    public var disputes: [Dispute]
    /// For each dispute (by identity), every claim taking part and its side, including those
    /// beyond what the dispute lists on each side.
    public var participants: [String: [Int64: Int]]

    /// Creates a derived region.
    public init(
        region: DisputeRegion, disputes: [Dispute], participants: [String: [Int64: Int]]
    ) {
        self.region = region
        self.disputes = disputes
        self.participants = participants
    }
}
