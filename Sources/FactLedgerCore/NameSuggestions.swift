/// The known names closest to a name that matched none: what "did you mean" offers.
///
/// Names are compared without regard to case. A known name within a few edits of the name
/// given (a third of its length, at least one and at most three) is close; so is one whose
/// start is (a misspelt prefix), or that shares most of its first letters. The closest come
/// first: fewest edits, then shortest, then alphabetical; when some name is close as a whole,
/// names close only at their start are left out.
public enum NameSuggestions {
    /// At most `limit` names of `known` close to `name`, closest first.
    public static func closest(to name: String, among known: [String], limit: Int = 3)
        -> [String]
    {
        let wanted = Array(name.lowercased())
        guard !wanted.isEmpty else { return [] }
        let allowed = min(3, max(1, wanted.count / 3))
        var scored: [(distance: Int, name: String)] = []
        var seen = Set<String>()
        for candidate in known where seen.insert(candidate).inserted {
            let letters = Array(candidate.lowercased())
            let distance = editDistance(wanted, letters)
            // A misspelt start of a longer name ("numric-conflict" for
            // "numeric-conflict-across-sources") is as close as its start is.
            var startDistance = distance
            if letters.count > wanted.count {
                for length in max(1, wanted.count - 1)...(wanted.count + 1) {
                    startDistance = min(
                        startDistance, editDistance(wanted, Array(letters.prefix(length))))
                }
            }
            if distance <= allowed {
                scored.append((distance, candidate))
            } else if startDistance <= allowed
                || sharedPrefix(wanted, letters) >= max(4, wanted.count * 2 / 3)
            {
                scored.append((allowed + 1 + startDistance, candidate))
            }
        }
        // Names close as a whole make names close only at their start noise.
        if scored.contains(where: { $0.distance <= allowed }) {
            scored.removeAll { $0.distance > allowed }
        }
        return scored.sorted {
            ($0.distance, $0.name.count, $0.name) < ($1.distance, $1.name.count, $1.name)
        }.prefix(limit).map(\.name)
    }

    /// The number of leading characters two names share.
    static func sharedPrefix(_ a: [Character], _ b: [Character]) -> Int {
        var count = 0
        while count < a.count, count < b.count, a[count] == b[count] { count += 1 }
        return count
    }

    /// The Levenshtein distance: insertions, deletions and substitutions, one each.
    public static func editDistance(_ a: [Character], _ b: [Character]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        var current = Array(repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)
                current[j] = min(previous[j] + 1, current[j - 1] + 1, substitution)
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }
}
