import FactLedgerCore

/// The JSON object of a dispute's explanation: `parameters` (an object of the rule's
/// parameters in force), `compared` and `adjustments` (lists of sentences).
public enum ExplanationJSON {
    /// The object for one explanation.
    public static func object(_ explanation: Explanation) -> JSONValue {
        .object([
            ("parameters", .object(explanation.parameters.map { ($0.name, .string($0.value)) })),
            ("compared", .array(explanation.compared.map(JSONValue.string))),
            ("adjustments", .array(explanation.adjustments.map(JSONValue.string))),
        ])
    }
}
