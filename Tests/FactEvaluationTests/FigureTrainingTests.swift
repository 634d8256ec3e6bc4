import FactEvaluation
import FactExtraction
import TestSupport
import XCTest

/// Training labels come from the annotations of each figure's sentence.
final class FigureTrainingTests: XCTestCase {
    private func training() throws -> FigureTraining {
        let folder = try Fixtures.temporaryFolder()
        addTeardownBlock { try? FileManager.default.removeItem(atPath: folder) }
        try Fixtures.write(
            """
            ---
            date: 2023-11-25
            source: Harbor Times
            ---
            Hamas freed 13 hostages on Friday. The oldest of them, aged 85, was taken to a \
            hospital. Some 240 people were seized on October 7.
            """, to: folder + "/articles/harbor/one.md")
        try Fixtures.write(
            """
            {"article": "harbor/one.md", "kind": "numeric", "topic": "hostages.released.event", "facets": {"nationality": "Thai"}, "qualifier": "exact", "value": 13, "evidence": "freed 13 hostages"}
            {"article": "harbor/one.md", "kind": "numeric", "topic": "hostages.taken", "facets": {}, "qualifier": "approximate", "value": 240, "evidence": "Some 240 people were seized"}

            """, to: folder + "/claims.jsonl")
        let (articles, problems) = try CorpusArticle.load(folder: folder + "/articles")
        XCTAssertEqual(problems.count, 0)
        return FigureTraining(
            articles: articles, gold: try GoldClaim.load(path: folder + "/claims.jsonl"))
    }

    func testEachFigureIsLabelledByTheAnnotationsOfItsSentence() throws {
        let training = try training()
        let rules = Fixtures.extractor.withoutLearnedModels
        let read = rules.figureExamples(in: training.articles[0].article).filter {
            $0.claim.wholeIndex == nil
        }
        let examples = training.examples(training.articles, extractor: rules)
        XCTAssertEqual(examples.topics.count, read.count)
        for (example, (claim, _)) in zip(examples.topics, read) {
            switch claim.quantity?.best {
            case 13: XCTAssertEqual(example.label, "hostages.released.event")
            case 240: XCTAssertEqual(example.label, "hostages.taken", "the annotation's topic")
            default: XCTAssertEqual(example.label, "none", "\(claim.topic) \(claim.valueText)")
            }
        }
        XCTAssertTrue(read.contains { $0.claim.quantity?.best == 13 })
        // Facets are learned only from figures whose topic an annotation confirms.
        let nationality = try XCTUnwrap(examples.facets["nationality"])
        XCTAssertEqual(nationality.map(\.label), ["Thai", "none"], "13 freed, 240 seized")
        XCTAssertTrue(
            try XCTUnwrap(nationality.first?.features.names).contains("facet=none"),
            "the rules gave no nationality")
    }

    func testCrossValidationScoresEveryArticleOnce() throws {
        let training = try training()
        let (rules, reviewed) = training.crossValidate(
            extractor: Fixtures.extractor, folds: 2, trainer: ModelTrainer(),
            margins: [
                (
                    topic: LearnedModel.Margins(drop: 3, relabel: 1),
                    facets: LearnedModel.Margins(drop: 1, relabel: 1)
                )
            ])
        XCTAssertEqual(rules.numeric.annotated, 2)
        XCTAssertEqual(reviewed.count, 1)
        XCTAssertEqual(reviewed[0].numeric.annotated, 2)
    }
}
