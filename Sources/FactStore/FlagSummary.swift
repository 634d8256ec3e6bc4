import FactLedgerCore

/// A flag as a listing shows it: the flag with its members and the distinct sources of its
/// claims, without the claims themselves.
public struct FlagSummary: Sendable {
    /// The flag.
    public var flag: Flag
    /// The distinct sources of its claims, in member order.
    public var sources: [String]

    /// Creates a summary.
    public init(flag: Flag, sources: [String]) {
        self.flag = flag
        self.sources = sources
    }
}
