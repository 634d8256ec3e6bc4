import FactExtraction
import FactLedgerCore

/// Training the stance model on annotated articles, and measuring it by cross-validation.
///
/// Each candidate stance of a sentence (an actor and a topic the sentence names together, or a
/// stance the rules found there) is an example: labelled with the polarity an annotation of the
/// sentence gives that actor on that topic, or `none` when no annotation of the sentence does.
public struct StanceTraining: Sendable {
    /// Annotated articles.
    public let articles: [CorpusArticle]
    /// Their annotations.
    public let gold: [GoldClaim]

    /// Training material from articles and their annotations.
    public init(articles: [CorpusArticle], gold: [GoldClaim]) {
        self.articles = articles
        self.gold = gold
    }

    /// The labelled candidate stances of some articles, as the extractor's rules read them.
    public func examples(_ articles: [CorpusArticle], extractor: ClaimExtractor)
        -> [ModelTrainer.Example]
    {
        let stances = ClaimEvaluation.canonicalActors(
            gold.filter { $0.kind == .stance }, vocabulary: extractor.lexicon.vocabulary)
        let byArticle = Dictionary(grouping: stances, by: \.article)
        var examples: [ModelTrainer.Example] = []
        for item in articles {
            let annotations = byArticle[item.key] ?? []
            for candidate in extractor.stanceExamples(in: item.article) {
                let label = annotations.first { gold in
                    gold.actor == candidate.actor && gold.topic == candidate.topic
                        && (gold.evidence.map { candidate.quote.contains($0) } ?? false)
                }?.polarity?.rawValue
                examples.append(
                    ModelTrainer.Example(
                        features: candidate.features, label: label ?? LearnedModel.noClaim))
            }
        }
        return examples
    }

    /// The stance model learned from the candidates of some articles, as the extractor's rules
    /// read them.
    public func model(
        _ articles: [CorpusArticle], extractor: ClaimExtractor, trainer: ModelTrainer,
        margins: LearnedModel.Margins
    ) -> LearnedModel {
        trainer.train(examples(articles, extractor: extractor), margins: margins)
    }

    /// Cross-validation: the articles split into `folds` parts by a hash of their keys; each part
    /// scored with the rules alone and with a stance model learned from the other parts, for
    /// each set of margins. Returns the rules' evaluation and one evaluation per set of margins,
    /// summed over parts.
    public func crossValidate(
        extractor: ClaimExtractor, folds: Int, trainer: ModelTrainer,
        margins: [LearnedModel.Margins]
    ) -> (rules: ClaimEvaluation, reviewed: [ClaimEvaluation]) {
        CrossValidation.run(
            articles: articles, gold: gold, parts: folds, extractor: extractor,
            variants: margins.count
        ) { part, rulesOnly in
            let learned = model(
                part.rest, extractor: rulesOnly, trainer: trainer,
                margins: LearnedModel.Margins(drop: 0, relabel: 0))
            return margins.map { margin in
                var reviewing = rulesOnly
                reviewing.stanceModel = learned
                reviewing.stanceModel?.margins = margin
                return reviewing
            }
        }
    }
}
