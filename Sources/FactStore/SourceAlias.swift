/// What adding a source alias did: the source the spelling now counts as, the spellings moved
/// with it, and the disputes derived again.
public struct SourceAlias: Sendable {
    /// The spelling aliased.
    public var spelling: String
    /// The canonical source it counts as.
    public var canonical: String
    /// Spellings that were aliases of `spelling` and now count as `canonical` too.
    public var moved: [String]
    /// How the disputes changed when derived again.
    public var changes: DisputeChanges
}
