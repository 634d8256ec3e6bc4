/// One decision on a flag, by a reviewer or by FactLedger itself (a dismissed flag a new claim
/// joins is reopened); the log of them is append-only.
public struct Review: Sendable, Hashable, Codable {
    /// What a reviewer can do to a flag.
    public enum Action: String, Sendable, Codable, CaseIterable {
        /// Agree the finding is real.
        case confirm
        /// Judge it not worth acting on.
        case dismiss
        /// Mark the discrepancy settled.
        case resolve
        /// Put it back in the queue.
        case reopen

        /// The status the flag has after this action.
        public var resultingStatus: FlagStatus {
            switch self {
            case .confirm: return .confirmed
            case .dismiss: return .dismissed
            case .resolve: return .resolved
            case .reopen: return .open
            }
        }

        /// Whether the action may be taken on a flag in the given review status.
        public func isAllowed(from status: FlagStatus) -> Bool {
            switch self {
            case .confirm, .dismiss: return status == .open
            case .resolve: return status == .open || status == .confirmed
            case .reopen: return status != .open && status != .superseded
            }
        }
    }

    /// The flag reviewed.
    public var flagID: Int64
    /// The decision.
    public var action: Action
    /// Who decided.
    public var by: String
    /// When, as an ISO 8601 timestamp.
    public var at: String
    /// Why.
    public var note: String

    /// Creates a review entry.
    public init(flagID: Int64, action: Action, by: String, at: String, note: String) {
        self.flagID = flagID
        self.action = action
        self.by = by
        self.at = at
        self.note = note
    }
}
