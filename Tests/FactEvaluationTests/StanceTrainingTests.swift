import FactEvaluation
import FactExtraction
import TestSupport
import XCTest

/// Stance training labels come from the annotations of each candidate's sentence.
final class StanceTrainingTests: XCTestCase {
    private func training() throws -> StanceTraining {
        let folder = try Fixtures.temporaryFolder()
        addTeardownBlock { try? FileManager.default.removeItem(atPath: folder) }
        try Fixtures.write(
            """
            ---
            date: 2023-11-22
            source: Harbor Times
            ---
            Qatar welcomed the truce, while Israel said it was studying a ceasefire. Egypt \
            hosted talks on a ceasefire on Monday.
            """, to: folder + "/articles/harbor/one.md")
        try Fixtures.write(
            """
            {"article": "harbor/one.md", "kind": "stance", "topic": "humanitarian_pause", "actor": "Qatar", "polarity": "support", "evidence": "Qatar welcomed the truce"}
            {"article": "harbor/one.md", "kind": "stance", "topic": "ceasefire", "actor": "Israel", "polarity": "conditional", "evidence": "studying a ceasefire"}

            """, to: folder + "/claims.jsonl")
        let (articles, problems) = try CorpusArticle.load(folder: folder + "/articles")
        XCTAssertEqual(problems.count, 0)
        return StanceTraining(
            articles: articles, gold: try GoldClaim.load(path: folder + "/claims.jsonl"))
    }

    func testEachCandidateIsLabelledByTheAnnotationsOfItsSentence() throws {
        let training = try training()
        let rules = Fixtures.extractor.withoutLearnedModels
        let candidates = rules.stanceExamples(in: training.articles[0].article)
        let examples = training.examples(training.articles, extractor: rules)
        XCTAssertEqual(examples.count, candidates.count)
        for (example, candidate) in zip(examples, candidates) {
            switch (candidate.actor, candidate.topic) {
            case ("Qatar", "humanitarian_pause"): XCTAssertEqual(example.label, "support")
            case ("Israel", "ceasefire") where candidate.quote.contains("studying"):
                XCTAssertEqual(example.label, "conditional")
            default:
                XCTAssertEqual(example.label, "none", "\(candidate.actor) \(candidate.topic)")
            }
        }
        XCTAssertTrue(candidates.contains { $0.actor == "Egypt" && $0.topic == "ceasefire" })
    }

    func testCrossValidationScoresEveryArticleOnce() throws {
        let (rules, reviewed) = try training().crossValidate(
            extractor: Fixtures.extractor, folds: 2, trainer: ModelTrainer(),
            margins: [LearnedModel.Margins(drop: 5, relabel: 5, claim: -2)])
        XCTAssertEqual(rules.stance.annotated, 2)
        XCTAssertEqual(reviewed.count, 1)
        XCTAssertEqual(reviewed[0].stance.annotated, 2)
    }
}
