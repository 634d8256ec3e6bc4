import FactLedgerCore

/// One claim in a topic's timeline, with the earlier claim of the same source it supersedes.
public struct TimelineEntry: Sendable, Hashable {
    /// The claim.
    public var stored: StoredClaim
    /// The id of the same source's previous claim on the same topic, facets and actor.
    public var supersedes: Int64?
}
