import FactLedgerCore

extension StanceExtractor {
    /// Words that open the list of a group's members: "among them", "including", "such as".
    private static let memberListOpeners: WordTable<Bool> = WordTable(
        set: ["among", "including", "such", "notably"].map { WordHash.hash($0) })
    private static let memberListSecondWords: WordTable<Bool> = WordTable(
        set: ["them", "whom", "which", "as"].map { WordHash.hash($0) })

    /// Where the members of a group named at `start` are listed, when a few words of the group
    /// ("several mediators, among them", "a number of partners, including") lead to them; nil
    /// otherwise.
    func groupListed(after start: Int, in sentence: Sentence) -> Int? {
        let tokens = sentence.tokens
        var index = start
        while index < min(tokens.count, start + 10) {
            let hash = tokens[index].hash
            if Self.memberListOpeners.contains(hash) {
                let needsSecond = hash != Self.includingWord && hash != Self.notablyWord
                if !needsSecond { return index + 1 }
                if index + 1 < tokens.count,
                    Self.memberListSecondWords.contains(tokens[index + 1].hash)
                {
                    return index + 2
                }
                return nil
            }
            if tokens[index].kind == .punctuation, !sentence.isPunctuation(index, UInt8(ascii: ","))
            {
                return nil
            }
            index += 1
        }
        return nil
    }
    private static let includingWord = WordHash.hash("including")
    private static let notablyWord = WordHash.hash("notably")
}
