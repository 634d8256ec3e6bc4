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
    /// The learned models, merged for reading; nil when figures are read by the rules alone.
    private var review: FigureReview?
    /// The learned model that reviews the topic the rules give each figure, if any.
    public var figureModel: LearnedModel? {
        get { review?.topic?.model }
        set { review = FigureReview(topic: newValue, facets: facetModels) }
    }
    /// The learned models that review the facets the rules give each figure, by facet key.
    public var facetModels: [String: LearnedModel] {
        get { review?.facetModels ?? [:] }
        set { review = FigureReview(topic: figureModel, facets: newValue) }
    }
    /// The learned model that reviews the rules' stances and claims those they pass over, if any.
    public var stanceModel: LearnedModel?
    private let numbers = NumberParser()

    /// A story's compiled vocabulary.
    struct StoryLexicon: Sendable {
        /// The story's id (empty for a vocabulary without stories).
        var id: String
        /// The story's vocabulary, compiled.
        var lexicon: Lexicon
        /// Whether it applies when no story's keywords appear.
        var isDefault: Bool
        /// The day the story began, if its vocabulary says.
        var began: Day?
    }

    /// Creates an extractor for a vocabulary and a set of claim patterns.
    public init(
        vocabulary: Vocabulary, patterns: PatternSet, figureModel: LearnedModel? = nil,
        facetModels: [String: LearnedModel] = [:], stanceModel: LearnedModel? = nil
    ) {
        review = FigureReview(topic: figureModel, facets: facetModels)
        self.stanceModel = stanceModel
        lexicon = Lexicon(vocabulary)
        matcher = PatternMatcher(patterns)
        if vocabulary.stories.isEmpty {
            stories = [
                StoryLexicon(id: "", lexicon: lexicon, isDefault: true)
            ]
        } else {
            stories = vocabulary.stories.map { story in
                StoryLexicon(
                    id: story.id, lexicon: Lexicon(story.vocabulary), isDefault: story.isDefault,
                    began: story.vocabulary.began)
            }
        }
    }

    /// The same extractor reading figures by its rules alone, without learned models.
    public var withoutLearnedModels: ClaimExtractor {
        var copy = self
        copy.review = nil
        copy.stanceModel = nil
        return copy
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

    /// The story an article of these sentences, published on the given day, belongs to: most
    /// keyword mentions among the stories that had begun by that day, else the default story,
    /// else the first.
    ///
    /// An earthquake report of February 2023 that names Israel's rescue teams is not a report on
    /// a war that began that October.
    func story(of sentences: [Sentence], published: Day) -> StoryLexicon {
        guard stories.count > 1 else { return stories[0] }
        var counts = [Int](repeating: 0, count: stories.count)
        for sentence in sentences {
            for match in lexicon.storyKeywords.matches(sentence.tokens)
            where stories[match.payload].began.map({ $0 <= published }) ?? true {
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
            return story(of: sentences(bytes), published: article.published).id
        }
    }

    /// The sentences of a body, tokenized.
    private func sentences(_ bytes: UnsafeBufferPointer<UInt8>) -> [Sentence] {
        var sentences = SentenceSplitter.sentences(bytes, in: 0..<bytes.count).map { range in
            Sentence(bytes: bytes, range: range, tokens: Tokenizer.tokens(bytes, in: range))
        }
        for index in sentences.indices.dropFirst() {
            sentences[index].previousTokens = sentences[index - 1].tokens
        }
        return sentences
    }

    /// The claims of a UTF-8 body published on the given day.
    public func claims(in bytes: UnsafeBufferPointer<UInt8>, published: Day) -> [Claim] {
        var features: [ModelFeatures]?
        var stances: [StanceExample]?
        return claims(in: bytes, published: published, features: &features, stances: &stances)
    }

    /// One candidate stance of a sentence, as the rules alone read the sentence, with the features
    /// a stance model judges it by: what a stance model is trained on.
    public struct StanceExample: Sendable {
        /// The candidate's actor.
        public var actor: String
        /// The candidate's topic.
        public var topic: String
        /// The polarity the rules gave it, if they made a claim of it.
        public var rule: Polarity?
        /// The sentence.
        public var quote: String
        /// Its features.
        public var features: ModelFeatures
    }

    /// The candidate stances of an article, as the rules alone read it, with their features.
    public func stanceExamples(in article: Article) -> [StanceExample] {
        var body = Array(article.body.utf8)
        var features: [ModelFeatures]?
        var stances: [StanceExample]? = []
        _ = body.withUnsafeMutableBufferPointer { buffer in
            self.claims(
                in: UnsafeBufferPointer(buffer), published: article.published, features: &features,
                stances: &stances)
        }
        return stances ?? []
    }

    /// The numeric claims the rules alone read in an article, each with the features a figure
    /// model judges it by: what a model is trained on.
    public func figureExamples(in article: Article) -> [(claim: Claim, features: ModelFeatures)] {
        var body = Array(article.body.utf8)
        var features: [ModelFeatures]? = []
        var stances: [StanceExample]?
        let claims = body.withUnsafeMutableBufferPointer { buffer in
            self.claims(
                in: UnsafeBufferPointer(buffer), published: article.published, features: &features,
                stances: &stances)
        }
        return Array(zip(claims.filter { $0.kind == .numeric }, features ?? []))
    }

    /// The claims of a body; with `features` non-nil, the rules' numeric claims unreviewed and
    /// their features in order.
    private func claims(
        in bytes: UnsafeBufferPointer<UInt8>, published: Day, features: inout [ModelFeatures]?,
        stances: inout [StanceExample]?
    ) -> [Claim] {
        let mentions = numbers.mentions(in: bytes)
        let sentences = self.sentences(bytes)
        let lexicon = story(of: sentences, published: published).lexicon
        var numeric = NumericClaimExtractor(lexicon: lexicon, matcher: matcher)
        if features == nil {
            numeric.review = review
        } else {
            numeric.collectsFeatures = true
        }
        var collected: [ModelFeatures] = []
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
                carry: &numericCarry, features: &collected)
            claims += found.map { claim in
                var shifted = claim
                shifted.wholeIndex = claim.wholeIndex.map { $0 + offset }
                return shifted
            }
            let stated = stance.claims(
                in: sentence, structure: &structure, deferred: &attribution, published: published,
                carry: &carry)
            if stances != nil {
                stances! += stance.examples(
                    in: sentence, claims: stated, found: &carry.found, structure: &structure)
                claims += stated
            } else if let stanceModel, features == nil {
                claims += stance.reviewed(
                    stated, in: sentence, found: &carry.found, model: stanceModel,
                    structure: &structure, deferred: &attribution, published: published)
            } else {
                claims += stated
            }
            mentionIndex = end
        }
        if features != nil { features = collected }
        return claims
    }
}
