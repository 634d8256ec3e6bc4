import FactLedgerCore

/// What evaluators need to know about topics and actors, taken from the vocabulary.
public struct RuleContext: Sendable {
    /// Topics whose figures only grow (released, killed).
    public var cumulativeTopics: Set<String>
    /// Which actor belongs to which.
    public var hierarchy: ActorHierarchy

    /// Actor → the actor it belongs to.
    public var parents: [String: String] {
        get { hierarchy.parents }
        set { hierarchy = ActorHierarchy(parents: newValue) }
    }

    /// Creates a context.
    public init(cumulativeTopics: Set<String> = [], parents: [String: String] = [:]) {
        self.cumulativeTopics = cumulativeTopics
        hierarchy = ActorHierarchy(parents: parents)
    }

    /// How a figure adds up over time: as extraction said, or, for claims stored without it,
    /// cumulative when the vocabulary calls its topic's measure cumulative.
    public func tally(of claim: WindowClaim) -> Tally? {
        claim.tally ?? (cumulativeTopics.contains(claim.topic) ? .cumulative : nil)
    }

    /// The actor and those above it, most specific first.
    public func lineage(of actor: String) -> [String] { hierarchy.lineage(of: actor) }

    /// The top of the actor's hierarchy: the IDF's is Israel.
    public func root(of actor: String) -> String { hierarchy.root(of: actor) }

    /// The actor and everything below it.
    public func descendants(of actor: String) -> [String] { hierarchy.descendants(of: actor) }
}
