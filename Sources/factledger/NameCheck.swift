import FactLedgerCore

/// Names given on the command line (a topic, a rule, a source, an actor, a speaker) checked
/// against the names known: matched without regard to case, and refused with the closest
/// known names when none matches, so a misspelt filter never silently lists nothing.
enum NameCheck {
    /// What kind of name was given.
    enum Kind: String {
        case topic, rule, source, actor, speaker
    }

    /// What an unknown name says: "no such topic: X" and the closest known names.
    static func unknownMessage(_ kind: Kind, _ name: String, suggestions: [String]) -> String {
        let known = "no such \(kind.rawValue): \(name)"
        guard !suggestions.isEmpty else {
            return known + noSuggestionHint(kind)
        }
        return known + "; did you mean " + suggestions.map { "'\($0)'" }.joined(separator: ", ")
            + "?"
    }

    /// The hint given when no known name is close.
    static func noSuggestionHint(_ kind: Kind) -> String {
        switch kind {
        case .topic: return " (factledger topics lists the topics)"
        case .rule: return " (factledger rules list lists the rules)"
        case .source: return " (factledger sources list lists the sources)"
        case .actor: return " (factledger actors lists the actors)"
        case .speaker: return " (factledger claims lists who said what)"
        }
    }

    /// The known name `name` stands for, matched without regard to case (an exact match wins);
    /// an unknown name is an error (exit 2) naming the closest known ones.
    static func resolve(_ name: String, _ kind: Kind, among known: [String]) throws -> String {
        if known.contains(name) { return name }
        let lower = name.lowercased()
        if let match = known.sorted().first(where: { $0.lowercased() == lower }) { return match }
        throw CommandFailure.badInput(
            unknownMessage(kind, name, suggestions: NameSuggestions.closest(to: name, among: known))
        )
    }

    /// A topic or a topic prefix (`hostages`, `hostages.*`), matched without regard to case;
    /// a prefix is known when some known topic starts with it and a dot.
    static func resolveTopic(_ topic: String, among known: [String]) throws -> String {
        let star = topic.hasSuffix(".*")
        let prefix = star ? String(topic.dropLast(2)) : topic
        let lower = prefix.lowercased()
        if let exact = known.first(where: { $0 == prefix })
            ?? known.sorted().first(where: { $0.lowercased() == lower })
        {
            return star ? exact + ".*" : exact
        }
        if known.contains(where: { $0.lowercased().hasPrefix(lower + ".") }) {
            return star ? lower + ".*" : lower
        }
        throw CommandFailure.badInput(
            unknownMessage(
                .topic, topic, suggestions: NameSuggestions.closest(to: prefix, among: known)))
    }
}
