import FactIngest
import FactLedgerCore
import FactPipeline
import FactStore

/// The disputes a ledger holds, described by content only: what two ledgers fed the same
/// articles in different orders must agree on.
///
/// Each dispute is its identity, state, level, known-on day, message, the article version that
/// superseded it (by source, ref and version) and its claims with their sides, each claim named
/// by what it says and who said it when, never by the id it was stored under.
public struct DisputeSnapshot: Sendable, Equatable {
    /// One line per dispute, sorted.
    public var lines: [String]

    /// The snapshot of a ledger; `articles` names each article version id the ledger stored
    /// (source, ref and version).
    public init(ledger: Ledger, articles: [Int64: String]) throws {
        lines = try ledger.flagDetails().map { detail in
            let dispute = detail.flag.dispute
            let sides = detail.sides
            let claims = detail.claims.map { stored in
                let claim = stored.claim
                return
                    "\(sides[stored.id] ?? -1):\(stored.source)/\(stored.published)/\(claim.asOf)/\(claim.valueText)/\(claim.certainty.rawValue)/\(claim.speaker ?? "")/\(claim.actor ?? "")"
            }.sorted()
            let superseded = dispute.supersededBy.map { articles[$0] ?? "?" } ?? "-"
            return [
                dispute.identity.replacingOccurrences(of: Dispute.separator, with: "|"),
                dispute.state.rawValue, dispute.level.rawValue, dispute.knownOn.description,
                dispute.message, superseded, claims.joined(separator: " ; "),
            ].joined(separator: " # ")
        }.sorted()
    }

    /// Ingests articles one batch at a time, in the order given, into an empty in-memory ledger
    /// with the rules' engine, and takes the snapshot.
    public static func ingesting(
        _ articles: [Article], folder: RulesFolder, batchSize: Int = 64
    ) throws -> DisputeSnapshot {
        let ledger = try Ledger.inMemory()
        let engine = folder.engine()
        var names: [Int64: String] = [:]
        for start in stride(from: 0, to: articles.count, by: batchSize) {
            let batch = articles[start..<min(articles.count, start + batchSize)].map {
                (article: $0, claims: folder.extractor.claims(in: $0))
            }
            let outcome = try ledger.ingest(batch: batch, runID: nil, deriver: engine)
            for (item, result) in zip(batch, outcome.results) {
                let stored = try result.get()
                names[stored.articleID] =
                    "\(item.article.source) \(item.article.ref) v\(stored.version)"
            }
        }
        return try DisputeSnapshot(ledger: ledger, articles: names)
    }

    /// The lines of one snapshot that the other does not hold, both ways.
    public func differences(from other: DisputeSnapshot) -> [String] {
        let mine = Set(lines)
        let theirs = Set(other.lines)
        return mine.subtracting(theirs).sorted().map { "- " + $0 }
            + theirs.subtracting(mine).sorted().map { "+ " + $0 }
    }
}
