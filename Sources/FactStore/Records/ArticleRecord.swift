import FactLedgerCore
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

// MARK: - Statements

extension ArticleRecord {
    /// The latest version of an article: its id, version and content hash.
    static let latestSQL = """
        SELECT id, version, content_sha256 FROM article WHERE source_id = ? AND ref = ?
        ORDER BY version DESC LIMIT 1
        """

    /// The first stored version of any article of a source with this content: its id and version.
    static let sameContentSQL = """
        SELECT id, version FROM article WHERE source_id = ? AND content_sha256 = ?
        ORDER BY id LIMIT 1
        """

    /// The stored version of an article (by source and ref) with this content: its id and version.
    static let sameVersionSQL = """
        SELECT id, version FROM article WHERE source_id = ? AND ref = ? AND content_sha256 = ?
        LIMIT 1
        """

    /// Inserts one article version; run through a cached prepared statement (every article
    /// ingested is one).
    static let insertSQL = """
        INSERT INTO article (source_id, ref, version, content_sha256, published, url, external_id,
            title, body, origin, ingested_at, run_id)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
        """

    /// The values for `insertSQL`.
    static func insertValues(
        _ article: Article, ref: String, sourceID: Int64, version: Int, contentSHA256: String,
        ingestedAt: String, runID: Int64?
    ) -> [DatabaseValue] {
        [
            sourceID.databaseValue, ref.databaseValue, version.databaseValue,
            contentSHA256.databaseValue, article.published.description.databaseValue,
            article.url.databaseValue, article.externalID.databaseValue,
            article.title.databaseValue, article.body.databaseValue,
            article.origin.databaseValue, ingestedAt.databaseValue, runID.databaseValue,
        ]
    }
}

// MARK: - Database

extension ArticleRecord: FetchableRecord, MutablePersistableRecord {
    static let databaseTableName = "article"

    mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}
