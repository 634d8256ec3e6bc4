import FactLedgerCore
import StrictYAML

/// The `when:` block of a rule file, read strictly: each kind names the keys it accepts, and
/// any other key is an error.
public struct RuleParameters: Sendable {
    let values: [String: YAMLNode]
    let node: YAMLNode?

    /// Reads the block, accepting only `allowed` keys.
    private init(node: YAMLNode?, allowed: Set<String>) throws {
        self.node = node
        values = try node.map { try $0.mapping(allowed: allowed) } ?? [:]
    }

    /// The block as written, before a kind checks it.
    init(unchecked node: YAMLNode?) {
        self.node = node
        values = [:]
    }

    /// Parameters for a kind: the common keys plus its own.
    public static func read(_ node: YAMLNode?, kindKeys: Set<String>) throws -> RuleParameters {
        try RuleParameters(node: node, allowed: kindKeys.union(["topics"]))
    }

    /// A whole number of days, at least `minimum`.
    public func days(_ key: String, default value: Int, minimum: Int = 0) throws -> Int {
        guard let node = values[key] else { return value }
        let days = try node.int()
        guard days >= minimum else { throw node.error("\(key) must be at least \(minimum)") }
        return days
    }

    /// A tolerance `{ relative: 0.05, absolute: 2 }`.
    public func tolerance(_ key: String = "tolerance", default value: Tolerance) throws -> Tolerance
    {
        guard let node = values[key] else { return value }
        let map = try node.mapping(allowed: ["relative", "absolute"])
        let relative = try map["relative"]?.double() ?? 0
        let absolute = try map["absolute"]?.double() ?? 0
        guard relative >= 0, relative < 1 else {
            throw node.error("relative tolerance must be at least 0 and below 1")
        }
        guard absolute >= 0 else { throw node.error("absolute tolerance must not be negative") }
        return Tolerance(relative: relative, absolute: absolute)
    }

    /// One of the raw values of an enumeration.
    public func choice<T: RawRepresentable & CaseIterable>(_ key: String, default value: T) throws
        -> T
    where T.RawValue == String {
        guard let node = values[key] else { return value }
        return try node.value(of: T.self)
    }

    /// The topic filter: exact keys or `prefix.*`; empty means every topic.
    public func topics() throws -> TopicFilter {
        TopicFilter(patterns: try values["topics"]?.strings() ?? [])
    }
}

/// Which topics a rule looks at: exact keys or `prefix.*` patterns; none means all.
public struct TopicFilter: Sendable {
    /// The patterns.
    public var patterns: [String]

    /// Whether the topic is selected.
    public func includes(_ topic: String) -> Bool {
        patterns.isEmpty
            || patterns.contains { pattern in
                pattern.hasSuffix(".*")
                    ? topic.hasPrefix(String(pattern.dropLast(1))) : topic == pattern
            }
    }
}

/// Whose figures a "same source" rule compares: the outlet, or the speaker the figure is attributed to.
public enum GroupBy: String, Sendable, CaseIterable {
    /// The outlet that published the claim.
    case source
    /// The speaker the claim is attributed to; claims with no speaker are skipped.
    case speaker
    /// Any claims at all.
    case any

    /// Narrows a history query to the claims of one group.
    func narrow(_ query: inout ClaimQuery, to key: String) {
        switch self {
        case .source: query.source = key
        case .speaker: query.speaker = key
        case .any: break
        }
    }

    /// The group key of a claim, or nil when it has none.
    func key(_ stored: StoredClaim) -> String? {
        switch self {
        case .source: return stored.source
        case .speaker: return stored.claim.speaker
        case .any: return ""
        }
    }
}

/// At which level of the actor hierarchy stances are compared.
public enum ActorLevel: String, Sendable, CaseIterable {
    /// The actor as named (the IDF).
    case exact
    /// The top of its hierarchy (Israel).
    case root

    /// The actor key to compare and the actors whose claims count for it.
    func scope(of actor: String, context: RuleContext) -> (key: String, members: [String]) {
        switch self {
        case .exact: return (actor, [actor])
        case .root:
            let root = context.root(of: actor)
            return (root, context.descendants(of: root))
        }
    }
}
