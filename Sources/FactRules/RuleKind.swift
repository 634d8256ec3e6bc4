import FactLedgerCore
import StrictYAML

/// One evaluator the rule files can name as their `kind`, parameterised by the rule's `when:`.
///
/// A kind says which key of its disputes a claim belongs to, reads the windows of history the
/// disputes of a key depend on, and finds the disagreements among a window's claims. Finding
/// is a pure function of the claims, so the same claims give the same disputes in any order.
public protocol RuleKind: Sendable {
    /// The kind's parameters, declared once.
    associatedtype Parameters: RuleParameterSet

    /// The name rule files use for this kind.
    static var name: String { get }
    /// A one-line summary for `rules list`.
    static var summary: String { get }
    /// Whether the kind compares article versions with each other, so its findings rest on
    /// replaced claims by design rather than being superseded by them.
    static var comparesVersions: Bool { get }
    /// The parameters in force.
    var parameters: Parameters { get }

    /// A kind with the given parameters.
    init(parameters: Parameters)

    /// The key of the disputes a claim can take part in, or nil when the rule ignores it.
    func key(of claim: WindowClaim, context: RuleContext) -> DisputeKey?

    /// The windows to recompute for keys, each given the claims of it that changed, each
    /// window with its region and every claim (live or replaced) the region's disputes depend
    /// on. All the keys a batch touches come at once, so that a kind can read what they share
    /// once.
    func windows(
        _ keys: [DisputeKey: [WindowClaim]], history: any DisputeHistory, context: RuleContext,
        ruleID: String
    ) throws -> [RuleWindow]

    /// The disagreements among claims of one window.
    func findings(in window: RuleWindow, among claims: [WindowClaim], context: RuleContext)
        -> [Finding]
}

extension RuleKind {
    public static var comparesVersions: Bool { false }

    /// The kind with the parameters a rule file's `when:` gives (the defaults when absent).
    public static func make(from node: YAMLNode?) throws -> Self {
        Self(parameters: try RuleParameters.read(Parameters.self, from: node))
    }

    /// The keys its `when:` accepts.
    public static var parameterKeys: [String] { Parameters.keys }
}

/// The registry of rule kinds by name.
public enum RuleKinds {
    /// Every kind the engine knows.
    public static let all: [any RuleKind.Type] = [
        NumericConflict.self, NumericChange.self, CumulativeDecrease.self, Composition.self,
        StanceReversal.self, StanceConflict.self, EditedFigure.self,
    ]

    /// The kind with this name.
    public static func named(_ name: String) -> (any RuleKind.Type)? {
        all.first { $0.name == name }
    }
}
