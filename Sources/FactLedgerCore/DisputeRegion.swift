/// The stored disputes one evaluation recomputes: those of one rule and key (an identity prefix)
/// whose episode lies within some days, or every one of the key when no days are given.
///
/// After an evaluation the region holds exactly the disputes it found: the others leave it.
public struct DisputeRegion: Sendable, Hashable {
    /// The identity prefix: rule, article, scope, topic, facets, tally.
    public var prefix: String
    /// The days the episodes lie within, or nil for all of them.
    public var days: ClosedRange<Day>?

    /// Creates a region.
    public init(prefix: String, days: ClosedRange<Day>?) {
        self.prefix = prefix
        self.days = days
    }

    /// Whether a dispute belongs to the region.
    public func contains(_ dispute: Dispute) -> Bool {
        guard dispute.identity.hasPrefix(prefix) else { return false }
        guard let days else { return true }
        return days.contains(dispute.episode.from) && days.contains(dispute.episode.through)
    }
}
