/// One outlet as `sources list` shows it: its canonical name, what it published under every
/// spelling, and the spellings aliased to it.
public struct SourceSummary: Sendable, Equatable {
    /// The canonical name.
    public var name: String
    /// Articles (any version) stored under the name or one of its aliases.
    public var articles: Int
    /// Claims stored under the name or one of its aliases.
    public var claims: Int
    /// The other spellings that count as this source, sorted.
    public var aliases: [String]

    /// Creates a summary.
    public init(name: String, articles: Int, claims: Int, aliases: [String]) {
        self.name = name
        self.articles = articles
        self.claims = claims
        self.aliases = aliases
    }
}
