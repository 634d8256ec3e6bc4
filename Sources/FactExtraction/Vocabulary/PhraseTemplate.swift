/// A phrase of a vocabulary list that names word lists in braces, standing for every phrase the
/// lists' words make: with `arrive: [reached, entered]` and `neighbour: [Chad, Egypt]`,
/// `"{arrive} {neighbour}"` stands for "reached Chad", "reached Egypt", "entered Chad" and
/// "entered Egypt".
///
/// A movement and its goal, or a verb and its object, are then written once as two lists rather
/// than as every pair.
enum PhraseTemplate {
    /// The phrases `phrase` stands for, in the order of its lists' words; a phrase without braces
    /// stands for itself. Throws the unknown name when a list is not among `lists`.
    static func expand(_ phrase: String, lists: [String: [String]]) throws(UnknownList) -> [String]
    {
        guard let open = phrase.firstIndex(of: "{") else {
            return [phrase]
        }
        guard let close = phrase[open...].firstIndex(of: "}") else {
            return [phrase]
        }
        let name = String(phrase[phrase.index(after: open)..<close])
        guard let words = lists[name] else {
            throw UnknownList(name: name)
        }
        let head = phrase[..<open]
        let rest = try expand(String(phrase[phrase.index(after: close)...]), lists: lists)
        var phrases: [String] = []
        phrases.reserveCapacity(words.count * rest.count)
        for word in words {
            for tail in rest {
                phrases.append(head + word + tail)
            }
        }
        return phrases
    }

    /// A list name in braces that no list of the file declares.
    struct UnknownList: Error {
        /// The name between the braces.
        let name: String
    }
}
