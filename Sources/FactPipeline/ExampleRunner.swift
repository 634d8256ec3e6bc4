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

    /// The findings the example's articles raise, ingested in order, with only `rule` active.
    public func findings(_ rule: Rule, _ example: RuleExample) throws -> [Finding] {
        let ledger = try Ledger.inMemory()
        let evaluator = RulesFolder.evaluator(folder.engine([rule]))
        var findings: [Finding] = []
        for (index, item) in example.articles.enumerated() {
            let article = Article(
                source: item.source, published: item.date, url: item.url ?? "example:\(index + 1)",
                body: item.text,
                origin: "example:\(index + 1)")
            let outcome = try ledger.ingest(
                article, claims: folder.extractor.claims(in: article), runID: nil,
                evaluate: evaluator)
            findings += outcome.findings
        }
        return findings
    }

    /// A tester over this runner.
    public var tester: RuleTester {
        RuleTester { rule, example in try findings(rule, example) }
    }
}
