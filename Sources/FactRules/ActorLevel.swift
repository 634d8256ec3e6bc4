/// At which level of the actor hierarchy stances are compared.
public enum ActorLevel: String, Sendable, Decodable, ParameterChoice {
    /// The actor as named (the IDF).
    case exact
    /// The top of its hierarchy (Israel).
    case root

    /// The actor key a stance of `actor` is compared under.
    func key(of actor: String, context: RuleContext) -> String {
        self == .exact ? actor : context.root(of: actor)
    }

    /// The actor key to compare and the actors whose claims count for it.
    func scope(of actor: String, context: RuleContext) -> (key: String, members: [String]) {
        switch self {
        case .exact: return (actor, [actor])
        case .root:
            let root = context.root(of: actor)
            return (root, context.descendants(of: root))
        }
    }
}
