import GRDB

/// A row of `article`: one version of one article, never changed once written.
struct ArticleRecord: Codable, Sendable {
    var id: Int64?
    var sourceID: Int64
    var ref: String
    var version: Int
    var contentSHA256: String
    var published: String
    var url: String?
    var externalID: String?
    var title: String?
    var body: String
    var origin: String
    var ingestedAt: String
    var runID: Int64?

    enum CodingKeys: String, CodingKey {
        case id, ref, version, published, url, title, body, origin
        case sourceID = "source_id"
        case contentSHA256 = "content_sha256"
        case externalID = "external_id"
        case ingestedAt = "ingested_at"
        case runID = "run_id"
    }
}

// MARK: - Database

extension ArticleRecord: FetchableRecord, MutablePersistableRecord {
    static let databaseTableName = "article"

    mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}
