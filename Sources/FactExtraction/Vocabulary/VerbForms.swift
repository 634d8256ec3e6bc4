/// The forms of the verbs the grammar lists, so that a cue written in one form is read in all:
/// "gave the green light" also as "had given the green light", "gives the green light".
struct VerbForms: Sendable {
    /// Each form, lowercased, with every form of its verb.
    private let formsOf: [String: [String]]

    /// The forms from the grammar's lists, one list per verb.
    init(_ lists: [[String]]) {
        var formsOf: [String: [String]] = [:]
        for list in lists {
            let forms = list.map { $0.lowercased() }
            for form in forms { formsOf[form] = forms }
        }
        self.formsOf = formsOf
    }

    /// The phrases of each group, with every phrase of more than one word that opens with a
    /// listed form also written with the other forms of its verb; a phrase already listed in
    /// any group keeps its own group.
    func inflected<Payload>(_ groups: [(Payload, [String])]) -> [(Payload, [String])] {
        guard !formsOf.isEmpty else { return groups }
        var listed = Set(groups.flatMap { $0.1.map { $0.lowercased() } })
        return groups.map { payload, phrases in
            var all = phrases
            for phrase in phrases {
                let words = phrase.split(separator: " ", omittingEmptySubsequences: true)
                guard words.count > 1, let forms = formsOf[words[0].lowercased()] else { continue }
                let rest = words.dropFirst().joined(separator: " ")
                for form in forms {
                    let variant = form + " " + rest
                    if listed.insert(variant.lowercased()).inserted { all.append(variant) }
                }
            }
            return (payload, all)
        }
    }
}
