import FactLedgerCore
import GRDB

/// A row of `review`: one decision on a dispute, append-only.
struct ReviewRecord: Codable, Sendable {
    var id: Int64?
    var disputeID: Int64
    var action: String
    var by: String
    var at: String
    var note: String

    enum CodingKeys: String, CodingKey {
        case id, action, by, at, note
        case disputeID = "dispute_id"
    }

    /// The review it records; an action the schema allows but FactLedger does not know is an error.
    func review() throws -> Review {
        guard let known = Review.Action(rawValue: action) else {
            throw LedgerError.badValue(
                table: "review", column: "action", id: id ?? 0, value: action)
        }
        return Review(flagID: disputeID, action: known, by: by, at: at, note: note)
    }
}

// MARK: - Database

extension ReviewRecord: FetchableRecord, MutablePersistableRecord {
    static let databaseTableName = "review"

    mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}
