import FactExtraction
import FactIngest
import FactLedgerCore
import FactStore

/// What an ingest run did: its counts and every input it refused.
public struct IngestReport: Sendable {
    /// The counts.
    public var summary = RunSummary()
    /// The refused inputs, in the order met.
    public var problems: [InputProblem] = []
    /// The earliest publication day among articles stored (new or new version).
    public var firstPublished: Day?
    /// The latest publication day among articles stored.
    public var lastPublished: Day?

    /// Creates an empty report.
    public init() {}
}
