import GRDB

/// A row of `flag`: one finding, unique by fingerprint, with its review status.
struct FlagRecord: Codable, Sendable {
    var id: Int64?
    var fingerprint: String
    var ruleID: String
    var kind: String
    var level: String
    var status: String
    var topic: String
    var actor: String?
    var message: String
    var knownOn: String
    var runID: Int64?

    enum CodingKeys: String, CodingKey {
        case id, fingerprint, kind, level, status, topic, actor, message
        case ruleID = "rule_id"
        case knownOn = "known_on"
        case runID = "run_id"
    }
}

// MARK: - Database

extension FlagRecord: FetchableRecord, MutablePersistableRecord {
    static let databaseTableName = "flag"

    enum Columns {
        static let id = Column(CodingKeys.id)
        static let fingerprint = Column(CodingKeys.fingerprint)
        static let status = Column(CodingKeys.status)
        static let level = Column(CodingKeys.level)
        static let knownOn = Column(CodingKeys.knownOn)
    }

    mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}
