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
        let byArticle = Dictionary(grouping: gold.filter { $0.kind == .stance }, by: \.article)
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

    /// Cross-validation: the articles split into `folds` parts by a hash of their keys; each part
    /// scored with the rules alone and with a stance model learned from the other parts, for
    /// each set of margins. Returns the rules' evaluation and one evaluation per set of margins,
    /// summed over parts.
    public func crossValidate(
        extractor: ClaimExtractor, folds: Int, trainer: ModelTrainer,
        margins: [LearnedModel.Margins]
    ) -> (rules: ClaimEvaluation, reviewed: [ClaimEvaluation]) {
        let rulesOnly = extractor.withoutLearnedModels
        var rules = ClaimEvaluation()
        var reviewed = [ClaimEvaluation](repeating: ClaimEvaluation(), count: margins.count)
        for part in HeldOutPart.split(articles, gold: gold, into: folds) {
            let (held, heldGold, rest) = (part.held, part.heldGold, part.rest)
            rules.add(ClaimEvaluation.run(extractor: rulesOnly, articles: held, gold: heldGold))
            let model = trainer.train(
                examples(rest, extractor: rulesOnly),
                margins: LearnedModel.Margins(drop: 0, relabel: 0))
            for (index, margin) in margins.enumerated() {
                var reviewing = rulesOnly
                reviewing.stanceModel = model
                reviewing.stanceModel?.margins = margin
                reviewed[index].add(
                    ClaimEvaluation.run(extractor: reviewing, articles: held, gold: heldGold))
            }
        }
        return (rules, reviewed)
    }
}
