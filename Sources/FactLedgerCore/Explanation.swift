/// Why a dispute exists and why its level is what it is: the rule's parameters in force, what
/// was compared, and each adjustment of the level with its reason.
public struct Explanation: Sendable, Hashable, Codable {
    /// One parameter of the rule, by the name a rule file gives it.
    public struct Parameter: Sendable, Hashable, Codable {
        /// The key under `when:` (`tolerance`, `lookback_days`).
        public var name: String
        /// Its value as a reader would say it.
        public var value: String

        /// Creates a parameter entry.
        public init(name: String, value: String) {
            self.name = name
            self.value = value
        }
    }

    /// The rule's parameters in force, in declaration order.
    public var parameters: [Parameter]
    /// What was compared and why it disagrees, one sentence each.
    public var compared: [String]
    /// Each change from the rule's level, with its reason, in the order applied.
    public var adjustments: [String]

    /// Creates an explanation.
    public init(parameters: [Parameter] = [], compared: [String] = [], adjustments: [String] = []) {
        self.parameters = parameters
        self.compared = compared
        self.adjustments = adjustments
    }

    /// The parameters as one line: "tolerance: 5 % or 2; lookback_days: 30".
    public var parametersText: String {
        parameters.map { "\($0.name): \($0.value)" }.joined(separator: "; ")
    }
}
