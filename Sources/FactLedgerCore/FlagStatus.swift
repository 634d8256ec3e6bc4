/// Where a flag stands in review.
public enum FlagStatus: String, Sendable, Codable, CaseIterable {
    /// Waiting for a reviewer.
    case open
    /// A reviewer agreed the finding is real.
    case confirmed
    /// A reviewer judged it not worth acting on.
    case dismissed
    /// The underlying discrepancy has been settled.
    case resolved
}
