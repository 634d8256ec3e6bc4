import FactLedgerCore
import FactReports
import FactRules
import FactStore

/// Checks one article against the ledger with the real pipeline inside a rolled-back transaction.
public struct ArticleCheck: Sendable {
    /// The ledger.
    public let ledger: Ledger
    /// The rules folder.
    public let folder: RulesFolder

    /// Creates a check.
    public init(ledger: Ledger, folder: RulesFolder) {
        self.ledger = ledger
        self.folder = folder
    }

    /// What ingesting the article would store and raise; the ledger is left unchanged.
    public func run(_ article: Article, failOn: Level) throws -> CheckResult {
        let classifier = RelationClassifier(context: folder.context)
        return try ledger.dryRun(
            article, claims: folder.extractor.claims(in: article),
            evaluate: RulesFolder.evaluator(folder.engine())
        ) { outcome, history in
            let entries = try outcome.claims.map { claim in
                let (relation, related) = try classifier.relate(claim, history: history)
                return CheckResult.Entry(claim: claim, relation: relation, related: related)
            }
            return CheckResult(
                article: article, entries: entries, flags: outcome.newFindings, failOn: failOn)
        }
    }
}
