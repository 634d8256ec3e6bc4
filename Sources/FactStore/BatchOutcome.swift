/// What storing a batch of articles did: each article's outcome or error, and what the batch
/// changed in the disputes.
public struct BatchOutcome: Sendable {
    /// Each article's outcome, or the error that kept it out, in batch order.
    public var results: [Result<IngestOutcome, any Error>]
    /// The disputes the batch opened, changed and closed.
    public var disputes: DisputeChanges
}
