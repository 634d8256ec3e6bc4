/// Where a flag stands: in review, or closed because its disagreement no longer holds.
public enum FlagStatus: String, Sendable, Codable, CaseIterable {
    /// Waiting for a reviewer.
    case open
    /// A reviewer agreed the finding is real.
    case confirmed
    /// A reviewer judged it not worth acting on.
    case dismissed
    /// The underlying discrepancy has been settled.
    case resolved
    /// The disagreement no longer holds among the live claims: a correction removed it, or
    /// the claims no longer give it. Not a reviewer's decision; reviews stay in the log.
    case superseded

    /// The statuses a reviewer's decision can leave a flag in.
    public static let reviewed: [FlagStatus] = [.open, .confirmed, .dismissed, .resolved]
}
