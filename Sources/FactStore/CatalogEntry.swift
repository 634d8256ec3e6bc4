/// A name the ledger knows (a topic or an actor) with how much it holds about it.
public struct CatalogEntry: Sendable, Equatable {
    /// The topic or actor.
    public var name: String
    /// Stored claims about it.
    public var claims: Int
    /// Sources of those claims, aliases counted as their canonical source.
    public var sources: Int
    /// Open disputes about it (review status open, not superseded).
    public var openDisputes: Int

    /// Creates an entry.
    public init(name: String, claims: Int, sources: Int, openDisputes: Int) {
        self.name = name
        self.claims = claims
        self.sources = sources
        self.openDisputes = openDisputes
    }
}
