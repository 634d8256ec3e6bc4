import StrictYAML

/// Which topics a rule looks at: exact keys or `prefix.*` patterns; none means all.
public struct TopicFilter: Sendable, Decodable, ParameterValue {
    /// The patterns.
    public var patterns: [String]

    /// A filter of the given patterns.
    public init(patterns: [String] = []) {
        self.patterns = patterns
    }

    /// Every topic.
    public static let all = TopicFilter()

    /// A topic key or pattern, or a list of them.
    public init(parameter node: YAMLNode) throws {
        patterns = try node.strings()
    }

    public init(from decoder: any Decoder) throws {
        patterns = try decoder.singleValueContainer().decode([String].self)
    }

    /// "all", or the patterns.
    public var parameterText: String {
        patterns.isEmpty ? "all" : patterns.joined(separator: ", ")
    }

    /// Whether the topic is selected.
    public func includes(_ topic: String) -> Bool {
        patterns.isEmpty
            || patterns.contains { pattern in
                pattern.hasSuffix(".*")
                    ? topic.hasPrefix(String(pattern.dropLast(1))) : topic == pattern
            }
    }
}
