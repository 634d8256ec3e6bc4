import FactLedgerCore

/// Runs a rule's own examples: once a trigger example's articles are in, the rule must hold a
/// live dispute; once a pass example's are, it must hold none.
public struct RuleTester {
    /// The outcome of one example.
    public struct ExampleResult: Sendable {
        /// Trigger or pass.
        public var expectsFlag: Bool
        /// The example's line in the rule file.
        public var line: Int?
        /// The messages of the rule's live disputes.
        public var messages: [String]

        /// Whether the example behaved as expected.
        public var passed: Bool { expectsFlag == !messages.isEmpty }
    }

    /// The outcome of one rule.
    public struct RuleResult: Sendable {
        /// The rule's id.
        public var ruleID: String
        /// The rule's file.
        public var file: String
        /// Each example's outcome, triggers first.
        public var examples: [ExampleResult]
        /// Why the rule cannot be tested, when it lacks examples.
        public var missing: String?

        /// Whether every example behaved and the rule has both kinds.
        public var passed: Bool { missing == nil && examples.allSatisfy(\.passed) }
    }

    /// The real pipeline for one example: ingest its articles in order into an empty ledger with
    /// only this rule active, and return the rule's live disputes.
    public typealias Pipeline = (_ rule: Rule, _ example: RuleExample) throws -> [Dispute]

    private let pipeline: Pipeline

    /// Creates a tester over a pipeline.
    public init(pipeline: @escaping Pipeline) {
        self.pipeline = pipeline
    }

    /// Tests one rule.
    public func test(_ rule: Rule) throws -> RuleResult {
        var results: [ExampleResult] = []
        for (examples, expectsFlag) in [(rule.triggerExamples, true), (rule.passExamples, false)] {
            for example in examples {
                let disputes = try pipeline(rule, example).filter { $0.ruleID == rule.id }
                results.append(
                    ExampleResult(
                        expectsFlag: expectsFlag, line: example.line,
                        messages: disputes.map(\.message)))
            }
        }
        var missing: String?
        if rule.triggerExamples.isEmpty || rule.passExamples.isEmpty {
            missing = "needs at least one trigger and one pass example"
        }
        return RuleResult(ruleID: rule.id, file: rule.file, examples: results, missing: missing)
    }
}
