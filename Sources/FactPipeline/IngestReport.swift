import FactExtraction
import FactStore

/// What an ingest run did: its counts and every input it refused.
public struct IngestReport: Sendable {
    /// The counts.
    public var summary = RunSummary()
    /// The refused inputs, in the order met.
    public var problems: [InputProblem] = []

    /// Creates an empty report.
    public init() {}
}
