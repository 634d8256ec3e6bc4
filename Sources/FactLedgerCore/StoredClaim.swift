/// A claim as the ledger holds it: with its id, its article and where that article came from.
public struct StoredClaim: Sendable, Hashable, Codable {
    /// The claim's row id.
    public var id: Int64
    /// The article version the claim was extracted from.
    public var articleID: Int64
    /// The outlet that published the article.
    public var source: String
    /// The article's publication day.
    public var published: Day
    /// The article's id or url as given, else its path.
    public var ref: String
    /// The article's url, when given.
    public var url: String?
    /// The article's version number, 1 for the first.
    public var version: Int
    /// The claim itself.
    public var claim: Claim

    /// Creates a stored claim.
    public init(
        id: Int64, articleID: Int64, source: String, published: Day, ref: String, url: String?,
        version: Int, claim: Claim
    ) {
        self.id = id
        self.articleID = articleID
        self.source = source
        self.published = published
        self.ref = ref
        self.url = url
        self.version = version
        self.claim = claim
    }
}
