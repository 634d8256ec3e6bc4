import FactLedgerCore

/// Extracts numeric and stance claims from an article, driven by the vocabulary.
///
/// Deterministic and explainable: each claim keeps its sentence, byte offsets, and the rule and
/// vocabulary entry that produced it.
public struct ClaimExtractor: Sendable {
    /// The compiled vocabulary.
    public let lexicon: Lexicon
    private let numbers = NumberParser()

    /// Creates an extractor for a vocabulary.
    public init(vocabulary: Vocabulary) {
        lexicon = Lexicon(vocabulary)
    }

    /// The claims an article states, in text order.
    public func claims(in article: Article) -> [Claim] {
        var body = Array(article.body.utf8)
        return body.withUnsafeMutableBufferPointer { buffer in
            claims(in: UnsafeBufferPointer(buffer), published: article.published)
        }
    }

    /// The claims of a UTF-8 body published on the given day.
    public func claims(in bytes: UnsafeBufferPointer<UInt8>, published: Day) -> [Claim] {
        let mentions = numbers.mentions(in: bytes)
        let numeric = NumericClaimExtractor(lexicon: lexicon)
        let stance = StanceExtractor(lexicon: lexicon)
        var claims: [Claim] = []
        var lastNounClass: String?
        var previousTopic: String?
        var mentionIndex = 0
        for range in SentenceSplitter.sentences(bytes, in: 0..<bytes.count) {
            let sentence = Sentence(
                bytes: bytes, range: range, tokens: Tokenizer.tokens(bytes, in: range))
            while mentionIndex < mentions.count, mentions[mentionIndex].start < range.lowerBound {
                mentionIndex += 1
            }
            var end = mentionIndex
            while end < mentions.count, mentions[end].start < range.upperBound { end += 1 }
            // Who said it and how surely: worked out only for sentences that hold a claim.
            var attribution = Attribution.Deferred()
            let offset = claims.count
            let found = numeric.claims(
                in: sentence, mentions: Array(mentions[mentionIndex..<end]),
                deferred: &attribution, published: published, lastNounClass: &lastNounClass)
            claims += found.map { claim in
                var shifted = claim
                shifted.wholeIndex = claim.wholeIndex.map { $0 + offset }
                return shifted
            }
            claims += stance.claims(
                in: sentence, deferred: &attribution, published: published,
                previousTopic: &previousTopic)
            mentionIndex = end
        }
        return claims
    }
}
