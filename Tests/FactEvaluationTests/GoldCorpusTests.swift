import FactEvaluation
import FactIngest
import FactPipeline
import TestSupport
import XCTest

/// Extraction and the rules scored against the hand-annotated corpus in `Corpus/`.
final class GoldCorpusTests: XCTestCase {
    func corpus() throws -> [CorpusArticle] {
        let (articles, problems) = try CorpusArticle.load(folder: Fixtures.path("Corpus/articles"))
        XCTAssertEqual(problems.map(\.description), [], "every corpus article parses")
        XCTAssertGreaterThanOrEqual(articles.count, 40)
        return articles
    }

    func testExtractionMeetsItsTargets() throws {
        let gold = try GoldClaim.load(path: Fixtures.path("Corpus/gold/claims.jsonl"))
        let result = ClaimEvaluation.run(
            extractor: Fixtures.extractor, articles: try corpus(), gold: gold)
        XCTAssertGreaterThanOrEqual(result.numeric.f1, 0.90, "numeric F1")
        XCTAssertGreaterThanOrEqual(result.stance.f1, 0.80, "stance F1")
        XCTAssertFalse(
            result.misses.contains { $0.failure == .missingArticle },
            "every annotation names a corpus article")
    }

    func testRulesRaiseTheExpectedFlagsInEveryIngestOrder() throws {
        let (expected, forbidden) = try FlagEvaluation.expectations(
            path: Fixtures.path("Corpus/gold/flags.yaml"))
        XCTAssertGreaterThanOrEqual(expected.count, 25)
        XCTAssertEqual(Set(expected.map(\.kind)).count, 7, "every rule kind has expected flags")
        let byDate = try corpus()
        var first: FlagEvaluation?
        for order in IngestOrder.standard {
            let result = try FlagEvaluation.run(
                folder: Fixtures.rules,
                articles: order.arrange(byDate) { "\($0.article.source)|\($0.article.ref)" },
                expected: expected, notFlagged: forbidden)
            XCTAssertGreaterThanOrEqual(
                result.recall, 0.95,
                "flag recall in \(order); missed: \(result.missed.map { "\($0.kind) \($0.articles.sorted())" })"
            )
            XCTAssertGreaterThanOrEqual(
                result.precision, 0.88,
                "flag precision in \(order); unexpected: \(result.unexpected.map(\.finding.message))"
            )
            XCTAssertTrue(
                result.forbidden.isEmpty,
                "pairs that must not be flagged in \(order): \(result.forbidden.map(\.1.finding.message))"
            )
            if let first {
                XCTAssertEqual(
                    result.raised.map(\.finding.identity).sorted(),
                    first.raised.map(\.finding.identity).sorted(), "\(order) against date order")
                XCTAssertEqual(
                    result.missed.map(\.articles), first.missed.map(\.articles), "\(order)")
            } else {
                first = result
            }
        }
    }
}
