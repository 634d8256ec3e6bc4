import FactEvaluation
import FactExtraction
import TestSupport
import XCTest

/// Scoring extraction against annotations.
final class ClaimEvaluationTests: XCTestCase {
    func testAnActorAnnotatedByAnotherOfItsNamesIsThatActor() throws {
        let folder = try Fixtures.temporaryFolder()
        addTeardownBlock { try? FileManager.default.removeItem(atPath: folder) }
        try Fixtures.write(
            """
            ---
            date: 2023-12-12
            source: Harbor Times
            ---
            The Czech Republic opposed a ceasefire in Gaza.
            """, to: folder + "/articles/harbor/vote.md")
        try Fixtures.write(
            """
            {"article": "harbor/vote.md", "kind": "stance", "topic": "ceasefire", "actor": "Czech Republic", "polarity": "oppose", "evidence": "The Czech Republic opposed a ceasefire"}

            """, to: folder + "/claims.jsonl")
        let (articles, _) = try CorpusArticle.load(folder: folder + "/articles")
        let evaluation = ClaimEvaluation.run(
            extractor: Fixtures.extractor.withoutLearnedModels, articles: articles,
            gold: try GoldClaim.load(path: folder + "/claims.jsonl"))
        XCTAssertEqual(evaluation.stance.matched, 1)
        XCTAssertEqual(evaluation.stance.annotated, 1)
    }
}
