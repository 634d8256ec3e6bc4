import FactLedgerCore
import StrictYAML

/// One evaluator the rule files can name as their `kind`, parameterised by the rule's `when:`.
///
/// Each kind is one type; its parameters are decoded strictly from the rule file, so an unknown
/// or malformed parameter is an error naming the file and line.
public protocol RuleKind: Sendable {
    /// The name rule files use for this kind.
    static var name: String { get }
    /// A one-line summary for `rules list`.
    static var summary: String { get }
    /// Reads the parameters under `when:` (absent when the rule gives none).
    init(parameters: RuleParameters) throws
    /// The matches among the fresh claims of one article version, given the ledger's history.
    func evaluate(_ fresh: [StoredClaim], history: any ClaimHistory, context: RuleContext) throws
        -> [RuleMatch]
}

/// Claims a rule kind found worth flagging, in the order its message names them (`a`, `b`, …).
public struct RuleMatch: Sendable {
    /// The claims involved.
    public var claims: [StoredClaim]
    /// Extra values for the message template, e.g. `sum` for a composition.
    public var values: [String: String]

    /// Creates a match.
    public init(claims: [StoredClaim], values: [String: String] = [:]) {
        self.claims = claims
        self.values = values
    }
}

/// The registry of rule kinds by name.
public enum RuleKinds {
    /// Every kind the engine knows.
    public static let all: [any RuleKind.Type] = [
        NumericConflict.self, NumericChange.self, CumulativeDecrease.self, Composition.self,
        StanceReversal.self,
        StanceConflict.self, EditedFigure.self,
    ]

    /// The kind with this name.
    public static func named(_ name: String) -> (any RuleKind.Type)? {
        all.first { $0.name == name }
    }
}
