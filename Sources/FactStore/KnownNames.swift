/// The names the ledger holds, for checking names given on the command line against them.
public struct KnownNames: Sendable, Equatable {
    /// Topics of stored claims.
    public var topics: [String] = []
    /// Actors of stored claims.
    public var actors: [String] = []
    /// Speakers of stored claims.
    public var speakers: [String] = []
    /// Every source spelling, canonical or alias.
    public var sources: [String] = []
    /// Rule ids of stored disputes.
    public var rules: [String] = []

    /// Creates an empty set of names.
    public init() {}
}
