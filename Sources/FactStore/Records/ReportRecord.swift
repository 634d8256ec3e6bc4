import GRDB

/// A row of `report`: one report written, with the last run it covered; the next report counts
/// what is new from there.
struct ReportRecord: Codable, Sendable {
    var id: Int64?
    var since: String
    var until: String
    var runID: Int64?
    var writtenAt: String

    enum CodingKeys: String, CodingKey {
        case id, since, until
        case runID = "run_id"
        case writtenAt = "written_at"
    }
}

// MARK: - Database

extension ReportRecord: FetchableRecord, MutablePersistableRecord {
    static let databaseTableName = "report"

    mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}
