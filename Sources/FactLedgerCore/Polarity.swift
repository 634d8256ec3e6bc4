/// Where an actor stands on a topic.
public enum Polarity: String, Sendable, Codable, CaseIterable {
    /// For it.
    case support
    /// Against it.
    case oppose
    /// Insists on it or calls for it.
    case demand
    /// For it only under stated conditions.
    case conditional

    /// The broad side a polarity falls on: demand and conditional lean towards support.
    public var side: Side {
        switch self {
        case .oppose: return .against
        case .support, .demand: return .favour
        case .conditional: return .qualified
        }
    }

    /// Whether two polarities are outright opposites (for against, against for).
    public func contradicts(_ other: Polarity) -> Bool {
        (side == .favour && other.side == .against) || (side == .against && other.side == .favour)
    }

    /// The coarse direction of a stance.
    public enum Side: Sendable {
        /// Support or demand.
        case favour
        /// Opposition.
        case against
        /// Conditional support.
        case qualified
    }
}
