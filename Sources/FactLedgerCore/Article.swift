/// One article as read from a file, a JSON line or standard input, before it is stored.
public struct Article: Sendable, Hashable, Codable {
    /// The outlet that published it.
    public var source: String
    /// The publication day.
    public var published: Day
    /// The headline, when given.
    public var title: String?
    /// The address it was published at, when given.
    public var url: String?
    /// The outlet's or feed's own identifier, when given.
    public var externalID: String?
    /// The article text.
    public var body: String
    /// Where it was read from: a path, `path:line` for JSON Lines, or `-` for standard input.
    public var origin: String

    /// Creates an article.
    public init(
        source: String, published: Day, title: String? = nil, url: String? = nil,
        externalID: String? = nil, body: String, origin: String
    ) {
        self.source = source
        self.published = published
        self.title = title
        self.url = url
        self.externalID = externalID
        self.body = body
        self.origin = origin
    }

    /// The key that identifies the article within its source across versions: id, url, else origin.
    public var ref: String { externalID ?? url ?? origin }
}
