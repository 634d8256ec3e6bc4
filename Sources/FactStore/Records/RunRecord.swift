import GRDB

/// A row of `run`: one invocation that wrote to the ledger, with its counts.
struct RunRecord: Codable, Sendable {
    var id: Int64?
    var command: String
    var startedAt: String
    var finishedAt: String?
    var articlesNew: Int = 0
    var articlesVersioned: Int = 0
    var articlesUnchanged: Int = 0
    var articlesRejected: Int = 0
    var claimsAdded: Int = 0
    var flagsAdded: Int = 0
    /// The rules the run derived disputes with, as `RuleFiles.label` names them.
    var rules: String?

    enum CodingKeys: String, CodingKey {
        case id, command, rules
        case startedAt = "started_at"
        case finishedAt = "finished_at"
        case articlesNew = "articles_new"
        case articlesVersioned = "articles_versioned"
        case articlesUnchanged = "articles_unchanged"
        case articlesRejected = "articles_rejected"
        case claimsAdded = "claims_added"
        case flagsAdded = "flags_added"
    }
}

// MARK: - Database

extension RunRecord: FetchableRecord, MutablePersistableRecord {
    static let databaseTableName = "run"

    mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}
