/// A correction of the record: an article withdrawn, whose claims stop counting.
///
/// Retractions are append-only: one is recorded, never edited or removed. A later version of
/// the same article (a republication) counts again.
public struct Retraction: Sendable, Hashable, Codable {
    /// The id of the article version retracted (the latest when it was retracted).
    public var articleID: Int64
    /// The article's outlet.
    public var source: String
    /// The article's ref: its id, its url, or `sha256:` and its content's digest.
    public var ref: String
    /// Which version was retracted.
    public var version: Int
    /// Why.
    public var note: String
    /// Who retracted it.
    public var by: String
    /// When, as an ISO 8601 timestamp in UTC.
    public var at: String

    /// Creates a retraction.
    public init(
        articleID: Int64, source: String, ref: String, version: Int, note: String, by: String,
        at: String
    ) {
        self.articleID = articleID
        self.source = source
        self.ref = ref
        self.version = version
        self.note = note
        self.by = by
        self.at = at
    }

    /// The day it was recorded.
    public var day: Day? { Day(iso: at.prefix(10)) }
}
