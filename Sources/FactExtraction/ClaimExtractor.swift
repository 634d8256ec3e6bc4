import FactLedgerCore

/// Extracts numeric and stance claims from an article, driven by the vocabulary and the claim
/// patterns.
///
/// An article is first assigned to the running story whose keywords it names most (a vocabulary
/// without stories is one story); that story's vocabulary then reads every sentence.
/// Deterministic and explainable: each claim keeps its sentence, byte offsets, and the pattern
/// and vocabulary entry that produced it.
public struct ClaimExtractor: Sendable {
    /// The vocabulary of every story merged, for what the rules need to know (actors, tallies).
    public let lexicon: Lexicon
    /// One compiled vocabulary per story (or the whole vocabulary when there are no stories).
    let stories: [StoryLexicon]
    /// The claim patterns.
    let matcher: PatternMatcher
    private let numbers = NumberParser()

    /// A story's compiled vocabulary.
    struct StoryLexicon: Sendable {
        /// The story's id (empty for a vocabulary without stories).
        var id: String
        /// The story's vocabulary, compiled.
        var lexicon: Lexicon
        /// Whether it applies when no story's keywords appear.
        var isDefault: Bool
    }

    /// Creates an extractor for a vocabulary and a set of claim patterns.
    public init(vocabulary: Vocabulary, patterns: PatternSet) {
        lexicon = Lexicon(vocabulary)
        matcher = PatternMatcher(patterns)
        if vocabulary.stories.isEmpty {
            stories = [
                StoryLexicon(id: "", lexicon: lexicon, isDefault: true)
            ]
        } else {
            stories = vocabulary.stories.map { story in
                StoryLexicon(
                    id: story.id, lexicon: Lexicon(story.vocabulary), isDefault: story.isDefault)
            }
        }
    }

    /// The claim patterns the extractor reads figures with.
    public var patterns: PatternSet { matcher.set }

    /// The ids of the stories, in vocabulary order.
    public var storyIDs: [String] { stories.map(\.id) }

    /// The claims an article states, in text order.
    public func claims(in article: Article) -> [Claim] {
        var body = Array(article.body.utf8)
        return body.withUnsafeMutableBufferPointer { buffer in
            claims(in: UnsafeBufferPointer(buffer), published: article.published)
        }
    }

    /// The story an article of these sentences belongs to: most keyword mentions, else the
    /// default story, else the first.
    func story(of sentences: [Sentence]) -> StoryLexicon {
        guard stories.count > 1 else { return stories[0] }
        var counts = [Int](repeating: 0, count: stories.count)
        for sentence in sentences {
            for match in lexicon.storyKeywords.matches(sentence.tokens) {
                counts[match.payload] += 1
            }
        }
        if let best = counts.indices.max(by: {
            counts[$0] < counts[$1] || (counts[$0] == counts[$1] && $0 > $1)
        }),
            counts[best] > 0
        {
            return stories[best]
        }
        return stories.first(where: \.isDefault) ?? stories[0]
    }

    /// The id of the story a text would be read as.
    public func storyID(of article: Article) -> String {
        var body = Array(article.body.utf8)
        return body.withUnsafeMutableBufferPointer { buffer in
            let bytes = UnsafeBufferPointer(buffer)
            return story(of: sentences(bytes)).id
        }
    }

    /// The sentences of a body, tokenized.
    private func sentences(_ bytes: UnsafeBufferPointer<UInt8>) -> [Sentence] {
        SentenceSplitter.sentences(bytes, in: 0..<bytes.count).map { range in
            Sentence(bytes: bytes, range: range, tokens: Tokenizer.tokens(bytes, in: range))
        }
    }

    /// The claims of a UTF-8 body published on the given day.
    public func claims(in bytes: UnsafeBufferPointer<UInt8>, published: Day) -> [Claim] {
        let mentions = numbers.mentions(in: bytes)
        let sentences = self.sentences(bytes)
        let lexicon = story(of: sentences).lexicon
        let numeric = NumericClaimExtractor(lexicon: lexicon, matcher: matcher)
        let stance = StanceExtractor(lexicon: lexicon)
        var claims: [Claim] = []
        var numericCarry = NumericClaimExtractor.Carry()
        var carry = StanceExtractor.Carry()
        var mentionIndex = 0
        for sentence in sentences {
            let range = sentence.range
            while mentionIndex < mentions.count, mentions[mentionIndex].start < range.lowerBound {
                mentionIndex += 1
            }
            var end = mentionIndex
            while end < mentions.count, mentions[end].start < range.upperBound { end += 1 }
            // Grammar and attribution are worked out only for sentences that hold a claim.
            var structure: SentenceStructure?
            var attribution = Attribution.Deferred()
            let offset = claims.count
            let found = numeric.claims(
                in: sentence, mentions: Array(mentions[mentionIndex..<end]),
                structure: &structure, deferred: &attribution, published: published,
                carry: &numericCarry)
            claims += found.map { claim in
                var shifted = claim
                shifted.wholeIndex = claim.wholeIndex.map { $0 + offset }
                return shifted
            }
            claims += stance.claims(
                in: sentence, structure: &structure, deferred: &attribution, published: published,
                carry: &carry)
            mentionIndex = end
        }
        return claims
    }
}
