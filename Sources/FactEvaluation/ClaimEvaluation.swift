import FactExtraction
import FactIngest
import FactLedgerCore
import FactPipeline

/// Precision, recall and F1 of extraction against hand annotations, for numeric and stance
/// claims, broken down by topic and by the kind of error.
///
/// A claim stated twice in one article counts once, as annotations count it. An annotation
/// and an extracted claim from the same sentence that differ in one respect are one error of
/// that kind ("wrong value"), not a miss and an unrelated extra.
public struct ClaimEvaluation: Sendable {
    /// Counts for one kind of claim or one topic.
    public struct Score: Sendable, Equatable {
        /// Extracted claims that match an annotation.
        public var matched = 0
        /// Claims extracted.
        public var extracted = 0
        /// Claims annotated.
        public var annotated = 0

        /// Creates a score from its counts.
        public init(matched: Int = 0, extracted: Int = 0, annotated: Int = 0) {
            self.matched = matched
            self.extracted = extracted
            self.annotated = annotated
        }

        /// matched / extracted.
        public var precision: Double { extracted == 0 ? 1 : Double(matched) / Double(extracted) }
        /// matched / annotated.
        public var recall: Double { annotated == 0 ? 1 : Double(matched) / Double(annotated) }
        /// The harmonic mean of precision and recall.
        public var f1: Double {
            precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall)
        }

        /// The sum of two scores.
        public static func + (lhs: Score, rhs: Score) -> Score {
            Score(
                matched: lhs.matched + rhs.matched, extracted: lhs.extracted + rhs.extracted,
                annotated: lhs.annotated + rhs.annotated)
        }
    }

    /// What went wrong with a claim that did not match.
    public enum Failure: String, Sendable, CaseIterable, Comparable {
        /// Annotated; nothing like it was extracted from its sentence.
        case missed
        /// Extracted; nothing like it was annotated in its sentence.
        case spurious
        /// The figure (or actor and polarity) right, the topic wrong.
        case wrongTopic = "wrong topic"
        /// The topic right, the figure or its qualifier wrong.
        case wrongValue = "wrong value"
        /// Topic and figure right, the facets wrong.
        case wrongFacets = "wrong facets"
        /// Topic and polarity right, the actor wrong.
        case wrongActor = "wrong actor"
        /// Topic and actor right, the polarity wrong.
        case wrongPolarity = "wrong polarity"
        /// The annotated article is not in the corpus.
        case missingArticle = "missing article"

        public static func < (lhs: Failure, rhs: Failure) -> Bool {
            allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
        }
    }

    /// One disagreement, for the reviewer who tunes the vocabulary.
    public struct Miss: Sendable {
        /// The article key.
        public var article: String
        /// What went wrong.
        public var failure: Failure
        /// Numeric or stance.
        public var kind: ClaimKind
        /// The annotation, described briefly (absent for spurious claims).
        public var expected: String?
        /// The extracted claim, described briefly (absent for missed claims).
        public var extracted: String?
        /// The sentence.
        public var quote: String?
    }

    /// Numeric claims.
    public var numeric = Score()
    /// Stance claims.
    public var stance = Score()
    /// Scores per topic: annotated counts the annotations of the topic, extracted the claims
    /// extracted with it.
    public var topics: [String: Score] = [:]
    /// Every disagreement.
    public var misses: [Miss] = []

    /// An empty evaluation, to add others to.
    public init() {}

    /// How many disagreements of each kind.
    public var failures: [Failure: Int] {
        misses.reduce(into: [:]) { $0[$1.failure, default: 0] += 1 }
    }

    /// Evaluates an extractor over corpus articles and their annotations.
    public static func run(extractor: ClaimExtractor, articles: [CorpusArticle], gold: [GoldClaim])
        -> ClaimEvaluation
    {
        var result = ClaimEvaluation()
        let gold = canonicalActors(gold, vocabulary: extractor.lexicon.vocabulary)
        let byArticle = Dictionary(grouping: gold, by: \.article)
        let keys = Set(articles.map(\.key))
        for missing in Set(byArticle.keys).subtracting(keys).sorted() {
            for claim in byArticle[missing]! {
                result.count(claim.kind, topic: claim.topic) { $0.annotated += 1 }
                result.misses.append(
                    Miss(
                        article: missing, failure: .missingArticle, kind: claim.kind,
                        expected: describe(claim)))
            }
        }
        for item in articles {
            result.score(
                item.key, expected: byArticle[item.key] ?? [],
                extracted: distinct(extractor.claims(in: item.article)))
        }
        return result
    }

    /// Annotations with every actor named by its canonical name: an annotator who writes one of
    /// an actor's other names ("Czech Republic" for Czechia) means that actor.
    static func canonicalActors(_ gold: [GoldClaim], vocabulary: Vocabulary) -> [GoldClaim] {
        let actors = vocabulary.actors + vocabulary.stories.flatMap(\.vocabulary.actors)
        let canonical = Set(actors.map(\.name))
        var byAlias: [String: String] = [:]
        for actor in actors {
            for alias in actor.aliases where byAlias[alias] == nil { byAlias[alias] = actor.name }
        }
        return gold.map { claim in
            guard let actor = claim.actor, !canonical.contains(actor), let name = byAlias[actor]
            else { return claim }
            var named = claim
            named.actor = name
            return named
        }
    }

    /// Claims as annotations count them: one per content, the first occurrence kept.
    static func distinct(_ claims: [Claim]) -> [Claim] {
        var seen = Set<String>()
        return claims.filter { claim in
            let key =
                claim.kind == .numeric
                ? "n\u{1}\(claim.topic)\u{1}\(claim.facets)\u{1}\(claim.quantity.map { "\($0.qualifier.family) \($0.low) \($0.high) \($0.best ?? -1)" } ?? "")"
                : "s\u{1}\(claim.topic)\u{1}\(claim.actor ?? "")\u{1}\(claim.polarity?.rawValue ?? "")"
            return seen.insert(key).inserted
        }
    }

    /// Scores one article: exact matches first, then near misses paired by kind of error.
    private mutating func score(_ article: String, expected: [GoldClaim], extracted: [Claim]) {
        for claim in expected { count(claim.kind, topic: claim.topic) { $0.annotated += 1 } }
        for claim in extracted { count(claim.kind, topic: claim.topic) { $0.extracted += 1 } }
        var open = Array(expected.indices)
        var unclaimed = Array(extracted.indices)
        // Exact matches, preferring a claim from the annotated sentence.
        for sentenceFirst in [true, false] {
            open.removeAll { goldIndex in
                let gold = expected[goldIndex]
                guard
                    let position = unclaimed.firstIndex(where: {
                        gold.matches(extracted[$0])
                            && (!sentenceFirst || gold.sameSentence(extracted[$0]))
                    })
                else { return false }
                count(gold.kind, topic: gold.topic) { $0.matched += 1 }
                unclaimed.remove(at: position)
                return true
            }
        }
        // Near misses: the same sentence, one respect different, most alike first.
        for failure in Self.pairedFailures {
            open.removeAll { goldIndex in
                let gold = expected[goldIndex]
                guard
                    let position = unclaimed.firstIndex(where: {
                        let claim = extracted[$0]
                        return claim.kind == gold.kind && gold.sameSentence(claim)
                            && Self.differ(gold, claim, by: failure)
                    })
                else { return false }
                let claim = extracted[unclaimed.remove(at: position)]
                misses.append(
                    Miss(
                        article: article, failure: failure, kind: gold.kind,
                        expected: Self.describe(gold), extracted: Self.describe(claim),
                        quote: claim.quote))
                return true
            }
        }
        for goldIndex in open {
            let gold = expected[goldIndex]
            misses.append(
                Miss(
                    article: article, failure: .missed, kind: gold.kind,
                    expected: Self.describe(gold), quote: gold.evidence))
        }
        for index in unclaimed {
            let claim = extracted[index]
            misses.append(
                Miss(
                    article: article, failure: .spurious, kind: claim.kind,
                    extracted: Self.describe(claim), quote: claim.quote))
        }
    }

    /// The near-miss kinds, in the order pairs are made.
    private static let pairedFailures: [Failure] = [
        .wrongFacets, .wrongPolarity, .wrongActor, .wrongTopic, .wrongValue,
    ]

    /// Whether an annotation and a claim of the same sentence differ in the given respect only
    /// (for a wrong value, the topic must agree and anything else may differ).
    static func differ(_ gold: GoldClaim, _ claim: Claim, by failure: Failure) -> Bool {
        let sameTopic = claim.topic == gold.topic
        switch (gold.kind, failure) {
        case (.numeric, .wrongFacets):
            return sameTopic && gold.sameValue(claim) && !gold.sameFacets(claim)
        case (.numeric, .wrongTopic): return !sameTopic && gold.sameValue(claim)
        case (.numeric, .wrongValue): return sameTopic && !gold.sameValue(claim)
        case (.stance, .wrongPolarity):
            return sameTopic && claim.actor == gold.actor && claim.polarity != gold.polarity
        case (.stance, .wrongActor): return sameTopic && claim.actor != gold.actor
        case (.stance, .wrongTopic):
            return !sameTopic && claim.actor == gold.actor
        default: return false
        }
    }

    private mutating func count(_ kind: ClaimKind, topic: String, _ change: (inout Score) -> Void) {
        switch kind {
        case .numeric: change(&numeric)
        case .stance: change(&stance)
        }
        change(&topics[topic, default: Score()])
    }

    /// Adds another evaluation's counts and disagreements to this one.
    public mutating func add(_ other: ClaimEvaluation) {
        numeric = numeric + other.numeric
        stance = stance + other.stance
        for (topic, score) in other.topics { topics[topic] = (topics[topic] ?? Score()) + score }
        misses += other.misses
    }

    static func describe(_ claim: Claim) -> String {
        switch claim.kind {
        case .numeric:
            return
                "\(claim.topic) \(claim.facets.isEmpty ? "" : "{\(claim.facets)} ")\(claim.valueText)"
        case .stance:
            return "\(claim.actor ?? "?") \(claim.topic) \(claim.polarity?.rawValue ?? "?")"
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
