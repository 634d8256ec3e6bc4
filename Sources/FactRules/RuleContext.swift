import FactLedgerCore

/// What evaluators need to know about topics and actors, taken from the vocabulary.
public struct RuleContext: Sendable {
    /// Topics whose figures only grow (released, killed).
    public var cumulativeTopics: Set<String>
    /// Actor → the actor it belongs to.
    public var parents: [String: String]

    /// Creates a context.
    public init(cumulativeTopics: Set<String> = [], parents: [String: String] = [:]) {
        self.cumulativeTopics = cumulativeTopics
        self.parents = parents
    }

    /// How a figure adds up over time: as extraction said, or, for claims stored without it,
    /// cumulative when the vocabulary calls its topic's measure cumulative.
    public func tally(of claim: WindowClaim) -> Tally? {
        claim.tally ?? (cumulativeTopics.contains(claim.topic) ? .cumulative : nil)
    }

    /// The actor and those above it, most specific first.
    public func lineage(of actor: String) -> [String] {
        var chain = [actor]
        while let parent = parents[chain.last!], !chain.contains(parent) { chain.append(parent) }
        return chain
    }

    /// The top of the actor's hierarchy: the IDF's is Israel.
    public func root(of actor: String) -> String { lineage(of: actor).last! }

    /// The actor and everything below it.
    public func descendants(of actor: String) -> [String] {
        var result = [actor]
        var index = 0
        while index < result.count {
            let current = result[index]
            for (child, parent) in parents.sorted(by: { $0.key < $1.key })
            where parent == current && !result.contains(child) {
                result.append(child)
            }
            index += 1
        }
        return result
    }
}
