import FactExtraction
import FactIngest
import FactLedgerCore
import FactStore

/// The wiring from inputs to ledger: read, extract, store, derive disputes — one transaction per
/// batch, each article in it all or nothing.
public struct Pipeline: Sendable {
    /// The ledger written to.
    public let ledger: Ledger
    /// The claim extractor.
    public let extractor: ClaimExtractor
    /// The rules, which derive the disputes a batch's claims change inside its transaction.
    public let deriver: (any DisputeDeriving)?

    /// Creates a pipeline.
    public init(ledger: Ledger, extractor: ClaimExtractor, deriver: (any DisputeDeriving)?) {
        self.ledger = ledger
        self.extractor = extractor
        self.deriver = deriver
    }

    /// How many articles are committed together (each still all or nothing). A commit writes
    /// every page the batch changed, and the history indexes' busiest pages change in every
    /// batch: fewer, larger commits write them fewer times.
    public static let batchSize = 1024

    /// The most article text a batch holds before it is committed early: articles may be up to
    /// 8 MB each, and a batch of long ones must not hold gigabytes.
    public static let batchBytes = 16 << 20

    /// Ingests every article of the inputs; a refused article is reported and the rest still go in.
    public func ingest(
        _ items: [InputItem], defaults: ArticleDefaults, runID: Int64?,
        progress: ((Int) -> Void)? = nil
    ) throws -> IngestReport {
        var report = IngestReport()
        let reader = ArticleReader(defaults: defaults)
        var seen = 0
        var pending: [(article: Article, claims: [Claim])] = []
        var pendingBytes = 0
        func flush() throws {
            pendingBytes = 0
            guard !pending.isEmpty else { return }
            let outcome = try ledger.ingest(batch: pending, runID: runID, deriver: deriver)
            report.summary.flagsAdded += outcome.disputes.opened
            for (item, result) in zip(pending, outcome.results) {
                switch result {
                case .success(let outcome):
                    report.summary.add(outcome)
                    if outcome.status != .unchanged {
                        let day = item.article.published
                        report.firstPublished = min(report.firstPublished ?? day, day)
                        report.lastPublished = max(report.lastPublished ?? day, day)
                    }
                case .failure(let error):
                    report.summary.rejected += 1
                    report.problems.append(
                        InputProblem(
                            file: item.article.origin, message: "could not be stored: \(error)"))
                }
            }
            pending.removeAll(keepingCapacity: true)
        }
        for item in items {
            try reader.read(item) { result in
                seen += 1
                switch result {
                case .success(let article):
                    pending.append((article, extractor.claims(in: article)))
                    pendingBytes += article.body.utf8.count
                    if pending.count >= Self.batchSize || pendingBytes >= Self.batchBytes {
                        try flush()
                    }
                case .failure(let problem):
                    report.summary.rejected += 1
                    report.problems.append(problem)
                }
                progress?(seen)
            }
        }
        try flush()
        return report
    }
}
