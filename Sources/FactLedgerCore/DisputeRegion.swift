/// The stored disputes one evaluation recomputes: those of one rule and key (an identity prefix)
/// whose episode lies within some days, or is exactly those days, or every one of the key when
/// no days are given.
///
/// After an evaluation the region holds exactly the disputes it found: the others leave it.
public struct DisputeRegion: Sendable, Hashable {
    /// The identity prefix: rule, article, scope, topic, facets, tally.
    public var prefix: String
    /// The days the episodes lie within, or nil for all of them.
    public var days: ClosedRange<Day>?
    /// Whether the region is the one episode from the first of `days` through the last, rather
    /// than every episode within them.
    public var exact: Bool

    /// Creates a region.
    public init(prefix: String, days: ClosedRange<Day>?, exact: Bool = false) {
        self.prefix = prefix
        self.days = days
        self.exact = exact
    }

    /// Whether a dispute belongs to the region.
    public func contains(_ dispute: Dispute) -> Bool {
        guard dispute.identity.hasPrefix(prefix) else { return false }
        guard let days else { return true }
        if exact {
            return dispute.episode.from == days.lowerBound
                && dispute.episode.through == days.upperBound
        }
        return days.contains(dispute.episode.from) && days.contains(dispute.episode.through)
    }
}
