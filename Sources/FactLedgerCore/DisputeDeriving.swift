/// Derives disputes from claims: the rules, as the ledger runs them after storing claims.
///
/// Given the claims that changed (stored, or replaced by a new version of their article), it
/// names every region of disputes those claims can change and recomputes each one whole from
/// the history, so the ledger only has to make each region hold what was derived.
public protocol DisputeDeriving: Sendable {
    /// The regions the changed claims touch, each with every dispute it now holds.
    func derive(_ changed: [WindowClaim], history: any DisputeHistory) throws -> [DerivedRegion]
    /// The ids of the rules that run; stored disputes of any other rule are out of date.
    var ruleIDs: Set<String> { get }
}
