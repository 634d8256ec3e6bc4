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

    /// The key that identifies the article within its source across versions: its id, else its
    /// url, else its content (`sha256:` and the body's digest). Only an id or a url lets a later
    /// text be a new version of the article; without them a changed text is another article,
    /// and the same text stays one article wherever it was read from.
    public var ref: String { ref(contentHash: ContentHash.hex(body.utf8)) }

    /// The key, given the digest of the body already worked out.
    public func ref(contentHash: String) -> String {
        externalID ?? url ?? Self.contentPrefix + contentHash
    }

    /// How a key made from the content begins.
    public static let contentPrefix = "sha256:"
}
