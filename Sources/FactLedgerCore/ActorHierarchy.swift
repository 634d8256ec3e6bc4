/// Which actor belongs to which (the IDF to Israel, Biden to the United States): the one place
/// extraction and the rules walk the hierarchy the vocabulary declares.
///
/// A cycle in the declared parents is cut where it closes, so every walk ends.
public struct ActorHierarchy: Sendable {
    /// Actor → the actor it belongs to.
    public let parents: [String: String]
    private let roots: [String: String]
    private let below: [String: [String]]

    /// A hierarchy from each actor's parent.
    public init(parents: [String: String] = [:]) {
        self.parents = parents
        var children: [String: [String]] = [:]
        for (child, parent) in parents.sorted(by: { $0.key < $1.key }) {
            children[parent, default: []].append(child)
        }
        var roots: [String: String] = [:]
        var below: [String: [String]] = [:]
        for actor in Set(parents.keys).union(parents.values) {
            roots[actor] = Self.lineage(of: actor, parents).last!
            var result = [actor]
            var index = 0
            while index < result.count {
                for child in children[result[index]] ?? [] where !result.contains(child) {
                    result.append(child)
                }
                index += 1
            }
            below[actor] = result
        }
        self.roots = roots
        self.below = below
    }

    private static func lineage(of actor: String, _ parents: [String: String]) -> [String] {
        var chain = [actor]
        while let parent = parents[chain.last!], !chain.contains(parent) { chain.append(parent) }
        return chain
    }

    /// The actor and those above it, most specific first.
    public func lineage(of actor: String) -> [String] { Self.lineage(of: actor, parents) }

    /// The top of the actor's hierarchy: the IDF's is Israel.
    public func root(of actor: String) -> String { roots[actor] ?? actor }

    /// The actor and everything below it, nearest first.
    public func descendants(of actor: String) -> [String] { below[actor] ?? [actor] }
}
