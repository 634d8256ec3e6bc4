import FactLedgerCore
import GRDB

/// A row of `retraction`: one article version withdrawn from the record, append-only.
struct RetractionRecord: Codable, Sendable {
    var id: Int64?
    var articleID: Int64
    var note: String
    var by: String
    var at: String
    var runID: Int64?

    enum CodingKeys: String, CodingKey {
        case id, note, by, at
        case articleID = "article_id"
        case runID = "run_id"
    }

    /// Retractions with their article's outlet, ref and version, in the order recorded.
    static let selectSQL = """
        SELECT retraction.article_id, source.name, article.ref, article.version, retraction.note,
            retraction.by, retraction.at
        FROM retraction
        JOIN article ON article.id = retraction.article_id
        JOIN source ON source.id = article.source_id
        """

    /// The retraction the current row of a `selectSQL` query describes.
    static func retraction(_ handle: OpaquePointer) -> Retraction {
        Retraction(
            articleID: RawColumn.int(handle, 0), source: RawColumn.text(handle, 1),
            ref: RawColumn.text(handle, 2), version: Int(RawColumn.int(handle, 3)),
            note: RawColumn.text(handle, 4), by: RawColumn.text(handle, 5),
            at: RawColumn.text(handle, 6))
    }
}

// MARK: - Database

extension RetractionRecord: FetchableRecord, MutablePersistableRecord {
    static let databaseTableName = "retraction"

    mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}
