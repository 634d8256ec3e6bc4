import FactLedgerCore
import GRDB

/// A row of `claim`: one extracted claim, append-only (triggers refuse updates and deletes).
///
/// `source_id` and `published` repeat the article's so that history queries are served by one
/// index without a join.
struct ClaimRecord: Codable, Sendable {
    var id: Int64?
    var articleID: Int64
    var sourceID: Int64
    var published: String
    var kind: String
    var topic: String
    var facets: String
    var actor: String?
    var speaker: String?
    var low: Double?
    var high: Double?
    var best: Double?
    var qualifier: String?
    var polarity: String?
    var conditions: String?
    var certainty: String
    var asOf: String
    var quote: String
    var start: Int
    var end: Int
    var rule: String
    var wholeIndex: Int?
    var partsExhaustive: Bool
    var runID: Int64?

    enum CodingKeys: String, CodingKey {
        case id, published, kind, topic, facets, actor, speaker, low, high, best, qualifier
        case polarity, conditions, certainty, quote, start, end, rule
        case articleID = "article_id"
        case sourceID = "source_id"
        case asOf = "as_of"
        case runID = "run_id"
        case wholeIndex = "whole_index"
        case partsExhaustive = "parts_exhaustive"
    }

    /// The SQL that inserts one claim; run through a cached prepared statement.
    static let insertSQL = """
        INSERT INTO claim (article_id, source_id, published, kind, topic, facets, actor, speaker,
            low, high, best, qualifier, polarity, conditions, certainty, as_of, quote, start, "end",
            rule, whole_index, parts_exhaustive, run_id)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
        """

    /// The values for `insertSQL`, in column order.
    static func insertValues(
        _ claim: Claim, articleID: Int64, sourceID: Int64, published: String, runID: Int64?
    ) -> [DatabaseValue] {
        let quantity = claim.quantity
        let high: Double? = quantity.flatMap { $0.high.isFinite ? $0.high : nil }
        return [
            articleID.databaseValue, sourceID.databaseValue, published.databaseValue,
            claim.kind.rawValue.databaseValue, claim.topic.databaseValue,
            claim.facets.canonical.databaseValue, claim.actor.databaseValue,
            claim.speaker.databaseValue, quantity?.low.databaseValue ?? .null,
            high.databaseValue, (quantity?.best).databaseValue,
            (quantity?.qualifier.rawValue).databaseValue,
            claim.polarity?.rawValue.databaseValue ?? .null,
            claim.conditions.databaseValue, claim.certainty.rawValue.databaseValue,
            claim.asOf.description.databaseValue, claim.quote.databaseValue,
            claim.start.databaseValue, claim.end.databaseValue, claim.provenance.databaseValue,
            claim.wholeIndex.databaseValue, claim.partsAreExhaustive.databaseValue,
            runID.databaseValue,
        ]
    }
}

// MARK: - Database

extension ClaimRecord: FetchableRecord, MutablePersistableRecord {
    static let databaseTableName = "claim"

    enum Columns {
        static let id = Column(CodingKeys.id)
        static let articleID = Column(CodingKeys.articleID)
        static let kind = Column(CodingKeys.kind)
        static let topic = Column(CodingKeys.topic)
        static let facets = Column(CodingKeys.facets)
        static let actor = Column(CodingKeys.actor)
        static let published = Column(CodingKeys.published)
        static let runID = Column(CodingKeys.runID)
    }

    mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}
