/// A stored finding with its review state.
public struct Flag: Sendable, Hashable, Codable {
    /// The flag's id.
    public var id: Int64
    /// What was found.
    public var finding: Finding
    /// Where review stands.
    public var status: FlagStatus
    /// The run that first raised it.
    public var runID: Int64?

    /// Creates a flag.
    public init(id: Int64, finding: Finding, status: FlagStatus, runID: Int64?) {
        self.id = id
        self.finding = finding
        self.status = status
        self.runID = runID
    }

    /// The latest publication day among its claims: when the finding became knowable.
    public var knownOn: Day { finding.knownOn }
}
