import FactExtraction

/// One part of a cross-validation: the articles held out with their annotations, and the
/// articles models learn from.
struct HeldOutPart {
    /// The articles scored.
    let held: [CorpusArticle]
    /// Their annotations.
    let heldGold: [GoldClaim]
    /// The other articles, that models learn from.
    let rest: [CorpusArticle]

    /// The articles split into `count` parts by a hash of their keys, so an article always falls
    /// in the same part.
    static func split(_ articles: [CorpusArticle], gold: [GoldClaim], into count: Int)
        -> [HeldOutPart]
    {
        let part = articles.map { Int(WordHash.hash($0.key) % UInt64(max(count, 1))) }
        return (0..<count).map { index in
            let held = articles.indices.filter { part[$0] == index }.map { articles[$0] }
            let keys = Set(held.map(\.key))
            return HeldOutPart(
                held: held, heldGold: gold.filter { keys.contains($0.article) },
                rest: articles.indices.filter { part[$0] != index }.map { articles[$0] })
        }
    }
}
