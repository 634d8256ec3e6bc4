import FactLedgerCore

extension StanceExtractor {
    /// Words that open a list of the voters a sentence before only counted.
    private static let listOpeners: WordTable<Bool> = WordTable(
        set: ["among", "amongst", "they", "those", "these"].map { WordHash.hash($0) })
    /// Words between the opener and the list ("Among them were", "They included").
    private static let listGlue: WordTable<Bool> = WordTable(
        set: [
            "them", "those", "these", "were", "was", "are", "included", "include", "includes",
            "the", ",", ":",
        ].map { WordHash.hash($0) })

    /// The voters a sentence lists for a vote the sentence before only counted, and where the
    /// list starts: "Among them were Russia, China and Brazil", "They included Israel and the
    /// United States". Nil when the sentence opens otherwise or lists no actor right away.
    func votersListed(in sentence: Sentence) -> (holders: [String], index: Int)? {
        let tokens = sentence.tokens
        guard let opener = tokens.first, Self.listOpeners.contains(opener.hash) else { return nil }
        let actors = names(in: sentence)
        guard let first = actors.first, first.index >= 2, first.index <= 5,
            (1..<first.index).allSatisfy({ Self.listGlue.contains(tokens[$0].hash) })
        else { return nil }
        return (coordinated(with: first, among: actors, in: sentence), first.index)
    }
}
