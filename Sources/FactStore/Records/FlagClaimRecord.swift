import GRDB

/// A row of `flag_claim`: one claim a flag is about, in the order its message names them.
struct FlagClaimRecord: Codable, Sendable {
    var flagID: Int64
    var claimID: Int64
    var position: Int

    enum CodingKeys: String, CodingKey {
        case position
        case flagID = "flag_id"
        case claimID = "claim_id"
    }
}

// MARK: - Database

extension FlagClaimRecord: FetchableRecord, PersistableRecord {
    static let databaseTableName = "flag_claim"

    enum Columns {
        static let flagID = Column(CodingKeys.flagID)
        static let claimID = Column(CodingKeys.claimID)
        static let position = Column(CodingKeys.position)
    }
}
