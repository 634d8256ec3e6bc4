import FactEvaluation
import FactExtraction
import FactLedgerCore
import StrictYAML
import TestSupport
import XCTest

/// The shipped models (`Rules/models/`) load and speak the vocabulary's topics.
final class ModelsTests: XCTestCase {
    func testTheShippedModelLoadsAndItsLabelsAreTopics() throws {
        let files = try RuleFiles.read(folder: Fixtures.path("Rules"))
        let model = try XCTUnwrap(ModelFile.load(files))
        XCTAssertEqual(Fixtures.extractor.figureModel, model)
        XCTAssertEqual(model.labels.first, LearnedModel.noClaim)
        let topics = Set(Fixtures.rules.extractor.lexicon.vocabulary.numericTopics)
        for label in model.labels.dropFirst() {
            XCTAssertTrue(topics.contains(label), "\(label) is no numeric topic: retrain the model")
        }
        XCTAssertGreaterThan(model.featureCount, 1000)
    }

    func testEachFacetModelReviewsAFacetOfTheVocabulary() throws {
        let files = try RuleFiles.read(folder: Fixtures.path("Rules"))
        let models = try ModelFile.loadFacets(files)
        XCTAssertFalse(models.isEmpty)
        XCTAssertEqual(Fixtures.extractor.facetModels, models)
        let keys = Set(Fixtures.rules.extractor.lexicon.vocabulary.facets.map(\.key))
        for (key, model) in models {
            XCTAssertTrue(keys.contains(key), "\(key) is no facet of the vocabulary")
            XCTAssertEqual(model.labels.first, LearnedModel.noClaim)
        }
    }

    func testTheModelsRuleFeaturesNameTopicsTheVocabularyStillHas() throws {
        let model = try XCTUnwrap(Fixtures.extractor.figureModel)
        let topics = Set(Fixtures.rules.extractor.lexicon.vocabulary.numericTopics)
        for name in model.weights.keys where name.hasPrefix("rule=") {
            let topic = name.dropFirst("rule=".count).prefix { $0 != "&" }
            XCTAssertTrue(
                topics.contains(String(topic)),
                "\(name) names a topic the vocabulary no longer has: retrain the model")
        }
    }

    func testTheModelOnlyDropsOrRetopicsTheRulesFigures() throws {
        let (articles, _) = try CorpusArticle.load(folder: Fixtures.path("Corpus/articles"))
        var changed = 0
        for item in articles {
            let rules = Fixtures.extractor.withoutLearnedModels.claims(in: item.article).filter {
                $0.kind == .numeric
            }
            let reviewed = Fixtures.extractor.claims(in: item.article).filter {
                $0.kind == .numeric
            }
            XCTAssertLessThanOrEqual(reviewed.count, rules.count)
            for claim in reviewed {
                XCTAssertTrue(
                    rules.contains { $0.start == claim.start && $0.quantity == claim.quantity },
                    "\(claim.topic) \(claim.valueText) is no figure the rules read")
            }
            if reviewed.map(\.topic) != rules.map(\.topic) { changed += 1 }
        }
        XCTAssertGreaterThan(changed, 0, "the model changes some reading of the sample corpus")
    }

    func testTheStanceModelLoadsAndItsLabelsArePolarities() throws {
        let files = try RuleFiles.read(folder: Fixtures.path("Rules"))
        let model = try XCTUnwrap(ModelFile.loadStances(files))
        XCTAssertEqual(Fixtures.extractor.stanceModel, model)
        XCTAssertEqual(model.labels.first, LearnedModel.noClaim)
        for label in model.labels.dropFirst() {
            XCTAssertNotNil(Polarity(rawValue: label), "\(label) is no polarity")
        }
        let topics = Set(Fixtures.rules.extractor.lexicon.vocabulary.stanceTopics.map { $0.0 })
        for name in model.weights.keys where name.hasPrefix("stopic=") {
            XCTAssertTrue(
                topics.contains(String(name.dropFirst("stopic=".count))),
                "\(name) names a stance topic the vocabulary no longer has: retrain the model")
        }
    }
}
