import FactExtraction
import FactLedgerCore
import FactRules
import FactStore

/// Runs rule examples through the real pipeline: extraction, an in-memory ledger and the engine.
public struct ExampleRunner: Sendable {
    /// The rules folder whose vocabulary extracts the examples' claims.
    public let folder: RulesFolder

    /// Creates a runner.
    public init(folder: RulesFolder) {
        self.folder = folder
    }

    /// The live disputes of `rule` once the example's articles are ingested in order with only
    /// that rule active.
    public func disputes(_ rule: Rule, _ example: RuleExample) throws -> [Dispute] {
        let ledger = try Ledger.inMemory()
        let engine = folder.engine([rule])
        for (index, item) in example.articles.enumerated() {
            let article = Article(
                source: item.source, published: item.date, url: item.url ?? "example:\(index + 1)",
                body: item.text,
                origin: "example:\(index + 1)")
            _ = try ledger.ingest(
                article, claims: folder.extractor.claims(in: article), runID: nil, deriver: engine)
        }
        return try ledger.flags(status: nil).map(\.dispute).filter {
            $0.ruleID == rule.id && $0.state == .live
        }
    }

    /// A tester over this runner.
    public var tester: RuleTester {
        RuleTester { rule, example in try disputes(rule, example) }
    }
}
