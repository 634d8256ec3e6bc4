extension StanceExtractor {
    /// The words that open the list of a group's members.
    private static let memberListOpeners: [[UInt64]] = [
        ["among", "them"], ["among", "whom"], ["including"], ["such", "as"], ["notably"],
    ].map { $0.map { WordHash.hash($0) } }

    /// Where the members of a group named at `start` are listed, when a few words of the group
    /// lead to a list opener ("several mediators, among them", "a number of partners,
    /// including"); nil when a mark other than a comma comes first, or no opener within ten words.
    func groupListed(after start: Int, in sentence: Sentence) -> Int? {
        let tokens = sentence.tokens
        for index in start..<min(tokens.count, start + 10) {
            if let opener = Self.memberListOpeners.first(where: { words in
                index + words.count <= tokens.count
                    && words.indices.allSatisfy { tokens[index + $0].hash == words[$0] }
            }) {
                return index + opener.count
            }
            if tokens[index].kind == .punctuation, !sentence.isPunctuation(index, UInt8(ascii: ","))
            {
                return nil
            }
        }
        return nil
    }
}
