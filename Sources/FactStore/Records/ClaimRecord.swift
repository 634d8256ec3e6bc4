import FactLedgerCore
import GRDB

/// The `claim` table: one extracted claim a row, append-only (triggers refuse updates and
/// deletes). Claims are written and read through prepared statements, so the table is described
/// by its columns and statements rather than by a GRDB record.
///
/// `source_id` and `published` repeat the article's so that history is read from one index
/// without a join.
enum ClaimRecord {
    /// The columns a stored claim is read from, in select order: a column's position is its
    /// raw value.
    enum Column: Int32, CaseIterable {
        case id, articleID, published, kind, topic, facets, actor, speaker, low, high, best
        case qualifier, polarity, conditions, certainty, asOf, quote, start, end, rule
        case wholeIndex, partsExhaustive, tally, source, ref, url, version

        /// The column's SQL.
        var sql: String {
            switch self {
            case .id: return "claim.id"
            case .articleID: return "claim.article_id"
            case .published: return "claim.published"
            case .kind: return "claim.kind"
            case .topic: return "claim.topic"
            case .facets: return "claim.facets"
            case .actor: return "claim.actor"
            case .speaker: return "claim.speaker"
            case .low: return "claim.low"
            case .high: return "claim.high"
            case .best: return "claim.best"
            case .qualifier: return "claim.qualifier"
            case .polarity: return "claim.polarity"
            case .conditions: return "claim.conditions"
            case .certainty: return "claim.certainty"
            case .asOf: return "claim.as_of"
            case .quote: return "claim.quote"
            case .start: return "claim.start"
            case .end: return "claim.\"end\""
            case .rule: return "claim.rule"
            case .wholeIndex: return "claim.whole_index"
            case .partsExhaustive: return "claim.parts_exhaustive"
            case .tally: return "claim.tally"
            case .source: return "source.name"
            case .ref: return "article.ref"
            case .url: return "article.url"
            case .version: return "article.version"
            }
        }
    }

    /// The select list of `Column`, in order.
    static let columns = Column.allCases.map(\.sql).joined(separator: ", ")

    /// A stored-claim query without its conditions: the claim row plus its article's context.
    static let select = """
        SELECT \(columns)
        FROM claim
        JOIN article ON article.id = claim.article_id
        JOIN source ON source.id = \(SourceAliasRecord.canonicalID(of: "claim.source_id"))
        """

    /// The SQL that inserts one claim; run through a cached prepared statement.
    static let insertSQL = """
        INSERT INTO claim (article_id, source_id, published, kind, topic, facets, actor, speaker,
            low, high, best, qualifier, polarity, conditions, certainty, as_of, quote, start, "end",
            rule, whole_index, parts_exhaustive, run_id, tally)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
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
            runID.databaseValue, (claim.tally?.rawValue).databaseValue,
        ]
    }

    /// Reads the current row of a `select` query in place; a value the schema cannot hold is
    /// an error, never a default.
    static func storedClaim(_ handle: OpaquePointer) throws -> StoredClaim {
        typealias C = RawColumn
        func text(_ column: Column) -> String { C.text(handle, column.rawValue) }
        func optionalText(_ column: Column) -> String? { C.optionalText(handle, column.rawValue) }
        let id = C.int(handle, Column.id.rawValue)
        func value<T>(_ column: Column, _ parse: (String) -> T?) throws -> T {
            let raw = text(column)
            guard let value = parse(raw) else {
                throw LedgerError.badValue(table: "claim", column: "\(column)", id: id, value: raw)
            }
            return value
        }
        func optional<T>(_ column: Column, _ parse: (String) -> T?) throws -> T? {
            guard optionalText(column) != nil else { return nil }
            return try value(column, parse)
        }
        let quantity = try C.optionalDouble(handle, Column.low.rawValue).map { low in
            Quantity(
                low: low, high: C.optionalDouble(handle, Column.high.rawValue) ?? .infinity,
                best: C.optionalDouble(handle, Column.best.rawValue),
                qualifier: try value(.qualifier, Qualifier.init(rawValue:)))
        }
        let published = try value(.published) { Day(iso: $0) }
        let claim = Claim(
            kind: try value(.kind, ClaimKind.init(rawValue:)), topic: text(.topic),
            facets: Facets(canonical: text(.facets)), actor: optionalText(.actor),
            speaker: optionalText(.speaker), quantity: quantity,
            polarity: try optional(.polarity, Polarity.init(rawValue:)),
            conditions: optionalText(.conditions),
            certainty: try value(.certainty, Certainty.init(rawValue:)),
            asOf: try value(.asOf) { Day(iso: $0) }, quote: text(.quote),
            start: Int(C.int(handle, Column.start.rawValue)),
            end: Int(C.int(handle, Column.end.rawValue)), provenance: text(.rule),
            tally: try optional(.tally, Tally.init(rawValue:)),
            wholeIndex: C.optionalInt(handle, Column.wholeIndex.rawValue).map(Int.init),
            partsAreExhaustive: C.int(handle, Column.partsExhaustive.rawValue) != 0)
        return StoredClaim(
            id: id, articleID: C.int(handle, Column.articleID.rawValue), source: text(.source),
            published: published, ref: text(.ref), url: optionalText(.url),
            version: Int(C.int(handle, Column.version.rawValue)), claim: claim)
    }
}
