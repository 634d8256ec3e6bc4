import FactLedgerCore

/// One check from `Rules/checks/`: what to look for, how severe it is, and examples that prove it.
public struct Rule: Sendable {
    /// Where a rule is in its life.
    public enum Status: String, Sendable, CaseIterable {
        case experimental, test, stable, deprecated
    }

    /// The unique id.
    public var id: String
    /// A short title.
    public var title: String
    /// What the rule catches and why it matters.
    public var description: String
    /// The level of its flags.
    public var level: Level
    /// Its life-cycle status; deprecated rules are loaded but not run.
    public var status: Status
    /// The evaluator.
    public var kind: any RuleKind
    /// The message template.
    public var message: MessageTemplate
    /// Situations where a flag is likely a false alarm.
    public var falsePositives: [String]
    /// Whether hedged claims (believed, estimated, claimed, denied) lower the level by one.
    public var lowerIfHedged: Bool
    /// Examples that must raise the rule's flag.
    public var triggerExamples: [RuleExample]
    /// Examples that must not.
    public var passExamples: [RuleExample]
    /// The file it came from.
    public var file: String
    /// The line of its `id`.
    public var line: Int?

    /// The kind's name.
    public var kindName: String { type(of: kind).name }

    /// The findings for the fresh claims of one article version.
    public func findings(_ fresh: [StoredClaim], history: any ClaimHistory, context: RuleContext)
        throws -> [Finding]
    {
        try kind.evaluate(fresh, history: history, context: context).map { match in
            let hedged = match.claims.contains { $0.claim.certainty.isHedged }
            let first = match.claims[0].claim
            return Finding(
                ruleID: id, kind: kindName, level: lowerIfHedged && hedged ? level.lowered : level,
                topic: first.topic,
                actor: first.kind == .stance ? (match.values["scope"] ?? first.actor) : nil,
                message: message.render(match), claimIDs: match.claims.map(\.id),
                knownOn: match.claims.map(\.published).max()!)
        }
    }
}

/// One example of a rule file: small articles ingested in order.
public struct RuleExample: Sendable {
    /// One article of an example.
    public struct Article: Sendable {
        /// The outlet.
        public var source: String
        /// The publication day.
        public var date: Day
        /// The text.
        public var text: String
        /// The url, to make several texts versions of one article.
        public var url: String?
    }

    /// The articles, in ingest order.
    public var articles: [Article]
    /// The line the example starts on.
    public var line: Int?
}
