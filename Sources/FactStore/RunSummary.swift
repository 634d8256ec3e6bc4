/// The counts of one ingest run, as printed at its end and kept in the `run` table.
public struct RunSummary: Sendable, Equatable, Codable {
    /// Articles stored for the first time.
    public var new = 0
    /// Articles stored as a new version of a known one.
    public var newVersions = 0
    /// Articles whose content was already stored.
    public var unchanged = 0
    /// Articles refused for bad input.
    public var rejected = 0
    /// Claims stored.
    public var claimsAdded = 0
    /// Flags raised: disputes opened live.
    public var flagsAdded = 0

    /// An empty summary.
    public init() {}

    /// Adds one outcome to the counts.
    public mutating func add(_ outcome: IngestOutcome) {
        switch outcome.status {
        case .new: new += 1
        case .newVersion: newVersions += 1
        case .unchanged: unchanged += 1
        }
        claimsAdded += outcome.claims.count
    }
}
