import FactLedgerCore

/// What evaluators need to know about topics and actors, taken from the vocabulary.
public struct RuleContext: Sendable {
    /// Topics whose figures only grow (released, killed).
    public var cumulativeTopics: Set<String>
    /// Actor → the actor it belongs to.
    public var parents: [String: String] {
        didSet { hierarchy = Self.hierarchy(parents) }
    }
    /// Actor → its root and everything below it, worked out once.
    private var hierarchy: (roots: [String: String], descendants: [String: [String]])

    /// Creates a context.
    public init(cumulativeTopics: Set<String> = [], parents: [String: String] = [:]) {
        self.cumulativeTopics = cumulativeTopics
        self.parents = parents
        hierarchy = Self.hierarchy(parents)
    }

    private static func hierarchy(_ parents: [String: String]) -> (
        roots: [String: String], descendants: [String: [String]]
    ) {
        var roots: [String: String] = [:]
        var descendants: [String: [String]] = [:]
        let actors = Set(parents.keys).union(parents.values)
        for actor in actors {
            var chain = [actor]
            while let parent = parents[chain.last!], !chain.contains(parent) {
                chain.append(parent)
            }
            roots[actor] = chain.last!
        }
        for actor in actors {
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
            descendants[actor] = result
        }
        return (roots, descendants)
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
    public func root(of actor: String) -> String { hierarchy.roots[actor] ?? actor }

    /// The actor and everything below it.
    public func descendants(of actor: String) -> [String] {
        hierarchy.descendants[actor] ?? [actor]
    }
}
