import GRDB

/// A row of `source_alias`: one spelling of an outlet and the canonical source it counts as.
///
/// Claims of an aliased source count under the canonical source in disputes, reports and
/// listings; articles keep the spelling they were stored with, so an article's identity (its
/// source and ref) never changes.
struct SourceAliasRecord: Codable, Sendable {
    /// The aliased source (the spelling).
    var sourceID: Int64
    /// The source it counts as.
    var canonicalID: Int64
    /// When the alias was added (ISO 8601, UTC).
    var addedAt: String

    enum CodingKeys: String, CodingKey {
        case sourceID = "source_id"
        case canonicalID = "canonical_id"
        case addedAt = "added_at"
    }

    /// The id a source counts as, for a `source_id` column expression: its canonical source
    /// when it is an alias, else itself.
    static func canonicalID(of column: String) -> String {
        "IFNULL((SELECT canonical_id FROM source_alias WHERE source_alias.source_id = \(column)), \(column))"
    }
}

// MARK: - Database

extension SourceAliasRecord: FetchableRecord, PersistableRecord {
    static let databaseTableName = "source_alias"

    /// The table's columns.
    enum Columns {
        static let sourceID = Column(CodingKeys.sourceID)
        static let canonicalID = Column(CodingKeys.canonicalID)
    }
}
