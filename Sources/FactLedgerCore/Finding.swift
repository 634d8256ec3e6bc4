/// A flag a rule wants raised: what it found, about which claims, how severe.
///
/// The fingerprint is the rule id with the sorted claim ids, so evaluating the same claims
/// twice never yields two flags.
public struct Finding: Sendable, Hashable, Codable {
    /// The id of the rule that raised it.
    public var ruleID: String
    /// The rule's kind (its evaluator).
    public var kind: String
    /// How much it matters.
    public var level: Level
    /// The topic concerned.
    public var topic: String
    /// The actor concerned, for stance findings.
    public var actor: String?
    /// The rendered message.
    public var message: String
    /// The stored claims involved, in the order the message names them.
    public var claimIDs: [Int64]
    /// The latest publication day among the claims: when the finding became knowable.
    public var knownOn: Day

    /// Creates a finding.
    public init(
        ruleID: String, kind: String, level: Level, topic: String, actor: String? = nil,
        message: String, claimIDs: [Int64], knownOn: Day
    ) {
        self.ruleID = ruleID
        self.kind = kind
        self.level = level
        self.topic = topic
        self.actor = actor
        self.message = message
        self.claimIDs = claimIDs
        self.knownOn = knownOn
    }

    /// The identity of the finding: rule id and the sorted claim ids.
    public var fingerprint: String {
        ruleID + ":" + claimIDs.sorted().map(String.init).joined(separator: ",")
    }
}
