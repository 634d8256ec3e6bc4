import FactLedgerCore

/// What retracting an article did: the record added, how many claims stopped counting, and
/// the disputes that changed.
public struct RetractionOutcome: Sendable {
    /// The retraction recorded.
    public var retraction: Retraction
    /// How many claims of the retracted version stopped counting.
    public var claims: Int
    /// The disputes that closed or changed because of it.
    public var disputes: DisputeChanges
}
