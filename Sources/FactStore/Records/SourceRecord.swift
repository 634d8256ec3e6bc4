import GRDB

/// A row of `source`: one outlet.
struct SourceRecord: Codable, Sendable {
    var id: Int64?
    var name: String
}

// MARK: - Database

extension SourceRecord: FetchableRecord, MutablePersistableRecord {
    static let databaseTableName = "source"

    mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}
