import FactLedgerCore

/// Runs every active rule over the claims that changed: the ledger's `DisputeDeriving`.
public struct RuleEngine: DisputeDeriving {
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

    public var ruleIDs: Set<String> { Set(activeRules.map(\.id)) }

    public func derive(_ changed: [WindowClaim], history: any DisputeHistory) throws
        -> [DerivedRegion]
    {
        try activeRules.flatMap { try $0.derive(changed, history: history, context: context) }
    }
}
