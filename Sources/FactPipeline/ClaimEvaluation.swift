import FactExtraction
import FactLedgerCore

/// Precision, recall and F1 of extraction against hand annotations, for numeric and stance claims.
public struct ClaimEvaluation: Sendable {
    /// Counts for one kind of claim.
    public struct Score: Sendable {
        /// Extracted claims that match an annotation.
        public var matched = 0
        /// Claims extracted.
        public var extracted = 0
        /// Claims annotated.
        public var annotated = 0

        /// matched / extracted.
        public var precision: Double { extracted == 0 ? 1 : Double(matched) / Double(extracted) }
        /// matched / annotated.
        public var recall: Double { annotated == 0 ? 1 : Double(matched) / Double(annotated) }
        /// The harmonic mean of precision and recall.
        public var f1: Double {
            precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall)
        }
    }

    /// A disagreement, for the reviewer who tunes the vocabulary.
    public struct Miss: Sendable {
        /// The article key.
        public var article: String
        /// "missed" (annotated, not extracted) or "extra" (extracted, not annotated).
        public var what: String
        /// A short description of the claim.
        public var claim: String
    }

    /// Numeric claims.
    public var numeric = Score()
    /// Stance claims.
    public var stance = Score()
    /// Every disagreement.
    public var misses: [Miss] = []

    /// Evaluates an extractor over corpus articles and their annotations.
    public static func run(extractor: ClaimExtractor, articles: [CorpusArticle], gold: [GoldClaim])
        -> ClaimEvaluation
    {
        var result = ClaimEvaluation()
        let byArticle = Dictionary(grouping: gold, by: \.article)
        let keys = Set(articles.map(\.key))
        for missing in Set(byArticle.keys).subtracting(keys).sorted() {
            for claim in byArticle[missing]! {
                result.count(claim.kind) { $0.annotated += 1 }
                result.misses.append(
                    Miss(article: missing, what: "missing article", claim: describe(claim)))
            }
        }
        for item in articles {
            var expected = byArticle[item.key] ?? []
            for claim in expected { result.count(claim.kind) { $0.annotated += 1 } }
            for claim in extractor.claims(in: item.article) {
                result.count(claim.kind) { $0.extracted += 1 }
                if let index = expected.firstIndex(where: { $0.matches(claim) }) {
                    expected.remove(at: index)
                    result.count(claim.kind) { $0.matched += 1 }
                } else {
                    result.misses.append(
                        Miss(article: item.key, what: "extra", claim: describe(claim)))
                }
            }
            for claim in expected {
                result.misses.append(
                    Miss(article: item.key, what: "missed", claim: describe(claim)))
            }
        }
        return result
    }

    private mutating func count(_ kind: ClaimKind, _ change: (inout Score) -> Void) {
        switch kind {
        case .numeric: change(&numeric)
        case .stance: change(&stance)
        }
    }

    static func describe(_ claim: Claim) -> String {
        switch claim.kind {
        case .numeric:
            return
                "\(claim.topic) \(claim.facets.isEmpty ? "" : "{\(claim.facets)} ")\(claim.valueText) — \(claim.quote)"
        case .stance:
            return
                "\(claim.actor ?? "?") \(claim.topic) \(claim.polarity?.rawValue ?? "?") — \(claim.quote)"
        }
    }

    static func describe(_ claim: GoldClaim) -> String {
        switch claim.kind {
        case .numeric:
            let number =
                claim.value.map { NumberFormatting.grouped($0) }
                ?? claim.word
                ?? "\(claim.low.map { NumberFormatting.grouped($0) } ?? "?")–\(claim.high.map { NumberFormatting.grouped($0) } ?? "?")"
            let facets = (claim.facets ?? [:]).isEmpty ? "" : "{\(Facets(claim.facets ?? [:]))} "
            return "\(claim.topic) \(facets)\(claim.qualifier?.rawValue ?? "?") \(number)"
        case .stance:
            return "\(claim.actor ?? "?") \(claim.topic) \(claim.polarity?.rawValue ?? "?")"
        }
    }
}
