import FactLedgerCore

/// Runs every active rule over the fresh claims of one article version.
public struct RuleEngine: Sendable {
    /// The rules, deprecated ones included (they are skipped).
    public let rules: [Rule]
    /// Topic and actor knowledge.
    public let context: RuleContext

    /// Creates an engine.
    public init(rules: [Rule], context: RuleContext) {
        self.rules = rules
        self.context = context
    }

    /// The rules that run.
    public var activeRules: [Rule] { rules.filter { $0.status != .deprecated } }

    /// Every finding of every active rule.
    public func evaluate(history: any ClaimHistory, fresh: [StoredClaim]) throws -> [Finding] {
        var findings: [Finding] = []
        var seen = Set<String>()
        for rule in activeRules {
            for finding in try rule.findings(fresh, history: history, context: context)
            where seen.insert(finding.fingerprint).inserted {
                findings.append(finding)
            }
        }
        return findings
    }
}
