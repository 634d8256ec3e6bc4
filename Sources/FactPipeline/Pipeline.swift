import FactExtraction
import FactLedgerCore
import FactStore

/// The wiring from inputs to ledger: read, extract, store, evaluate — one transaction per article.
public struct Pipeline: Sendable {
    /// The ledger written to.
    public let ledger: Ledger
    /// The claim extractor.
    public let extractor: ClaimExtractor
    /// The rules' evaluator, run on each article's fresh claims inside its transaction.
    public let evaluator: Ledger.Evaluator?

    /// Creates a pipeline.
    public init(ledger: Ledger, extractor: ClaimExtractor, evaluator: Ledger.Evaluator?) {
        self.ledger = ledger
        self.extractor = extractor
        self.evaluator = evaluator
    }

    /// Ingests every article of the inputs; a refused article is reported and the rest still go in.
    public func ingest(
        _ items: [InputItem], defaults: ArticleDefaults, runID: Int64?,
        progress: ((Int) -> Void)? = nil
    ) throws -> IngestReport {
        var report = IngestReport()
        let reader = ArticleReader(defaults: defaults)
        var seen = 0
        for item in items {
            try reader.read(item) { result in
                seen += 1
                switch result {
                case .success(let article):
                    let outcome = try ledger.ingest(
                        article, claims: extractor.claims(in: article), runID: runID,
                        evaluate: evaluator)
                    report.summary.add(outcome)
                    if outcome.status != .unchanged {
                        report.firstPublished = min(
                            report.firstPublished ?? article.published, article.published)
                        report.lastPublished = max(
                            report.lastPublished ?? article.published, article.published)
                    }
                case .failure(let problem):
                    report.summary.rejected += 1
                    report.problems.append(problem)
                }
                progress?(seen)
            }
        }
        return report
    }
}
