import FactExtraction
import FactLedgerCore

/// Training the figure models on annotated articles, and measuring them by cross-validation.
///
/// Each numeric claim the rules read (parts of a total aside) is an example for the topic model:
/// labelled with its own topic when an annotation of its sentence gives its figure that topic,
/// with the annotation's topic when one gives its figure another, and `none` when no annotation
/// of its sentence has its figure. A claim whose topic an annotation confirms is also an example
/// for the model of each facet its topic takes, labelled with the annotation's value (or `none`).
public struct FigureTraining: Sendable {
    /// Annotated articles.
    public let articles: [CorpusArticle]
    /// Their annotations.
    public let gold: [GoldClaim]

    /// The fewest examples with a value a facet needs for a model of its own.
    public static let minimumFacetExamples = 20

    /// Training material from articles and their annotations.
    public init(articles: [CorpusArticle], gold: [GoldClaim]) {
        self.articles = articles
        self.gold = gold
    }

    /// The examples of some articles: for the topic model, and per facet key.
    public struct Examples: Sendable {
        /// Examples for the topic model.
        public var topics: [ModelTrainer.Example] = []
        /// Examples for the facet models, by facet key.
        public var facets: [String: [ModelTrainer.Example]] = [:]
    }

    /// The labelled figures of some articles, as the extractor's rules read them.
    public func examples(_ articles: [CorpusArticle], extractor: ClaimExtractor) -> Examples {
        let byArticle = Dictionary(grouping: gold.filter { $0.kind == .numeric }, by: \.article)
        let facets = extractor.lexicon.vocabulary.facets
        var examples = Examples()
        for item in articles {
            let annotations = byArticle[item.key] ?? []
            for (claim, features) in extractor.figureExamples(in: item.article)
            where claim.wholeIndex == nil {
                let alike = annotations.filter { $0.sameSentence(claim) && $0.sameValue(claim) }
                let confirmed = alike.first { $0.topic == claim.topic }
                let label = confirmed?.topic ?? alike.first?.topic ?? LearnedModel.noClaim
                examples.topics.append(ModelTrainer.Example(features: features, label: label))
                guard let confirmed, !claim.isPartOfTotal else { continue }
                for facet in facets where facet.applies(to: claim.topic) {
                    let current = claim.facets[facet.key]
                    examples.facets[facet.key, default: []].append(
                        ModelTrainer.Example(
                            features: features.adding(
                                ModelFeatures.facetNames(value: current, topic: claim.topic)
                                    + features.placeContextNames),
                            label: confirmed.facets?[facet.key] ?? LearnedModel.noClaim))
                }
            }
        }
        return examples
    }

    /// The models learned from some examples: the topic model, and a model for each facet with
    /// enough examples that carry a value (of the given facets only, when given).
    public static func models(
        _ examples: Examples, trainer: ModelTrainer, margins: LearnedModel.Margins,
        facetMargins: LearnedModel.Margins, facetKeys: Set<String>? = nil
    ) -> (topic: LearnedModel, facets: [String: LearnedModel]) {
        var facets: [String: LearnedModel] = [:]
        for (key, list) in examples.facets
        where facetKeys?.contains(key) ?? true
            && list.filter({ $0.label != LearnedModel.noClaim }).count >= minimumFacetExamples
        {
            facets[key] = trainer.train(list, margins: facetMargins)
        }
        return (trainer.train(examples.topics, margins: margins), facets)
    }

    /// Cross-validation: the articles split into `folds` parts by a hash of their keys; each part
    /// scored with the rules alone and with models learned from the other parts, for each pair
    /// of topic and facet margins. Returns the rules' evaluation and one evaluation per pair,
    /// summed over parts.
    public func crossValidate(
        extractor: ClaimExtractor, folds: Int, trainer: ModelTrainer,
        margins: [(topic: LearnedModel.Margins, facets: LearnedModel.Margins)],
        facetKeys: Set<String>? = nil
    ) -> (rules: ClaimEvaluation, reviewed: [ClaimEvaluation]) {
        CrossValidation.run(
            articles: articles, gold: gold, parts: folds, extractor: extractor,
            variants: margins.count
        ) { part, rulesOnly in
            let unset = LearnedModel.Margins(drop: 0, relabel: 0)
            let learned = Self.models(
                examples(part.rest, extractor: rulesOnly), trainer: trainer, margins: unset,
                facetMargins: unset, facetKeys: facetKeys)
            return margins.map { margin in
                var reviewing = rulesOnly
                reviewing.figureModel = learned.topic
                reviewing.figureModel?.margins = margin.topic
                reviewing.facetModels = learned.facets.mapValues { model in
                    var tuned = model
                    tuned.margins = margin.facets
                    return tuned
                }
                return reviewing
            }
        }
    }
}
