import GRDB

/// A row of `source`: one outlet.
struct SourceRecord: Codable, Sendable {
    var id: Int64?
    var name: String
}

// MARK: - Database

extension SourceRecord: FetchableRecord, MutablePersistableRecord {
    static let databaseTableName = "source"

    enum Columns {
        static let id = Column(CodingKeys.id)
        static let name = Column(CodingKeys.name)
    }

    mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}
