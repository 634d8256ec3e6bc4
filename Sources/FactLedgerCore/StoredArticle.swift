/// One stored version of an article.
public struct StoredArticle: Sendable, Hashable, Codable {
    /// The version's row id.
    public var id: Int64
    /// The article as read.
    public var article: Article
    /// 1 for the first version, then 2, 3, … as its text changes.
    public var version: Int
    /// SHA-256 of the body, in hexadecimal.
    public var contentSHA256: String

    /// Creates a stored article.
    public init(id: Int64, article: Article, version: Int, contentSHA256: String) {
        self.id = id
        self.article = article
        self.version = version
        self.contentSHA256 = contentSHA256
    }
}
