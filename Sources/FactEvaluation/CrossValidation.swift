import FactExtraction

/// Cross-validation of learned models: the articles split into parts by a hash of their keys (an
/// article always falls in the same part), each part scored with the rules alone and with the
/// extractors a caller builds from models learned on the other parts.
enum CrossValidation {
    /// One part: the articles held out with their annotations, and the articles models learn
    /// from.
    struct Part {
        /// The articles scored.
        let held: [CorpusArticle]
        /// Their annotations.
        let heldGold: [GoldClaim]
        /// The other articles, that models learn from.
        let rest: [CorpusArticle]
    }

    /// The articles split into `count` parts.
    static func parts(_ articles: [CorpusArticle], gold: [GoldClaim], count: Int) -> [Part] {
        let part = articles.map { Int(WordHash.hash($0.key) % UInt64(max(count, 1))) }
        return (0..<count).map { index in
            let held = articles.indices.filter { part[$0] == index }.map { articles[$0] }
            let keys = Set(held.map(\.key))
            return Part(
                held: held, heldGold: gold.filter { keys.contains($0.article) },
                rest: articles.indices.filter { part[$0] != index }.map { articles[$0] })
        }
    }

    /// The rules' evaluation and one evaluation per extractor `reviewing` builds for a part (from
    /// the part and the extractor reading by its rules alone; the same number for every part),
    /// each summed over the parts.
    static func run(
        articles: [CorpusArticle], gold: [GoldClaim], parts count: Int, extractor: ClaimExtractor,
        variants: Int, reviewing: (Part, ClaimExtractor) -> [ClaimExtractor]
    ) -> (rules: ClaimEvaluation, reviewed: [ClaimEvaluation]) {
        let rulesOnly = extractor.withoutLearnedModels
        var rules = ClaimEvaluation()
        var reviewed = [ClaimEvaluation](repeating: ClaimEvaluation(), count: variants)
        for part in parts(articles, gold: gold, count: count) {
            rules.add(
                ClaimEvaluation.run(extractor: rulesOnly, articles: part.held, gold: part.heldGold))
            for (index, variant) in reviewing(part, rulesOnly).enumerated() {
                reviewed[index].add(
                    ClaimEvaluation.run(
                        extractor: variant, articles: part.held, gold: part.heldGold))
            }
        }
        return (rules, reviewed)
    }
}
