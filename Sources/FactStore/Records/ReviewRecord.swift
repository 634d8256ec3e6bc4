import GRDB

/// A row of `review`: one reviewer decision, append-only.
struct ReviewRecord: Codable, Sendable {
    var id: Int64?
    var flagID: Int64
    var action: String
    var by: String
    var at: String
    var note: String

    enum CodingKeys: String, CodingKey {
        case id, action, by, at, note
        case flagID = "flag_id"
    }
}

// MARK: - Database

extension ReviewRecord: FetchableRecord, MutablePersistableRecord {
    static let databaseTableName = "review"

    enum Columns {
        static let id = Column(CodingKeys.id)
        static let flagID = Column(CodingKeys.flagID)
    }

    mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}
